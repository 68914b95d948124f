// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

/// 1. The file, what it holds, its encoding and delimiter (detected, overridable), a preview.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// Shows the session's file, detection and preview.
    void refresh();

private:
    void reread();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_status;
    QTableWidget *m_preview;
    bool m_refreshing = false;
};

} // namespace ps
