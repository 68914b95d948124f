// SPDX-License-Identifier: GPL-3.0-or-later
// The plan of a portfolio (core/plan/portfolioevidence.h, portfolioplan.h): the evidence assembled
// from the investment history and the deal log against figures worked by hand, quadrants from the
// scoring engine, and stored settings (curves, limits, policies, shares, edits) reaching the
// allocator: the worked allocation of docs/plan.md, number for number.
#include "core/demo/demoportfolio.h"
#include "core/plan/portfolioplan.h"
#include "core/scoring/profiles.h"

#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::plan;

namespace {

Deal deal(Id id, Id partner, double amount, DealOutcome outcome, QDate closed) {
    Deal d;
    d.id = id;
    d.name = QStringLiteral("Deal %1").arg(id);
    if (partner != 0)
        d.partners = {DealPartner{partner, Attribution::Influenced, QString()}};
    d.amount = amount;
    d.outcome = outcome;
    d.createdOn = closed.isValid() ? closed.addDays(-60) : QDate(2025, 1, 1);
    d.closedOn = outcome == DealOutcome::Open ? QDate() : closed;
    return d;
}

Partner partner(Id id, const char *name, PartnerModel model, PartnerStatus status) {
    Partner p;
    p.id = id;
    p.name = QString::fromLatin1(name);
    p.model = model;
    p.status = status;
    p.tier = PartnerTier::Gold;
    return p;
}

/// Three partners with a hand-checkable history and deal log (see evidenceByHand).
PortfolioData evidencePortfolio() {
    PortfolioData d;
    Partner p1 = partner(10, "Alpha", PartnerModel::Reseller, PartnerStatus::Active);
    p1.economics.contractMinimum = 5000;
    p1.economics.investment = {999, 999, 999, 999}; // history wins for today's spend
    Partner p2 = partner(20, "Beta", PartnerModel::Isv, PartnerStatus::Exited);
    Partner p3 = partner(30, "Gamma", PartnerModel::Isv, PartnerStatus::Onboarding);
    p3.economics.investment = {700, 0, 0, 0};
    d.partners = {p1, p2, p3};
    d.investments = {
        {1, 10, QDate(2025, 4, 1), {0, 200, 0, 0}},
        {2, 10, QDate(2025, 1, 1), {100, 0, 0, 0}},
        {3, 10, QDate(2025, 7, 1), {0, 0, 300, 0}},
        {4, 10, QDate(2025, 7, 1), {0, 0, 0, 50}}, // same start: adds up
        {5, 20, QDate(2025, 1, 1), {10, 0, 0, 0}},
    };
    d.deals = {
        deal(1, 10, 5000, DealOutcome::Won, QDate(2025, 2, 15)),
        deal(2, 10, 3000, DealOutcome::Won, QDate(2025, 4, 1)), // a period's first day
        deal(3, 10, 9999, DealOutcome::Lost, QDate(2025, 5, 1)),
        deal(4, 10, 7000, DealOutcome::Won, QDate(2025, 9, 30)), // the last period's last day
        deal(5, 10, 1000, DealOutcome::Won, QDate(2025, 10, 1)), // after it
        deal(6, 0, 4000, DealOutcome::Won, QDate(2025, 3, 1)),   // direct
        deal(7, 10, 8000, DealOutcome::Open, QDate()),
        deal(8, 20, 2500, DealOutcome::Won, QDate(2024, 12, 31)), // before Beta's history
        deal(9, 30, 600, DealOutcome::Won, QDate(2025, 3, 1)),    // Gamma has no history
    };
    d.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
    d.scenarios[0].id = 1;
    d.activeScenarioId = 1;
    return d;
}

/// The three partners of docs/plan.md's worked allocation, with their curves set by hand.
PortfolioData workedPortfolio() {
    PortfolioData d;
    d.partners = {partner(1, "P1", PartnerModel::Reseller, PartnerStatus::Active),
                  partner(2, "P2", PartnerModel::Isv, PartnerStatus::Active),
                  partner(3, "P3", PartnerModel::Isv, PartnerStatus::Active)};
    d.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
    d.scenarios[0].id = 1;
    // Every partner invests, so the quadrant policy optimizes all three.
    for (Id id : {1, 2, 3})
        d.scenarios[0].overrides.push_back({id, Quadrant::Invest, QString()});
    d.activeScenarioId = 1;
    ScenarioPlan plan;
    plan.id = 1;
    plan.scenarioId = 1;
    plan.budget = 150;
    const double e = std::exp(1.0);
    const CurveSetting curves[] = {
        {50 * e * e, 50, 0, 0, 0, 0}, {100 * e, 100, 0, 0, 0, 0}, {20, 20, 0, 0, 0, 0}};
    for (Id id : {1, 2, 3}) {
        PlanPartnerSetting s;
        s.partnerId = id;
        s.curve = curves[id - 1];
        plan.setPartner(s);
    }
    d.plans = {plan};
    return d;
}

PlanRun run(const PortfolioData &data) {
    const ScenarioPlan settings = planSettings(data, data.activeScenarioId);
    PlanBasis basis = planBasis(data, *activeScenario(data));
    fitBasis(basis, data, settings);
    return runPlan(basis, data, settings);
}

} // namespace

class TestPortfolioPlan : public QObject {
    Q_OBJECT

private slots:
    void attribution_data() {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("partner");
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("shares");
        QTest::newRow("won with a partner") << int(DealOutcome::Won) << qint64(7) << 900.0 << 1;
        QTest::newRow("lost") << int(DealOutcome::Lost) << qint64(7) << 900.0 << 0;
        QTest::newRow("open") << int(DealOutcome::Open) << qint64(7) << 900.0 << 0;
        QTest::newRow("direct") << int(DealOutcome::Won) << qint64(0) << 900.0 << 0;
        QTest::newRow("nothing won") << int(DealOutcome::Won) << qint64(7) << 0.0 << 0;
    }

    void attribution() {
        QFETCH(int, outcome);
        QFETCH(qint64, partner);
        QFETCH(double, amount);
        QFETCH(int, shares);
        const auto credited =
            attributedRevenue(deal(1, partner, amount, DealOutcome(outcome), QDate(2025, 1, 1)));
        QCOMPARE(int(credited.size()), shares);
        if (shares == 1) {
            QCOMPARE(credited[0].partnerId, Id(partner));
            QCOMPARE(credited[0].amount, amount); // never more than the deal
        }
    }

    void aWonDealIsSplitAmongItsPartners() {
        // Two partners on a won deal of 900: each is credited 450, together never more.
        Deal d = deal(1, 7, 900.0, DealOutcome::Won, QDate(2025, 1, 1));
        d.partners.push_back(DealPartner{8, Attribution::Sourced, QString()});
        const auto credited = attributedRevenue(d);
        QCOMPARE(int(credited.size()), 2);
        QCOMPARE(credited[0].partnerId, Id(7));
        QCOMPARE(credited[1].partnerId, Id(8));
        QCOMPARE(credited[0].amount, 450.0);
        QCOMPARE(credited[0].amount + credited[1].amount, 900.0);
    }

    void evidenceByHand() {
        const PortfolioData data = evidencePortfolio();
        const PortfolioEvidence ev =
            portfolioEvidence(data, {Quadrant::Invest, Quadrant::Deprioritize, Quadrant::Develop});
        QCOMPARE(ev.partners.size(), size_t(3));
        const plan::PartnerEvidence &alpha = ev.partners[0];
        QCOMPARE(alpha.id, Id(10));
        QCOMPARE(alpha.quadrant, Quadrant::Invest);
        QCOMPARE(alpha.contractMinimum, 5000.0);
        // Sorted by start; the two July rows are one period of 350.
        QCOMPARE(alpha.periods.size(), size_t(3));
        QCOMPARE(alpha.periods[0].start, QDate(2025, 1, 1));
        QCOMPARE(alpha.periods[0].investment.total(), 100.0);
        QCOMPARE(alpha.periods[0].revenue, 5000.0);
        QCOMPARE(alpha.periods[1].investment.enablement, 200.0);
        QCOMPARE(alpha.periods[1].revenue, 3000.0); // closed on the period's first day
        QCOMPARE(alpha.periods[2].investment.total(), 350.0);
        QCOMPARE(alpha.periods[2].revenue, 7000.0); // closed on the last day of the quarter
        // Today's spend is the history's last year, not the economics' figure.
        QCOMPARE(alpha.currentSpend, (Investment{100, 200, 300, 50}));
        // Beta: one period; the deal before it credits no period.
        QCOMPARE(ev.partners[1].status, PartnerStatus::Exited);
        QCOMPARE(ev.partners[1].periods.size(), size_t(1));
        QCOMPARE(ev.partners[1].periods[0].revenue, 0.0);
        // Gamma: no history, so today's spend is its program investment.
        QVERIFY(ev.partners[2].periods.empty());
        QCOMPARE(ev.partners[2].currentSpend.mdf, 700.0);
        QCOMPARE(ev.partners[2].quadrant, Quadrant::Develop);
        // Quarters (gaps of 90 and 91 days): four a year; the last quarter ends on 1 October.
        QCOMPARE(ev.periodsPerYear, 4.0);
        QCOMPARE(ev.asOf, QDate(2025, 10, 1));
        QCOMPARE(ev.periods, 4);
        QCOMPARE(ev.attributed, 15000.0);
        QCOMPARE(ev.unattributed, 1000.0 + 2500.0 + 600.0); // the direct deal is nobody's
    }

    void monthlyHistoryIsTwelveAYear() {
        PortfolioData data = evidencePortfolio();
        data.investments.clear();
        for (int m = 0; m < 6; ++m)
            data.investments.push_back(
                {Id(m + 1), 10, QDate(2025, 1 + m, 1), {double(10 * (m + 1)), 0, 0, 0}});
        const PortfolioEvidence ev = portfolioEvidence(data, {});
        QCOMPARE(ev.periodsPerYear, 12.0);
        QCOMPARE(ev.asOf, QDate(2025, 7, 1));
        QCOMPARE(ev.partners[0].periods[0].revenue, 0.0);
        QCOMPARE(ev.partners[0].periods[1].start, QDate(2025, 2, 1));
        QCOMPARE(ev.partners[0].periods[1].revenue, 5000.0); // 15 February
        QCOMPARE(ev.partners[0].periods[3].revenue, 3000.0); // April
    }

    void quadrantsComeFromTheScoringEngine() {
        const PortfolioData data = demoPortfolio();
        const PlanBasis basis = planBasis(data, *activeScenario(data));
        const std::vector<PartnerScore> scores = scorePortfolio(data);
        QCOMPARE(basis.evidence.partners.size(), data.partners.size());
        for (size_t i = 0; i < scores.size(); ++i)
            QCOMPARE(basis.evidence.partners[i].quadrant, scores[i].quadrant);
        // Guestly is invested in by the Baseline's override, whatever its scores say.
        const auto guestly =
            std::find_if(data.partners.begin(), data.partners.end(), [](const Partner &p) {
                return p.name.startsWith(QLatin1String("Guestly"));
            });
        QCOMPARE(basis.evidence.partners[size_t(guestly - data.partners.begin())].quadrant,
                 Quadrant::Invest);
    }

    void workedAllocationFromTheSettings() {
        // docs/plan.md, "A worked allocation": x = (83.333, 66.667, 0), 431.9391 in all, λ =
        // e^(1/3).
        const PlanRun r = run(workedPortfolio());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Plan &plan = r.result.plan;
        QVERIFY(std::abs(plan.partners[0].allocation - 250.0 / 3) < 1e-6);
        QVERIFY(std::abs(plan.partners[1].allocation - 200.0 / 3) < 1e-6);
        QCOMPARE(plan.partners[2].allocation, 0.0);
        QVERIFY(std::abs(plan.expectedTotal - 431.9391) < 1e-4);
        QVERIFY(std::abs(plan.shadowPrice - std::exp(1.0 / 3)) < 1e-9);
        QCOMPARE(r.problem.partners[0].mix.source, KindMix::Source::Default);
    }

    void partnerLimitsReachTheAllocator() {
        // P2 capped at 60 and P3's contract minimum 5: 85 / 60 / 5, λ = e^0.3, 429.0296.
        PortfolioData data = workedPortfolio();
        data.partners[2].economics.contractMinimum = 5;
        PlanPartnerSetting p2 = *data.plans[0].partner(2);
        p2.maximum = 60;
        data.plans[0].setPartner(p2);
        const PlanRun r = run(data);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Plan &plan = r.result.plan;
        QVERIFY(std::abs(plan.partners[0].allocation - 85) < 1e-6);
        QCOMPARE(bindingKey(plan.partners[1], r.problem.constraints), QStringLiteral("max"));
        QCOMPARE(bindingKey(plan.partners[2], r.problem.constraints), QStringLiteral("min"));
        QVERIFY(std::abs(plan.expectedTotal - 429.0296) < 1e-4);
        QVERIFY(std::abs(plan.shadowPrice - std::exp(0.3)) < 1e-9);
    }

    void editedPlanLeavesValueOnTheTable() {
        // docs/plan.md, "Comparing plans": edited to (100, 30, 20), 29.3910 left on the table.
        PortfolioData data = workedPortfolio();
        for (const auto &[id, amount] : {std::pair<Id, double>{1, 100}, {2, 30}, {3, 20}}) {
            PlanPartnerSetting s = *data.plans[0].partner(id);
            s.edited = amount;
            data.plans[0].setPartner(s);
        }
        const PlanRun r = run(data);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.edited, (std::vector<double>{100, 30, 20}));
        QVERIFY(std::abs(r.comparison.edited.expected - 402.5481) < 1e-4);
        QVERIFY(std::abs(r.comparison.valueLeft - 29.3910) < 1e-4);
        QCOMPARE(r.comparison.rows[size_t(r.comparison.valueOnTable.front())].id, Id(3));
    }

    void policiesFixedAmountsAndExitsFromTheSettings() {
        PortfolioData data = workedPortfolio();
        data.scenarios[0].overrides[2].quadrant = Quadrant::Deprioritize; // P3
        data.partners[2].economics.contractMinimum = 12;
        PlanPartnerSetting p1 = *data.plans[0].partner(1);
        p1.fixed = 40;
        data.plans[0].setPartner(p1);
        const PlanRun r = run(data);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Plan &plan = r.result.plan;
        QCOMPARE(plan.partners[0].allocation, 40.0);
        QCOMPARE(bindingKey(plan.partners[0], r.problem.constraints), QStringLiteral("fixed"));
        QCOMPARE(plan.partners[2].allocation, 12.0);
        QCOMPARE(bindingKey(plan.partners[2], r.problem.constraints), QStringLiteral("policy"));
        QVERIFY(std::abs(plan.partners[1].allocation - 98) < 1e-6); // the rest
        // The same partner exited gets nothing, contract or not.
        data.partners[2].status = PartnerStatus::Exited;
        QCOMPARE(run(data).result.plan.partners[2].allocation, 0.0);
    }

    void groupShareOfAModel() {
        // ISVs (P2, P3) at least 90% of 150 = 135: water-filling within the group gives P2
        // 100·(1 − t_G) and P3 20·(0 − t_G) with 100 − 120·t_G = 135, t_G = −7/24; P1 takes
        // the remaining 15 at its own level t = 2 − 15/50 = 1.7 > t_G.
        PortfolioData data = workedPortfolio();
        PlanGroupSetting isv;
        isv.model = PartnerModel::Isv;
        isv.minShare = 0.9;
        data.plans[0].groups = {isv};
        const PlanRun r = run(data);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Plan &plan = r.result.plan;
        QVERIFY(std::abs(plan.partners[1].allocation - (100 + 100 * 7.0 / 24)) < 1e-6);
        QVERIFY(std::abs(plan.partners[2].allocation - 20 * 7.0 / 24) < 1e-6);
        QVERIFY(std::abs(plan.partners[0].allocation - 15) < 1e-6);
        QCOMPARE(groupName(isv, data), label(PartnerModel::Isv));
        QCOMPARE(groupMembers(isv, data, {}), (std::vector<Id>{2, 3}));
    }

    void infeasibleSettingsSaySo() {
        PortfolioData data = workedPortfolio();
        data.plans[0].minPerPartner = 60; // three floors of 60 above 150
        const PlanRun r = run(data);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("floors add up to 180")), qPrintable(r.error()));
        QVERIFY(r.result.plan.partners.empty()); // never a partial plan
    }

    void defaultsWithoutAStoredPlan() {
        PortfolioData data = evidencePortfolio();
        const ScenarioPlan defaults = planSettings(data, 1);
        QCOMPARE(defaults.id, Id(0));
        QCOMPARE(defaults.scenarioId, Id(1));
        // Today's program investment of all partners, to the thousand: 4·999 + 700 = 4,696.
        QCOMPARE(defaults.budget, 5000.0);
        QCOMPARE(defaults.policies[3], PlanPolicy::ContractMinimum);
    }

    void demoPlanRuns() {
        const PortfolioData data = demoPortfolio();
        const PlanRun r = run(data);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.result.plan.budget, 2400000.0);
        QVERIFY(std::abs(r.result.plan.allocated - 2400000.0) < 1.0);
        QCOMPARE(r.comparison.rows.size(), data.partners.size());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioPlan)
#include "tst_portfolioplan.moc"
