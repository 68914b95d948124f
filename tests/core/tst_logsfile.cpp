// SPDX-License-Identifier: GPL-3.0-or-later
// Format 5 in the file: the royalty terms of OEM deals, the activity log and the deal log survive
// a save and load; older files open with empty logs; rows another tool got wrong are refused
// with the table, the row and the column named.
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

} // namespace

class TestLogsFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString saved(const QString &name, const PortfolioData &data = test::everyFieldPortfolio()) {
        const QString file = path(name);
        QString message;
        [&] { QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message)); }();
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void logsAndRoyaltyTermsRoundTrip() {
        const PortfolioData original = test::everyFieldPortfolio();
        QCOMPARE(original.activities.size(), size_t(2));
        QCOMPARE(original.deals.size(), size_t(2));
        const auto result = PortfolioFile::load(saved(QStringLiteral("logs.partnerscope")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        const PortfolioData &loaded = *result.data;
        QCOMPARE(loaded.activities, original.activities);
        QCOMPARE(loaded.deals, original.deals);
        QCOMPARE(loaded.oemDeals.size(), original.oemDeals.size());
        const OemDeal &deal = loaded.oemDeals.front();
        QCOMPARE(deal.tierMode, RoyaltyTierMode::AllUnits);
        QCOMPARE(deal.costPerUnit, 3.375);
        QCOMPARE(deal.minMarginPerUnit, std::optional<double>(1.5));
        QCOMPARE(deal.volumes, (std::vector<double>{800, 12000, 150000.5}));
        QCOMPARE(deal.brandOwner, Owner::Shared);
        QVERIFY(deal.roadmapAligned);
        // The plain deal keeps its defaults: no margin floor, no volumes, marginal tiers.
        const OemDeal &plain = loaded.oemDeals.back();
        QVERIFY(!plain.minMarginPerUnit);
        QVERIFY(plain.volumes.empty());
        QCOMPARE(plain.tierMode, RoyaltyTierMode::Marginal);
        QCOMPARE(plain.brandOwner, Owner::Undefined);
        QVERIFY(loaded == original);
    }

    void olderFilesOpenWithEmptyLogs() {
        // The checked-in version 2 file predates the logs; opening migrates a copy in memory.
        const QString fixture = QStringLiteral(PS_TEST_DATA_DIR "/portfolio-v2.partnerscope");
        const auto result = PortfolioFile::load(fixture);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.data->activities.empty());
        QVERIFY(result.data->deals.empty());
        for (const OemDeal &deal : result.data->oemDeals) {
            QCOMPARE(deal.tierMode, RoyaltyTierMode::Marginal);
            QVERIFY(deal.volumes.empty());
        }
    }

    void removingAPartnerKeepsTheDealLogConsistent() {
        // Another tool deleting a partner takes its rows of deal_partners with it (ON DELETE
        // CASCADE): the deal keeps its other partner; without any, it reads back as direct.
        const QString file = saved(QStringLiteral("cascade.partnerscope"));
        QVERIFY(runSql(file, "PRAGMA foreign_keys = ON; DELETE FROM activities WHERE "
                             "partner_id = 40; DELETE FROM deal_partners WHERE partner_id = 40"));
        auto result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->activities.size(), size_t(1));
        QCOMPARE(result.data->deals.front().partners.size(), size_t(1));
        QCOMPARE(result.data->deals.front().partners.front().partnerId, Id(7));
        QVERIFY(runSql(file, "DELETE FROM deal_partners WHERE deal_id = 12"));
        result = PortfolioFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.data->deals.front().partnerInfluenced());
    }

    void badRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("activity kind")
            << QByteArray("UPDATE activities SET kind = 'golf' WHERE id = 31")
            << QStringLiteral("table activities, row id 31, column kind: \"golf\"");
        QTest::newRow("activity without a date")
            << QByteArray("UPDATE activities SET date = '' WHERE id = 4")
            << QStringLiteral("table activities, row id 4, column date: a date is required");
        QTest::newRow("activity date")
            << QByteArray("UPDATE activities SET date = '14/02/2026' WHERE id = 31")
            << QStringLiteral("is not a date in YYYY-MM-DD form");
        QTest::newRow("activity of a missing partner")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE activities SET partner_id = 999 "
                          "WHERE id = 4")
            << QStringLiteral("Activity 4 belongs to a missing partner");
        QTest::newRow("deal outcome")
            << QByteArray("UPDATE deals SET outcome = 'maybe' WHERE id = 3")
            << QStringLiteral("table deals, row id 3, column outcome: \"maybe\"");
        QTest::newRow("negative deal")
            << QByteArray("UPDATE deals SET amount = -5 WHERE id = 3")
            << QStringLiteral("table deals, row id 3, column amount: the amount is negative");
        QTest::newRow("deal amount text")
            << QByteArray("UPDATE deals SET amount = 'lots' WHERE id = 3")
            << QStringLiteral("column amount: a number was expected");
        QTest::newRow("tier mode")
            << QByteArray("UPDATE oem_deals SET tier_mode = 'sometimes' WHERE id = 9")
            << QStringLiteral("table oem_deals, row id 9, column tier_mode");
        QTest::newRow("negative cost per unit")
            << QByteArray("UPDATE oem_deals SET cost_per_unit = -1 WHERE id = 9")
            << QStringLiteral("royalty amounts must not be negative");
        QTest::newRow("negative volume")
            << QByteArray("UPDATE oem_volumes SET units = -100 WHERE deal_id = 9 AND year = 2")
            << QStringLiteral("the number of units is negative");
        QTest::newRow("volume year gap")
            << QByteArray("UPDATE oem_volumes SET year = 7 WHERE deal_id = 9 AND year = 3")
            << QStringLiteral("year 7 does not follow year 2");
        QTest::newRow("attribution")
            << QByteArray("UPDATE deal_partners SET role = 'helped' WHERE deal_id = 12")
            << QStringLiteral("table deal_partners, row id 12, column role: \"helped\"");
        QTest::newRow("deal partners of a missing deal")
            << QByteArray("PRAGMA foreign_keys = OFF; INSERT INTO deal_partners VALUES "
                          "(77, 0, 40, 'sourced', '')")
            << QStringLiteral("no deal has this id");
        QTest::newRow("a partner twice on a deal")
            << QByteArray("UPDATE deal_partners SET partner_id = 40 WHERE deal_id = 12")
            << QStringLiteral("names a partner twice");
        QTest::newRow("deal partner that is missing")
            << QByteArray("PRAGMA foreign_keys = OFF; UPDATE deal_partners SET partner_id = 999 "
                          "WHERE deal_id = 12 AND position = 1")
            << QStringLiteral("Deal 12 points at a missing partner or ICP");
        QTest::newRow("CRM id without its source")
            << QByteArray("UPDATE deals SET crm_source = NULL WHERE id = 12")
            << QStringLiteral("a CRM record id needs its source");
        QTest::newRow("CRM source key")
            << QByteArray(
                   "UPDATE partners SET crm_source = 'pipedrive', crm_id = '7' WHERE id = 40")
            << QStringLiteral("column crm_source: \"pipedrive\"");
        QTest::newRow("negative employees")
            << QByteArray("UPDATE deals SET buyer_employees = -3 WHERE id = 12")
            << QStringLiteral("column buyer_employees: -3 is outside 0");
        QTest::newRow("minimum of closed deals")
            << QByteArray("UPDATE portfolio SET min_closed_deals = 0")
            << QStringLiteral("column min_closed_deals: 0 is outside 1");
        QTest::newRow("volumes of a missing deal")
            << QByteArray("PRAGMA foreign_keys = OFF; INSERT INTO oem_volumes VALUES (77, 1, 5)")
            << QStringLiteral("no OEM deal has this id");
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

    void fileFormatIsFiveOrLater() {
        // The logs came with format 5; later formats keep them.
        QVERIFY(Schema::CurrentVersion >= 5);
        const QString file = saved(QStringLiteral("version.partnerscope"));
        QCOMPARE(PortfolioFile::check(file), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLogsFile)
#include "tst_logsfile.moc"
