// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/portfoliodata.h"

#include "core/domain/idindex.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ps {

bool PortfolioData::operator==(const PortfolioData &o) const {
    return info == o.info && icps == o.icps && partners == o.partners && links == o.links &&
           oemDeals == o.oemDeals && scenarios == o.scenarios &&
           activeScenarioId == o.activeScenarioId && segmentRules == o.segmentRules &&
           activities == o.activities && deals == o.deals && rejectedLinks == o.rejectedLinks &&
           decisionLog == o.decisionLog && investments == o.investments && plans == o.plans;
}

namespace {

/// This file's translations, in the context lupdate files them under.
class ValidationTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Validation)
};

bool ratingOk(const std::optional<int> &rating) {
    return !rating || (*rating >= 1 && *rating <= 5);
}

template <typename T>
IdIndex collectIds(const std::vector<T> &rows, const char *what, QStringList &problems) {
    IdIndex ids;
    ids.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const Id id = rows[i].id;
        if (id <= 0 || ids.contains(id))
            problems << ValidationTr::tr("%1 %2 has a missing or duplicate id.")
                            .arg(QCoreApplication::translate("ps::Validation", what))
                            .arg(id);
        ids.insert(id, int(i));
    }
    return ids;
}

/// The (ICP, partner) pairs of the links seen so far: a bit per pair of rows when the table of
/// them is small (50 ICPs by 100,000 partners is 625 KB), a hash otherwise and for ids that
/// have no row.
class PairSet {
public:
    PairSet(const IdIndex &icps, size_t icpCount, const IdIndex &partners, size_t partnerCount)
        : m_icps(icps)
        , m_partners(partners)
        , m_columns(partnerCount) {
        if (icpCount > 0 && partnerCount > 0 && icpCount <= MaxBits / partnerCount)
            m_bits.assign((icpCount * partnerCount + 63) / 64, 0);
    }

    /// Adds the pair; false if it was there already.
    bool insert(Id icpId, Id partnerId) {
        const int icp = m_icps.value(icpId);
        const int partner = m_partners.value(partnerId);
        if (m_bits.empty() || icp < 0 || partner < 0) {
            const QPair<Id, Id> pair(icpId, partnerId);
            if (m_other.contains(pair))
                return false;
            m_other.insert(pair);
            return true;
        }
        const size_t bit = size_t(icp) * m_columns + size_t(partner);
        quint64 &word = m_bits[bit / 64];
        const quint64 mask = quint64(1) << (bit % 64);
        const bool added = !(word & mask);
        word |= mask;
        return added;
    }

private:
    static constexpr size_t MaxBits = size_t(1) << 26;
    const IdIndex &m_icps;
    const IdIndex &m_partners;
    size_t m_columns;
    std::vector<quint64> m_bits;
    QSet<QPair<Id, Id>> m_other;
};

void validatePartner(const Partner &p, const IdIndex &partnerIds, QStringList &problems) {
    const QString who = p.name.isEmpty() ? QString::number(p.id) : p.name;
    if (p.name.trimmed().isEmpty())
        problems << ValidationTr::tr("Partner %1 has no name.").arg(p.id);
    if (p.upstreamId != 0 && (p.upstreamId == p.id || !partnerIds.contains(p.upstreamId)))
        problems << ValidationTr::tr(
                        "Partner \"%1\" names an upstream partner that does not exist.")
                        .arg(who);
    const auto &r = p.ratings;
    if (!ratingOk(r.marketReach) || !ratingOk(r.strategicFit) || !ratingOk(r.capability) ||
        !ratingOk(r.commitment) || !ratingOk(r.costToServe))
        problems << ValidationTr::tr("Partner \"%1\" has a rating outside 1-5.").arg(who);
    const auto &e = p.economics;
    if (p.certifications < 0 || e.sourcedRevenue < 0 || e.influencedRevenue < 0 || e.pipeline < 0 ||
        e.dealsWon < 0 || e.dealsLost < 0 || e.investment.mdf < 0 || e.investment.enablement < 0 ||
        e.investment.incentives < 0 || e.investment.technicalSupport < 0 ||
        !(e.contractMinimum >= 0))
        problems << ValidationTr::tr("Partner \"%1\" has a negative amount or count.").arg(who);
}

void validateScenarios(const PortfolioData &data, const IdIndex &partnerIds,
                       QStringList &problems) {
    collectIds(data.scenarios, QT_TRANSLATE_NOOP("ps::Validation", "Scenario"), problems);
    for (const Scenario &s : data.scenarios) {
        if (s.name.trimmed().isEmpty())
            problems << ValidationTr::tr("Scenario %1 has no name.").arg(s.id);
        if (!(s.potentialThreshold >= 0 && s.potentialThreshold <= 100) ||
            !(s.readinessThreshold >= 0 && s.readinessThreshold <= 100))
            problems
                << ValidationTr::tr("Scenario \"%1\" has a threshold outside 0-100.").arg(s.name);
        for (const WeightProfile &profile : s.profiles)
            for (double w : profile.weights)
                if (!(w >= 0 && w <= 1000))
                    problems << ValidationTr::tr("Scenario \"%1\" has a weight outside 0-1000.")
                                    .arg(s.name);
        for (const AxisJudgments &j : s.judgments)
            if (j.profile < 0 || j.profile >= ProfileCount ||
                std::any_of(j.upper.begin(), j.upper.end(),
                            [](double v) { return !(v >= 1.0 / 9.0 - 1e-9 && v <= 9.0 + 1e-9); }))
                problems << ValidationTr::tr("Scenario \"%1\" holds a pairwise judgment outside "
                                             "1/9-9.")
                                .arg(s.name);
        for (const QuadrantOverride &o : s.overrides)
            if (!partnerIds.contains(o.partnerId))
                problems
                    << ValidationTr::tr("Scenario \"%1\" overrides a missing partner.").arg(s.name);
    }
    if (data.activeScenarioId != 0 && !data.scenarios.empty() &&
        std::none_of(data.scenarios.begin(), data.scenarios.end(),
                     [&](const Scenario &s) { return s.id == data.activeScenarioId; }))
        problems << ValidationTr::tr("The active scenario does not exist.");
}

void validateDecisionLog(const PortfolioData &data, const IdIndex &partnerIds,
                         QStringList &problems) {
    collectIds(data.decisionLog, QT_TRANSLATE_NOOP("ps::Validation", "Decision record"), problems);
    const auto finiteIn = [](double v, double low, double high) {
        return std::isfinite(v) && v >= low && v <= high;
    };
    const auto optionalIn = [&](const std::optional<double> &v, double low, double high) {
        return !v || finiteIn(*v, low, high);
    };
    for (const DecisionRecord &r : data.decisionLog) {
        if (r.partnerId != 0 && !partnerIds.contains(r.partnerId))
            problems << ValidationTr::tr("Decision record %1 names a missing partner.").arg(r.id);
        if (r.decision == Decision::None)
            problems << ValidationTr::tr("Decision record %1 records no decision.").arg(r.id);
        bool valuesOk = finiteIn(r.potential, 0, 100) && finiteIn(r.readiness, 0, 100) &&
                        optionalIn(r.stability, 0, 1) && optionalIn(r.potentialCr, 0, 1e6) &&
                        optionalIn(r.readinessCr, 0, 1e6) &&
                        optionalIn(r.potentialConsensus, 0, 1) &&
                        optionalIn(r.readinessConsensus, 0, 1);
        for (double w : r.weights)
            valuesOk = valuesOk && finiteIn(w, 0, 100);
        for (const RecordedConsistency &c : r.participantCrs)
            valuesOk = valuesOk && finiteIn(c.cr, 0, 1e6);
        for (const RecordedVote &v : r.votes)
            valuesOk = valuesOk && v.choice != Decision::None;
        if (!valuesOk)
            problems
                << ValidationTr::tr("Decision record %1 holds a value out of range.").arg(r.id);
    }
}

void validatePlanning(const PortfolioData &data, const IdIndex &partnerIds, QStringList &problems) {
    collectIds(data.investments, QT_TRANSLATE_NOOP("ps::Validation", "Investment period"),
               problems);
    const auto amount = [](double v) { return std::isfinite(v) && v >= 0; };
    for (const InvestmentPeriod &i : data.investments) {
        if (!partnerIds.contains(i.partnerId))
            problems
                << ValidationTr::tr("Investment period %1 belongs to a missing partner.").arg(i.id);
        if (!i.start.isValid())
            problems << ValidationTr::tr("Investment period %1 has no start date.").arg(i.id);
        if (!amount(i.amount.mdf) || !amount(i.amount.enablement) || !amount(i.amount.incentives) ||
            !amount(i.amount.technicalSupport))
            problems << ValidationTr::tr("Investment period %1 has a negative amount.").arg(i.id);
    }
    collectIds(data.plans, QT_TRANSLATE_NOOP("ps::Validation", "Plan"), problems);
    QSet<Id> planned;
    for (const ScenarioPlan &plan : data.plans) {
        // A plan of a deleted scenario stays in memory (undo may restore the scenario); it is
        // not saved. Two plans for one scenario would leave the choice to chance.
        if (planned.contains(plan.scenarioId))
            problems << ValidationTr::tr("Scenario %1 has two plans.").arg(plan.scenarioId);
        planned.insert(plan.scenarioId);
        problems << planProblems(plan);
    }
}

} // namespace

QStringList validate(const PortfolioData &data) {
    QStringList problems;
    const IdIndex icpIds =
        collectIds(data.icps, QT_TRANSLATE_NOOP("ps::Validation", "ICP"), problems);
    const IdIndex partnerIds =
        collectIds(data.partners, QT_TRANSLATE_NOOP("ps::Validation", "Partner"), problems);
    collectIds(data.links, QT_TRANSLATE_NOOP("ps::Validation", "Influence link"), problems);
    collectIds(data.oemDeals, QT_TRANSLATE_NOOP("ps::Validation", "OEM deal"), problems);

    for (const Icp &icp : data.icps) {
        if (icp.name.trimmed().isEmpty())
            problems << ValidationTr::tr("ICP %1 has no name.").arg(icp.id);
        if (icp.priorityWeight < 0 || icp.targetAccounts < 0 || icp.averageDealSize < 0)
            problems << ValidationTr::tr("ICP \"%1\" has a negative weight, count or deal size.")
                            .arg(icp.name);
    }
    for (const Partner &p : data.partners)
        validatePartner(p, partnerIds, problems);

    PairSet pairs(icpIds, data.icps.size(), partnerIds, data.partners.size());
    for (const InfluenceLink &l : data.links) {
        if (!icpIds.contains(l.icpId) || !partnerIds.contains(l.partnerId))
            problems << ValidationTr::tr("Influence link %1 points at a missing ICP or partner.")
                            .arg(l.id);
        if (l.strength < 0 || l.strength > 5)
            problems << ValidationTr::tr("Influence link %1 has a strength outside 0-5.").arg(l.id);
        if (l.overlappingAccounts && *l.overlappingAccounts < 0)
            problems
                << ValidationTr::tr("Influence link %1 has a negative account overlap.").arg(l.id);
        if (!pairs.insert(l.icpId, l.partnerId))
            problems
                << ValidationTr::tr("Influence link %1 repeats an ICP and partner pair.").arg(l.id);
    }
    for (const OemDeal &d : data.oemDeals) {
        if (!partnerIds.contains(d.partnerId))
            problems << ValidationTr::tr("OEM deal %1 belongs to a missing partner.").arg(d.id);
        if (d.perUnitRoyalty < 0 || d.minimumAnnual < 0 || d.setupFee < 0 || d.costPerUnit < 0 ||
            (d.minMarginPerUnit && !std::isfinite(*d.minMarginPerUnit)))
            problems << ValidationTr::tr("OEM deal \"%1\" has a negative amount.").arg(d.name);
        if (std::any_of(d.volumes.begin(), d.volumes.end(),
                        [](double v) { return !(v >= 0 && std::isfinite(v)); }))
            problems << ValidationTr::tr("OEM deal \"%1\" has a negative volume.").arg(d.name);
        for (const RoyaltyTier &t : d.tiers)
            if (t.fromUnits < 0 || t.perUnit < 0)
                problems
                    << ValidationTr::tr("OEM deal \"%1\" has a negative royalty tier.").arg(d.name);
    }
    collectIds(data.activities, QT_TRANSLATE_NOOP("ps::Validation", "Activity"), problems);
    for (const Activity &a : data.activities) {
        if (!partnerIds.contains(a.partnerId))
            problems << ValidationTr::tr("Activity %1 belongs to a missing partner.").arg(a.id);
        if (!a.date.isValid())
            problems << ValidationTr::tr("Activity %1 has no date.").arg(a.id);
    }
    collectIds(data.deals, QT_TRANSLATE_NOOP("ps::Validation", "Deal"), problems);
    for (const Deal &d : data.deals) {
        bool missing = d.icpId != 0 && !icpIds.contains(d.icpId);
        bool repeated = false;
        for (size_t i = 0; i < d.partners.size(); ++i) {
            missing = missing || !partnerIds.contains(d.partners[i].partnerId);
            for (size_t j = 0; j < i; ++j)
                repeated = repeated || d.partners[j].partnerId == d.partners[i].partnerId;
        }
        if (missing)
            problems << ValidationTr::tr("Deal %1 points at a missing partner or ICP.").arg(d.id);
        if (repeated)
            problems << ValidationTr::tr("Deal \"%1\" names a partner twice.").arg(d.name);
        if (!(d.amount >= 0 && std::isfinite(d.amount)))
            problems << ValidationTr::tr("Deal \"%1\" has a negative amount.").arg(d.name);
        if (d.buyer.employees && *d.buyer.employees < 0)
            problems
                << ValidationTr::tr("Deal \"%1\" has a negative number of employees.").arg(d.name);
    }
    if (data.info.minClosedDeals < 1)
        problems << ValidationTr::tr("The minimum number of closed deals must be at least 1.");
    validateScenarios(data, partnerIds, problems);
    validateDecisionLog(data, partnerIds, problems);
    validatePlanning(data, partnerIds, problems);
    return problems;
}

const ScenarioPlan *planOf(const PortfolioData &data, Id scenarioId) {
    for (const ScenarioPlan &plan : data.plans)
        if (plan.scenarioId == scenarioId)
            return &plan;
    return nullptr;
}

const Scenario *activeScenario(const PortfolioData &data) {
    for (const Scenario &s : data.scenarios)
        if (s.id == data.activeScenarioId)
            return &s;
    return data.scenarios.empty() ? nullptr : &data.scenarios.front();
}

} // namespace ps
