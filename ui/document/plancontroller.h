// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/capacity.h"
#include "core/plan/forecast.h"
#include "core/plan/portfolioplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace ps {
class Document;

/**
 * The GUI's view of the investment plan of the active scenario, kept current as the portfolio
 * changes, with the work off the GUI thread (core/plan/portfolioplan.h does the work).
 *
 * Three stages, each redone only when its input changes: the basis (scores and evidence) when
 * the data or the scenario changes, the curves when the curves set by hand change, and the plan
 * (allocation, edited plan, comparison, capacity) when any constraint changes. A worker thread
 * runs them; while it is busy, further changes coalesce into one more run with the latest
 * settings, so a slider re-plans as fast as the allocator allows and the GUI thread never waits.
 *
 * The Monte Carlo forecast runs on its own worker with progress and cancel; it belongs to the
 * plan it was started for and is dropped when the plan changes.
 */
class PlanController : public QObject {
    Q_OBJECT
public:
    explicit PlanController(Document *document, QObject *parent = nullptr);
    ~PlanController() override;

    Document *document() const { return m_document; }
    /// The scenario planned: the portfolio's active one (0 without scenarios).
    Id scenarioId() const { return m_scenarioId; }
    /// The stored plan of the active scenario, or its defaults (plan::planSettings). Kept
    /// until the portfolio changes: a table of 100,000 partners reads it for every cell.
    const ScenarioPlan &settings() const;

    /// The latest results; null until the first run finished.
    std::shared_ptr<const plan::PlanBasis> basis() const { return m_basis; }
    std::shared_ptr<const plan::PlanRun> run() const { return m_run; }
    /// The capacity plan for the settings' revenue target (error when none is set).
    const plan::CapacityPlan &capacity() const { return m_capacity; }
    /// True while a plan run is queued or running.
    bool isBusy() const { return m_running || m_pending; }
    /// Milliseconds from the latest change to the results that include it (the last finished
    /// run); -1 before any.
    qint64 lastLatencyMs() const { return m_lastLatency; }

    /// The forecast of the current plan; draws == 0 when there is none (yet).
    const plan::Forecast &forecast() const { return m_forecast; }
    bool isForecasting() const { return m_forecasting; }
    /// Starts the forecast of the current plan (cancelling one that runs).
    void startForecast(int draws = 10000);
    void cancelForecast();
    /// Starts the forecast by itself after a plan change when the portfolio has at most this
    /// many partners (0: never).
    void setAutoForecastLimit(int partners) { m_autoForecastLimit = partners; }

    /// While inactive (the page is hidden) changes are only noted; becoming active catches up.
    /// Active from the start.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// Recomputes now on the calling thread (tests, first show).
    void refreshNow();
    /// Waits until no run and no forecast is pending, processing events; false on timeout.
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    /// New results: run(), basis() and capacity() changed.
    void planChanged();
    void forecastStarted();
    void forecastProgress(int done, int total);
    /// The forecast finished or was cancelled (forecast().cancelled).
    void forecastFinished();

private:
    struct Job;
    struct Result;
    void dataChanged();
    void settingsChanged();
    void schedule();
    void startJob();
    void finishJob(const std::shared_ptr<Result> &result);
    std::shared_ptr<Job> makeJob();
    static std::shared_ptr<Result> compute(const Job &job);
    void finishForecast(const plan::Forecast &forecast, quint64 generation);

    Document *m_document;
    QThreadPool m_pool;
    Id m_scenarioId = 0;
    std::shared_ptr<const PortfolioData> m_snapshot; ///< the data as of the last data change
    bool m_basisStale = true;
    std::shared_ptr<const plan::PlanBasis> m_basis;
    ScenarioPlan m_fittedWith; ///< the settings whose hand-set curves m_basis was fitted with
    mutable std::optional<ScenarioPlan> m_settings; ///< settings(), until the portfolio changes
    std::shared_ptr<const plan::PlanRun> m_run;
    plan::CapacityPlan m_capacity;
    bool m_running = false;
    bool m_pending = false;
    quint64 m_generation = 0;  ///< of m_run
    QElapsedTimer m_changedAt; ///< the oldest change not yet in the results
    bool m_changeWaiting = false;
    qint64 m_lastLatency = -1;
    QTimer *m_dataTimer;
    bool m_active = true;
    bool m_dataStale = false;     ///< data changed while inactive
    bool m_settingsStale = false; ///< settings changed while inactive

    plan::Forecast m_forecast;
    bool m_forecasting = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_autoForecastLimit = 20000;
    QTimer *m_forecastTimer;
};

} // namespace ps
