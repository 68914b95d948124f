// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/pgschema.h"

#include "core/storage/portfoliofile.h"
#include "core/team/pgconnection.h"
#include "core/team/teamids.h"

#include <QRegularExpression>

namespace ps {
namespace {

bool isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

QByteArray pgDialect(const QByteArray &sql) {
    QByteArray out;
    out.reserve(sql.size() + 64);
    bool pendingOnConflict = false;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const char c = sql[i];
        if (c == '\'') { // a string literal, copied as it is
            qsizetype j = i + 1;
            while (j < n && !(sql[j] == '\'' && (j + 1 >= n || sql[j + 1] != '\'')))
                j += sql[j] == '\'' ? 2 : 1;
            out += sql.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        if (c == '-' && i + 1 < n && sql[i + 1] == '-') { // a comment, to the end of the line
            const qsizetype end = sql.indexOf('\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == ';' && pendingOnConflict) {
            out += " ON CONFLICT DO NOTHING";
            pendingOnConflict = false;
        }
        if (!isWordChar(c) || (i > 0 && isWordChar(sql[i - 1]))) {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isWordChar(sql[end]))
            ++end;
        const QByteArray word = sql.mid(i, end - i);
        const QByteArray upper = word.toUpper();
        if (upper == "INTEGER") {
            out += "BIGINT";
        } else if (upper == "REAL") {
            out += "DOUBLE PRECISION";
        } else if (upper == "INSERT") {
            static const QRegularExpression orIgnore(QStringLiteral("^INSERT\\s+OR\\s+IGNORE\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
            const auto match = orIgnore.match(QString::fromUtf8(sql.mid(i, 40)));
            if (match.hasMatch()) {
                out += "INSERT";
                end = i + match.capturedLength();
                pendingOnConflict = true;
            } else {
                out += word;
            }
        } else {
            out += word;
        }
        i = end;
    }
    if (pendingOnConflict)
        out += " ON CONFLICT DO NOTHING";
    return out;
}

bool PgSchemaEngine::exec(const char *sql, QString *error) {
    return m_connection.command(pgDialect(QByteArray(sql)), error);
}

bool PgSchemaEngine::hasColumn(const char *table, const char *column) {
    PgResult result = m_connection.exec(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = $1 AND column_name = $2",
        {QByteArray(table), QByteArray(column)});
    return result.rows() > 0;
}

bool PgSchemaEngine::begin(QString *error) {
    return m_connection.command("SAVEPOINT partnerscope_migration", error);
}

bool PgSchemaEngine::commit(QString *error) {
    return m_connection.command("RELEASE SAVEPOINT partnerscope_migration", error);
}

void PgSchemaEngine::rollback() {
    m_connection.command("ROLLBACK TO SAVEPOINT partnerscope_migration");
}

int PgSchemaEngine::version() {
    PgResult result = m_connection.exec("SELECT version FROM partnerscope_schema");
    return result.rows() == 1 ? int(result.number(0, 0)) : 0;
}

bool PgSchemaEngine::setVersion(int version, QString *error) {
    return m_connection.command(
        "UPDATE partnerscope_schema SET version = " + QByteArray::number(version), error);
}

bool PgSchemaEngine::setApplicationId(QString *error) {
    return m_connection.command("UPDATE partnerscope_schema SET application_id = " +
                                    QByteArray::number(PortfolioFile::ApplicationId),
                                error);
}

namespace TeamSchema {

QString roleKey(Role role) {
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::None:
        break;
    }
    return QString();
}

QString roleName(const QString &database, const QString &portfolio, Role role) {
    QString db = database.toLower();
    for (QChar &ch : db)
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128))
            ch = QLatin1Char('_');
    const QString name = db + QLatin1Char('_') + portfolio + QLatin1Char('_') + roleKey(role);
    return name.toUtf8().size() <= 63 ? name : QString();
}

QByteArray channel(const QString &portfolio) {
    return "partnerscope:" + portfolio.toUtf8();
}

QList<int> keyColumns(const Tables::Table &table) {
    QList<int> key;
    for (int c = 0; c < table.count; ++c)
        if (qstrcmp(table.columns[c].name, "id") == 0)
            return {c};
    static const QRegularExpression primaryKey(QStringLiteral("PRIMARY KEY\\s*\\(([^)]*)\\)"));
    const auto match = primaryKey.match(QString::fromLatin1(table.constraints));
    if (match.hasMatch()) {
        for (const QString &name : match.captured(1).split(QLatin1Char(','))) {
            for (int c = 0; c < table.count; ++c)
                if (name.trimmed() == QLatin1String(table.columns[c].name))
                    key << c;
        }
        return key;
    }
    for (int c = 0; c < table.count; ++c)
        if (QByteArray(table.columns[c].constraint).contains("PRIMARY KEY"))
            return {c};
    for (int c = 0; c < table.count; ++c)
        key << c;
    return key;
}

int versionColumn(const Tables::Table &table) {
    for (int c = 0; c < table.count; ++c)
        if (table.columns[c].type == Tables::Type::Version)
            return c;
    return -1;
}

bool isOwnerTable(const Tables::Table &table) {
    const QByteArray name(table.name);
    return name.startsWith("scenario") || name.startsWith("plan");
}

bool exists(PgConnection &connection, const QString &portfolio) {
    return connection.exec("SELECT 1 FROM pg_namespace WHERE nspname = $1", {portfolio.toUtf8()})
               .rows() > 0;
}

QStringList portfolios(PgConnection &connection) {
    PgResult result = connection.exec("SELECT table_schema FROM information_schema.tables "
                                      "WHERE table_name = 'partnerscope_schema' ORDER BY 1");
    QStringList names;
    for (int r = 0; r < result.rows(); ++r)
        names << result.text(r, 0);
    return names;
}

int version(PgConnection &connection, const QString &portfolio, bool *ours) {
    PgResult result = connection.exec("SELECT application_id, version FROM " +
                                      connection.identifier(portfolio) + ".partnerscope_schema");
    if (result.rows() != 1) {
        if (ours)
            *ours = false;
        return 0;
    }
    if (ours)
        *ours = result.number(0, 0) == PortfolioFile::ApplicationId;
    return int(result.number(0, 1));
}

bool create(PgConnection &connection, const QString &portfolio, QString *error) {
    const QByteArray schema = connection.identifier(portfolio);
    if (!connection.command("CREATE SCHEMA " + schema, error) ||
        !connection.useSchema(portfolio, error) ||
        !connection.command("CREATE TABLE partnerscope_schema (application_id BIGINT NOT NULL, "
                            "version INTEGER NOT NULL); "
                            "INSERT INTO partnerscope_schema VALUES (0, 0)",
                            error))
        return false;
    PgSchemaEngine engine(connection);
    return Schema::migrate(engine, 0, error);
}

bool upgrade(PgConnection &connection, const QString &portfolio, QString *error) {
    if (!connection.useSchema(portfolio, error))
        return false;
    PgSchemaEngine engine(connection);
    return Schema::migrate(engine, engine.version(), error);
}

namespace {

/// The SQL that makes the server keep row versions, the audit trail and the notifications.
QByteArray functionsSql(const QString &portfolio) {
    const QByteArray s = '"' + portfolio.toUtf8() + '"';
    const QByteArray channelLiteral = "'" + channel(portfolio) + "'";
    return R"sql(
CREATE SEQUENCE IF NOT EXISTS row_versions START 2;
CREATE SEQUENCE IF NOT EXISTS id_blocks;
CREATE TABLE IF NOT EXISTS audit (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    who        TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    row_key    TEXT[] NOT NULL,
    op         CHAR(1) NOT NULL,
    old_values JSONB,
    new_values JSONB
);
CREATE INDEX IF NOT EXISTS audit_row ON audit (tbl, (row_key[1]));
CREATE OR REPLACE FUNCTION ps_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = )sql" +
           s + R"sql(, pg_catalog AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW IS DISTINCT FROM OLD THEN
        NEW.row_version := nextval('row_versions');
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION ps_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = )sql" +
           s + R"sql(, pg_catalog AS $$
DECLARE
    o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    k text[] := '{}';
    c text;
    a bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND o = n THEN
        RETURN NULL;
    END IF;
    FOREACH c IN ARRAY TG_ARGV LOOP
        k := k || (coalesce(n, o) ->> c);
    END LOOP;
    INSERT INTO audit (who, tbl, row_key, op, old_values, new_values)
        VALUES (session_user, TG_TABLE_NAME, k, left(TG_OP, 1), o, n) RETURNING id INTO a;
    PERFORM pg_notify()sql" +
           channelLiteral + R"sql(, json_build_object('t', TG_TABLE_NAME, 'o', left(TG_OP, 1),
        'k', k, 'v', coalesce(n, o) -> 'row_version', 'a', a, 'u', session_user)::text);
    RETURN NULL;
END $$;
-- A checked change (optimistic concurrency): the statement numbered `statement` of a
-- transaction touched exactly one row at the version its author saw, or the transaction fails.
CREATE OR REPLACE FUNCTION ps_expect(statement integer, versions bigint[]) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(array_length(versions, 1), 0) <> 1 THEN
        RAISE EXCEPTION 'the row was changed by someone else' USING ERRCODE = 'PSC01',
            DETAIL = statement::text;
    END IF;
    RETURN versions[1];
END $$;
)sql";
}

QByteArray quoteList(const QList<QByteArray> &names) {
    QByteArray list;
    for (const QByteArray &name : names) {
        if (!list.isEmpty())
            list += ", ";
        list += '"' + name + '"';
    }
    return list;
}

bool ensureRole(PgConnection &connection, const QString &role, QString *error) {
    if (connection.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {role.toUtf8()}).rows() > 0)
        return true;
    return connection.command("CREATE ROLE " + connection.identifier(role) + " NOLOGIN", error);
}

bool installTriggers(PgConnection &connection, QString *error) {
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t) {
        const Tables::Table &table = *tables[t];
        const QByteArray name = '"' + QByteArray(table.name) + '"';
        QByteArray args;
        for (int c : keyColumns(table)) {
            if (!args.isEmpty())
                args += ", ";
            args += '\'' + QByteArray(table.columns[c].name) + '\'';
        }
        QByteArray sql = "DROP TRIGGER IF EXISTS ps_bump ON " + name +
                         "; DROP TRIGGER IF EXISTS ps_changed ON " + name + ";";
        if (versionColumn(table) >= 0)
            sql += "CREATE TRIGGER ps_bump BEFORE INSERT OR UPDATE ON " + name +
                   " FOR EACH ROW EXECUTE FUNCTION ps_bump();";
        sql += "CREATE TRIGGER ps_changed AFTER INSERT OR UPDATE OR DELETE ON " + name +
               " FOR EACH ROW EXECUTE FUNCTION ps_changed(" + args + ");";
        if (!connection.command(sql, error))
            return false;
    }
    return true;
}

bool installGrants(PgConnection &connection, const QString &database, const QString &portfolio,
                   QString *error) {
    const QByteArray viewer = connection.identifier(roleName(database, portfolio, Role::Viewer));
    const QByteArray editor = connection.identifier(roleName(database, portfolio, Role::Editor));
    const QByteArray owner = connection.identifier(roleName(database, portfolio, Role::Owner));
    const QByteArray schema = connection.identifier(portfolio);
    QList<QByteArray> editable;
    QList<QByteArray> ownerOnly;
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t)
        (isOwnerTable(*tables[t]) ? ownerOnly : editable) << QByteArray(tables[t]->name);
    QByteArray sql =
        "REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC;" + "GRANT " + viewer + " TO " + editor +
        ";" + "GRANT " + editor + " TO " + owner + ";" + "GRANT " + viewer + ", " + editor +
        " TO " + owner + " WITH ADMIN OPTION;" + "GRANT " + owner +
        " TO CURRENT_USER WITH ADMIN OPTION;" + "GRANT USAGE ON SCHEMA " + schema + " TO " +
        viewer + ";" + "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + viewer + ";" +
        "GRANT USAGE, SELECT ON SEQUENCE id_blocks TO " + editor + ";" +
        "GRANT INSERT, UPDATE, DELETE ON " + quoteList(editable) + " TO " + editor + ";";
    if (!ownerOnly.isEmpty())
        sql += "GRANT INSERT, UPDATE, DELETE ON " + quoteList(ownerOnly) + " TO " + owner + ";";
    // The owners own the schema, so that any of them can upgrade it to a newer format.
    sql += "ALTER SCHEMA " + schema + " OWNER TO " + owner + ";";
    PgResult objects = connection.exec(
        "SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = $1::regnamespace "
        "AND (c.relkind = 'r' OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d "
        "WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))) ORDER BY c.relkind DESC",
        {schema});
    for (int r = 0; r < objects.rows(); ++r)
        sql += (objects.value(r, 1) == "S" ? "ALTER SEQUENCE " : "ALTER TABLE ") +
               connection.identifier(objects.text(r, 0)) + " OWNER TO " + owner + ";";
    sql += "ALTER FUNCTION ps_bump() OWNER TO " + owner + ";" +
           "ALTER FUNCTION ps_changed() OWNER TO " + owner + ";" +
           "ALTER FUNCTION ps_expect(integer, bigint[]) OWNER TO " + owner + ";";
    return connection.command(sql, error);
}

} // namespace

bool installServerObjects(PgConnection &connection, const QString &database,
                          const QString &portfolio, qint64 firstFreeId, QString *error) {
    for (Role role : {Role::Viewer, Role::Editor, Role::Owner}) {
        const QString name = roleName(database, portfolio, role);
        if (name.isEmpty()) {
            if (error)
                *error = QStringLiteral("the role names of portfolio %1 in database %2 would be "
                                        "longer than 63 bytes; choose a shorter name")
                             .arg(portfolio, database);
            return false;
        }
        if (!ensureRole(connection, name, error))
            return false;
    }
    if (!connection.useSchema(portfolio, error) ||
        !connection.command(functionsSql(portfolio), error))
        return false;
    // A new portfolio's id blocks start above its ids; an upgraded one keeps its sequence.
    if (firstFreeId > 0 &&
        !connection.command("SELECT setval('id_blocks', " +
                                QByteArray::number(TeamIds::blockOf(firstFreeId) + 1) + ", false)",
                            error))
        return false;
    return installTriggers(connection, error) &&
           installGrants(connection, database, portfolio, error);
}

Role currentRole(PgConnection &connection, const QString &database, const QString &portfolio) {
    PgResult super = connection.exec("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    if (super.value(0, 0) == "t")
        return Role::Owner;
    for (Role role : {Role::Owner, Role::Editor, Role::Viewer}) {
        const QString name = roleName(database, portfolio, role);
        PgResult result = connection.exec(
            "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = $1",
            {name.toUtf8()});
        if (result.value(0, 0) == "t")
            return role;
    }
    return Role::None;
}

} // namespace TeamSchema
} // namespace ps
