// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace ps {
class ImportWizard;
struct ImportSession;

/// 6. The import: progress, then what was added, merged and skipped.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_summary;
    bool m_done = false;
};

} // namespace ps
