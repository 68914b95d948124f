// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/profiles.h"

#include <QTest>

#include <algorithm>

using namespace ps;

namespace {

double axisTotal(const WeightProfile &p, Axis axis) {
    double total = 0;
    for (Criterion c : criteriaOf(axis))
        total += p.weight(c);
    return total;
}

/// The criterion an axis of the profile weighs most.
Criterion heaviest(const WeightProfile &p, Axis axis) {
    const auto &criteria = criteriaOf(axis);
    return *std::max_element(criteria.begin(), criteria.end(),
                             [&](Criterion a, Criterion b) { return p.weight(a) < p.weight(b); });
}

} // namespace

/// Default weight profiles (seed 001: one template for every partner type fails) and the
/// Baseline scenario every portfolio gets.
class TestProfiles : public QObject {
    Q_OBJECT

private slots:
    void everyModelWeighsBothAxes() {
        for (PartnerModel model : enumValues<PartnerModel>()) {
            const WeightProfile p = defaultProfile(model);
            QVERIFY2(axisTotal(p, Axis::Potential) > 0, qPrintable(toKey(model)));
            QVERIFY2(axisTotal(p, Axis::Readiness) > 0, qPrintable(toKey(model)));
            for (double w : p.weights)
                QVERIFY(w >= 0);
        }
    }

    void modelsDiffer() {
        const auto &models = enumValues<PartnerModel>();
        for (size_t i = 0; i < models.size(); ++i)
            for (size_t j = i + 1; j < models.size(); ++j)
                QVERIFY2(defaultProfile(models[i]) != defaultProfile(models[j]),
                         qPrintable(toKey(models[i]) + QLatin1Char('/') + toKey(models[j])));
    }

    void neutralProfileIsEqual() {
        const WeightProfile neutral = defaultProfile(std::nullopt);
        for (double w : neutral.weights)
            QCOMPARE(w, neutral.weights[0]);
        QCOMPARE_GT(neutral.weights[0], 0.0);
    }

    void groundedInTheSeeds_data() {
        QTest::addColumn<PartnerModel>("model");
        QTest::addColumn<Criterion>("potential");
        QTest::addColumn<Criterion>("readiness");
        // Seed 001: distribution reach; ISV: differentiation and integration quality; OEM:
        // the installed base and integration depth; SI: C-suite relationships. Seed 002:
        // referral partners bring leads for a fee, so cost to serve decides their readiness.
        QTest::newRow("distributor")
            << PartnerModel::Distributor << Criterion::MarketReach << Criterion::Commitment;
        QTest::newRow("reseller") << PartnerModel::Reseller << Criterion::MarketReach
                                  << Criterion::Enablement;
        QTest::newRow("isv") << PartnerModel::Isv << Criterion::StrategicFit
                             << Criterion::Capability;
        QTest::newRow("oem") << PartnerModel::Oem << Criterion::MarketReach
                             << Criterion::Capability;
        QTest::newRow("si") << PartnerModel::SystemsIntegrator << Criterion::IcpInfluence
                            << Criterion::Capability;
        QTest::newRow("referral") << PartnerModel::Referral << Criterion::IcpInfluence
                                  << Criterion::CostToServe;
        QTest::newRow("service") << PartnerModel::ServiceDelivery << Criterion::IcpInfluence
                                 << Criterion::Capability;
    }
    void groundedInTheSeeds() {
        QFETCH(PartnerModel, model);
        QFETCH(Criterion, potential);
        QFETCH(Criterion, readiness);
        const WeightProfile p = defaultProfile(model);
        QCOMPARE(toKey(heaviest(p, Axis::Potential)), toKey(potential));
        QCOMPARE(toKey(heaviest(p, Axis::Readiness)), toKey(readiness));
    }

    void defaultScenarioHoldsEveryProfile() {
        const Scenario s = defaultScenario(QStringLiteral("Workshop"));
        QCOMPARE(s.name, QStringLiteral("Workshop"));
        QCOMPARE(s.potentialThreshold, 50.0);
        QCOMPARE(s.readinessThreshold, 50.0);
        QVERIFY(s.overrides.empty());
        for (PartnerModel model : enumValues<PartnerModel>())
            QVERIFY(s.profileFor(model) == defaultProfile(model));
        QVERIFY(s.profileFor(std::nullopt) == defaultProfile(std::nullopt));
    }

    void ensureScenarioAddsBaseline() {
        PortfolioData data;
        QVERIFY(ensureScenario(data));
        QCOMPARE(data.scenarios.size(), size_t(1));
        QCOMPARE(data.scenarios[0].name, QStringLiteral("Baseline"));
        QCOMPARE(data.activeScenarioId, data.scenarios[0].id);
        QCOMPARE(validate(data), QStringList());
        QVERIFY(activeScenario(data) == &data.scenarios[0]);
        // Nothing left to repair.
        const PortfolioData before = data;
        QVERIFY(!ensureScenario(data));
        QVERIFY(data == before);
    }

    void ensureScenarioRepairsActiveId() {
        PortfolioData data;
        Scenario a = defaultScenario(QStringLiteral("A"));
        a.id = 4;
        Scenario b = defaultScenario(QStringLiteral("B"));
        b.id = 9;
        data.scenarios = {a, b};
        data.activeScenarioId = 9;
        QVERIFY(!ensureScenario(data));
        QCOMPARE(data.activeScenarioId, Id(9));
        data.activeScenarioId = 77;
        QVERIFY(ensureScenario(data));
        QCOMPARE(data.activeScenarioId, Id(4));
        QCOMPARE(data.scenarios.size(), size_t(2));
        data.activeScenarioId = 0;
        QVERIFY(ensureScenario(data));
        QCOMPARE(data.activeScenarioId, Id(4));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
