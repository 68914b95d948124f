// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

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

} // namespace ps
