// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/coverage.h"
#include "core/demo/demoportfolio.h"
#include "core/economics/programmetrics.h"
#include "core/storage/portfoliofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include <cmath>

using namespace ps;

namespace {

using clitest::Display;
using clitest::Run;
using clitest::run;

QDate day(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Partner partner(Id id, const char *name, PartnerModel model, double influenced, double investment,
                JointCommercialModel commercial) {
    Partner p;
    p.id = id;
    p.name = QString::fromLatin1(name);
    p.model = model;
    p.status = PartnerStatus::Active;
    p.enrolledOn = day("2025-01-01");
    p.economics.influencedRevenue = influenced;
    p.economics.investment.incentives = investment;
    p.commercialModel = commercial;
    return p;
}

Activity activity(Id id, Id partnerId, const char *date) {
    Activity a;
    a.id = id;
    a.partnerId = partnerId;
    a.date = day(date);
    a.kind = ActivityKind::JointCall;
    return a;
}

Deal deal(Id id, Id partnerId, double amount, DealOutcome outcome, const char *created,
          const char *closed = "") {
    Deal d;
    d.id = id;
    d.name = QStringLiteral("Deal %1").arg(id);
    if (partnerId != 0)
        d.partners = {{partnerId, Attribution::Influenced, QString()}};
    d.amount = amount;
    d.outcome = outcome;
    d.createdOn = day(created);
    d.closedOn = day(closed);
    return d;
}

/// Three partners and six deals; every expected number below is worked out in the comments.
PortfolioData handMade() {
    const JointCommercialModel complete{true, Owner::Vendor, Owner::Partner, Owner::Shared};
    PortfolioData d;
    d.info.name = QStringLiteral("Hand-made");
    d.info.currency = QStringLiteral("EUR");
    d.partners = {
        partner(1, "Ada Resale", PartnerModel::Reseller, 30000, 10000, complete),
        partner(2, "Bo Tech", PartnerModel::Isv, 10000, 20000,
                {true, Owner::Vendor, Owner::Undefined, Owner::Undefined}),
        partner(3, "Cy Kiosks", PartnerModel::Oem, 60000, 0, complete),
    };
    d.activities = {activity(1, 1, "2026-02-10"), activity(2, 2, "2025-03-01"),
                    activity(3, 2, "2025-03-20"), activity(4, 3, "2025-02-01"),
                    activity(5, 3, "2026-03-20")};
    d.deals = {
        deal(1, 1, 40000, DealOutcome::Won, "2025-11-01", "2026-01-15"),
        deal(2, 2, 20000, DealOutcome::Lost, "2025-12-01", "2026-02-01"),
        deal(3, 0, 10000, DealOutcome::Won, "2026-01-05", "2026-03-31"),
        deal(4, 0, 30000, DealOutcome::Lost, "2026-01-10", "2026-03-01"),
        deal(5, 0, 30000, DealOutcome::Open, "2026-02-01"),
        deal(6, 3, 90000, DealOutcome::Open, "2026-03-01"),
    };
    return d;
}

QJsonObject metricsJson(const QStringList &args) {
    const Run r = run(args);
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

/// `partnerscope metrics` as a script uses it: the coverage of every ICP, gaps marked.
class TestCliMetrics : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_handMade;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString message;
        QVERIFY2(PortfolioFile::save(demoPortfolio(), m_demo, &message), qPrintable(message));
        m_handMade = m_dir.filePath(QStringLiteral("handmade.partnerscope"));
        QVERIFY2(PortfolioFile::save(handMade(), m_handMade, &message), qPrintable(message));
    }

    void programMetricsOnAHandMadeFile() {
        const QJsonObject o = metricsJson({QStringLiteral("metrics"), m_handMade,
                                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!o.isEmpty());
        QVERIFY(o.value(QStringLiteral("coverage")).isArray()); // beside coverage, one object
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
        // Q1 2026: Ada (2026-02-10) and Cy (2026-03-20) of three.
        QCOMPARE(o.value(QStringLiteral("active_partner_rate")).toDouble(), 0.6667);
        QCOMPARE(o.value(QStringLiteral("active_partners")).toInt(), 2);
        // Days to first: Cy 31, Bo 59, Ada 405.
        QCOMPARE(o.value(QStringLiteral("time_to_first_activity_days")).toDouble(), 59.0);
        // Active 2024-04-01..2025-03-31: Bo and Cy; in the last twelve months only Cy.
        QCOMPARE(o.value(QStringLiteral("retention")).toDouble(), 0.5);
        // Open pipeline: partner 90,000, direct 30,000.
        QCOMPARE(o.value(QStringLiteral("influenced_pipeline_share")).toDouble(), 0.75);
        const QJsonObject win = o.value(QStringLiteral("win_rate")).toObject();
        QCOMPARE(win.value(QStringLiteral("partner")).toDouble(), 0.5);
        QCOMPARE(win.value(QStringLiteral("direct")).toDouble(), 0.5);
        const QJsonObject size = o.value(QStringLiteral("avg_deal_size")).toObject();
        QCOMPARE(size.value(QStringLiteral("partner")).toDouble(), 40000.0);
        QCOMPARE(size.value(QStringLiteral("direct")).toDouble(), 10000.0);
        const QJsonObject roi = o.value(QStringLiteral("roi_by_model")).toObject();
        QCOMPARE(roi.keys(), QStringList({QStringLiteral("isv"), QStringLiteral("oem"),
                                          QStringLiteral("reseller")}));
        QCOMPARE(roi.value(QStringLiteral("reseller")).toDouble(), 2.0);
        QCOMPARE(roi.value(QStringLiteral("isv")).toDouble(), -0.5);
        QVERIFY(roi.value(QStringLiteral("oem")).isNull()); // nothing invested
        // Shares 30%, 10%, 60%.
        QCOMPARE(o.value(QStringLiteral("hhi")).toDouble(), 4600.0);
        QCOMPARE(o.value(QStringLiteral("hhi_band")).toString(), QStringLiteral("high"));
        const QJsonArray gaps = o.value(QStringLiteral("commercial_model_gaps")).toArray();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.at(0).toObject().value(QStringLiteral("partner")).toString(),
                 QStringLiteral("Bo Tech"));
        QCOMPARE(gaps.at(0).toObject().value(QStringLiteral("missing")).toArray(),
                 QJsonArray({QStringLiteral("customer_success"), QStringLiteral("renewal")}));
        QCOMPARE(o.value(QStringLiteral("oem")).toArray().size(), 0);
        QStringList whats;
        for (const QJsonValue &v : o.value(QStringLiteral("attention")).toArray())
            whats << v.toObject().value(QStringLiteral("what")).toString();
        QVERIFY2(whats.contains(QStringLiteral("No commercial activity for two quarters")) &&
                     whats.contains(QStringLiteral("Partner revenue highly concentrated")),
                 qPrintable(whats.join(QLatin1String("; "))));
    }

    void asOfSeesTheLogAsItWasThen() {
        const QJsonObject o = metricsJson(
            {QStringLiteral("metrics"), m_handMade, QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2026-01-31")});
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-31"));
        QCOMPARE(o.value(QStringLiteral("active_partner_rate")).toDouble(), 0.0);
        // Bo's deal and two direct deals closed later (open then); deals 5 and 6 came later.
        const QJsonObject win = o.value(QStringLiteral("win_rate")).toObject();
        QCOMPARE(win.value(QStringLiteral("partner")).toDouble(), 1.0);
        QVERIFY(win.value(QStringLiteral("direct")).isNull());
        QCOMPARE(o.value(QStringLiteral("influenced_pipeline_share")).toDouble(), 0.3333);
    }

    void programTableOnAHandMadeFile() {
        const Run r = run({QStringLiteral("metrics"), m_handMade});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto lineWith = [&lines](const QString &start) {
            for (const QString &l : lines)
                if (l.startsWith(start))
                    return l;
            return QString();
        };
        QVERIFY2(
            lineWith(QStringLiteral("Active partner rate")).contains(QLatin1String("67% (2 of 3")),
            qPrintable(r.out));
        QVERIFY(lineWith(QStringLiteral("Win rate"))
                    .contains(QLatin1String("partner 50%, direct 50%")));
        QVERIFY(lineWith(QStringLiteral("Concentration (HHI)")).contains(QLatin1String("4600")));
        QVERIFY(lineWith(QStringLiteral("Reseller")).trimmed().endsWith(QLatin1String("200%")));
        QVERIFY(lineWith(QStringLiteral("ISV")).trimmed().endsWith(QLatin1String("-50%")));
        QVERIFY(lineWith(QStringLiteral("OEM")).trimmed().endsWith(QLatin1String("n/a")));
        QVERIFY(r.out.contains(QLatin1String("[warning] Bo Tech: No commercial activity")));
    }

    void demoEconomics() {
        const QJsonObject o = metricsJson({QStringLiteral("metrics"), m_demo,
                                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!o.isEmpty());
        const ProgramMetrics expected = computeProgramMetrics(demoPortfolio());
        QCOMPARE(o.value(QStringLiteral("hhi_band")).toString(), QStringLiteral("unconcentrated"));
        QCOMPARE(o.value(QStringLiteral("hhi")).toDouble(), std::round(expected.hhi * 10) / 10);
        QCOMPARE(o.value(QStringLiteral("active_partner_rate")).toDouble(),
                 std::round(expected.activePartnerRate * 10000) / 10000);
        const QJsonObject win = o.value(QStringLiteral("win_rate")).toObject();
        QVERIFY(win.value(QStringLiteral("partner")).toDouble() >
                win.value(QStringLiteral("direct")).toDouble());
        QCOMPARE(o.value(QStringLiteral("roi_by_model")).toObject().size(),
                 int(enumValues<PartnerModel>().size()));
        QVERIFY(o.value(QStringLiteral("roi_by_model"))
                    .toObject()
                    .value(QStringLiteral("reseller"))
                    .toDouble() < 0);
        for (const char *key :
             {"time_to_first_activity_days", "retention", "influenced_pipeline_share"})
            QVERIFY2(o.value(QLatin1String(key)).toDouble() > 0.0, key);

        const QJsonArray oem = o.value(QStringLiteral("oem")).toArray();
        QCOMPARE(oem.size(), 6);
        int distractions = 0, breaking = 0, exclusive = 0;
        QSet<QString> structures, modes;
        for (const QJsonValue &v : oem) {
            const QJsonObject deal = v.toObject();
            structures.insert(deal.value(QStringLiteral("structure")).toString());
            for (const QJsonValue &m : deal.value(QStringLiteral("failure_modes")).toArray())
                modes.insert(m.toString());
            if (deal.value(QStringLiteral("distraction")).toBool()) {
                ++distractions;
                QCOMPARE(deal.value(QStringLiteral("partner")).toString(),
                         QStringLiteral("Solano Kiosk Works"));
                QCOMPARE(deal.value(QStringLiteral("conditions_met")).toInt(), 2);
                QCOMPARE(deal.value(QStringLiteral("exit_risk")).toString(),
                         QStringLiteral("very_high"));
            }
            if (deal.value(QStringLiteral("breaks_at_scale")).toBool()) {
                ++breaking;
                QVERIFY(deal.value(QStringLiteral("failure_modes"))
                            .toArray()
                            .contains(QStringLiteral("pilot_pricing")));
            }
            exclusive += deal.value(QStringLiteral("exclusive")).toBool() ? 1 : 0;
        }
        QCOMPARE(distractions, 1);
        QVERIFY(breaking >= 1);
        QVERIFY(exclusive >= 1);
        QCOMPARE(structures.size(), 4);
        QCOMPARE(modes.size(), 6); // every failure mode of seed 000 has a hit

        const QJsonArray attention = o.value(QStringLiteral("attention")).toArray();
        QVERIFY(attention.size() > 10);
        QCOMPARE(attention.first().toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("critical"));
        QVERIFY(!o.value(QStringLiteral("commercial_model_gaps")).toArray().isEmpty());
    }

    void jsonHasOneEntryPerIcp() {
        const Run r = run({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonArray coverage = doc.object().value(QStringLiteral("coverage")).toArray();
        const PortfolioData demo = demoPortfolio();
        const std::vector<IcpCoverage> expected = computeCoverage(demo);
        QCOMPARE(size_t(coverage.size()), demo.icps.size());
        int gaps = 0, covered = 0;
        for (qsizetype i = 0; i < coverage.size(); ++i) {
            const QJsonObject entry = coverage.at(i).toObject();
            const IcpCoverage &e = expected[size_t(i)];
            QCOMPARE(entry.value(QStringLiteral("icp")).toString(), demo.icps[size_t(i)].name);
            QCOMPARE(entry.value(QStringLiteral("icp_id")).toInteger(), e.icpId);
            QCOMPARE(entry.value(QStringLiteral("influence")).toDouble(),
                     std::round(e.influence * 10.0) / 10.0);
            QCOMPARE(entry.value(QStringLiteral("strong_partners")).toInt(), e.strongPartners);
            QCOMPARE(entry.value(QStringLiteral("gap")).toBool(), e.gap);
            const QJsonObject byRole = entry.value(QStringLiteral("by_role")).toObject();
            QCOMPARE(byRole.size(), LinkRoleCount);
            for (LinkRole role : enumValues<LinkRole>())
                QCOMPARE(byRole.value(toKey(role)).toDouble(),
                         std::round(e.byRole[size_t(role)] * 10.0) / 10.0);
            if (entry.value(QStringLiteral("gap")).toBool()) {
                ++gaps;
                QCOMPARE(entry.value(QStringLiteral("icp")).toString(),
                         QStringLiteral("Hospitality groups"));
            } else if (entry.value(QStringLiteral("influence")).toDouble() >= 90.0) {
                ++covered;
            }
        }
        QVERIFY(gaps >= 1);
        QVERIFY(covered >= 1);
        // Deterministic: the same file gives the same bytes.
        const Run again = run({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(again.out, r.out);
    }

    void tableMarksGaps() {
        const Run r = run({QStringLiteral("metrics"), m_demo});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto hospitality = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QLatin1String("Hospitality groups"));
        });
        QVERIFY(hospitality != lines.end());
        QVERIFY(hospitality->trimmed().endsWith(QLatin1String("GAP")));
        const auto clinical = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QLatin1String("Hospital clinical device fleets"));
        });
        QVERIFY(clinical != lines.end());
        QVERIFY(!clinical->contains(QLatin1String("GAP")));
        // Columns align: the influence column ends at the same place on every ICP row.
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("ICP\\s.*")));
        QVERIFY(header >= 0);
        const qsizetype end = lines[header].indexOf(QLatin1String("Influence")) + 9;
        for (qsizetype i = header + 1; i < lines.size() && !lines[i].isEmpty(); ++i)
            QVERIFY2(lines[i].at(end - 1).isDigit(), qPrintable(lines[i]));
        QVERIFY(r.out.contains(QLatin1String("1 gap: ICPs without")));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("metrics")} << 1
                                 << QStringLiteral("missing");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("x.partnerscope"),
                           QStringLiteral("--format"), QStringLiteral("csv")}
            << 1 << QStringLiteral("--format");
        QTest::newRow("bad date") << QStringList{QStringLiteral("metrics"),
                                                 QStringLiteral("x.partnerscope"),
                                                 QStringLiteral("--as-of"),
                                                 QStringLiteral("2026-13-01")}
                                  << 1 << QStringLiteral("--as-of");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("/nonexistent/a.partnerscope")}
            << 2 << QStringLiteral("a.partnerscope");
    }

    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void malformedFileExitsTwo() {
        const QString path = m_dir.filePath(QStringLiteral("broken.partnerscope"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a portfolio");
        file.close();
        const Run r = run({QStringLiteral("metrics"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("broken.partnerscope")), qPrintable(r.err));
    }

    void partnerImpactJson() {
        // Deals with partners: 1 (won 40,000, 75 days), 2 (lost), 6 (open 90,000); direct: 3
        // (won 10,000), 4 (lost), 5 (open 30,000). Two closed deals a side: below the default
        // minimum of 10, the rates are null with the reason beside them.
        QJsonObject o = metricsJson({QStringLiteral("metrics"), m_handMade,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject impact = o.value(QStringLiteral("impact")).toObject();
        QCOMPARE(impact.value(QStringLiteral("min_closed_deals")).toInt(), 10);
        const QJsonObject program = impact.value(QStringLiteral("program")).toObject();
        const QJsonObject involved = program.value(QStringLiteral("partner_involved")).toObject();
        QCOMPARE(involved.value(QStringLiteral("deals")).toInt(), 3);
        QCOMPARE(involved.value(QStringLiteral("won")).toInt(), 1);
        QCOMPARE(involved.value(QStringLiteral("lost")).toInt(), 1);
        QVERIFY(involved.value(QStringLiteral("win_rate")).isNull());
        QCOMPARE(involved.value(QStringLiteral("win_rate_reason")).toString(),
                 QStringLiteral("not enough deals: 2 closed, 10 needed"));
        QCOMPARE(involved.value(QStringLiteral("open_pipeline")).toDouble(), 90000.0);
        QCOMPARE(involved.value(QStringLiteral("attributed_won_revenue")).toDouble(), 40000.0);
        QVERIFY(program.value(QStringLiteral("direct")).isObject());
        QCOMPARE(program.value(QStringLiteral("influenced_pipeline_share")).toDouble(), 0.75);
        QVERIFY(program.value(QStringLiteral("win_rate_difference")).isNull());
        const QJsonArray partners = impact.value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 3);
        const QJsonObject ada = partners.at(0).toObject();
        for (const char *key : {"name", "deals", "won", "lost", "win_rate", "avg_won", "cycle_days",
                                "open_pipeline", "sourced", "influenced", "attributed_won_revenue"})
            QVERIFY2(ada.contains(QLatin1String(key)), key);
        QCOMPARE(ada.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Resale"));
        QCOMPARE(ada.value(QStringLiteral("influenced")).toInt(), 1);
        QVERIFY(ada.value(QStringLiteral("avg_won")).isNull());
        QVERIFY(ada.value(QStringLiteral("avg_won_reason")).toString().contains("not enough"));
        QVERIFY(impact.value(QStringLiteral("models")).isArray());
        QVERIFY(impact.value(QStringLiteral("icps")).isArray());

        // With a minimum of one closed deal, every rate is there.
        o = metricsJson({QStringLiteral("metrics"), m_handMade, QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--min-deals"),
                         QStringLiteral("1")});
        const QJsonObject p = o.value(QStringLiteral("impact"))
                                  .toObject()
                                  .value(QStringLiteral("partners"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("win_rate")).toDouble(), 1.0);
        QCOMPARE(p.value(QStringLiteral("avg_won")).toDouble(), 40000.0);
        QCOMPARE(p.value(QStringLiteral("cycle_days")).toDouble(), 75.0); // 1 Nov to 15 Jan
        const QJsonObject diff = o.value(QStringLiteral("impact"))
                                     .toObject()
                                     .value(QStringLiteral("program"))
                                     .toObject()
                                     .value(QStringLiteral("win_rate_difference"))
                                     .toObject();
        QCOMPARE(diff.value(QStringLiteral("estimate")).toDouble(), 0.0); // 1/2 against 1/2
        QVERIFY(diff.value(QStringLiteral("low")).toDouble() < 0.0);
        QVERIFY(diff.value(QStringLiteral("high")).toDouble() > 0.0);
        QCOMPARE(run({QStringLiteral("metrics"), m_handMade, QStringLiteral("--min-deals"),
                      QStringLiteral("0")})
                     .exitCode,
                 1);
    }

    void partnerImpactTable() {
        const Run r = run({QStringLiteral("metrics"), m_demo});
        QCOMPARE(r.exitCode, 0);
        // "deals" once the English plural forms know the message, "deal(s)" until then.
        QVERIFY2(r.out.contains(QStringLiteral("Partner impact (EUR; rates need 10 closed deal")),
                 qPrintable(r.out));
        // The program's rows, counted here from the demo's deal log: deals, won, lost and the
        // win rate of the closed ones, with partners and without.
        int deals[2] = {0, 0}, won[2] = {0, 0}, lost[2] = {0, 0};
        for (const Deal &d : demoPortfolio().deals) {
            const int side = d.partners.empty() ? 1 : 0;
            ++deals[side];
            won[side] += d.outcome == DealOutcome::Won ? 1 : 0;
            lost[side] += d.outcome == DealOutcome::Lost ? 1 : 0;
        }
        const QString names[2] = {QStringLiteral("Partner-involved"), QStringLiteral("Direct")};
        for (int side = 0; side < 2; ++side) {
            const QString row = QStringLiteral("%1 +%2 +%3 +%4 +%5%")
                                    .arg(names[side])
                                    .arg(deals[side])
                                    .arg(won[side])
                                    .arg(lost[side])
                                    .arg(qRound(100.0 * won[side] / (won[side] + lost[side])));
            QVERIFY2(r.out.contains(QRegularExpression(row)), qPrintable(row));
        }
        QVERIFY(r.out.contains(QStringLiteral("Partner-involved")));
        QVERIFY(r.out.contains(QStringLiteral("not enough deals")));
        QVERIFY(r.out.contains(QStringLiteral("90% interval")));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
