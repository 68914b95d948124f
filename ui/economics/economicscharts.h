// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/partnerimpact.h"
#include "core/economics/programmetrics.h"
#include "core/economics/royalty.h"
#include "ui/theme/economicsstyle.h"

class QCustomPlot;

/// The Economics page's charts: a thin bridge from core results to QCustomPlot objects. Each
/// function clears the plot it is given and draws one chart into its default axis rect.
namespace ps::economics {

/// Revenue, cost and margin per year as grouped bars (left axis), margin per unit as a line
/// with the required minimum dashed (right axis).
void plotRoyalty(QCustomPlot *plot, const RoyaltyTerms &terms, const RoyaltyResult &result,
                 const QString &title, const EconomicsStyle &style);

/// The OEM scoreboard of seed 000 over time: one line per measure, periods on a date axis.
void plotScoreboard(QCustomPlot *plot, const std::vector<ScoreboardEntry> &entries,
                    const QString &title, const EconomicsStyle &style);

/// ROI by partner model as horizontal bars in percent (negative ones in the alert colour);
/// models without investment are left out.
void plotRoiByModel(QCustomPlot *plot, const std::vector<ModelRoi> &roi,
                    const EconomicsStyle &style);

/// Win rate of partner-influenced against direct deals, in percent, with the won and closed
/// counts under each bar.
void plotWinRate(QCustomPlot *plot, const ProgramMetrics &metrics, const EconomicsStyle &style);

/// Which measure of partner impact a chart compares.
enum class ImpactMeasure { WinRate, CycleDays };

/// Partner impact per partner model: for each model with deals, the win rate (percent) or the
/// sales cycle (days) of its deals beside the direct deals', as grouped bars; a model below the
/// minimum of closed deals gets no bar and a "not enough deals" label.
void plotImpactByModel(QCustomPlot *plot, const PartnerImpact &impact, ImpactMeasure measure,
                       const EconomicsStyle &style);

/// The translated names of the scoreboard measures, in the order plotScoreboard draws them.
QStringList scoreboardMeasures();

} // namespace ps::economics
