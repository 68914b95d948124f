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

#include <QCheckBox>
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
constexpr Id PartnerC = 8;

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

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Back from the run page, then Next again: the step runs anew; true when it succeeded.
bool rerun(ExchangeWizard &wizard) {
    QSignalSpy finished(&wizard, &ExchangeWizard::stepFinished);
    wizard.next();
    if (wizard.currentId() != ExchangeWizard::RunPage)
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.first().first().toBool();
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
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible()); // no Back while it runs
        wizard.cancelWork();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(a.portfolio()->accountBook().sessions.empty());
        QCOMPARE(a.undoStack()->count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled.psx"))));
        QVERIFY(wizard.button(QWizard::BackButton)->isVisible()); // ended: Back to redo it
    }

    void backRedoesEachStepAsANewExchange() {
        const AccountList oursA = accountsFrom(0, 300);
        Document a, b;
        open(a, QStringLiteral("Alpha GmbH"), oursA);
        open(b, QStringLiteral("Beta Systems"), accountsFrom(200, 250));
        { // A second partner for A, to pick by mistake.
            PortfolioData data = a.portfolio()->data();
            Partner c;
            c.id = PartnerC;
            c.name = QStringLiteral("Gamma Consulting");
            data.partners.push_back(c);
            a.reset(std::move(data), QString(), true);
        }
        const QString offer = m_dir.filePath(QStringLiteral("back-offer.psx"));
        const QString answer = m_dir.filePath(QStringLiteral("back-answer.psx"));

        // Step 1 with the wrong lists (prospects too), then Back: the offer is withdrawn.
        ExchangeWizard step1(&a, ExchangeWizard::Step::Offer, PartnerB);
        step1.offerOutput()->setText(offer);
        QVERIFY2(run(step1), qPrintable(step1.resultLabel()->text()));
        QCOMPARE(a.portfolio()->accountBook().sessions.size(), size_t(1));
        const QByteArray firstId = a.portfolio()->accountBook().sessions.front().sessionId;
        const QByteArray firstOffer = contents(offer);
        QVERIFY(!firstOffer.isEmpty());
        QVERIFY(step1.button(QWizard::BackButton)->isVisible());
        step1.back();
        QCOMPARE(step1.currentId(), int(ExchangeWizard::OfferPage));
        QVERIFY(a.portfolio()->accountBook().sessions.empty()); // its secret is gone
        QCOMPARE(a.undoStack()->index(), 0);
        QVERIFY(!QFile::exists(offer)); // the void offer cannot be sent by mistake
        // Redone with customers only: a new exchange (new session id, new file).
        step1.offerBox(OurPopulation::Prospects)->setChecked(false);
        QVERIFY2(rerun(step1), qPrintable(step1.resultLabel()->text()));
        QCOMPARE(a.portfolio()->accountBook().sessions.size(), size_t(1));
        const PsiSession &session = a.portfolio()->accountBook().sessions.front();
        QVERIFY(session.sessionId != firstId);
        QVERIFY(session.hasSecret());
        QCOMPARE(session.lists.size(), size_t(1));
        QCOMPARE(session.lists.front().mask, 1u << int(OurPopulation::Customers));
        QCOMPARE(session.lists.front().count, qint64(200)); // i % 3 != 2 of 0-299
        QVERIFY(contents(offer) != firstOffer);
        QCOMPARE(a.undoStack()->count(), 1); // the withdrawn step is no longer on the stack

        // Step 2: answered revealing prospects too, then Back: the offer can be answered
        // again (it is not recorded as answered) and the first answer is removed.
        ExchangeWizard step2(&b, ExchangeWizard::Step::Answer, 0);
        step2.offerInput()->setText(offer);
        step2.answerOutput()->setText(answer);
        QVERIFY2(run(step2), qPrintable(step2.resultLabel()->text()));
        QCOMPARE(b.portfolio()->accountBook().answeredOffers.size(), size_t(1));
        const QByteArray firstAnswer = contents(answer);
        step2.back();
        QCOMPARE(step2.currentId(), int(ExchangeWizard::AnswerPage));
        QVERIFY(b.portfolio()->accountBook().answeredOffers.empty());
        QVERIFY(!QFile::exists(answer));
        step2.revealBox(TheirPopulation::Prospects)->setChecked(false);
        QVERIFY2(rerun(step2), qPrintable(step2.resultLabel()->text()));
        QCOMPARE(b.portfolio()->accountBook().answeredOffers.size(), size_t(1));
        QVERIFY(contents(answer) != firstAnswer);

        // Step 3 stored under the wrong partner, then Back and the right one.
        ExchangeWizard step3(&a, ExchangeWizard::Step::Finish, PartnerC);
        step3.answerInput()->setText(answer);
        QVERIFY2(run(step3), qPrintable(step3.resultLabel()->text()));
        QVERIFY(a.portfolio()->accountBook().latestOf(PartnerC));
        QVERIFY(!a.portfolio()->accountBook().sessions.front().hasSecret()); // finished
        step3.back();
        QCOMPARE(step3.currentId(), int(ExchangeWizard::FinishPage));
        QVERIFY(!a.portfolio()->accountBook().latestOf(PartnerC));
        QVERIFY(a.portfolio()->accountBook().sessions.front().hasSecret()); // open again
        QVERIFY(QFile::exists(answer)); // the partner's answer is ours to keep
        step3.partnerBox()->setCurrentIndex(
            step3.partnerBox()->findData(QVariant::fromValue<qlonglong>(PartnerB)));
        QVERIFY2(rerun(step3), qPrintable(step3.resultLabel()->text()));
        QVERIFY(!a.portfolio()->accountBook().latestOf(PartnerC));
        const StoredAccountList *shared = a.portfolio()->accountBook().latestOf(PartnerB);
        QVERIFY(shared);
        // Shared: 200-299 offered by A as customers (i % 3 != 2: 66 of them) and revealed by
        // B as customers (same rule): 66.
        QCOMPARE(qint64(shared->list.accounts.size()), qint64(66));
        QCOMPARE(computeOverlap(oursA, shared->list).overlapTotal, qint64(66));
    }
};

QTEST_MAIN(TestExchangeWizard)
#include "tst_exchangewizard.moc"
