// SPDX-License-Identifier: GPL-3.0-or-later
// The private exchange wizard between two portfolios, as two channel leaders use it: A makes
// an offer, B answers it on its own portfolio, A finishes; the overlap A stores equals the
// overlap of the plain lists. The work runs off the GUI thread and can be cancelled, leaving
// the portfolio as it was.
#include "core/accounts/overlap.h"
#include "core/domain/portfolio.h"
#include "ui/accounts/exchangewizard.h"
#include "ui/document/document.h"
#include "ui/undo/edits_accounts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ps;
using namespace ps::accounts;

namespace {

constexpr Id PartnerB = 7;

/// `count` accounts company<first>.com ... with statuses cycling customer, customer, prospect.
AccountList accountsFrom(int first, int count) {
    AccountList l;
    for (int i = first; i < first + count; ++i) {
        Account a;
        a.name = QStringLiteral("Company %1").arg(i);
        a.website = QStringLiteral("https://www.company%1.com").arg(i);
        a.status = i % 3 == 2 ? AccountStatus::Prospect : AccountStatus::Customer;
        l.accounts.push_back(a);
    }
    deriveKeys(l.accounts);
    l.importedOn = QDate(2026, 4, 1);
    return l;
}

void open(Document &doc, const QString &organisation, AccountList ours) {
    PortfolioData data;
    data.info.name = organisation;
    data.info.organization = organisation;
    Partner b;
    b.id = PartnerB;
    b.name = QStringLiteral("Beta Systems");
    data.partners.push_back(b);
    data.accountBook.setOurs(std::move(ours));
    doc.reset(std::move(data), QString(), true);
}

/// Runs one step: from the start page to the end, waiting for the worker.
bool run(ExchangeWizard &wizard) {
    QSignalSpy finished(&wizard, &ExchangeWizard::stepFinished);
    wizard.show();
    wizard.next(); // the step's page
    wizard.next(); // the run page: the work starts
    if (wizard.currentId() != ExchangeWizard::RunPage)
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

} // namespace

class TestExchangeWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void offerAnswerFinishEqualsPlainOverlap() {
        // A: companies 0-299; B: companies 200-449; shared: 200-299 (100 accounts).
        const AccountList oursA = accountsFrom(0, 300);
        const AccountList oursB = accountsFrom(200, 250);
        Document a, b;
        open(a, QStringLiteral("Alpha GmbH"), oursA);
        open(b, QStringLiteral("Beta Systems"), oursB);
        const QString offer = m_dir.filePath(QStringLiteral("offer.psx"));
        const QString answer = m_dir.filePath(QStringLiteral("answer.psx"));

        ExchangeWizard step1(&a, ExchangeWizard::Step::Offer, PartnerB);
        step1.offerOutput()->setText(offer);
        QVERIFY2(run(step1), qPrintable(step1.resultLabel()->text()));
        QVERIFY(step1.succeeded());
        QCOMPARE(a.portfolio()->accountBook().sessions.size(), size_t(1));
        QCOMPARE(a.undoStack()->count(), 1);

        ExchangeWizard step2(&b, ExchangeWizard::Step::Answer, 0);
        step2.offerInput()->setText(offer);
        step2.answerOutput()->setText(answer);
        QVERIFY2(run(step2), qPrintable(step2.resultLabel()->text()));
        QVERIFY2(step2.resultLabel()->text().contains(QStringLiteral("Alpha GmbH")),
                 qPrintable(step2.resultLabel()->text()));
        QCOMPARE(b.portfolio()->accountBook().answeredOffers.size(), size_t(1));

        ExchangeWizard step3(&a, ExchangeWizard::Step::Finish, PartnerB);
        QCOMPARE(step3.partnerBox()->currentData().toLongLong(), qlonglong(PartnerB));
        step3.answerInput()->setText(answer);
        QVERIFY2(run(step3), qPrintable(step3.resultLabel()->text()));
        QVERIFY2(step3.resultLabel()->text().startsWith(QStringLiteral("100 shared account")),
                 qPrintable(step3.resultLabel()->text()));

        // The stored overlap equals the plain one, cell by cell.
        const AccountBook &book = a.portfolio()->accountBook();
        QVERIFY(book.latestOf(PartnerB));
        const OverlapResult stored =
            computeOverlap(book.ours()->list, book.latestOf(PartnerB)->list);
        const OverlapResult plain = computeOverlap(oursA, oursB);
        QCOMPARE(plain.overlapTotal, qint64(100));
        QCOMPARE(stored.overlapTotal, plain.overlapTotal);
        QCOMPARE(stored.theirsTotal, plain.theirsTotal);
        for (OurPopulation o : {OurPopulation::Customers, OurPopulation::Prospects})
            for (TheirPopulation t : {TheirPopulation::Customers, TheirPopulation::Prospects})
                QCOMPARE(stored.cell(o, t), plain.cell(o, t));
        // Counted independently: shared i in 200-299; ours customer and theirs customer when
        // i % 3 != 2 (both lists use the same rule): 200, 203, ..., 299 are the 34 prospects,
        // so 66 of 100.
        QCOMPARE(stored.cell(OurPopulation::Customers, TheirPopulation::Customers).accounts,
                 qint64(66));

        // The answer cannot be used twice: the session is finished.
        ExchangeWizard replay(&a, ExchangeWizard::Step::Finish, PartnerB);
        replay.answerInput()->setText(answer);
        QVERIFY(!run(replay));
        QVERIFY(!replay.resultLabel()->text().isEmpty());
    }

    void cancelLeavesThePortfolioAsItWas() {
        Document a;
        open(a, QStringLiteral("Alpha GmbH"), accountsFrom(0, 40000));
        ExchangeWizard wizard(&a, ExchangeWizard::Step::Offer, PartnerB);
        wizard.offerOutput()->setText(m_dir.filePath(QStringLiteral("cancelled.psx")));
        QSignalSpy finished(&wizard, &ExchangeWizard::stepFinished);
        wizard.show();
        wizard.next();
        wizard.next();
        QVERIFY(wizard.isRunning()); // off the GUI thread: the event loop runs meanwhile
        QVERIFY(wizard.progressBar()->isVisible());
        wizard.cancelWork();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(a.portfolio()->accountBook().sessions.empty());
        QCOMPARE(a.undoStack()->count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled.psx"))));
    }
};

QTEST_MAIN(TestExchangeWizard)
#include "tst_exchangewizard.moc"
