// SPDX-License-Identifier: GPL-3.0-or-later
// Scores that rest on evidence, ICP matching of buyers and the link suggestions drawn from it,
// on a small hand-made log whose expected numbers are worked out in the comments.
#include "core/economics/icpmatch.h"
#include "core/economics/linksuggestions.h"
#include "core/scoring/scoring.h"

#include <QTest>

using namespace ps;

Q_DECLARE_METATYPE(std::optional<EmployeeRange>)

namespace {

enum : Id { A = 1, B, C };
enum : Id { Hospitals = 1, Retail };

QDate day(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Deal deal(Id id, std::vector<DealPartner> partners, double amount, DealOutcome outcome,
          const char *created, const char *closed, Buyer buyer = {}) {
    Deal d;
    d.id = id;
    d.name = QStringLiteral("Deal %1").arg(id);
    d.partners = std::move(partners);
    d.amount = amount;
    d.outcome = outcome;
    d.createdOn = day(created);
    d.closedOn = day(closed);
    d.buyer = std::move(buyer);
    return d;
}

Activity activity(Id id, Id partner, const char *date, ActivityKind kind) {
    Activity a;
    a.id = id;
    a.partnerId = partner;
    a.date = day(date);
    a.kind = kind;
    return a;
}

/// The log of tst_partnerimpact (a minimum of 3 closed deals): A has 2 won of 3 closed, B 1 of
/// 2, C 1 of 1; the direct deals 2 won of 5. Activities of A in three quarters.
PortfolioData handMade() {
    using O = DealOutcome;
    const auto sourced = [](Id id) { return DealPartner{id, Attribution::Sourced, QString()}; };
    const auto influenced = [](Id id) {
        return DealPartner{id, Attribution::Influenced, QString()};
    };
    PortfolioData d;
    d.info.minClosedDeals = 3;
    for (Id id : {A, B, C}) {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("Partner %1").arg(id);
        p.model = PartnerModel::Reseller;
        p.ratings.commitment = 2;                         // 25 points as a manual rating
        p.economics.sourcedRevenue = 1000.0 * double(id); // what was typed in by hand
        d.partners.push_back(p);
    }
    Icp hospitals, retail;
    hospitals.id = Hospitals;
    hospitals.name = QStringLiteral("Hospitals");
    hospitals.industries = {QStringLiteral("Healthcare")};
    hospitals.sizeBand = QStringLiteral("500-5,000 employees");
    hospitals.regions = {QStringLiteral("DACH")};
    retail.id = Retail;
    retail.name = QStringLiteral("Retail");
    retail.industries = {QStringLiteral("Retail")};
    retail.regions = {QStringLiteral("EMEA")};
    d.icps = {hospitals, retail};
    const Buyer clinic{QString(), QString(), QStringLiteral("healthcare"),
                       QStringLiteral("Switzerland"), 900};
    d.deals = {
        deal(1, {sourced(A), influenced(B)}, 100000, O::Won, "2025-01-01", "2025-03-02", clinic),
        deal(2, {influenced(A)}, 40000, O::Won, "2025-02-01", "2025-02-21", clinic),
        deal(3, {sourced(A)}, 30000, O::Lost, "2025-03-01", "2025-04-01", clinic),
        deal(4, {influenced(A)}, 50000, O::Open, "2025-05-01", ""),
        deal(5, {influenced(B)}, 20000, O::Lost, "2025-01-10", "2025-02-10", clinic),
        deal(6, {sourced(C)}, 10000, O::Won, "2025-01-05", "2025-01-15"),
        deal(7, {}, 60000, O::Won, "2025-01-01", "2025-04-11"),
        deal(8, {}, 10000, O::Lost, "2025-01-01", "2025-02-01"),
        deal(9, {}, 10000, O::Lost, "2025-01-01", "2025-02-01"),
        deal(10, {}, 10000, O::Lost, "2025-01-01", "2025-02-01"),
        deal(11, {}, 25000, O::Open, "2025-02-01", ""),
        deal(12, {}, 20000, O::Won, "2025-02-01", "2025-03-03"),
    };
    // A: commercial activity in Q2 2025, Q1 2025 and Q4 2024; the training on 20 June 2025 is
    // the latest date of the logs (the reference) but not commercial.
    d.activities = {activity(1, A, "2025-06-10", ActivityKind::JointCall),
                    activity(2, A, "2025-02-01", ActivityKind::LeadReferred),
                    activity(3, A, "2024-11-05", ActivityKind::DealRegistered),
                    activity(4, A, "2024-03-05", ActivityKind::JointCall), // five quarters back
                    activity(5, A, "2025-06-20", ActivityKind::Training)};
    return d;
}

} // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private slots:
    void sizeBands_data() {
        QTest::addColumn<QString>("band");
        QTest::addColumn<std::optional<EmployeeRange>>("range");
        QTest::newRow("range") << "200-1,000 employees"
                               << std::optional<EmployeeRange>(EmployeeRange{200, 1000});
        QTest::newRow("open") << "1,000+ employees"
                              << std::optional<EmployeeRange>(EmployeeRange{1000, std::nullopt});
        QTest::newRow("under") << "under 50" << std::optional<EmployeeRange>(EmployeeRange{0, 50});
        QTest::newRow("thousands with dots")
            << "5.000-50.000 Mitarbeiter"
            << std::optional<EmployeeRange>(EmployeeRange{5000, 50000});
        QTest::newRow("no number") << "mid-market" << std::optional<EmployeeRange>();
    }

    void sizeBands() {
        QFETCH(QString, band);
        QFETCH(std::optional<EmployeeRange>, range);
        QCOMPARE(sizeBandRange(band), range);
    }

    void regions_data() {
        QTest::addColumn<QString>("icpRegion");
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<bool>("contained");
        QTest::newRow("same name") << "DACH"
                                   << "dach" << true;
        QTest::newRow("country in DACH") << "DACH"
                                         << "Germany" << true;
        QTest::newRow("country in EMEA") << "EMEA"
                                         << "Switzerland" << true;
        QTest::newRow("sub-region in EMEA") << "EMEA"
                                            << "Nordics" << true;
        QTest::newRow("country outside") << "DACH"
                                         << "France" << false;
        QTest::newRow("APAC") << "APAC"
                              << "Japan" << true;
        QTest::newRow("North America") << "North America"
                                       << "United States" << true;
        QTest::newRow("empty buyer") << "EMEA"
                                     << "" << false;
    }

    void regions() {
        QFETCH(QString, icpRegion);
        QFETCH(QString, buyer);
        QFETCH(bool, contained);
        QCOMPARE(regionContains(icpRegion, buyer), contained);
    }

    void matcherNeedsEveryRuleTheIcpSets() {
        const PortfolioData data = handMade();
        const IcpMatcher matcher(data.icps);
        std::vector<int> out;
        Deal d;
        d.buyer = {QString(), QString(), QStringLiteral("Healthcare"), QStringLiteral("Austria"),
                   1200};
        matcher.match(d, out);
        QCOMPARE(out, std::vector<int>{0});
        d.buyer.employees = 300; // below the band
        matcher.match(d, out);
        QVERIFY(out.empty());
        d.buyer.employees.reset(); // unknown size: the band does not hold
        matcher.match(d, out);
        QVERIFY(out.empty());
        d.buyer = {QString(), QString(), QStringLiteral("RETAIL"), QStringLiteral("Spain"), {}};
        matcher.match(d, out);
        QCOMPARE(out, std::vector<int>{1}); // Retail sets no size band
        d.icpId = Hospitals;                // set by hand: that ICP only
        matcher.match(d, out);
        QCOMPARE(out, std::vector<int>{0});
    }

    void scoresUseEvidenceWhereThereIsEnough() {
        const PortfolioData data = handMade();
        const CriteriaTable table = computeCriteria(data);
        const ScoringEvidence &e = table.evidence;
        QCOMPARE(e.asOf, day("2025-06-20"));
        QCOMPARE(*e.directWinRate, 0.4);
        QVERIFY(usesEvidence(e, 0, Criterion::Commitment));
        QVERIFY(usesEvidence(e, 0, Criterion::CommercialContribution));
        QVERIFY(!usesEvidence(e, 1, Criterion::Commitment)); // B: 2 closed
        QVERIFY(!usesEvidence(e, 0, Criterion::MarketReach));
        const PartnerEvidence &a = e.partners[0];
        QCOMPARE(a.activeQuarters, 3);
        QCOMPARE(a.sourcedWon, 50000.0);    // half of deal 1
        QCOMPARE(a.influencedWon, 40000.0); // deal 2
        QCOMPARE(a.openShare, 50000.0);     // deal 4
        QCOMPARE(a.commercialValue(), 50000.0 + 20000.0 + 12500.0);
        // Commitment: 3 quarters x 12.5 = 37.5; win rate 2/3 against 0.4 is 26.7 points better,
        // above the 25 that give the full 50: 87.5.
        QCOMPARE(table.values[0][size_t(Criterion::Commitment)], 87.5f);
        // B and C keep their manual rating 2: (2 - 1) x 25.
        QCOMPARE(table.values[1][size_t(Criterion::Commitment)], 25.0f);
        // Commercial contribution ranks money: A's evidence 82,500 is above the 2,000 and 3,000
        // typed in for B and C, so A is first of three (100), C second (66.7), B third (33.3).
        QCOMPARE(table.values[0][size_t(Criterion::CommercialContribution)], 100.0f);
        QVERIFY(std::abs(table.values[2][size_t(Criterion::CommercialContribution)] -
                         200.0f / 3.0f) < 1e-3);

        const QString commitment = evidenceExplanation(e, 0, Criterion::Commitment);
        QVERIFY2(commitment.contains(QStringLiteral("2 won deals, win rate 67% vs 40% direct")),
                 qPrintable(commitment));
        QVERIFY(commitment.contains(QStringLiteral("3 of the last 4 quarters")));
        QCOMPARE(evidenceExplanation(e, 1, Criterion::Commitment),
                 QStringLiteral("From the manual rating: 2 closed deals in the log, 3 needed for "
                                "evidence."));
        QVERIFY(evidenceExplanation(e, 0, Criterion::CommercialContribution)
                    .contains(QStringLiteral("50,000 sourced and 40,000 influenced")));
        QVERIFY(evidenceExplanation(e, 0, Criterion::MarketReach).isEmpty());
    }

    void noLogsMeansManualEverywhere() {
        PortfolioData data = handMade();
        data.deals.clear();
        data.activities.clear();
        const CriteriaTable table = computeCriteria(data);
        QVERIFY(table.evidence.empty());
        QCOMPARE(table.values[0][size_t(Criterion::Commitment)], 25.0f);
        QVERIFY(evidenceExplanation(table.evidence, 0, Criterion::Commitment)
                    .startsWith(QStringLiteral("From the manual rating")));
    }

    void raisingTheMinimumFallsBackToTheRating() {
        PortfolioData data = handMade();
        data.info.minClosedDeals = 4;
        const CriteriaTable table = computeCriteria(data);
        // A has 3 closed deals, now one short: its rating counts again. The 5 direct closed deals
        // still give a direct win rate to compare against.
        QCOMPARE(table.values[0][size_t(Criterion::Commitment)], 25.0f);
        QVERIFY(table.evidence.directWinRate);
    }

    void linkEvidenceAndSuggestions() {
        PortfolioData data = handMade();
        // Deals 1, 2, 3 and 5 have Swiss clinic buyers: Hospitals. A is on 1, 2, 3; B on 1, 5.
        const std::vector<LinkEvidence> evidence = linkEvidence(data);
        QCOMPARE(evidence.size(), size_t(2));
        QCOMPARE(evidence[0].partnerId, Id(A));
        QCOMPARE(evidence[0].deals, 3);
        QCOMPARE(evidence[0].won, 2);
        QCOMPARE(evidence[0].sourced, 2);
        QCOMPARE(evidence[1].partnerId, Id(B));
        QCOMPARE(evidence[1].deals, 2);

        std::vector<LinkSuggestion> suggestions = suggestLinks(data, 2);
        QCOMPARE(suggestions.size(), size_t(2)); // most deals first
        QCOMPARE(suggestions[0].evidence.partnerId, Id(A));
        QCOMPARE(suggestions[0].role, LinkRole::Sources); // 2 of 3 sourced
        QCOMPARE(suggestions[0].strength, 2);
        QCOMPARE(suggestions[1].role, LinkRole::Influences);
        const InfluenceLink link = suggestedLink(suggestions[0]);
        QCOMPARE(link.icpId, Id(Hospitals));
        QCOMPARE(link.partnerId, Id(A));
        QVERIFY2(link.notes.contains(QStringLiteral("3 deal(s) with buyers of this ICP, 2 won, "
                                                    "2 sourced")),
                 qPrintable(link.notes));
        // The default needs three deals: only A.
        QCOMPARE(suggestLinks(data).size(), size_t(1));

        // A link that exists, or a rejected suggestion, is not suggested again.
        data.links.push_back(link);
        data.links.back().id = 1;
        data.rejectedLinks = {{Hospitals, B}};
        QVERIFY(suggestLinks(data, 1).empty());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
