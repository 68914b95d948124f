// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/schema.h"
#include "core/storage/tables.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

class PgConnection;

/// The SQLite DDL of a migration step in PostgreSQL's dialect, translated mechanically outside
/// string literals and comments: INTEGER becomes BIGINT (SQLite integers are 64-bit), REAL
/// becomes DOUBLE PRECISION, and INSERT OR IGNORE becomes INSERT ... ON CONFLICT DO NOTHING.
QByteArray pgDialect(const QByteArray &sqliteSql);

/// The migrations' engine for a team portfolio's schema (the connection's search_path). Each
/// step is a savepoint inside the caller's transaction; the version is a row of the table
/// `partnerscope_schema`, as `PRAGMA user_version` is the file's.
class PgSchemaEngine : public Schema::Engine {
public:
    explicit PgSchemaEngine(PgConnection &connection)
        : m_connection(connection) {}
    bool exec(const char *sql, QString *error) override;
    bool hasColumn(const char *table, const char *column) override;
    bool begin(QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    int version() override;
    bool setVersion(int version, QString *error) override;
    bool setApplicationId(QString *error) override;

private:
    PgConnection &m_connection;
};

/**
 * A team portfolio's schema on the server: its tables (the file's, by the same migrations), and
 * what only the server has (docs/team.md): the row-version and change triggers, the audit
 * table, the id blocks, and three roles with their privileges.
 */
namespace TeamSchema {

enum class Role { None, Viewer, Editor, Owner };

/// "viewer", "editor" or "owner".
QString roleKey(Role role);
/// The PostgreSQL role of `role` for one portfolio of one database, such as
/// "sales_emea_editor" for portfolio emea of database sales. Empty if longer than 63 bytes.
QString roleName(const QString &database, const QString &portfolio, Role role);
/// The LISTEN channel of a portfolio.
QByteArray channel(const QString &portfolio);

/// The columns that identify a row of `table`: id, the PRIMARY KEY (...) columns, or all.
QList<int> keyColumns(const Tables::Table &table);
/// The Version column of `table`, or -1.
int versionColumn(const Tables::Table &table);
/// Tables only owners may change: the scenarios and the plan (names beginning with
/// "scenario" or "plan").
bool isOwnerTable(const Tables::Table &table);

/// True if the connection's database has a portfolio (schema) of that name.
bool exists(PgConnection &connection, const QString &portfolio);
/// The portfolios of the connection's database.
QStringList portfolios(PgConnection &connection);
/// The schema version of a portfolio (0 if it is not one), and whether its application id is
/// Partnerscope's.
int version(PgConnection &connection, const QString &portfolio, bool *ours = nullptr);

/// Creates the schema and its tables with the migrations, inside the caller's transaction, and
/// selects it (search_path).
bool create(PgConnection &connection, const QString &portfolio, QString *error);
/// Brings an older portfolio to the current version, inside the caller's transaction.
bool upgrade(PgConnection &connection, const QString &portfolio, QString *error);
/// (Re)creates the triggers, the audit table, the sequences, the roles and their grants; run
/// after create() and upgrade() (safe to run again). A `firstFreeId` above 0 starts the id
/// blocks above every id the portfolio holds (publish). The connected user becomes an owner.
bool installServerObjects(PgConnection &connection, const QString &database,
                          const QString &portfolio, qint64 firstFreeId, QString *error);

/// The role the connected user has on the portfolio (superusers are owners).
Role currentRole(PgConnection &connection, const QString &database, const QString &portfolio);

} // namespace TeamSchema
} // namespace ps
