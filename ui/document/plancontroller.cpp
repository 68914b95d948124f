// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/plancontroller.h"

#include "ui/document/document.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

namespace ps {
namespace {

/// The curves a plan sets by hand: a refit is due when they change.
struct CurveKey {
    std::vector<std::pair<Id, CurveSetting>> partners;
    std::vector<PlanGroupSetting> groups; ///< only those with a curve, share cleared
    bool operator==(const CurveKey &o) const {
        return partners == o.partners && groups == o.groups;
    }
};

CurveKey curveKey(const ScenarioPlan &settings) {
    CurveKey key;
    for (const PlanPartnerSetting &s : settings.partners)
        if (s.curve)
            key.partners.emplace_back(s.partnerId, *s.curve);
    for (PlanGroupSetting g : settings.groups)
        if (g.curve) {
            g.minShare.reset();
            key.groups.push_back(g);
        }
    return key;
}

} // namespace

/// Everything a run needs, captured on the GUI thread.
struct PlanController::Job {
    std::shared_ptr<const PortfolioData> data;
    Scenario scenario;
    ScenarioPlan settings;
    std::shared_ptr<const plan::PlanBasis> basis; ///< null: recompute it
    bool refit = false;
    quint64 ticket = 0;
};

struct PlanController::Result {
    std::shared_ptr<const plan::PlanBasis> basis;
    std::shared_ptr<const plan::PlanRun> run;
    plan::CapacityPlan capacity;
    ScenarioPlan settings; ///< the settings it was computed with (the curves it was fitted with)
};

PlanController::PlanController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dataTimer(new QTimer(this))
    , m_forecastTimer(new QTimer(this)) {
    // One plan run and one forecast at a time; the forecast spreads over the cores itself.
    m_pool.setMaxThreadCount(2);
    m_dataTimer->setSingleShot(true);
    m_dataTimer->setInterval(0);
    connect(m_dataTimer, &QTimer::timeout, this, &PlanController::dataChanged);
    m_forecastTimer->setSingleShot(true);
    m_forecastTimer->setInterval(400);
    connect(m_forecastTimer, &QTimer::timeout, this, [this] { startForecast(); });

    Portfolio *portfolio = document->portfolio();
    // Before anything else hears of a change: settings() is read again from then on.
    const auto forget = [this] { m_settings.reset(); };
    connect(portfolio, &Portfolio::rowsInserted, this, forget);
    connect(portfolio, &Portfolio::rowsRemoved, this, forget);
    connect(portfolio, &Portfolio::entityChanged, this, forget);
    connect(portfolio, &Portfolio::reset, this, forget);
    connect(portfolio, &Portfolio::activeScenarioChanged, this, forget);
    const auto changed = [this](EntityKind kind) {
        if (kind == EntityKind::Plan)
            settingsChanged();
        else if (kind != EntityKind::DecisionRecord) // the workshop's log: nothing planned from it
            m_dataTimer->start();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, changed);
    connect(portfolio, &Portfolio::rowsRemoved, this, changed);
    connect(portfolio, &Portfolio::entityChanged, this, changed);
    connect(portfolio, &Portfolio::reset, m_dataTimer, qOverload<>(&QTimer::start));
    connect(portfolio, &Portfolio::activeScenarioChanged, m_dataTimer, qOverload<>(&QTimer::start));
    connect(portfolio, &Portfolio::segmentRulesChanged, m_dataTimer, qOverload<>(&QTimer::start));
    m_dataTimer->start();
}

PlanController::~PlanController() {
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
}

const ScenarioPlan &PlanController::settings() const {
    if (!m_settings) {
        const PortfolioData &data = m_document->portfolio()->data();
        const Scenario *scenario = activeScenario(data);
        m_settings = plan::planSettings(data, scenario ? scenario->id : 0);
    }
    return *m_settings;
}

void PlanController::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (!active)
        return;
    if (m_dataStale)
        m_dataTimer->start();
    else if (m_settingsStale)
        schedule();
    m_dataStale = m_settingsStale = false;
}

void PlanController::dataChanged() {
    if (!m_active) {
        m_dataStale = true;
        return;
    }
    m_snapshot = std::make_shared<const PortfolioData>(m_document->portfolio()->data());
    const Scenario *scenario = activeScenario(*m_snapshot);
    m_scenarioId = scenario ? scenario->id : 0;
    m_basisStale = true;
    schedule();
}

void PlanController::settingsChanged() {
    if (!m_active) {
        m_settingsStale = true;
        return;
    }
    schedule();
}

void PlanController::schedule() {
    if (!m_changeWaiting) {
        m_changedAt.start();
        m_changeWaiting = true;
    }
    if (m_running) {
        m_pending = true;
        return;
    }
    startJob();
}

std::shared_ptr<PlanController::Job> PlanController::makeJob() {
    if (!m_snapshot)
        m_snapshot = std::make_shared<const PortfolioData>(m_document->portfolio()->data());
    const Scenario *scenario = activeScenario(*m_snapshot);
    if (!scenario)
        return nullptr;
    auto job = std::make_shared<Job>();
    job->data = m_snapshot;
    job->scenario = *scenario;
    job->settings = plan::planSettings(m_document->portfolio()->data(), scenario->id);
    if (!m_basisStale && m_basis) {
        job->basis = m_basis;
        job->refit = !(curveKey(job->settings) == curveKey(m_fittedWith));
    }
    return job;
}

std::shared_ptr<PlanController::Result> PlanController::compute(const Job &job) {
    auto result = std::make_shared<Result>();
    std::shared_ptr<plan::PlanBasis> fresh;
    if (!job.basis) {
        fresh = std::make_shared<plan::PlanBasis>(plan::planBasis(*job.data, job.scenario));
        plan::fitBasis(*fresh, *job.data, job.settings);
    } else if (job.refit) {
        fresh = std::make_shared<plan::PlanBasis>(*job.basis);
        plan::fitBasis(*fresh, *job.data, job.settings);
    }
    result->basis = fresh ? std::shared_ptr<const plan::PlanBasis>(fresh) : job.basis;
    result->run = std::make_shared<const plan::PlanRun>(
        plan::runPlan(*result->basis, *job.data, job.settings));
    result->settings = job.settings;
    if (job.settings.revenueTarget > 0.0 && job.settings.targetDate.isValid()) {
        plan::CapacityOptions options;
        options.revenueTarget = job.settings.revenueTarget;
        options.targetDate = job.settings.targetDate;
        options.asOf = result->basis->evidence.asOf.isValid() ? result->basis->evidence.asOf
                                                              : QDate::currentDate();
        options.periodsPerYear = result->basis->evidence.periodsPerYear;
        result->capacity = plan::planCapacity(result->basis->evidence.partners, options);
    } else {
        result->capacity.error = tr("Set a revenue target and a date for the capacity plan.");
    }
    return result;
}

void PlanController::startJob() {
    m_pending = false;
    const std::shared_ptr<Job> job = makeJob();
    if (!job) {
        m_changeWaiting = false;
        return;
    }
    m_basisStale = false;
    m_running = true;
    m_pool.start([this, job] {
        std::shared_ptr<Result> result = compute(*job);
        QMetaObject::invokeMethod(
            this, [this, result] { finishJob(result); }, Qt::QueuedConnection);
    });
}

void PlanController::finishJob(const std::shared_ptr<Result> &result) {
    m_running = false;
    m_basis = result->basis;
    m_fittedWith = result->settings;
    m_run = result->run;
    m_capacity = result->capacity;
    ++m_generation;
    if (m_changeWaiting && !m_pending) {
        m_lastLatency = m_changedAt.elapsed();
        m_changeWaiting = false;
    }
    // The forecast belonged to the previous plan.
    if (m_cancel)
        *m_cancel = true;
    m_forecast = plan::Forecast();
    m_forecasting = false;
    Q_EMIT planChanged();
    if (m_pending) {
        startJob();
    } else if (m_autoForecastLimit > 0 && m_run->ok() &&
               m_run->problem.partners.size() <= size_t(m_autoForecastLimit)) {
        m_forecastTimer->start();
    }
}

void PlanController::refreshNow() {
    m_dataTimer->stop();
    if (m_running)
        waitForIdle();
    if (!m_snapshot || m_basisStale)
        m_snapshot = std::make_shared<const PortfolioData>(m_document->portfolio()->data());
    const std::shared_ptr<Job> job = makeJob();
    if (!job)
        return;
    m_basisStale = false;
    m_changeWaiting = false;
    finishJob(compute(*job));
}

bool PlanController::waitForIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_dataTimer->isActive() || m_running || m_pending || m_forecasting ||
           m_forecastTimer->isActive()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

void PlanController::startForecast(int draws) {
    m_forecastTimer->stop();
    if (!m_run || !m_run->ok())
        return;
    if (m_cancel)
        *m_cancel = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_forecasting = true;
    m_forecast = plan::Forecast();
    Q_EMIT forecastStarted();
    const std::shared_ptr<const plan::PlanRun> run = m_run;
    const quint64 generation = m_generation;
    m_pool.start([this, run, cancel, draws, generation] {
        plan::ForecastOptions options;
        options.draws = draws;
        options.progress = [this, cancel](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT forecastProgress(done, total); },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        const plan::Forecast forecast = plan::forecastPlan(run->problem, run->result.plan, options);
        QMetaObject::invokeMethod(
            this, [this, forecast, generation] { finishForecast(forecast, generation); },
            Qt::QueuedConnection);
    });
}

void PlanController::cancelForecast() {
    m_forecastTimer->stop();
    if (m_cancel)
        *m_cancel = true;
}

void PlanController::finishForecast(const plan::Forecast &forecast, quint64 generation) {
    if (generation != m_generation)
        return; // a forecast of a plan that is gone
    m_forecasting = false;
    m_forecast = forecast;
    Q_EMIT forecastFinished();
}

} // namespace ps
