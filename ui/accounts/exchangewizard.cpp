// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/exchangewizard.h"

#include "core/accounts/psifile.h"
#include "core/domain/portfolio.h"
#include "ui/document/document.h"
#include "ui/undo/edits_accounts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ps {

using namespace ps::accounts;

/// One step's inputs and outputs, shared between the GUI thread and the worker. The worker
/// writes the outputs; the GUI thread reads them once the thread has finished.
struct ExchangeWizard::Job {
    Step step = Step::Offer;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    AccountList ours;
    PsiOfferOptions offerOptions;
    PsiAnswerOptions answerOptions;
    QByteArray input;
    QString inputName;
    PsiSession session;
    QString outputPath;
    std::optional<PsiOffer> offer;
    std::optional<PsiAnswer> answer;
    std::optional<PsiResult> result;
    QString error;
};

namespace {

/// The last page: complete once the step has ended.
class RunWizardPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }

private:
    bool m_complete = false;
};

QLabel *explanation(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString exchangeFilter() {
    return ExchangeWizard::tr("Account-mapping files (*.psx);;All files (*)");
}

/// A line edit with a Browse button that opens a file dialog.
QWidget *fileChooser(QLineEdit *edit, bool save, const QString &title, const QString &suggested,
                     QWidget *parent) {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(ExchangeWizard::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, save, title, suggested, row] {
        const QString start = edit->text().isEmpty() ? suggested : edit->text();
        const QString path =
            save ? QFileDialog::getSaveFileName(row, title, start, exchangeFilter())
                 : QFileDialog::getOpenFileName(row, title, start, exchangeFilter());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

std::optional<QByteArray> readExchange(const QString &path, QString *error) {
    const qint64 maxBytes =
        psifile::MaxPointsPerFile * psifile::PointBytes + psifile::MaxLabelBytes + 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ExchangeWizard::tr("\"%1\" could not be read (%2).")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = ExchangeWizard::tr("\"%1\" is larger than any account-mapping file can be.")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return file.read(maxBytes + 1);
}

bool writeExchange(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = ExchangeWizard::tr("\"%1\" could not be written (%2).")
                 .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

QString organisation(const PortfolioInfo &info) {
    return info.organization.isEmpty() ? info.name : info.organization;
}

QString listsText(const std::vector<PsiList> &lists) {
    const QLocale locale;
    QStringList parts;
    for (const PsiList &l : lists) {
        QStringList names;
        for (OurPopulation p :
             {OurPopulation::Customers, OurPopulation::Prospects, OurPopulation::OpenOpportunities})
            if (l.mask & (1u << int(p)))
                names << label(p);
        parts << ExchangeWizard::tr("%1: %2").arg(names.join(QStringLiteral(" + ")),
                                                  locale.toString(l.count));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

ExchangeWizard::ExchangeWizard(Document *document, Step step, Id partnerId, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_timer(new QTimer(this)) {
    setWindowTitle(tr("Account mapping without sharing the lists"));
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(StartPage, makeStartPage());
    setPage(OfferPage, makeOfferPage());
    setPage(AnswerPage, makeAnswerPage());
    setPage(FinishPage, makeFinishPage());
    setPage(RunPage, makeRunPage());
    setStartId(StartPage);
    setStep(step);
    if (const int i = m_partner->findData(QVariant::fromValue<qlonglong>(partnerId)); i >= 0)
        m_partner->setCurrentIndex(i);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &ExchangeWizard::updateProgress);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RunPage)
            start();
    });
    resize(640, 480);
}

ExchangeWizard::~ExchangeWizard() {
    stopWork();
}

void ExchangeWizard::setRunning(bool running) {
    // No Back while a step runs: it would leave the step's page while its worker writes.
    setOption(QWizard::NoBackButtonOnLastPage, running);
}

void ExchangeWizard::cleanupPage(int id) {
    if (id == RunPage)
        withdrawStep();
    QWizard::cleanupPage(id);
}

void ExchangeWizard::withdrawStep() {
    stopWork();
    if (m_succeeded) {
        // Undo the step's edit when it is still the latest (the wizard is modal: it is); its
        // secret scalar then leaves the portfolio, and a redone step draws a fresh one.
        QUndoStack *stack = m_document->undoStack();
        if (m_stepUndoIndex >= 0 && stack->index() == m_stepUndoIndex && stack->canUndo())
            stack->undo();
        if (!m_writtenPath.isEmpty())
            QFile::remove(m_writtenPath); // not to be sent by mistake: it is void now
    }
    m_succeeded = false;
    m_stepUndoIndex = -1;
    m_writtenPath.clear();
    m_runTitle->clear();
    m_result->clear();
    m_progress->reset();
    static_cast<RunWizardPage *>(page(RunPage))->setComplete(false);
}

void ExchangeWizard::stopWork() {
    if (!m_thread)
        return;
    m_job->cancel = true; // the step ends at its next progress report
    disconnect(m_thread, nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    m_timer->stop();
    setRunning(false);
}

QCheckBox *ExchangeWizard::offerBox(OurPopulation population) const {
    for (const auto &[p, box] : m_offerPopulations)
        if (p == population)
            return box;
    return nullptr;
}

QCheckBox *ExchangeWizard::revealBox(TheirPopulation population) const {
    for (const auto &[p, box] : m_reveal)
        if (p == population)
            return box;
    return nullptr;
}

ExchangeWizard::Step ExchangeWizard::step() const {
    return m_stepAnswer->isChecked()   ? Step::Answer
           : m_stepFinish->isChecked() ? Step::Finish
                                       : Step::Offer;
}

void ExchangeWizard::setStep(Step step) {
    (step == Step::Answer   ? m_stepAnswer
     : step == Step::Finish ? m_stepFinish
                            : m_stepOffer)
        ->setChecked(true);
}

QWizardPage *ExchangeWizard::makeStartPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Which step?"));
    page->setSubTitle(tr("Two companies learn the accounts they share, and nothing else, by "
                         "exchanging three files by mail. No server, no third party."));
    m_stepOffer = new QRadioButton(tr("&1. Make an offer (we start)"), page);
    m_stepAnswer = new QRadioButton(tr("&2. Answer a partner's offer (the partner started)"), page);
    m_stepFinish = new QRadioButton(tr("&3. Finish with the partner's answer (we started)"), page);
    auto *group = new QButtonGroup(page);
    auto *layout = new QVBoxLayout(page);
    for (QRadioButton *b : {m_stepOffer, m_stepAnswer, m_stepFinish}) {
        group->addButton(b);
        layout->addWidget(b);
    }
    layout->addWidget(explanation(
        tr("The side that makes the offer learns the shared accounts with the partner's status "
           "for each, and the sizes of the partner's lists. The side that answers learns only "
           "the sizes of the offer's lists. For both to learn the overlap, each makes an offer."),
        page));
    layout->addStretch(1);
    return page;
}

QWizardPage *ExchangeWizard::makeOfferPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Step 1: make an offer"));
    page->setSubTitle(tr("Our registrable domains, blinded with a secret that stays in this "
                         "portfolio."));
    m_offerLabel = new QLineEdit(organisation(m_document->portfolio()->info()), page);
    m_offerOutput = new QLineEdit(page);
    m_offerOutput->setObjectName(QStringLiteral("offerOutput"));
    auto *form = new QFormLayout;
    form->addRow(tr("Our organisation, as the partner sees it:"), m_offerLabel);
    for (OurPopulation p :
         {OurPopulation::Customers, OurPopulation::Prospects, OurPopulation::OpenOpportunities}) {
        auto *box = new QCheckBox(label(p), page);
        box->setChecked(p != OurPopulation::OpenOpportunities);
        m_offerPopulations.emplace_back(p, box);
        form->addRow(p == OurPopulation::Customers ? tr("Offer our:") : QString(), box);
    }
    form->addRow(tr("Save the offer as:"), fileChooser(m_offerOutput, true, tr("Save the offer"),
                                                       QStringLiteral("offer.psx"), page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(explanation(
        tr("The partner cannot read the blinded domains; it learns how many we offer in each "
           "list and our organisation's name. Send the file by mail; the partner answers it "
           "(step 2) and sends the answer back for step 3. Accounts without a website are not "
           "offered: the exchange matches on domains only."),
        page));
    layout->addStretch(1);
    return page;
}

QWizardPage *ExchangeWizard::makeAnswerPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Step 2: answer a partner's offer"));
    page->setSubTitle(tr("Blind the partner's points again, and our own domains, for the "
                         "partner to compare."));
    m_offerInput = new QLineEdit(page);
    m_offerInput->setObjectName(QStringLiteral("offerInput"));
    m_answerOutput = new QLineEdit(page);
    m_answerOutput->setObjectName(QStringLiteral("answerOutput"));
    m_offerInfo = new QLabel(page);
    m_offerInfo->setWordWrap(true);
    m_offerInfo->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("The partner's offer:"),
                 fileChooser(m_offerInput, false, tr("Open the offer"), QString(), page));
    for (TheirPopulation p : {TheirPopulation::Customers, TheirPopulation::Prospects}) {
        auto *box = new QCheckBox(label(p), page);
        box->setChecked(true);
        m_reveal.emplace_back(p, box);
        form->addRow(p == TheirPopulation::Customers ? tr("Reveal our:") : QString(), box);
    }
    form->addRow(tr("Save the answer as:"), fileChooser(m_answerOutput, true, tr("Save the answer"),
                                                        QStringLiteral("answer.psx"), page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_offerInfo);
    layout->addWidget(explanation(
        tr("The partner learns which of its offered accounts are among the lists we reveal, "
           "with their status, and how many domains each of our lists holds; nothing about our "
           "other accounts. We learn only the sizes of the partner's lists. An offer is answered "
           "once: compare its sizes with what was agreed before answering."),
        page));
    layout->addStretch(1);
    connect(m_offerInput, &QLineEdit::editingFinished, this, [this] { inspectOffer(); });
    return page;
}

QWizardPage *ExchangeWizard::makeFinishPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Step 3: finish with the partner's answer"));
    page->setSubTitle(tr("Compare: the shared accounts become the partner's newest list."));
    m_answerInput = new QLineEdit(page);
    m_answerInput->setObjectName(QStringLiteral("answerInput"));
    m_partner = new QComboBox(page);
    for (const Partner &p : m_document->portfolio()->partners())
        m_partner->addItem(p.name, QVariant::fromValue<qlonglong>(p.id));
    auto *form = new QFormLayout;
    form->addRow(tr("The partner's answer:"),
                 fileChooser(m_answerInput, false, tr("Open the answer"), QString(), page));
    form->addRow(tr("&Partner:"), m_partner);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(explanation(
        tr("We learn each shared account (by its registrable domain) with the partner's status "
           "for it, and the sizes of the partner's lists; nothing about its other accounts. The "
           "result is stored like an imported list of the partner, dated today, and the "
           "exchange's secret is wiped so that the answer cannot be replayed."),
        page));
    layout->addStretch(1);
    return page;
}

QWizardPage *ExchangeWizard::makeRunPage() {
    auto *page = new RunWizardPage(this);
    page->setTitle(tr("Working"));
    m_runTitle = new QLabel(page);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("exchangeProgress"));
    m_cancelWork = new QPushButton(tr("Cancel the step"), page);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelWork);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runTitle);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_cancelWork, &QPushButton::clicked, this, &ExchangeWizard::cancelWork);
    return page;
}

int ExchangeWizard::nextId() const {
    switch (currentId()) {
    case StartPage:
        return step() == Step::Offer ? OfferPage : step() == Step::Answer ? AnswerPage : FinishPage;
    case OfferPage:
    case AnswerPage:
    case FinishPage:
        return RunPage;
    default:
        return -1;
    }
}

bool ExchangeWizard::inspectOffer() {
    QString error;
    m_offerBytes.clear();
    const QString path = m_offerInput->text().trimmed();
    const std::optional<QByteArray> bytes = readExchange(path, &error);
    const std::optional<PsiFileInfo> info =
        bytes ? inspectExchangeFile(*bytes, QFileInfo(path).fileName(), &error) : std::nullopt;
    if (!info) {
        m_offerInfo->setText(error);
        return false;
    }
    m_offerBytes = *bytes;
    m_offerInfo->setText(tr("%1 offers %n blinded domain(s) (%2).", nullptr, int(info->total()))
                             .arg(info->senderLabel, listsText(info->lists)));
    return true;
}

bool ExchangeWizard::validateCurrentPage() {
    const AccountBook &book = m_document->portfolio()->accountBook();
    switch (currentId()) {
    case StartPage:
        return step() == Step::Finish || book.ours() != nullptr;
    case OfferPage:
        return !m_offerOutput->text().trimmed().isEmpty() &&
               std::any_of(m_offerPopulations.begin(), m_offerPopulations.end(),
                           [](const auto &p) { return p.second->isChecked(); });
    case AnswerPage:
        return inspectOffer() && !m_answerOutput->text().trimmed().isEmpty() &&
               std::any_of(m_reveal.begin(), m_reveal.end(),
                           [](const auto &p) { return p.second->isChecked(); });
    case FinishPage:
        return !m_answerInput->text().trimmed().isEmpty() && m_partner->currentIndex() >= 0;
    default:
        return true;
    }
}

void ExchangeWizard::start() {
    if (m_thread)
        return;
    auto job = std::make_shared<Job>();
    job->step = step();
    const AccountBook &book = m_document->portfolio()->accountBook();
    auto *page = static_cast<RunWizardPage *>(this->page(RunPage));
    page->setComplete(false);
    m_succeeded = false;
    m_stepUndoIndex = -1;
    m_writtenPath.clear();
    m_result->clear();
    setRunning(true);
    const auto fail = [this, page](const QString &error) {
        m_runTitle->clear();
        m_result->setText(error);
        m_cancelWork->setEnabled(false);
        page->setComplete(true);
        setRunning(false);
        Q_EMIT stepFinished(false);
    };
    if (job->step != Step::Finish && !book.ours())
        return fail(tr("Import our accounts first."));
    if (book.ours())
        job->ours = book.ours()->list;
    switch (job->step) {
    case Step::Offer:
        m_runTitle->setText(tr("Blinding our domains…"));
        job->outputPath = m_offerOutput->text().trimmed();
        job->offerOptions.ourLabel = m_offerLabel->text().trimmed();
        job->offerOptions.populations.clear();
        for (const auto &[population, box] : m_offerPopulations)
            if (box->isChecked())
                job->offerOptions.populations.push_back(population);
        break;
    case Step::Answer:
        m_runTitle->setText(tr("Blinding the partner's points and our domains…"));
        job->outputPath = m_answerOutput->text().trimmed();
        job->input = m_offerBytes;
        job->inputName = QFileInfo(m_offerInput->text().trimmed()).fileName();
        job->answerOptions.ourLabel = organisation(m_document->portfolio()->info());
        job->answerOptions.answeredOfferIds = book.answeredOfferIds();
        job->answerOptions.reveal.clear();
        for (const auto &[population, box] : m_reveal)
            if (box->isChecked())
                job->answerOptions.reveal.push_back(population);
        break;
    case Step::Finish: {
        m_runTitle->setText(tr("Comparing…"));
        QString error;
        const QString path = m_answerInput->text().trimmed();
        job->inputName = QFileInfo(path).fileName();
        const std::optional<QByteArray> bytes = readExchange(path, &error);
        const int index =
            bytes ? findPsiSession(book.sessions, *bytes, job->inputName, &error) : -1;
        if (index < 0)
            return fail(error);
        job->input = *bytes;
        job->session = book.sessions[size_t(index)];
        break;
    }
    }
    m_job = job;
    m_progress->setRange(0, 0);
    m_cancelWork->setEnabled(true);
    m_thread = QThread::create([job] {
        Job &j = *job;
        const Progress progress = [&j](qint64 done, qint64 total) {
            j.done = done;
            j.total = total;
            return !j.cancel.load();
        };
        if (j.step == Step::Offer) {
            j.offerOptions.progress = progress;
            j.offer = createOffer(j.ours, j.offerOptions, &j.error);
        } else if (j.step == Step::Answer) {
            j.answerOptions.progress = progress;
            j.answer = answerOffer(j.input, j.inputName, j.ours, j.answerOptions, &j.error);
        } else {
            PsiFinishOptions options;
            options.progress = progress;
            j.result = finishExchange(j.session, j.input, j.inputName, options, &j.error);
        }
    });
    connect(m_thread, &QThread::finished, this, [this, job] { done(job); });
    m_timer->start();
    m_thread->start();
}

void ExchangeWizard::updateProgress() {
    if (!m_job)
        return;
    const qint64 total = m_job->total;
    if (total <= 0)
        return;
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(m_job->done, INT_MAX)));
}

void ExchangeWizard::cancelWork() {
    if (m_job)
        m_job->cancel = true;
}

void ExchangeWizard::done(const std::shared_ptr<Job> &job) {
    m_timer->stop();
    setRunning(false);
    const int undoIndex = m_document->undoStack()->index();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    m_cancelWork->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    auto *page = static_cast<RunWizardPage *>(this->page(RunPage));
    const QLocale locale;
    QString error = job->error;
    AccountBook after = m_document->portfolio()->accountBook();
    bool ok = false;
    if (job->cancel && !job->offer && !job->answer && !job->result) {
        error = tr("Cancelled: nothing was written or stored.");
    } else if (job->offer && writeExchange(job->outputPath, job->offer->file, &error)) {
        m_writtenPath = job->outputPath;
        after.storeSession(job->offer->session);
        edit::setAccountBook(*m_document, std::move(after), tr("Make an account-mapping offer"));
        qint64 offered = 0;
        for (const PsiList &l : job->offer->session.lists)
            offered += l.count;
        m_result->setText(
            tr("The offer holds %n blinded domain(s) (%1). Send \"%2\" to the "
               "partner; when its answer comes back, run step 3.",
               nullptr, int(offered))
                .arg(listsText(job->offer->session.lists), QFileInfo(job->outputPath).fileName()));
        ok = true;
    } else if (job->answer && writeExchange(job->outputPath, job->answer->file, &error)) {
        m_writtenPath = job->outputPath;
        after.answeredOffers.push_back({job->answer->offerId, QDateTime::currentDateTimeUtc()});
        edit::setAccountBook(*m_document, std::move(after),
                             tr("Answer the offer of %1").arg(job->answer->offerLabel));
        m_result->setText(tr("Answered the offer of %1 (%2). Send \"%3\" back to them.")
                              .arg(job->answer->offerLabel, listsText(job->answer->offerLists),
                                   QFileInfo(job->outputPath).fileName()));
        ok = true;
    } else if (job->result) {
        const Id partner = m_partner->currentData().toLongLong();
        AccountList list = psiPartnerList(*job->result, QDate::currentDate());
        list.sourceName = job->inputName;
        after.storeSession(job->session); // finished: its secret is wiped
        after.addPartnerList(partner, std::move(list));
        edit::setAccountBook(
            *m_document, std::move(after),
            tr("Finish the account mapping with %1").arg(m_partner->currentText()));
        m_result->setText(
            tr("%n shared account(s) with %1, of %2 we offered and %3 they revealed. They are "
               "stored as the newest list of %4: the Accounts page shows the overlap.",
               nullptr, int(job->result->shared.size()))
                .arg(job->result->partnerLabel, locale.toString(job->result->ourTotal),
                     locale.toString(job->result->theirTotal), m_partner->currentText()));
        ok = true;
    }
    if (ok) {
        if (m_document->undoStack()->index() > undoIndex) // the step's own edit
            m_stepUndoIndex = m_document->undoStack()->index();
        m_result->setText(m_result->text() + QLatin1Char('\n') +
                          tr("Back withdraws this step (its file is removed) to redo it."));
    } else {
        m_result->setText(error);
    }
    m_runTitle->setText(ok ? tr("Done.") : tr("The step did not complete."));
    m_succeeded = ok;
    page->setComplete(true);
    Q_EMIT stepFinished(ok);
}

void ExchangeWizard::reject() {
    stopWork(); // nothing of a step cancelled this way is written or stored
    QWizard::reject();
}

} // namespace ps
