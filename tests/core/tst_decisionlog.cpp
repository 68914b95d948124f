// SPDX-License-Identifier: GPL-3.0-or-later
// Format 6 in the file: the workshop decision log with its evidence (weights, consistency
// ratios, votes, stability) and the AHP dialog's judgments per scenario survive a save and load;
// a version 5 file opens with neither and is not touched by opening; rows another tool got wrong
// are refused with the table and column named; deleting a partner keeps its records.
#include "core/domain/portfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;
using ErrorKind = PortfolioFile::ErrorKind;

namespace {

bool runSql(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The sample portfolio with a scenario, judgments on two axes of two profiles, and two
/// decision records: one from a voting room, one taken without votes.
PortfolioData withEvidence() {
    PortfolioData d = test::everyFieldPortfolio();
    ensureScenario(d);
    Scenario &s = d.scenarios.front();
    AxisJudgments potential;
    potential.profile = profileIndex(PartnerModel::SystemsIntegrator);
    potential.axis = Axis::Potential;
    potential.upper = {3.0, 1.0 / 5.0, 9.0, 1.0 / 2.0, 7.0, 1.0 / 9.0};
    s.setJudgments(potential);
    AxisJudgments neutral;
    neutral.profile = profileIndex(std::nullopt);
    neutral.axis = Axis::Readiness;
    neutral.upper = {1.0, 2.0, 1.0 / 3.0, 4.0, 1.0 / 8.0, 6.0};
    s.setJudgments(neutral);

    DecisionRecord room;
    room.id = 9;
    room.partnerId = 40;
    room.partnerName = QStringLiteral("Ærø Integration ApS");
    room.recordedAt = QDateTime(QDate(2026, 12, 6), QTime(14, 3, 5), Qt::UTC);
    room.decision = Decision::Invest;
    room.owner = QStringLiteral("Zoë Ødegård");
    room.nextStep = QStringLiteral("Joint plan; \"by Q2\"");
    room.note = QStringLiteral("Line one\nline two");
    room.scenarioName = s.name;
    room.quadrant = Quadrant::Develop;
    room.potential = 71.25;
    room.readiness = 48.5;
    room.stability = 0.635;
    room.weights = percentOfAxis(s.profiles[size_t(potential.profile)]);
    room.potentialCr = 0.0421;
    room.readinessCr = 0.1375;
    room.potentialConsensus = 0.81;
    room.readinessConsensus = 0.5625;
    room.participantCrs = {{Axis::Potential, QStringLiteral("Ada"), 0.03},
                           {Axis::Potential, QStringLiteral("Grace 日本"), 0.22},
                           {Axis::Readiness, QStringLiteral("Ada"), 0.0}};
    room.votes = {{QStringLiteral("Ada"), Decision::Invest},
                  {QStringLiteral("Grace 日本"), Decision::Develop},
                  {QStringLiteral("Linus"), Decision::Invest}};
    DecisionRecord quiet;
    quiet.id = 4; // ids out of order: the log keeps its own order
    quiet.partnerId = 7;
    quiet.partnerName = QStringLiteral("中欧 Distribution");
    quiet.recordedAt = QDateTime(QDate(2026, 12, 6), QTime(14, 9, 0), Qt::UTC);
    quiet.decision = Decision::Exit;
    quiet.scenarioName = s.name;
    quiet.quadrant = Quadrant::Deprioritize;
    quiet.potential = 12.0;
    quiet.readiness = 80.0;
    quiet.weights = percentOfAxis(s.profiles[0]);
    d.decisionLog = {room, quiet};
    return d;
}

} // namespace

class TestDecisionLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString saved(const QString &name, const PortfolioData &data = withEvidence()) {
        const QString file = path(name);
        QString message;
        [&] { QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message)); }();
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void evidenceAndJudgmentsRoundTrip() {
        const PortfolioData original = withEvidence();
        QVERIFY2(validate(original).isEmpty(), qPrintable(validate(original).join(u' ')));
        const auto result = PortfolioFile::load(saved(QStringLiteral("evidence.partnerscope")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, Schema::CurrentVersion);
        const PortfolioData &loaded = *result.data;
        QCOMPARE(loaded.decisionLog.size(), size_t(2));
        const DecisionRecord &room = loaded.decisionLog.front();
        QCOMPARE(room.id, Id(9));
        QCOMPARE(room.recordedAt, QDateTime(QDate(2026, 12, 6), QTime(14, 3, 5), Qt::UTC));
        QCOMPARE(room.votes.size(), size_t(3));
        QCOMPARE(room.votes[1].participant, QStringLiteral("Grace 日本"));
        QCOMPARE(room.voteCounts()[size_t(Decision::Invest)], 2);
        QCOMPARE(room.stability, std::optional<double>(0.635));
        QCOMPARE(room.participantCrs[1].cr, 0.22);
        QCOMPARE(loaded.decisionLog.back().stability, std::optional<double>());
        QCOMPARE(loaded.decisionLog.back().votes.size(), size_t(0));
        QCOMPARE(loaded.decisionLog, original.decisionLog);
        const Scenario &s = loaded.scenarios.front();
        const AxisJudgments *j =
            s.judgmentsFor(profileIndex(PartnerModel::SystemsIntegrator), Axis::Potential);
        QVERIFY(j);
        QCOMPARE(j->value(0, 3), 9.0);
        QCOMPARE(j->value(3, 0), 1.0 / 9.0);
        QCOMPARE(j->value(2, 3), 1.0 / 9.0);
        QVERIFY(!s.judgmentsFor(profileIndex(PartnerModel::SystemsIntegrator), Axis::Readiness));
        QCOMPARE(loaded.scenarios, original.scenarios);
        QVERIFY(loaded == original);
    }

    void pairIndexCoversTheUpperTriangle() {
        QList<int> seen;
        for (int a = 0; a < 4; ++a)
            for (int b = a + 1; b < 4; ++b)
                seen << AxisJudgments::pairIndex(a, b);
        QCOMPARE(seen, (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    void versionFiveFileOpensWithoutEvidence() {
        // A file as version 5 wrote it: the v1-v5 migrations, a partner and a scenario.
        const QString file = path(QStringLiteral("v5.partnerscope"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            const bool ok = Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error) &&
                            Schema::upgradeToV3(db, &error) && Schema::upgradeToV4(db, &error) &&
                            Schema::upgradeToV5(db, &error);
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(sqlite3_exec(db,
                                  "INSERT INTO partners (id, position, name, decision) VALUES "
                                  "(5, 0, 'Alpha', 'invest');"
                                  "INSERT INTO scenarios (id, position, name) VALUES (2, 0, 'Q3');"
                                  "UPDATE portfolio SET active_scenario_id = 2;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = readAll(file);
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 5);
        QVERIFY(result.data->decisionLog.empty());
        QCOMPARE(result.data->scenarios.size(), size_t(1));
        QVERIFY(result.data->scenarios.front().judgments.empty());
        QCOMPARE(result.data->partners.front().decision, Decision::Invest);
        QCOMPARE(readAll(file), before); // opening migrates a copy in memory only

        // Saved again, it is a current file that keeps what was added after opening.
        PortfolioData data = *result.data;
        DecisionRecord r;
        r.id = 1;
        r.partnerId = 5;
        r.partnerName = QStringLiteral("Alpha");
        r.recordedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        r.decision = Decision::Maintain;
        r.weights = percentOfAxis(data.scenarios.front().profiles[0]);
        r.votes = {{QStringLiteral("Ada"), Decision::Maintain}};
        data.decisionLog.push_back(r);
        QString message;
        QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message));
        const auto again = PortfolioFile::load(file);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.fileVersion, Schema::CurrentVersion);
        QCOMPARE(again.data->decisionLog, data.decisionLog);
    }

    void rerunningVersionSixIsHarmless() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error), qPrintable(error));
        QVERIFY2(Schema::upgradeToV6(db, &error), qPrintable(error));
        QVERIFY2(Schema::upgradeToV5(db, &error), qPrintable(error));
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), Schema::CurrentVersion);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    void badRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("judgment off the scale")
            << QByteArray("UPDATE scenario_judgments SET value = 2.5 WHERE rowid = 1")
            << QStringLiteral("scenario_judgments");
        QTest::newRow("judgment across axes")
            << QByteArray("UPDATE scenario_judgments SET criterion_b = 'capability' WHERE "
                          "rowid = 1")
            << QStringLiteral("criterion_b");
        QTest::newRow("vote without a choice")
            << QByteArray("UPDATE decision_votes SET choice = '' WHERE position = 0")
            << QStringLiteral("decision_votes");
        QTest::newRow("record without a decision")
            << QByteArray("UPDATE decision_log SET decision = 'maybe' WHERE id = 9")
            << QStringLiteral("column decision");
        QTest::newRow("time that is no time")
            << QByteArray("UPDATE decision_log SET recorded_at = 'yesterday' WHERE id = 9")
            << QStringLiteral("recorded_at");
        QTest::newRow("unknown axis")
            << QByteArray("UPDATE decision_crs SET axis = 'both' WHERE position = 0")
            << QStringLiteral("decision_crs");
        QTest::newRow("stability above one")
            << QByteArray("UPDATE decision_log SET stability = 3 WHERE id = 9")
            << QStringLiteral("Decision record 9");
        QTest::newRow("weight of a record that does not exist")
            << QByteArray("PRAGMA foreign_keys = OFF; INSERT INTO decision_weights VALUES "
                          "(77, 'capability', 5)")
            << QStringLiteral("no decision record has this id");
    }

    void badRowsAreRefused() {
        QFETCH(QByteArray, sql);
        QFETCH(QString, phrase);
        const QString file = saved(QStringLiteral("bad.partnerscope"));
        QVERIFY(runSql(file, sql.constData()));
        const auto result = PortfolioFile::load(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::InvalidData);
        QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("bad.partnerscope")),
                 qPrintable(result.message));
    }

    void deletingAPartnerKeepsItsRecords() {
        // The undo facade drops overrides of a deleted partner; the sample has one.
        PortfolioData data = withEvidence();
        for (Scenario &s : data.scenarios)
            s.overrides.erase(
                std::remove_if(s.overrides.begin(), s.overrides.end(),
                               [](const QuadrantOverride &o) { return o.partnerId == 40; }),
                s.overrides.end());
        Portfolio portfolio;
        portfolio.assign(data);
        QSignalSpy changed(&portfolio, &Portfolio::entityChanged);
        const PartnerRemoval removal = portfolio.removePartner(40);
        QCOMPARE(portfolio.decisionLog().size(), size_t(2));
        QCOMPARE(portfolio.decisionLog().front().partnerId, Id(0));
        QCOMPARE(portfolio.decisionLog().front().partnerName,
                 QStringLiteral("Ærø Integration ApS"));
        bool recordSignalled = false;
        for (const QList<QVariant> &args : changed)
            recordSignalled |= args.at(0).value<EntityKind>() == EntityKind::DecisionRecord;
        QVERIFY(recordSignalled);
        QVERIFY2(validate(portfolio.data()).isEmpty(),
                 qPrintable(validate(portfolio.data()).join(u' ')));
        // Saving a record that names no partner works, and undo puts the reference back.
        QString message;
        QVERIFY2(PortfolioFile::save(portfolio.data(), path(QStringLiteral("gone.partnerscope")),
                                     &message),
                 qPrintable(message));
        portfolio.restorePartner(removal);
        QCOMPARE(portfolio.decisionLog().front().partnerId, Id(40));
        QVERIFY(portfolio.data() == data);
    }
};

QTEST_GUILESS_MAIN(TestDecisionLog)
#include "tst_decisionlog.moc"
