// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/psi.h"
#include "core/domain/entities.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;
class QTimer;

namespace ps {
class Document;

/**
 * The private exchange by file (docs/account-mapping.md), as a wizard: choose the step (make
 * an offer, answer a partner's offer, finish with the partner's answer), give its files, read
 * what each side learns, then watch the work run off the GUI thread with a progress bar that
 * cancels. The scalar multiplications of 100,000 accounts take seconds; the window stays live.
 * A step that succeeds writes its file and is one undo step on the portfolio (the session
 * kept, the offer recorded as answered, or the shared accounts stored as the partner's list).
 * Once a step has ended, Back returns to its page to redo it (another list, another partner):
 * going back withdraws what the step did (its undo step is undone and the file it wrote is
 * removed), so a redone offer or answer is a new exchange with a fresh secret scalar.
 */
class ExchangeWizard : public QWizard {
    Q_OBJECT
public:
    enum class Step { Offer, Answer, Finish };
    enum PageId { StartPage, OfferPage, AnswerPage, FinishPage, RunPage };

    /// `partnerId` preselects the partner of the finish step.
    ExchangeWizard(Document *document, Step step, Id partnerId, QWidget *parent = nullptr);
    ~ExchangeWizard() override;

    Step step() const;
    void setStep(Step step);

    // The fields of the pages (tests drive them).
    QLineEdit *offerOutput() const { return m_offerOutput; }
    QLineEdit *offerInput() const { return m_offerInput; }
    QLineEdit *answerOutput() const { return m_answerOutput; }
    QLineEdit *answerInput() const { return m_answerInput; }
    QComboBox *partnerBox() const { return m_partner; }
    /// The check box of a list we offer (step 1), or of a list we reveal (step 2).
    QCheckBox *offerBox(accounts::OurPopulation population) const;
    QCheckBox *revealBox(accounts::TheirPopulation population) const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelWorkButton() const { return m_cancelWork; }
    QLabel *resultLabel() const { return m_result; }

    bool isRunning() const { return m_thread != nullptr; }
    /// True once the step ran to its end and its result is stored.
    bool succeeded() const { return m_succeeded; }
    /// Asks the running step to stop (the progress bar's Cancel).
    void cancelWork();

    int nextId() const override;
    bool validateCurrentPage() override;
    void reject() override;

protected:
    /// Leaving the run page backwards withdraws the step that ran (see the class comment).
    void cleanupPage(int id) override;

Q_SIGNALS:
    /// The step ended: `ok` when it succeeded, false when it failed or was cancelled.
    void stepFinished(bool ok);

private:
    struct Job;
    QWizardPage *makeStartPage();
    QWizardPage *makeOfferPage();
    QWizardPage *makeAnswerPage();
    QWizardPage *makeFinishPage();
    QWizardPage *makeRunPage();
    void start();
    void done(const std::shared_ptr<Job> &job);
    void updateProgress();
    void stopWork();
    void setRunning(bool running);
    void withdrawStep();
    bool inspectOffer();

    Document *m_document;
    QRadioButton *m_stepOffer;
    QRadioButton *m_stepAnswer;
    QRadioButton *m_stepFinish;
    QLineEdit *m_offerLabel;
    std::vector<std::pair<accounts::OurPopulation, QCheckBox *>> m_offerPopulations;
    QLineEdit *m_offerOutput;
    QLineEdit *m_offerInput;
    QLabel *m_offerInfo;
    std::vector<std::pair<accounts::TheirPopulation, QCheckBox *>> m_reveal;
    QLineEdit *m_answerOutput;
    QLineEdit *m_answerInput;
    QComboBox *m_partner;
    QLabel *m_runTitle;
    QProgressBar *m_progress;
    QPushButton *m_cancelWork;
    QLabel *m_result;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QByteArray m_offerBytes;
    bool m_succeeded = false;
    int m_stepUndoIndex = -1; ///< the undo stack's index after the step's edit, or -1
    QString m_writtenPath;    ///< the file the step wrote, or empty
};

} // namespace ps
