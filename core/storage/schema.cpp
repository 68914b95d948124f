// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include "core/storage/portfoliofile.h"
#include "core/storage/sqlitedb.h"

#include <sqlite3.h>

#include <algorithm>

namespace ps::Schema {
namespace {

// Version 1: the portfolio, its ICPs, partners and influence links. `position` keeps the display
// order; ids are the entities' own stable ids. Enumerations are text keys (enums.cpp), lists are
// items joined with "; ", dates are ISO YYYY-MM-DD, absent optional values are NULL.
const char *const v1Tables = R"sql(
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE IF NOT EXISTS portfolio (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    name         TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    currency     TEXT NOT NULL DEFAULT 'USD',
    fiscal_year  INTEGER,
    notes        TEXT NOT NULL DEFAULT ''
);
INSERT OR IGNORE INTO portfolio (id) VALUES (1);
CREATE TABLE IF NOT EXISTS icps (
    id                INTEGER PRIMARY KEY,
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    industries        TEXT NOT NULL DEFAULT '',
    size_band         TEXT NOT NULL DEFAULT '',
    regions           TEXT NOT NULL DEFAULT '',
    buyer_roles       TEXT NOT NULL DEFAULT '',
    priority_weight   REAL NOT NULL DEFAULT 1,
    target_accounts   INTEGER NOT NULL DEFAULT 0,
    average_deal_size REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS partners (
    id                       INTEGER PRIMARY KEY,
    position                 INTEGER NOT NULL,
    name                     TEXT NOT NULL,
    website                  TEXT NOT NULL DEFAULT '',
    model                    TEXT,
    status                   TEXT NOT NULL DEFAULT 'prospect',
    tier                     TEXT,
    regions                  TEXT NOT NULL DEFAULT '',
    industries               TEXT NOT NULL DEFAULT '',
    upstream_id              INTEGER REFERENCES partners (id) ON DELETE SET NULL,
    rating_market_reach      INTEGER,
    rating_strategic_fit     INTEGER,
    rating_capability        INTEGER,
    rating_commitment        INTEGER,
    rating_cost_to_serve     INTEGER,
    certifications           INTEGER NOT NULL DEFAULT 0,
    sourced_revenue          REAL NOT NULL DEFAULT 0,
    influenced_revenue       REAL NOT NULL DEFAULT 0,
    pipeline                 REAL NOT NULL DEFAULT 0,
    deals_won                INTEGER NOT NULL DEFAULT 0,
    deals_lost               INTEGER NOT NULL DEFAULT 0,
    investment_mdf           REAL NOT NULL DEFAULT 0,
    investment_enablement    REAL NOT NULL DEFAULT 0,
    investment_incentives    REAL NOT NULL DEFAULT 0,
    investment_tech_support  REAL NOT NULL DEFAULT 0,
    enrolled_on              TEXT,
    first_commercial_on      TEXT,
    notes                    TEXT NOT NULL DEFAULT '',
    decision                 TEXT,
    decision_owner           TEXT NOT NULL DEFAULT '',
    next_step                TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS influence_links (
    id                   INTEGER PRIMARY KEY,
    position             INTEGER NOT NULL,
    icp_id               INTEGER NOT NULL REFERENCES icps (id) ON DELETE CASCADE,
    partner_id           INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    strength             INTEGER NOT NULL,
    role                 TEXT NOT NULL,
    overlapping_accounts INTEGER,
    notes                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS influence_links_icp ON influence_links (icp_id);
CREATE INDEX IF NOT EXISTS influence_links_partner ON influence_links (partner_id);
CREATE INDEX IF NOT EXISTS partners_upstream ON partners (upstream_id);
)sql";

// Version 2: OEM deals (seed 000) and the joint commercial model of seed 001.
const char *const v2Tables = R"sql(
CREATE TABLE IF NOT EXISTS oem_deals (
    id                    INTEGER PRIMARY KEY,
    position              INTEGER NOT NULL,
    partner_id            INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    name                  TEXT NOT NULL DEFAULT '',
    structure             TEXT NOT NULL,
    needs_offer_faster    INTEGER NOT NULL DEFAULT 0,
    technical_lead        INTEGER NOT NULL DEFAULT 0,
    reaches_new_segment   INTEGER NOT NULL DEFAULT 0,
    defendable_margin     INTEGER NOT NULL DEFAULT 0,
    per_unit_royalty      REAL NOT NULL DEFAULT 0,
    annual_escalator_pct  REAL NOT NULL DEFAULT 0,
    minimum_annual        REAL NOT NULL DEFAULT 0,
    setup_fee             REAL NOT NULL DEFAULT 0,
    exit_clause           TEXT NOT NULL DEFAULT '',
    exclusive             INTEGER NOT NULL DEFAULT 0,
    notes                 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS oem_deals_partner ON oem_deals (partner_id);
CREATE TABLE IF NOT EXISTS oem_royalty_tiers (
    deal_id    INTEGER NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    from_units INTEGER NOT NULL,
    per_unit   REAL NOT NULL,
    PRIMARY KEY (deal_id, position)
);
CREATE TABLE IF NOT EXISTS oem_scoreboard (
    deal_id                 INTEGER NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE,
    position                INTEGER NOT NULL,
    period                  TEXT,
    integrations_validated  INTEGER NOT NULL DEFAULT 0,
    devices_validated       INTEGER NOT NULL DEFAULT 0,
    co_marketing_activities INTEGER NOT NULL DEFAULT 0,
    devices_in_field        INTEGER NOT NULL DEFAULT 0,
    devices_preloaded       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deal_id, position)
);
)sql";

// Version 3: scenarios (issue 3). A scenario's weights are one row per profile and criterion:
// `model` is a partner model key, or '' for the neutral profile of unclassified partners.
// The active scenario is a column of portfolio, checked by ps::validate rather than a foreign
// key, so a file edited elsewhere cannot make saving fail.
const char *const v3Tables = R"sql(
CREATE TABLE IF NOT EXISTS scenarios (
    id                  INTEGER PRIMARY KEY,
    position            INTEGER NOT NULL,
    name                TEXT NOT NULL,
    potential_threshold REAL NOT NULL DEFAULT 50,
    readiness_threshold REAL NOT NULL DEFAULT 50
);
CREATE TABLE IF NOT EXISTS scenario_weights (
    scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    model       TEXT NOT NULL,
    criterion   TEXT NOT NULL,
    weight      REAL NOT NULL,
    PRIMARY KEY (scenario_id, model, criterion)
);
CREATE TABLE IF NOT EXISTS scenario_overrides (
    scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    partner_id  INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    quadrant    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scenario_id, position)
);
CREATE INDEX IF NOT EXISTS scenario_overrides_partner ON scenario_overrides (partner_id);
)sql";

// Version 4: saved segment rules (issue 5). The conditions are one JSON array per rule, readable
// text that other tools can edit (storage/segmentrulejson.h describes it); loading checks it.
const char *const v4Tables = R"sql(
CREATE TABLE IF NOT EXISTS segment_rules (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '[]'
);
)sql";

const char *const v5Tables = R"sql(
CREATE TABLE IF NOT EXISTS oem_volumes (
    deal_id INTEGER NOT NULL REFERENCES oem_deals (id) ON DELETE CASCADE,
    year    INTEGER NOT NULL,
    units   REAL NOT NULL,
    PRIMARY KEY (deal_id, year)
);
CREATE TABLE IF NOT EXISTS activities (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS activities_partner ON activities (partner_id);
CREATE TABLE IF NOT EXISTS deals (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    partner_id INTEGER REFERENCES partners (id) ON DELETE SET NULL,
    icp_id     INTEGER REFERENCES icps (id) ON DELETE SET NULL,
    amount     REAL NOT NULL DEFAULT 0,
    outcome    TEXT NOT NULL,
    created_on TEXT,
    closed_on  TEXT
);
)sql";

// Version 6: workshop evidence (issue 17) and the AHP dialog's judgments (issue 14).
// scenario_judgments keeps, per scenario and weight profile (`model` as in scenario_weights),
// the pairwise judgments an axis's weights were last derived from: one row per pair, a before b
// in criterion order, `value` a Saaty scale value. decision_log holds every decision recorded in
// a workshop with the evidence of that moment; its child tables hold the weights, the
// participants' consistency ratios and the placement votes.
const char *const v6Tables = R"sql(
CREATE TABLE IF NOT EXISTS scenario_judgments (
    scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    model       TEXT NOT NULL,
    criterion_a TEXT NOT NULL,
    criterion_b TEXT NOT NULL,
    value       REAL NOT NULL,
    PRIMARY KEY (scenario_id, model, criterion_a, criterion_b)
);
CREATE TABLE IF NOT EXISTS decision_log (
    id                  INTEGER PRIMARY KEY,
    position            INTEGER NOT NULL,
    partner_id          INTEGER REFERENCES partners (id) ON DELETE SET NULL,
    partner_name        TEXT NOT NULL DEFAULT '',
    recorded_at         TEXT NOT NULL,
    decision            TEXT NOT NULL,
    owner               TEXT NOT NULL DEFAULT '',
    next_step           TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    scenario_name       TEXT NOT NULL DEFAULT '',
    quadrant            TEXT NOT NULL,
    potential           REAL NOT NULL,
    readiness           REAL NOT NULL,
    stability           REAL,
    potential_cr        REAL,
    readiness_cr        REAL,
    potential_consensus REAL,
    readiness_consensus REAL
);
CREATE INDEX IF NOT EXISTS decision_log_partner ON decision_log (partner_id);
CREATE TABLE IF NOT EXISTS decision_weights (
    record_id INTEGER NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    weight    REAL NOT NULL,
    PRIMARY KEY (record_id, criterion)
);
CREATE TABLE IF NOT EXISTS decision_crs (
    record_id   INTEGER NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    axis        TEXT NOT NULL,
    participant TEXT NOT NULL,
    cr          REAL NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE TABLE IF NOT EXISTS decision_votes (
    record_id   INTEGER NOT NULL REFERENCES decision_log (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    participant TEXT NOT NULL,
    choice      TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
)sql";

// Version 7: evidence from the CRM (issue 13). Deals get their partners in a table of their own
// (several per deal, each sourced or influenced); the old deals table, whose one partner_id
// column cannot be dropped while it carries a foreign key, is rebuilt (v7RebuildDeals).
const char *const v7Tables = R"sql(
CREATE TABLE IF NOT EXISTS deal_partners (
    deal_id    INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    crm_role   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (deal_id, position)
);
CREATE INDEX IF NOT EXISTS deal_partners_partner ON deal_partners (partner_id);
CREATE TABLE IF NOT EXISTS rejected_link_suggestions (
    icp_id     INTEGER NOT NULL REFERENCES icps (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (icp_id, partner_id)
);
)sql";

// The version 7 deals table, filled from the version 5-6 one; its partner_id becomes a row of
// deal_partners (an influencing partner: versions 5 and 6 did not tell sourced from influenced).
const char *const v7RebuildDeals = R"sql(
ALTER TABLE deals RENAME TO deals_v6;
CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    icp_id          INTEGER REFERENCES icps (id) ON DELETE SET NULL,
    amount          REAL NOT NULL DEFAULT 0,
    outcome         TEXT NOT NULL,
    created_on      TEXT,
    closed_on       TEXT,
    stage           TEXT NOT NULL DEFAULT '',
    lead_source     TEXT NOT NULL DEFAULT '',
    buyer_name      TEXT NOT NULL DEFAULT '',
    buyer_crm_id    TEXT NOT NULL DEFAULT '',
    buyer_industry  TEXT NOT NULL DEFAULT '',
    buyer_region    TEXT NOT NULL DEFAULT '',
    buyer_employees INTEGER,
    crm_source      TEXT,
    crm_id          TEXT NOT NULL DEFAULT ''
);
INSERT INTO deals (id, position, name, icp_id, amount, outcome, created_on, closed_on)
    SELECT id, position, name, icp_id, amount, outcome, created_on, closed_on FROM deals_v6;
)sql";

const char *const v7MoveDealPartners = R"sql(
INSERT OR IGNORE INTO deal_partners (deal_id, position, partner_id, role, crm_role)
    SELECT id, 0, partner_id, 'influenced', '' FROM deals_v6 WHERE partner_id IS NOT NULL;
DROP TABLE deals_v6;
)sql";

// Version 8: the investment plan (issue 16): the investment history per partner, and per scenario
// the plan's constraints (plans), its per-partner settings and hand edits (plan_partners) and its
// groups with minimum shares or curves (plan_groups). A curve is stored as its six figures, all
// NULL when none is set. plan_groups.segment_rule_id is not a foreign key: a group of a deleted
// segment rule matches nobody, as a segment rule naming a deleted ICP does.
const char *const v8Tables = R"sql(
CREATE TABLE IF NOT EXISTS investments (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL,
    partner_id   INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    mdf          REAL NOT NULL DEFAULT 0,
    enablement   REAL NOT NULL DEFAULT 0,
    incentives   REAL NOT NULL DEFAULT 0,
    tech_support REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS investments_partner ON investments (partner_id);
CREATE TABLE IF NOT EXISTS plans (
    id                  INTEGER PRIMARY KEY,
    scenario_id         INTEGER NOT NULL UNIQUE REFERENCES scenarios (id) ON DELETE CASCADE,
    budget              REAL NOT NULL DEFAULT 0,
    objective           TEXT NOT NULL DEFAULT 'revenue',
    margin_rate         REAL NOT NULL DEFAULT 1,
    min_per_partner     REAL NOT NULL DEFAULT 0,
    max_per_partner     REAL,
    policy_invest       TEXT NOT NULL DEFAULT 'optimize',
    policy_develop      TEXT NOT NULL DEFAULT 'optimize',
    policy_maintain     TEXT NOT NULL DEFAULT 'optimize',
    policy_deprioritize TEXT NOT NULL DEFAULT 'contract_minimum',
    revenue_target      REAL NOT NULL DEFAULT 0,
    target_date         TEXT
);
CREATE TABLE IF NOT EXISTS plan_partners (
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    partner_id        INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    fixed             REAL,
    minimum           REAL,
    maximum           REAL,
    edited            REAL,
    curve_a           REAL,
    curve_s           REAL,
    curve_baseline    REAL,
    curve_sd_log_a    REAL,
    curve_sd_log_s    REAL,
    curve_correlation REAL,
    PRIMARY KEY (plan_id, partner_id)
);
CREATE INDEX IF NOT EXISTS plan_partners_partner ON plan_partners (partner_id);
CREATE TABLE IF NOT EXISTS plan_groups (
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    model             TEXT,
    segment_rule_id   INTEGER,
    min_share         REAL,
    curve_a           REAL,
    curve_s           REAL,
    curve_baseline    REAL,
    curve_sd_log_a    REAL,
    curve_sd_log_s    REAL,
    curve_correlation REAL,
    PRIMARY KEY (plan_id, position)
);
)sql";

// --- Version 10: account mapping (issue 15). Self-contained: its DDL, its step and its tables
// are this block only, so it can be renumbered when merged beside another version 9.
const char *const v10AccountTables = R"sql(
CREATE TABLE IF NOT EXISTS account_lists (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL,
    partner_id     INTEGER REFERENCES partners (id) ON DELETE CASCADE,
    imported_on    TEXT NOT NULL,
    source_name    TEXT NOT NULL DEFAULT '',
    declared_total INTEGER
);
CREATE INDEX IF NOT EXISTS account_lists_partner ON account_lists (partner_id);
CREATE TABLE IF NOT EXISTS accounts (
    list_id       INTEGER NOT NULL REFERENCES account_lists (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    crm_source    TEXT NOT NULL DEFAULT '',
    crm_id        TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    domain_key    TEXT NOT NULL DEFAULT '',
    name_key      TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    industry      TEXT NOT NULL DEFAULT '',
    employees     INTEGER,
    country       TEXT NOT NULL DEFAULT '',
    open_pipeline REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (list_id, position)
);
CREATE TABLE IF NOT EXISTS psi_sessions (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL UNIQUE,
    session    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS psi_answered_offers (
    session_id  TEXT PRIMARY KEY NOT NULL,
    answered_at TEXT NOT NULL
);
)sql";

struct ColumnAddition {
    const char *table;
    const char *column;
    const char *definition;
};

const ColumnAddition v2Columns[] = {
    {"partners", "jcm_pricing_agreed", "INTEGER NOT NULL DEFAULT 0"},
    {"partners", "jcm_support", "TEXT"},
    {"partners", "jcm_customer_success", "TEXT"},
    {"partners", "jcm_renewal", "TEXT"},
};

const ColumnAddition v3Columns[] = {
    {"portfolio", "active_scenario_id", "INTEGER"},
};

const ColumnAddition v5Columns[] = {
    {"oem_deals", "tier_mode", "TEXT NOT NULL DEFAULT 'marginal'"},
    {"oem_deals", "cost_per_unit", "REAL NOT NULL DEFAULT 0"},
    {"oem_deals", "min_margin_per_unit", "REAL"},
    {"oem_deals", "brand_owner", "TEXT"},
    {"oem_deals", "roadmap_aligned", "INTEGER NOT NULL DEFAULT 0"},
};

const ColumnAddition v7Columns[] = {
    {"portfolio", "min_closed_deals", "INTEGER NOT NULL DEFAULT 10"},
    {"icps", "crm_source", "TEXT"},
    {"icps", "crm_id", "TEXT NOT NULL DEFAULT ''"},
    {"partners", "crm_source", "TEXT"},
    {"partners", "crm_id", "TEXT NOT NULL DEFAULT ''"},
    {"activities", "crm_source", "TEXT"},
    {"activities", "crm_id", "TEXT NOT NULL DEFAULT ''"},
};

const ColumnAddition v8Columns[] = {
    {"partners", "contract_minimum", "REAL NOT NULL DEFAULT 0"},
};

// Version 9: the row version of every entity table, for team portfolios (docs/team.md).
const ColumnAddition v9Columns[] = {
    {"portfolio", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"icps", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"partners", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"influence_links", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"oem_deals", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"scenarios", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"segment_rules", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"activities", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"deals", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"decision_log", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"investments", "row_version", "INTEGER NOT NULL DEFAULT 1"},
    {"plans", "row_version", "INTEGER NOT NULL DEFAULT 1"},
};

// Version 11: the status rules each account list was imported with (statusrulestext.h).
const ColumnAddition v11Columns[] = {
    {"account_lists", "status_rules", "TEXT NOT NULL DEFAULT ''"},
};

/// Adds each column unless the table already has it (a migration may run twice).
template <size_t N>
bool addColumns(Engine &engine, const ColumnAddition (&columns)[N], QString *error) {
    for (const ColumnAddition &add : columns) {
        if (engine.hasColumn(add.table, add.column))
            continue;
        const QByteArray sql = QByteArray("ALTER TABLE ") + add.table + " ADD COLUMN " +
                               add.column + ' ' + add.definition;
        if (!engine.exec(sql.constData(), error))
            return false;
    }
    return true;
}

/// Runs `body` inside one transaction that also sets the version; rolls back on failure.
template <typename Body>
bool inTransaction(Engine &engine, int version, QString *error, Body body) {
    if (!engine.begin(error))
        return false;
    // Re-running an older step on a newer file must not lower its version.
    const int found = engine.version();
    if (body() && engine.setVersion(std::max(found, version), error) && engine.commit(error))
        return true;
    engine.rollback();
    return false;
}

bool stepV1(Engine &engine, QString *error) {
    return inTransaction(engine, 1, error, [&]() {
        return engine.setApplicationId(error) && engine.exec(v1Tables, error);
    });
}

bool stepV2(Engine &engine, QString *error) {
    return inTransaction(engine, 2, error, [&]() {
        return addColumns(engine, v2Columns, error) && engine.exec(v2Tables, error);
    });
}

bool stepV3(Engine &engine, QString *error) {
    return inTransaction(engine, 3, error, [&]() {
        return addColumns(engine, v3Columns, error) && engine.exec(v3Tables, error);
    });
}

bool stepV4(Engine &engine, QString *error) {
    return inTransaction(engine, 4, error, [&]() { return engine.exec(v4Tables, error); });
}

bool stepV5(Engine &engine, QString *error) {
    return inTransaction(engine, 5, error, [&]() {
        return addColumns(engine, v5Columns, error) && engine.exec(v5Tables, error);
    });
}

bool stepV6(Engine &engine, QString *error) {
    return inTransaction(engine, 6, error, [&]() { return engine.exec(v6Tables, error); });
}

bool stepV7(Engine &engine, QString *error) {
    return inTransaction(engine, 7, error, [&]() {
        const bool rebuild = engine.hasColumn("deals", "partner_id");
        return addColumns(engine, v7Columns, error) &&
               (!rebuild || engine.exec(v7RebuildDeals, error)) && engine.exec(v7Tables, error) &&
               (!rebuild || engine.exec(v7MoveDealPartners, error));
    });
}

bool stepV8(Engine &engine, QString *error) {
    return inTransaction(engine, 8, error, [&]() {
        return addColumns(engine, v8Columns, error) && engine.exec(v8Tables, error);
    });
}

bool stepV9(Engine &engine, QString *error) {
    return inTransaction(engine, 9, error, [&]() { return addColumns(engine, v9Columns, error); });
}

/// Account mapping (format 10). Account lists and private exchanges stay in local files: the
/// tables exist in a team portfolio's schema too, but nothing reads or writes them there.
bool stepAccountMapping(Engine &engine, QString *error) {
    return inTransaction(engine, AccountMappingVersion, error,
                         [&]() { return engine.exec(v10AccountTables, error); });
}

/// The status rules remembered with each account list (format 11); a file migrated from
/// format 10 has none, so its next import starts with the layout's rules.
bool stepStatusRules(Engine &engine, QString *error) {
    return inTransaction(engine, StatusRulesVersion, error,
                         [&]() { return addColumns(engine, v11Columns, error); });
}

using Step = bool (*)(Engine &, QString *);
const Step steps[] = {&stepV1,         &stepV2, &stepV3, &stepV4, &stepV5,
                      &stepV6,         &stepV7, &stepV8, &stepV9, &stepAccountMapping,
                      &stepStatusRules};
static_assert(sizeof(steps) / sizeof(steps[0]) == CurrentVersion, "one step per version");

bool runStep(sqlite3 *db, int version, QString *error) {
    SqliteEngine engine(db);
    return steps[version - 1](engine, error);
}

} // namespace

Engine::~Engine() = default;

bool SqliteEngine::exec(const char *sql, QString *error) {
    return execSql(m_db, sql, error);
}

bool SqliteEngine::hasColumn(const char *table, const char *column) {
    return Schema::hasColumn(m_db, table, column);
}

bool SqliteEngine::begin(QString *error) {
    return execSql(m_db, "BEGIN IMMEDIATE", error);
}

bool SqliteEngine::commit(QString *error) {
    return execSql(m_db, "COMMIT", error);
}

void SqliteEngine::rollback() {
    execSql(m_db, "ROLLBACK");
}

int SqliteEngine::version() {
    Statement current(m_db, "PRAGMA user_version");
    return current.isValid() && current.step() == SQLITE_ROW
               ? sqlite3_column_int(current.handle(), 0)
               : 0;
}

bool SqliteEngine::setVersion(int version, QString *error) {
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return execSql(m_db, sql.constData(), error);
}

bool SqliteEngine::setApplicationId(QString *error) {
    const QByteArray appId =
        "PRAGMA application_id = " + QByteArray::number(PortfolioFile::ApplicationId);
    return execSql(m_db, appId.constData(), error);
}

bool hasColumn(sqlite3 *db, const char *table, const char *column) {
    const QByteArray sql = QByteArray("SELECT 1 FROM pragma_table_info('") + table +
                           "') WHERE name = '" + column + "'";
    Statement st(db, sql.constData());
    return st.isValid() && st.step() == SQLITE_ROW;
}

bool upgradeToV1(sqlite3 *db, QString *error) {
    return runStep(db, 1, error);
}

bool upgradeToV2(sqlite3 *db, QString *error) {
    return runStep(db, 2, error);
}

bool upgradeToV3(sqlite3 *db, QString *error) {
    return runStep(db, 3, error);
}

bool upgradeToV4(sqlite3 *db, QString *error) {
    return runStep(db, 4, error);
}

bool upgradeToV5(sqlite3 *db, QString *error) {
    return runStep(db, 5, error);
}

bool upgradeToV6(sqlite3 *db, QString *error) {
    return runStep(db, 6, error);
}

bool upgradeToV7(sqlite3 *db, QString *error) {
    return runStep(db, 7, error);
}

bool upgradeToV8(sqlite3 *db, QString *error) {
    return runStep(db, 8, error);
}

bool upgradeToV9(sqlite3 *db, QString *error) {
    return runStep(db, 9, error);
}

bool migrate(Engine &engine, int fromVersion, QString *error) {
    for (int version = fromVersion + 1; version <= CurrentVersion; ++version)
        if (!steps[version - 1](engine, error))
            return false;
    return true;
}

bool upgradeToAccountMapping(sqlite3 *db, QString *error) {
    return runStep(db, AccountMappingVersion, error);
}

bool upgradeToStatusRules(sqlite3 *db, QString *error) {
    return runStep(db, StatusRulesVersion, error);
}

bool migrate(sqlite3 *db, int fromVersion, QString *error) {
    SqliteEngine engine(db);
    return migrate(engine, fromVersion, error);
}

QStringList requiredTables(int version) {
    QStringList tables{QStringLiteral("portfolio"), QStringLiteral("icps"),
                       QStringLiteral("partners"), QStringLiteral("influence_links")};
    if (version >= 2)
        tables << QStringLiteral("oem_deals") << QStringLiteral("oem_royalty_tiers")
               << QStringLiteral("oem_scoreboard");
    if (version >= 3)
        tables << QStringLiteral("scenarios") << QStringLiteral("scenario_weights")
               << QStringLiteral("scenario_overrides");
    if (version >= 4)
        tables << QStringLiteral("segment_rules");
    if (version >= 5)
        tables << QStringLiteral("oem_volumes") << QStringLiteral("activities")
               << QStringLiteral("deals");
    if (version >= 6)
        tables << QStringLiteral("scenario_judgments") << QStringLiteral("decision_log")
               << QStringLiteral("decision_weights") << QStringLiteral("decision_crs")
               << QStringLiteral("decision_votes");
    if (version >= 7)
        tables << QStringLiteral("deal_partners") << QStringLiteral("rejected_link_suggestions");
    if (version >= 8)
        tables << QStringLiteral("investments") << QStringLiteral("plans")
               << QStringLiteral("plan_partners") << QStringLiteral("plan_groups");
    if (version >= AccountMappingVersion)
        tables << QStringLiteral("account_lists") << QStringLiteral("accounts")
               << QStringLiteral("psi_sessions") << QStringLiteral("psi_answered_offers");
    return tables;
}

} // namespace ps::Schema
