// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace ps {
class ImportWizard;
struct ImportSession;

/// The last step: progress, then what was new, changed, unchanged and skipped.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// The last page (the rules page has a higher id but comes before the duplicates).
    int nextId() const override { return -1; }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_summary;
    bool m_done = false;
};

} // namespace ps
