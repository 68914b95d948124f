// SPDX-License-Identifier: GPL-3.0-or-later
// Team portfolios on a real PostgreSQL 15 (tests/support/pgtestserver.h): publish and copy keep
// every table exactly, opening reads what was published, the schema is the file's, and the
// roles hold on the server itself (a viewer writing directly is refused).
#include "core/demo/demoportfolio.h"
#include "core/domain/decisionlog.h"
#include "core/domain/portfolio.h"
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"
#include "core/team/pgconnection.h"
#include "core/team/pgschema.h"
#include "core/team/teamstore.h"
#include "pgtestserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;

namespace {

/// Every row of every table of a file, each cell as SQLite's quote() writes it (type and
/// value: 1 and 1.0 and '1' differ), in the order of the rows.
QStringList dumpTables(const QString &path) {
    SqliteDb db;
    if (db.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return {QStringLiteral("cannot open ") + path};
    QStringList lines;
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t) {
        const Tables::Table &table = *tables[t];
        QByteArray sql = "SELECT ";
        for (int c = 0; c < table.count; ++c)
            sql += QByteArray(c ? " || '|' || " : "") + "quote(\"" + table.columns[c].name + "\")";
        sql += QByteArray(" FROM ") + table.name + " ORDER BY rowid";
        Statement st(db.handle(), sql);
        if (!st.isValid())
            return {QStringLiteral("cannot read ") + QLatin1String(table.name)};
        lines << QStringLiteral("table %1").arg(QLatin1String(table.name));
        while (st.step() == SQLITE_ROW)
            lines << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0)));
    }
    return lines;
}

/// The rows of each table of a dump (dumpTables()), by table name.
QHash<QString, int> rowCounts(const QStringList &dump) {
    QHash<QString, int> counts;
    QString table;
    for (const QString &line : dump) {
        if (line.startsWith(QLatin1String("table "))) {
            table = line.mid(6);
            counts.insert(table, 0);
        } else {
            ++counts[table];
        }
    }
    return counts;
}

/// A portfolio with something in every table: the demo (with its investment plan) plus a saved
/// segment rule, a partner's hand settings and a group curve on the plan.
PortfolioData richDemo() {
    PortfolioData data = demoPortfolio();
    SegmentRule rule;
    rule.id = 7;
    rule.name = QStringLiteral("EMEA resellers \"tab\tand\nnewline\\\"");
    SegmentCondition condition;
    condition.field = SegmentCondition::Field::Region;
    condition.anyOf = {QStringLiteral("EMEA")};
    rule.conditions.push_back(condition);
    data.segmentRules.push_back(rule);
    data.info.notes = QStringLiteral("Ünïcödé, quotes ' \" and a backslash \\ and \\N");
    // The workshop's evidence (format 6): judgments of a scenario and a decision record.
    ensureScenario(data);
    AxisJudgments judgments;
    judgments.profile = profileIndex(std::nullopt);
    judgments.axis = Axis::Potential;
    judgments.upper = {3.0, 1.0 / 5.0, 9.0, 1.0 / 2.0, 7.0, 1.0 / 9.0};
    data.scenarios.front().setJudgments(judgments);
    DecisionRecord record;
    record.id = 3;
    record.partnerId = data.partners.front().id;
    record.partnerName = data.partners.front().name;
    record.recordedAt = QDateTime(QDate(2026, 12, 6), QTime(14, 3, 5), Qt::UTC);
    record.decision = Decision::Invest;
    record.note = QStringLiteral("Line one\nline \"two\"\ttab");
    record.quadrant = Quadrant::Develop;
    record.potential = 71.25;
    record.readiness = 48.5;
    record.stability = 0.635;
    record.participantCrs = {{Axis::Potential, QStringLiteral("Ada"), 0.03}};
    record.votes = {{QStringLiteral("Ada"), Decision::Invest}};
    data.decisionLog = {record};
    // The plan (format 8): every kind of setting, optional figures set and unset.
    ScenarioPlan &plan = data.plans.front();
    PlanPartnerSetting setting;
    setting.partnerId = data.partners.back().id;
    setting.fixed = 12500.5;
    setting.minimum = 0.0;
    setting.maximum = 1.0 / 3.0;
    setting.edited = 99999.25;
    plan.setPartner(setting);
    PlanGroupSetting group;
    group.segmentRuleId = rule.id;
    group.curve = CurveSetting{250000.0, 40000.0, 1000.0, 0.1, 0.2, 0.5};
    plan.groups.push_back(group);
    plan.minPerPartner = 1000.0;
    return data;
}

} // namespace

class TestTeamStore : public QObject {
    Q_OBJECT

    test::PgTestServer m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        if (!test::PgTestServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(test::PgTestServer::unavailableReason()));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void publishThenCopyKeepsEveryTable_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("demo") << QStringLiteral("demo") << 0;
        QTest::newRow("generated") << QStringLiteral("generated") << 1;
    }

    void publishThenCopyKeepsEveryTable() {
        QFETCH(QString, name);
        QFETCH(int, kind);
        PortfolioData source = kind == 0 ? richDemo() : generatePortfolio(400, 12, 42);
        // Account lists are private to the one who holds them and never published
        // (docs/team.md; tst_cli_team checks that the copy has none).
        source.accountBook = {};
        // As the application saves it: with the Baseline scenario opening gives it.
        ensureScenario(source);
        const QString original = m_dir.filePath(name + QStringLiteral(".partnerscope"));
        QString message;
        QVERIFY2(PortfolioFile::save(source, original, &message), qPrintable(message));
        const PortfolioFile::LoadResult loaded = PortfolioFile::load(original);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));

        const TeamLocation location = m_server.location(name);
        QVERIFY2(TeamStore::publish(*loaded.data, location, QString(), &message),
                 qPrintable(message));
        const QString copy = m_dir.filePath(name + QStringLiteral("-copy.partnerscope"));
        QVERIFY2(TeamStore::copyToFile(location, copy, QString(), &message), qPrintable(message));

        const QStringList before = dumpTables(original);
        const QStringList after = dumpTables(copy);
        QVERIFY(before.size() > 20);
        // The investment plan travels too: history, plans, settings, groups, contract minimums.
        const QHash<QString, int> rows = rowCounts(before);
        QVERIFY(rows.value(QStringLiteral("investments")) > 0);
        QCOMPARE(rowCounts(after), rows);
        if (kind == 0) {
            QCOMPARE(rows.value(QStringLiteral("plans")), 1);
            QCOMPARE(rows.value(QStringLiteral("plan_partners")), 3);
            QCOMPARE(rows.value(QStringLiteral("plan_groups")), 2);
        }
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));

        // Opened from the server, it is the portfolio that was published.
        TeamStore::OpenResult opened = TeamStore::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.portfolio->data == *loaded.data);
        QVERIFY(opened.portfolio->data.plans == loaded.data->plans);
        QCOMPARE(opened.portfolio->data.investments.size(), loaded.data->investments.size());
        double minimums = 0.0;
        for (const Partner &p : opened.portfolio->data.partners)
            minimums += p.economics.contractMinimum;
        if (kind == 0)
            QCOMPARE(minimums, 630000.0); // the demo's six contracts: 180+200+90+60+60+40 k
        QCOMPARE(opened.portfolio->role, TeamSchema::Role::Owner);
        // Versions and positions of every partner row were noted while reading.
        const auto &meta = opened.portfolio->rowMeta.value("partners");
        QCOMPARE(meta.size(), loaded.data->partners.size());
        QCOMPARE(meta.front().version, 1);
        // ... and of the plans and the investment history, which are records of their own.
        QCOMPARE(opened.portfolio->rowMeta.value("plans").size(), loaded.data->plans.size());
        QCOMPARE(opened.portfolio->rowMeta.value("investments").size(),
                 loaded.data->investments.size());
    }

    void publishRefusesANameInUse() {
        QString message;
        const TeamLocation location = m_server.location(QStringLiteral("taken"));
        QVERIFY2(TeamStore::publish(demoPortfolio(), location, QString(), &message),
                 qPrintable(message));
        QVERIFY(!TeamStore::publish(demoPortfolio(), location, QString(), &message));
        QVERIFY2(message.contains(QLatin1String("already has a portfolio")), qPrintable(message));
    }

    void serverSchemaIsTheFileSchema() {
        // The same migrations built it: every table and column of tables.h, with PostgreSQL's
        // spelling of the types, and the file's format version.
        QString message;
        const TeamLocation location = m_server.location(QStringLiteral("schema_check"));
        QVERIFY2(TeamStore::publish(demoPortfolio(), location, QString(), &message),
                 qPrintable(message));
        PgConnection connection;
        QVERIFY(connection.open(location, QString(), &message));
        bool ours = false;
        QCOMPARE(TeamSchema::version(connection, location.portfolio, &ours),
                 Schema::CurrentVersion);
        QVERIFY(ours);
        int count = 0;
        const Tables::Table *const *tables = Tables::all(&count);
        for (int t = 0; t < count; ++t) {
            const Tables::Table &table = *tables[t];
            PgResult columns = connection.exec(
                "SELECT column_name, data_type FROM information_schema.columns WHERE "
                "table_schema = 'schema_check' AND table_name = $1 ORDER BY ordinal_position",
                {QByteArray(table.name)});
            QCOMPARE(columns.rows(), table.count);
            for (int c = 0; c < table.count; ++c) {
                QCOMPARE(columns.value(c, 0), QByteArray(table.columns[c].name));
                const Tables::Type type = table.columns[c].type;
                const QByteArray expected =
                    type == Tables::Type::Real ? "double precision"
                    : type == Tables::Type::Id || type == Tables::Type::Int ||
                            type == Tables::Type::Bool || type == Tables::Type::Version
                        ? "bigint"
                        : "text";
                QCOMPARE(columns.value(c, 1), expected);
            }
        }
    }

    void formatTenTeamPortfolioIsUpgradedByItsOwner() {
        // A team portfolio published by a format 10 Partnerscope: account_lists without
        // status_rules. Opening it as its owner runs the format 11 step on PostgreSQL.
        QString message;
        const TeamLocation location = m_server.location(QStringLiteral("format_ten"));
        PortfolioData data = demoPortfolio();
        data.accountBook = {};
        ensureScenario(data);
        QVERIFY2(TeamStore::publish(data, location, QString(), &message), qPrintable(message));
        PgConnection connection;
        QVERIFY(connection.open(location, QString(), &message));
        const auto hasStatusRules = [&connection] {
            return connection
                       .exec("SELECT 1 FROM information_schema.columns WHERE table_schema = "
                             "'format_ten' AND table_name = 'account_lists' AND column_name = "
                             "'status_rules'")
                       .rows() == 1;
        };
        QVERIFY(hasStatusRules());
        QVERIFY2(connection.command("ALTER TABLE format_ten.account_lists DROP COLUMN "
                                    "status_rules",
                                    &message),
                 qPrintable(message));
        QVERIFY2(
            connection.command("UPDATE format_ten.partnerscope_schema SET version = 10", &message),
            qPrintable(message));
        bool ours = false;
        QCOMPARE(TeamSchema::version(connection, location.portfolio, &ours), 10);
        QVERIFY(!hasStatusRules());

        TeamStore::OpenResult opened = TeamStore::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(TeamSchema::version(connection, location.portfolio, &ours),
                 Schema::CurrentVersion);
        QVERIFY(hasStatusRules());
        QCOMPARE(opened.portfolio->data.partners.size(), data.partners.size());
    }

    void dialectTranslationIsMechanical() {
        QCOMPARE(pgDialect("CREATE TABLE t (a INTEGER PRIMARY KEY, b REAL NOT NULL, "
                           "c TEXT DEFAULT 'INTEGER REAL')"),
                 QByteArray("CREATE TABLE t (a BIGINT PRIMARY KEY, b DOUBLE PRECISION NOT NULL, "
                            "c TEXT DEFAULT 'INTEGER REAL')"));
        QCOMPARE(pgDialect("INSERT OR IGNORE INTO portfolio (id) VALUES (1);\nSELECT 1;"),
                 QByteArray("INSERT INTO portfolio (id) VALUES (1) ON CONFLICT DO NOTHING;\n"
                            "SELECT 1;"));
        QCOMPARE(pgDialect("-- an INTEGER in a comment\nx INTEGER"),
                 QByteArray("-- an INTEGER in a comment\nx BIGINT"));
    }

    void viewerIsRefusedByTheServer() {
        QString message;
        const TeamLocation location = m_server.location(QStringLiteral("roles"));
        QVERIFY2(TeamStore::publish(demoPortfolio(), location, QString(), &message),
                 qPrintable(message));
        QVERIFY2(m_server.createUser(QStringLiteral("vera"), &message), qPrintable(message));
        QVERIFY2(m_server.createUser(QStringLiteral("ed"), &message), qPrintable(message));
        QVERIFY2(m_server.sql(QStringLiteral("GRANT postgres_roles_viewer TO vera; "
                                             "GRANT postgres_roles_editor TO ed"),
                              &message),
                 qPrintable(message));

        // The viewer reads the portfolio ...
        TeamStore::OpenResult asViewer =
            TeamStore::open(m_server.location(QStringLiteral("roles"), QStringLiteral("vera")));
        QVERIFY2(asViewer.ok(), qPrintable(asViewer.message));
        QCOMPARE(asViewer.portfolio->role, TeamSchema::Role::Viewer);
        QVERIFY(!asViewer.portfolio->data.partners.empty());
        // ... and writing directly, past the application, is refused by the server.
        PgConnection &vera = *asViewer.portfolio->connection;
        PgResult update = vera.exec("UPDATE partners SET name = 'hacked'");
        QVERIFY(!update.ok());
        QCOMPARE(update.sqlState(), QByteArray("42501"));
        QVERIFY(!vera.exec("DELETE FROM audit").ok());

        // An editor edits partners but not scenarios (owners only).
        TeamStore::OpenResult asEditor =
            TeamStore::open(m_server.location(QStringLiteral("roles"), QStringLiteral("ed")));
        QVERIFY2(asEditor.ok(), qPrintable(asEditor.message));
        QCOMPARE(asEditor.portfolio->role, TeamSchema::Role::Editor);
        PgConnection &ed = *asEditor.portfolio->connection;
        QVERIFY(ed.exec("UPDATE partners SET notes = 'edited' WHERE id = (SELECT min(id) FROM "
                        "partners)")
                    .ok());
        PgResult scenario = ed.exec("UPDATE scenarios SET name = 'mine'");
        QCOMPARE(scenario.sqlState(), QByteArray("42501"));
        // The audit trail names who changed what; nobody but the trigger writes it.
        PgResult audit = ed.exec("SELECT who, tbl, op, new_values->>'notes' FROM audit");
        QCOMPARE(audit.rows(), 1);
        QCOMPARE(audit.text(0, 0), QStringLiteral("ed"));
        QCOMPARE(audit.text(0, 1), QStringLiteral("partners"));
        QCOMPARE(audit.text(0, 2), QStringLiteral("U"));
        QCOMPARE(audit.text(0, 3), QStringLiteral("edited"));
        QVERIFY(!ed.exec("INSERT INTO audit (who, tbl, row_key, op) VALUES ('x', 'y', '{}', 'U')")
                     .ok());

        // Someone without a role cannot even open it.
        QVERIFY(m_server.createUser(QStringLiteral("stranger")));
        TeamStore::OpenResult asStranger =
            TeamStore::open(m_server.location(QStringLiteral("roles"), QStringLiteral("stranger")));
        QVERIFY(!asStranger.ok());
        QVERIFY2(asStranger.message.contains(QLatin1String("stranger")),
                 qPrintable(asStranger.message));
    }

    void locationsParseAndRefusePasswords_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("plain") << "postgresql://ann@db.example.com/sales?portfolio=emea" << true
                               << "";
        QTest::newRow("explicit tls") << "postgresql://ann@db:6543/sales?portfolio=emea&sslmode="
                                         "verify-full"
                                      << true << "verify-full";
        QTest::newRow("socket") << "postgresql:///sales?portfolio=emea&host=/tmp/x&sslmode=disable"
                                << true << "disable";
        QTest::newRow("password") << "postgresql://ann:secret@db/sales?portfolio=emea" << false
                                  << "";
        QTest::newRow("no portfolio") << "postgresql://ann@db/sales" << false << "";
        QTest::newRow("bad name") << "postgresql://ann@db/sales?portfolio=Robert'); DROP" << false
                                  << "";
        QTest::newRow("unknown parameter")
            << "postgresql://db/sales?portfolio=a&options=-c" << false << "";
        QTest::newRow("file") << "/home/ann/emea.partnerscope" << false << "";
    }

    void locationsParseAndRefusePasswords() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, sslmode);
        QString error;
        const auto location = TeamLocation::parse(text, &error);
        QCOMPARE(location.has_value(), valid);
        if (!valid) {
            QVERIFY(error.contains(text));
            return;
        }
        QCOMPARE(location->sslMode, sslmode);
        // A location survives being written out and read again.
        const auto again = TeamLocation::parse(location->toString(), &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(again->toString(), location->toString());
        QVERIFY(!location->toString().contains(QLatin1String("secret")));
    }

    void tlsIsOnByDefault() {
        const auto location =
            TeamLocation::parse(QStringLiteral("postgresql://ann@db.example.com/s?portfolio=a"));
        QVERIFY(location);
        qputenv("PGSSLROOTCERT", QByteArray("/nonexistent/root.crt"));
        qputenv("HOME", m_dir.path().toUtf8());
        QCOMPARE(location->effectiveSslMode(), QStringLiteral("require"));
        QVERIFY(location->tlsNote().contains(QLatin1String("not checked")));
        QFile ca(m_dir.filePath(QStringLiteral("ca.crt")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.close();
        qputenv("PGSSLROOTCERT", ca.fileName().toUtf8());
        QCOMPARE(location->effectiveSslMode(), QStringLiteral("verify-full"));
        QVERIFY(location->tlsNote().isEmpty());
        qunsetenv("PGSSLROOTCERT");
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
