// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

/// 2. Column mapping: a preset, then one target field per column of the file, and how to read
/// dates whose day and month could be swapped (detected from the file, or chosen).
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void fillTable();
    void fillDateOrder();
    void targetChosen(int column, int comboIndex);

    ImportWizard *m_wizard;
    QComboBox *m_preset;
    QComboBox *m_dateOrder;
    QLabel *m_linkedSummary;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace ps
