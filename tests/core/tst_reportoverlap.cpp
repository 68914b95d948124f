// SPDX-License-Identifier: GPL-3.0-or-later
// The report's account overlap section (issue 15): per partner with a list, the counts of the
// matrix as computed by hand, most shared first, in CSV, HTML and XLSX; the demo's lists;
// nothing without lists.
#include "core/demo/demoportfolio.h"
#include "core/report/reportcontent.h"
#include "core/report/reportwriters.h"
#include "core/scoring/profiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using namespace ps::accounts;

namespace {

Account account(const char *name, const char *website, AccountStatus status,
                double pipeline = 0.0) {
    Account a;
    a.name = QLatin1String(name);
    a.website = QLatin1String(website);
    a.status = status;
    a.openPipeline = pipeline;
    return a;
}

AccountList list(std::vector<Account> accounts, QDate date) {
    AccountList l;
    l.accounts = std::move(accounts);
    deriveKeys(l.accounts);
    l.importedOn = date;
    l.sourceName = QStringLiteral("list.csv");
    return l;
}

PortfolioData withLists() {
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    data.accountBook = {}; // the demo's lists aside: these are counted by hand
    using S = AccountStatus;
    data.accountBook.setOurs(list({account("Acme", "acme.com", S::Customer),
                                   account("Globex", "globex.com", S::OpenOpportunity, 5000),
                                   account("Initech", "initech.io", S::Prospect, 700)},
                                  QDate(2026, 10, 1)));
    // Partner 0 shares one account; partner 1 shares two, one with open pipeline.
    data.accountBook.addPartnerList(
        data.partners[0].id,
        list({account("ACME", "www.acme.com", S::Customer)}, QDate(2026, 9, 1)));
    data.accountBook.addPartnerList(data.partners[1].id,
                                    list({account("Globex", "globex.com", S::Customer),
                                          account("Initech", "initech.io", S::Prospect),
                                          account("Hooli", "hooli.com", S::Customer)},
                                         QDate(2026, 8, 1)));
    return data;
}

} // namespace

class TestReportOverlap : public QObject {
    Q_OBJECT

private slots:
    void sectionCountsAsByHand() {
        const PortfolioData data = withLists();
        const ReportContent c = buildReport(data);
        QCOMPARE(c.overlap.oursTotal, qint64(3));
        QCOMPARE(c.overlap.partners.size(), size_t(2));
        const ReportOverlapRow &first = c.overlap.partners[0];
        QCOMPARE(first.partner, data.partners[1].name); // two shared: first
        QCOMPARE(first.result.overlapTotal, qint64(2));
        QCOMPARE(first.result.theirsTotal, qint64(3));
        QCOMPARE(first.sharedPipeline, 5700.0);
        QCOMPARE(first.result.cell(OurPopulation::OpenOpportunities, TheirPopulation::Customers)
                     .accounts,
                 qint64(1));
        QCOMPARE(c.overlap.partners[1].result.overlapTotal, qint64(1));

        QString csv;
        for (const report::CsvTable &t : report::csvTables(c))
            if (t.key == QLatin1String("account-overlap"))
                csv = QString::fromUtf8(report::csvTableText(t));
        // Its own file: the header first (the BOM is gone once decoded), then the rows.
        QVERIFY2(
            csv.startsWith(report::detail::overlapHeader(c.info.currency).join(QLatin1Char(','))),
            qPrintable(csv.left(300)));
        const QString expected =
            QStringLiteral("%1,2026-08-01,3,2,0,0,0,0,1,1,1,5700").arg(data.partners[1].name);
        QVERIFY2(csv.contains(expected), qPrintable(csv.right(600)));

        QTemporaryDir dir;
        QString error;
        QVERIFY(report::writeXlsx(c, dir.filePath(QStringLiteral("r.xlsx")), &error));
        const QString html = QString::fromUtf8(report::htmlText(c));
        QVERIFY(html.contains(QLatin1String("<h2>Account overlap</h2>")));
    }

    void demoHasTheSection() {
        // The demo's three partner lists: Meridian shares 20 retail, 15 field-service and 6
        // clinical accounts and 4 with open deals (45), Brightshelf 20 retail, 14
        // field-service and 2 with open deals (36), Medtech Rhein 24 hospitals.
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        const ReportContent c = buildReport(data);
        QCOMPARE(c.overlap.partners.size(), size_t(3));
        QCOMPARE(c.overlap.partners[0].result.overlapTotal, qint64(45));
        QCOMPARE(c.overlap.partners[1].result.overlapTotal, qint64(36));
        QCOMPARE(c.overlap.partners[2].result.overlapTotal, qint64(24));
        QVERIFY(c.overlap.partners[0].sharedPipeline > 0.0);
        QVERIFY(c.overlap.partners[1].sharedPipeline > 0.0);
        QCOMPARE(c.overlap.partners[2].sharedPipeline, 0.0);
        QVERIFY(QString::fromUtf8(report::htmlText(c)).contains(QLatin1String("Account overlap")));
    }

    void noListsNoSection() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        data.accountBook = {};
        const ReportContent c = buildReport(data);
        QVERIFY(c.overlap.isEmpty());
        for (const report::CsvTable &t : report::csvTables(c))
            QVERIFY(t.key != QLatin1String("account-overlap"));
        QVERIFY(!QString::fromUtf8(report::htmlText(c)).contains(QLatin1String("Account overlap")));
    }
};

QTEST_GUILESS_MAIN(TestReportOverlap)
#include "tst_reportoverlap.moc"
