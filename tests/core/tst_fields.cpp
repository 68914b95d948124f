// SPDX-License-Identifier: GPL-3.0-or-later
// Field access: what the table, the detail panel and the importers accept and reject.
#include "core/domain/fields.h"

#include <QTest>

using namespace ps;

class TestFields : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partnerFieldAcceptsAndRejects_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("stored");

        auto row = [](const char *name, PartnerField f, QVariant v, bool ok, QVariant stored) {
            QTest::newRow(name) << int(f) << v << ok << stored;
        };
        row("name", PartnerField::Name, QStringLiteral("  Nordlicht GmbH "), true,
            QStringLiteral("Nordlicht GmbH"));
        row("empty name", PartnerField::Name, QStringLiteral("   "), false, {});
        row("model key", PartnerField::Model, QStringLiteral("var"), true, QStringLiteral("var"));
        row("no model", PartnerField::Model, QString(), true, QString());
        row("unknown model", PartnerField::Model, QStringLiteral("wizard"), false, {});
        row("status", PartnerField::Status, QStringLiteral("dormant"), true,
            QStringLiteral("dormant"));
        row("tier none", PartnerField::Tier, QString(), true, QString());
        row("regions text", PartnerField::Regions, QStringLiteral("EMEA; DACH, EMEA"), true,
            QStringList{QStringLiteral("EMEA"), QStringLiteral("DACH")});
        row("rating", PartnerField::Capability, 4, true, 4);
        row("rating cleared", PartnerField::Capability, QVariant(), true, QVariant());
        row("rating too high", PartnerField::Capability, 6, false, {});
        row("rating zero", PartnerField::MarketReach, 0, false, {});
        row("money", PartnerField::Pipeline, 125000.5, true, 125000.5);
        row("negative money", PartnerField::Pipeline, -1, false, {});
        row("money text", PartnerField::SourcedRevenue, QStringLiteral("abc"), false, {});
        row("fractional deals", PartnerField::DealsWon, 2.5, false, {});
        row("iso date", PartnerField::EnrolledOn, QStringLiteral("2025-03-01"), true,
            QDate(2025, 3, 1));
        row("bad date", PartnerField::EnrolledOn, QStringLiteral("31/02/2025"), false, {});
        row("owner", PartnerField::RenewalOwner, QStringLiteral("partner"), true,
            QStringLiteral("partner"));
        row("decision", PartnerField::Decision, QStringLiteral("develop"), true,
            QStringLiteral("develop"));
        row("self upstream", PartnerField::Upstream, qint64(7), false, {});
    }

    void partnerFieldAcceptsAndRejects() {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QVariant, stored);
        Partner p;
        p.id = 7;
        p.name = QStringLiteral("Original");
        p.ratings.capability = 2;
        p.economics.pipeline = 10;
        const Partner before = p;
        QCOMPARE(setFieldValue(p, PartnerField(field), value), accepted);
        if (accepted) {
            QCOMPARE(fieldValue(p, PartnerField(field)), stored);
        } else {
            QVERIFY(p == before);
        }
    }

    void everyFieldHasATitleAndRoundTrips() {
        Partner p;
        p.id = 1;
        p.name = QStringLiteral("X");
        for (int f = 0; f < int(PartnerField::Count_); ++f) {
            QVERIFY2(!fieldTitle(PartnerField(f)).isEmpty(), qPrintable(QString::number(f)));
            Partner copy = p;
            QVERIFY2(setFieldValue(copy, PartnerField(f), fieldValue(p, PartnerField(f))),
                     qPrintable(fieldTitle(PartnerField(f))));
            QVERIFY(copy == p);
        }
        for (int f = 0; f < int(IcpField::Count_); ++f)
            QVERIFY(!fieldTitle(IcpField(f)).isEmpty());
        for (int f = 0; f < int(OemDealField::Count_); ++f)
            QVERIFY(!fieldTitle(OemDealField(f)).isEmpty());
    }

    void linkStrengthIsZeroToFive() {
        InfluenceLink l;
        QVERIFY(setFieldValue(l, LinkField::Strength, 0));
        QVERIFY(setFieldValue(l, LinkField::Strength, 5));
        QVERIFY(!setFieldValue(l, LinkField::Strength, 6));
        QCOMPARE(l.strength, 5);
        QVERIFY(setFieldValue(l, LinkField::Role, QStringLiteral("embeds")));
        QCOMPARE(l.role, LinkRole::Embeds);
    }

    void currencyIsAnIsoCode() {
        PortfolioInfo info;
        QVERIFY(setFieldValue(info, InfoField::Currency, QStringLiteral("eur")));
        QCOMPARE(info.currency, QStringLiteral("EUR"));
        QVERIFY(!setFieldValue(info, InfoField::Currency, QStringLiteral("Euro")));
        QVERIFY(!setFieldValue(info, InfoField::FiscalYear, 1200));
    }

    void enumKeysAreStableText() {
        QCOMPARE(enumKeys<PartnerModel>().size(), 10);
        QCOMPARE(toKey(PartnerModel::Isv), QStringLiteral("isv"));
        QCOMPARE(toKey(PartnerModel::Oem), QStringLiteral("oem"));
        QCOMPARE(enumFromKey<PartnerModel>(QStringLiteral("reseller")), PartnerModel::Reseller);
        QVERIFY(!enumFromKey<PartnerStatus>(QStringLiteral("Active")));
        QVERIFY(exitDifficulty(OemStructure::CertifiedComponent) <
                exitDifficulty(OemStructure::StrategicTier));
    }
};

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"
