// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/rowreader.h"
#include "core/storage/rowreader_p.h"

#include "core/domain/sharedvalues.h"
#include "core/scoring/ahpsuggestion.h"
#include "core/scoring/profiles.h"
#include "core/storage/rowsource.h"
#include "core/storage/segmentrulejson.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <numeric>

namespace ps {
namespace {

/// Puts rows saved with `positions` back in their saved order. Files we write are already in
/// order (rows are inserted by position), so the sort only runs for files edited elsewhere.
template <typename T>
void restoreOrder(std::vector<T> &rows, const std::vector<qint64> &positions) {
    if (std::is_sorted(positions.begin(), positions.end()))
        return;
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return positions[a] < positions[b]; });
    std::vector<T> sorted;
    sorted.reserve(rows.size());
    for (size_t index : order)
        sorted.push_back(std::move(rows[index]));
    rows = std::move(sorted);
}

} // namespace

RowReader::RowReader(sqlite3 *db, int maxProblems)
    : m_ownSource(std::make_unique<SqliteTableSource>(db))
    , m_source(*m_ownSource)
    , m_db(db)
    , m_maxProblems(std::max(1, maxProblems)) {}

RowReader::RowReader(TableSource &source, int maxProblems)
    : m_source(source)
    , m_maxProblems(std::max(1, maxProblems)) {}

RowReader::~RowReader() = default;

void RowReader::addProblem(const QString &problem) {
    if (m_problemCount++ < m_maxProblems)
        m_problems << problem;
}

void RowReader::prepareFailed(const char *table) {
    m_structural = true;
    addProblem(PortfolioFileTr::tr("table %1 lacks the expected columns: %2")
                   .arg(QLatin1String(table), m_source.lastError()));
}

bool RowReader::finished(int rc, const char *table) {
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    m_sqliteError = rc;
    const QString detail = m_source.lastError();
    addProblem(PortfolioFileTr::tr("table %1 could not be read (%2)")
                   .arg(QLatin1String(table),
                        detail.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : detail));
    return false;
}

qint64 RowReader::rowCount(const char *table) {
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t)
        if (qstrcmp(tables[t]->name, table) == 0)
            return m_source.rowCount(*tables[t]);
    return 0;
}

bool RowReader::read(PortfolioData &out, Part part) {
    out = PortfolioData();
    const bool model = part != Part::History;
    const bool history = part != Part::Model;
    // The order of All is the order problems are reported in.
    return (!model ||
            (readInfo(out.info, out.activeScenarioId) && readIcps(out.icps) &&
             readPartners(out.partners) && readLinks(out.links) && readDeals(out.oemDeals) &&
             readScenarios(out.scenarios) && readSegmentRules(out.segmentRules))) &&
           (!history || readActivities(out.activities)) && (!model || readSalesDeals(out.deals)) &&
           (!model || (readRejectedLinks(out.rejectedLinks) && readDecisionLog(out.decisionLog))) &&
           (!history || readInvestments(out.investments)) &&
           (!model || (readPlans(out.plans, out.scenarios) &&
                       readAccountBook(out.accountBook, out.partners))) &&
           m_problemCount == 0;
}

void RowReader::merge(PortfolioData &model, PortfolioData &&history) {
    model.activities = std::move(history.activities);
    model.investments = std::move(history.investments);
}

bool RowReader::readInfo(PortfolioInfo &info, Id &activeScenarioId) {
    namespace C = Tables::Portfolio;
    RowSource st = m_source.rows(C::table(), "ORDER BY id", false);
    if (!st.isValid()) {
        prepareFailed("portfolio");
        return false;
    }
    Cells cells(*this, st, "portfolio");
    int rows = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        cells.beginRow();
        if (++rows > 1) {
            cells.bad(C::Id, PortfolioFileTr::tr("the table holds more than one row"));
            break;
        }
        info.name = cells.text(C::Name);
        info.organization = cells.text(C::Organization);
        info.currency = cells.text(C::Currency);
        info.fiscalYear = cells.optionalInteger(C::FiscalYear, 0, 9999).value_or(0);
        info.notes = cells.text(C::Notes);
        activeScenarioId = cells.reference(C::ActiveScenarioId);
        info.minClosedDeals = cells.integer(C::MinClosedDeals, 1, 1000000);
    }
    return finished(rc, "portfolio");
}

bool RowReader::readIcps(std::vector<Icp> &icps) {
    namespace C = Tables::Icps;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("icps");
        return false;
    }
    const qint64 count = rowCount("icps");
    icps.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "icps");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Icp &icp = icps.emplace_back();
        icp.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        icp.name = cells.text(C::Name);
        icp.description = cells.text(C::Description);
        icp.industries = cells.list(C::Industries);
        icp.sizeBand = cells.text(C::SizeBand);
        icp.regions = cells.list(C::Regions);
        icp.buyerRoles = cells.list(C::BuyerRoles);
        icp.priorityWeight = cells.real(C::PriorityWeight);
        icp.targetAccounts = cells.integer(C::TargetAccounts);
        icp.averageDealSize = cells.real(C::AverageDealSize);
        icp.crm = cells.crm(C::CrmSource, C::CrmId);
    }
    restoreOrder(icps, positions);
    return finished(rc, "icps");
}

bool RowReader::readPartners(std::vector<Partner> &partners) {
    namespace C = Tables::Partners;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("partners");
        return false;
    }
    const qint64 count = rowCount("partners");
    partners.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "partners");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Partner &p = partners.emplace_back();
        p.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        p.name = cells.text(C::Name);
        p.website = cells.text(C::Website);
        p.model = cells.optionalKey<PartnerModel>(C::Model);
        p.status = cells.key<PartnerStatus>(C::Status);
        p.tier = cells.key<PartnerTier>(C::Tier, PartnerTier::None);
        p.regions = cells.list(C::Regions);
        p.industries = cells.list(C::Industries);
        p.upstreamId = cells.reference(C::UpstreamId);
        auto &r = p.ratings;
        r.marketReach = cells.optionalInteger(C::RatingMarketReach, 1, 5);
        r.strategicFit = cells.optionalInteger(C::RatingStrategicFit, 1, 5);
        r.capability = cells.optionalInteger(C::RatingCapability, 1, 5);
        r.commitment = cells.optionalInteger(C::RatingCommitment, 1, 5);
        r.costToServe = cells.optionalInteger(C::RatingCostToServe, 1, 5);
        p.certifications = cells.integer(C::Certifications);
        auto &e = p.economics;
        e.sourcedRevenue = cells.real(C::SourcedRevenue);
        e.influencedRevenue = cells.real(C::InfluencedRevenue);
        e.pipeline = cells.real(C::Pipeline);
        e.dealsWon = cells.integer(C::DealsWon);
        e.dealsLost = cells.integer(C::DealsLost);
        e.investment.mdf = cells.real(C::InvestmentMdf);
        e.investment.enablement = cells.real(C::InvestmentEnablement);
        e.investment.incentives = cells.real(C::InvestmentIncentives);
        e.investment.technicalSupport = cells.real(C::InvestmentTechSupport);
        p.enrolledOn = cells.date(C::EnrolledOn);
        p.firstCommercialOn = cells.date(C::FirstCommercialOn);
        p.notes = cells.text(C::Notes);
        p.decision = cells.key<Decision>(C::Decision, Decision::None);
        p.decisionOwner = cells.text(C::DecisionOwner);
        p.nextStep = cells.text(C::NextStep);
        auto &jcm = p.commercialModel;
        jcm.pricingAgreed = cells.boolean(C::JcmPricingAgreed);
        jcm.support = cells.key<Owner>(C::JcmSupport, Owner::Undefined);
        jcm.customerSuccess = cells.key<Owner>(C::JcmCustomerSuccess, Owner::Undefined);
        jcm.renewal = cells.key<Owner>(C::JcmRenewal, Owner::Undefined);
        p.crm = cells.crm(C::CrmSource, C::CrmId);
        e.contractMinimum = cells.real(C::ContractMinimum);
    }
    restoreOrder(partners, positions);
    return finished(rc, "partners");
}

bool RowReader::readLinks(std::vector<InfluenceLink> &links) {
    namespace C = Tables::InfluenceLinks;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("influence_links");
        return false;
    }
    const qint64 count = rowCount("influence_links");
    links.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "influence_links");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        InfluenceLink &l = links.emplace_back();
        l.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        l.icpId = cells.reference(C::IcpId);
        l.partnerId = cells.reference(C::PartnerId);
        l.strength = cells.integer(C::Strength, 0, 5);
        l.role = cells.key<LinkRole>(C::Role);
        l.overlappingAccounts = cells.optionalInteger(C::OverlappingAccounts);
        l.notes = cells.text(C::Notes);
    }
    restoreOrder(links, positions);
    return finished(rc, "influence_links");
}

bool RowReader::readDeals(std::vector<OemDeal> &deals) {
    namespace C = Tables::OemDeals;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("oem_deals");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "oem_deals");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        OemDeal &d = deals.emplace_back();
        d.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        d.partnerId = cells.reference(C::PartnerId);
        d.name = cells.text(C::Name);
        d.structure = cells.key<OemStructure>(C::Structure);
        d.needsOfferFaster = cells.boolean(C::NeedsOfferFaster);
        d.technicalLead = cells.boolean(C::TechnicalLead);
        d.reachesNewSegment = cells.boolean(C::ReachesNewSegment);
        d.defendableMargin = cells.boolean(C::DefendableMargin);
        d.perUnitRoyalty = cells.real(C::PerUnitRoyalty);
        d.annualEscalatorPct = cells.real(C::AnnualEscalatorPct);
        d.minimumAnnual = cells.real(C::MinimumAnnual);
        d.setupFee = cells.real(C::SetupFee);
        d.exitClause = cells.text(C::ExitClause);
        d.exclusive = cells.boolean(C::Exclusive);
        d.notes = cells.text(C::Notes);
        d.tierMode = cells.key<RoyaltyTierMode>(C::TierMode);
        d.costPerUnit = cells.real(C::CostPerUnit);
        d.minMarginPerUnit = cells.optionalReal(C::MinMarginPerUnit);
        d.brandOwner = cells.key<Owner>(C::BrandOwner, Owner::Undefined);
        d.roadmapAligned = cells.boolean(C::RoadmapAligned);
        if (d.perUnitRoyalty < 0 || d.costPerUnit < 0 || d.minimumAnnual < 0 || d.setupFee < 0)
            cells.bad(C::PerUnitRoyalty,
                      PortfolioFileTr::tr("royalty amounts must not be negative"));
    }
    restoreOrder(deals, positions);
    return finished(rc, "oem_deals") && readTiers(deals) && readScoreboard(deals) &&
           readVolumes(deals);
}

namespace {
/// Rows by id, for child tables (tiers, scoreboard, weights, overrides) that name their parent.
template <typename T> QHash<Id, T *> rowsById(std::vector<T> &rows) {
    QHash<Id, T *> byId;
    byId.reserve(qsizetype(rows.size()));
    for (T &row : rows)
        byId.insert(row.id, &row);
    return byId;
}
} // namespace

/**
 * Reads the detail rows of `table` into the records they belong to. Column `parent` names the
 * record; a row whose record does not exist is the problem `missing`. With `rowid`, the table's
 * key has several columns, and its rowid (after its own columns) names the row in messages.
 * `read(record, cells, st)` reads one row.
 */
template <typename Record, typename Read>
bool RowReader::readDetails(const Tables::Table &table, const char *tail, bool rowid, int parent,
                            std::vector<Record> &records, const QString &missing, Read read) {
    RowSource st = m_source.rows(table, tail, rowid);
    if (!st.isValid()) {
        prepareFailed(table.name);
        return false;
    }
    const QHash<Id, Record *> byId = rowsById(records);
    Cells cells(*this, st, table.name);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        const qint64 id =
            rowid ? (cells.beginRow(table.count), st.int64(parent)) : cells.beginRow(parent);
        Record *record = byId.value(id);
        if (!record) {
            cells.bad(parent, missing);
            continue;
        }
        read(record, cells, st);
    }
    return finished(rc, table.name);
}

bool RowReader::readTiers(std::vector<OemDeal> &deals) {
    namespace C = Tables::OemRoyaltyTiers;
    return readDetails(
        C::table(), "ORDER BY deal_id, position", false, C::DealId, deals,
        PortfolioFileTr::tr("no OEM deal has this id"),
        [&](OemDeal *deal, Cells &cells, RowSource &) {
            deal->tiers.push_back({cells.integer(C::FromUnits), cells.real(C::PerUnit)});
        });
}

bool RowReader::readScoreboard(std::vector<OemDeal> &deals) {
    namespace C = Tables::OemScoreboard;
    return readDetails(C::table(), "ORDER BY deal_id, position", false, C::DealId, deals,
                       PortfolioFileTr::tr("no OEM deal has this id"),
                       [&](OemDeal *deal, Cells &cells, RowSource &) {
                           ScoreboardEntry &s = deal->scoreboard.emplace_back();
                           s.period = cells.date(C::Period);
                           s.integrationsValidated = cells.integer(C::IntegrationsValidated);
                           s.devicesValidated = cells.integer(C::DevicesValidated);
                           s.coMarketingActivities = cells.integer(C::CoMarketingActivities);
                           s.devicesInField = cells.integer(C::DevicesInField);
                           s.devicesPreloaded = cells.integer(C::DevicesPreloaded);
                       });
}

bool RowReader::readScenarios(std::vector<Scenario> &scenarios) {
    namespace C = Tables::Scenarios;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("scenarios");
        return false;
    }
    // A weight row missing from a file edited elsewhere keeps its model's default weight.
    std::array<WeightProfile, ProfileCount> defaults;
    defaults[size_t(profileIndex(std::nullopt))] = defaultProfile(std::nullopt);
    for (PartnerModel model : enumValues<PartnerModel>())
        defaults[size_t(profileIndex(model))] = defaultProfile(model);
    std::vector<qint64> positions;
    Cells cells(*this, st, "scenarios");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Scenario &s = scenarios.emplace_back();
        s.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        s.name = cells.text(C::Name);
        s.potentialThreshold = cells.real(C::PotentialThreshold);
        s.readinessThreshold = cells.real(C::ReadinessThreshold);
        s.profiles = defaults;
    }
    restoreOrder(scenarios, positions);
    return finished(rc, "scenarios") && readScenarioWeights(scenarios) &&
           readScenarioOverrides(scenarios) && readScenarioJudgments(scenarios);
}

bool RowReader::readScenarioWeights(std::vector<Scenario> &scenarios) {
    // rowid names the row in messages: the table's key has three columns.
    namespace C = Tables::ScenarioWeights;
    return readDetails(
        C::table(), "", true, C::ScenarioId, scenarios,
        PortfolioFileTr::tr("no scenario has this id"),
        [&](Scenario *scenario, Cells &cells, RowSource &) {
            const int problemsBefore = m_problemCount;
            const std::optional<PartnerModel> model = cells.optionalKey<PartnerModel>(C::Model);
            const Criterion criterion = cells.key<Criterion>(C::Criterion);
            const double weight = cells.real(C::Weight);
            if (m_problemCount == problemsBefore)
                scenario->profiles[size_t(profileIndex(model))].setWeight(criterion, weight);
        });
}

bool RowReader::readScenarioOverrides(std::vector<Scenario> &scenarios) {
    namespace C = Tables::ScenarioOverrides;
    return readDetails(C::table(), "ORDER BY scenario_id, position", true, C::ScenarioId, scenarios,
                       PortfolioFileTr::tr("no scenario has this id"),
                       [&](Scenario *scenario, Cells &cells, RowSource &) {
                           QuadrantOverride &o = scenario->overrides.emplace_back();
                           o.partnerId = cells.reference(C::PartnerId);
                           o.quadrant = cells.key<Quadrant>(C::Quadrant);
                           o.note = cells.text(C::Note);
                       });
}

bool RowReader::readSegmentRules(std::vector<SegmentRule> &rules) {
    namespace C = Tables::SegmentRules;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("segment_rules");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "segment_rules");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        SegmentRule &rule = rules.emplace_back();
        rule.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        rule.name = cells.text(C::Name);
        const auto *json = reinterpret_cast<const char *>(st.text(C::Conditions));
        QString error;
        const auto conditions =
            SegmentRuleJson::read(QByteArray(json ? json : "", st.bytes(C::Conditions)), &error);
        if (!conditions) {
            cells.bad(C::Conditions, error);
            continue;
        }
        // An ICP id of a deleted ICP is kept: it matches nobody, and refusing the file over it
        // would lock the user out of a portfolio the application itself saved.
        rule.conditions = *conditions;
    }
    restoreOrder(rules, positions);
    return finished(rc, "segment_rules");
}

bool RowReader::readVolumes(std::vector<OemDeal> &deals) {
    namespace C = Tables::OemVolumes;
    return readDetails(
        C::table(), "ORDER BY deal_id, year", false, C::DealId, deals,
        PortfolioFileTr::tr("no OEM deal has this id"),
        [&](OemDeal *deal, Cells &cells, RowSource &) {
            // Years are 1, 2, 3... without gaps: the volume curve is a list.
            const int year = cells.integer(C::Year, 1, 1000);
            const double units = cells.real(C::Units);
            if (year != int(deal->volumes.size()) + 1) {
                cells.bad(C::Year, PortfolioFileTr::tr("year %1 does not follow year %2")
                                       .arg(year)
                                       .arg(deal->volumes.size()));
                return;
            }
            if (units < 0)
                cells.bad(C::Units, PortfolioFileTr::tr("the number of units is negative"));
            deal->volumes.push_back(units);
        });
}

bool RowReader::readActivities(std::vector<Activity> &activities) {
    activities.reserve(size_t(qMax<qint64>(0, rowCount("activities"))));
    namespace C = Tables::Activities;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("activities");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "activities");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Activity &a = activities.emplace_back();
        a.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        a.partnerId = cells.reference(C::PartnerId);
        a.date = cells.date(C::Date);
        if (!a.date.isValid())
            cells.bad(C::Date, PortfolioFileTr::tr("a date is required"));
        a.kind = cells.key<ActivityKind>(C::Kind);
        a.notes = cells.text(C::Notes);
        a.crm = cells.crm(C::CrmSource, C::CrmId);
    }
    restoreOrder(activities, positions);
    return finished(rc, "activities");
}

bool RowReader::readSalesDeals(std::vector<Deal> &deals) {
    deals.reserve(size_t(qMax<qint64>(0, rowCount("deals"))));
    namespace C = Tables::Deals;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("deals");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "deals");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Deal &d = deals.emplace_back();
        d.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        d.name = cells.text(C::Name);
        d.icpId = cells.reference(C::IcpId);
        d.amount = cells.real(C::Amount);
        if (d.amount < 0)
            cells.bad(C::Amount, PortfolioFileTr::tr("the amount is negative"));
        d.outcome = cells.key<DealOutcome>(C::Outcome);
        d.createdOn = cells.date(C::CreatedOn);
        d.closedOn = cells.date(C::ClosedOn);
        d.stage = cells.text(C::Stage);
        d.leadSource = cells.text(C::LeadSource);
        d.buyer.name = cells.text(C::BuyerName);
        d.buyer.crmId = cells.text(C::BuyerCrmId);
        d.buyer.industry = cells.text(C::BuyerIndustry);
        d.buyer.region = cells.text(C::BuyerRegion);
        d.buyer.employees = cells.optionalInteger(C::BuyerEmployees, 0);
        d.crm = cells.crm(C::CrmSource, C::CrmId);
    }
    restoreOrder(deals, positions);
    return finished(rc, "deals") && readDealPartners(deals);
}

bool RowReader::readDealPartners(std::vector<Deal> &deals) {
    namespace C = Tables::DealPartners;
    return readDetails(C::table(), "ORDER BY deal_id, position", false, C::DealId, deals,
                       PortfolioFileTr::tr("no deal has this id"),
                       [&](Deal *deal, Cells &cells, RowSource &) {
                           DealPartner &p = deal->partners.emplace_back();
                           p.partnerId = cells.reference(C::PartnerId);
                           p.role = cells.key<Attribution>(C::Role);
                           p.crmRole = cells.text(C::CrmRole);
                       });
}

bool RowReader::readRejectedLinks(std::vector<LinkKey> &rejected) {
    namespace C = Tables::RejectedLinks;
    RowSource st = m_source.rows(C::table(), "ORDER BY icp_id, partner_id", false);
    if (!st.isValid()) {
        prepareFailed("rejected_link_suggestions");
        return false;
    }
    Cells cells(*this, st, "rejected_link_suggestions");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        cells.beginRow(C::IcpId);
        // A pair naming a row that is gone means nothing; it is dropped, not a problem.
        rejected.push_back({cells.reference(C::IcpId), cells.reference(C::PartnerId)});
    }
    return finished(rc, "rejected_link_suggestions");
}

// Version 6: the AHP dialog's judgments and the workshop decision log.

bool RowReader::readScenarioJudgments(std::vector<Scenario> &scenarios) {
    namespace C = Tables::ScenarioJudgments;
    // In the order they were written, so that a scenario's judgments keep their order.
    return readDetails(
        C::table(), "ORDER BY rowid", true, C::ScenarioId, scenarios,
        PortfolioFileTr::tr("no scenario has this id"),
        [&](Scenario *scenario, Cells &cells, RowSource &) {
            const int problemsBefore = m_problemCount;
            const std::optional<PartnerModel> model = cells.optionalKey<PartnerModel>(C::Model);
            const Criterion a = cells.key<Criterion>(C::CriterionA);
            const Criterion b = cells.key<Criterion>(C::CriterionB);
            const double value = cells.real(C::Value);
            if (m_problemCount != problemsBefore)
                return;
            const auto &axisCriteria = criteriaOf(axisOf(a));
            const int row =
                int(std::find(axisCriteria.begin(), axisCriteria.end(), a) - axisCriteria.begin());
            const int column =
                int(std::find(axisCriteria.begin(), axisCriteria.end(), b) - axisCriteria.begin());
            if (axisOf(a) != axisOf(b) || row >= column) {
                cells.bad(C::CriterionB,
                          PortfolioFileTr::tr("the criteria are not a pair of one axis in order"));
                return;
            }
            if (!ahp::isSaatyValue(value)) {
                cells.bad(C::Value, PortfolioFileTr::tr("%1 is not a value of Saaty's scale")
                                        .arg(QString::number(value)));
                return;
            }
            const int profile = profileIndex(model);
            AxisJudgments judgments;
            if (const AxisJudgments *existing = scenario->judgmentsFor(profile, axisOf(a)))
                judgments = *existing;
            judgments.profile = profile;
            judgments.axis = axisOf(a);
            judgments.upper[size_t(AxisJudgments::pairIndex(row, column))] =
                ahp::nearestSaaty(value);
            scenario->setJudgments(judgments);
        });
}

bool RowReader::readDecisionLog(std::vector<DecisionRecord> &log) {
    namespace C = Tables::DecisionLog;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("decision_log");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "decision_log");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        DecisionRecord &r = log.emplace_back();
        r.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        r.partnerId = cells.reference(C::PartnerId);
        r.partnerName = cells.text(C::PartnerName);
        const QString at = cells.text(C::RecordedAt);
        r.recordedAt = QDateTime::fromString(at, Qt::ISODate).toUTC();
        if (!r.recordedAt.isValid())
            cells.bad(
                C::RecordedAt,
                PortfolioFileTr::tr("\"%1\" is not an ISO 8601 date and time").arg(at.left(40)));
        r.decision = cells.key<Decision>(C::Decision);
        if (r.decision == Decision::None)
            cells.bad(C::Decision, PortfolioFileTr::tr("a decision is required"));
        r.owner = cells.text(C::Owner);
        r.nextStep = cells.text(C::NextStep);
        r.note = cells.text(C::Note);
        r.scenarioName = cells.text(C::ScenarioName);
        r.quadrant = cells.key<Quadrant>(C::Quadrant);
        r.potential = cells.real(C::Potential);
        r.readiness = cells.real(C::Readiness);
        r.stability = cells.optionalReal(C::Stability);
        r.potentialCr = cells.optionalReal(C::PotentialCr);
        r.readinessCr = cells.optionalReal(C::ReadinessCr);
        r.potentialConsensus = cells.optionalReal(C::PotentialConsensus);
        r.readinessConsensus = cells.optionalReal(C::ReadinessConsensus);
    }
    restoreOrder(log, positions);
    return finished(rc, "decision_log") && readDecisionWeights(log) && readDecisionCrs(log) &&
           readDecisionVotes(log);
}

bool RowReader::readDecisionWeights(std::vector<DecisionRecord> &log) {
    namespace C = Tables::DecisionWeights;
    return readDetails(C::table(), "", true, C::RecordId, log,
                       PortfolioFileTr::tr("no decision record has this id"),
                       [&](DecisionRecord *record, Cells &cells, RowSource &) {
                           const Criterion criterion = cells.key<Criterion>(C::Criterion);
                           record->weights[size_t(criterion)] = cells.real(C::Weight);
                       });
}

bool RowReader::readDecisionCrs(std::vector<DecisionRecord> &log) {
    namespace C = Tables::DecisionCrs;
    return readDetails(
        C::table(), "ORDER BY record_id, position", true, C::RecordId, log,
        PortfolioFileTr::tr("no decision record has this id"),
        [&](DecisionRecord *record, Cells &cells, RowSource &) {
            RecordedConsistency c;
            const QString axis = cells.text(C::Axis);
            if (const std::optional<Axis> parsed = axisFromKey(axis))
                c.axis = *parsed;
            else
                cells.bad(C::Axis,
                          PortfolioFileTr::tr("\"%1\" is not a known key").arg(axis.left(40)));
            c.participant = cells.text(C::Participant);
            c.cr = cells.real(C::Cr);
            record->participantCrs.push_back(c);
        });
}

bool RowReader::readDecisionVotes(std::vector<DecisionRecord> &log) {
    namespace C = Tables::DecisionVotes;
    return readDetails(C::table(), "ORDER BY record_id, position", true, C::RecordId, log,
                       PortfolioFileTr::tr("no decision record has this id"),
                       [&](DecisionRecord *record, Cells &cells, RowSource &) {
                           RecordedVote vote;
                           vote.participant = cells.text(C::Participant);
                           vote.choice = cells.key<Decision>(C::Choice);
                           if (vote.choice == Decision::None)
                               cells.bad(C::Choice,
                                         PortfolioFileTr::tr("a placement vote is required"));
                           record->votes.push_back(vote);
                       });
}

// --- the investment plan (schema version 7) ------------------------------------------------

bool RowReader::readInvestments(std::vector<InvestmentPeriod> &investments) {
    investments.reserve(size_t(qMax<qint64>(0, rowCount("investments"))));
    namespace C = Tables::Investments;
    RowSource st = m_source.rows(C::table(), "", false);
    if (!st.isValid()) {
        prepareFailed("investments");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "investments");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        InvestmentPeriod &i = investments.emplace_back();
        i.id = cells.beginRow();
        positions.push_back(st.int64(C::Position));
        i.partnerId = cells.reference(C::PartnerId);
        i.start = cells.date(C::PeriodStart);
        if (!i.start.isValid())
            cells.bad(C::PeriodStart, PortfolioFileTr::tr("a date is required"));
        i.amount.mdf = cells.real(C::Mdf);
        i.amount.enablement = cells.real(C::Enablement);
        i.amount.incentives = cells.real(C::Incentives);
        i.amount.technicalSupport = cells.real(C::TechSupport);
        const std::pair<int, double> amounts[] = {{C::Mdf, i.amount.mdf},
                                                  {C::Enablement, i.amount.enablement},
                                                  {C::Incentives, i.amount.incentives},
                                                  {C::TechSupport, i.amount.technicalSupport}};
        for (const auto &[column, value] : amounts)
            if (value < 0)
                cells.bad(column, PortfolioFileTr::tr("the amount is negative"));
    }
    restoreOrder(investments, positions);
    return finished(rc, "investments");
}

namespace {

/// A curve stored as six columns from `first` on (a, s, baseline, sd ln a, sd ln s,
/// correlation): none when a is NULL.
std::optional<CurveSetting> readCurve(Cells &cells, const RowSource &st, int first) {
    if (st.type(first) == SQLITE_NULL)
        return std::nullopt;
    CurveSetting c;
    c.a = cells.real(first);
    c.s = cells.real(first + 1);
    c.baseline = cells.real(first + 2);
    c.sdLogA = cells.real(first + 3);
    c.sdLogS = cells.real(first + 4);
    c.correlation = cells.real(first + 5);
    if (!c.isValid())
        cells.bad(first, PortfolioFileTr::tr("the curve's figures are out of range"));
    return c;
}

} // namespace

bool RowReader::readPlans(std::vector<ScenarioPlan> &plans,
                          const std::vector<Scenario> &scenarios) {
    namespace C = Tables::Plans;
    RowSource st = m_source.rows(C::table(), "ORDER BY id", false);
    if (!st.isValid()) {
        prepareFailed("plans");
        return false;
    }
    QSet<Id> scenarioIds;
    for (const Scenario &s : scenarios)
        scenarioIds.insert(s.id);
    Cells cells(*this, st, "plans");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        ScenarioPlan &p = plans.emplace_back();
        p.id = cells.beginRow();
        p.scenarioId = cells.reference(C::ScenarioId);
        if (!scenarioIds.contains(p.scenarioId) && !m_source.partial())
            cells.bad(C::ScenarioId, PortfolioFileTr::tr("no scenario has this id"));
        p.budget = cells.real(C::Budget);
        p.objective = cells.key<PlanObjective>(C::Objective);
        p.marginRate = cells.real(C::MarginRate);
        p.minPerPartner = cells.real(C::MinPerPartner);
        p.maxPerPartner = cells.optionalReal(C::MaxPerPartner);
        p.policies = {
            cells.key<PlanPolicy>(C::PolicyInvest), cells.key<PlanPolicy>(C::PolicyDevelop),
            cells.key<PlanPolicy>(C::PolicyMaintain), cells.key<PlanPolicy>(C::PolicyDeprioritize)};
        p.revenueTarget = cells.real(C::RevenueTarget);
        p.targetDate = cells.date(C::TargetDate);
    }
    if (!finished(rc, "plans") || !readPlanPartners(plans) || !readPlanGroups(plans))
        return false;
    for (const ScenarioPlan &plan : plans)
        for (const QString &problem : planProblems(plan))
            addProblem(problem);
    return true;
}

bool RowReader::readPlanPartners(std::vector<ScenarioPlan> &plans) {
    namespace C = Tables::PlanPartners;
    return readDetails(C::table(), "ORDER BY plan_id, partner_id", true, C::PlanId, plans,
                       PortfolioFileTr::tr("no plan has this id"),
                       [&](ScenarioPlan *plan, Cells &cells, RowSource &st) {
                           PlanPartnerSetting s;
                           s.partnerId = cells.reference(C::PartnerId);
                           s.fixed = cells.optionalReal(C::Fixed);
                           s.minimum = cells.optionalReal(C::Minimum);
                           s.maximum = cells.optionalReal(C::Maximum);
                           s.edited = cells.optionalReal(C::Edited);
                           s.curve = readCurve(cells, st, C::CurveA);
                           // Rows come sorted by partner, so the list stays sorted; a row that sets
                           // nothing is dropped as the application would.
                           if (!s.isEmpty())
                               plan->partners.push_back(s);
                       });
}

bool RowReader::readPlanGroups(std::vector<ScenarioPlan> &plans) {
    namespace C = Tables::PlanGroups;
    return readDetails(C::table(), "ORDER BY plan_id, position", true, C::PlanId, plans,
                       PortfolioFileTr::tr("no plan has this id"),
                       [&](ScenarioPlan *plan, Cells &cells, RowSource &st) {
                           PlanGroupSetting &g = plan->groups.emplace_back();
                           g.model = cells.optionalKey<PartnerModel>(C::Model);
                           g.segmentRuleId = cells.reference(C::SegmentRuleId);
                           g.minShare = cells.optionalReal(C::MinShare);
                           g.curve = readCurve(cells, st, C::CurveA);
                       });
}

} // namespace ps
