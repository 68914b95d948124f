// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>

/// The columns of every table of the current schema, in one place (in the spirit of KMyMoney's
/// `mymoneydbdef.cpp`). The reader selects, and the writer inserts, exactly these columns in
/// this order; each table's column enum comes from the same list, so a column index cannot
/// drift from the statement text. Migrations keep their frozen DDL (schema.cpp); a test checks
/// that a file migrated to the current version has exactly the columns listed here.
///
/// Each list entry is X(Enumerator, "sql_name", type, "constraint"), where type is how the value
/// is stored: Id (an integer row id), Int, Real, Text, Date (ISO text), Key (an enumeration's text
/// key), List ("; "-joined text), Bool (0/1), Json (text) or Version (the row version of an
/// entity table: team portfolios on PostgreSQL bump it on every change, for optimistic
/// concurrency; a file keeps whatever it was given, and the domain never sees it).
namespace ps::Tables {

enum class Type { Id, Int, Real, Text, Date, Key, List, Bool, Json, Version };

struct Column {
    const char *name;
    Type type;
    const char *constraint; ///< NOT NULL, DEFAULT, REFERENCES ... as in the DDL
};

struct Table {
    const char *name;
    const Column *columns;
    int count;
    const char *constraints; ///< table constraints such as a composite PRIMARY KEY, or ""
};

// clang-format off
#define PS_TABLE_META(X) \
    X(Key, "key", Text, "PRIMARY KEY NOT NULL") \
    X(Value, "value", Text, "")

#define PS_TABLE_PORTFOLIO(X) \
    X(Id, "id", Id, "PRIMARY KEY CHECK (id = 1)") \
    X(Name, "name", Text, "NOT NULL DEFAULT ''") \
    X(Organization, "organization", Text, "NOT NULL DEFAULT ''") \
    X(Currency, "currency", Text, "NOT NULL DEFAULT 'USD'") \
    X(FiscalYear, "fiscal_year", Int, "") \
    X(Notes, "notes", Text, "NOT NULL DEFAULT ''") \
    X(ActiveScenarioId, "active_scenario_id", Id, "") \
    X(MinClosedDeals, "min_closed_deals", Int, "NOT NULL DEFAULT 10") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_ICPS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(Name, "name", Text, "NOT NULL") \
    X(Description, "description", Text, "NOT NULL DEFAULT ''") \
    X(Industries, "industries", List, "NOT NULL DEFAULT ''") \
    X(SizeBand, "size_band", Text, "NOT NULL DEFAULT ''") \
    X(Regions, "regions", List, "NOT NULL DEFAULT ''") \
    X(BuyerRoles, "buyer_roles", List, "NOT NULL DEFAULT ''") \
    X(PriorityWeight, "priority_weight", Real, "NOT NULL DEFAULT 1") \
    X(TargetAccounts, "target_accounts", Int, "NOT NULL DEFAULT 0") \
    X(AverageDealSize, "average_deal_size", Real, "NOT NULL DEFAULT 0") \
    X(CrmSource, "crm_source", Key, "") \
    X(CrmId, "crm_id", Text, "NOT NULL DEFAULT ''") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_PARTNERS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(Name, "name", Text, "NOT NULL") \
    X(Website, "website", Text, "NOT NULL DEFAULT ''") \
    X(Model, "model", Key, "") \
    X(Status, "status", Key, "NOT NULL DEFAULT 'prospect'") \
    X(Tier, "tier", Key, "") \
    X(Regions, "regions", List, "NOT NULL DEFAULT ''") \
    X(Industries, "industries", List, "NOT NULL DEFAULT ''") \
    X(UpstreamId, "upstream_id", Id, "REFERENCES partners (id) ON DELETE SET NULL") \
    X(RatingMarketReach, "rating_market_reach", Int, "") \
    X(RatingStrategicFit, "rating_strategic_fit", Int, "") \
    X(RatingCapability, "rating_capability", Int, "") \
    X(RatingCommitment, "rating_commitment", Int, "") \
    X(RatingCostToServe, "rating_cost_to_serve", Int, "") \
    X(Certifications, "certifications", Int, "NOT NULL DEFAULT 0") \
    X(SourcedRevenue, "sourced_revenue", Real, "NOT NULL DEFAULT 0") \
    X(InfluencedRevenue, "influenced_revenue", Real, "NOT NULL DEFAULT 0") \
    X(Pipeline, "pipeline", Real, "NOT NULL DEFAULT 0") \
    X(DealsWon, "deals_won", Int, "NOT NULL DEFAULT 0") \
    X(DealsLost, "deals_lost", Int, "NOT NULL DEFAULT 0") \
    X(InvestmentMdf, "investment_mdf", Real, "NOT NULL DEFAULT 0") \
    X(InvestmentEnablement, "investment_enablement", Real, "NOT NULL DEFAULT 0") \
    X(InvestmentIncentives, "investment_incentives", Real, "NOT NULL DEFAULT 0") \
    X(InvestmentTechSupport, "investment_tech_support", Real, "NOT NULL DEFAULT 0") \
    X(EnrolledOn, "enrolled_on", Date, "") \
    X(FirstCommercialOn, "first_commercial_on", Date, "") \
    X(Notes, "notes", Text, "NOT NULL DEFAULT ''") \
    X(Decision, "decision", Key, "") \
    X(DecisionOwner, "decision_owner", Text, "NOT NULL DEFAULT ''") \
    X(NextStep, "next_step", Text, "NOT NULL DEFAULT ''") \
    X(JcmPricingAgreed, "jcm_pricing_agreed", Bool, "NOT NULL DEFAULT 0") \
    X(JcmSupport, "jcm_support", Key, "") \
    X(JcmCustomerSuccess, "jcm_customer_success", Key, "") \
    X(JcmRenewal, "jcm_renewal", Key, "") \
    X(CrmSource, "crm_source", Key, "") \
    X(CrmId, "crm_id", Text, "NOT NULL DEFAULT ''") \
    X(ContractMinimum, "contract_minimum", Real, "NOT NULL DEFAULT 0") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_INFLUENCE_LINKS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(IcpId, "icp_id", Id, "NOT NULL REFERENCES icps (id) ON DELETE CASCADE") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Strength, "strength", Int, "NOT NULL") \
    X(Role, "role", Key, "NOT NULL") \
    X(OverlappingAccounts, "overlapping_accounts", Int, "") \
    X(Notes, "notes", Text, "NOT NULL DEFAULT ''") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_OEM_DEALS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Name, "name", Text, "NOT NULL DEFAULT ''") \
    X(Structure, "structure", Key, "NOT NULL") \
    X(NeedsOfferFaster, "needs_offer_faster", Bool, "NOT NULL DEFAULT 0") \
    X(TechnicalLead, "technical_lead", Bool, "NOT NULL DEFAULT 0") \
    X(ReachesNewSegment, "reaches_new_segment", Bool, "NOT NULL DEFAULT 0") \
    X(DefendableMargin, "defendable_margin", Bool, "NOT NULL DEFAULT 0") \
    X(PerUnitRoyalty, "per_unit_royalty", Real, "NOT NULL DEFAULT 0") \
    X(AnnualEscalatorPct, "annual_escalator_pct", Real, "NOT NULL DEFAULT 0") \
    X(MinimumAnnual, "minimum_annual", Real, "NOT NULL DEFAULT 0") \
    X(SetupFee, "setup_fee", Real, "NOT NULL DEFAULT 0") \
    X(ExitClause, "exit_clause", Text, "NOT NULL DEFAULT ''") \
    X(Exclusive, "exclusive", Bool, "NOT NULL DEFAULT 0") \
    X(Notes, "notes", Text, "NOT NULL DEFAULT ''") \
    X(TierMode, "tier_mode", Key, "NOT NULL DEFAULT 'marginal'") \
    X(CostPerUnit, "cost_per_unit", Real, "NOT NULL DEFAULT 0") \
    X(MinMarginPerUnit, "min_margin_per_unit", Real, "") \
    X(BrandOwner, "brand_owner", Key, "") \
    X(RoadmapAligned, "roadmap_aligned", Bool, "NOT NULL DEFAULT 0") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_OEM_ROYALTY_TIERS(X) \
    X(DealId, "deal_id", Id, "NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(FromUnits, "from_units", Int, "NOT NULL") \
    X(PerUnit, "per_unit", Real, "NOT NULL")

#define PS_TABLE_OEM_SCOREBOARD(X) \
    X(DealId, "deal_id", Id, "NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(Period, "period", Date, "") \
    X(IntegrationsValidated, "integrations_validated", Int, "NOT NULL DEFAULT 0") \
    X(DevicesValidated, "devices_validated", Int, "NOT NULL DEFAULT 0") \
    X(CoMarketingActivities, "co_marketing_activities", Int, "NOT NULL DEFAULT 0") \
    X(DevicesInField, "devices_in_field", Int, "NOT NULL DEFAULT 0") \
    X(DevicesPreloaded, "devices_preloaded", Int, "NOT NULL DEFAULT 0")

#define PS_TABLE_SCENARIOS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(Name, "name", Text, "NOT NULL") \
    X(PotentialThreshold, "potential_threshold", Real, "NOT NULL DEFAULT 50") \
    X(ReadinessThreshold, "readiness_threshold", Real, "NOT NULL DEFAULT 50") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_SCENARIO_WEIGHTS(X) \
    X(ScenarioId, "scenario_id", Id, "NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE") \
    X(Model, "model", Key, "NOT NULL") \
    X(Criterion, "criterion", Key, "NOT NULL") \
    X(Weight, "weight", Real, "NOT NULL")

#define PS_TABLE_SCENARIO_OVERRIDES(X) \
    X(ScenarioId, "scenario_id", Id, "NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Quadrant, "quadrant", Key, "NOT NULL") \
    X(Note, "note", Text, "NOT NULL DEFAULT ''")

#define PS_TABLE_SEGMENT_RULES(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(Name, "name", Text, "NOT NULL") \
    X(Conditions, "conditions", Json, "NOT NULL DEFAULT '[]'") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_OEM_VOLUMES(X) \
    X(DealId, "deal_id", Id, "NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE") \
    X(Year, "year", Int, "NOT NULL") \
    X(Units, "units", Real, "NOT NULL")

#define PS_TABLE_ACTIVITIES(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Date, "date", Date, "NOT NULL") \
    X(Kind, "kind", Key, "NOT NULL") \
    X(Notes, "notes", Text, "NOT NULL DEFAULT ''") \
    X(CrmSource, "crm_source", Key, "") \
    X(CrmId, "crm_id", Text, "NOT NULL DEFAULT ''") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_DEALS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(Name, "name", Text, "NOT NULL DEFAULT ''") \
    X(IcpId, "icp_id", Id, "REFERENCES icps (id) ON DELETE SET NULL") \
    X(Amount, "amount", Real, "NOT NULL DEFAULT 0") \
    X(Outcome, "outcome", Key, "NOT NULL") \
    X(CreatedOn, "created_on", Date, "") \
    X(ClosedOn, "closed_on", Date, "") \
    X(Stage, "stage", Text, "NOT NULL DEFAULT ''") \
    X(LeadSource, "lead_source", Text, "NOT NULL DEFAULT ''") \
    X(BuyerName, "buyer_name", Text, "NOT NULL DEFAULT ''") \
    X(BuyerCrmId, "buyer_crm_id", Text, "NOT NULL DEFAULT ''") \
    X(BuyerIndustry, "buyer_industry", Text, "NOT NULL DEFAULT ''") \
    X(BuyerRegion, "buyer_region", Text, "NOT NULL DEFAULT ''") \
    X(BuyerEmployees, "buyer_employees", Int, "") \
    X(CrmSource, "crm_source", Key, "") \
    X(CrmId, "crm_id", Text, "NOT NULL DEFAULT ''") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_SCENARIO_JUDGMENTS(X) \
    X(ScenarioId, "scenario_id", Id, "NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE") \
    X(Model, "model", Key, "NOT NULL") \
    X(CriterionA, "criterion_a", Key, "NOT NULL") \
    X(CriterionB, "criterion_b", Key, "NOT NULL") \
    X(Value, "value", Real, "NOT NULL")

#define PS_TABLE_DECISION_LOG(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "REFERENCES partners (id) ON DELETE SET NULL") \
    X(PartnerName, "partner_name", Text, "NOT NULL DEFAULT ''") \
    X(RecordedAt, "recorded_at", Text, "NOT NULL") \
    X(Decision, "decision", Key, "NOT NULL") \
    X(Owner, "owner", Text, "NOT NULL DEFAULT ''") \
    X(NextStep, "next_step", Text, "NOT NULL DEFAULT ''") \
    X(Note, "note", Text, "NOT NULL DEFAULT ''") \
    X(ScenarioName, "scenario_name", Text, "NOT NULL DEFAULT ''") \
    X(Quadrant, "quadrant", Key, "NOT NULL") \
    X(Potential, "potential", Real, "NOT NULL") \
    X(Readiness, "readiness", Real, "NOT NULL") \
    X(Stability, "stability", Real, "") \
    X(PotentialCr, "potential_cr", Real, "") \
    X(ReadinessCr, "readiness_cr", Real, "") \
    X(PotentialConsensus, "potential_consensus", Real, "") \
    X(ReadinessConsensus, "readiness_consensus", Real, "") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_DECISION_WEIGHTS(X) \
    X(RecordId, "record_id", Id, "NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE") \
    X(Criterion, "criterion", Key, "NOT NULL") \
    X(Weight, "weight", Real, "NOT NULL")

#define PS_TABLE_DECISION_CRS(X) \
    X(RecordId, "record_id", Id, "NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(Axis, "axis", Key, "NOT NULL") \
    X(Participant, "participant", Text, "NOT NULL") \
    X(Cr, "cr", Real, "NOT NULL")

#define PS_TABLE_DECISION_VOTES(X) \
    X(RecordId, "record_id", Id, "NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(Participant, "participant", Text, "NOT NULL") \
    X(Choice, "choice", Key, "NOT NULL")

#define PS_TABLE_DEAL_PARTNERS(X) \
    X(DealId, "deal_id", Id, "NOT NULL REFERENCES deals (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Role, "role", Key, "NOT NULL") \
    X(CrmRole, "crm_role", Text, "NOT NULL DEFAULT ''")

#define PS_TABLE_REJECTED_LINKS(X) \
    X(IcpId, "icp_id", Id, "NOT NULL REFERENCES icps (id) ON DELETE CASCADE") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE")

#define PS_TABLE_INVESTMENTS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(PeriodStart, "period_start", Date, "NOT NULL") \
    X(Mdf, "mdf", Real, "NOT NULL DEFAULT 0") \
    X(Enablement, "enablement", Real, "NOT NULL DEFAULT 0") \
    X(Incentives, "incentives", Real, "NOT NULL DEFAULT 0") \
    X(TechSupport, "tech_support", Real, "NOT NULL DEFAULT 0") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_PLANS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(ScenarioId, "scenario_id", Id, "NOT NULL UNIQUE REFERENCES scenarios (id) ON DELETE CASCADE") \
    X(Budget, "budget", Real, "NOT NULL DEFAULT 0") \
    X(Objective, "objective", Key, "NOT NULL DEFAULT 'revenue'") \
    X(MarginRate, "margin_rate", Real, "NOT NULL DEFAULT 1") \
    X(MinPerPartner, "min_per_partner", Real, "NOT NULL DEFAULT 0") \
    X(MaxPerPartner, "max_per_partner", Real, "") \
    X(PolicyInvest, "policy_invest", Key, "NOT NULL DEFAULT 'optimize'") \
    X(PolicyDevelop, "policy_develop", Key, "NOT NULL DEFAULT 'optimize'") \
    X(PolicyMaintain, "policy_maintain", Key, "NOT NULL DEFAULT 'optimize'") \
    X(PolicyDeprioritize, "policy_deprioritize", Key, "NOT NULL DEFAULT 'contract_minimum'") \
    X(RevenueTarget, "revenue_target", Real, "NOT NULL DEFAULT 0") \
    X(TargetDate, "target_date", Date, "") \
    X(RowVersion, "row_version", Version, "NOT NULL DEFAULT 1")

#define PS_TABLE_PLAN_PARTNERS(X) \
    X(PlanId, "plan_id", Id, "NOT NULL REFERENCES plans (id) ON DELETE CASCADE") \
    X(PartnerId, "partner_id", Id, "NOT NULL REFERENCES partners (id) ON DELETE CASCADE") \
    X(Fixed, "fixed", Real, "") \
    X(Minimum, "minimum", Real, "") \
    X(Maximum, "maximum", Real, "") \
    X(Edited, "edited", Real, "") \
    X(CurveA, "curve_a", Real, "") \
    X(CurveS, "curve_s", Real, "") \
    X(CurveBaseline, "curve_baseline", Real, "") \
    X(CurveSdLogA, "curve_sd_log_a", Real, "") \
    X(CurveSdLogS, "curve_sd_log_s", Real, "") \
    X(CurveCorrelation, "curve_correlation", Real, "")

#define PS_TABLE_PLAN_GROUPS(X) \
    X(PlanId, "plan_id", Id, "NOT NULL REFERENCES plans (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(Model, "model", Key, "") \
    X(SegmentRuleId, "segment_rule_id", Id, "") \
    X(MinShare, "min_share", Real, "") \
    X(CurveA, "curve_a", Real, "") \
    X(CurveS, "curve_s", Real, "") \
    X(CurveBaseline, "curve_baseline", Real, "") \
    X(CurveSdLogA, "curve_sd_log_a", Real, "") \
    X(CurveSdLogS, "curve_sd_log_s", Real, "") \
    X(CurveCorrelation, "curve_correlation", Real, "")
// Account mapping (issue 15, format 10; status_rules format 11).
#define PS_TABLE_ACCOUNT_LISTS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(Position, "position", Int, "NOT NULL") \
    X(PartnerId, "partner_id", Id, "REFERENCES partners (id) ON DELETE CASCADE") \
    X(ImportedOn, "imported_on", Date, "NOT NULL") \
    X(SourceName, "source_name", Text, "NOT NULL DEFAULT ''") \
    X(DeclaredTotal, "declared_total", Int, "") \
    X(StatusRules, "status_rules", Text, "NOT NULL DEFAULT ''")

#define PS_TABLE_ACCOUNTS(X) \
    X(ListId, "list_id", Id, "NOT NULL REFERENCES account_lists (id) ON DELETE CASCADE") \
    X(Position, "position", Int, "NOT NULL") \
    X(CrmSource, "crm_source", Text, "NOT NULL DEFAULT ''") \
    X(CrmId, "crm_id", Text, "NOT NULL DEFAULT ''") \
    X(Name, "name", Text, "NOT NULL DEFAULT ''") \
    X(Website, "website", Text, "NOT NULL DEFAULT ''") \
    X(DomainKey, "domain_key", Text, "NOT NULL DEFAULT ''") \
    X(NameKey, "name_key", Text, "NOT NULL DEFAULT ''") \
    X(Status, "status", Key, "NOT NULL") \
    X(Industry, "industry", Text, "NOT NULL DEFAULT ''") \
    X(Employees, "employees", Int, "") \
    X(Country, "country", Text, "NOT NULL DEFAULT ''") \
    X(OpenPipeline, "open_pipeline", Real, "NOT NULL DEFAULT 0")

#define PS_TABLE_PSI_SESSIONS(X) \
    X(Id, "id", Id, "PRIMARY KEY") \
    X(SessionId, "session_id", Text, "NOT NULL UNIQUE") \
    X(Session, "session", Text, "NOT NULL")

#define PS_TABLE_PSI_ANSWERED_OFFERS(X) \
    X(SessionId, "session_id", Text, "PRIMARY KEY NOT NULL") \
    X(AnsweredAt, "answered_at", Text, "NOT NULL")
// clang-format on

#define PS_COLUMN_ENUMERATOR(id, name, type, constraint) id,
#define PS_DECLARE_TABLE(ns, LIST)                                                                 \
    namespace ns {                                                                                 \
    enum Columns : int { LIST(PS_COLUMN_ENUMERATOR) Count };                                       \
    const Table &table();                                                                          \
    }

PS_DECLARE_TABLE(Meta, PS_TABLE_META)
PS_DECLARE_TABLE(Portfolio, PS_TABLE_PORTFOLIO)
PS_DECLARE_TABLE(Icps, PS_TABLE_ICPS)
PS_DECLARE_TABLE(Partners, PS_TABLE_PARTNERS)
PS_DECLARE_TABLE(InfluenceLinks, PS_TABLE_INFLUENCE_LINKS)
PS_DECLARE_TABLE(OemDeals, PS_TABLE_OEM_DEALS)
PS_DECLARE_TABLE(OemRoyaltyTiers, PS_TABLE_OEM_ROYALTY_TIERS)
PS_DECLARE_TABLE(OemScoreboard, PS_TABLE_OEM_SCOREBOARD)
PS_DECLARE_TABLE(Scenarios, PS_TABLE_SCENARIOS)
PS_DECLARE_TABLE(ScenarioWeights, PS_TABLE_SCENARIO_WEIGHTS)
PS_DECLARE_TABLE(ScenarioOverrides, PS_TABLE_SCENARIO_OVERRIDES)
PS_DECLARE_TABLE(SegmentRules, PS_TABLE_SEGMENT_RULES)
PS_DECLARE_TABLE(OemVolumes, PS_TABLE_OEM_VOLUMES)
PS_DECLARE_TABLE(Activities, PS_TABLE_ACTIVITIES)
PS_DECLARE_TABLE(Deals, PS_TABLE_DEALS)
PS_DECLARE_TABLE(ScenarioJudgments, PS_TABLE_SCENARIO_JUDGMENTS)
PS_DECLARE_TABLE(DecisionLog, PS_TABLE_DECISION_LOG)
PS_DECLARE_TABLE(DecisionWeights, PS_TABLE_DECISION_WEIGHTS)
PS_DECLARE_TABLE(DecisionCrs, PS_TABLE_DECISION_CRS)
PS_DECLARE_TABLE(DecisionVotes, PS_TABLE_DECISION_VOTES)
PS_DECLARE_TABLE(DealPartners, PS_TABLE_DEAL_PARTNERS)
PS_DECLARE_TABLE(RejectedLinks, PS_TABLE_REJECTED_LINKS)
PS_DECLARE_TABLE(Investments, PS_TABLE_INVESTMENTS)
PS_DECLARE_TABLE(Plans, PS_TABLE_PLANS)
PS_DECLARE_TABLE(PlanPartners, PS_TABLE_PLAN_PARTNERS)
PS_DECLARE_TABLE(PlanGroups, PS_TABLE_PLAN_GROUPS)
PS_DECLARE_TABLE(AccountLists, PS_TABLE_ACCOUNT_LISTS)
PS_DECLARE_TABLE(Accounts, PS_TABLE_ACCOUNTS)
PS_DECLARE_TABLE(PsiSessions, PS_TABLE_PSI_SESSIONS)
PS_DECLARE_TABLE(PsiAnsweredOffers, PS_TABLE_PSI_ANSWERED_OFFERS)

#undef PS_DECLARE_TABLE

/// Every table of the current schema, in the order a save writes them (parents first).
const Table *const *all(int *count);

/// `SELECT <every column> FROM <table> <tail>`; with `rowid`, SQLite's rowid is appended as an
/// extra last column (index `count`), for tables whose key has several columns.
QByteArray selectSql(const Table &table, const char *tail = "", bool rowid = false);

/// `INSERT INTO <table> (<every column>) VALUES (?1, ..., ?n)`: column c binds parameter c + 1.
QByteArray insertSql(const Table &table);

/// The current-version `CREATE TABLE` statement (without IF NOT EXISTS), for documentation
/// checks and for engines that create the current schema in one step.
QByteArray createSql(const Table &table);

} // namespace ps::Tables
