// SPDX-License-Identifier: GPL-3.0-or-later
// Plain account mapping: matching on the registrable domain then the normalized name, the
// overlap matrix checked by hand, the overlap per ICP, and open deals marking accounts.
#include "core/accounts/icpfit.h"
#include "core/accounts/overlap.h"
#include "core/accounts/regions.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace ps;
using namespace ps::accounts;
using S = AccountStatus;
using O = OurPopulation;
using T = TheirPopulation;

namespace {

Account account(const char *name, const char *website, S status, double pipeline = 0) {
    Account a;
    a.name = QString::fromUtf8(name);
    a.website = QString::fromUtf8(website);
    a.status = status;
    a.openPipeline = pipeline;
    return a;
}

AccountList list(std::vector<Account> accounts) {
    AccountList l;
    l.accounts = std::move(accounts);
    deriveKeys(l.accounts);
    return l;
}

/// The small example of docs/account-mapping.md, counted by hand there.
AccountList ours() {
    return list({
        account("Acme Ltd", "acme.co.uk", S::Customer),                 // 0
        account("Beta GmbH", "https://www.beta.de", S::Customer, 5000), // 1: upsell deal
        account("Gamma SA", "gamma.fr", S::Prospect),                   // 2
        account("Delta Inc", "", S::Prospect),                          // 3
        account("Epsilon", "epsilon.com", S::OpenOpportunity, 20000),   // 4
        account("Zeta", "zeta.io", S::Customer),                        // 5
        account("Eta LLC", "", S::OpenOpportunity, 7000),               // 6
        account("Theta", "theta.com", S::Other),                        // 7
    });
}

AccountList theirs() {
    return list({
        account("ACME Limited", "shop.acme.co.uk", S::Customer),   // 0 = our 0 (domain)
        account("Beta", "beta.de", S::Prospect),                   // 1 = our 1 (domain)
        account("Gamma S.A.S.", "", S::Customer),                  // 2 = our 2 (name)
        account("Delta Incorporated", "delta.com", S::Customer),   // 3 = our 3 (name)
        account("Epsilon", "epsilon.com", S::Prospect),            // 4 = our 4 (domain)
        account("Epsilon Europe", "www.epsilon.com", S::Customer), // 5 = our 4 (domain)
        account("Zeta", "zeta.de", S::Customer),                   // 6: another domain
        account("Eta", "", S::Other),                              // 7 = our 6 (name)
        account("Theta", "theta.com", S::Prospect),                // 8 = our 7 (domain)
        account("Iota", "iota.com", S::Customer),                  // 9
    });
}

} // namespace

class TestOverlap : public QObject {
    Q_OBJECT

private slots:
    void handCheckedExample() {
        const AccountList a = ours(), b = theirs();
        const OverlapResult r = computeOverlap(a, b);
        QCOMPARE(r.oursTotal, qint64(8));
        QCOMPARE(r.theirsTotal, qint64(10));
        QCOMPARE(r.overlapTotal, qint64(7));     // all but Zeta (zeta.io vs zeta.de)
        QCOMPARE(r.nameMatchedTotal, qint64(3)); // Gamma, Delta, Eta
        const auto cell = [&](O o, T t) { return r.cell(o, t); };
        QCOMPARE(cell(O::Customers, T::Customers), (OverlapCell{1, 0}));    // Acme
        QCOMPARE(cell(O::Customers, T::Prospects), (OverlapCell{1, 5000})); // Beta
        QCOMPARE(cell(O::Prospects, T::Customers), (OverlapCell{2, 0}));    // Gamma, Delta
        QCOMPARE(cell(O::Prospects, T::Prospects), (OverlapCell{0, 0}));
        QCOMPARE(cell(O::OpenOpportunities, T::Customers), (OverlapCell{1, 20000})); // Epsilon
        // Beta (a customer with 5,000 open) and Epsilon; Eta matches an "other" row only.
        QCOMPARE(cell(O::OpenOpportunities, T::Prospects), (OverlapCell{2, 25000}));
        const std::vector<AccountPair> expected = {
            {0, 0, MatchKind::Domain}, {1, 1, MatchKind::Domain}, {2, 2, MatchKind::Name},
            {3, 3, MatchKind::Name},   {4, 4, MatchKind::Domain}, {4, 5, MatchKind::Domain},
            {6, 7, MatchKind::Name},   {7, 8, MatchKind::Domain},
        };
        QCOMPARE(r.pairs, expected);
        QVERIFY(!r.pairsTruncated);
        QCOMPARE(r.ourMatches[5], quint8(0));
        QCOMPARE(r.ourMatches[4], quint8(MatchesTheirCustomers | MatchesTheirProspects |
                                         MatchesAny | MatchesByDomain));
        // A click on a cell lists its pairs.
        QCOMPARE(r.pairsIn(O::Prospects, T::Customers, a.accounts, b.accounts),
                 (std::vector<AccountPair>{{2, 2, MatchKind::Name}, {3, 3, MatchKind::Name}}));
        QCOMPARE(cellKey(O::Customers, T::Prospects),
                 QStringLiteral("our_customers_x_their_prospects"));
        QCOMPARE(cellKey(O::OpenOpportunities, T::Customers),
                 QStringLiteral("our_open_opportunities_x_their_customers"));
    }

    void namesNeverOverrideDifferentDomains() {
        // Same name, different registrable domains: two companies (acme.com vs acme.de).
        const OverlapResult r = computeOverlap(list({account("Acme", "acme.com", S::Customer)}),
                                               list({account("Acme", "acme.de", S::Customer)}));
        QCOMPARE(r.overlapTotal, qint64(0));
        QVERIFY(r.pairs.empty());
    }

    void nothingFuzzy() {
        const OverlapResult r =
            computeOverlap(list({account("Acme Systems", "", S::Customer),
                                 account("Acme", "acme-systems.com", S::Customer)}),
                           list({account("Acme System", "", S::Customer),
                                 account("Acme", "acmesystems.com", S::Customer)}));
        // "Acme" (ours, with a website) and "Acme" (theirs, with another website) differ;
        // "Acme Systems" and "Acme System" are not the same name.
        QCOMPARE(r.overlapTotal, qint64(0));
    }

    void pairCapKeepsCountsExact() {
        std::vector<Account> a, b;
        for (int i = 0; i < 50; ++i) {
            a.push_back(account("A", "same.com", S::Customer));
            b.push_back(account("B", "www.same.com", S::Prospect));
        }
        OverlapOptions options;
        options.maxPairs = 100;
        const OverlapResult r = computeOverlap(list(a), list(b), options);
        QCOMPARE(r.pairs.size(), size_t(100));
        QVERIFY(r.pairsTruncated);
        QCOMPARE(r.cell(O::Customers, T::Prospects).accounts, qint64(50));
        QCOMPARE(r.overlapTotal, qint64(50));
    }

    void threadsAgreeOnRandomLists() {
        // The same result on 1 and 4 threads, and against a direct count by std::map.
        QRandomGenerator rng(7);
        std::vector<Account> a, b;
        const S statuses[] = {S::Customer, S::Prospect, S::OpenOpportunity, S::Other};
        for (int i = 0; i < 20000; ++i) {
            const int d = int(rng.bounded(15000));
            Account x = account("x", "", statuses[rng.bounded(4)], rng.bounded(3) * 100.0);
            x.website = QStringLiteral("https://www.c%1.com/").arg(d);
            x.name = QStringLiteral("Company %1").arg(d);
            if (rng.bounded(10) == 0)
                x.website.clear();
            a.push_back(x);
            Account y = account("y", "", statuses[rng.bounded(4)]);
            const int e = int(rng.bounded(15000));
            y.website = QStringLiteral("c%1.com").arg(e);
            y.name = QStringLiteral("Company %1 Ltd").arg(e);
            if (rng.bounded(10) == 0)
                y.website.clear();
            b.push_back(y);
        }
        const AccountList la = list(a), lb = list(b);
        OverlapOptions one;
        one.threads = 1;
        OverlapOptions four;
        four.threads = 4;
        const OverlapResult r1 = computeOverlap(la, lb, one);
        const OverlapResult r4 = computeOverlap(la, lb, four);
        QCOMPARE(r1.cells, r4.cells);
        QCOMPARE(r1.pairs, r4.pairs);
        QCOMPARE(r1.overlapTotal, r4.overlapTotal);

        // Independent count: their population bits by domain and by name (no-domain rows).
        std::map<QString, int> domainBits, nameBitsAll, nameBitsNoDomain;
        const auto bits = [](const Account &y) {
            return (inPopulation(y, T::Customers) ? 1 : 0) |
                   (inPopulation(y, T::Prospects) ? 2 : 0) | 4;
        };
        for (const Account &y : lb.accounts) {
            if (!y.domainKey.isEmpty())
                domainBits[y.domainKey] |= bits(y);
            nameBitsAll[y.nameKey] |= bits(y);
            if (y.domainKey.isEmpty())
                nameBitsNoDomain[y.nameKey] |= bits(y);
        }
        qint64 overlap = 0, ccCount = 0;
        double ooProspectsPipeline = 0;
        for (const Account &x : la.accounts) {
            int m = 0;
            if (!x.domainKey.isEmpty() && domainBits.count(x.domainKey))
                m |= domainBits[x.domainKey];
            const auto &names = x.domainKey.isEmpty() ? nameBitsAll : nameBitsNoDomain;
            if (names.count(x.nameKey))
                m |= names.at(x.nameKey);
            overlap += (m & 4) ? 1 : 0;
            ccCount += (inPopulation(x, O::Customers) && (m & 1)) ? 1 : 0;
            if (inPopulation(x, O::OpenOpportunities) && (m & 2))
                ooProspectsPipeline += x.openPipeline;
        }
        QVERIFY(overlap > 1000);
        QCOMPARE(r1.overlapTotal, overlap);
        QCOMPARE(r1.cell(O::Customers, T::Customers).accounts, ccCount);
        QCOMPARE(r1.cell(O::OpenOpportunities, T::Prospects).openPipeline, ooProspectsPipeline);
    }

    void cancel() {
        std::vector<Account> a(50000, account("A", "a.com", S::Customer));
        OverlapOptions options;
        options.progress = [](qint64, qint64) { return false; };
        const OverlapResult r = computeOverlap(list(a), list(a), options);
        QVERIFY(r.cancelled);
        QCOMPARE(r.overlapTotal, qint64(0));
    }

    void openDealsMarkAccounts() {
        AccountList a = ours();
        const int unmatched = applyOpenDeals(
            a.accounts,
            {{QString(), QStringLiteral("Gamma"), QStringLiteral("http://gamma.fr/x"), 3000},
             {QString(), QStringLiteral("Zeta"), QString(), 1000},
             {QString(), QStringLiteral("Acme Limited"), QString(), 500},
             {QString(), QStringLiteral("Nobody"), QStringLiteral("nobody.org"), 9}});
        QCOMPARE(unmatched, 1);
        QCOMPARE(a.accounts[2].status, S::OpenOpportunity); // a prospect with a deal
        QCOMPARE(a.accounts[2].openPipeline, 3000.0);
        QCOMPARE(a.accounts[5].status, S::Customer); // a customer stays a customer...
        QVERIFY(inPopulation(a.accounts[5], O::OpenOpportunities)); // ...with open pipeline
        QCOMPARE(a.accounts[0].openPipeline, 500.0); // by name: "Acme Limited" == "Acme Ltd"
    }

    void sizeBands_data() {
        QTest::addColumn<QString>("band");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max"); // -1: none
        QTest::newRow("range") << "200-1,000 employees" << qint64(200) << qint64(1000);
        QTest::newRow("plus") << "1,000+ employees" << qint64(1000) << qint64(-1);
        QTest::newRow("or more") << "5000 or more" << qint64(5000) << qint64(-1);
        QTest::newRow("over") << "over 5,000" << qint64(5000) << qint64(-1);
        QTest::newRow("less than") << "<50" << qint64(0) << qint64(50);
        QTest::newRow("under") << "under 50 employees" << qint64(0) << qint64(50);
        QTest::newRow("up to") << "up to 250" << qint64(0) << qint64(250);
        QTest::newRow("k") << "1k-5k" << qint64(1000) << qint64(5000);
        QTest::newRow("K plus") << "10K+" << qint64(10000) << qint64(-1);
        QTest::newRow("german groups") << "1.000-5.000 Mitarbeiter" << qint64(1000) << qint64(5000);
        QTest::newRow("en dash") << "500–50,000" << qint64(500) << qint64(50000);
    }

    void sizeBands() {
        QFETCH(QString, band);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        const auto range = parseSizeBand(band);
        QVERIFY(range);
        QCOMPARE(range->min, min);
        QCOMPARE(range->max, max < 0 ? std::optional<qint64>() : std::optional<qint64>(max));
        QVERIFY(!parseSizeBand(u"enterprise"));
    }

    void countriesAndRegions() {
        QCOMPARE(countryCode(u"Germany"), QStringLiteral("DE"));
        QCOMPARE(countryCode(u"deutschland"), QStringLiteral("DE"));
        QCOMPARE(countryCode(u"USA"), QStringLiteral("US"));
        QCOMPARE(countryCode(u"United States"), QStringLiteral("US"));
        QCOMPARE(countryCode(u"UK"), QStringLiteral("GB"));
        QCOMPARE(countryCode(u"Côte d’Ivoire"), QStringLiteral("CI"));
        QCOMPARE(countryCode(u"fr"), QStringLiteral("FR"));
        QCOMPARE(countryCode(u"Atlantis"), QString());
        QCOMPARE(regionCountries(u"DACH"), (QStringList{"DE", "AT", "CH", "LI"}));
        QVERIFY(regionCountries(u"EMEA").contains(QStringLiteral("ZA")));
        QVERIFY(regionCountries(u"EMEA").contains(QStringLiteral("AE")));
        QVERIFY(!regionCountries(u"EMEA").contains(QStringLiteral("US")));
        QVERIFY(regionCountries(u"North America").contains(QStringLiteral("CA")));
        QVERIFY(!regionCountries(u"North America").contains(QStringLiteral("MX")));
        QVERIFY(regionCountries(u"LATAM").contains(QStringLiteral("MX")));
        QVERIFY(regionCountries(u"UK & Ireland").contains(QStringLiteral("IE")));
        QVERIFY(regionCountries(u"APAC").contains(QStringLiteral("AU")));
        QCOMPARE(regionCountries(u"France"), QStringList{QStringLiteral("FR")});
        QVERIFY(regionCountries(u"Global").size() > 200);
        // Every region of the demo and the generator is known.
        for (const char *region :
             {"EMEA", "DACH", "Nordics", "UK & Ireland", "Benelux", "France", "Southern Europe",
              "North America", "LATAM", "APAC", "Middle East", "Africa"})
            QVERIFY2(!regionCountries(QString::fromUtf8(region)).isEmpty(), region);
    }

    void icpFit_data() {
        QTest::addColumn<QString>("industry");
        QTest::addColumn<qint64>("employees"); // -1: unknown
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("fits");
        // ICP: Healthcare or Hospitals, 200-1,000 employees, DACH or UK & Ireland.
        QTest::newRow("fits") << "Healthcare" << qint64(500) << "Germany" << true;
        QTest::newRow("hubspot industry") << "HOSPITAL_HEALTH_CARE" << qint64(200) << "AT" << true;
        QTest::newRow("upper bound included") << "Hospitals" << qint64(1000) << "Ireland" << true;
        QTest::newRow("too big") << "Healthcare" << qint64(1001) << "Germany" << false;
        QTest::newRow("wrong region") << "Healthcare" << qint64(500) << "France" << false;
        QTest::newRow("wrong industry") << "Retail" << qint64(500) << "Germany" << false;
        QTest::newRow("unknown size") << "Healthcare" << qint64(-1) << "Germany" << false;
        QTest::newRow("unknown country") << "Healthcare" << qint64(500) << "" << false;
        QTest::newRow("four letters contained") << "Care" << qint64(500) << "Germany" << true;
        QTest::newRow("two letters never contained") << "He" << qint64(500) << "Germany" << false;
    }

    void icpFit() {
        QFETCH(QString, industry);
        QFETCH(qint64, employees);
        QFETCH(QString, country);
        QFETCH(bool, fits);
        Icp icp;
        icp.industries = {QStringLiteral("Healthcare"), QStringLiteral("Hospitals")};
        icp.sizeBand = QStringLiteral("200-1,000 employees");
        icp.regions = {QStringLiteral("DACH"), QStringLiteral("UK & Ireland")};
        Account a;
        a.industry = industry;
        if (employees >= 0)
            a.employees = employees;
        a.country = country;
        QCOMPARE(fitsIcp(a, icp), fits);
    }

    void unknownFitsWhenAsked() {
        Icp icp;
        icp.sizeBand = QStringLiteral("200-1,000");
        icp.regions = {QStringLiteral("Nordics")};
        Account a;
        QVERIFY(!fitsIcp(a, icp));
        QVERIFY(fitsIcp(a, icp, {true}));
        Icp open; // no criteria: every account fits
        QVERIFY(fitsIcp(a, open));
    }

    void overlapPerIcp() {
        AccountList a = ours();
        for (Account &x : a.accounts) {
            x.industry = QStringLiteral("Retail");
            x.employees = 300;
            x.country = QStringLiteral("France");
        }
        // Beta (customer, 5,000 open) and Gamma (prospect) are healthcare in Germany.
        a.accounts[1].industry = a.accounts[2].industry = QStringLiteral("Healthcare");
        a.accounts[1].country = a.accounts[2].country = QStringLiteral("Germany");
        Icp icp;
        icp.industries = {QStringLiteral("Healthcare")};
        icp.regions = {QStringLiteral("DACH")};
        const IcpMatcher matcher(icp);
        const OverlapResult all = computeOverlap(a, theirs());
        const OverlapResult r = all.restrictedTo(
            a.accounts, [&](int i) { return matcher.fits(a.accounts[size_t(i)]); });
        QCOMPARE(accountsFitting(a.accounts, icp), (std::vector<int>{1, 2}));
        Icp retail;
        retail.industries = {QStringLiteral("Retail")};
        retail.regions = {QStringLiteral("EMEA")};
        QCOMPARE(accountsFittingEach(a.accounts, {icp, retail}),
                 (std::vector<std::vector<int>>{{1, 2}, {0, 3, 4, 5, 6, 7}}));
        QCOMPARE(r.oursTotal, qint64(2));
        QCOMPARE(r.theirsTotal, qint64(10));
        QCOMPARE(r.overlapTotal, qint64(2));
        QCOMPARE(r.cell(O::Customers, T::Prospects), (OverlapCell{1, 5000}));
        QCOMPARE(r.cell(O::Prospects, T::Customers), (OverlapCell{1, 0}));
        QCOMPARE(r.cell(O::Customers, T::Customers), (OverlapCell{0, 0}));
        QCOMPARE(r.cell(O::OpenOpportunities, T::Prospects), (OverlapCell{1, 5000}));
        QCOMPARE(r.pairs,
                 (std::vector<AccountPair>{{1, 1, MatchKind::Domain}, {2, 2, MatchKind::Name}}));
    }
};

QTEST_GUILESS_MAIN(TestOverlap)
#include "tst_overlap.moc"
