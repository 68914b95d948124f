// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportcontent.h"

#include "core/analytics/clustering.h"
#include "core/scoring/profiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class ReportContentTr {
    Q_DECLARE_TR_FUNCTIONS(ps::ReportContent)
};

/// How many invest partners the summary names: a workshop acts on a handful, not on a list.
constexpr int SummaryInvestCount = 3;
/// How many partner names a flag lists before "and N more".
constexpr int SummaryNameCount = 5;

QString percent(double share) {
    return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%');
}

QString number(double value) {
    return QLocale().toString(value, 'f', 0);
}

/// The two criteria that add the most points to a partner's scores, as the reason to invest.
QString strongestCriteria(const PartnerScore &score) {
    std::array<int, CriterionCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return score.points[a] > score.points[b]; });
    // Labels keep their case: lower-casing would break names such as "ICP influence".
    return ReportContentTr::tr("%1 and %2")
        .arg(label(Criterion(order[0])), label(Criterion(order[1])));
}

QStringList investSentences(const ReportContent &c) {
    std::vector<size_t> invest;
    for (size_t i = 0; i < c.partners.size(); ++i)
        if (c.scores[i].quadrant == Quadrant::Invest)
            invest.push_back(i);
    // Highest combined score first; portfolio order breaks ties so the summary is stable.
    std::stable_sort(invest.begin(), invest.end(), [&](size_t a, size_t b) {
        return c.scores[a].potential + c.scores[a].readiness >
               c.scores[b].potential + c.scores[b].readiness;
    });
    QStringList out;
    if (invest.empty()) {
        out << ReportContentTr::tr("No partner is in the invest quadrant under this scenario.");
        return out;
    }
    for (size_t n = 0; n < invest.size() && n < size_t(SummaryInvestCount); ++n) {
        const size_t i = invest[n];
        out << ReportContentTr::tr(
                   "Invest in %1 (potential %2, readiness %3): its strongest criteria are %4.")
                   .arg(c.partners[i]->name, number(c.scores[i].potential),
                        number(c.scores[i].readiness), strongestCriteria(c.scores[i]));
    }
    return out;
}

QStringList gapSentences(const PortfolioData &data, const ReportContent &c) {
    QStringList out;
    for (size_t i = 0; i < c.coverage.size() && i < data.icps.size(); ++i)
        if (c.coverage[i].gap)
            out << ReportContentTr::tr(
                       "Coverage gap: no partner reaches %1 strongly (influence %2 of 100).")
                       .arg(data.icps[i].name, number(c.coverage[i].influence));
    if (out.isEmpty())
        out << ReportContentTr::tr("Every ICP is reached strongly by at least one partner.");
    return out;
}

QStringList flagSentences(const PortfolioData &data, const ReportContent &c) {
    // Counts stand after a colon ("Borderline partners: 2") so the untranslated English text
    // needs no plural forms.
    QStringList out;
    const auto borderline = std::count_if(c.stability.begin(), c.stability.end(),
                                          [](double s) { return s < BorderlineStability; });
    if (borderline > 0)
        out << ReportContentTr::tr(
                   "Borderline partners, whose quadrant changes when the weights move slightly: "
                   "%1.")
                   .arg(borderline);

    QStringList exclusive;
    for (const OemDeal &deal : data.oemDeals)
        if (deal.exclusive)
            exclusive << deal.name;
    if (!exclusive.isEmpty())
        out << ReportContentTr::tr("Exclusive OEM deals: %1.")
                   .arg(exclusive.join(QStringLiteral(", ")));

    QStringList openModel;
    int active = 0;
    for (const Partner *p : c.partners) {
        if (p->status != PartnerStatus::Active)
            continue;
        ++active;
        if (p->commercialModel.gapCount() > 0)
            openModel << p->name;
    }
    if (!openModel.isEmpty()) {
        // A workshop needs the size of the problem and a few names, not the whole list.
        const int shown = std::min<int>(SummaryNameCount, int(openModel.size()));
        QString names = openModel.mid(0, shown).join(QStringLiteral(", "));
        if (openModel.size() > shown)
            names = ReportContentTr::tr("%1 and %n more", nullptr, int(openModel.size()) - shown)
                        .arg(names);
        out << ReportContentTr::tr(
                   "Active partners with open joint commercial model items: %1 of %2 (%3).")
                   .arg(openModel.size())
                   .arg(active)
                   .arg(names);
    }

    std::vector<const Partner *> byInfluenced(c.partners.begin(), c.partners.end());
    double total = 0.0;
    for (const Partner *p : byInfluenced)
        total += p->economics.influencedRevenue;
    if (total > 0.0) {
        std::stable_sort(byInfluenced.begin(), byInfluenced.end(),
                         [](const Partner *a, const Partner *b) {
                             return a->economics.influencedRevenue > b->economics.influencedRevenue;
                         });
        const size_t top = std::min<size_t>(3, byInfluenced.size());
        double topSum = 0.0;
        QStringList names;
        for (size_t i = 0; i < top; ++i) {
            topSum += byInfluenced[i]->economics.influencedRevenue;
            names << byInfluenced[i]->name;
        }
        out << ReportContentTr::tr("Concentration: %1 bring %2 of influenced revenue.")
                   .arg(names.join(QStringLiteral(", ")), percent(topSum / total));
    }
    return out;
}

} // namespace

ReportContent buildReport(const PortfolioData &data, const ReportOptions &options) {
    ReportContent c;
    c.info = data.info;
    c.segmentBy = options.segmentBy;
    c.generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();

    // The scenario asked for, else the active one, else the defaults a new portfolio gets.
    const Scenario *scenario = nullptr;
    if (options.scenarioId != 0)
        for (const Scenario &s : data.scenarios)
            if (s.id == options.scenarioId)
                scenario = &s;
    if (!scenario)
        scenario = activeScenario(data);
    c.scenario = scenario ? *scenario : defaultScenario(ReportContentTr::tr("Baseline"));

    const CriteriaTable criteria = computeCriteria(data);
    scoreAll(criteria, c.scenario, c.scores);
    c.scoredFromEvidence.resize(data.partners.size());
    c.evidenceNotes.resize(data.partners.size());
    for (size_t i = 0; i < data.partners.size(); ++i) {
        c.scoredFromEvidence[i] = usesEvidence(criteria.evidence, i, Criterion::Commitment);
        c.evidenceNotes[i] = evidenceExplanation(criteria.evidence, i, Criterion::Commitment);
    }
    c.stability = stability(criteria, c.scenario);
    c.coverage = computeCoverage(data);
    for (const Icp &icp : data.icps)
        c.icps.push_back(&icp);
    for (const Partner &p : data.partners)
        c.partners.push_back(&p);

    std::vector<Segment> segments;
    if (options.segmentBy == SegmentBy::Cluster) {
        if (!data.partners.empty()) {
            const int k = options.clusterK > 0 ? options.clusterK : suggestK(criteria);
            segments = clusterSegments(criteria, kmeans(criteria, k));
        }
    } else {
        segments = segmentPartners(data, c.scores, options.segmentBy);
    }

    QHash<Id, size_t> row;
    for (size_t i = 0; i < data.partners.size(); ++i)
        row.insert(data.partners[i].id, i);
    c.segmentNames.resize(data.partners.size());
    for (Segment &segment : segments) {
        for (Id id : segment.partnerIds)
            if (auto it = row.constFind(id); it != row.constEnd())
                c.segmentNames[*it] << segment.name;
        ReportSegment rs;
        rs.stats = segmentStats(data, c.scores, segment);
        rs.motion = recommendedMotion(rs.stats.dominantModel);
        rs.segment = std::move(segment);
        c.segments.push_back(std::move(rs));
    }

    c.economics.oem = assessOemDeals(data);
    c.economics.metrics = computeProgramMetrics(data);
    c.economics.attention = attentionItems(data, c.economics.metrics);
    c.economics.impact = computePartnerImpact(data);
    c.plan = buildReportPlan(data, c.scenario);

    c.investIn = investSentences(c);
    c.gaps = gapSentences(data, c);
    c.flags = flagSentences(data, c);
    return c;
}

} // namespace ps
