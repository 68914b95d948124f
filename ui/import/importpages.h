// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

/// The six pages of the import wizard (see importwizard.h). Widgets carry object names so that
/// tests and accessibility tools can find them.
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

/// 2. Column mapping: a preset, then one target field per column of the file.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void fillTable();
    void targetChosen(int column, int comboIndex);

    ImportWizard *m_wizard;
    QComboBox *m_preset;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_filling = false;
};

/// 3. The partner model of every distinct Type value; unknown values are highlighted.
class ImportValuesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportValuesPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
};

/// 4. Duplicates against the portfolio and within the file: skip, merge or add, per row or all.
class ImportDuplicatesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);
    void initializePage() override;

private:
    void fillTable();
    void setAll(int action);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
};

/// 5. The validation report by line and what the import will do; the Import button.
class ImportValidationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportValidationPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void updateSummary();

    ImportWizard *m_wizard;
    QLabel *m_verdict;
    QTableWidget *m_table;
    QCheckBox *m_skipInvalid;
    QLabel *m_summary;
    bool m_canImport = false; ///< a valid plan that changes something
};

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
