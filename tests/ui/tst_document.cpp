// SPDX-License-Identifier: GPL-3.0-or-later
// The document: modified flag and its signal, untitled names, save and open through storage.
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/undo/edits.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

PortfolioData samplePortfolio() {
    PortfolioData d;
    d.info.name = QStringLiteral("Nordics plan");
    d.info.organization = QStringLiteral("Lumora");
    Icp icp;
    icp.id = 1;
    icp.name = QStringLiteral("Utilities");
    icp.regions = QStringList{QStringLiteral("Nordics")};
    d.icps = {icp};
    Partner partner;
    partner.id = 1;
    partner.name = QStringLiteral("Contoso");
    partner.model = PartnerModel::SystemsIntegrator;
    partner.economics.pipeline = 120000;
    partner.enrolledOn = QDate(2023, 9, 1);
    Partner reseller;
    reseller.id = 2;
    reseller.name = QStringLiteral("Fabrikam");
    reseller.upstreamId = 1;
    d.partners = {partner, reseller};
    InfluenceLink link;
    link.id = 1;
    link.icpId = 1;
    link.partnerId = 1;
    link.strength = 4;
    d.links = {link};
    // As every opened file has one (PortfolioFile::load), so a round trip compares equal.
    ensureScenario(d);
    return d;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newDocumentIsUntitledAndClean() {
        Document doc;
        QVERIFY(doc.isUntitled());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QString error;
        QVERIFY(!doc.save(&error)); // nowhere to save yet
        QVERIFY(!error.isEmpty());
    }

    void untitledShowsPortfolioName() {
        Document doc;
        doc.reset(samplePortfolio(), QString(), false);
        QCOMPARE(doc.displayName(), QStringLiteral("Nordics plan"));
    }

    void modifiedFollowsUndoStack() {
        Document doc;
        doc.reset(samplePortfolio(), QString(), false);
        QSignalSpy spy(&doc, &Document::modifiedChanged);
        QVERIFY(edit::setPartnerField(doc, 1, PartnerField::Notes, QStringLiteral("call Q3")));
        QVERIFY(doc.isModified());
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.last().at(0).toBool());
        // A second edit does not flip the flag again.
        QVERIFY(edit::setPartnerField(doc, 1, PartnerField::Notes, QStringLiteral("call Q4")));
        QCOMPARE(spy.count(), 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(spy.count(), 2);
        QVERIFY(!spy.last().at(0).toBool());
    }

    void resetWithModifiedStaysModifiedUntilSaved() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document doc;
        QSignalSpy spy(&doc, &Document::modifiedChanged);
        doc.reset(samplePortfolio(), QString(), true); // e.g. the demo
        QVERIFY(doc.isModified());
        QCOMPARE(spy.count(), 1);
        // Editing and undoing back to the start does not make unsaved content look saved.
        QVERIFY(edit::setInfoField(doc, InfoField::FiscalYear, 2026));
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        QCOMPARE(spy.count(), 1);
        QString error;
        const QString path = dir.filePath(QStringLiteral("demo.partnerscope"));
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(spy.count(), 2);
        QVERIFY(!spy.last().at(0).toBool());
        // Undo history survives a save; undoing past the save point is a modification.
        QVERIFY(doc.undoStack()->canRedo());
        doc.undoStack()->redo();
        QVERIFY(doc.isModified());
    }

    void saveAndOpenRoundTrip() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.partnerscope"));
        Document doc;
        doc.reset(samplePortfolio(), QString(), false);
        QVERIFY(edit::setPartnerField(doc, 2, PartnerField::Status, QStringLiteral("active")));
        QSignalSpy pathSpy(&doc, &Document::filePathChanged);
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QCOMPARE(pathSpy.count(), 1);
        QCOMPARE(doc.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(doc.displayName(), QStringLiteral("plan.partnerscope"));
        QVERIFY(!doc.isModified());
        QVERIFY(QFile::exists(path));

        // Save (not Save As) writes the latest edit to the same file.
        QVERIFY(edit::setPartnerField(doc, 1, PartnerField::Tier, QStringLiteral("gold")));
        QVERIFY(doc.isModified());
        QVERIFY2(doc.save(&error), qPrintable(error));
        QVERIFY(!doc.isModified());

        Document reopened;
        QSignalSpy reopenedPath(&reopened, &Document::filePathChanged);
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(reopened.portfolio()->data(), doc.portfolio()->data());
        QCOMPARE(reopened.portfolio()->find<Partner>(2)->status, PartnerStatus::Active);
        QCOMPARE(reopened.portfolio()->find<Partner>(1)->tier, PartnerTier::Gold);
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.undoStack()->count(), 0);
        QCOMPARE(reopenedPath.count(), 1);
    }

    void openFailureLeavesContentUntouched() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString garbage = dir.filePath(QStringLiteral("notes.partnerscope"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a portfolio, just some text\n");
        file.close();

        Document doc;
        doc.reset(samplePortfolio(), QString(), false);
        QVERIFY(edit::setInfoField(doc, InfoField::Notes, QStringLiteral("draft")));
        const PortfolioData before = doc.portfolio()->data();
        QSignalSpy pathSpy(&doc, &Document::filePathChanged);
        for (const QString &path :
             {garbage, dir.filePath(QStringLiteral("missing.partnerscope"))}) {
            QString error;
            QVERIFY(!doc.open(path, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(doc.portfolio()->data(), before);
            QVERIFY(doc.isUntitled());
            QVERIFY(doc.isModified());
            QCOMPARE(doc.undoStack()->count(), 1);
        }
        QCOMPARE(pathSpy.count(), 0);
    }

    void saveFailureKeepsModified() {
        Document doc;
        doc.reset(samplePortfolio(), QString(), true);
        QString error;
        QVERIFY(!doc.saveAs(QStringLiteral("/nonexistent-dir/x/plan.partnerscope"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(doc.isModified());
        QVERIFY(doc.isUntitled());
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
