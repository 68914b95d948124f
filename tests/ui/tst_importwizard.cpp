// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard as a user drives it, offscreen: a Salesforce account export with a duplicate
// of a demo partner, a duplicate within the file, an unknown Type value and an invalid row.
#include "core/demo/demoportfolio.h"
#include "ui/document/document.h"
#include "ui/import/importduplicatespage.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importmappingpage.h"
#include "ui/import/importrulespage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importvalidationpage.h"
#include "ui/import/importvaluespage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/partnerfiltermodel.h"
#include "ui/models/partnertablemodel.h"
#include "ui/models/roles.h"
#include "ui/partners/partnerspage.h"
#include "ui/undo/edits.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace ps;

namespace {

const char kExistingName[] = "Ledger & Lane Retail Systems";

/// A Salesforce "Accounts" report exported as CSV the way Salesforce writes it: UTF-8 with a
/// BOM, CRLF line ends, every field quoted, a Description with a line break, names in several
/// scripts and revenue with thousand separators. Lines (physical): 1 header, 2 Nordlicht (its
/// Description spans lines 2-3), 4 Sakura, 5 Ledger & Lane (duplicate of a demo partner by
/// domain), 6 Cedar Grove (unknown Type), 7 Nordlicht again (duplicate within the file), 8 Horizon
/// (Arabic name), 9 Quokka (unknown Type, left unclassified), 10 Bad Numbers (invalid revenue).
QByteArray salesforceExport() {
    const char *lines[] = {
        "\"Account ID\",\"Account Name\",\"Type\",\"Industry\",\"Annual "
        "Revenue\",\"Employees\",\"Billing City\",\"Billing State/Province\",\"Billing "
        "Country\",\"Website\",\"Account Owner\",\"Description\"",
        "\"0015g00000NrdLc1\",\"Nordlicht Systemhaus GmbH\",\"Channel Partner / "
        "Reseller\",\"Healthcare\",\"12,500,000\",\"85\",\"Hamburg\",\"HH\",\"Germany\",\"https://"
        "www.nordlicht-systemhaus.de\",\"Anna Schmidt\",\"Reseller for clinics in DACH,",
        "strong in hospital IT\"",
        "\"0015g00000SkrTg2\",\"株式会社サクラ統合\",\"Installation "
        "Partner\",\"Manufacturing\",\"340,000,000\",\"1,200\",\"Osaka\",\"\",\"Japan\",\"sakura-"
        "togo.co.jp\",\"Aiko Tanaka\",\"Integrates handheld fleets for factories\"",
        "\"0015g00000LdgLn3\",\"Ledger and Lane\",\"Channel Partner / "
        "Reseller\",\"Retail\",\"\",\"\",\"London\",\"\",\"United "
        "Kingdom\",\"http://www.ledgerlane.example/\",\"Jonas Weber\",\"\"",
        "\"0015g00000CdrGr4\",\"Cedar Grove Marketplace\",\"Marketplace "
        "Listing\",\"Retail\",\"\",\"\",\"Portland\",\"OR\",\"United "
        "States\",\"cedargrove-market.example\",\"Marco Ruiz\",\"Lists our apps in their "
        "marketplace\"",
        "\"0015g00000NrdLc5\",\"Nordlicht Systemhaus\",\"Channel Partner / "
        "Reseller\",\"Healthcare\",\"\",\"\",\"Hamburg\",\"\",\"Germany\",\"nordlicht-systemhaus."
        "de\",\"Anna Schmidt\",\"Second record from the merged CRM\"",
        "\"0015g00000HrznT6\",\"شركة الأفق للتقنية\",\"Technology "
        "Partner\",\"Logistics\",\"8,750,000\",\"140\",\"Dubai\",\"\",\"United Arab "
        "Emirates\",\"https://horizon-tech.example\",\"Marco Ruiz\",\"\"",
        "\"0015g00000QkkAd7\",\"Quokka Advisory Pty Ltd\",\"Advisory Board\",\"Public "
        "sector\",\"\",\"12\",\"Sydney\",\"NSW\",\"Australia\",\"quokka-advisory.example\",\"Aiko "
        "Tanaka\",\"\"",
        "\"0015g00000BdNmb8\",\"Bad Numbers Ltd\",\"Channel Partner / "
        "Reseller\",\"Retail\",\"n/a\",\"\",\"Leeds\",\"\",\"United "
        "Kingdom\",\"badnumbers.example\",\"Jonas Weber\",\"\"",
    };
    QByteArray bytes("\xEF\xBB\xBF");
    for (const char *line : lines)
        bytes += QByteArray(line) + "\r\n";
    return bytes;
}

const Partner *partnerNamed(const Portfolio &portfolio, const QString &name) {
    for (const Partner &p : portfolio.partners()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

/// Row of `table` whose column 0 is `text`, or -1.
int rowWithText(const QTableWidget *table, const QString &text, int column = 0) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    }
    return -1;
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void endToEndMergeSkipAndUndo();
    void invalidRowBlocksImportUntilSkipped();
    void fixingTheMappingClearsInvalidRows();
    void cancelChangesNothing();
    void importsInfluenceLinks();
    void bigFileIsOneUndoStep();
    void unreadableFileIsReported();
    void droppedCsvOpensTheWizard();
    void dealsWithTheirPartnersAndAReimport();
    void activitiesAskForTheDayMonthOrder();
    void ambiguousDatesAreAskedWithExamples();
    void aDecidingRowIsShown();
    void mnemonicLabelsHaveABuddy();

private:
    /// Drives `wizard` from the file page to the page `id`.
    void advanceTo(ImportWizard &wizard, int id);
    template <typename T> T *child(QWidget *parent, const QString &name) {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    QTemporaryDir m_dir;
    QString m_csvPath;
    std::unique_ptr<Document> m_doc;
    PortfolioData m_before;
};

void TestImportWizard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_csvPath = m_dir.filePath(QStringLiteral("Salesforce Accounts.csv"));
    QFile file(m_csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(salesforceExport());
}

void TestImportWizard::init() {
    PortfolioData data = demoPortfolio();
    // The existing partner the file duplicates has no industries yet: a merge fills them.
    for (Partner &p : data.partners) {
        if (p.name == QLatin1String(kExistingName))
            p.industries.clear();
    }
    m_doc = std::make_unique<Document>();
    m_doc->reset(data, QString(), false);
    m_before = m_doc->portfolio()->data();
}

void TestImportWizard::advanceTo(ImportWizard &wizard, int id) {
    for (int guard = 0; guard < 8 && wizard.currentId() != id; ++guard) {
        const int from = wizard.currentId();
        wizard.next();
        QVERIFY2(wizard.currentId() != from,
                 qPrintable(QStringLiteral("stuck on page %1").arg(from)));
    }
    QCOMPARE(wizard.currentId(), id);
}

void TestImportWizard::endToEndMergeSkipAndUndo() {
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(m_csvPath);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // 1. File: detection shown, preview of the first rows, names kept exactly.
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    auto *encoding = child<QComboBox>(&wizard, QStringLiteral("encodingCombo"));
    QVERIFY(encoding->currentText().contains(QLatin1String("BOM")));
    auto *delimiter = child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"));
    QVERIFY(delimiter->currentText().contains(tr("Comma")));
    auto *preview = child<QTableWidget>(&wizard, QStringLiteral("previewTable"));
    QCOMPARE(preview->columnCount(), 12);
    QCOMPARE(preview->rowCount(), 8);
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("株式会社サクラ統合"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // 2. Columns: the Salesforce preset is detected and the name column matched.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *preset = child<QComboBox>(&wizard, QStringLiteral("presetCombo"));
    QVERIFY2(preset->currentText().contains(import::label(import::Preset::Salesforce)),
             qPrintable(preset->currentText()));
    auto *nameTarget = child<QComboBox>(&wizard, QStringLiteral("target1"));
    QCOMPARE(nameTarget->currentText(), fieldTitle(PartnerField::Name));
    auto *typeTarget = child<QComboBox>(&wizard, QStringLiteral("target2"));
    QCOMPARE(typeTarget->currentText(), fieldTitle(PartnerField::Model));

    // 3. Type values: the unknown ones are highlighted; map one, leave the other unknown.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValuesPageId));
    auto *values = child<QTableWidget>(&wizard, QStringLiteral("valuesTable"));
    const int marketplace = rowWithText(values, QStringLiteral("Marketplace Listing"));
    const int advisory = rowWithText(values, QStringLiteral("Advisory Board"));
    const int reseller = rowWithText(values, QStringLiteral("Channel Partner / Reseller"));
    QVERIFY(marketplace >= 0 && advisory >= 0 && reseller >= 0);
    QVERIFY(values->item(marketplace, 0)->background().style() != Qt::NoBrush);
    QVERIFY(values->item(reseller, 0)->background().style() == Qt::NoBrush);
    QCOMPARE(values->item(reseller, 1)->text(), QStringLiteral("4"));
    auto *resellerCombo = qobject_cast<QComboBox *>(values->cellWidget(reseller, 2));
    QCOMPARE(resellerCombo->currentText(), label(PartnerModel::Reseller));
    auto *marketplaceCombo = qobject_cast<QComboBox *>(values->cellWidget(marketplace, 2));
    QCOMPARE(marketplaceCombo->currentText(), tr("Needs classification"));
    marketplaceCombo->setCurrentIndex(marketplaceCombo->findData(toKey(PartnerModel::Affiliate)));

    // 4. Duplicates: the demo partner (by domain) and the second Nordlicht (within the file).
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPageId));
    auto *duplicates = child<QTableWidget>(&wizard, QStringLiteral("duplicatesTable"));
    QCOMPARE(duplicates->rowCount(), 2);
    const int ledgerRow = rowWithText(duplicates, QStringLiteral("5"));
    QVERIFY(ledgerRow >= 0);
    QCOMPARE(duplicates->item(ledgerRow, 2)->text(), QString::fromUtf8(kExistingName));
    QVERIFY(rowWithText(duplicates, QStringLiteral("7")) >= 0);
    // Merge all, then skip the in-file duplicate again: per-row choices after "for all".
    child<QAbstractButton>(&wizard,
                           QStringLiteral("all%1").arg(int(import::DuplicateAction::Merge)))
        ->click();
    auto *ledgerAction = child<QComboBox>(&wizard, QStringLiteral("action5"));
    QCOMPARE(ledgerAction->currentData().toInt(), int(import::DuplicateAction::Merge));
    auto *nordlichtAction = child<QComboBox>(&wizard, QStringLiteral("action7"));
    nordlichtAction->setCurrentIndex(nordlichtAction->findData(int(import::DuplicateAction::Skip)));

    // 5. Check: the invalid revenue blocks Import until skipped.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    auto *issues = child<QTableWidget>(&wizard, QStringLiteral("issuesTable"));
    const int badLine = rowWithText(issues, QStringLiteral("10"));
    QVERIFY(badLine >= 0);
    QCOMPARE(issues->item(badLine, 1)->text(), QStringLiteral("Annual Revenue"));
    QVERIFY(issues->item(badLine, 2)->text().contains(QLatin1String("n/a")));
    QAbstractButton *importButton = wizard.button(QWizard::CommitButton);
    QVERIFY(importButton->isVisible());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(m_doc->portfolio()->data().partners == m_before.partners); // nothing written yet
    auto *skip = child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"));
    skip->setChecked(true);
    QVERIFY(importButton->isEnabled());

    // 6. Import: one undo step and a summary.
    const int stepsBefore = m_doc->undoStack()->count();
    importButton->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    auto *summary = child<QLabel>(&wizard, QStringLiteral("resultSummary"));
    QVERIFY2(summary->text().contains(tr("Changed: 1")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(tr("Skipped as duplicates: 1")));
    QVERIFY(summary->text().contains(tr("Skipped as invalid: 1")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(m_doc->undoStack()->count(), stepsBefore + 1);

    const Portfolio &portfolio = *m_doc->portfolio();
    // Nordlicht, Sakura, Cedar Grove, Horizon and Quokka are new; Ledger merged; Bad Numbers out.
    QCOMPARE(portfolio.partners().size(), m_before.partners.size() + 5);
    const Partner *nordlicht = partnerNamed(portfolio, QStringLiteral("Nordlicht Systemhaus GmbH"));
    QVERIFY(nordlicht);
    QCOMPARE(nordlicht->model, std::optional<PartnerModel>(PartnerModel::Reseller));
    QVERIFY(nordlicht->notes.contains(QLatin1String("strong in hospital IT")));
    QVERIFY(!partnerNamed(portfolio, QStringLiteral("Nordlicht Systemhaus")));
    QVERIFY(!partnerNamed(portfolio, QStringLiteral("Bad Numbers Ltd")));
    const Partner *sakura = partnerNamed(portfolio, QStringLiteral("株式会社サクラ統合"));
    QVERIFY(sakura);
    QCOMPARE(sakura->model, std::optional<PartnerModel>(PartnerModel::SystemsIntegrator));
    const Partner *horizon = partnerNamed(portfolio, QStringLiteral("شركة الأفق للتقنية"));
    QVERIFY(horizon);
    QCOMPARE(horizon->model, std::optional<PartnerModel>(PartnerModel::Isv));
    const Partner *cedar = partnerNamed(portfolio, QStringLiteral("Cedar Grove Marketplace"));
    QVERIFY(cedar);
    QCOMPARE(cedar->model, std::optional<PartnerModel>(PartnerModel::Affiliate));
    // The merge kept the existing name and filled the empty industries.
    const Partner *ledger = partnerNamed(portfolio, QString::fromUtf8(kExistingName));
    QVERIFY(ledger);
    QVERIFY(!partnerNamed(portfolio, QStringLiteral("Ledger and Lane")));
    QCOMPARE(ledger->industries, QStringList{QStringLiteral("Retail")});

    // The partner left unknown needs classification, and the partner table says so.
    const Partner *quokka = partnerNamed(portfolio, QStringLiteral("Quokka Advisory Pty Ltd"));
    QVERIFY(quokka);
    QVERIFY(!quokka->model.has_value());
    PartnersPage page(m_doc.get());
    PartnerTableModel &model = *page.tableModel();
    const QModelIndex cell = model.index(model.rowOf(quokka->id), int(PartnerField::Model));
    QCOMPARE(cell.data().toString(), tr("Needs classification"));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(tr("Needs classification")));
    QVERIFY(cell.data(NeedsAttentionRole).toBool());
    const QModelIndex classified = model.index(model.rowOf(cedar->id), int(PartnerField::Model));
    QVERIFY(classified.data(Qt::DecorationRole).isNull());
    PartnerFilterModel filter;
    filter.setSourceModel(&model);
    filter.setModelKey(QStringLiteral("-"));
    QStringList flagged;
    for (int r = 0; r < filter.rowCount(); ++r)
        flagged << filter.index(r, int(PartnerField::Name)).data().toString();
    QVERIFY(flagged.contains(QStringLiteral("Quokka Advisory Pty Ltd")));
    QVERIFY(!flagged.contains(QStringLiteral("Cedar Grove Marketplace")));

    // Undo takes the whole import back in one step; redo brings it again.
    m_doc->undoStack()->undo();
    QVERIFY(portfolio.data().partners == m_before.partners);
    QVERIFY(portfolio.data().links == m_before.links);
    m_doc->undoStack()->redo();
    QCOMPARE(portfolio.partners().size(), m_before.partners.size() + 5);
}

void TestImportWizard::invalidRowBlocksImportUntilSkipped() {
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(m_csvPath);
    wizard.show();
    advanceTo(wizard, ImportWizard::ValidationPageId);
    QAbstractButton *importButton = wizard.button(QWizard::CommitButton);
    QVERIFY(!importButton->isEnabled());
    auto *verdict = child<QLabel>(&wizard, QStringLiteral("verdict"));
    QVERIFY(verdict->text().contains(QLatin1String("1")));
    auto *skip = child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"));
    QVERIFY(skip->isVisible());
    skip->setChecked(true);
    QVERIFY(importButton->isEnabled());
    skip->setChecked(false);
    QVERIFY(!importButton->isEnabled());
    wizard.reject();
    QVERIFY(m_doc->portfolio()->data().partners == m_before.partners);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestImportWizard::fixingTheMappingClearsInvalidRows() {
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(m_csvPath);
    wizard.show();
    advanceTo(wizard, ImportWizard::ValidationPageId);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    // Back to the columns: Annual Revenue is not imported after all.
    while (wizard.currentId() != ImportWizard::MappingPageId)
        wizard.back();
    auto *revenue = child<QComboBox>(&wizard, QStringLiteral("target4"));
    revenue->setCurrentIndex(revenue->findData(QStringLiteral("ignore")));
    advanceTo(wizard, ImportWizard::ValidationPageId);
    QVERIFY(!child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"))->isVisible());
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    // Default actions skip both duplicates: six new partners, Bad Numbers Ltd among them.
    QCOMPARE(m_doc->portfolio()->partners().size(), m_before.partners.size() + 6);
    QVERIFY(partnerNamed(*m_doc->portfolio(), QStringLiteral("Bad Numbers Ltd")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestImportWizard::cancelChangesNothing() {
    {
        ImportWizard wizard(m_doc.get());
        wizard.setFilePath(m_csvPath);
        wizard.show();
        advanceTo(wizard, ImportWizard::DuplicatesPageId);
        child<QAbstractButton>(&wizard,
                               QStringLiteral("all%1").arg(int(import::DuplicateAction::Merge)))
            ->click();
        wizard.next();
        child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"))->setChecked(true);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.button(QWizard::CancelButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }
    QVERIFY(m_doc->portfolio()->data().partners == m_before.partners);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestImportWizard::importsInfluenceLinks() {
    // The demo's coverage gap gets a partner: one link by name, the same pair again by website.
    const Portfolio &portfolio = *m_doc->portfolio();
    const Icp *gap = nullptr;
    for (const Icp &icp : portfolio.icps()) {
        if (icp.name.startsWith(QLatin1String("Hospitality")))
            gap = &icp;
    }
    QVERIFY(gap);
    const Partner *partner = nullptr; // the first one with a website not linked to the gap
    for (const Partner &p : portfolio.partners()) {
        if (!partner && !p.website.isEmpty() && !portfolio.findLink(gap->id, p.id))
            partner = &p;
    }
    QVERIFY(partner);
    const QString path = m_dir.filePath(QStringLiteral("links.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("ICP;Partner;Strength;Role\n"
                              "%1;%2;4;influences\n"
                              "%1;%3;5;sources\n")
                   .arg(gap->name, partner->name, partner->website)
                   .toUtf8());
    file.close();

    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(path);
    wizard.show();
    auto *kind = child<QComboBox>(&wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(import::Kind::Links)));
    QVERIFY(child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"))
                ->currentText()
                .contains(tr("Semicolon")));
    wizard.next();
    QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("target0"))->currentText(),
             fieldTitle(LinkField::Icp));
    wizard.next(); // no Type values for links
    QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPageId));
    auto *duplicates = child<QTableWidget>(&wizard, QStringLiteral("duplicatesTable"));
    QCOMPARE(duplicates->rowCount(), 1);
    QVERIFY(duplicates->item(0, 1)->text().contains(partner->name));
    wizard.next();
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    const size_t linksBefore = portfolio.links().size();
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(portfolio.links().size(), linksBefore + 1);
    const InfluenceLink *link = portfolio.findLink(gap->id, partner->id);
    QVERIFY(link);
    QCOMPARE(link->strength, 4);
    QCOMPARE(link->role, LinkRole::Influences);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(!portfolio.findLink(gap->id, partner->id));
    QCOMPARE(portfolio.links().size(), linksBefore);
}

void TestImportWizard::bigFileIsOneUndoStep() {
    // 20,000 HubSpot rows go through reading, checking and the import in one step.
    const int rows = 20000;
    QByteArray csv("Record ID,Company name,Company domain name,Industry,Type,Country/Region,"
                   "Number of employees,Annual revenue,Company owner\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1,Reseller %1 GmbH,reseller-%1.example,Retail,RESELLER,Germany,"
                              "%2,\"%3\",Anna Schmidt\n")
                   .arg(i + 1000)
                   .arg(10 + i % 500)
                   .arg(QLocale(QLocale::English).toString(250000 + i * 10))
                   .toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("hubspot-big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    QElapsedTimer clock;
    clock.start();
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(path);
    wizard.show();
    advanceTo(wizard, ImportWizard::ValidationPageId);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    const Portfolio &portfolio = *m_doc->portfolio();
    QCOMPARE(portfolio.partners().size(), m_before.partners.size() + size_t(rows));
    QCOMPARE(portfolio.partners().back().model,
             std::optional<PartnerModel>(PartnerModel::Reseller));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    qInfo("%d rows read, checked and imported in %lld ms", rows, clock.elapsed());
    m_doc->undoStack()->undo();
    QVERIFY(portfolio.data().partners == m_before.partners);
}

void TestImportWizard::unreadableFileIsReported() {
    const QString binary = m_dir.filePath(QStringLiteral("export.csv"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Name,Website\n\x00\x01\x02\x03\x00\x00PK\x03\x04", 22));
    file.close();
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(binary);
    wizard.show();
    auto *status = child<QLabel>(&wizard, QStringLiteral("fileStatus"));
    QVERIFY2(status->text().contains(QLatin1String("export.csv")), qPrintable(status->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFilePath(m_dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(status->text().contains(QLatin1String("missing.csv")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::droppedCsvOpensTheWizard() {
    MainWindow window;
    window.prompts().showError = [](MainWindow &, const QString &) {};
    window.showData(demoPortfolio(), QString(), false);
    window.show();
    QVERIFY(window.importAction()->isEnabled());
    QCOMPARE(window.importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    // The wizard is modal: once it runs, look at it and cancel it.
    QString seenPath;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &window, [&] {
        if (auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget())) {
            seenPath = wizard->session().path;
            poll.stop();
            wizard->reject();
        }
    });
    poll.start();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_csvPath)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE(seenPath, m_csvPath);
    // Dropped as an import, not opened as a portfolio: the demo is still shown, unchanged.
    QCOMPARE(window.document()->portfolio()->partners().size(), demoPortfolio().partners.size());
    QVERIFY(window.document()->filePath().isEmpty());
}

namespace {
QString importData(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}
} // namespace

void TestImportWizard::dealsWithTheirPartnersAndAReimport() {
    const auto runWizard = [this](bool expectImport) {
        ImportWizard wizard(m_doc.get());
        wizard.setFilePath(importData("salesforce_opportunities.csv"));
        wizard.show();
        auto *kind = child<QComboBox>(&wizard, QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(import::Kind::Deals)));
        QVERIFY(child<QLineEdit>(&wizard, QStringLiteral("partnersPathEdit"))->isVisible());
        wizard.setPartnersFilePath(importData("salesforce_opportunity_partners.csv"));
        wizard.page(ImportWizard::FilePageId)->initializePage();
        QVERIFY2(child<QLabel>(&wizard, QStringLiteral("partnersStatus"))
                     ->text()
                     .contains(QStringLiteral("6 opportunity-partner rows")),
                 qPrintable(child<QLabel>(&wizard, QStringLiteral("partnersStatus"))->text()));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto *preset = child<QComboBox>(&wizard, QStringLiteral("presetCombo"));
        QVERIFY2(preset->currentText().contains(QStringLiteral("Salesforce opportunities")),
                 qPrintable(preset->currentText()));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("linkedSummary"))->isVisible());
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("target0"))->currentText(),
                 tr("Record id in the CRM"));

        // Stages are recognized and shown, and so is the attribution rule.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RulesPageId));
        auto *stages = child<QTableWidget>(&wizard, QStringLiteral("rulesTable"));
        const int won = rowWithText(stages, QStringLiteral("Closed Won"));
        const int review = rowWithText(stages, QStringLiteral("Negotiation/Review"));
        QVERIFY(won >= 0 && review >= 0);
        QCOMPARE(qobject_cast<QComboBox *>(stages->cellWidget(won, 2))->currentData().toString(),
                 toKey(DealOutcome::Won));
        QCOMPARE(qobject_cast<QComboBox *>(stages->cellWidget(review, 2))->currentData().toString(),
                 toKey(DealOutcome::Open));
        QVERIFY(child<QCheckBox>(&wizard, QStringLiteral("fromLeadSource"))->isChecked());
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("leadSourceWords"))->text(),
                 QStringLiteral("partner"));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("ruleText"))
                    ->text()
                    .contains(QStringLiteral("split equally")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
        auto *summary = child<QLabel>(&wizard, QStringLiteral("importSummary"));
        QAbstractButton *importButton = wizard.button(QWizard::CommitButton);
        if (!expectImport) {
            QVERIFY2(summary->text().contains(QStringLiteral("5 unchanged")),
                     qPrintable(summary->text()));
            QVERIFY(!importButton->isEnabled());
            return;
        }
        QVERIFY2(summary->text().contains(QStringLiteral("New: 5 deals")),
                 qPrintable(summary->text()));
        importButton->click();
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("resultSummary"))
                    ->text()
                    .contains(QStringLiteral("New: 5 deals")));
        wizard.button(QWizard::FinishButton)->click();
    };
    const size_t before = m_doc->portfolio()->deals().size();
    const int steps = m_doc->undoStack()->count();
    runWizard(true);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->portfolio()->deals().size(), before + 5);
    const Deal &first = m_doc->portfolio()->deals()[before];
    QCOMPARE(first.crm.id, QStringLiteral("0065g00000Opp0001"));
    QCOMPARE(first.partners.size(), size_t(2));
    QCOMPARE(first.partners[0].role, Attribution::Sourced);
    // The same exports again: nothing new, nothing to import.
    runWizard(false);
    QCOMPARE(m_doc->portfolio()->deals().size(), before + 5);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->portfolio()->deals().size(), before);
}

void TestImportWizard::activitiesAskForTheDayMonthOrder() {
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(importData("activities_day_first.csv"));
    wizard.show();
    auto *kind = child<QComboBox>(&wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(import::Kind::Activities)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *order = child<QComboBox>(&wizard, QStringLiteral("dateOrderCombo"));
    QVERIFY2(order->currentText().contains(QStringLiteral("does not tell")),
             qPrintable(order->currentText()));
    QVERIFY(order->font().bold()); // it matters here: every date reads either way
    order->setCurrentIndex(order->findData(int(import::DateOrder::DayFirst)));
    QVERIFY(child<QRadioButton>(&wizard, QStringLiteral("dayFirstRadio"))->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RulesPageId));
    auto *kinds = child<QTableWidget>(&wizard, QStringLiteral("rulesTable"));
    const int call = rowWithText(kinds, QStringLiteral("Call"));
    QCOMPARE(qobject_cast<QComboBox *>(kinds->cellWidget(call, 2))->currentData().toString(),
             toKey(ActivityKind::JointCall));
    advanceTo(wizard, ImportWizard::ValidationPageId);
    auto *issues = child<QTableWidget>(&wizard, QStringLiteral("issuesTable"));
    QVERIFY(rowWithText(issues, QStringLiteral("4")) >= 0); // the unknown partner
    child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"))->setChecked(true);
    wizard.button(QWizard::CommitButton)->click();
    const Id northgate = partnerNamed(*m_doc->portfolio(), "Northgate Distribution")->id;
    const auto &activities = m_doc->portfolio()->activities();
    QVERIFY(std::any_of(activities.begin(), activities.end(), [&](const Activity &a) {
        return a.partnerId == northgate && a.date == QDate(2025, 4, 3);
    }));
}

void TestImportWizard::ambiguousDatesAreAskedWithExamples() {
    // Every date of the file reads either way: the wizard asks, showing the first dates read
    // both ways, and goes on only once answered; the answer is how the dates are imported.
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(importData("activities_day_first.csv"));
    wizard.show();
    auto *kind = child<QComboBox>(&wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(import::Kind::Activities)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *question = child<QGroupBox>(&wizard, QStringLiteral("dateOrderQuestion"));
    QVERIFY(question->isVisible());
    auto *dayFirst = child<QRadioButton>(&wizard, QStringLiteral("dayFirstRadio"));
    auto *monthFirst = child<QRadioButton>(&wizard, QStringLiteral("monthFirstRadio"));
    QVERIFY(!dayFirst->isChecked() && !monthFirst->isChecked());
    // The file's first rows (03/04/2025, 05/06/2025, 07/08/2025) read both ways.
    QVERIFY2(dayFirst->text().contains(QStringLiteral("03/04/2025 is 3 April 2025")),
             qPrintable(dayFirst->text()));
    QVERIFY2(dayFirst->text().contains(QStringLiteral("05/06/2025 is 5 June 2025")),
             qPrintable(dayFirst->text()));
    QVERIFY2(monthFirst->text().contains(QStringLiteral("03/04/2025 is 4 March 2025")),
             qPrintable(monthFirst->text()));
    // Unanswered, the page does not go on.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QTest::mouseClick(monthFirst, Qt::LeftButton);
    QVERIFY(monthFirst->isChecked());
    QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("dateOrderCombo"))->currentData().toInt(),
             int(import::DateOrder::MonthFirst));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    advanceTo(wizard, ImportWizard::ValidationPageId);
    child<QCheckBox>(&wizard, QStringLiteral("skipInvalid"))->setChecked(true);
    wizard.button(QWizard::CommitButton)->click();
    const Id northgate = partnerNamed(*m_doc->portfolio(), "Northgate Distribution")->id;
    const auto &activities = m_doc->portfolio()->activities();
    QVERIFY(std::any_of(activities.begin(), activities.end(), [&](const Activity &a) {
        return a.partnerId == northgate && a.date == QDate(2025, 3, 4);
    }));
}

void TestImportWizard::aDecidingRowIsShown() {
    const QString path = m_dir.filePath(QStringLiteral("day-first-partners.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,model,status,enrolled_on\n"
               "Alpha Dates Ltd,agency,active,01/07/2025\n"
               "Beta Dates Ltd,agency,active,13/07/2025\n");
    file.close();
    ImportWizard wizard(m_doc.get());
    wizard.setFilePath(path);
    wizard.show();
    auto *kind = child<QComboBox>(&wizard, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(import::Kind::Partners)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(!child<QGroupBox>(&wizard, QStringLiteral("dateOrderQuestion"))->isVisible());
    auto *found = child<QLabel>(&wizard, QStringLiteral("dateOrderFound"));
    QVERIFY(found->isVisible());
    QVERIFY2(found->text().contains(QStringLiteral("day first: line 3 has 13/07/2025")),
             qPrintable(found->text()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::mnemonicLabelsHaveABuddy() {
    // A label with "&" and no buddy shows the ampersand ("&File:", issue 14).
    ImportWizard wizard(m_doc.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    int checked = 0;
    for (const QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->textFormat() == Qt::RichText ||
            !label->text().contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
            continue;
        ++checked;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(checked >= 1);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
