// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope import` as a channel leader's script uses it: CRM exports in, all or nothing,
// duplicates skipped and reported, the portfolio untouched on any error.
#include "core/demo/demoportfolio.h"
#include "core/storage/portfoliofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;
using clitest::contents;
using clitest::Run;
using clitest::run;

namespace {

QString dataFile(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

const Partner *findPartner(const PortfolioData &data, const QString &name) {
    for (const Partner &p : data.partners)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    /// A fresh copy of the demo portfolio for one test.
    QString freshDemo() {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.partnerscope").arg(++m_count));
        QString message;
        if (!PortfolioFile::save(demoPortfolio(), path, &message))
            qFatal("%s", qPrintable(message));
        return path;
    }

    static PortfolioData load(const QString &path) {
        PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.message));
        return *loaded.data;
    }

    static Run import(const QString &portfolio, const QString &csv, QStringList extra = {}) {
        return run(QStringList{QStringLiteral("import"), portfolio, QStringLiteral("--csv"), csv} +
                   extra);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void salesforceExport() {
        const QString file = freshDemo();
        const size_t before = demoPortfolio().partners.size();
        const Run r = import(file, dataFile("salesforce_accounts.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Salesforce accounts, UTF-8 (with BOM), comma-separated, 7 rows"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("5 new, 0 changed, 0 unchanged, 2 skipped as duplicates, 0 "
                                "invalid (1 without a model)"),
                 qPrintable(r.out));
        // Duplicates are reported with their line and the partner they match.
        QVERIFY(r.out.contains(
            "salesforce_accounts.csv:8: skipped: same website as \"Northgate Distribution\""));
        QVERIFY(r.out.contains(
            "salesforce_accounts.csv:9: skipped: same name as \"Meridian Channel Group\""));
        QVERIFY(r.err.contains("\"Customer - Channel\" is not a known partner model"));

        const PortfolioData data = load(file);
        QCOMPARE(data.partners.size(), before + 5);
        const Partner *yamato = findPartner(data, QStringLiteral("株式会社ヤマトシステムズ"));
        QVERIFY(yamato);
        QCOMPARE(yamato->model, PartnerModel::Isv);
        const Partner *greek = findPartner(data, QStringLiteral("Ελληνικά Συστήματα Α.Ε."));
        QVERIFY(greek);
        QVERIFY(!greek->model); // needs classification
        const Partner *brightline = findPartner(data, QStringLiteral("Brightline Resellers Ltd"));
        QVERIFY(brightline->notes.contains("\nStrong in the North of England"));
        QVERIFY(findPartner(data, QStringLiteral("شركة الخليج للحلول")));
        QVERIFY(findPartner(data, QStringLiteral("ООО «Северный Интегратор»")));
        QVERIFY(validate(data).isEmpty());
    }

    void hubspotExportAndImportingTwice() {
        const QString file = freshDemo();
        const Run r = import(file, dataFile("hubspot_companies.csv"),
                             {QStringLiteral("--preset"), QStringLiteral("hubspot")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("5 new, 0 changed, 0 unchanged, 2 skipped as duplicates"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("hubspot_companies.csv:6: skipped: same website as line 2."));
        QVERIFY(r.out.contains("hubspot_companies.csv:8: skipped: same name as line 4."));
        const PortfolioData data = load(file);
        QCOMPARE(findPartner(data, "Cloudharbor, Inc.")->status, PartnerStatus::Prospect);
        QCOMPARE(findPartner(data, "Tillwise Retail Systems")->model, PartnerModel::Reseller);

        // The second time the five imported rows find their partners by HubSpot record id and
        // change nothing; the two rows that repeated others in the file are skipped again.
        QCOMPARE(findPartner(data, "Tillwise Retail Systems")->crm.id,
                 QStringLiteral("9812345001"));
        const QByteArray saved = contents(file);
        const Run again = import(file, dataFile("hubspot_companies.csv"));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 new, 0 changed, 5 unchanged, 2 skipped as duplicates"),
                 qPrintable(again.out));
        QCOMPARE(contents(file), saved); // nothing to write: the file is not rewritten
    }

    void germanExcelAndUtf16() {
        const QString file = freshDemo();
        Run r = import(file, dataFile("german_excel.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Windows-1252"));
        QVERIFY(r.out.contains("semicolon-separated"));
        r = import(file, dataFile("utf16_partners.txt"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("UTF-16 little endian, tab-separated"));
        const PortfolioData data = load(file);
        QVERIFY(findPartner(data, "Müller Systemhaus GmbH"));
        QVERIFY(findPartner(data, "Schöne Grüße Vertrieb AG"));
        QCOMPARE(findPartner(data, "Καλλιστώ Δίκτυα")->tier, PartnerTier::Gold);
    }

    void badRowChangesNothing() {
        const QString file = freshDemo();
        const QByteArray before = contents(file);
        const QString csv = dataFile("salesforce_bad_rows.csv");
        const Run r = import(file, csv);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(csv + ":3: Annual Revenue \"abc\" is not a number."),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(csv + ":4: The name is missing."));
        QVERIFY(r.err.contains("nothing was imported: 2 rows are invalid"));
        QCOMPARE(contents(file), before); // byte for byte
    }

    void skipInvalidImportsTheRest() {
        const QString file = freshDemo();
        const Run r =
            import(file, dataFile("salesforce_bad_rows.csv"), {QStringLiteral("--skip-invalid")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(":3: Annual Revenue \"abc\" is not a number."));
        QVERIFY2(
            r.out.contains("2 new, 0 changed, 0 unchanged, 0 skipped as duplicates, 2 invalid"),
            qPrintable(r.out));
        const PortfolioData data = load(file);
        QVERIFY(findPartner(data, "Arcadia Retail Partners"));
        QVERIFY(findPartner(data, "Corvid Systems"));
        QVERIFY(!findPartner(data, "Brennan & Holt"));
    }

    void dryRunWritesNothing() {
        const QString file = freshDemo();
        const QByteArray before = contents(file);
        const Run r = import(file, dataFile("salesforce_accounts.csv"), {"--dry-run"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Dry run, nothing written"), qPrintable(r.out));
        QVERIFY(
            r.out.contains("5 new, 0 changed, 0 unchanged, 2 skipped as duplicates, 0 invalid"));
        QCOMPARE(contents(file), before);
    }

    void notTextExits2() {
        const QString file = freshDemo();
        const QByteArray before = contents(file);
        // A portfolio file given as the CSV: SQLite's header has NUL bytes.
        const Run r = import(file, file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not text"), qPrintable(r.err));
        QVERIFY(r.err.contains(file));
        QCOMPARE(contents(file), before);
    }

    void noNameColumnExits2() {
        const QString file = freshDemo();
        const QString csv = m_dir.filePath("colours.csv");
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Colour,Size\nred,3\n");
        out.close();
        const Run r = import(file, csv);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("colours.csv:1: no column holds the partner name"),
                 qPrintable(r.err));
    }

    void icpsThenLinks() {
        const QString file = freshDemo();
        Run r = import(file, dataFile("icps.csv"), {"--kind", "icps"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 new, 0 changed, 0 unchanged, 1 skipped as a duplicate"),
                 qPrintable(r.out));
        // The third link names a partner that does not exist: all or nothing.
        const QByteArray before = contents(file);
        r = import(file, dataFile("links.csv"), {"--kind", "links"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(":4: Partner \"Nobody Such Partner\" is not in the portfolio."));
        QCOMPARE(contents(file), before);
        r = import(file, dataFile("links.csv"), {"--kind", "links", "--skip-invalid"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const PortfolioData data = load(file);
        const Icp &airport = data.icps.back();
        QCOMPARE(airport.name, "Airport ground operations");
        const auto link =
            std::find_if(data.links.begin(), data.links.end(),
                         [&](const InfluenceLink &l) { return l.icpId == airport.id; });
        QVERIFY(link != data.links.end());
        QCOMPARE(link->strength, 4);
        QCOMPARE(link->partnerId, findPartner(data, "Northgate Distribution")->id);
    }

    void usageErrors() {
        const QString file = freshDemo();
        QCOMPARE(run({"import", file}).exitCode, 1);
        QCOMPARE(import(file, dataFile("icps.csv"), {"--preset", "excel"}).exitCode, 1);
        QCOMPARE(import(file, dataFile("icps.csv"), {"--kind", "orders"}).exitCode, 1);
        QCOMPARE(
            import(file, dataFile("icps.csv"), {"--partners-csv", dataFile("icps.csv")}).exitCode,
            1); // only with --kind deals
        QCOMPARE(import(file, dataFile("icps.csv"), {"--date-order", "ymd"}).exitCode, 1);
        QCOMPARE(import(m_dir.filePath("missing.partnerscope"), dataFile("icps.csv")).exitCode, 2);
        QCOMPARE(import(file, m_dir.filePath("missing.csv")).exitCode, 2);
    }

    void dealsWithTheirOpportunityPartners() {
        const QString file = freshDemo();
        const QStringList partners = {QStringLiteral("--kind"), QStringLiteral("deals"),
                                      QStringLiteral("--partners-csv"),
                                      dataFile("salesforce_opportunity_partners.csv")};
        const Run r = import(file, dataFile("salesforce_opportunities.csv"), partners);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Salesforce opportunities, UTF-8, comma-separated, 5 rows"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("Salesforce opportunity partners, UTF-8, comma-separated, 6 rows"));
        QVERIFY2(
            r.out.contains("5 new, 0 changed, 0 unchanged, 0 skipped as duplicates, 0 invalid"),
            qPrintable(r.out));
        const PortfolioData data = load(file);
        const auto deal = std::find_if(data.deals.begin(), data.deals.end(), [](const Deal &d) {
            return d.crm.id == QLatin1String("0065g00000Opp0001");
        });
        QVERIFY(deal != data.deals.end());
        QCOMPARE(deal->partners.size(), size_t(2));
        QCOMPARE(deal->partners[0].partnerId, findPartner(data, "Brightshelf Handelssysteme")->id);
        QCOMPARE(deal->partners[0].role, Attribution::Sourced);
        QCOMPARE(deal->partners[1].role, Attribution::Influenced);

        // The same exports again: every deal is found by its CRM id, nothing is written.
        const QByteArray saved = contents(file);
        const Run again = import(file, dataFile("salesforce_opportunities.csv"), partners);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("0 new, 0 changed, 5 unchanged"), qPrintable(again.out));
        QCOMPARE(contents(file), saved);

        // Without the lead-source rule nobody sourced the first deal, and it is changed.
        const Run rule =
            import(file, dataFile("salesforce_opportunities.csv"),
                   partners + QStringList{QStringLiteral("--lead-source-words"), QString()});
        QVERIFY2(rule.out.contains("0 new, 1 changed, 4 unchanged"), qPrintable(rule.out));
    }

    void badDealsAreReportedByFileAndLine() {
        const QString file = freshDemo();
        const QByteArray before = contents(file);
        const QString opportunities = dataFile("salesforce_opportunities.csv");
        const QString partners = dataFile("salesforce_opportunity_partners_bad.csv");
        const QStringList args = {QStringLiteral("--kind"), QStringLiteral("deals"),
                                  QStringLiteral("--partners-csv"), partners};
        Run r = import(file, opportunities, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(partners + ":3: Opportunity \"0065g00000Opp9999\" is not in the "
                                           "deals file."),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(opportunities + ":3: Partner account \"0015g0000NOSUCH1\" (line 4 "
                                               "of the opportunity partners) is not in the "
                                               "portfolio."));
        QVERIFY(r.err.contains("nothing was imported: 2 rows are invalid"));
        QCOMPARE(contents(file), before);
        r = import(file, opportunities, args + QStringList{QStringLiteral("--skip-invalid")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains("4 new, 0 changed, 0 unchanged, 0 skipped as duplicates, 2 invalid"),
            qPrintable(r.out));

        const QString bad = dataFile("salesforce_opportunities_bad.csv");
        r = import(freshDemo(), bad, {QStringLiteral("--kind"), QStringLiteral("deals")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad + ":3: Amount \"abc\" is not a number."), qPrintable(r.err));
        QVERIFY(r.err.contains(bad + ":4: CreatedDate \"next tuesday\" is not a date"));
    }

    void dryRunOfDealsWritesNothing() {
        const QString file = freshDemo();
        const QByteArray before = contents(file);
        const Run r = import(
            file, dataFile("hubspot_deals.csv"),
            {QStringLiteral("--kind"), QStringLiteral("deals"), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("HubSpot deals"), qPrintable(r.out));
        QVERIFY2(r.out.contains("Dry run, nothing written"), qPrintable(r.out));
        QVERIFY(r.out.contains("3 new"));
        QCOMPARE(contents(file), before);
    }

    void activitiesAndTheDayMonthOrder() {
        const QString file = freshDemo();
        Run r = import(file, dataFile("salesforce_tasks.csv"),
                       {QStringLiteral("--kind"), QStringLiteral("activities")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Salesforce tasks and events"), qPrintable(r.out));
        QVERIFY(r.out.contains("4 new"));

        // 03/04/2025 reads either way and no row decides: an error naming the file and line,
        // and nothing is imported, until --date-order says how the file writes dates.
        const QString dayFirst = dataFile("activities_day_first.csv");
        const QStringList args = {QStringLiteral("--kind"), QStringLiteral("activities"),
                                  QStringLiteral("--skip-invalid")};
        const QByteArray before = contents(file);
        r = import(file, dayFirst, args);
        QCOMPARE(r.exitCode, 2); // invalid input
        QVERIFY2(r.err.contains(dayFirst + ":2: the date \"03/04/2025\" reads either way"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("--date-order dmy"), qPrintable(r.err));
        QCOMPARE(contents(file), before);
        r = import(file, dayFirst,
                   args + QStringList{QStringLiteral("--date-order"), QStringLiteral("mdy"),
                                      QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(dayFirst + ":4: Partner \"Nobody Such Partner\" is not in the "
                                          "portfolio."));
        r = import(file, dayFirst,
                   args + QStringList{QStringLiteral("--date-order"), QStringLiteral("dmy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains("read either way"));
        const PortfolioData data = load(file);
        const Id northgate = findPartner(data, "Northgate Distribution")->id;
        QVERIFY(std::any_of(data.activities.begin(), data.activities.end(), [&](const Activity &a) {
            return a.partnerId == northgate && a.date == QDate(2025, 4, 3) &&
                   a.notes == QLatin1String("first call");
        }));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
