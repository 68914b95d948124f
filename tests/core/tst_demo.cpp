// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/overlap.h"
#include "core/demo/demo_tables.h"
#include "core/demo/demoportfolio.h"
#include "core/economics/icpmatch.h"
#include "core/economics/linksuggestions.h"
#include "core/economics/oemassessment.h"
#include "core/economics/partnerimpact.h"
#include "core/economics/programmetrics.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "core/storage/portfoliofile.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ps;

/// The demo is what a new user sees first: it must be a believable, complete portfolio that
/// exercises every part of the product (all models, gaps, the layered channel, OEM deals).
class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void isValid() {
        const PortfolioData data = demoPortfolio();
        QCOMPARE(validate(data), QStringList());
        QVERIFY(!data.info.name.isEmpty());
        QVERIFY(!data.info.organization.isEmpty());
        QVERIFY(data.info.currency == QLatin1String("EUR") ||
                data.info.currency == QLatin1String("USD"));
        QCOMPARE(data.info.fiscalYear, 2026);
    }

    void isDeterministic() { QVERIFY(demoPortfolio() == demoPortfolio()); }

    void coversEveryModelAndStatus() {
        const PortfolioData data = demoPortfolio();
        QVERIFY(data.partners.size() >= 60);
        QSet<int> models;
        QSet<int> statuses;
        for (const Partner &p : data.partners) {
            QVERIFY2(p.model.has_value(), qPrintable(p.name));
            models.insert(int(*p.model));
            statuses.insert(int(p.status));
        }
        QCOMPARE(models.size(), int(enumValues<PartnerModel>().size()));
        QCOMPARE(statuses.size(), int(enumValues<PartnerStatus>().size()));
    }

    void partnersHaveNamesAndWebsites() {
        QSet<QString> names;
        for (const Partner &p : demoPortfolio().partners) {
            QVERIFY2(!p.website.isEmpty(), qPrintable(p.name));
            QVERIFY2(!names.contains(p.name), qPrintable(p.name));
            names.insert(p.name);
        }
    }

    void economicsFollowTheLifecycle() {
        for (const Partner &p : demoPortfolio().partners) {
            if (p.status == PartnerStatus::Prospect) {
                QCOMPARE(p.economics.sourcedRevenue, 0.0);
                QCOMPARE(p.economics.influencedRevenue, 0.0);
                QVERIFY2(!p.enrolledOn.isValid(), qPrintable(p.name));
                QVERIFY2(!p.firstCommercialOn.isValid(), qPrintable(p.name));
            }
            if (p.firstCommercialOn.isValid())
                QVERIFY2(p.enrolledOn.isValid() && p.enrolledOn <= p.firstCommercialOn,
                         qPrintable(p.name));
        }
    }

    void someRatingsAndCommercialItemsAreMissing() {
        int unrated = 0;
        int withGaps = 0;
        int complete = 0;
        for (const Partner &p : demoPortfolio().partners) {
            if (!p.ratings.capability || !p.ratings.commitment)
                ++unrated;
            if (p.commercialModel.gapCount() > 0)
                ++withGaps;
            else
                ++complete;
        }
        QVERIFY(unrated > 0);
        QVERIFY(withGaps > 0);
        QVERIFY(complete > 0);
    }

    void resellersBuyThroughDistributors() {
        const PortfolioData data = demoPortfolio();
        std::map<Id, PartnerModel> modelOf;
        for (const Partner &p : data.partners)
            modelOf[p.id] = *p.model;
        int layered = 0;
        for (const Partner &p : data.partners) {
            if (p.upstreamId == 0)
                continue;
            QCOMPARE(modelOf.at(p.upstreamId), PartnerModel::Distributor);
            ++layered;
        }
        QVERIFY(layered >= 5);
    }

    void icpsIncludeAGapAndAStronghold() {
        const PortfolioData data = demoPortfolio();
        QVERIFY(data.icps.size() >= 5);
        std::map<Id, int> strongLinks;
        for (const Icp &icp : data.icps)
            strongLinks[icp.id] = 0;
        for (const InfluenceLink &l : data.links)
            if (l.strength >= 4)
                ++strongLinks[l.icpId];
        int gaps = 0;
        int strongholds = 0;
        for (const auto &[icp, count] : strongLinks) {
            Q_UNUSED(icp)
            gaps += count == 0 ? 1 : 0;
            strongholds += count >= 3 ? 1 : 0;
        }
        QVERIFY(gaps >= 1);
        QVERIFY(strongholds >= 1);
        const double perPartner = double(data.links.size()) / double(data.partners.size());
        QVERIFY2(perPartner >= 2.0 && perPartner <= 4.0, qPrintable(QString::number(perPartner)));
    }

    void oemDealsDiffer() {
        const PortfolioData data = demoPortfolio();
        QVERIFY(data.oemDeals.size() >= 3);
        QSet<int> structures;
        int distractions = 0;
        int exclusive = 0;
        std::map<Id, PartnerModel> modelOf;
        for (const Partner &p : data.partners)
            modelOf[p.id] = *p.model;
        for (const OemDeal &d : data.oemDeals) {
            structures.insert(int(d.structure));
            distractions += d.conditionsMet() < 3 ? 1 : 0;
            exclusive += d.exclusive ? 1 : 0;
            QCOMPARE(modelOf.at(d.partnerId), PartnerModel::Oem);
        }
        QVERIFY(structures.size() >= 3);
        QVERIFY(distractions >= 1);
        QVERIFY(exclusive >= 1);
        const auto withHistory =
            std::count_if(data.oemDeals.begin(), data.oemDeals.end(),
                          [](const OemDeal &d) { return d.scoreboard.size() >= 4; });
        QVERIFY(withHistory >= 1);
    }

    void logsSpanTwoYears() {
        const PortfolioData data = demoPortfolio();
        QVERIFY2(data.activities.size() >= 300 && data.activities.size() <= 1500,
                 qPrintable(QString::number(data.activities.size())));
        QVERIFY(data.deals.size() >= 100);
        std::map<Id, const Partner *> byId;
        for (const Partner &p : data.partners)
            byId[p.id] = &p;
        QDate first, last;
        QSet<int> kinds;
        for (const Activity &a : data.activities) {
            first = first.isValid() ? std::min(first, a.date) : a.date;
            last = last.isValid() ? std::max(last, a.date) : a.date;
            kinds.insert(int(a.kind));
            const Partner &p = *byId.at(a.partnerId);
            QVERIFY2(p.status != PartnerStatus::Prospect, qPrintable(p.name));
            QVERIFY2(p.enrolledOn.isValid() && a.date >= p.enrolledOn, qPrintable(p.name));
        }
        QVERIFY(first >= QDate(2024, 4, 1) && first < QDate(2024, 7, 1));
        QCOMPARE(last, QDate(2026, 3, 31)); // the planning review that closes the log
        QCOMPARE(kinds.size(), int(enumValues<ActivityKind>().size()));
        // The deals came from the CRM: no ICP set by hand, a buyer that matches one.
        QSet<int> icps;
        int direct = 0, several = 0;
        const IcpMatcher matcher(data.icps);
        std::vector<int> matched;
        for (const Deal &d : data.deals) {
            QCOMPARE(d.icpId, Id(0));
            QVERIFY(d.crm.isSet());
            matcher.match(d, matched);
            QVERIFY2(!matched.empty(), qPrintable(d.name + " / " + d.buyer.region));
            for (int icp : matched)
                icps.insert(icp);
            direct += d.partnerInfluenced() ? 0 : 1;
            several += d.partners.size() > 1 ? 1 : 0;
        }
        QCOMPARE(icps.size(), int(data.icps.size())); // every ICP has deals, Hospitality too
        QVERIFY(direct > 30);
        QVERIFY2(several >= 20, qPrintable(QString::number(several))); // multi-partner deals
    }

    void evidenceFromTheCrm() {
        // The demo shows the CRM side: partners imported from Salesforce (prospects typed in),
        // deals with several partners, partner impact with and without withheld rates, scores
        // on evidence for the partners with enough deals, and links the deals suggest.
        const PortfolioData data = demoPortfolio();
        for (const Partner &p : data.partners)
            QCOMPARE(p.crm.isSet(), p.status != PartnerStatus::Prospect);
        const PartnerImpact impact = computePartnerImpact(data);
        int enough = 0, withheld = 0;
        for (const ImpactRow &r : impact.partners) {
            enough += r.with.enough ? 1 : 0;
            withheld += r.with.deals > 0 && !r.with.enough ? 1 : 0;
        }
        QVERIFY2(enough >= 3 && withheld >= 10,
                 qPrintable(QStringLiteral("%1 / %2").arg(enough).arg(withheld)));
        QVERIFY(impact.winRateDifference && *impact.winRateDifference > 0.0);
        QVERIFY(impact.partnerInvolved.sourced > 0 && impact.partnerInvolved.influenced > 0);
        const CriteriaTable criteria = computeCriteria(data);
        int evidence = 0;
        for (size_t i = 0; i < data.partners.size(); ++i)
            evidence += usesEvidence(criteria.evidence, i, Criterion::Commitment) ? 1 : 0;
        QCOMPARE(evidence, enough);
        QVERIFY(!suggestLinks(data).empty());
    }

    void accountListsOverlap() {
        // Our list: 40 accounts in each of the 6 ICPs (30 customers, 10 prospects), 12
        // universities, and the buyers of the first 10 open deals, marked open opportunities.
        const PortfolioData data = demoPortfolio();
        const accounts::StoredAccountList *ours = data.accountBook.ours();
        QVERIFY(ours);
        int customers = 0, openOpportunities = 0;
        for (const accounts::Account &a : ours->list.accounts) {
            customers += a.status == accounts::AccountStatus::Customer ? 1 : 0;
            openOpportunities += a.openPipeline > 0 ? 1 : 0;
        }
        QCOMPARE(customers, 6 * 30 + 12);
        QVERIFY2(openOpportunities >= 1 && openOpportunities <= 10,
                 qPrintable(QString::number(openOpportunities)));
        QCOMPARE(qint64(ours->list.accounts.size()), qint64(6 * 40 + 12 + openOpportunities));
        // Three partners have lists; Meridian two, the latest counting.
        QCOMPARE(data.accountBook.lists.size(), size_t(1 + 4));
        QCOMPARE(data.accountBook.historyOf(demo::Meridian).size(), size_t(2));
        QCOMPARE(data.accountBook.latestOf(demo::Meridian)->list.accounts.size(),
                 size_t(20 + 15 + 6 + 4 + 45));
        // Medtech Rhein shares our 24 DACH hospitals (3 in every 5 of 40).
        const accounts::OverlapResult medtech = accounts::computeOverlap(
            ours->list, data.accountBook.latestOf(demo::MedtechRhein)->list);
        QCOMPARE(medtech.overlapTotal, qint64(24));
        // Brightshelf, linked to retail and hospitality, shares 14 of our 40 logistics fleets:
        // the strong overlap suggested as a link.
        bool suggested = false;
        for (const LinkSuggestion &s : suggestLinks(data))
            if (s.evidence.partnerId == demo::Brightshelf && s.evidence.icpId == demo::Field) {
                suggested = true;
                QCOMPARE(s.accounts.shared, qint64(14));
                QVERIFY(s.accounts.strong);
            }
        QVERIFY(suggested);
    }

    void metricsShowTheStories() {
        const PortfolioData data = demoPortfolio();
        const ProgramMetrics m = computeProgramMetrics(data);
        QCOMPARE(m.asOf, QDate(2026, 3, 31));
        QVERIFY(m.activePartners < m.eligiblePartners);
        QVERIFY(m.retention && *m.retention < 1.0);
        QCOMPARE(m.hhiBand, HhiBand::Unconcentrated); // 64 partners, none above 12%
        QVERIFY(m.hhi > 300.0);
        // Seed 001's uniform-template failure: the reseller program pays rebates on resale
        // while its partners influence little, and its ROI is negative.
        for (const ModelRoi &row : m.roiByModel)
            if (row.model == PartnerModel::Reseller)
                QVERIFY(row.roi && *row.roi < 0.0);
        // The dormant partners that are still funded stopped in the first year.
        const QHash<Id, QDate> last = lastCommercialActivity(data, m.asOf);
        for (const Partner &p : data.partners)
            if (p.status == PartnerStatus::Dormant && last.contains(p.id))
                QVERIFY2(last.value(p.id) < QDate(2025, 4, 1), qPrintable(p.name));
    }

    void oemChecksAllHaveHits() {
        const PortfolioData data = demoPortfolio();
        int distractions = 0, breaking = 0, traps = 0;
        std::map<OemFailureMode, int> modes;
        for (const OemAssessment &a : assessOemDeals(data)) {
            QVERIFY2(a.termsValid, qPrintable(a.dealName));
            QVERIFY2(a.royalty.years.size() >= 3, qPrintable(a.dealName));
            distractions += a.distraction ? 1 : 0;
            traps += a.exclusivityTrap ? 1 : 0;
            if (a.royalty.breaksAtScale) {
                ++breaking;
                // It works at pilot volume: the first year keeps a positive margin per unit.
                QVERIFY(a.royalty.years.front().marginPerUnit > 0.0);
            }
            for (OemFailureMode mode : a.failureModes)
                ++modes[mode];
        }
        QCOMPARE(distractions, 1);
        QVERIFY(breaking >= 1);
        QVERIFY(traps >= 1);
        for (OemFailureMode mode : allFailureModes())
            QVERIFY2(modes[mode] > 0, qPrintable(toKey(mode)));
        // And the healthy deals stay healthy: at least two without any failure mode.
        int clean = 0;
        for (const OemAssessment &a : assessOemDeals(data))
            clean += a.failureModes.empty() ? 1 : 0;
        QVERIFY(clean >= 2);
    }

    void survivesSaveAndOpen() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.partnerscope"));
        const PortfolioData data = demoPortfolio();
        QString message;
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        const PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.data->activities == data.activities);
        QVERIFY(loaded.data->deals == data.deals);
        QVERIFY(loaded.data->oemDeals == data.oemDeals);
    }

    void baselineAndAWorkshopAlternative() {
        const PortfolioData data = demoPortfolio();
        QCOMPARE(data.scenarios.size(), size_t(2));
        const Scenario &baseline = data.scenarios[0];
        const Scenario &reach = data.scenarios[1];
        QCOMPARE(baseline.name, QStringLiteral("Baseline"));
        QCOMPARE(data.activeScenarioId, baseline.id);
        QCOMPARE(activeScenario(data), &baseline);
        // The Baseline is the default scenario: what a new file would get, plus one decision.
        const Scenario defaults = defaultScenario(QStringLiteral("Baseline"));
        QVERIFY(baseline.profiles == defaults.profiles);
        QCOMPARE(baseline.potentialThreshold, defaults.potentialThreshold);
        QCOMPARE(baseline.readinessThreshold, defaults.readinessThreshold);
        QCOMPARE(baseline.overrides.size(), size_t(1));
        QVERIFY(!baseline.overrides[0].note.isEmpty());

        QVERIFY(!reach.name.isEmpty());
        QVERIFY(reach.id != baseline.id);
        QVERIFY(reach.profiles != baseline.profiles);
        QVERIFY(reach.potentialThreshold != baseline.potentialThreshold ||
                reach.readinessThreshold != baseline.readinessThreshold);
        // Reach first leans on market reach and commercial contribution in every profile.
        for (size_t p = 0; p < reach.profiles.size(); ++p) {
            const auto share = [](const WeightProfile &w) {
                return (w.weight(Criterion::MarketReach) +
                        w.weight(Criterion::CommercialContribution)) /
                       (w.weight(Criterion::MarketReach) +
                        w.weight(Criterion::CommercialContribution) +
                        w.weight(Criterion::IcpInfluence) + w.weight(Criterion::StrategicFit));
            };
            QVERIFY(share(reach.profiles[p]) > share(baseline.profiles[p]));
        }
    }

    void baselineFillsAllFourQuadrants() {
        const PortfolioData data = demoPortfolio();
        std::map<Quadrant, int> computed;
        for (const PartnerScore &score : scorePortfolio(data))
            ++computed[score.computedQuadrant];
        for (Quadrant q : enumValues<Quadrant>())
            QVERIFY2(computed[q] >= 3, qPrintable(toKey(q)));
    }

    void overrideMovesAPartner() {
        const PortfolioData data = demoPortfolio();
        const QuadrantOverride &o = data.scenarios[0].overrides[0];
        const std::vector<PartnerScore> scores = scorePortfolio(data);
        for (size_t i = 0; i < data.partners.size(); ++i) {
            if (data.partners[i].id != o.partnerId)
                continue;
            QVERIFY(scores[i].overridden);
            QCOMPARE(scores[i].quadrant, o.quadrant);
            QVERIFY(scores[i].computedQuadrant != o.quadrant); // a real decision, not a no-op
            return;
        }
        QFAIL("the override names no demo partner");
    }

    void comparingTheScenariosShowsMovers() {
        const PortfolioData data = demoPortfolio();
        const auto moves =
            compareScenarios(computeCriteria(data), data.scenarios[0], data.scenarios[1]);
        QCOMPARE(moves.size(), data.partners.size());
        const auto movers = std::count_if(
            moves.begin(), moves.end(), [](const ScenarioMove &m) { return m.changedQuadrant(); });
        QVERIFY2(movers >= 4, qPrintable(QString::number(movers)));
        QVERIFY2(movers <= int(moves.size()) / 2, qPrintable(QString::number(movers)));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
