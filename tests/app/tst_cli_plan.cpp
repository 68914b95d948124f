// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope plan`: the JSON keys and values against the core's own plan of the same file,
// the table, options overriding the stored plan, and refusals: infeasible constraints (exit 2,
// one sentence naming them), a negative or absurd budget and bad options (exit 1).
#include "core/plan/forecast.h"
#include "core/plan/portfolioplan.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include <cmath>

using namespace ps;
using clitest::Run;
using clitest::run;

namespace {

QJsonObject parse(const Run &r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out.left(400)));
    return doc.object();
}

/// The core's plan of `data` with the stored settings changed by `change`.
template <typename Change> plan::PlanRun corePlan(const PortfolioData &data, Change change) {
    ScenarioPlan settings = plan::planSettings(data, data.activeScenarioId);
    change(settings);
    plan::PlanBasis basis = plan::planBasis(data, *activeScenario(data));
    plan::fitBasis(basis, data, settings);
    return plan::runPlan(basis, data, settings);
}

bool near(double json, double core, int places) {
    return std::abs(json - core) <= 0.51 * std::pow(10.0, -places) + 1e-9 * std::abs(core);
}

/// docs/plan.md's worked allocation in thousands (P1 a = 50,000·e², s = 50,000; P2 a =
/// 100,000·e, s = 100,000; P3 a = s = 20,000), budget 150,000, every partner optimized.
PortfolioData workedPortfolio() {
    PortfolioData d;
    d.info.currency = QStringLiteral("EUR");
    const double e = std::exp(1.0);
    const CurveSetting curves[] = {{50000 * e * e, 50000, 0, 0, 0, 0},
                                   {100000 * e, 100000, 0, 0, 0, 0},
                                   {20000, 20000, 0, 0, 0, 0}};
    d.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
    d.scenarios[0].id = 1;
    d.activeScenarioId = 1;
    ScenarioPlan plan;
    plan.id = 1;
    plan.scenarioId = 1;
    plan.budget = 150000;
    for (Id id : {1, 2, 3}) {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("P%1").arg(id);
        p.model = id == 1 ? PartnerModel::Reseller : PartnerModel::Isv;
        p.status = PartnerStatus::Active;
        p.tier = PartnerTier::Gold;
        d.partners.push_back(p);
        d.scenarios[0].overrides.push_back({id, Quadrant::Invest, QString()});
        PlanPartnerSetting s;
        s.partnerId = id;
        s.curve = curves[id - 1];
        plan.setPartner(s);
    }
    d.plans = {plan};
    return d;
}

} // namespace

class TestCliPlan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    PortfolioData m_data;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(clitest::saveDemo(m_demo, &error), qPrintable(error));
        const auto loaded = PortfolioFile::load(m_demo);
        QVERIFY(loaded.ok());
        m_data = *loaded.data;
    }

    void jsonMatchesTheCore() {
        const Run r =
            run({QStringLiteral("plan"), m_demo, QStringLiteral("--budget"),
                 QStringLiteral("2400000"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = parse(r);
        for (const char *key : {"budget", "allocated", "expected_total", "shadow_price", "forecast",
                                "partners", "scenario", "objective", "by_kind"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const plan::PlanRun core = corePlan(m_data, [](ScenarioPlan &s) { s.budget = 2400000; });
        QVERIFY(core.ok());
        const plan::Plan &expected = core.result.plan;
        QCOMPARE(o.value(QStringLiteral("budget")).toDouble(), 2400000.0);
        QVERIFY(near(o.value(QStringLiteral("allocated")).toDouble(), expected.allocated, 2));
        QVERIFY(
            near(o.value(QStringLiteral("expected_total")).toDouble(), expected.expectedTotal, 2));
        QVERIFY(near(o.value(QStringLiteral("shadow_price")).toDouble(), expected.shadowPrice, 6));
        const QJsonArray partners = o.value(QStringLiteral("partners")).toArray();
        QCOMPARE(size_t(partners.size()), m_data.partners.size());
        int bound = 0;
        for (qsizetype i = 0; i < partners.size(); ++i) {
            const QJsonObject p = partners.at(i).toObject();
            const plan::PartnerAllocation &a = expected.partners[size_t(i)];
            for (const char *key : {"name", "allocation", "expected", "marginal", "binding"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QCOMPARE(p.value(QStringLiteral("name")).toString(), m_data.partners[size_t(i)].name);
            QVERIFY(near(p.value(QStringLiteral("allocation")).toDouble(), a.allocation, 2));
            QVERIFY(near(p.value(QStringLiteral("expected")).toDouble(), a.expected, 2));
            QVERIFY(near(p.value(QStringLiteral("marginal")).toDouble(), a.marginal, 6));
            const QString binding = plan::bindingKey(a, core.problem.constraints);
            if (binding.isEmpty()) {
                QVERIFY(p.value(QStringLiteral("binding")).isNull());
            } else {
                QCOMPARE(p.value(QStringLiteral("binding")).toString(), binding);
                ++bound;
            }
        }
        QVERIFY(bound > 0); // the demo has exits, contract minimums and policies
        // The forecast: ordered quantiles around the expected return (same seed as the core).
        const QJsonObject f = o.value(QStringLiteral("forecast")).toObject();
        const plan::Forecast forecast = plan::forecastPlan(core.problem, expected);
        QVERIFY(near(f.value(QStringLiteral("p50")).toDouble(), forecast.p50, 2));
        QVERIFY(f.value(QStringLiteral("p10")).toDouble() <
                f.value(QStringLiteral("p50")).toDouble());
        QVERIFY(f.value(QStringLiteral("p50")).toDouble() <
                f.value(QStringLiteral("p90")).toDouble());
    }

    void workedAllocationByHand() {
        // docs/plan.md: t = 1/3, x = (83,333.33, 66,666.67, 0), 431,939.12 in all, λ = e^(1/3);
        // with a cap of 60,000 per partner P2 is held at 60,000 and P1 takes 90,000.
        const QString path = m_dir.filePath(QStringLiteral("worked.partnerscope"));
        QString error;
        QVERIFY2(PortfolioFile::save(workedPortfolio(), path, &error), qPrintable(error));
        const Run r =
            run({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--draws"), QStringLiteral("200")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r);
        QCOMPARE(o.value(QStringLiteral("budget")).toDouble(), 150000.0);
        QCOMPARE(o.value(QStringLiteral("allocated")).toDouble(), 150000.0);
        QVERIFY(std::abs(o.value(QStringLiteral("expected_total")).toDouble() - 431939.12) <=
                0.011);
        QCOMPARE(o.value(QStringLiteral("shadow_price")).toDouble(), 1.395612);
        const QJsonArray partners = o.value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 3);
        const double allocation[] = {83333.33, 66666.67, 0.0};
        const double expected[] = {299672.18, 132266.94, 0.0};
        const double marginal[] = {1.395612, 1.395612, 1.0};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject p = partners.at(i).toObject();
            QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("P%1").arg(i + 1));
            QCOMPARE(p.value(QStringLiteral("allocation")).toDouble(), allocation[i]);
            QVERIFY2(std::abs(p.value(QStringLiteral("expected")).toDouble() - expected[i]) <=
                         0.011,
                     qPrintable(QString::number(p.value(QStringLiteral("expected")).toDouble())));
            QCOMPARE(p.value(QStringLiteral("marginal")).toDouble(), marginal[i]);
            QVERIFY(p.value(QStringLiteral("binding")).isNull());
        }
        // Curves known exactly: every draw returns the expected total.
        const QJsonObject f = o.value(QStringLiteral("forecast")).toObject();
        QVERIFY(std::abs(f.value(QStringLiteral("p50")).toDouble() - 431939.12) <= 0.011);

        const Run capped =
            run({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--max-per-partner"), QStringLiteral("60000"),
                 QStringLiteral("--draws"), QStringLiteral("200")});
        QCOMPARE(capped.exitCode, 0);
        const QJsonArray cp = parse(capped).value(QStringLiteral("partners")).toArray();
        QCOMPARE(cp.at(0).toObject().value(QStringLiteral("allocation")).toDouble(), 60000.0);
        QCOMPARE(cp.at(0).toObject().value(QStringLiteral("binding")).toString(),
                 QStringLiteral("max"));
        QCOMPARE(cp.at(1).toObject().value(QStringLiteral("allocation")).toDouble(), 60000.0);
        QCOMPARE(cp.at(2).toObject().value(QStringLiteral("allocation")).toDouble(), 30000.0);
    }

    void optionsOverrideTheStoredPlan() {
        // The demo's largest floor is Meridian's 200,000 (its contract minimum), so a cap of
        // 200,000 holds; a lower one conflicts with it (infeasibleConstraintsNameTheConflict).
        const Run r = run(
            {QStringLiteral("plan"), m_demo, QStringLiteral("--budget"), QStringLiteral("3000000"),
             QStringLiteral("--max-per-partner"), QStringLiteral("200000"),
             QStringLiteral("--objective"), QStringLiteral("margin"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--draws"), QStringLiteral("500")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r);
        QCOMPARE(o.value(QStringLiteral("objective")).toString(), QStringLiteral("margin"));
        QCOMPARE(o.value(QStringLiteral("budget")).toDouble(), 3000000.0);
        const plan::PlanRun core = corePlan(m_data, [](ScenarioPlan &s) {
            s.budget = 3e6;
            s.maxPerPartner = 200000;
            s.objective = PlanObjective::Margin;
        });
        QVERIFY(core.ok());
        QVERIFY(near(o.value(QStringLiteral("expected_total")).toDouble(),
                     core.result.plan.expectedTotal, 2));
        for (const QJsonValue &v : o.value(QStringLiteral("partners")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("allocation")).toDouble() <= 200000.005);
        QCOMPARE(o.value(QStringLiteral("forecast")).toObject().value("draws").toInt(), 500);
    }

    void tableReadsLikeAPlan() {
        const Run r = run({QStringLiteral("plan"), m_demo});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Budget 2,400,000 EUR")));
        QVERIFY(r.out.contains(QLatin1String("Forecast (10000 draws): P10")));
        QVERIFY(r.out.contains(QLatin1String("Allocation")));
        QVERIFY(r.out.contains(QLatin1String("Northgate Distribution")));
    }

    void infeasibleConstraintsNameTheConflict() {
        const Run r = run({QStringLiteral("plan"), m_demo, QStringLiteral("--budget"),
                           QStringLiteral("100000"), QStringLiteral("--min-per-partner"),
                           QStringLiteral("20000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty()); // never a partial plan
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QLatin1String("floors add up to")) &&
                     r.err.contains(QLatin1String("minimums and contract minimums")) &&
                     r.err.contains(QLatin1String("demo.partnerscope")),
                 qPrintable(r.err));
    }

    void badValuesAreRefused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("negative budget")
            << QStringList{QStringLiteral("--budget"), QStringLiteral("-5")} << 1
            << QStringLiteral("--budget needs an amount from 0 to 1e+15, not \"-5\"");
        QTest::newRow("absurd budget")
            << QStringList{QStringLiteral("--budget"), QStringLiteral("1e20")} << 1
            << QStringLiteral("not \"1e20\"");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--budget"), QStringLiteral("lots")} << 1
            << QStringLiteral("not \"lots\"");
        QTest::newRow("objective")
            << QStringList{QStringLiteral("--objective"), QStringLiteral("glory")} << 1
            << QStringLiteral("--objective must be revenue or margin");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                                << 1 << QStringLiteral("--format must be table or json");
        QTest::newRow("scenario") << QStringList{QStringLiteral("--scenario"),
                                                 QStringLiteral("Nope")}
                                  << 2 << QStringLiteral("has no scenario named \"Nope\"");
        QTest::newRow("floor above cap")
            << QStringList{QStringLiteral("--min-per-partner"), QStringLiteral("5000"),
                           QStringLiteral("--max-per-partner"), QStringLiteral("1000")}
            << 2 << QStringLiteral("is above the maximum per partner (1,000)");
    }

    void badValuesAreRefused() {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QString, phrase);
        const Run r = run(QStringList{QStringLiteral("plan"), m_demo} + args);
        QCOMPARE(r.exitCode, exit);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(phrase), qPrintable(r.err));
    }

    void missingFileIsAnInputError() {
        const Run r = run({QStringLiteral("plan"), m_dir.filePath(QStringLiteral("none.ps"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
