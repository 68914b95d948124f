// SPDX-License-Identifier: GPL-3.0-or-later
// The private exchange on the Accounts page: make an offer, answer one, finish with the
// answer (docs/account-mapping.md). Each step asks what it needs, shows a cancellable progress
// bar, and is one undo step; exchange files from elsewhere are refused with one sentence.
#include "ui/accounts/accountspage.h"

#include "core/accounts/psi.h"
#include "core/accounts/psifile.h"
#include "core/domain/portfolio.h"
#include "ui/document/document.h"
#include "ui/undo/edits_accounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>

namespace ps {
namespace {

using namespace ps::accounts;

const QString exchangeFilter() {
    return AccountsPage::tr("Account-mapping files (*.psx);;All files (*)");
}

/// A progress bar that can cancel, for the steps' scalar multiplications.
Progress progressOf(QProgressDialog &dialog) {
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        dialog.setValue(int(std::min<qint64>(done, INT_MAX)));
        return !dialog.wasCanceled();
    };
}

std::optional<QByteArray> readExchange(const QString &path, QString *error) {
    const qint64 maxBytes =
        psifile::MaxPointsPerFile * psifile::PointBytes + psifile::MaxLabelBytes + 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AccountsPage::tr("\"%1\" could not be read (%2).")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = AccountsPage::tr("\"%1\" is larger than any account-mapping file can be.")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return file.read(maxBytes + 1);
}

bool writeExchange(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = AccountsPage::tr("\"%1\" could not be written (%2).")
                 .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

QString organisation(const PortfolioInfo &info) {
    return info.organization.isEmpty() ? info.name : info.organization;
}

} // namespace

void AccountsPage::makeOffer() {
    const AccountBook &book = m_document->portfolio()->accountBook();
    if (!book.ours())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Make an offer"));
    auto *form = new QFormLayout;
    auto *label = new QLineEdit(organisation(m_document->portfolio()->info()), &dialog);
    form->addRow(tr("Our organisation, as the partner sees it:"), label);
    std::vector<std::pair<OurPopulation, QCheckBox *>> boxes;
    for (OurPopulation p :
         {OurPopulation::Customers, OurPopulation::Prospects, OurPopulation::OpenOpportunities}) {
        auto *box = new QCheckBox(accounts::label(p), &dialog);
        box->setChecked(p != OurPopulation::OpenOpportunities);
        boxes.emplace_back(p, box);
        form->addRow(p == OurPopulation::Customers ? tr("Offer our:") : QString(), box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The offer holds our registrable domains blinded with a "
                                    "secret that stays in this portfolio: the partner cannot "
                                    "read them. Send it by mail; the partner answers it."),
                                 &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PsiOfferOptions options;
    options.ourLabel = label->text().trimmed();
    options.populations.clear();
    for (const auto &[population, box] : boxes)
        if (box->isChecked())
            options.populations.push_back(population);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the offer"), QStringLiteral("offer.psx"), exchangeFilter());
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Blinding our domains…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    options.progress = progressOf(progress);
    QString error;
    std::optional<PsiOffer> offer = createOffer(book.ours()->list, options, &error);
    progress.reset();
    if (offer && writeExchange(path, offer->file, &error)) {
        AccountBook after = book;
        after.storeSession(offer->session);
        edit::setAccountBook(*m_document, std::move(after), tr("Make an account-mapping offer"));
        return;
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Make an offer"), error);
}

void AccountsPage::answerOffer() {
    const AccountBook &book = m_document->portfolio()->accountBook();
    if (!book.ours())
        return;
    const QString offerPath =
        QFileDialog::getOpenFileName(this, tr("Answer an offer"), QString(), exchangeFilter());
    if (offerPath.isEmpty())
        return;
    const QString name = QFileInfo(offerPath).fileName();
    QString error;
    const std::optional<QByteArray> offerFile = readExchange(offerPath, &error);
    const std::optional<PsiFileInfo> info =
        offerFile ? inspectExchangeFile(*offerFile, name, &error) : std::nullopt;
    if (!info) {
        QMessageBox::warning(this, tr("Answer an offer"), error);
        return;
    }
    const QLocale locale;
    if (QMessageBox::question(
            this, tr("Answer an offer"),
            tr("%1 offers %2 blinded domains. Answering reveals which of our customers and "
               "prospects they share, and nothing else. Answer?")
                .arg(info->senderLabel, locale.toString(info->total()))) != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the answer"), QStringLiteral("answer.psx"), exchangeFilter());
    if (path.isEmpty())
        return;
    PsiAnswerOptions options;
    options.ourLabel = organisation(m_document->portfolio()->info());
    options.answeredOfferIds = book.answeredOfferIds();
    QProgressDialog progress(tr("Blinding…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    options.progress = progressOf(progress);
    std::optional<PsiAnswer> answer =
        accounts::answerOffer(*offerFile, name, book.ours()->list, options, &error);
    progress.reset();
    if (answer && writeExchange(path, answer->file, &error)) {
        AccountBook after = book;
        after.answeredOffers.push_back({answer->offerId, QDateTime::currentDateTimeUtc()});
        edit::setAccountBook(*m_document, std::move(after),
                             tr("Answer the offer of %1").arg(answer->offerLabel));
        return;
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Answer an offer"), error);
}

void AccountsPage::finishExchange() {
    const Id partner = currentPartner();
    if (partner == 0)
        return;
    const QString answerPath = QFileDialog::getOpenFileName(
        this, tr("Finish with the answer of %1").arg(m_partner->currentText()), QString(),
        exchangeFilter());
    if (answerPath.isEmpty())
        return;
    const QString name = QFileInfo(answerPath).fileName();
    AccountBook after = m_document->portfolio()->accountBook();
    QString error;
    const std::optional<QByteArray> answerFile = readExchange(answerPath, &error);
    const int index = answerFile ? findPsiSession(after.sessions, *answerFile, name, &error) : -1;
    std::optional<PsiResult> result;
    if (index >= 0) {
        QProgressDialog progress(tr("Comparing…"), tr("Cancel"), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        PsiFinishOptions options;
        options.progress = progressOf(progress);
        result = accounts::finishExchange(after.sessions[size_t(index)], *answerFile, name, options,
                                          &error);
    }
    if (!result) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Finish the exchange"), error);
        return;
    }
    AccountList list = psiPartnerList(*result, QDate::currentDate());
    list.sourceName = name;
    after.addPartnerList(partner, std::move(list));
    edit::setAccountBook(*m_document, std::move(after),
                         tr("Finish the account mapping with %1").arg(m_partner->currentText()));
}

} // namespace ps
