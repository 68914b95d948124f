// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios in the file (format 3): every field survives a save and load, older files get a
// Baseline, and rows another tool got wrong are refused with the table and row named.
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

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

qint64 count(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

} // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The every-field portfolio saved to `name`.
    QString saved(const QString &name) {
        const QString file = path(name);
        QString message;
        [&] {
            QVERIFY2(PortfolioFile::save(test::everyFieldPortfolio(), file, &message),
                     qPrintable(message));
        }();
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyScenarioFieldRoundTrips() {
        const PortfolioData original = test::everyFieldPortfolio();
        QCOMPARE(original.scenarios.size(), size_t(2));
        const QString file = saved(QStringLiteral("scenarios.partnerscope"));
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const PortfolioData &loaded = *result.data;
        QCOMPARE(loaded.scenarios.size(), size_t(2));
        for (size_t i = 0; i < original.scenarios.size(); ++i) {
            const Scenario &a = loaded.scenarios[i];
            const Scenario &b = original.scenarios[i];
            QCOMPARE(a.id, b.id); // saved order (8, 2), not id order
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.potentialThreshold, b.potentialThreshold);
            QCOMPARE(a.readinessThreshold, b.readinessThreshold);
            for (size_t p = 0; p < a.profiles.size(); ++p)
                QVERIFY2(a.profiles[p] == b.profiles[p], qPrintable(QString::number(p)));
            QCOMPARE(a.overrides.size(), b.overrides.size());
            for (size_t o = 0; o < a.overrides.size(); ++o)
                QVERIFY(a.overrides[o] == b.overrides[o]);
        }
        QCOMPARE(loaded.activeScenarioId, Id(2));
        QVERIFY(loaded == original);
        QCOMPARE(count(file, "SELECT count(*) FROM scenario_weights"),
                 qint64(2 * ProfileCount * CriterionCount));
    }

    void zeroAndFractionalWeightsAreExact() {
        PortfolioData data = test::everyFieldPortfolio();
        data.scenarios[0].profiles[0].weights = {0.0, 1.0 / 3.0, 1e-9, 999.99, 0.1, 0.2, 0.3, 7};
        data.scenarios[0].potentialThreshold = 100.0;
        data.scenarios[0].readinessThreshold = 1.0 / 7.0;
        const QString file = path(QStringLiteral("exact.partnerscope"));
        QVERIFY(PortfolioFile::save(data, file));
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.data->scenarios[0] == data.scenarios[0]);
    }

    void neutralProfileIsStoredUnderAnEmptyModel() {
        const QString file = saved(QStringLiteral("neutral.partnerscope"));
        QCOMPARE(count(file, "SELECT count(*) FROM scenario_weights WHERE model = ''"),
                 qint64(2 * CriterionCount));
        QCOMPARE(count(file, "SELECT count(DISTINCT model) FROM scenario_weights"),
                 qint64(ProfileCount));
        QCOMPARE(count(file, "SELECT active_scenario_id FROM portfolio"), qint64(2));
    }

    void deletingAScenarioCascades() {
        const QString file = saved(QStringLiteral("cascade.partnerscope"));
        QVERIFY(runSql(file, "PRAGMA foreign_keys = ON; DELETE FROM scenarios WHERE id = 8;"));
        QCOMPARE(count(file, "SELECT count(*) FROM scenario_weights"),
                 qint64(ProfileCount * CriterionCount));
        QCOMPARE(count(file, "SELECT count(*) FROM scenario_overrides"), qint64(1));
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->scenarios.size(), size_t(1));
        QCOMPARE(result.data->scenarios[0].id, Id(2));
    }

    void missingWeightRowsKeepTheDefault() {
        const QString file = saved(QStringLiteral("sparse.partnerscope"));
        QVERIFY(runSql(file, "DELETE FROM scenario_weights WHERE scenario_id = 2 AND "
                             "model = 'isv' AND criterion = 'market_reach'"));
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const Scenario &s = result.data->scenarios[1];
        QCOMPARE(s.profileFor(PartnerModel::Isv).weight(Criterion::MarketReach),
                 defaultProfile(PartnerModel::Isv).weight(Criterion::MarketReach));
        QCOMPARE(s.profileFor(PartnerModel::Isv).weight(Criterion::Capability), 5.0 / 3.0);
    }

    void fileWithoutScenariosGetsABaseline() {
        PortfolioData data = test::everyFieldPortfolio();
        data.scenarios.clear();
        data.activeScenarioId = 0;
        const QString file = path(QStringLiteral("none.partnerscope"));
        QVERIFY(PortfolioFile::save(data, file));
        QCOMPARE(count(file, "SELECT count(*) FROM scenarios"), qint64(0));
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->scenarios.size(), size_t(1));
        const Scenario &baseline = result.data->scenarios[0];
        QCOMPARE(baseline.name, QStringLiteral("Baseline"));
        QCOMPARE(result.data->activeScenarioId, baseline.id);
        Scenario expected = defaultScenario(QStringLiteral("Baseline"));
        expected.id = baseline.id;
        QVERIFY(baseline == expected);
    }

    void activeIdNamingNoScenarioIsRefused() {
        const QString file = saved(QStringLiteral("dangling.partnerscope"));
        QVERIFY(runSql(file, "UPDATE portfolio SET active_scenario_id = 77"));
        const auto result = PortfolioFile::load(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::InvalidData);
        QVERIFY2(result.message.contains(QLatin1String("active scenario")),
                 qPrintable(result.message));
    }

    void badRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("criterion")
            << QByteArray(
                   "UPDATE scenario_weights SET criterion = 'charm' WHERE scenario_id = 8 AND "
                   "model = 'isv' AND criterion = 'capability'")
            << QStringLiteral("table scenario_weights, row id");
        QTest::newRow("criterion key named")
            << QByteArray("UPDATE scenario_weights SET criterion = 'charm' WHERE scenario_id = 8 "
                          "AND model = 'isv' AND criterion = 'capability'")
            << QStringLiteral("column criterion: \"charm\" is not a known key");
        QTest::newRow("model")
            << QByteArray("UPDATE scenario_weights SET model = 'wizard' WHERE scenario_id = 2 AND "
                          "model = 'isv' AND criterion = 'capability'")
            << QStringLiteral("column model: \"wizard\" is not a known key");
        QTest::newRow("quadrant") << QByteArray(
                                         "UPDATE scenario_overrides SET quadrant = 'harvest' WHERE "
                                         "scenario_id = 2")
                                  << QStringLiteral(
                                         "table scenario_overrides, row id 3, column quadrant: "
                                         "\"harvest\" is not a known key");
        QTest::newRow("weight text")
            << QByteArray("UPDATE scenario_weights SET weight = 'heavy' WHERE rowid = 5")
            << QStringLiteral("table scenario_weights, row id 5, column weight: a number");
        QTest::newRow("negative weight")
            << QByteArray("UPDATE scenario_weights SET weight = -1 WHERE rowid = 5")
            << QStringLiteral("weight outside");
        QTest::newRow("threshold")
            << QByteArray("UPDATE scenarios SET readiness_threshold = 140 WHERE id = 8")
            << QStringLiteral("threshold outside 0-100");
        QTest::newRow("override of a missing partner")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE scenario_overrides SET "
                          "partner_id = 999 WHERE scenario_id = 2")
            << QStringLiteral("overrides a missing partner");
        QTest::newRow("weights of a missing scenario")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE scenario_weights SET "
                          "scenario_id = 55 WHERE rowid = 1")
            << QStringLiteral("column scenario_id: no scenario has this id");
        QTest::newRow("scenario without a name")
            << QByteArray("UPDATE scenarios SET name = '' WHERE id = 2")
            << QStringLiteral("has no name");
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
        const QStringList problems = PortfolioFile::check(file);
        QVERIFY(!problems.isEmpty());
    }

    void fileFormatIsCurrent() {
        const QString file = saved(QStringLiteral("version.partnerscope"));
        QCOMPARE(count(file, "PRAGMA user_version"), qint64(Schema::CurrentVersion));
        QCOMPARE(PortfolioFile::check(file), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
