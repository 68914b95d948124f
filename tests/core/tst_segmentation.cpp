// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/segmentation.h"
#include "core/demo/demoportfolio.h"

#include <QTest>

using namespace ps;

namespace {

Partner partner(Id id, std::optional<PartnerModel> model, PartnerTier tier, PartnerStatus status,
                QStringList regions) {
    Partner p;
    p.id = id;
    p.name = QStringLiteral("Partner %1").arg(id);
    p.model = model;
    p.tier = tier;
    p.status = status;
    p.regions = regions;
    return p;
}

InfluenceLink link(Id id, Id icp, Id partner, int strength) {
    InfluenceLink l;
    l.id = id;
    l.icpId = icp;
    l.partnerId = partner;
    l.strength = strength;
    return l;
}

PartnerScore score(double potential, double readiness, Quadrant q) {
    PartnerScore s;
    s.potential = potential;
    s.readiness = readiness;
    s.quadrant = q;
    s.computedQuadrant = q;
    return s;
}

/// Four partners and two ICPs, small enough to check every figure by hand.
/// 1: reseller, gold, active, EMEA+NA; links ICP 10 at 5, ICP 20 at 2.
/// 2: reseller, silver, active, EMEA;  links ICP 20 at 3.
/// 3: ISV, no tier, prospect, APAC;    links ICP 10 at 4.
/// 4: unclassified, no tier, dormant, no region, no links.
PortfolioData example() {
    PortfolioData d;
    Icp a;
    a.id = 10;
    a.name = QStringLiteral("Retail");
    Icp b;
    b.id = 20;
    b.name = QStringLiteral("Hotels");
    d.icps = {a, b};
    d.partners = {partner(1, PartnerModel::Reseller, PartnerTier::Gold, PartnerStatus::Active,
                          {QStringLiteral("EMEA"), QStringLiteral("NA")}),
                  partner(2, PartnerModel::Reseller, PartnerTier::Silver, PartnerStatus::Active,
                          {QStringLiteral("emea")}),
                  partner(3, PartnerModel::Isv, PartnerTier::None, PartnerStatus::Prospect,
                          {QStringLiteral("APAC")}),
                  partner(4, std::nullopt, PartnerTier::None, PartnerStatus::Dormant, {})};
    d.partners[0].economics.sourcedRevenue = 100000;
    d.partners[0].economics.influencedRevenue = 50000;
    d.partners[0].economics.pipeline = 200000;
    d.partners[0].economics.investment.mdf = 10000;
    d.partners[0].economics.investment.enablement = 10000;
    d.partners[1].economics.sourcedRevenue = 20000;
    d.partners[1].economics.influencedRevenue = 10000;
    d.partners[1].economics.pipeline = 40000;
    d.partners[1].economics.investment.incentives = 20000;
    d.partners[2].economics.influencedRevenue = 5000;
    d.links = {link(1, 10, 1, 5), link(2, 20, 1, 2), link(3, 20, 2, 3), link(4, 10, 3, 4)};
    return d;
}

std::vector<PartnerScore> exampleScores() {
    return {score(80, 70, Quadrant::Invest), score(40, 60, Quadrant::Maintain),
            score(70, 30, Quadrant::Develop), score(20, 20, Quadrant::Deprioritize)};
}

SegmentCondition condition(SegmentCondition::Field field, QStringList anyOf, double lo = 0,
                           double hi = 100) {
    SegmentCondition c;
    c.field = field;
    c.anyOf = anyOf;
    c.minimum = lo;
    c.maximum = hi;
    return c;
}

QStringList ids(const std::vector<Id> &v) {
    QStringList out;
    for (Id id : v)
        out << QString::number(id);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(ps::SegmentRule)

class TestSegmentation : public QObject {
    Q_OBJECT

private slots:
    void ruleEvaluation_data() {
        using F = SegmentCondition::Field;
        QTest::addColumn<SegmentRule>("rule");
        QTest::addColumn<QString>("matching"); // partner ids, comma separated

        auto rule = [](std::vector<SegmentCondition> cs) {
            SegmentRule r;
            r.id = 1;
            r.name = QStringLiteral("r");
            r.conditions = std::move(cs);
            return r;
        };
        QTest::newRow("no conditions: everyone") << rule({}) << "1,2,3,4";
        QTest::newRow("model") << rule({condition(F::Model, {"reseller"})}) << "1,2";
        QTest::newRow("model anyOf ORs")
            << rule({condition(F::Model, {"isv", "reseller"})}) << "1,2,3";
        QTest::newRow("unclassified model key") << rule({condition(F::Model, {""})}) << "4";
        QTest::newRow("tier none") << rule({condition(F::Tier, {""})}) << "3,4";
        QTest::newRow("status") << rule({condition(F::Status, {"dormant", "prospect"})}) << "3,4";
        QTest::newRow("region, any of the partner's, case-insensitive")
            << rule({condition(F::Region, {"EMEA"})}) << "1,2";
        QTest::newRow("quadrant") << rule({condition(F::Quadrant, {"invest", "develop"})}) << "1,3";
        QTest::newRow("icp needs strength >= 3") << rule({condition(F::Icp, {"20"})}) << "2";
        QTest::newRow("icp 10") << rule({condition(F::Icp, {"10"})}) << "1,3";
        QTest::newRow("potential range inclusive")
            << rule({condition(F::Potential, {}, 40, 70)}) << "2,3";
        QTest::newRow("readiness range inclusive")
            << rule({condition(F::Readiness, {}, 60, 70)}) << "1,2";
        QTest::newRow("conditions AND")
            << rule({condition(F::Model, {"reseller"}), condition(F::Potential, {}, 50, 100)})
            << "1";
        QTest::newRow("AND with nothing in common")
            << rule({condition(F::Model, {"isv"}), condition(F::Region, {"EMEA"})}) << "";
    }

    void ruleEvaluation() {
        QFETCH(SegmentRule, rule);
        QFETCH(QString, matching);
        const PortfolioData d = example();
        const auto scores = exampleScores();
        QStringList got;
        for (size_t i = 0; i < d.partners.size(); ++i)
            if (matches(rule, d.partners[i], scores[i], d))
                got << QString::number(d.partners[i].id);
        QCOMPARE(got.join(','), matching);
    }

    void segmentsByField() {
        const PortfolioData d = example();
        const auto scores = exampleScores();
        auto seg = segmentPartners(d, scores, SegmentBy::Model);
        QCOMPARE(int(seg.size()), 3); // empty models are left out
        QCOMPARE(seg[0].key, QStringLiteral("reseller"));
        QCOMPARE(ids(seg[0].partnerIds), QStringList({"1", "2"}));
        QCOMPARE(seg[2].key, QString());
        QCOMPARE(ids(seg[2].partnerIds), QStringList({"4"}));

        seg = segmentPartners(d, scores, SegmentBy::Region);
        QCOMPARE(int(seg.size()), 4); // EMEA, NA, APAC, no region
        QCOMPARE(seg[0].name, QStringLiteral("EMEA"));
        QCOMPARE(ids(seg[0].partnerIds), QStringList({"1", "2"}));
        QCOMPARE(ids(seg[1].partnerIds), QStringList({"1"}));
        QCOMPARE(ids(seg[3].partnerIds), QStringList({"4"}));

        seg = segmentPartners(d, scores, SegmentBy::Icp);
        QCOMPARE(int(seg.size()), 3);
        QCOMPARE(seg[0].name, QStringLiteral("Retail"));
        QCOMPARE(ids(seg[0].partnerIds), QStringList({"1", "3"}));
        QCOMPARE(ids(seg[1].partnerIds), QStringList({"2"}));
        QCOMPARE(ids(seg[2].partnerIds), QStringList({"4"}));

        seg = segmentPartners(d, scores, SegmentBy::Quadrant);
        QCOMPARE(int(seg.size()), 4);
        QCOMPARE(ids(seg[1].partnerIds), QStringList({"3"})); // develop
    }

    void ruleSegmentsWithOther() {
        PortfolioData d = example();
        SegmentRule resellers;
        resellers.id = 7;
        resellers.name = QStringLiteral("Resellers");
        resellers.conditions = {condition(SegmentCondition::Field::Model, {"reseller"})};
        SegmentRule strong;
        strong.id = 9;
        strong.name = QStringLiteral("Strong");
        strong.conditions = {condition(SegmentCondition::Field::Potential, {}, 60, 100)};
        d.segmentRules = {resellers, strong};
        const auto seg = segmentPartners(d, exampleScores(), SegmentBy::Rule);
        QCOMPARE(int(seg.size()), 3);
        QCOMPARE(seg[0].key, QStringLiteral("7"));
        QCOMPARE(ids(seg[0].partnerIds), QStringList({"1", "2"}));
        QCOMPARE(ids(seg[1].partnerIds), QStringList({"1", "3"}));
        QCOMPARE(seg[2].key, QStringLiteral("other"));
        QCOMPARE(ids(seg[2].partnerIds), QStringList({"4"}));
    }

    void statisticsByHand() {
        const PortfolioData d = example();
        const auto scores = exampleScores();
        const Segment resellers{QStringLiteral("reseller"), QString(), {1, 2}};
        const SegmentStats s = segmentStats(d, scores, resellers);
        QCOMPARE(s.count, 2);
        QCOMPARE(s.revenue, 180000.0);   // 100k + 50k + 20k + 10k
        QCOMPARE(s.pipeline, 240000.0);  // 200k + 40k
        QCOMPARE(s.investment, 40000.0); // 20k + 20k
        QVERIFY(s.roi.has_value());
        QCOMPARE(*s.roi, 0.5); // (60k influenced - 40k) / 40k
        QCOMPARE(s.meanPotential, 60.0);
        QCOMPARE(s.meanReadiness, 65.0);
        QCOMPARE(s.quadrantMix[size_t(Quadrant::Invest)], 1);
        QCOMPARE(s.quadrantMix[size_t(Quadrant::Maintain)], 1);
        QCOMPARE(s.icpsReached, 1); // only partner 1 -> Retail at 5 is strong enough
        QCOMPARE(s.dominantModel, std::optional<PartnerModel>(PartnerModel::Reseller));

        const SegmentStats rest = segmentStats(d, scores, {QString(), QString(), {3, 4}});
        QVERIFY(!rest.roi.has_value()); // no investment
        QCOMPARE(rest.icpsReached, 1);
        QCOMPARE(rest.dominantModel, std::optional<PartnerModel>(PartnerModel::Isv));
    }

    void motionPerModel() {
        QStringList seen;
        for (PartnerModel m : enumValues<PartnerModel>()) {
            const QString motion = recommendedMotion(m);
            QVERIFY2(motion.size() > 40, qPrintable(toKey(m)));
            QVERIFY(!seen.contains(motion));
            seen << motion;
        }
        QVERIFY(recommendedMotion(PartnerModel::Isv).contains(QStringLiteral("marketplace")));
        QVERIFY(recommendedMotion(PartnerModel::Reseller).contains(QStringLiteral("rebates")));
        QVERIFY(!recommendedMotion(std::nullopt).isEmpty());
    }

    void demoSegmentsCoverEveryPartner() {
        const PortfolioData d = demoPortfolio();
        const auto scores = scorePortfolio(d);
        for (SegmentBy by :
             {SegmentBy::Model, SegmentBy::Tier, SegmentBy::Status, SegmentBy::Quadrant}) {
            size_t total = 0;
            for (const Segment &s : segmentPartners(d, scores, by))
                total += s.partnerIds.size();
            QCOMPARE(total, d.partners.size());
        }
        QCOMPARE(enumFromKey<SegmentBy>(QStringLiteral("icp")), SegmentBy::Icp);
        QCOMPARE(toKey(SegmentBy::Cluster), QStringLiteral("cluster"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
