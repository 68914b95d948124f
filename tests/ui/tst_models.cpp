// SPDX-License-Identifier: GPL-3.0-or-later
// The item models in ui/models: consistency under edits, undo, redo and reset; display roles;
// filtering and sorting; editing through the undo stack.
#include "ui/document/document.h"
#include "ui/models/icptablemodel.h"
#include "ui/models/linktablemodel.h"
#include "ui/models/oemdealmodel.h"
#include "ui/models/partnerfiltermodel.h"
#include "ui/models/partnertablemodel.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

/// Contoso (distributor) with Fabrikam buying through it; Northwind unclassified with notes;
/// Tailspin (OEM) with one deal. Two ICPs with four links.
PortfolioData samplePortfolio() {
    PortfolioData d;
    d.info.name = QStringLiteral("Sample");
    Icp manufacturing;
    manufacturing.id = 1;
    manufacturing.name = QStringLiteral("Mid-market manufacturing");
    Icp publicSector;
    publicSector.id = 2;
    publicSector.name = QStringLiteral("Public sector");
    d.icps = {manufacturing, publicSector};

    auto partner = [](Id id, const char *name, std::optional<PartnerModel> model,
                      PartnerStatus status, double pipeline) {
        Partner p;
        p.id = id;
        p.name = QString::fromLatin1(name);
        p.model = model;
        p.status = status;
        p.economics.pipeline = pipeline;
        return p;
    };
    d.partners = {partner(1, "Contoso", PartnerModel::Distributor, PartnerStatus::Active, 900),
                  partner(2, "Fabrikam", PartnerModel::Reseller, PartnerStatus::Prospect, 10000),
                  partner(3, "Northwind", std::nullopt, PartnerStatus::Onboarding, 50),
                  partner(4, "Tailspin", PartnerModel::Oem, PartnerStatus::Active, 2500000)};
    d.partners[1].upstreamId = 1;
    d.partners[1].regions = QStringList{QStringLiteral("EMEA"), QStringLiteral("DACH")};
    d.partners[2].notes = QStringLiteral("Met at the Hannover fair");
    d.partners[3].website = QStringLiteral("tailspin.example");
    d.partners[3].commercialModel.pricingAgreed = true;

    auto link = [](Id id, Id icp, Id partnerId) {
        InfluenceLink l;
        l.id = id;
        l.icpId = icp;
        l.partnerId = partnerId;
        return l;
    };
    d.links = {link(1, 1, 1), link(2, 1, 2), link(3, 2, 1), link(4, 2, 4)};

    OemDeal deal;
    deal.id = 1;
    deal.partnerId = 4;
    deal.name = QStringLiteral("Tailspin embedded");
    deal.needsOfferFaster = deal.technicalLead = true;
    d.oemDeals = {deal};
    return d;
}

int col(PartnerField f) {
    return int(f);
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Document> doc;
    QUndoStack &stack() const { return *doc->undoStack(); }

private Q_SLOTS:
    void init() {
        doc = std::make_unique<Document>();
        doc->reset(samplePortfolio(), QString(), false);
    }
    void cleanup() { doc.reset(); }

    void modelsStayConsistentThroughEditsUndoRedoAndReset() {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        PartnerTableModel partners(doc.get());
        PartnerFilterModel filtered;
        filtered.setSourceModel(&partners);
        filtered.sort(col(PartnerField::Pipeline));
        IcpTableModel icps(doc.get());
        LinkTableModel ofContoso(doc.get(), LinkTableModel::Side::OfPartner);
        ofContoso.setOwner(1);
        LinkTableModel ofPublicSector(doc.get(), LinkTableModel::Side::OfIcp);
        ofPublicSector.setOwner(2);
        OemDealModel allDeals(doc.get());
        OemDealModel tailspinDeals(doc.get());
        tailspinDeals.setPartnerFilter(4);
        const QList<QAbstractItemModel *> models{
            &partners, &filtered, &icps, &ofContoso, &ofPublicSector, &allDeals, &tailspinDeals};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Mode::QtTest));

        const PortfolioData original = doc->portfolio()->data();
        Partner adatum;
        adatum.name = QStringLiteral("Adatum");
        const Id adatumId = edit::addPartner(*doc, adatum, 0);
        InfluenceLink link;
        link.icpId = 2;
        link.partnerId = adatumId;
        QVERIFY(edit::addLink(*doc, link));
        link.partnerId = 1;
        link.icpId = 2;
        QCOMPARE(edit::addLink(*doc, link), Id(0));
        QVERIFY(edit::setPartnerField(*doc, 1, PartnerField::Name, QStringLiteral("Contoso AG")));
        QVERIFY(edit::setIcpField(*doc, 2, IcpField::Name, QStringLiteral("Government")));
        QVERIFY(edit::setLinkField(*doc, 3, LinkField::Partner, qint64(3))); // leaves Contoso
        QVERIFY(edit::setPartnersField(*doc, {2, 3}, PartnerField::Pipeline, 5));
        OemDeal deal;
        deal.partnerId = 1;
        QVERIFY(edit::addOemDeal(*doc, deal));
        QVERIFY(!edit::duplicatePartners(*doc, {1, 4}).isEmpty());
        QVERIFY(edit::removePartners(*doc, {1, 4}));
        QVERIFY(edit::removeIcps(*doc, {1}));
        QCOMPARE(ofContoso.rowCount(), 0);
        QCOMPARE(tailspinDeals.rowCount(), 0);

        const PortfolioData edited = doc->portfolio()->data();
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(doc->portfolio()->data(), original);
        QCOMPARE(ofContoso.rowCount(), 2);
        QCOMPARE(ofPublicSector.rowCount(), 2);
        QCOMPARE(tailspinDeals.rowCount(), 1);
        while (stack().canRedo())
            stack().redo();
        QCOMPARE(doc->portfolio()->data(), edited);
        QCOMPARE(partners.rowCount(), int(edited.partners.size()));
        QCOMPARE(filtered.rowCount(), int(edited.partners.size()));
        QCOMPARE(icps.rowCount(), int(edited.icps.size()));
        QCOMPARE(allDeals.rowCount(), int(edited.oemDeals.size()));

        doc->reset(samplePortfolio(), QString(), false);
        QCOMPARE(partners.rowCount(), 4);
        QCOMPARE(ofContoso.rowCount(), 2);
        QCOMPARE(allDeals.rowCount(), 1);
    }

    void dataChangedForTheEditedRow() {
        PartnerTableModel model(doc.get());
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(edit::setPartnerField(*doc, 3, PartnerField::Status, QStringLiteral("active")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, col(PartnerField::Status)).data().toString(),
                 label(PartnerStatus::Active));
        spy.clear();
        stack().undo();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.index(2, col(PartnerField::Status)).data().toString(),
                 label(PartnerStatus::Onboarding));
    }

    void renameUpdatesUpstreamColumnOfResellers() {
        PartnerTableModel model(doc.get());
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(edit::setPartnerField(*doc, 1, PartnerField::Name, QStringLiteral("Contoso AG")));
        const QModelIndex fabrikamUpstream = model.index(1, col(PartnerField::Upstream));
        bool reported = false;
        for (const QList<QVariant> &args : spy) {
            const QModelIndex from = args.at(0).toModelIndex(), to = args.at(1).toModelIndex();
            reported |= from.row() <= 1 && to.row() >= 1 &&
                        from.column() <= fabrikamUpstream.column() &&
                        to.column() >= fabrikamUpstream.column();
        }
        QVERIFY(reported);
        QCOMPARE(fabrikamUpstream.data().toString(), QStringLiteral("Contoso AG"));
    }

    void displayAndAttentionRoles() {
        PartnerTableModel model(doc.get());
        const QModelIndex northwindModel = model.index(2, col(PartnerField::Model));
        QCOMPARE(northwindModel.data().toString(), QStringLiteral("Needs classification"));
        QVERIFY(northwindModel.data(NeedsAttentionRole).toBool());
        QCOMPARE(northwindModel.data(KeyRole).toString(), QString());
        QVERIFY(!model.index(0, col(PartnerField::Model)).data(NeedsAttentionRole).toBool());
        QCOMPARE(model.index(0, col(PartnerField::Model)).data().toString(),
                 label(PartnerModel::Distributor));
        QCOMPARE(model.index(0, col(PartnerField::Model)).data(Qt::EditRole).toString(),
                 QStringLiteral("distributor"));
        QCOMPARE(model.index(1, col(PartnerField::Regions)).data().toString(),
                 QStringLiteral("EMEA, DACH"));
        QCOMPARE(model.index(1, col(PartnerField::Upstream)).data().toString(),
                 QStringLiteral("Contoso"));
        QCOMPARE(model.index(1, col(PartnerField::Upstream)).data(Qt::EditRole).toLongLong(), 1);
        const QModelIndex pipeline = model.index(3, col(PartnerField::Pipeline));
        QCOMPARE(pipeline.data().toString(), QLocale().toString(2500000.0, 'f', 0));
        QVERIFY(Qt::Alignment(pipeline.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
        QVERIFY(model.index(0, col(PartnerField::MarketReach)).data().toString().isEmpty());
        // Commercial model: Tailspin agreed pricing, the others have it open.
        const QModelIndex agreed = model.index(3, col(PartnerField::PricingAgreed));
        QCOMPARE(agreed.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!agreed.data(NeedsAttentionRole).toBool());
        QVERIFY(agreed.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(model.index(0, col(PartnerField::PricingAgreed)).data(NeedsAttentionRole).toBool());
        QVERIFY(model.index(0, col(PartnerField::SupportOwner)).data(NeedsAttentionRole).toBool());
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 1);
        QVERIFY(model.index(0, col(PartnerField::Notes)).flags() & Qt::ItemIsEditable);
        QCOMPARE(model.headerData(col(PartnerField::Pipeline), Qt::Horizontal).toString(),
                 fieldTitle(PartnerField::Pipeline));
    }

    void setDataGoesOnTheUndoStack() {
        PartnerTableModel model(doc.get());
        const QModelIndex status = model.index(2, col(PartnerField::Status));
        QVERIFY(model.setData(status, QStringLiteral("dormant")));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Change Status of Northwind"));
        QCOMPARE(status.data(KeyRole).toString(), QStringLiteral("dormant"));
        QVERIFY(!model.setData(status, QStringLiteral("sleeping")));
        QCOMPARE(stack().count(), 1);
        const QModelIndex pricing = model.index(0, col(PartnerField::PricingAgreed));
        QVERIFY(model.setData(pricing, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(doc->portfolio()->find<Partner>(1)->commercialModel.pricingAgreed);
        QCOMPARE(stack().count(), 2);
        stack().undo();
        stack().undo();
        QCOMPARE(status.data(KeyRole).toString(), QStringLiteral("onboarding"));
        QCOMPARE(pricing.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void filterByTextModelAndStatus() {
        PartnerTableModel source(doc.get());
        PartnerFilterModel filter;
        filter.setSourceModel(&source);
        auto names = [&] {
            QStringList list;
            for (int row = 0; row < filter.rowCount(); ++row)
                list << filter.index(row, 0).data().toString();
            return list;
        };
        filter.setText(QStringLiteral("hannover")); // notes, any case
        QCOMPARE(names(), QStringList{QStringLiteral("Northwind")});
        filter.setText(QStringLiteral("dach")); // regions
        QCOMPARE(names(), QStringList{QStringLiteral("Fabrikam")});
        filter.setText(QStringLiteral("TAILSPIN.EX")); // website
        QCOMPARE(names(), QStringList{QStringLiteral("Tailspin")});
        filter.setText(QString());
        filter.setModelKey(QStringLiteral("-"));
        QCOMPARE(names(), QStringList{QStringLiteral("Northwind")});
        filter.setModelKey(QStringLiteral("oem"));
        QCOMPARE(names(), QStringList{QStringLiteral("Tailspin")});
        filter.setModelKey(QString());
        filter.setStatusKey(QStringLiteral("active"));
        QCOMPARE(names(), (QStringList{QStringLiteral("Contoso"), QStringLiteral("Tailspin")}));
        // The filter follows edits.
        QVERIFY(edit::setPartnerField(*doc, 3, PartnerField::Status, QStringLiteral("active")));
        QCOMPARE(filter.rowCount(), 3);
    }

    void sortsNumbersNumerically() {
        PartnerTableModel source(doc.get());
        PartnerFilterModel filter;
        filter.setSourceModel(&source);
        filter.sort(col(PartnerField::Pipeline), Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < filter.rowCount(); ++row)
            order << filter.index(row, 0).data().toString();
        // As text "10,000" would sort before "50" and "900".
        QCOMPARE(order, (QStringList{QStringLiteral("Northwind"), QStringLiteral("Contoso"),
                                     QStringLiteral("Fabrikam"), QStringLiteral("Tailspin")}));
        // Statuses sort by lifecycle, not alphabetically.
        filter.sort(col(PartnerField::Status), Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Fabrikam"));  // prospect
        QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("Northwind")); // onboarding
    }

    void icpModelCountsLinks() {
        IcpTableModel model(doc.get());
        const QModelIndex count = model.index(0, model.linkCountColumn());
        QCOMPARE(count.data(Qt::EditRole).toInt(), 2);
        QVERIFY(!(count.flags() & Qt::ItemIsEditable));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(edit::removeLinks(*doc, {1, 2}));
        QVERIFY(!spy.isEmpty());
        QCOMPARE(count.data(Qt::EditRole).toInt(), 0);
        QVERIFY(count.data(NeedsAttentionRole).toBool()); // a coverage gap
        QVERIFY(model.setData(model.index(1, int(IcpField::Regions)), QStringLiteral("EU; UK")));
        QCOMPARE(model.index(1, int(IcpField::Regions)).data().toString(),
                 QStringLiteral("EU, UK"));
        QCOMPARE(stack().count(), 2);
    }

    void linkModelFollowsLinksAndNames() {
        LinkTableModel model(doc.get(), LinkTableModel::Side::OfIcp);
        model.setOwner(1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LinkTableModel::CounterpartColumn).data().toString(),
                 QStringLiteral("Contoso"));
        InfluenceLink link;
        link.icpId = 1;
        link.partnerId = 3;
        const Id id = edit::addLink(*doc, link);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.linkIdAt(2), id);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            edit::setPartnerField(*doc, 3, PartnerField::Name, QStringLiteral("Northwind Ltd")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Northwind Ltd"));
        // Editing through the model goes on the stack; moving the link away removes its row.
        QVERIFY(model.setData(model.index(2, LinkTableModel::StrengthColumn), 5));
        QCOMPARE(doc->portfolio()->find<InfluenceLink>(id)->strength, 5);
        QVERIFY(edit::setLinkField(*doc, id, LinkField::Icp, qint64(2)));
        QCOMPARE(model.rowCount(), 2);
        stack().undo();
        QCOMPARE(model.rowCount(), 3);
        model.setOwner(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void oemDealModel() {
        OemDealModel model(doc.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tailspin"));
        const QModelIndex conditions = model.index(0, model.conditionsColumn());
        QCOMPARE(conditions.data(Qt::EditRole).toInt(), 2);
        QVERIFY(conditions.data(NeedsAttentionRole).toBool());
        const QModelIndex margin =
            model.index(0, OemDealModel::columnOf(OemDealField::DefendableMargin));
        QCOMPARE(margin.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(margin, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(conditions.data(Qt::EditRole).toInt(), 3);
        QVERIFY(!conditions.data(NeedsAttentionRole).toBool());
        QCOMPARE(stack().count(), 1);
        model.setPartnerFilter(1);
        QCOMPARE(model.rowCount(), 0);
        OemDeal deal;
        deal.partnerId = 1;
        QVERIFY(edit::addOemDeal(*doc, deal));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
