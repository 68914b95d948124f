// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

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
    QString m_summaryNote;    ///< ambiguous dates read month first, when the user did not choose
};

} // namespace ps
