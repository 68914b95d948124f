// SPDX-License-Identifier: GPL-3.0-or-later
// PortfolioFile::save: a complete new database beside the target, synced, renamed over it.
#include "core/storage/portfoliofile.h"

#include "core/storage/accountrows.h"
#include "core/storage/portfoliowriter.h"
#include "core/storage/rowsink.h"
#include "core/storage/schema.h"
#include "core/storage/segmentrulejson.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ps::PortfolioFile {
namespace {

/// This file's translations, in the context lupdate files them under.
class PortfolioFileTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PortfolioFile)
};

/// Sets the values of one row by column: the writer names columns with the same enumerators
/// the reader uses.
class Row {
public:
    explicit Row(RowSink::Writer &writer)
        : m_st(writer) {}

    void null(int c) { m_st.null(c); }
    void integer(int c, qint64 value) { m_st.integer(c, value); }
    void real(int c, double value) { m_st.real(c, value); }
    void text(int c, const QString &value) { m_st.text(c, value); }
    void list(int c, const QStringList &items) { m_st.text(c, items.join(u"; ")); }
    void boolean(int c, bool value) { m_st.integer(c, value ? 1 : 0); }
    /// A reference to another row; 0 ("none") is NULL.
    void reference(int c, Id id) {
        if (id != 0)
            m_st.integer(c, id);
        else
            m_st.null(c);
    }
    void date(int c, const QDate &date) {
        if (date.isValid())
            m_st.text(c, date.toString(Qt::ISODate));
        else
            m_st.null(c);
    }
    void optional(int c, const std::optional<int> &value) {
        if (value)
            m_st.integer(c, *value);
        else
            m_st.null(c);
    }
    void optional(int c, const std::optional<double> &value) {
        if (value)
            m_st.real(c, *value);
        else
            m_st.null(c);
    }
    template <typename E> void key(int c, E value) { m_st.text(c, toKey(value)); }
    /// A CRM reference as its source key (NULL for none) and record id columns.
    void crm(int sourceColumn, int idColumn, const CrmRef &ref) {
        keyOrNull(sourceColumn, ref.source);
        text(idColumn, ref.id);
    }
    /// The key of an enumeration whose first value means "none": NULL for that value.
    template <typename E> void keyOrNull(int c, E value) {
        const QString key = toKey(value);
        if (key.isEmpty())
            m_st.null(c);
        else
            m_st.text(c, key);
    }
    bool execute() { return m_st.execute(); }

private:
    RowSink::Writer &m_st;
};

/// Which program wrote the file, for people inspecting it; loading never depends on it.
bool writeMeta(RowSink &sink) {
    namespace C = Tables::Meta;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    row.text(C::Key, QStringLiteral("written_by"));
    row.text(C::Value, QStringLiteral("Partnerscope " PARTNERSCOPE_VERSION));
    return row.execute();
}

bool writeInfo(RowSink &sink, const PortfolioInfo &info, Id activeScenarioId) {
    namespace C = Tables::Portfolio;
    if (!sink.clear(C::table()))
        return false;
    auto insert = sink.open(C::table());
    if (!insert)
        return false;
    Row row(*insert);
    row.integer(C::Id, 1);
    row.text(C::Name, info.name);
    row.text(C::Organization, info.organization);
    row.text(C::Currency, info.currency);
    if (info.fiscalYear != 0)
        row.integer(C::FiscalYear, info.fiscalYear);
    else
        row.null(C::FiscalYear);
    row.text(C::Notes, info.notes);
    row.reference(C::ActiveScenarioId, activeScenarioId);
    row.integer(C::MinClosedDeals, info.minClosedDeals);
    return row.execute();
}

bool writeIcps(RowSink &sink, const std::vector<Icp> &icps) {
    namespace C = Tables::Icps;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const Icp &icp : icps) {
        row.integer(C::Id, icp.id);
        row.integer(C::Position, position++);
        row.text(C::Name, icp.name);
        row.text(C::Description, icp.description);
        row.list(C::Industries, icp.industries);
        row.text(C::SizeBand, icp.sizeBand);
        row.list(C::Regions, icp.regions);
        row.list(C::BuyerRoles, icp.buyerRoles);
        row.real(C::PriorityWeight, icp.priorityWeight);
        row.integer(C::TargetAccounts, icp.targetAccounts);
        row.real(C::AverageDealSize, icp.averageDealSize);
        row.crm(C::CrmSource, C::CrmId, icp.crm);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writePartners(RowSink &sink, const std::vector<Partner> &partners) {
    namespace C = Tables::Partners;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const Partner &p : partners) {
        const auto &r = p.ratings;
        const auto &e = p.economics;
        const auto &jcm = p.commercialModel;
        row.integer(C::Id, p.id);
        row.integer(C::Position, position++);
        row.text(C::Name, p.name);
        row.text(C::Website, p.website);
        if (p.model)
            row.key(C::Model, *p.model);
        else
            row.null(C::Model);
        row.key(C::Status, p.status);
        row.keyOrNull(C::Tier, p.tier);
        row.list(C::Regions, p.regions);
        row.list(C::Industries, p.industries);
        row.reference(C::UpstreamId, p.upstreamId);
        row.optional(C::RatingMarketReach, r.marketReach);
        row.optional(C::RatingStrategicFit, r.strategicFit);
        row.optional(C::RatingCapability, r.capability);
        row.optional(C::RatingCommitment, r.commitment);
        row.optional(C::RatingCostToServe, r.costToServe);
        row.integer(C::Certifications, p.certifications);
        row.real(C::SourcedRevenue, e.sourcedRevenue);
        row.real(C::InfluencedRevenue, e.influencedRevenue);
        row.real(C::Pipeline, e.pipeline);
        row.integer(C::DealsWon, e.dealsWon);
        row.integer(C::DealsLost, e.dealsLost);
        row.real(C::InvestmentMdf, e.investment.mdf);
        row.real(C::InvestmentEnablement, e.investment.enablement);
        row.real(C::InvestmentIncentives, e.investment.incentives);
        row.real(C::InvestmentTechSupport, e.investment.technicalSupport);
        row.date(C::EnrolledOn, p.enrolledOn);
        row.date(C::FirstCommercialOn, p.firstCommercialOn);
        row.text(C::Notes, p.notes);
        row.keyOrNull(C::Decision, p.decision);
        row.text(C::DecisionOwner, p.decisionOwner);
        row.text(C::NextStep, p.nextStep);
        row.boolean(C::JcmPricingAgreed, jcm.pricingAgreed);
        row.keyOrNull(C::JcmSupport, jcm.support);
        row.keyOrNull(C::JcmCustomerSuccess, jcm.customerSuccess);
        row.keyOrNull(C::JcmRenewal, jcm.renewal);
        row.crm(C::CrmSource, C::CrmId, p.crm);
        row.real(C::ContractMinimum, e.contractMinimum);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeLinks(RowSink &sink, const std::vector<InfluenceLink> &links) {
    namespace C = Tables::InfluenceLinks;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const InfluenceLink &l : links) {
        row.integer(C::Id, l.id);
        row.integer(C::Position, position++);
        row.integer(C::IcpId, l.icpId);
        row.integer(C::PartnerId, l.partnerId);
        row.integer(C::Strength, l.strength);
        row.key(C::Role, l.role);
        row.optional(C::OverlappingAccounts, l.overlappingAccounts);
        row.text(C::Notes, l.notes);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeVolumes(const OemDeal &d, RowSink::Writer &volumes) {
    namespace C = Tables::OemVolumes;
    Row row(volumes);
    int year = 1;
    for (double units : d.volumes) {
        row.integer(C::DealId, d.id);
        row.integer(C::Year, year++);
        row.real(C::Units, units);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeDealDetails(const OemDeal &d, RowSink::Writer &tiers, RowSink::Writer &scores) {
    namespace T = Tables::OemRoyaltyTiers;
    namespace S = Tables::OemScoreboard;
    Row tier(tiers);
    qint64 position = 0;
    for (const RoyaltyTier &t : d.tiers) {
        tier.integer(T::DealId, d.id);
        tier.integer(T::Position, position++);
        tier.integer(T::FromUnits, t.fromUnits);
        tier.real(T::PerUnit, t.perUnit);
        if (!tier.execute())
            return false;
    }
    Row score(scores);
    position = 0;
    for (const ScoreboardEntry &s : d.scoreboard) {
        score.integer(S::DealId, d.id);
        score.integer(S::Position, position++);
        score.date(S::Period, s.period);
        score.integer(S::IntegrationsValidated, s.integrationsValidated);
        score.integer(S::DevicesValidated, s.devicesValidated);
        score.integer(S::CoMarketingActivities, s.coMarketingActivities);
        score.integer(S::DevicesInField, s.devicesInField);
        score.integer(S::DevicesPreloaded, s.devicesPreloaded);
        if (!score.execute())
            return false;
    }
    return true;
}

bool writeDeals(RowSink &sink, const std::vector<OemDeal> &deals) {
    namespace C = Tables::OemDeals;
    auto st = sink.open(C::table());
    auto volumes = sink.open(Tables::OemVolumes::table());
    auto tiers = sink.open(Tables::OemRoyaltyTiers::table());
    auto scores = sink.open(Tables::OemScoreboard::table());
    if (!st || !tiers || !scores || !volumes)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const OemDeal &d : deals) {
        row.integer(C::Id, d.id);
        row.integer(C::Position, position++);
        row.integer(C::PartnerId, d.partnerId);
        row.text(C::Name, d.name);
        row.key(C::Structure, d.structure);
        row.boolean(C::NeedsOfferFaster, d.needsOfferFaster);
        row.boolean(C::TechnicalLead, d.technicalLead);
        row.boolean(C::ReachesNewSegment, d.reachesNewSegment);
        row.boolean(C::DefendableMargin, d.defendableMargin);
        row.real(C::PerUnitRoyalty, d.perUnitRoyalty);
        row.real(C::AnnualEscalatorPct, d.annualEscalatorPct);
        row.real(C::MinimumAnnual, d.minimumAnnual);
        row.real(C::SetupFee, d.setupFee);
        row.text(C::ExitClause, d.exitClause);
        row.boolean(C::Exclusive, d.exclusive);
        row.text(C::Notes, d.notes);
        row.key(C::TierMode, d.tierMode);
        row.real(C::CostPerUnit, d.costPerUnit);
        row.optional(C::MinMarginPerUnit, d.minMarginPerUnit);
        row.keyOrNull(C::BrandOwner, d.brandOwner);
        row.boolean(C::RoadmapAligned, d.roadmapAligned);
        if (!row.execute() || !writeDealDetails(d, *tiers, *scores) || !writeVolumes(d, *volumes))
            return false;
    }
    return true;
}

bool writeActivities(RowSink &sink, const std::vector<Activity> &activities) {
    namespace C = Tables::Activities;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const Activity &a : activities) {
        row.integer(C::Id, a.id);
        row.integer(C::Position, position++);
        row.integer(C::PartnerId, a.partnerId);
        row.date(C::Date, a.date);
        row.key(C::Kind, a.kind);
        row.text(C::Notes, a.notes);
        row.crm(C::CrmSource, C::CrmId, a.crm);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeSalesDeals(RowSink &sink, const std::vector<Deal> &deals) {
    namespace C = Tables::Deals;
    namespace P = Tables::DealPartners;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    auto partners = sink.open(P::table());
    if (!partners)
        return false;
    Row row(*st);
    Row partner(*partners);
    qint64 position = 0;
    for (const Deal &d : deals) {
        row.integer(C::Id, d.id);
        row.integer(C::Position, position++);
        row.text(C::Name, d.name);
        row.reference(C::IcpId, d.icpId);
        row.real(C::Amount, d.amount);
        row.key(C::Outcome, d.outcome);
        row.date(C::CreatedOn, d.createdOn);
        row.date(C::ClosedOn, d.closedOn);
        row.text(C::Stage, d.stage);
        row.text(C::LeadSource, d.leadSource);
        row.text(C::BuyerName, d.buyer.name);
        row.text(C::BuyerCrmId, d.buyer.crmId);
        row.text(C::BuyerIndustry, d.buyer.industry);
        row.text(C::BuyerRegion, d.buyer.region);
        row.optional(C::BuyerEmployees, d.buyer.employees);
        row.crm(C::CrmSource, C::CrmId, d.crm);
        if (!row.execute())
            return false;
        qint64 partnerPosition = 0;
        for (const DealPartner &p : d.partners) {
            partner.integer(P::DealId, d.id);
            partner.integer(P::Position, partnerPosition++);
            partner.integer(P::PartnerId, p.partnerId);
            partner.key(P::Role, p.role);
            partner.text(P::CrmRole, p.crmRole);
            if (!partner.execute())
                return false;
        }
    }
    return true;
}

/// Rejected suggestions whose ICP and partner both exist (the others mean nothing any more).
bool writeRejectedLinks(RowSink &sink, const PortfolioData &data) {
    namespace C = Tables::RejectedLinks;
    if (data.rejectedLinks.empty())
        return true;
    QSet<Id> icps, partners;
    for (const Icp &icp : data.icps)
        icps.insert(icp.id);
    for (const Partner &p : data.partners)
        partners.insert(p.id);
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    // Each pair once (the key of the table), whatever engine the rows go to.
    QSet<QPair<Id, Id>> written;
    for (const LinkKey &key : data.rejectedLinks) {
        if (!icps.contains(key.icpId) || !partners.contains(key.partnerId) ||
            written.contains({key.icpId, key.partnerId}))
            continue;
        written.insert({key.icpId, key.partnerId});
        row.integer(C::IcpId, key.icpId);
        row.integer(C::PartnerId, key.partnerId);
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeInvestments(RowSink &sink, const std::vector<InvestmentPeriod> &investments) {
    namespace C = Tables::Investments;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const InvestmentPeriod &i : investments) {
        row.integer(C::Id, i.id);
        row.integer(C::Position, position++);
        row.integer(C::PartnerId, i.partnerId);
        row.date(C::PeriodStart, i.start);
        row.real(C::Mdf, i.amount.mdf);
        row.real(C::Enablement, i.amount.enablement);
        row.real(C::Incentives, i.amount.incentives);
        row.real(C::TechSupport, i.amount.technicalSupport);
        if (!row.execute())
            return false;
    }
    return true;
}

/// Binds a curve to six columns from `first` on, or NULLs.
void bindCurve(Row &row, int first, const std::optional<CurveSetting> &curve) {
    const double values[] = {curve ? curve->a : 0.0,        curve ? curve->s : 0.0,
                             curve ? curve->baseline : 0.0, curve ? curve->sdLogA : 0.0,
                             curve ? curve->sdLogS : 0.0,   curve ? curve->correlation : 0.0};
    for (int i = 0; i < 6; ++i) {
        if (curve)
            row.real(first + i, values[i]);
        else
            row.null(first + i);
    }
}

bool writePlanDetails(const ScenarioPlan &plan, const QSet<Id> &partnerIds,
                      RowSink::Writer &partners, RowSink::Writer &groups) {
    namespace P = Tables::PlanPartners;
    namespace G = Tables::PlanGroups;
    Row partner(partners);
    for (const PlanPartnerSetting &s : plan.partners) {
        // Settings of a deleted partner stay in memory for undo; the file forgets them.
        if (!partnerIds.contains(s.partnerId) || s.isEmpty())
            continue;
        partner.integer(P::PlanId, plan.id);
        partner.integer(P::PartnerId, s.partnerId);
        partner.optional(P::Fixed, s.fixed);
        partner.optional(P::Minimum, s.minimum);
        partner.optional(P::Maximum, s.maximum);
        partner.optional(P::Edited, s.edited);
        bindCurve(partner, P::CurveA, s.curve);
        if (!partner.execute())
            return false;
    }
    Row group(groups);
    qint64 position = 0;
    for (const PlanGroupSetting &g : plan.groups) {
        group.integer(G::PlanId, plan.id);
        group.integer(G::Position, position++);
        if (g.model)
            group.key(G::Model, *g.model);
        else
            group.null(G::Model);
        group.reference(G::SegmentRuleId, g.segmentRuleId);
        group.optional(G::MinShare, g.minShare);
        bindCurve(group, G::CurveA, g.curve);
        if (!group.execute())
            return false;
    }
    return true;
}

bool writePlans(RowSink &sink, const PortfolioData &data) {
    namespace C = Tables::Plans;
    auto st = sink.open(C::table());
    auto partners = sink.open(Tables::PlanPartners::table());
    auto groups = sink.open(Tables::PlanGroups::table());
    if (!st || !partners || !groups)
        return false;
    QSet<Id> scenarioIds;
    for (const Scenario &s : data.scenarios)
        scenarioIds.insert(s.id);
    QSet<Id> partnerIds;
    partnerIds.reserve(qsizetype(data.partners.size()));
    for (const Partner &p : data.partners)
        partnerIds.insert(p.id);
    Row row(*st);
    for (const ScenarioPlan &plan : data.plans) {
        // The plan of a deleted scenario stays in memory for undo; the file forgets it.
        if (!scenarioIds.contains(plan.scenarioId))
            continue;
        row.integer(C::Id, plan.id);
        row.integer(C::ScenarioId, plan.scenarioId);
        row.real(C::Budget, plan.budget);
        row.key(C::Objective, plan.objective);
        row.real(C::MarginRate, plan.marginRate);
        row.real(C::MinPerPartner, plan.minPerPartner);
        row.optional(C::MaxPerPartner, plan.maxPerPartner);
        row.key(C::PolicyInvest, plan.policies[0]);
        row.key(C::PolicyDevelop, plan.policies[1]);
        row.key(C::PolicyMaintain, plan.policies[2]);
        row.key(C::PolicyDeprioritize, plan.policies[3]);
        row.real(C::RevenueTarget, plan.revenueTarget);
        row.date(C::TargetDate, plan.targetDate);
        if (!row.execute() || !writePlanDetails(plan, partnerIds, *partners, *groups))
            return false;
    }
    return true;
}

/// The profile a weight row belongs to: a partner model key, or '' for the neutral profile.
QString profileKey(size_t index) {
    const auto &models = enumValues<PartnerModel>();
    for (PartnerModel model : models)
        if (size_t(profileIndex(model)) == index)
            return toKey(model);
    return QString();
}

bool writeScenarios(RowSink &sink, const std::vector<Scenario> &scenarios) {
    namespace C = Tables::Scenarios;
    namespace W = Tables::ScenarioWeights;
    namespace O = Tables::ScenarioOverrides;
    auto st = sink.open(C::table());
    auto weights = sink.open(W::table());
    auto overrides = sink.open(O::table());
    if (!st || !weights || !overrides)
        return false;
    // Keys as text once, not once per scenario.
    QStringList profileKeys;
    for (size_t p = 0; p < size_t(ProfileCount); ++p)
        profileKeys << profileKey(p);
    QStringList criterionKeys;
    for (Criterion c : enumValues<Criterion>())
        criterionKeys << toKey(c);
    Row row(*st);
    Row weight(*weights);
    Row override(*overrides);
    qint64 position = 0;
    for (const Scenario &s : scenarios) {
        row.integer(C::Id, s.id);
        row.integer(C::Position, position++);
        row.text(C::Name, s.name);
        row.real(C::PotentialThreshold, s.potentialThreshold);
        row.real(C::ReadinessThreshold, s.readinessThreshold);
        if (!row.execute())
            return false;
        for (size_t p = 0; p < s.profiles.size(); ++p)
            for (Criterion c : enumValues<Criterion>()) {
                weight.integer(W::ScenarioId, s.id);
                weight.text(W::Model, profileKeys.at(qsizetype(p)));
                weight.text(W::Criterion, criterionKeys.at(qsizetype(c)));
                weight.real(W::Weight, s.profiles[p].weight(c));
                if (!weight.execute())
                    return false;
            }
        qint64 overridePosition = 0;
        for (const QuadrantOverride &o : s.overrides) {
            override.integer(O::ScenarioId, s.id);
            override.integer(O::Position, overridePosition++);
            override.integer(O::PartnerId, o.partnerId);
            override.key(O::Quadrant, o.quadrant);
            override.text(O::Note, o.note);
            if (!override.execute())
                return false;
        }
    }
    return true;
}

bool writeSegmentRules(RowSink &sink, const std::vector<SegmentRule> &rules) {
    namespace C = Tables::SegmentRules;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const SegmentRule &rule : rules) {
        row.integer(C::Id, rule.id);
        row.integer(C::Position, position++);
        row.text(C::Name, rule.name);
        row.text(C::Conditions, QString::fromUtf8(SegmentRuleJson::write(rule.conditions)));
        if (!row.execute())
            return false;
    }
    return true;
}

bool writeScenarioJudgments(RowSink &sink, const std::vector<Scenario> &scenarios) {
    namespace C = Tables::ScenarioJudgments;
    auto st = sink.open(C::table());
    if (!st)
        return false;
    Row row(*st);
    for (const Scenario &s : scenarios)
        for (const AxisJudgments &j : s.judgments) {
            const auto &criteria = criteriaOf(j.axis);
            for (int a = 0; a < 4; ++a)
                for (int b = a + 1; b < 4; ++b) {
                    row.integer(C::ScenarioId, s.id);
                    row.text(C::Model, profileKey(size_t(j.profile)));
                    row.key(C::CriterionA, criteria[size_t(a)]);
                    row.key(C::CriterionB, criteria[size_t(b)]);
                    row.real(C::Value, j.value(a, b));
                    if (!row.execute())
                        return false;
                }
        }
    return true;
}

bool writeDecisionDetails(const DecisionRecord &r, RowSink::Writer &weights, RowSink::Writer &crs,
                          RowSink::Writer &votes) {
    namespace W = Tables::DecisionWeights;
    namespace C = Tables::DecisionCrs;
    namespace V = Tables::DecisionVotes;
    Row weight(weights);
    for (Criterion c : enumValues<Criterion>()) {
        weight.integer(W::RecordId, r.id);
        weight.key(W::Criterion, c);
        weight.real(W::Weight, r.weights[size_t(c)]);
        if (!weight.execute())
            return false;
    }
    Row cr(crs);
    qint64 position = 0;
    for (const RecordedConsistency &c : r.participantCrs) {
        cr.integer(C::RecordId, r.id);
        cr.integer(C::Position, position++);
        cr.text(C::Axis, axisKey(c.axis));
        cr.text(C::Participant, c.participant);
        cr.real(C::Cr, c.cr);
        if (!cr.execute())
            return false;
    }
    Row vote(votes);
    position = 0;
    for (const RecordedVote &v : r.votes) {
        vote.integer(V::RecordId, r.id);
        vote.integer(V::Position, position++);
        vote.text(V::Participant, v.participant);
        vote.key(V::Choice, v.choice);
        if (!vote.execute())
            return false;
    }
    return true;
}

bool writeDecisionLog(RowSink &sink, const std::vector<DecisionRecord> &log) {
    namespace C = Tables::DecisionLog;
    auto st = sink.open(C::table());
    auto weights = sink.open(Tables::DecisionWeights::table());
    auto crs = sink.open(Tables::DecisionCrs::table());
    auto votes = sink.open(Tables::DecisionVotes::table());
    if (!st || !weights || !crs || !votes)
        return false;
    Row row(*st);
    qint64 position = 0;
    for (const DecisionRecord &r : log) {
        row.integer(C::Id, r.id);
        row.integer(C::Position, position++);
        row.reference(C::PartnerId, r.partnerId);
        row.text(C::PartnerName, r.partnerName);
        row.text(C::RecordedAt, r.recordedAt.toUTC().toString(Qt::ISODate));
        row.key(C::Decision, r.decision);
        row.text(C::Owner, r.owner);
        row.text(C::NextStep, r.nextStep);
        row.text(C::Note, r.note);
        row.text(C::ScenarioName, r.scenarioName);
        row.key(C::Quadrant, r.quadrant);
        row.real(C::Potential, r.potential);
        row.real(C::Readiness, r.readiness);
        row.optional(C::Stability, r.stability);
        row.optional(C::PotentialCr, r.potentialCr);
        row.optional(C::ReadinessCr, r.readinessCr);
        row.optional(C::PotentialConsensus, r.potentialConsensus);
        row.optional(C::ReadinessConsensus, r.readinessConsensus);
        if (!row.execute() || !writeDecisionDetails(r, *weights, *crs, *votes))
            return false;
    }
    return true;
}

bool isDiskFull(int sqliteCode, int systemErrno) {
    return (sqliteCode & 0xff) == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EFBIG ||
           systemErrno == EDQUOT;
}

bool fillDatabase(SqliteDb &db, const PortfolioData &data, QString *error);

/// Builds the whole database in the (empty) file at `tempPath`.
bool writeDatabase(const PortfolioData &data, const QString &tempPath, QString *error) {
    SqliteDb db;
    if (db.open(tempPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX) !=
        SQLITE_OK) {
        *error = db.errorMessage();
        return false;
    }
    // The limit opening applies: a value beyond it fails the save instead of writing a file
    // that would not open again.
    sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, MaxValueBytes);
    if (fillDatabase(db, data, error))
        return true;
    const int code = db.errorCode();
    // A short write is SQLITE_FULL for ENOSPC but a plain I/O error for EFBIG or EDQUOT; the
    // file's own last errno tells them apart from a failing disk.
    int lastErrno = 0;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_LAST_ERRNO, &lastErrno);
    if (isDiskFull(code, lastErrno))
        *error = PortfolioFileTr::tr("the disk is full (%1)").arg(db.errorMessage());
    else if ((code & 0xff) == SQLITE_TOOBIG || lastBindError() == SQLITE_TOOBIG)
        *error = PortfolioFileTr::tr(
                     "a name, note or other text is longer than the %1 MB a row may hold")
                     .arg(MaxValueBytes >> 20);
    return false;
}

bool fillDatabase(SqliteDb &db, const PortfolioData &data, QString *error) {
    // No journal and no syncing inside SQLite: the file is private until the rename, and it is
    // fsync'ed as a whole before that, so a crash can only leave a stray temporary file.
    if (!db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                 "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -32768;",
                 error) ||
        !Schema::migrate(db.handle(), 0, error))
        return false;
    // Foreign keys are checked once, after all rows are in: checking them row by row triples the
    // time of a large save, and a partner may name an upstream partner saved after it.
    SqliteRowSink sink(db.handle());
    const bool written = db.exec("BEGIN", error) && writePortfolio(data, sink) &&
                         AccountRows::write(db.handle(), data);
    if (!written) {
        if ((db.errorCode() & 0xff) == SQLITE_CONSTRAINT)
            *error = PortfolioFileTr::tr("two rows share an id (%1)").arg(db.errorMessage());
        else if (error->isEmpty())
            *error = db.errorMessage();
        return false;
    }
    if (db.queryInt("SELECT count(*) FROM pragma_foreign_key_check", -1) != 0) {
        *error = PortfolioFileTr::tr(
            "a link, deal, override or upstream partner refers to a row that does not "
            "exist");
        return false;
    }
    if (!db.exec("COMMIT", error))
        return false;
    if (db.close() != SQLITE_OK) {
        *error = PortfolioFileTr::tr("the database could not be closed");
        return false;
    }
    return true;
}

/// fsync()s a file or folder. Returns 0, or the errno of the first call that failed: read before
/// close(), which may overwrite errno, so that a full disk is reported as one.
int syncPath(const QString &path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int syncError = ::fsync(fd) == 0 ? 0 : errno;
    const int closeError = ::close(fd) == 0 ? 0 : errno;
    return syncError != 0 ? syncError : closeError;
}

QString quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

/// Where to write: through a symbolic link to the file it points at, so the link survives.
QString resolveTarget(const QString &path) {
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.symLinkTarget();
        if (!target.isEmpty())
            return target;
    }
    return info.absoluteFilePath();
}

} // namespace

bool save(const PortfolioData &data, const QString &path, QString *message) {
    auto fail = [&](const QString &reason) {
        if (message)
            *message = PortfolioFileTr::tr("Could not save %1: %2.").arg(quoted(path), reason);
        return false;
    };
    const QString target = resolveTarget(path);
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return fail(PortfolioFileTr::tr("a folder of that name exists"));
    // Someone marked the file read-only (or it is not ours to replace): saving over it would
    // work for root and defeat the point, so it is refused for everyone.
    if (targetInfo.exists() && !readOnlyReason(target).isEmpty())
        return fail(PortfolioFileTr::tr("it is read-only; save it under another name"));

    QTemporaryFile temp(targetInfo.absolutePath() + QLatin1String("/.") + targetInfo.fileName() +
                        QLatin1String(".XXXXXX.tmp"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return fail(
            PortfolioFileTr::tr("cannot create a file in its folder (%1)").arg(temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    // Keep the permissions of the file we replace; a new file gets the usual rw-r--r--.
    temp.setPermissions(targetInfo.exists() ? targetInfo.permissions()
                                            : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther);

    QString error;
    if (!writeDatabase(data, tempPath, &error))
        return fail(error.isEmpty() ? PortfolioFileTr::tr("the database could not be written")
                                    : error);
    if (const int syncError = syncPath(tempPath, O_RDWR); syncError != 0)
        return fail((isDiskFull(0, syncError)
                         ? PortfolioFileTr::tr("the disk is full (%1)")
                         : PortfolioFileTr::tr("the new file could not be flushed to disk (%1)"))
                        .arg(QString::fromLocal8Bit(std::strerror(syncError))));
    if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) !=
        0)
        return fail(PortfolioFileTr::tr("the new file could not replace the old one (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    temp.setAutoRemove(false);
    // The rename is only durable once the directory entry is on disk. If this sync fails the
    // file is complete either way, so saving still succeeded.
    syncPath(targetInfo.absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace ps::PortfolioFile

namespace ps {

bool writePortfolio(const PortfolioData &data, RowSink &sink) {
    using namespace PortfolioFile;
    return writeMeta(sink) && writeInfo(sink, data.info, data.activeScenarioId) &&
           writeIcps(sink, data.icps) && writePartners(sink, data.partners) &&
           writeLinks(sink, data.links) && writeDeals(sink, data.oemDeals) &&
           writeScenarios(sink, data.scenarios) && writeSegmentRules(sink, data.segmentRules) &&
           writeActivities(sink, data.activities) && writeSalesDeals(sink, data.deals) &&
           writeRejectedLinks(sink, data) && writeScenarioJudgments(sink, data.scenarios) &&
           writeDecisionLog(sink, data.decisionLog) && writeInvestments(sink, data.investments) &&
           writePlans(sink, data);
}

} // namespace ps
