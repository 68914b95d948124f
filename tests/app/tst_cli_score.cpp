// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/domain/scenario.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;

namespace {

using clitest::Display;
using clitest::Run;
using clitest::run;

} // namespace

/// `partnerscope score` as a script uses it: JSON, CSV and table output of the one engine.
class TestCliScore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString message;
        QVERIFY2(PortfolioFile::save(demoPortfolio(), m_demo, &message), qPrintable(message));
    }

    void jsonDescribesEveryPartner() {
        const Run r = run(
            {QStringLiteral("score"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QLatin1String("scenario")).toString(), QStringLiteral("Baseline"));
        const QJsonObject thresholds = root.value(QLatin1String("thresholds")).toObject();
        QCOMPARE(thresholds.value(QLatin1String("potential")).toDouble(), 50.0);
        QCOMPARE(thresholds.value(QLatin1String("readiness")).toDouble(), 50.0);

        const PortfolioData demo = demoPortfolio();
        const QJsonArray partners = root.value(QLatin1String("partners")).toArray();
        QCOMPARE(partners.size(), qsizetype(demo.partners.size()));
        QSet<QString> quadrants;
        for (qsizetype i = 0; i < partners.size(); ++i) {
            const QJsonObject p = partners[i].toObject();
            const Partner &expected = demo.partners[size_t(i)];
            QCOMPARE(p.value(QLatin1String("id")).toInteger(), expected.id);
            QCOMPARE(p.value(QLatin1String("name")).toString(), expected.name);
            const QJsonValue model = p.value(QLatin1String("model"));
            QCOMPARE(model.isNull(), !expected.model.has_value());
            if (expected.model)
                QCOMPARE(model.toString(), toKey(*expected.model));
            const QString quadrant = p.value(QLatin1String("quadrant")).toString();
            QVERIFY2(enumFromKey<Quadrant>(quadrant).has_value(), qPrintable(quadrant));
            quadrants.insert(quadrant);
            const double stability = p.value(QLatin1String("stability")).toDouble(-1);
            QVERIFY(stability >= 0.0 && stability <= 1.0);

            // The points of each axis add up to its score (each rounded to 2 decimals).
            const QJsonObject contributions = p.value(QLatin1String("contributions")).toObject();
            for (Axis axis : {Axis::Potential, Axis::Readiness}) {
                const QString axisKey = axis == Axis::Potential ? QStringLiteral("potential")
                                                                : QStringLiteral("readiness");
                const QJsonObject points = contributions.value(axisKey).toObject();
                QCOMPARE(points.size(), qsizetype(4));
                double sum = 0;
                for (Criterion c : criteriaOf(axis)) {
                    QVERIFY(points.contains(toKey(c)));
                    sum += points.value(toKey(c)).toDouble();
                }
                const double score = p.value(axisKey).toDouble(-1);
                QVERIFY(score >= 0 && score <= 100);
                QVERIFY2(std::abs(sum - score) <= 0.025, qPrintable(expected.name));
            }
        }
        // The demo shows every quadrant of the matrix.
        QCOMPARE(quadrants.size(), 4);
    }

    void outputIsDeterministic() {
        const QStringList args = {QStringLiteral("score"), m_demo, QStringLiteral("--format"),
                                  QStringLiteral("json")};
        const Run first = run(args);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(run(args).out, first.out);
    }

    void scenarioByName() {
        const Run ok = run({QStringLiteral("score"), m_demo, QStringLiteral("--scenario"),
                            QStringLiteral("Baseline")});
        QCOMPARE(ok.exitCode, 0);
        const Run missing = run({QStringLiteral("score"), m_demo, QStringLiteral("--scenario"),
                                 QStringLiteral("Aggressive growth")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains(QLatin1String("demo.partnerscope")));
        QVERIFY(missing.err.contains(QLatin1String("Aggressive growth")));
    }

    void otherScenarioByName() {
        // A scenario that is not the active one, with thresholds no partner reaches.
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        Scenario strict = defaultScenario(QStringLiteral("Strict, \"board\" view"));
        strict.id = 1000;
        strict.potentialThreshold = 100;
        strict.readinessThreshold = 100;
        data.scenarios.push_back(strict);
        const QString path = m_dir.filePath(QStringLiteral("scenarios.partnerscope"));
        QVERIFY(PortfolioFile::save(data, path));

        const Run r = run({QStringLiteral("score"), path, QStringLiteral("--scenario"), strict.name,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("scenario")).toString(), strict.name);
        QCOMPARE(root.value(QLatin1String("thresholds"))
                     .toObject()
                     .value(QLatin1String("potential"))
                     .toDouble(),
                 100.0);
        for (const QJsonValue &p : root.value(QLatin1String("partners")).toArray())
            QCOMPARE(p.toObject().value(QLatin1String("quadrant")).toString(),
                     QStringLiteral("deprioritize"));
    }

    void csvHeaderAndQuoting() {
        PortfolioData data;
        Partner formula;
        formula.id = 1;
        formula.name = QStringLiteral("=HYPERLINK(\"x\")");
        Partner comma;
        comma.id = 2;
        comma.name = QStringLiteral("Smith, Jones");
        comma.model = PartnerModel::Agency;
        data.partners = {formula, comma};
        const QString path = m_dir.filePath(QStringLiteral("tricky.partnerscope"));
        QVERIFY(PortfolioFile::save(data, path));

        const Run r =
            run({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(
            QLatin1String("id,name,model,potential,readiness,quadrant,stability,icp_influence,")));
        // A formula is neutralized with a leading apostrophe, then quoted for its quotes.
        QVERIFY2(lines[1].startsWith(QLatin1String("1,\"'=HYPERLINK(\"\"x\"\")\",,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QLatin1String("2,\"Smith, Jones\",agency,")),
                 qPrintable(lines[2]));
    }

    void tableAndErrors() {
        const Run table = run({QStringLiteral("score"), m_demo});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("Potential")));
        QVERIFY(table.out.contains(QLatin1String("Northgate Distribution")));
        QCOMPARE(run({QStringLiteral("score"), m_demo, QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("score")}).exitCode, 1);
        const Run absent = run({QStringLiteral("score"), m_dir.filePath(QStringLiteral("no"))});
        QCOMPARE(absent.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cli_score.moc"
