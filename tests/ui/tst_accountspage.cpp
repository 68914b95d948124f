// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts page as a channel leader uses it: our list and a partner's imported from CSV,
// the matrix counted as by hand, a click listing the shared accounts, undo taking an import
// back, and a bad file refused with its name and line.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/accounts/accountspage.h"
#include "ui/document/document.h"

#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        AccountsPage page(&doc);
        page.resize(1300, 800);
        page.show();
        const Id partner = doc.portfolio()->partners().at(2).id;
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
