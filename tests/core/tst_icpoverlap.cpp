// SPDX-License-Identifier: GPL-3.0-or-later
// The account overlap as evidence for the influence map: the overlap per ICP and partner
// (latest list only, our accounts that fit the ICP), the documented "strong" threshold, the
// links it suggests and the overlapping accounts it gives existing links, all against figures
// counted by hand.
#include "core/accounts/icpoverlap.h"
#include "core/domain/portfoliodata.h"
#include "core/economics/linksuggestions.h"

#include <QTest>

using namespace ps;
using namespace ps::accounts;

namespace {

enum : Id { Icp1 = 1, PA = 10, PB = 11, PC = 12, PD = 13, PE = 14, PF = 15 };

Account account(const QString &domain, const char *industry, qint64 employees,
                const char *country) {
    Account a;
    a.name = domain.section(QLatin1Char('.'), 0, 0);
    a.website = domain;
    a.status = AccountStatus::Customer;
    a.industry = QString::fromLatin1(industry);
    a.employees = employees;
    a.country = QString::fromLatin1(country);
    return a;
}

QString health(int i) {
    return QStringLiteral("health%1.de").arg(i);
}

/// Their list: the domains health[from, to) and, to show they do not count, `others` of our
/// accounts outside the ICP.
AccountList theirs(int from, int to, int others, QDate date) {
    AccountList l;
    for (int i = from; i < to; ++i)
        l.accounts.push_back(account(health(i), "", 0, ""));
    for (int i = 0; i < others; ++i)
        l.accounts.push_back(account(QStringLiteral("retail%1.de").arg(i), "", 0, ""));
    deriveKeys(l.accounts);
    l.importedOn = date;
    return l;
}

/// One ICP (Healthcare, 200-1,000 employees, DACH). Our 60 accounts: 50 fit it (health0-49:
/// Healthcare, 500, Germany); 5 are in retail (retail0-4) and 5 too big (big0-4: 5,000
/// employees): those 10 do not fit. The partners' latest lists share, of the 50:
///   A: health0-4 = 5 (5 of 50 = 10%: strong, at the threshold), plus retail0-4 (not in the
///      ICP); an earlier list shared health0-29 (30) and does not count;
///   B: health0-3 = 4 (not strong: under 5);
///   C: health0-11 = 12 (strong) but C is linked already;
///   D: health10-39 = 30 (strong) but the suggestion was rejected;
///   E: health20-44 = 25 (strong, strength 4);
///   F: no list.
PortfolioData handMade() {
    PortfolioData d;
    Icp icp;
    icp.id = Icp1;
    icp.name = QStringLiteral("Clinics");
    icp.industries = {QStringLiteral("Healthcare")};
    icp.sizeBand = QStringLiteral("200-1,000 employees");
    icp.regions = {QStringLiteral("DACH")};
    d.icps.push_back(icp);
    for (Id id : {PA, PB, PC, PD, PE, PF}) {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("P%1").arg(id);
        d.partners.push_back(p);
    }
    AccountList ours;
    for (int i = 0; i < 50; ++i)
        ours.accounts.push_back(account(health(i), "Healthcare", 500, "Germany"));
    for (int i = 0; i < 5; ++i)
        ours.accounts.push_back(account(QStringLiteral("retail%1.de").arg(i), "Retail", 500, "DE"));
    for (int i = 0; i < 5; ++i)
        ours.accounts.push_back(
            account(QStringLiteral("big%1.de").arg(i), "Healthcare", 5000, "DE"));
    deriveKeys(ours.accounts);
    d.accountBook.setOurs(ours);
    d.accountBook.addPartnerList(PA, theirs(0, 30, 0, QDate(2026, 1, 1)));
    d.accountBook.addPartnerList(PA, theirs(0, 5, 5, QDate(2026, 4, 1)));
    d.accountBook.addPartnerList(PB, theirs(0, 4, 5, QDate(2026, 4, 1)));
    d.accountBook.addPartnerList(PC, theirs(0, 12, 0, QDate(2026, 4, 1)));
    d.accountBook.addPartnerList(PD, theirs(10, 40, 0, QDate(2026, 4, 1)));
    d.accountBook.addPartnerList(PE, theirs(20, 45, 0, QDate(2026, 4, 1)));
    InfluenceLink link;
    link.id = 100;
    link.icpId = Icp1;
    link.partnerId = PC;
    link.overlappingAccounts = 3; // typed in by hand before the lists were there
    d.links.push_back(link);
    d.rejectedLinks = {{Icp1, PD}};
    return d;
}

} // namespace

class TestIcpOverlap : public QObject {
    Q_OBJECT
private slots:
    void strongThreshold_data() {
        QTest::addColumn<qint64>("shared");
        QTest::addColumn<qint64>("inIcp");
        QTest::addColumn<bool>("strong");
        QTest::addColumn<int>("strength");
        QTest::newRow("5 of 50: both thresholds met") << qint64(5) << qint64(50) << true << 2;
        QTest::newRow("5 of 51: under 10%") << qint64(5) << qint64(51) << false << 0;
        QTest::newRow("4 of 4: under 5 accounts") << qint64(4) << qint64(4) << false << 0;
        QTest::newRow("9 of 90") << qint64(9) << qint64(90) << true << 2;
        QTest::newRow("10 of 100") << qint64(10) << qint64(100) << true << 3;
        QTest::newRow("10 of 101") << qint64(10) << qint64(101) << false << 0;
        QTest::newRow("25 of 250") << qint64(25) << qint64(250) << true << 4;
        QTest::newRow("49 of 60") << qint64(49) << qint64(60) << true << 4;
        QTest::newRow("50 of 500") << qint64(50) << qint64(500) << true << 5;
        QTest::newRow("0 of 0") << qint64(0) << qint64(0) << false << 0;
    }
    void strongThreshold() {
        QFETCH(qint64, shared);
        QFETCH(qint64, inIcp);
        QFETCH(bool, strong);
        QFETCH(int, strength);
        const IcpOverlap o{Icp1, PA, shared, inIcp};
        QCOMPARE(isStrongOverlap(o), strong);
        QCOMPARE(strengthForOverlap(o), strength);
    }

    void overlapPerIcpAndPartner() {
        const PortfolioData data = handMade();
        const std::vector<IcpOverlap> overlaps = icpOverlaps(data);
        // Partners with a list, in portfolio order; 50 of our 60 accounts fit the ICP.
        const std::vector<IcpOverlap> expected{
            {Icp1, PA, 5, 50},  {Icp1, PB, 4, 50},  {Icp1, PC, 12, 50},
            {Icp1, PD, 30, 50}, {Icp1, PE, 25, 50},
        };
        QCOMPARE(overlaps.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(overlaps[i] == expected[i], qPrintable(QStringLiteral("partner %1: %2 of %3")
                                                                .arg(overlaps[i].partnerId)
                                                                .arg(overlaps[i].shared)
                                                                .arg(overlaps[i].inIcp)));
        QVERIFY(!findIcpOverlap(overlaps, Icp1, PF)); // no list, nothing measured

        // Without our list there is nothing to measure.
        PortfolioData none = data;
        none.accountBook.lists.erase(none.accountBook.lists.begin());
        QVERIFY(icpOverlaps(none).empty());
    }

    void strongOverlapsAreSuggested() {
        PortfolioData data = handMade();
        const std::vector<LinkSuggestion> s = suggestLinks(data);
        // E (25) and A (5); B is weak, C linked, D rejected, F has no list. Most shared first.
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(s[0].evidence.partnerId, Id(PE));
        QCOMPARE(s[0].evidence.deals, 0);
        QCOMPARE(s[0].accounts.shared, qint64(25));
        QCOMPARE(s[0].accounts.inIcp, qint64(50));
        QCOMPARE(s[0].strength, 4);
        QCOMPARE(s[1].evidence.partnerId, Id(PA));
        QCOMPARE(s[1].accounts.shared, qint64(5));
        QCOMPARE(s[1].strength, 2);
        QCOMPARE(suggestionText(s[0], QStringLiteral("Clinics")),
                 QStringLiteral("25 shared account(s) in ICP Clinics (of 50 of ours)"));
        const InfluenceLink link = suggestedLink(s[0]);
        QCOMPARE(link.icpId, Id(Icp1));
        QCOMPARE(link.partnerId, Id(PE));
        QCOMPARE(link.strength, 4);
        QCOMPARE(link.overlappingAccounts, std::optional<int>(25));
        QVERIFY2(link.notes.contains(QStringLiteral("account overlap")), qPrintable(link.notes));

        // Accepting E and rejecting A leaves nothing to suggest.
        data.links.push_back(link);
        data.rejectedLinks.push_back({Icp1, PA});
        QVERIFY(suggestLinks(data).empty());
    }

    void linksGetTheirOverlappingAccounts() {
        PortfolioData data = handMade();
        const std::vector<IcpOverlap> overlaps = icpOverlaps(data);
        // C's link said 3; the overlap measures 12.
        const std::vector<std::pair<Id, int>> updates = linkOverlapUpdates(data, overlaps);
        QCOMPARE(updates.size(), size_t(1));
        QCOMPARE(updates[0].first, Id(100));
        QCOMPARE(updates[0].second, 12);
        data.links[0].overlappingAccounts = 12;
        QVERIFY(linkOverlapUpdates(data, overlaps).empty());
        // A link to a partner without a list keeps what the user typed.
        data.links[0].partnerId = PF;
        QVERIFY(linkOverlapUpdates(data, overlaps).empty());
    }
};

QTEST_GUILESS_MAIN(TestIcpOverlap)
#include "tst_icpoverlap.moc"
