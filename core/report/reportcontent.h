// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/coverage.h"
#include "core/analytics/segmentation.h"
#include "core/domain/portfoliodata.h"
#include "core/economics/oemassessment.h"
#include "core/economics/partnerimpact.h"
#include "core/economics/programmetrics.h"
#include "core/report/reportplan.h"
#include "core/scoring/scoring.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

/// Everything the segmentation report says, computed once in core and written out by each
/// format (PDF in ui/report; XLSX, CSV and HTML in core/report). Every number comes from the
/// scoring and analytics engines.
namespace ps {

struct ReportOptions {
    Id scenarioId = 0; ///< 0 = the active scenario
    SegmentBy segmentBy = SegmentBy::Model;
    int clusterK = 0;      ///< for SegmentBy::Cluster; 0 = suggested by silhouette
    QDateTime generatedAt; ///< fixed in golden tests; now by default
};

struct ReportSegment {
    Segment segment;
    SegmentStats stats;
    QString motion; ///< recommendedMotion(stats.dominantModel)
};

/// The economics section: seed 000's OEM assessment (with each deal's royalty per year) and
/// seed 001's program metrics (ROI by model, HHI band, win rate partner vs direct...).
struct ReportEconomics {
    std::vector<OemAssessment> oem;       ///< one per OEM deal, portfolio order
    ProgramMetrics metrics;               ///< as of the latest date in the activity and deal logs
    std::vector<AttentionItem> attention; ///< most severe first
    PartnerImpact impact; ///< partner impact: program, partners, models, tiers, ICPs (issue 13)
};

struct ReportContent {
    PortfolioInfo info;
    Scenario scenario;
    SegmentBy segmentBy = SegmentBy::Model;
    QDateTime generatedAt;
    // Partners in portfolio order, with their scores and segment names.
    std::vector<const Partner *> partners;
    std::vector<PartnerScore> scores;
    std::vector<double> stability;
    std::vector<QStringList> segmentNames; ///< per partner
    /// Per partner: whether commercial contribution and commitment rest on the deal and
    /// activity logs (ps::usesEvidence), and the sentence that says so (or why not).
    std::vector<bool> scoredFromEvidence;
    std::vector<QString> evidenceNotes;
    std::vector<IcpCoverage> coverage; ///< portfolio ICP order
    std::vector<const Icp *> icps;     ///< portfolio ICP order, beside coverage
    std::vector<ReportSegment> segments;
    /// Executive summary: one sentence each (translated), most important first.
    QStringList investIn; ///< the partners to invest in, with why
    QStringList gaps;     ///< coverage gaps
    QStringList flags;    ///< concentration, exclusivity, commercial-model gaps, borderline...
    ReportEconomics economics;
    ReportPlan plan; ///< the scenario's investment plan (reportplan.h)
};

/// Builds the report content. `data` must outlive the result (partners are pointers into it).
ReportContent buildReport(const PortfolioData &data, const ReportOptions &options = {});

} // namespace ps
