// SPDX-License-Identifier: GPL-3.0-or-later
// Saving and loading portfolio files, and every kind of bad file a user might open.
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace ps;
using PortfolioFile::ErrorKind;

Q_DECLARE_METATYPE(PortfolioFile::ErrorKind)

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Runs SQL on a file with the plain sqlite3 API, as another tool (or an attacker) would.
void runSql(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestPortfolioFile : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void everyFieldRoundTrips() {
        const PortfolioData original = test::everyFieldPortfolio();
        QVERIFY(validate(original).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("every field.partnerscope"));
        QString message;
        QVERIFY2(PortfolioFile::save(original, path, &message), qPrintable(message));

        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.error, ErrorKind::None);
        QCOMPARE(result.fileVersion, Schema::CurrentVersion);
        const PortfolioData &loaded = *result.data;
        // Entity by entity first, so a failure points at the part that broke.
        QVERIFY(loaded.info == original.info);
        QCOMPARE(loaded.icps.size(), original.icps.size());
        for (size_t i = 0; i < original.icps.size(); ++i)
            QVERIFY2(loaded.icps[i] == original.icps[i], qPrintable(original.icps[i].name));
        QCOMPARE(loaded.partners.size(), original.partners.size());
        for (size_t i = 0; i < original.partners.size(); ++i)
            QVERIFY2(loaded.partners[i] == original.partners[i],
                     qPrintable(original.partners[i].name));
        QVERIFY(loaded.links == original.links);
        QVERIFY(loaded.oemDeals == original.oemDeals);
        QVERIFY(loaded == original);
        QVERIFY(!loaded.partners[2].model.has_value());
        QCOMPARE(loaded.partners[0].id, Id(40)); // saved order, not id order
    }

    void savedFileIsReadableByOtherTools() {
        const QString path = m_dir.filePath(QStringLiteral("plain.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT name, model, tier, regions, enrolled_on FROM partners "
                                    "ORDER BY position",
                                    -1, &st, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))),
                 QStringLiteral("si"));
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 2))),
                 QStringLiteral("platinum"));
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3))),
                 QStringLiteral("Nordics; Baltics"));
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 4))),
                 QStringLiteral("2023-02-28"));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    void checkOfHealthyFileIsEmpty() {
        const QString path = m_dir.filePath(QStringLiteral("healthy.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        QCOMPARE(PortfolioFile::check(path), QStringList());
    }

    void checkListsEveryProblem() {
        const QString path = m_dir.filePath(QStringLiteral("two problems.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        runSql(path, "UPDATE partners SET rating_commitment = 9 WHERE id = 40;"
                     "UPDATE influence_links SET role = 'bribes' WHERE id = 55;");
        const QStringList problems = PortfolioFile::check(path);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].contains(path));
        QVERIFY(problems[0].contains(QLatin1String("rating_commitment")));
        QVERIFY(problems[1].contains(QLatin1String("\"bribes\"")));
    }

    void badFile_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorKind>("expected");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << "missing" << ErrorKind::NotFound << "does not exist";
        QTest::newRow("folder") << "folder" << ErrorKind::NotFound << "regular file";
        QTest::newRow("empty file") << "empty" << ErrorKind::NotSqlite << "empty";
        QTest::newRow("text file") << "text" << ErrorKind::NotSqlite << "not an SQLite";
        QTest::newRow("random bytes") << "random" << ErrorKind::NotSqlite << "not an SQLite";
        QTest::newRow("cut in half") << "truncated" << ErrorKind::Corrupt << "truncated";
        QTest::newRow("corrupted pages") << "corrupted" << ErrorKind::Corrupt << "damaged";
        QTest::newRow("other database")
            << "otherdb" << ErrorKind::NotPortfolio << "without the portfolio tables";
        QTest::newRow("wrong application_id")
            << "appid" << ErrorKind::NotPortfolio << "application id";
        QTest::newRow("newer user_version") << "newer" << ErrorKind::NewerVersion << "newer";
        QTest::newRow("unknown enum key") << "enum" << ErrorKind::InvalidData << "\"wizard\"";
        QTest::newRow("rating 9") << "rating" << ErrorKind::InvalidData << "rating_capability";
        QTest::newRow("text in a number") << "type" << ErrorKind::InvalidData << "whole number";
        QTest::newRow("bad date") << "date" << ErrorKind::InvalidData << "2024-02-30";
        QTest::newRow("dangling link")
            << "dangling" << ErrorKind::InvalidData << "missing ICP or partner";
        QTest::newRow("dangling tier") << "tier" << ErrorKind::InvalidData << "oem_royalty_tiers";
        // Loading reads the activity log and investment history on a second connection at
        // once; its problems read the same, and the first table's problem comes first.
        QTest::newRow("bad activity kind")
            << "activity" << ErrorKind::InvalidData << "table activities, row id";
        QTest::newRow("bad partner and activity")
            << "twohalves" << ErrorKind::InvalidData << "rating_capability";
        QTest::newRow("activities lacks a column")
            << "activitycolumn" << ErrorKind::NotPortfolio << "lacks the expected columns";
        QTest::newRow("partners is a view") << "view" << ErrorKind::NotPortfolio << "view";
        QTest::newRow("missing column")
            << "column" << ErrorKind::NotPortfolio << "lacks the expected columns";
    }

    void badFile() {
        QFETCH(QString, kind);
        QFETCH(ErrorKind, expected);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(kind + QStringLiteral(".partnerscope"));
        makeBadFile(kind, path);
        const QByteArray before = readAll(path);

        const auto result = PortfolioFile::load(path);
        qInfo().noquote() << result.message;
        QVERIFY(!result.ok());
        QCOMPARE(result.error, expected);
        QVERIFY2(result.message.contains(QLatin1Char('"') + path + QLatin1Char('"')),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QVERIFY2(result.message.endsWith(QLatin1Char('.')), qPrintable(result.message));
        QCOMPARE(readAll(path), before); // opening never writes

        const QStringList problems = PortfolioFile::check(path);
        QVERIFY(!problems.isEmpty());
        for (const QString &problem : problems)
            QVERIFY2(problem.contains(path), qPrintable(problem));
    }

    void foreignObjectsAreIgnored() {
        const QString path = m_dir.filePath(QStringLiteral("foreign.partnerscope"));
        const PortfolioData original = test::everyFieldPortfolio();
        QVERIFY(PortfolioFile::save(original, path));
        runSql(path, "CREATE TABLE audit (what TEXT);"
                     "CREATE TRIGGER spy AFTER UPDATE ON partners BEGIN "
                     "  INSERT INTO audit VALUES (new.name); DELETE FROM influence_links; END;"
                     "CREATE TRIGGER spy2 BEFORE DELETE ON icps BEGIN SELECT 1; END;"
                     "CREATE VIEW summary AS SELECT name FROM partners;"
                     "ALTER TABLE partners ADD COLUMN their_extra TEXT DEFAULT 'x';");
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == original);
        QCOMPARE(PortfolioFile::check(path), QStringList());
        QCOMPARE(readAll(path), before);
    }

    void walModeFileOpensWithoutWritingBesideIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        runSql(path, "PRAGMA journal_mode = WAL;");
        const QByteArray before = readAll(path);
        auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({"wal.partnerscope"}));
        QCOMPARE(readAll(path), before);

        // Another program has the file open with changes still in its -wal file: reading only
        // the main file would silently miss them, so opening is refused until they are written.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA wal_autocheckpoint = 0;"
                              "UPDATE portfolio SET name = 'Renamed elsewhere';",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        result = PortfolioFile::load(path);
        QCOMPARE(result.error, ErrorKind::NotFound);
        QVERIFY2(result.message.contains(QLatin1String("-wal")), qPrintable(result.message));
        sqlite3_close(other); // checkpoints the change into the file
        result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->info.name, QStringLiteral("Renamed elsewhere"));
    }

    void unicodePathAndSymlink() {
        const QString path = m_dir.filePath(QStringLiteral("Ünïcødé plan 日本.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        const QString link = m_dir.filePath(QStringLiteral("link.partnerscope"));
        QVERIFY(QFile::link(path, link));
        PortfolioData changed = test::everyFieldPortfolio();
        changed.info.name = QStringLiteral("Saved through a link");
        QVERIFY(PortfolioFile::save(changed, link));
        QVERIFY(QFileInfo(link).isSymLink()); // the link survives, its target gets the data
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->info.name, changed.info.name);
    }

    void failedSaveLeavesTargetUnchanged_data() {
        QTest::addColumn<QString>("kind");
        if (geteuid() != 0) // root writes into read-only folders, so this row needs a user
            QTest::newRow("folder without write permission") << "readonly";
        QTest::newRow("kernel folder") << "proc";
        QTest::newRow("missing folder") << "missing";
        QTest::newRow("target is a folder") << "dir";
        QTest::newRow("dangling reference in the data") << "invalid";
        QTest::newRow("two partners with one id") << "duplicate";
    }

    void failedSaveLeavesTargetUnchanged() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("target.partnerscope"));
        PortfolioData data = test::everyFieldPortfolio();
        if (kind == QLatin1String("readonly")) {
            QVERIFY(PortfolioFile::save(data, path));
            QVERIFY(
                QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        } else if (kind == QLatin1String("proc")) {
            path =
                QStringLiteral("/proc/self/status"); // an existing file in a folder no one writes
        } else if (kind == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("no/such/folder/target.partnerscope"));
        } else if (kind == QLatin1String("dir")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("target.partnerscope")));
        } else {
            QVERIFY(PortfolioFile::save(data, path));
            if (kind == QLatin1String("duplicate"))
                data.partners[2].id = data.partners[0].id;
            else
                data.links[0].partnerId = 12345;
        }
        const QByteArray before = readAll(path);
        QString message;
        QVERIFY(!PortfolioFile::save(data, path, &message));
        qInfo().noquote() << message;
        QVERIFY2(message.contains(QLatin1Char('"') + path + QLatin1Char('"')), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1Char('.')));
        if (kind != QLatin1String("proc"))
            QCOMPARE(readAll(path), before);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        // No temporary file is left behind.
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(!name.endsWith(QLatin1String(".tmp")), qPrintable(name));
    }

    void saveReplacesExistingFile() {
        const QString path = m_dir.filePath(QStringLiteral("twice.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        const PortfolioData other = test::generatedPortfolio(50, 4, 2, 7);
        QVERIFY(PortfolioFile::save(other, path));
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == other);
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Hidden | QDir::Files),
            QStringList());
    }

private:
    void makeBadFile(const QString &kind, const QString &path) {
        const PortfolioData good = test::everyFieldPortfolio();
        auto savedPortfolio = [&] { QVERIFY(PortfolioFile::save(good, path)); };
        if (kind == QLatin1String("missing"))
            return;
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("empty")) {
            writeAll(path, QByteArray());
        } else if (kind == QLatin1String("text")) {
            writeAll(path, "name,model\nAcme,reseller\n");
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator rng(42);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            writeAll(path, bytes);
        } else if (kind == QLatin1String("truncated")) {
            savedPortfolio();
            const QByteArray bytes = readAll(path);
            writeAll(path, bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("corrupted")) {
            savedPortfolio();
            QByteArray bytes = readAll(path);
            const int pageSize = 4096;
            QVERIFY(bytes.size() >= 3 * pageSize);
            // Garbage over the b-tree page headers of every page after the first.
            for (int page = 1; page * pageSize < bytes.size(); ++page)
                for (int i = 0; i < 24; ++i)
                    bytes[page * pageSize + i] = char(0xA5 ^ i);
            writeAll(path, bytes);
        } else if (kind == QLatin1String("otherdb")) {
            runSql(path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
        } else if (kind == QLatin1String("appid")) {
            savedPortfolio();
            runSql(path, "PRAGMA application_id = 1234;");
        } else if (kind == QLatin1String("newer")) {
            savedPortfolio();
            runSql(path, "PRAGMA user_version = 99;");
        } else if (kind == QLatin1String("enum")) {
            savedPortfolio();
            runSql(path, "UPDATE partners SET model = 'wizard' WHERE id = 7;");
        } else if (kind == QLatin1String("rating")) {
            savedPortfolio();
            runSql(path, "UPDATE partners SET rating_capability = 9 WHERE id = 40;");
        } else if (kind == QLatin1String("type")) {
            savedPortfolio();
            runSql(path, "UPDATE influence_links SET strength = 'strong' WHERE id = 101;");
        } else if (kind == QLatin1String("date")) {
            savedPortfolio();
            runSql(path, "UPDATE partners SET enrolled_on = '2024-02-30' WHERE id = 40;");
        } else if (kind == QLatin1String("dangling")) {
            savedPortfolio();
            runSql(path, "PRAGMA foreign_keys = OFF;"
                         "INSERT INTO influence_links (id, position, icp_id, partner_id, "
                         "strength, role) VALUES (999, 99, 12, 4242, 3, 'sources');");
        } else if (kind == QLatin1String("tier")) {
            savedPortfolio();
            runSql(path, "PRAGMA foreign_keys = OFF; INSERT INTO oem_royalty_tiers "
                         "VALUES (777, 0, 10, 1.5);");
        } else if (kind == QLatin1String("activity")) {
            savedPortfolio();
            runSql(path, "UPDATE activities SET kind = 'golf';");
        } else if (kind == QLatin1String("twohalves")) {
            savedPortfolio();
            runSql(path, "UPDATE activities SET kind = 'golf';"
                         "UPDATE partners SET rating_capability = 9 WHERE id = 40;");
        } else if (kind == QLatin1String("activitycolumn")) {
            savedPortfolio();
            runSql(path, "ALTER TABLE activities DROP COLUMN notes;");
        } else if (kind == QLatin1String("view")) {
            savedPortfolio();
            runSql(path, "ALTER TABLE partners RENAME TO partners_real;"
                         "CREATE VIEW partners AS SELECT * FROM partners_real;");
        } else if (kind == QLatin1String("column")) {
            savedPortfolio();
            runSql(path, "ALTER TABLE influence_links DROP COLUMN notes;");
        } else {
            QFAIL("unknown kind of bad file");
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPortfolioFile)
#include "tst_portfoliofile.moc"
