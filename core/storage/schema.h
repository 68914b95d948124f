// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

/// The schema of a `.partnerscope` file, in one place, with its ordered migrations.
///
/// `PRAGMA user_version` is the schema version. Each `upgradeToVn()` runs in its own transaction,
/// ends by setting `user_version = n`, and is safe to run again on a file that already has it
/// (IF NOT EXISTS, and columns are checked before ALTER TABLE). docs/file-format.md describes
/// every table and column.
namespace ps::Schema {

/// The version this build writes; files with a higher user_version are refused.
constexpr int CurrentVersion = 11;

/// The version that added account mapping (upgradeToAccountMapping()).
constexpr int AccountMappingVersion = 10;

/// The version that remembers each account list's status rules (upgradeToStatusRules()).
constexpr int StatusRulesVersion = 11;

/**
 * What the migrations run on: an SQLite file, or a team portfolio's schema on PostgreSQL
 * (core/team/pgschemaengine.h), which translates each step's SQLite DDL mechanically (REAL to
 * DOUBLE PRECISION, INTEGER to BIGINT, INSERT OR IGNORE to ON CONFLICT DO NOTHING) and keeps
 * the version in a row instead of `PRAGMA user_version`. So both engines have one schema
 * definition, built by the same ordered steps.
 */
class Engine {
public:
    virtual ~Engine();
    /// Runs statements written in SQLite's dialect.
    virtual bool exec(const char *sql, QString *error) = 0;
    virtual bool hasColumn(const char *table, const char *column) = 0;
    virtual bool begin(QString *error) = 0;
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;
    /// The schema version (user_version), 0 for an empty database.
    virtual int version() = 0;
    virtual bool setVersion(int version, QString *error) = 0;
    /// Marks the database as a Partnerscope portfolio (`PRAGMA application_id`).
    virtual bool setApplicationId(QString *error) = 0;
};

/// The SQLite engine of a `.partnerscope` file.
class SqliteEngine : public Engine {
public:
    explicit SqliteEngine(sqlite3 *db)
        : m_db(db) {}
    bool exec(const char *sql, QString *error) override;
    bool hasColumn(const char *table, const char *column) override;
    bool begin(QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    int version() override;
    bool setVersion(int version, QString *error) override;
    bool setApplicationId(QString *error) override;

private:
    sqlite3 *m_db;
};

/// Creates the version 1 tables (portfolio, icps, partners, influence_links) and sets
/// `application_id`. Returns false and sets *error on failure (the transaction is rolled back).
bool upgradeToV1(sqlite3 *db, QString *error = nullptr);

/// Adds the OEM tables and the joint commercial model columns of partners.
bool upgradeToV2(sqlite3 *db, QString *error = nullptr);

/// Adds the scenario tables (scenarios, scenario_weights, scenario_overrides) and the active
/// scenario column of portfolio. A file migrated from version 2 has no scenarios; loading gives
/// it a default one (ps::ensureScenario).
bool upgradeToV3(sqlite3 *db, QString *error = nullptr);

/// Adds the segment_rules table (saved segment rules, conditions as JSON text). A file migrated
/// from version 3 has no rules.
bool upgradeToV4(sqlite3 *db, QString *error = nullptr);

/// Adds the royalty-model columns of oem_deals (tier mode, cost per unit, minimum margin, brand
/// owner, roadmap review), the oem_volumes table, and the activity and deal logs (activities,
/// deals). A file migrated from version 4 has empty logs and marginal tiers.
bool upgradeToV5(sqlite3 *db, QString *error = nullptr);

/// Adds the scenario_judgments table (the AHP dialog's last judgments per scenario, profile and
/// axis) and the workshop decision log with its evidence (decision_log, decision_weights,
/// decision_crs, decision_votes). A file migrated from version 5 has neither.
bool upgradeToV6(sqlite3 *db, QString *error = nullptr);

/// Evidence from the CRM (issue 13): the CRM source and record id of partners, ICPs, deals
/// and activities; several partners per deal, each with its attribution (the deal_partners
/// table; a version 5 or 6 deal's partner becomes its one influencing partner); the deal's stage,
/// lead source and buyer; the minimum of closed deals of the portfolio; and the rejected link
/// suggestions. The deals table is rebuilt without its partner_id column.
bool upgradeToV7(sqlite3 *db, QString *error = nullptr);

/// Adds the investment plan (issue 16): the contract_minimum column of partners, the investment
/// history (investments) and the plans per scenario (plans, plan_partners, plan_groups). A file
/// migrated from version 7 has no history, no plans and no contract minimums.
bool upgradeToV8(sqlite3 *db, QString *error = nullptr);

/// Adds `row_version` to the entity tables (every table with an `id`): team portfolios use it
/// for optimistic concurrency. A file migrated from version 8 has version 1 on every row.
bool upgradeToV9(sqlite3 *db, QString *error = nullptr);

/// Adds account mapping (issue 15): the account lists (account_lists: ours with partner_id
/// NULL, a partner's with its id, each with its date; accounts: their rows with the matching
/// keys), the private exchanges we started (psi_sessions, the serialized session with its
/// secret) and the offers we answered (psi_answered_offers). A file migrated from version 9
/// has no lists and no exchanges.
bool upgradeToAccountMapping(sqlite3 *db, QString *error = nullptr);

/// Adds `account_lists.status_rules`: the status rules a list was imported with, in their
/// versioned text form (core/accounts/statusrulestext.h), so that the next import of the same
/// list starts with them. A file migrated from format 10 has none ('').
bool upgradeToStatusRules(sqlite3 *db, QString *error = nullptr);

/// Runs every migration after `fromVersion` up to CurrentVersion, in order.
bool migrate(sqlite3 *db, int fromVersion, QString *error = nullptr);
/// The same on any engine; each step is one transaction on `engine`.
bool migrate(Engine &engine, int fromVersion, QString *error = nullptr);

/// The tables a file of schema `version` must have as real tables.
QStringList requiredTables(int version);

/// True if `table` has a column named `column` (PRAGMA table_info).
bool hasColumn(sqlite3 *db, const char *table, const char *column);

} // namespace ps::Schema
