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

/// 1. The file, what it holds, its encoding and delimiter (detected, overridable), a preview;
/// for deals, the opportunity-partner export that says which partners were on which deal.
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

    void refreshPartners();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QWidget *m_partnersRow;
    QLabel *m_partnersLabel;
    QLineEdit *m_partnersPath;
    QLabel *m_partnersStatus;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_status;
    QTableWidget *m_preview;
    bool m_refreshing = false;
};

} // namespace ps
