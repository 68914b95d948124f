// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/plan/portfolioplan.h"

#include <QWidget>

class QCustomPlot;

namespace ps {

/// The allocation grouped three ways (core/plan/portfolioplan.h adds them up): the top partners
/// (the rest in one bar), the partner models, and the program kinds.
struct PlanBreakdown {
    std::vector<plan::PlanTotal> partners;
    std::vector<plan::PlanTotal> segments;
    std::vector<plan::PlanTotal> kinds;

    static PlanBreakdown of(const PortfolioData &data, const plan::PlanBasis &basis,
                            const plan::PlanRun &run, int top) {
        return {plan::totalsByPartner(run, top), plan::totalsByModel(data, run),
                plan::totalsByKind(basis, run)};
    }
};

/**
 * The Plan page's and the workshop's allocation charts (QCustomPlot through ui/charts/qcp.h):
 * horizontal bars, names on the left, today's spend and the plan side by side. Projector: large
 * type, thick outlines, black text.
 */
class PlanCharts : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    explicit PlanCharts(QWidget *parent = nullptr);
    void setTheme(Theme theme);
    /// Draws `breakdown`; `currency` labels the axes.
    void setBreakdown(const PlanBreakdown &breakdown, const QString &currency);
    /// An empty chart with a message (no plan, or why not).
    void clear();

    QCustomPlot *plot() const { return m_plot; }
    const PlanBreakdown &breakdown() const { return m_breakdown; }
    /// Writes the charts to `path` (PNG, SVG or PDF by suffix) at width x height pixels.
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    QCustomPlot *m_plot;
    PlanBreakdown m_breakdown;
    QString m_currency;
    Theme m_theme = Theme::Default;
};

} // namespace ps
