// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts page as a channel leader uses it: our list and a partner's imported from CSV,
// the matrix counted as by hand, a click listing the shared accounts, undo taking an import
// back, and a bad file refused with its name and line.
#include "core/accounts/icpoverlap.h"
#include "core/demo/demo_tables.h"
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/accounts/accountimportdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/document/document.h"
#include "ui/undo/edits_accounts.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace ps;
using namespace ps::accounts;

namespace {

const char *const oursCsv = "Account ID,Account Name,Type,Website,Industry,Employees,Billing "
                            "Country\n"
                            "001A,Acme Ltd,Customer,https://www.acme.co.uk/about,Retail,250,UK\n"
                            "001B,Globex,Prospect,globex.com,Energy,40,US\n"
                            "001C,Initech,Customer,initech.io,Software,90,US\n"
                            "001D,Müller GmbH,Prospect,,Manufacturing,500,DE\n"
                            "001E,Umbrella,Customer - Direct,umbrella.com,Health,1200,US\n";

const char *const theirsCsv = "Company name,Website,Status\n"
                              "ACME,shop.acme.co.uk,Customer\n"
                              "Globex Corporation,http://globex.com/,Prospect\n"
                              "Müller,,Customer\n"
                              "Hooli,hooli.com,Customer\n";

bool write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The demo portfolio, with its scenario, in `doc`.
void openDemo(Document &doc) {
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    doc.reset(std::move(data), QString(), true);
}

QTableWidget *table(const QWidget &page, const char *name) {
    for (auto *t : page.findChildren<QTableWidget *>())
        if (t->accessibleName() == QLatin1String(name))
            return t;
    return nullptr;
}

} // namespace

class TestAccountsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(write(m_dir.filePath("ours.csv"), oursCsv));
        QVERIFY(write(m_dir.filePath("theirs.csv"), theirsCsv));
        QVERIFY(write(m_dir.filePath("bad.csv"), "Company name,Website\n=1+1,a.com\n"));
    }

    void importMatrixClickAndUndo() {
        Document doc;
        openDemo(doc);
        AccountsPage page(&doc);
        page.resize(1300, 800);
        page.show();
        // Northgate: a partner without a list in the demo.
        const Id partner = doc.portfolio()->partners().at(0).id;
        QVERIFY(!doc.portfolio()->accountBook().latestOf(partner));
        QString error;
        QVERIFY2(page.importOurs(m_dir.filePath("ours.csv"), &error), qPrintable(error));
        QVERIFY2(page.importPartnerList(partner, m_dir.filePath("theirs.csv"), &error),
                 qPrintable(error));
        page.setCurrentPartner(partner);
        QCOMPARE(page.currentPartner(), partner);

        // By hand: Acme customer x customer (domain), Globex prospect x prospect (domain),
        // Müller prospect x customer (name).
        const OverlapResult &r = page.overlap();
        QCOMPARE(r.overlapTotal, qint64(3));
        QTableWidget *matrix = table(page, "Overlap matrix");
        QVERIFY(matrix);
        QVERIFY2(matrix->item(0, 0)->text().startsWith(QLatin1String("1 account")),
                 qPrintable(matrix->item(0, 0)->text()));
        QVERIFY(matrix->item(0, 1)->text().startsWith(QLatin1String("0 account")));
        QVERIFY(matrix->item(1, 0)->text().startsWith(QLatin1String("1 account")));

        // A click on our prospects x their customers lists Müller, matched by name.
        page.showCell(1, 0);
        QTableWidget *accounts = table(page, "Shared accounts");
        QVERIFY(accounts);
        QCOMPARE(accounts->rowCount(), 1);
        QCOMPARE(accounts->item(0, 0)->text(), QString::fromUtf8("Müller GmbH"));
        QVERIFY(accounts->item(0, 5)->text().startsWith(QLatin1String("Name")));

        // Undo takes the partner's list back: no overlap any more.
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QVERIFY(!doc.portfolio()->accountBook().latestOf(partner));
        QCOMPARE(page.overlap().overlapTotal, qint64(0));
        doc.undoStack()->redo();
        QCOMPARE(page.overlap().overlapTotal, qint64(3));
    }

    void anyLayoutByChoosingColumns() {
        // Headers no preset knows: the dialog maps nothing to name or website, and says so
        // with the file and line; the user picks the columns.
        QVERIFY(write(m_dir.filePath("odd.csv"),
                      "Firma;Webseite;Kundenstatus;Branche;Mitarbeiter;Land\n"
                      "Acme;acme.co.uk;Kunde;Retail;250;UK\n"
                      "Hooli AG;hooli.com;Customer;Software;1200;DE\n"
                      "Pied Piper;piedpiper.com;Lead;Software;40;US\n"));
        AccountImportDialog dialog(m_dir.filePath("odd.csv"), QStringLiteral("Import"));
        QVERIFY(dialog.isReadable());
        QCOMPARE(dialog.mapping().preset, AccountPreset::Generic);
        QString error;
        QVERIFY(!dialog.parse(&error));
        QVERIFY2(error.startsWith(QLatin1String("odd.csv:1:")), qPrintable(error));
        const std::pair<AccountField, int> choices[] = {
            {AccountField::Name, 1},     {AccountField::Website, 2},   {AccountField::Status, 3},
            {AccountField::Industry, 4}, {AccountField::Employees, 5}, {AccountField::Country, 6}};
        for (const auto &[field, column] : choices) {
            QComboBox *box = dialog.columnBox(field);
            QVERIFY(box);
            box->setCurrentIndex(column);
        }
        QCOMPARE(dialog.mapping().columnOf(AccountField::Name), 0);
        QCOMPARE(dialog.mapping().columnOf(AccountField::Country), 5);
        // The rules shown read the chosen status column.
        QTableWidget *rules = dialog.rulesTable();
        QVERIFY(rules->rowCount() > 1);
        QCOMPARE(rules->item(0, 0)->text(), QStringLiteral("Kundenstatus"));
        QVERIFY2(dialog.parse(&error), qPrintable(error));
        const AccountList &list = *dialog.list();
        QCOMPARE(list.accounts.size(), size_t(3));
        // "Kunde" is no rule's value: other; Customer a customer; Lead a prospect.
        QCOMPARE(list.accounts[0].status, AccountStatus::Other);
        QCOMPARE(list.accounts[1].status, AccountStatus::Customer);
        QCOMPARE(list.accounts[2].status, AccountStatus::Prospect);
        QCOMPARE(list.accounts[1].employees, std::optional<qint64>(1200));
        QCOMPARE(list.accounts[0].domainKey, QStringLiteral("acme.co.uk"));
        // One column fills one field: choosing Webseite for the name takes it from website.
        dialog.columnBox(AccountField::Name)->setCurrentIndex(2);
        QCOMPARE(dialog.columnBox(AccountField::Website)->currentIndex(), 0);
        QCOMPARE(dialog.mapping().columnOf(AccountField::Website), -1);
    }

    void statusRulesAreEditedInTheDialog() {
        // Default rules of another layout: Customer a customer, Lead a prospect; Partner and
        // Churned match no rule: other.
        QVERIFY(write(m_dir.filePath("rules.csv"), "Name,Website,Status\n"
                                                   "Acme,acme.co.uk,Partner\n"
                                                   "Hooli,hooli.com,Customer\n"
                                                   "Pied Piper,piedpiper.com,Lead\n"
                                                   "Initech,initech.com,Churned\n"));
        AccountImportDialog dialog(m_dir.filePath("rules.csv"), QStringLiteral("Import"));
        QCOMPARE(dialog.mapping().statusRules, defaultStatusRules(AccountPreset::Generic));
        const auto statuses = [&dialog] {
            QString error;
            std::vector<AccountStatus> out;
            if (!dialog.parse(&error))
                return out;
            for (const Account &a : dialog.list()->accounts)
                out.push_back(a.status);
            return out;
        };
        using S = AccountStatus;
        QCOMPARE(statuses(), (std::vector<S>{S::Other, S::Customer, S::Prospect, S::Other}));
        QTableWidget *table = dialog.rulesTable();
        const auto setStatus = [](QComboBox *box, S status) {
            QVERIFY(box);
            box->setCurrentIndex(box->findData(int(status)));
        };

        // 1. A rule added at the end: "partner" -> customer.
        const int fallbackRow = table->rowCount() - 1;
        table->setCurrentCell(fallbackRow, 1);
        dialog.addRuleButton()->click();
        QCOMPARE(table->rowCount(), fallbackRow + 2);
        table->item(fallbackRow, 1)->setText(QStringLiteral("partner"));
        setStatus(dialog.ruleStatusBox(fallbackRow), S::Customer);
        // 2. A rule "lead" -> other, moved to the top: the first rule that matches decides.
        dialog.addRuleButton()->click();
        int row = table->currentRow();
        QCOMPARE(row, fallbackRow + 1);
        table->item(row, 1)->setText(QStringLiteral("Lead"));
        setStatus(dialog.ruleStatusBox(row), S::Other);
        while (dialog.ruleUpButton()->isEnabled())
            dialog.ruleUpButton()->click();
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(dialog.mapping().statusRules.rules.front(),
                 (StatusRule{QString(), QStringLiteral("Lead"), S::Other}));
        // 3. Another column: Name "Hoo*" -> open opportunity, first.
        dialog.addRuleButton()->click(); // below row 0
        row = table->currentRow();
        QCOMPARE(row, 1);
        QComboBox *column = dialog.ruleColumnBox(row);
        QVERIFY(column);
        column->setCurrentIndex(column->findData(QStringLiteral("Name")));
        table->item(row, 1)->setText(QStringLiteral("Hoo*"));
        setStatus(dialog.ruleStatusBox(row), S::OpenOpportunity);
        dialog.ruleUpButton()->click();
        // 4. Rows no rule matches: prospects.
        setStatus(dialog.ruleStatusBox(table->rowCount() - 1), S::Prospect);
        QCOMPARE(dialog.mapping().statusRules.fallback, S::Prospect);
        // Changing a field's column keeps the edited rules.
        dialog.columnBox(AccountField::Country)->setCurrentIndex(0);
        QCOMPARE(dialog.mapping().statusRules.rules.size(),
                 defaultStatusRules(AccountPreset::Generic).rules.size() + 3);
        // Acme by "partner", Hooli by its name, Pied Piper by the top "Lead" rule, Initech by
        // the fallback.
        QCOMPARE(statuses(),
                 (std::vector<S>{S::Customer, S::OpenOpportunity, S::Other, S::Prospect}));

        // Removing the name rule: Hooli is a customer again.
        table->setCurrentCell(0, 1);
        QCOMPARE(dialog.ruleColumnBox(0)->currentData().toString(), QStringLiteral("Name"));
        dialog.removeRuleButton()->click();
        QCOMPARE(statuses(), (std::vector<S>{S::Customer, S::Customer, S::Other, S::Prospect}));

        // The statuses the rules decided are stored with the list, one undo step.
        Document doc;
        doc.reset(PortfolioData(), QString(), true);
        QVERIFY(edit::setOurAccounts(doc, *dialog.list()));
        const StoredAccountList *ours = doc.portfolio()->accountBook().ours();
        QVERIFY(ours);
        QCOMPARE(ours->list.accounts[0].status, S::Customer);
        QCOMPARE(ours->list.accounts[3].status, S::Prospect);
        doc.undoStack()->undo();
        QVERIFY(!doc.portfolio()->accountBook().ours());

        // Reset brings the layout's rules back.
        dialog.resetRulesButton()->click();
        QCOMPARE(dialog.mapping().statusRules, defaultStatusRules(AccountPreset::Generic));
        QCOMPARE(statuses(), (std::vector<S>{S::Other, S::Customer, S::Prospect, S::Other}));
    }

    void editedRulesAreRememberedWithThePartnersList() {
        Document doc;
        openDemo(doc);
        AccountsPage page(&doc);
        // Northgate: a partner without a list in the demo.
        const Id partner = doc.portfolio()->partners().at(0).id;
        const Id other = doc.portfolio()->partners().at(1).id;
        QVERIFY(!doc.portfolio()->accountBook().latestOf(partner));
        using S = AccountStatus;
        const auto statuses = [](const AccountList &list) {
            std::vector<S> out;
            for (const Account &a : list.accounts)
                out.push_back(a.status);
            return out;
        };

        // The first import starts with the layout's rules, and says so.
        auto first = page.importDialog(partner, m_dir.filePath("theirs.csv"), "Import");
        QVERIFY(!first->rulesRemembered());
        QCOMPARE(first->mapping().statusRules, defaultStatusRules(AccountPreset::Generic));
        QVERIFY2(first->rulesNoteLabel()->text().contains("defaults of the layout"),
                 qPrintable(first->rulesNoteLabel()->text()));
        // Edited: Company name "Hoo*" -> open opportunity, first; any other row a prospect.
        QTableWidget *rules = first->rulesTable();
        rules->setCurrentCell(0, 1);
        first->addRuleButton()->click();
        QCOMPARE(rules->currentRow(), 1);
        QComboBox *column = first->ruleColumnBox(1);
        column->setCurrentIndex(column->findData(QStringLiteral("Company name")));
        rules->item(1, 1)->setText(QStringLiteral("Hoo*"));
        QComboBox *status = first->ruleStatusBox(1);
        status->setCurrentIndex(status->findData(int(S::OpenOpportunity)));
        first->ruleUpButton()->click();
        QComboBox *fallback = first->ruleStatusBox(rules->rowCount() - 1);
        fallback->setCurrentIndex(fallback->findData(int(S::Prospect)));
        const StatusRules edited = first->mapping().statusRules;
        QCOMPARE(edited.rules.front(), (StatusRule{QStringLiteral("Company name"),
                                                   QStringLiteral("Hoo*"), S::OpenOpportunity}));
        first->accept();
        QCOMPARE(first->result(), int(QDialog::Accepted));
        page.storeImported(partner, *first->list());
        // ACME, Müller customers; Globex a prospect; Hooli by its name.
        QCOMPARE(statuses(doc.portfolio()->accountBook().latestOf(partner)->list),
                 (std::vector<S>{S::Customer, S::Prospect, S::Customer, S::OpenOpportunity}));

        // Next quarter's list of the same partner: the dialog starts with the edited rules.
        QVERIFY(write(m_dir.filePath("theirs-q3.csv"), "Company name,Website,Status\n"
                                                       "Hooli,hooli.com,Customer\n"
                                                       "Initech,initech.io,Churned\n"));
        auto next = page.importDialog(partner, m_dir.filePath("theirs-q3.csv"), "Import");
        QVERIFY(next->rulesRemembered());
        QCOMPARE(next->mapping().statusRules, edited);
        QVERIFY2(next->rulesNoteLabel()->text().contains("those used with theirs.csv"),
                 qPrintable(next->rulesNoteLabel()->text()));
        // What the user sees in the table: the name rule first, "any other row" a prospect.
        QCOMPARE(next->ruleColumnBox(0)->currentData().toString(), QStringLiteral("Company name"));
        QCOMPARE(next->rulesTable()->item(0, 1)->text(), QStringLiteral("Hoo*"));
        const int last = next->rulesTable()->rowCount() - 1;
        QCOMPARE(next->ruleStatusBox(last)->currentData().toInt(), int(S::Prospect));
        QVERIFY(next->parse());
        QCOMPARE(statuses(*next->list()), (std::vector<S>{S::OpenOpportunity, S::Prospect}));
        // Reset to the layout's rules: Hooli a customer, Initech (Churned) other.
        next->resetRulesButton()->click();
        QVERIFY(!next->rulesRemembered());
        QCOMPARE(next->mapping().statusRules, defaultStatusRules(AccountPreset::Generic));
        QVERIFY(next->rulesNoteLabel()->text().contains("defaults of the layout"));
        QVERIFY(next->parse());
        QCOMPARE(statuses(*next->list()), (std::vector<S>{S::Customer, S::Other}));

        // Another partner and our own list remember nothing of it.
        QVERIFY(
            !page.importDialog(other, m_dir.filePath("theirs.csv"), "Import")->rulesRemembered());
        QVERIFY(!page.importDialog(0, m_dir.filePath("theirs.csv"), "Import")->rulesRemembered());

        // Undo takes the list back, and its rules with it; redo brings both.
        doc.undoStack()->undo();
        QVERIFY(!doc.portfolio()->accountBook().latestOf(partner));
        auto afterUndo = page.importDialog(partner, m_dir.filePath("theirs-q3.csv"), "Import");
        QVERIFY(!afterUndo->rulesRemembered());
        QCOMPARE(afterUndo->mapping().statusRules, defaultStatusRules(AccountPreset::Generic));
        doc.undoStack()->redo();
        QCOMPARE(page.importDialog(partner, m_dir.filePath("theirs-q3.csv"), "Import")
                     ->mapping()
                     .statusRules,
                 edited);
    }

    void mapLinksTakeTheMeasuredOverlap() {
        Document doc;
        openDemo(doc);
        AccountsPage page(&doc);
        const auto clinicalLink = [&doc]() -> const InfluenceLink * {
            for (const InfluenceLink &l : doc.portfolio()->links())
                if (l.icpId == demo::Clinical && l.partnerId == demo::MedtechRhein)
                    return &l;
            return nullptr;
        };
        QVERIFY(clinicalLink());
        QCOMPARE(clinicalLink()->overlappingAccounts, std::optional<int>(27)); // typed by hand
        const int changed = page.updateMapLinks();
        QVERIFY(changed >= 1);
        // Medtech Rhein's list holds our 24 DACH hospitals, all in the clinical ICP.
        QCOMPARE(clinicalLink()->overlappingAccounts, std::optional<int>(24));
        QCOMPARE(doc.undoStack()->count(), 1); // one undo step for every link
        QCOMPARE(page.updateMapLinks(), 0);    // nothing left to change
        doc.undoStack()->undo();
        QCOMPARE(clinicalLink()->overlappingAccounts, std::optional<int>(27));
    }

    void largeListsAreMatchedOffTheGuiThread() {
        Document doc;
        PortfolioData data;
        Partner p;
        p.id = 1;
        p.name = QStringLiteral("Big Partner");
        data.partners.push_back(p);
        doc.reset(std::move(data), QString(), true);
        AccountsPage page(&doc);
        page.show();
        // 40,000 of ours, 40,000 of theirs, 15,000 shared: more than BackgroundAccounts.
        const auto list = [](int first, int count) {
            AccountList l;
            for (int i = first; i < first + count; ++i) {
                Account a;
                a.name = QStringLiteral("C%1").arg(i);
                a.website = QStringLiteral("c%1.com").arg(i);
                a.status = AccountStatus::Customer;
                l.accounts.push_back(a);
            }
            deriveKeys(l.accounts);
            l.importedOn = QDate(2026, 4, 1);
            return l;
        };
        QVERIFY(80000 > AccountsPage::BackgroundAccounts);
        edit::setOurAccounts(doc, list(0, 40000));
        edit::addPartnerAccounts(doc, 1, list(25000, 40000));
        page.setCurrentPartner(1);
        page.refreshNow();
        QVERIFY(page.isComputing());
        QVERIFY(table(page, "Overlap matrix")->item(0, 0)->text() == QStringLiteral("–"));
        const OverlapResult &r = page.overlap(); // waits for the worker
        QVERIFY(!page.isComputing());
        QCOMPARE(r.overlapTotal, qint64(15000));
        QVERIFY2(table(page, "Overlap matrix")
                     ->item(0, 0)
                     ->text()
                     .startsWith(QLocale().toString(15000) + QLatin1String(" account")),
                 qPrintable(table(page, "Overlap matrix")->item(0, 0)->text()));
    }

    void overviewFiguresInTheUsersLocale() {
        // The overview across partners in German: figures with the German digit grouping
        // (not the bare number a table cell shows for a double, nor "1.2e+06" for a million),
        // dates as the header line writes them, and sorting by figure.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Document doc;
        openDemo(doc);
        AccountsPage page(&doc);
        page.resize(1300, 800);
        page.show();
        page.refreshNow();
        (void)page.overlap(); // waits for a worker, if any
        QTableWidget *overview = table(page, "Overlap across partners");
        QVERIFY(overview);
        QVERIFY(overview->rowCount() >= 2);
        const QLocale german;
        std::vector<double> pipelines;
        for (int row = 0; row < overview->rowCount(); ++row) {
            const Id partner = overview->item(row, 0)->data(Qt::UserRole).toLongLong();
            const StoredAccountList *list = doc.portfolio()->accountBook().latestOf(partner);
            QVERIFY(list);
            QCOMPARE(overview->item(row, 1)->text(),
                     german.toString(list->list.importedOn, QLocale::ShortFormat));
            // The pipeline from the core's overlap: our open pipeline on each shared account.
            const AccountList &ours = doc.portfolio()->accountBook().ours()->list;
            const OverlapResult overlap = computeOverlap(ours, list->list);
            double pipeline = 0;
            for (size_t i = 0; i < overlap.ourMatches.size(); ++i)
                if (overlap.ourMatches[i] & MatchesAny)
                    pipeline += ours.accounts[i].openPipeline;
            QCOMPARE(overview->item(row, 4)->text(),
                     german.toString(qlonglong(std::round(pipeline))));
            pipelines.push_back(german.toDouble(overview->item(row, 4)->text()));
        }
        QVERIFY2(*std::max_element(pipelines.begin(), pipelines.end()) >= 100000,
                 "the demo should show a figure with digit grouping");
        overview->sortItems(4, Qt::AscendingOrder);
        for (int row = 1; row < overview->rowCount(); ++row)
            QVERIFY(german.toDouble(overview->item(row - 1, 4)->text()) <=
                    german.toDouble(overview->item(row, 4)->text()));
        QLocale::setDefault(before);
    }

    void badFileIsRefusedWithItsLine() {
        Document doc;
        AccountsPage page(&doc);
        QString error;
        QVERIFY(!page.importOurs(m_dir.filePath("bad.csv"), &error));
        QVERIFY2(error.contains(QLatin1String("bad.csv:2")), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
