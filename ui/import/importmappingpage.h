// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

/// 2. Column mapping: a preset, then one target field per column of the file, and how to read
/// dates whose day and month could be swapped: detected from the file (the deciding row is
/// shown), or, when every such date reads either way, asked with the file's first dates read
/// both ways; the page is not complete until the user answers.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillTable();
    void fillDateOrder();
    /// Whether the file's dates read either way and the user has not chosen an order yet.
    bool dateOrderUnanswered() const;
    void syncDateRadios();
    void targetChosen(int column, int comboIndex);

    ImportWizard *m_wizard;
    QComboBox *m_preset;
    QComboBox *m_dateOrder;
    QLabel *m_dateFound;
    QGroupBox *m_dateQuestion;
    QLabel *m_dateQuestionText;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
    bool m_datesAmbiguous = false; ///< some dates read either way and no row decides
    QLabel *m_linkedSummary;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace ps
