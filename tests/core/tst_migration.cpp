// SPDX-License-Identifier: GPL-3.0-or-later
// Older files open through in-memory migration and are never modified by opening.
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int intPragma(sqlite3 *db, const char *sql) {
    sqlite3_stmt *st = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return value;
}

int fileVersion(const QString &path) {
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const int version = intPragma(db, "PRAGMA user_version");
    sqlite3_close(db);
    return version;
}

// Rows as a version 1 Partnerscope wrote them: no OEM tables, no joint commercial model.
const char *const v1Rows = R"sql(
UPDATE portfolio SET name = 'Legacy plan', organization = 'Lumora', currency = 'CHF',
    fiscal_year = 2025, notes = 'From v1';
INSERT INTO icps (id, position, name, industries, regions, buyer_roles, priority_weight,
    target_accounts, average_deal_size)
    VALUES (1, 0, 'Hospitals', 'Health', 'DACH; Benelux', 'CIO', 3.5, 120, 90000);
INSERT INTO partners (id, position, name, website, model, status, tier, regions,
    rating_capability, enrolled_on, decision)
    VALUES (5, 0, 'Alpha Distribution', 'alpha.example', 'distributor', 'active', 'gold',
            'DACH', 4, '2021-06-01', 'invest');
INSERT INTO partners (id, position, name, status, upstream_id)
    VALUES (6, 1, 'Beta Reseller', 'onboarding', 5);
INSERT INTO influence_links (id, position, icp_id, partner_id, strength, role,
    overlapping_accounts, notes) VALUES (1, 0, 1, 6, 4, 'sources', 12, 'via Alpha');
)sql";

// Deals as format 5 wrote them: one partner_id, NULL for a direct deal.
const char *const v5Deals = R"sql(
INSERT INTO deals (id, position, name, partner_id, icp_id, amount, outcome, created_on, closed_on)
    VALUES (4, 0, 'Klinikum Nord', 6, 1, 125000, 'won', '2025-01-15', '2025-03-31');
INSERT INTO deals (id, position, name, partner_id, icp_id, amount, outcome, created_on, closed_on)
    VALUES (5, 1, 'Direct renewal', NULL, NULL, 40000, 'open', '2025-06-01', NULL);
)sql";

} // namespace

class TestMigration : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void versionOneFileOpensAndStaysVersionOne() {
        const QString path = writeV1File(QStringLiteral("legacy.partnerscope"));
        const QByteArray before = readAll(path);

        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 1);
        const PortfolioData &data = *result.data;
        QCOMPARE(data.info.name, QStringLiteral("Legacy plan"));
        QCOMPARE(data.info.currency, QStringLiteral("CHF"));
        QCOMPARE(data.info.fiscalYear, 2025);
        QCOMPARE(data.icps.size(), size_t(1));
        QCOMPARE(data.icps[0].regions, QStringList({"DACH", "Benelux"}));
        QCOMPARE(data.partners.size(), size_t(2));
        QCOMPARE(data.partners[0].model, std::optional<PartnerModel>(PartnerModel::Distributor));
        QCOMPARE(data.partners[0].tier, PartnerTier::Gold);
        QCOMPARE(data.partners[0].ratings.capability, std::optional<int>(4));
        QCOMPARE(data.partners[0].enrolledOn, QDate(2021, 6, 1));
        QCOMPARE(data.partners[1].upstreamId, Id(5));
        QVERIFY(!data.partners[1].model);
        // Columns added by version 2 read as their defaults: every item of the model is a gap.
        QCOMPARE(data.partners[1].commercialModel.gapCount(), 4);
        QCOMPARE(data.links.size(), size_t(1));
        QCOMPARE(data.links[0].overlappingAccounts, std::optional<int>(12));
        QVERIFY(data.oemDeals.empty());
        // Format 1 has no scenarios: the file opens with a default Baseline, made active.
        QCOMPARE(data.scenarios.size(), size_t(1));
        QCOMPARE(data.scenarios[0].name, QStringLiteral("Baseline"));
        QCOMPARE(data.activeScenarioId, data.scenarios[0].id);

        QCOMPARE(readAll(path), before);
        QCOMPARE(fileVersion(path), 1);
        QCOMPARE(PortfolioFile::check(path), QStringList());
        QCOMPARE(readAll(path), before);
    }

    void checkedInVersionOneFixtureOpens() {
        // A file written by format 1 and kept in the repository, so later changes to the
        // schema code cannot quietly stop old files from opening.
        const QString path = QStringLiteral(PS_TEST_DATA_DIR "/portfolio-v1.partnerscope");
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 1);
        const PortfolioData &data = *result.data;
        QCOMPARE(data.info.name, QStringLiteral("Fixture v1 — Zürich"));
        QCOMPARE(data.icps.size(), size_t(2));
        QCOMPARE(data.icps[0].id, Id(2)); // saved order, not id order
        QCOMPARE(data.icps[0].buyerRoles, QStringList({"CIO", "CFO"}));
        QCOMPARE(data.partners.size(), size_t(2));
        QCOMPARE(data.partners[0].industries, QStringList({"Health", "Retail"}));
        QCOMPARE(data.partners[0].firstCommercialOn, QDate(2021, 9, 15));
        QCOMPARE(data.partners[0].decision, Decision::Invest);
        QCOMPARE(data.partners[1].upstreamId, Id(5));
        QCOMPARE(data.links.size(), size_t(2));
        QVERIFY(!data.links[1].overlappingAccounts);
        QCOMPARE(data.scenarios.size(), size_t(1));
        QCOMPARE(readAll(path), before);
    }

    void checkedInVersionTwoFixtureOpens() {
        // Written by Partnerscope 0.1.0 at format 2 (`generate --partners 30 --icps 3 --seed 2`):
        // OEM deals and the joint commercial model, but no scenarios yet.
        const QString path = QStringLiteral(PS_TEST_DATA_DIR "/portfolio-v2.partnerscope");
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 2);
        const PortfolioData &data = *result.data;
        QCOMPARE(data.info.name, QStringLiteral("Generated portfolio (seed 2)"));
        QCOMPARE(data.partners.size(), size_t(30));
        QCOMPARE(data.partners[0].name, QStringLiteral("Ironstone Advisory"));
        QCOMPARE(data.links.size(), size_t(88));
        QCOMPARE(data.oemDeals.size(), size_t(1));
        QCOMPARE(data.oemDeals[0].tiers.size() + data.oemDeals[0].scoreboard.size(), size_t(4));
        QCOMPARE(data.scenarios.size(), size_t(1));
        QCOMPARE(data.activeScenarioId, data.scenarios[0].id);
        QCOMPARE(readAll(path), before);
        QCOMPARE(PortfolioFile::check(path), QStringList());
    }

    void versionTwoFileGetsABaselineScenario() {
        const QString path = m_dir.filePath(QStringLiteral("format two.partnerscope"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error),
                     qPrintable(error));
            QCOMPARE(sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 2);
        QCOMPARE(result.data->partners.size(), size_t(2));
        QCOMPARE(result.data->scenarios.size(), size_t(1));
        const Scenario &baseline = result.data->scenarios[0];
        QCOMPARE(baseline.name, QStringLiteral("Baseline"));
        QCOMPARE(result.data->activeScenarioId, baseline.id);
        QVERIFY(baseline.overrides.empty());
        QCOMPARE(readAll(path), before);
        QCOMPARE(fileVersion(path), 2);
    }

    void versionThreeFileOpensWithNoRules() {
        const QString path = m_dir.filePath(QStringLiteral("format three.partnerscope"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error) &&
                         Schema::upgradeToV3(db, &error),
                     qPrintable(error));
            QCOMPARE(sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 3);
        QCOMPARE(result.data->partners.size(), size_t(2));
        QVERIFY(result.data->segmentRules.empty());
        QCOMPARE(readAll(path), before);
        QCOMPARE(fileVersion(path), 3);
        QCOMPARE(PortfolioFile::check(path), QStringList());
    }

    void versionFiveDealsKeepTheirPartner() {
        // Format 5 had one partner_id per deal; format 6 keeps it as the deal's one partner,
        // influencing (format 5 did not tell sourced from influenced), without CRM identity.
        const QString path = m_dir.filePath(QStringLiteral("format five.partnerscope"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error) &&
                         Schema::upgradeToV3(db, &error) && Schema::upgradeToV4(db, &error) &&
                         Schema::upgradeToV5(db, &error),
                     qPrintable(error));
            QCOMPARE(sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, v5Deals, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fileVersion, 5);
        const PortfolioData &data = *result.data;
        QCOMPARE(data.deals.size(), size_t(2));
        const Deal &partnered = data.deals[0];
        QCOMPARE(partnered.name, QStringLiteral("Klinikum Nord"));
        QCOMPARE(partnered.amount, 125000.0);
        QCOMPARE(partnered.outcome, DealOutcome::Won);
        QCOMPARE(partnered.closedOn, QDate(2025, 3, 31));
        QCOMPARE(partnered.icpId, Id(1));
        QCOMPARE(partnered.partners.size(), size_t(1));
        QCOMPARE(partnered.partners[0].partnerId, Id(6));
        QCOMPARE(partnered.partners[0].role, Attribution::Influenced);
        QVERIFY(!partnered.crm.isSet());
        QVERIFY(!data.deals[1].partnerInfluenced()); // direct
        QVERIFY(!data.partners[0].crm.isSet());
        QCOMPARE(data.info.minClosedDeals, DefaultMinClosedDeals);
        QVERIFY(data.rejectedLinks.empty());
        QCOMPARE(readAll(path), before); // opening never writes
        QCOMPARE(fileVersion(path), 5);

        // Saved, it is a file of the current format with the same deals.
        QString message;
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        QCOMPARE(fileVersion(path), Schema::CurrentVersion);
        const auto again = PortfolioFile::load(path);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.data->deals == data.deals);
    }

    void versionSevenMigrationMovesThePartnerColumn() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY(Schema::migrate(db, 0, &error));
        QVERIFY(!Schema::hasColumn(db, "deals", "partner_id"));
        QVERIFY(Schema::hasColumn(db, "deals", "crm_id"));
        QVERIFY(Schema::hasColumn(db, "partners", "crm_source"));
        sqlite3_close(db);
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QVERIFY(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error) &&
                Schema::upgradeToV3(db, &error) && Schema::upgradeToV4(db, &error) &&
                Schema::upgradeToV5(db, &error));
        QCOMPARE(sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, v5Deals, nullptr, nullptr, nullptr), SQLITE_OK);
        // Version 6 (the workshop's tables) leaves the deals as they are.
        QVERIFY2(Schema::upgradeToV6(db, &error), qPrintable(error));
        QVERIFY(Schema::hasColumn(db, "deals", "partner_id"));
        QVERIFY2(Schema::upgradeToV7(db, &error), qPrintable(error));
        QCOMPARE(intPragma(db, "SELECT count(*) FROM deals"), 2);
        QCOMPARE(intPragma(db, "SELECT partner_id FROM deal_partners WHERE deal_id = 4"), 6);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM deal_partners"), 1);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'deals_v6'"), 0);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM decision_log"), 0); // v6 tables kept
        // Running it again changes nothing.
        QVERIFY2(Schema::upgradeToV7(db, &error), qPrintable(error));
        QCOMPARE(intPragma(db, "SELECT count(*) FROM deal_partners"), 1);
        QCOMPARE(intPragma(db, "PRAGMA user_version"), 7);
        sqlite3_close(db);
    }

    void savingAnUpgradedFileWritesCurrentVersion() {
        const QString path = writeV1File(QStringLiteral("to upgrade.partnerscope"));
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QString message;
        QVERIFY2(PortfolioFile::save(*loaded.data, path, &message), qPrintable(message));
        QCOMPARE(fileVersion(path), Schema::CurrentVersion);
        const auto again = PortfolioFile::load(path);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.fileVersion, Schema::CurrentVersion);
        QVERIFY(*again.data == *loaded.data);
    }

    void foreignTriggersAndViewsDoNotBlockTheUpgrade() {
        const QString path =
            writeV1File(QStringLiteral("with triggers.partnerscope"), [](sqlite3 *db) {
                QCOMPARE(sqlite3_exec(db,
                                      "CREATE VIEW names AS SELECT name, status FROM partners;"
                                      "CREATE TRIGGER wipe AFTER UPDATE ON partners BEGIN "
                                      "DELETE FROM influence_links; END;",
                                      nullptr, nullptr, nullptr),
                         SQLITE_OK);
            });
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->links.size(), size_t(1));
        QCOMPARE(readAll(path), before);
    }

    void rerunningMigrationsIsHarmless() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error), qPrintable(error));
        QCOMPARE(intPragma(db, "PRAGMA user_version"), Schema::CurrentVersion);
        QCOMPARE(intPragma(db, "PRAGMA application_id"), PortfolioFile::ApplicationId);
        QCOMPARE(sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr), SQLITE_OK);
        const int columns = intPragma(db, "SELECT count(*) FROM pragma_table_info('partners')");

        QVERIFY2(Schema::upgradeToV1(db, &error), qPrintable(error));
        QVERIFY2(Schema::upgradeToV2(db, &error), qPrintable(error));
        QVERIFY2(Schema::upgradeToV3(db, &error), qPrintable(error));
        QVERIFY2(Schema::migrate(db, 1, &error), qPrintable(error));

        QCOMPARE(intPragma(db, "PRAGMA user_version"), Schema::CurrentVersion);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM pragma_table_info('partners')"), columns);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM partners"), 2);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM portfolio"), 1);
        QCOMPARE(intPragma(db, "SELECT count(*) FROM influence_links"), 1);
        QVERIFY(Schema::hasColumn(db, "partners", "jcm_renewal"));
        QVERIFY(Schema::hasColumn(db, "portfolio", "active_scenario_id"));
        QCOMPARE(intPragma(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('scenarios', "
                               "'scenario_weights', 'scenario_overrides')"),
                 3);
        sqlite3_close(db);
    }

    void failedMigrationRollsBack() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY(Schema::upgradeToV1(db, &error));
        // A foreign object in the way of version 2: its migration must fail as a whole.
        QCOMPARE(sqlite3_exec(db, "CREATE VIEW oem_deals AS SELECT 1", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(!Schema::upgradeToV2(db, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(intPragma(db, "PRAGMA user_version"), 1);
        QVERIFY(!Schema::hasColumn(db, "partners", "jcm_support"));
        sqlite3_close(db);
    }

    void failedVersionThreeMigrationRollsBack() {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY(Schema::upgradeToV1(db, &error) && Schema::upgradeToV2(db, &error));
        QCOMPARE(sqlite3_exec(db, "CREATE VIEW scenario_overrides AS SELECT 1", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        QVERIFY(!Schema::upgradeToV3(db, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(intPragma(db, "PRAGMA user_version"), 2);
        QVERIFY(!Schema::hasColumn(db, "portfolio", "active_scenario_id"));
        sqlite3_close(db);
    }

private:
    template <typename Extra = void (*)(sqlite3 *)>
    QString writeV1File(
        const QString &name, Extra extra = [](sqlite3 *) {}) {
        const QString path = m_dir.filePath(name);
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return path;
        QString error;
        const bool ok = Schema::upgradeToV1(db, &error);
        if (ok)
            sqlite3_exec(db, v1Rows, nullptr, nullptr, nullptr);
        extra(db);
        sqlite3_close(db);
        [&] { QVERIFY2(ok, qPrintable(error)); }();
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
