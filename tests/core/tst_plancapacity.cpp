// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity plan on a small program computed by hand: productivity, ramp and activation per
// cohort with their shrinkage, the gap shared by today's mix or given to the most productive
// cohort, activation before recruitment, the dates, a target out of reach, a target already met.
#include "core/plan/capacity.h"

#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::plan;

namespace {

PartnerEvidence partner(Id id, PartnerModel model, PartnerTier tier, PartnerStatus status,
                        QDate enrolled, QDate first, double quarterly) {
    PartnerEvidence e;
    e.id = id;
    e.model = model;
    e.tier = tier;
    e.status = status;
    e.enrolledOn = enrolled;
    e.firstCommercialOn = first;
    for (int q = 0; q < 4 && quarterly > 0.0; ++q)
        e.periods.push_back({QDate(2024, 1, 1).addMonths(3 * q), {}, quarterly});
    return e;
}

/// The program of the hand computation (asOf 2025-01-01):
/// - gold resellers: four active at 25,000 a quarter (100,000 a year each), ramps of 60, 90,
///   120 and 150 days (median 105); one onboarding since 2023-06-01 (a year ago: counts as not
///   activated; its ramp is spent), one onboarding since 2024-11-01 (61 days in, 44 to go);
/// - silver ISVs: two active at 12,500 a quarter (50,000 a year), ramps 300 and 400 days: too
///   few for a median of their own, so the program's (135 days, of all six ramps).
std::vector<PartnerEvidence> program() {
    const auto R = PartnerModel::Reseller;
    const auto I = PartnerModel::Isv;
    const auto G = PartnerTier::Gold;
    const auto S = PartnerTier::Silver;
    const QDate e(2022, 1, 1);
    return {
        partner(1, R, G, PartnerStatus::Active, e, e.addDays(60), 25000),
        partner(2, R, G, PartnerStatus::Active, e, e.addDays(90), 25000),
        partner(3, R, G, PartnerStatus::Active, e, e.addDays(120), 25000),
        partner(4, R, G, PartnerStatus::Active, e, e.addDays(150), 25000),
        partner(5, R, G, PartnerStatus::Onboarding, QDate(2023, 6, 1), {}, 0),
        partner(6, R, G, PartnerStatus::Onboarding, QDate(2024, 11, 1), {}, 0),
        partner(7, I, S, PartnerStatus::Active, QDate(2021, 1, 1), QDate(2021, 1, 1).addDays(300),
                12500),
        partner(8, I, S, PartnerStatus::Active, QDate(2021, 1, 1), QDate(2021, 1, 1).addDays(400),
                12500),
    };
}

CapacityOptions options(double target, QDate by, CapacityMix mix = CapacityMix::CurrentMix) {
    CapacityOptions o;
    o.revenueTarget = target;
    o.targetDate = by;
    o.asOf = QDate(2025, 1, 1);
    o.mix = mix;
    return o;
}

bool near(double a, double b, double tolerance = 0.01) {
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestPlanCapacity : public QObject {
    Q_OBJECT

private slots:
    /// Productivity, shrunk with k = 3 toward the model and the program (83,333.33 = 500,000/6):
    ///   resellers: model (400,000 + 3·83,333.33)/7 = 92,857.14, cohort (400,000 +
    ///   3·92,857.14)/7 = 96,938.78; ISVs: model (100,000 + 250,000)/5 = 70,000, cohort
    ///   (100,000 + 210,000)/5 = 62,000.
    /// Activation (enrolled a year ago or more: 5 resellers, 4 activated; 2 ISVs, both):
    ///   program 6/7 = 0.857143; resellers (4 + 3·0.857143)/8 = 0.821429, then (4 +
    ///   3·0.821429)/8 = 0.808036; ISVs (2 + 3·0.857143)/5 = 0.914286, then (2 +
    ///   3·0.914286)/5 = 0.948571.
    void cohorts() {
        const CapacityPlan plan = planCapacity(program(), options(800000, QDate(2026, 1, 1)));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.cohorts.size(), size_t(2));
        const CohortFigures &r = plan.cohorts[0], &i = plan.cohorts[1];
        QCOMPARE(r.active, 4);
        QCOMPARE(r.candidates, 2);
        QVERIFY(near(r.currentRevenue, 400000));
        QVERIFY(near(r.productivity, 96938.78));
        QCOMPARE(r.rampDays, 105.0);
        QCOMPARE(r.rampBasis, 4);
        QVERIFY(near(r.activationRate, 0.808036, 1e-6));
        QCOMPARE(r.activationBasis, 5);
        QVERIFY(near(i.productivity, 62000));
        QCOMPARE(i.rampDays, 135.0);
        QCOMPARE(i.rampBasis, 0);
        QVERIFY(near(i.activationRate, 0.948571, 1e-6));
        QVERIFY(near(plan.currentRunRate, 500000));
        QVERIFY(near(plan.gap, 300000));
    }

    /// The gap of 300,000 by today's mix: resellers 240,000, ISVs 60,000.
    /// Resellers need 240,000/96,938.78 = 2.4758 new active partners: both candidates can
    ///   ramp in time (0 and 44 days), working both gives 2·0.808036 = 1.6161; the remaining
    ///   0.8597 need ⌈0.8597/0.808036⌉ = 2 recruits by 2026-01-01 − 105 days = 2025-09-18;
    ///   activation starts by 2026-01-01 − 44 days = 2025-11-18. New active 3.2321, adding
    ///   3.2321·96,938.78 = 313,320.
    /// ISVs need 60,000/62,000 = 0.9677: ⌈0.9677/0.948571⌉ = 2 recruits by 2026-01-01 − 135
    ///   days = 2025-08-19; new active 1.8971, adding 117,623.
    void currentMix() {
        const CapacityPlan plan = planCapacity(program(), options(800000, QDate(2026, 1, 1)));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.needs.size(), size_t(2));
        const CohortNeed &r = plan.needs[0], &i = plan.needs[1];
        QCOMPARE(r.cohort, 0);
        QCOMPARE(r.activate, 2);
        QCOMPARE(r.activateBy, QDate(2025, 11, 18));
        QCOMPARE(r.recruit, 2);
        QCOMPARE(r.recruitBy, QDate(2025, 9, 18));
        QVERIFY(near(r.newActive, 3.232143, 1e-6));
        QVERIFY(near(r.addedRevenue, 313320.0, 1.0));
        QCOMPARE(i.cohort, 1);
        QCOMPARE(i.activate, 0);
        QCOMPARE(i.recruit, 2);
        QCOMPARE(i.recruitBy, QDate(2025, 8, 19));
        QVERIFY(near(i.addedRevenue, 117622.9, 1.0));
        QVERIFY(r.addedRevenue + i.addedRevenue >= plan.gap);
    }

    /// All of the gap to the most productive cohort (resellers): 300,000/96,938.78 = 3.0947;
    /// two candidates give 1.6161, ⌈1.4787/0.808036⌉ = 2 recruits.
    void mostProductive() {
        const CapacityPlan plan = planCapacity(
            program(), options(800000, QDate(2026, 1, 1), CapacityMix::MostProductive));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.needs.size(), size_t(1));
        QCOMPARE(plan.needs[0].cohort, 0);
        QCOMPARE(plan.needs[0].activate, 2);
        QCOMPARE(plan.needs[0].recruit, 2);
    }

    void outOfReach() {
        const CapacityPlan plan = planCapacity(program(), options(800000, QDate(2025, 2, 1)));
        QCOMPARE(plan.error,
                 QStringLiteral("The target cannot be reached by 2025-02-01: recruits need 105 "
                                "days or more to reach their first commercial activity, and only "
                                "31 days are left."));
    }

    void alreadyMet() {
        const CapacityPlan plan = planCapacity(program(), options(400000, QDate(2026, 1, 1)));
        QVERIFY(plan.ok());
        QVERIFY(plan.needs.empty());
        QCOMPARE(plan.gap, 0.0);
        QCOMPARE(plan.notes.size(), 1);
    }

    void refusals() {
        QCOMPARE(planCapacity(program(), options(800000, QDate(2024, 6, 1))).error,
                 QStringLiteral("The target date must come after today's date (2025-01-01)."));
        QCOMPARE(planCapacity(program(), options(-1, QDate(2026, 1, 1))).error,
                 QStringLiteral("The revenue target must be a number of zero or more."));
        QCOMPARE(planCapacity({}, options(1, QDate(2026, 1, 1))).error,
                 QStringLiteral("There are no partners to plan capacity from."));
        std::vector<PartnerEvidence> broken = program();
        broken[6].periods[2].revenue = std::nan("");
        QCOMPARE(planCapacity(broken, options(800000, QDate(2026, 1, 1))).error,
                 QStringLiteral("The evidence of 7 for the period from 2024-07-01 has a spend or "
                                "revenue that is not a valid amount."));
    }
};

QTEST_GUILESS_MAIN(TestPlanCapacity)
#include "tst_plancapacity.moc"
