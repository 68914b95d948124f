// SPDX-License-Identifier: GPL-3.0-or-later
// The investment plan in the file (issue 16): the investment history, contract minimums and
// each scenario's plan survive a save and load; a file of the schema before them opens with
// none and upgrades when saved; settings of deleted partners and plans of deleted scenarios are
// not saved; rows another tool got wrong are refused with the table, row and column named.
#include "core/domain/portfolio.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;
using ErrorKind = PortfolioFile::ErrorKind;

namespace {

bool runSql(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

int fileVersion(const QString &path) {
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return version;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The every-field sample with a history, contract minimums and a plan for each scenario whose
/// every field differs from its default.
PortfolioData planningPortfolio() {
    PortfolioData d = test::everyFieldPortfolio();
    d.partners[0].economics.contractMinimum = 12500.5;
    d.investments = {
        {5, 40, QDate(2025, 1, 1), {1000.5, 2000, 0, 250}},
        {2, 40, QDate(2025, 4, 1), {0, 0, 3000.25, 0}},
        {9, 7, QDate(2024, 10, 1), {10, 20, 30, 40}},
    };
    SegmentRule rule;
    rule.id = 4;
    rule.name = QStringLiteral("Nordic integrators");
    d.segmentRules = {rule};

    ScenarioPlan full;
    full.id = 3;
    full.scenarioId = 8;
    full.budget = 2400000.75;
    full.objective = PlanObjective::Margin;
    full.marginRate = 0.62;
    full.minPerPartner = 1500;
    full.maxPerPartner = 400000;
    full.policies = {PlanPolicy::HoldCurrent, PlanPolicy::Optimize, PlanPolicy::ContractMinimum,
                     PlanPolicy::Optimize};
    PlanGroupSetting byModel;
    byModel.model = PartnerModel::SystemsIntegrator;
    byModel.minShare = 0.125;
    PlanGroupSetting bySegment;
    bySegment.segmentRuleId = 4;
    bySegment.curve = CurveSetting{250000, 40000, 10000, 0.3, 0.4, -0.25};
    PlanGroupSetting everyone;
    everyone.minShare = 0.0;
    full.groups = {byModel, bySegment, everyone};
    PlanPartnerSetting pinned;
    pinned.partnerId = 7;
    pinned.fixed = 50000;
    pinned.edited = 42000.5;
    PlanPartnerSetting limited;
    limited.partnerId = 40;
    limited.minimum = 1000;
    limited.maximum = 90000;
    limited.curve = CurveSetting{1e6, 2e5, 3e5, 0, 0, 0};
    full.setPartner(limited);
    full.setPartner(pinned);
    full.revenueTarget = 5e6;
    full.targetDate = QDate(2027, 3, 31);

    ScenarioPlan plain; // the defaults, for the other scenario
    plain.id = 11;
    plain.scenarioId = 2;
    d.plans = {full, plain};
    return d;
}

} // namespace

class TestPlanFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString saved(const QString &name, const PortfolioData &data = planningPortfolio()) {
        const QString file = path(name);
        QString message;
        [&] { QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message)); }();
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void planningRoundTrips() {
        const PortfolioData original = planningPortfolio();
        QVERIFY2(validate(original).isEmpty(), qPrintable(validate(original).join(' ')));
        const auto result = PortfolioFile::load(saved(QStringLiteral("plan.partnerscope")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const PortfolioData &loaded = *result.data;
        QCOMPARE(loaded.investments, original.investments); // display order kept, ids not sorted
        QCOMPARE(loaded.partners[0].economics.contractMinimum, 12500.5);
        QCOMPARE(loaded.plans.size(), size_t(2));
        const ScenarioPlan *full = planOf(loaded, 8);
        QVERIFY(full);
        QCOMPARE(full->objective, PlanObjective::Margin);
        QCOMPARE(full->maxPerPartner, std::optional<double>(400000));
        QCOMPARE(full->groups.size(), size_t(3));
        QCOMPARE(full->groups[1].curve->correlation, -0.25);
        QVERIFY(!full->groups[2].model && full->groups[2].segmentRuleId == 0);
        QCOMPARE(full->partner(7)->edited, std::optional<double>(42000.5));
        QVERIFY(!full->partner(7)->curve);
        QCOMPARE(full->partner(40)->curve->baseline, 3e5);
        const ScenarioPlan *plain = planOf(loaded, 2);
        QVERIFY(plain && !plain->maxPerPartner && plain->partners.empty());
        QCOMPARE(plain->policies[3], PlanPolicy::ContractMinimum);
        QVERIFY(loaded == original);
        QCOMPARE(PortfolioFile::check(path(QStringLiteral("plan.partnerscope"))), QStringList());
    }

    void deletedPartnersAndScenariosAreNotSaved() {
        // Undo may bring a deleted scenario back, so memory keeps its settings; the file does
        // not. A deleted partner's plan settings go with it, and come back with it.
        Portfolio portfolio;
        portfolio.assign(planningPortfolio());
        const PortfolioData original = portfolio.data();
        QVERIFY(portfolio.plans()[0].partner(7));
        // With its links, deals, activities, history and plan settings.
        const PartnerRemoval removal = portfolio.removePartner(7);
        QVERIFY(!portfolio.plans()[0].partner(7));
        QCOMPARE(removal.plansBefore.size(), size_t(1));
        portfolio.restorePartner(removal);
        QVERIFY(portfolio.data() == original);
        portfolio.removePartner(7);
        PortfolioData data = portfolio.data();
        QCOMPARE(data.investments.size(), size_t(2));
        data.scenarios.erase(data.scenarios.begin() + 1); // scenario 2
        data.activeScenarioId = 8;
        for (Scenario &s : data.scenarios)
            s.overrides.clear();
        QVERIFY2(validate(data).isEmpty(), qPrintable(validate(data).join(' ')));
        const auto result = PortfolioFile::load(saved(QStringLiteral("gone.partnerscope"), data));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->plans.size(), size_t(1));
        QVERIFY(!result.data->plans[0].partner(7));
        QVERIFY(result.data->plans[0].partner(40));
    }

    void versionSixFileOpensWithoutPlanning() {
        // A file as version 6 wrote it (the plan came with version 8).
        const QString file = path(QStringLiteral("six.partnerscope"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error) &&
                         Schema::upgradeToV3(db, &error) && Schema::upgradeToV4(db, &error) &&
                         Schema::upgradeToV5(db, &error) && Schema::upgradeToV6(db, &error),
                     qPrintable(error));
            QCOMPARE(sqlite3_exec(db,
                                  "INSERT INTO partners (id, position, name, status, "
                                  "investment_mdf) VALUES (5, 0, 'Alpha', 'active', 1000);"
                                  "INSERT INTO scenarios (id, position, name) "
                                  "VALUES (1, 0, 'Baseline');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = readAll(file);
        const auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 6);
        QCOMPARE(result.data->partners.size(), size_t(1));
        QCOMPARE(result.data->partners[0].economics.contractMinimum, 0.0);
        QCOMPARE(result.data->partners[0].economics.investment.mdf, 1000.0);
        QVERIFY(result.data->investments.empty());
        QVERIFY(result.data->plans.empty());
        QCOMPARE(readAll(file), before); // opening never writes
        QCOMPARE(fileVersion(file), 6);

        // Saving writes the current schema, and the history and a plan then stay.
        PortfolioData data = *result.data;
        data.investments = {{1, 5, QDate(2025, 1, 1), {100, 0, 0, 0}}};
        ScenarioPlan plan;
        plan.id = 1;
        plan.scenarioId = 1;
        plan.budget = 5000;
        data.plans = {plan};
        QString message;
        QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message));
        QCOMPARE(fileVersion(file), Schema::CurrentVersion);
        const auto again = PortfolioFile::load(file);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(*again.data == data);
    }

    void migrationRunsTwiceHarmlessly() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error), qPrintable(error));
        QVERIFY2(Schema::upgradeToV7(db, &error), qPrintable(error));
        QVERIFY(Schema::hasColumn(db, "partners", "contract_minimum"));
        QVERIFY(Schema::hasColumn(db, "plan_groups", "segment_rule_id"));
        sqlite3_close(db);
    }

    void badRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("negative spend")
            << QByteArray("UPDATE investments SET incentives = -3 WHERE id = 5")
            << QStringLiteral(
                   "table investments, row id 5, column incentives: the amount is negative");
        QTest::newRow("period without a date")
            << QByteArray("UPDATE investments SET period_start = '' WHERE id = 2")
            << QStringLiteral("table investments, row id 2, column period_start: a date is "
                              "required");
        QTest::newRow("history of a missing partner")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE investments SET partner_id = 999 "
                          "WHERE id = 9")
            << QStringLiteral("Investment period 9 belongs to a missing partner");
        QTest::newRow("objective")
            << QByteArray("UPDATE plans SET objective = 'glory' WHERE id = 3")
            << QStringLiteral("table plans, row id 3, column objective: \"glory\"");
        QTest::newRow("policy")
            << QByteArray("UPDATE plans SET policy_develop = 'maybe' WHERE id = 3")
            << QStringLiteral("column policy_develop: \"maybe\" is not a known key");
        QTest::newRow("plan of a missing scenario")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE plans SET scenario_id = 99 "
                          "WHERE id = 11")
            << QStringLiteral("table plans, row id 11, column scenario_id: no scenario has "
                              "this id");
        QTest::newRow("negative budget")
            << QByteArray("UPDATE plans SET budget = -1 WHERE id = 3")
            << QStringLiteral("The plan of scenario 8 has a budget, limit or target");
        QTest::newRow("share above one")
            << QByteArray("UPDATE plan_groups SET min_share = 1.5 WHERE plan_id = 3 AND "
                          "position = 0")
            << QStringLiteral("The plan of scenario 8 has a minimum share outside 0-1");
        QTest::newRow("curve with a zero scale")
            << QByteArray("UPDATE plan_partners SET curve_s = 0 WHERE partner_id = 40")
            << QStringLiteral("column curve_a: the curve's figures are out of range");
        QTest::newRow("half a curve")
            << QByteArray("UPDATE plan_partners SET curve_s = NULL WHERE partner_id = 40")
            << QStringLiteral("column curve_s: a value is required");
        QTest::newRow("settings of a missing plan")
            << QByteArray("PRAGMA foreign_keys = OFF; INSERT INTO plan_partners (plan_id, "
                          "partner_id, fixed) VALUES (77, 40, 5)")
            << QStringLiteral("no plan has this id");
        QTest::newRow("margin rate") << QByteArray("UPDATE plans SET margin_rate = 2 WHERE id = 3")
                                     << QStringLiteral("margin rate outside 0-1");
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
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
