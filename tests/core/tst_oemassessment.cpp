// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 000's OEM assessment: the three-of-four rule, exit risk by structure, the exclusivity
// trap, and every failure mode of the checklist on a deal that has only that one problem.
#include "core/economics/oemassessment.h"

#include <QTest>

#include <algorithm>

using namespace ps;

namespace {

/// A portfolio with one partner whose joint commercial model is agreed and one healthy deal:
/// all four conditions, a certified component with an exit clause, brand owned, roadmap
/// reviewed, terms that keep 1.00 per unit at scale. No failure mode at all.
PortfolioData healthy() {
    PortfolioData data;
    Partner p;
    p.id = 7;
    p.name = QStringLiteral("Kestrel Devices");
    p.model = PartnerModel::Oem;
    p.commercialModel.pricingAgreed = true;
    p.commercialModel.support = Owner::Partner;
    p.commercialModel.customerSuccess = Owner::Vendor;
    p.commercialModel.renewal = Owner::Shared;
    data.partners.push_back(p);
    OemDeal d;
    d.id = 3;
    d.partnerId = 7;
    d.name = QStringLiteral("Kestrel rugged tablets");
    d.structure = OemStructure::CertifiedComponent;
    d.needsOfferFaster = d.technicalLead = d.reachesNewSegment = d.defendableMargin = true;
    d.perUnitRoyalty = 2.0;
    d.costPerUnit = 1.0;
    d.volumes = {1000, 5000, 20000};
    d.exitClause = QStringLiteral("Either side may leave with 12 months' notice.");
    d.brandOwner = Owner::Partner;
    d.roadmapAligned = true;
    data.oemDeals.push_back(d);
    return data;
}

std::vector<OemFailureMode> modesOf(const PortfolioData &data) {
    return assessOemDeal(data, data.oemDeals.front()).failureModes;
}

} // namespace

class TestOemAssessment : public QObject {
    Q_OBJECT

private slots:
    void healthyDealHasNoFailureMode() {
        const PortfolioData data = healthy();
        const OemAssessment a = assessOemDeal(data, data.oemDeals.front());
        QCOMPARE(a.dealId, Id(3));
        QCOMPARE(a.partnerId, Id(7));
        QCOMPARE(a.partnerName, QStringLiteral("Kestrel Devices"));
        QCOMPARE(a.dealName, QStringLiteral("Kestrel rugged tablets"));
        QCOMPARE(a.conditionsMet, 4);
        QCOMPARE(a.distraction, false);
        QCOMPARE(a.exitRisk, ExitRisk::Low);
        QCOMPARE(a.exclusivityTrap, false);
        QVERIFY(a.failureModes.empty());
        QVERIFY(a.termsValid);
        // 20,000 x (2.00 - 1.00) = 20,000 margin in the scale year.
        QCOMPARE(a.royalty.years.size(), size_t(3));
        QCOMPARE(a.royalty.years[2].margin, 20000.0);
        QCOMPARE(a.royalty.breaksAtScale, false);
    }

    void threeOfFourRule_data() {
        QTest::addColumn<int>("held");
        QTest::addColumn<bool>("distraction");
        QTest::newRow("0 of 4") << 0 << true;
        QTest::newRow("1 of 4") << 1 << true;
        QTest::newRow("2 of 4") << 2 << true;
        QTest::newRow("3 of 4") << 3 << false;
        QTest::newRow("4 of 4") << 4 << false;
    }

    void threeOfFourRule() {
        QFETCH(int, held);
        QFETCH(bool, distraction);
        PortfolioData data = healthy();
        OemDeal &d = data.oemDeals.front();
        // Drop conditions from the last one back, so each count is reached one way.
        bool *conditions[] = {&d.needsOfferFaster, &d.technicalLead, &d.reachesNewSegment,
                              &d.defendableMargin};
        for (int i = held; i < 4; ++i)
            *conditions[i] = false;
        const OemAssessment a = assessOemDeal(data, d);
        QCOMPARE(a.conditionsMet, held);
        QCOMPARE(a.distraction, distraction);
    }

    void threeOfFourAnyThree() {
        // Any three hold (here: all but "needs a complete offer faster"): not a distraction.
        PortfolioData data = healthy();
        data.oemDeals.front().needsOfferFaster = false;
        QCOMPARE(assessOemDeal(data, data.oemDeals.front()).distraction, false);
        data.oemDeals.front().technicalLead = false;
        QCOMPARE(assessOemDeal(data, data.oemDeals.front()).distraction, true);
    }

    void exitRiskOrder() {
        QCOMPARE(exitRisk(OemStructure::CertifiedComponent), ExitRisk::Low);
        QCOMPARE(exitRisk(OemStructure::WhiteLabel), ExitRisk::Medium);
        QCOMPARE(exitRisk(OemStructure::FullEmbedded), ExitRisk::High);
        QCOMPARE(exitRisk(OemStructure::StrategicTier), ExitRisk::VeryHigh);
        // Strictly rising down seed 000's list, and in step with exitDifficulty().
        const std::vector<OemStructure> order = {
            OemStructure::CertifiedComponent, OemStructure::WhiteLabel, OemStructure::FullEmbedded,
            OemStructure::StrategicTier};
        for (size_t i = 1; i < order.size(); ++i) {
            QVERIFY(exitRisk(order[i - 1]) < exitRisk(order[i]));
            QVERIFY(exitDifficulty(order[i - 1]) < exitDifficulty(order[i]));
        }
        QCOMPARE(toKey(ExitRisk::Low), QStringLiteral("low"));
        QCOMPARE(toKey(ExitRisk::VeryHigh), QStringLiteral("very_high"));
        QCOMPARE(label(ExitRisk::VeryHigh), QStringLiteral("Very high"));
    }

    void exclusivityTrap_data() {
        QTest::addColumn<int>("structure");
        QTest::addColumn<bool>("exclusive");
        QTest::addColumn<bool>("withExit");
        QTest::addColumn<bool>("trap");
        const int certified = int(OemStructure::CertifiedComponent);
        const int white = int(OemStructure::WhiteLabel);
        const int embedded = int(OemStructure::FullEmbedded);
        const int strategic = int(OemStructure::StrategicTier);
        QTest::newRow("not exclusive, embedded") << embedded << false << false << false;
        QTest::newRow("exclusive certified with exit") << certified << true << true << false;
        QTest::newRow("exclusive white-label with exit") << white << true << true << false;
        QTest::newRow("exclusive certified without exit") << certified << true << false << true;
        QTest::newRow("exclusive embedded with exit") << embedded << true << true << true;
        QTest::newRow("exclusive strategic with exit") << strategic << true << true << true;
    }

    void exclusivityTrap() {
        QFETCH(int, structure);
        QFETCH(bool, exclusive);
        QFETCH(bool, withExit);
        QFETCH(bool, trap);
        PortfolioData data = healthy();
        OemDeal &d = data.oemDeals.front();
        d.structure = OemStructure(structure);
        d.exclusive = exclusive;
        if (!withExit)
            d.exitClause.clear();
        const OemAssessment a = assessOemDeal(data, d);
        QCOMPARE(a.exclusive, exclusive);
        QCOMPARE(a.exclusivityTrap, trap);
    }

    void eachFailureMode_data() {
        QTest::addColumn<int>("mode");
        for (OemFailureMode mode : allFailureModes())
            QTest::newRow(qPrintable(toKey(mode))) << int(mode);
    }

    void eachFailureMode() {
        QFETCH(int, mode);
        PortfolioData data = healthy();
        OemDeal &d = data.oemDeals.front();
        switch (OemFailureMode(mode)) {
        case OemFailureMode::PilotPricing:
            // Every unit drops to 0.80 from 10,000 units against a cost of 1.00: 20,000 units
            // earn 16,000 and cost 20,000.
            d.tiers = {{10000, 0.8}};
            d.tierMode = RoyaltyTierMode::AllUnits;
            break;
        case OemFailureMode::NoExitPath:
            d.exitClause = QStringLiteral("  ");
            break;
        case OemFailureMode::FuzzyOwnership:
            d.brandOwner = Owner::Undefined;
            break;
        case OemFailureMode::RoadmapDrift:
            d.roadmapAligned = false;
            break;
        case OemFailureMode::NoCustomerSuccess:
            data.partners.front().commercialModel.customerSuccess = Owner::Undefined;
            break;
        case OemFailureMode::Exclusivity:
            d.exclusive = true;
            break;
        }
        QCOMPARE(modesOf(data), std::vector<OemFailureMode>{OemFailureMode(mode)});
        QVERIFY(!label(OemFailureMode(mode)).isEmpty());
        QVERIFY(explanation(OemFailureMode(mode)).endsWith(QLatin1Char('.')));
    }

    void fuzzyOwnershipFromThePartnersSupportOwner() {
        PortfolioData data = healthy();
        data.partners.front().commercialModel.support = Owner::Undefined;
        QCOMPARE(modesOf(data), std::vector<OemFailureMode>{OemFailureMode::FuzzyOwnership});
    }

    void failureModesInChecklistOrder() {
        PortfolioData data = healthy();
        OemDeal &d = data.oemDeals.front();
        d.exclusive = true;
        d.roadmapAligned = false;
        d.exitClause.clear();
        QCOMPARE(modesOf(data), std::vector<OemFailureMode>({OemFailureMode::NoExitPath,
                                                             OemFailureMode::RoadmapDrift,
                                                             OemFailureMode::Exclusivity}));
        QStringList keys;
        for (OemFailureMode mode : allFailureModes())
            keys << toKey(mode);
        QCOMPARE(keys, QStringList({"pilot_pricing", "no_exit_path", "fuzzy_ownership",
                                    "roadmap_drift", "no_customer_success", "exclusivity"}));
    }

    void invalidTermsAreNotSimulated() {
        PortfolioData data = healthy();
        data.oemDeals.front().volumes = {100, -5};
        const OemAssessment a = assessOemDeal(data, data.oemDeals.front());
        QCOMPARE(a.termsValid, false);
        QVERIFY(a.royalty.years.empty());
        QVERIFY(std::find(a.failureModes.begin(), a.failureModes.end(),
                          OemFailureMode::PilotPricing) == a.failureModes.end());
    }

    void missingPartnerLeavesOwnershipOpen() {
        PortfolioData data = healthy();
        data.oemDeals.front().partnerId = 99;
        const OemAssessment a = assessOemDeal(data, data.oemDeals.front());
        QVERIFY(a.partnerName.isEmpty());
        QCOMPARE(a.failureModes, std::vector<OemFailureMode>({OemFailureMode::FuzzyOwnership,
                                                              OemFailureMode::NoCustomerSuccess}));
    }

    void oneAssessmentPerDealInOrder() {
        PortfolioData data = healthy();
        OemDeal second = data.oemDeals.front();
        second.id = 4;
        second.structure = OemStructure::StrategicTier;
        data.oemDeals.insert(data.oemDeals.begin(), second);
        const std::vector<OemAssessment> all = assessOemDeals(data);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].dealId, Id(4));
        QCOMPARE(all[0].exitRisk, ExitRisk::VeryHigh);
        QCOMPARE(all[1].dealId, Id(3));
    }
};

QTEST_APPLESS_MAIN(TestOemAssessment)
#include "tst_oemassessment.moc"
