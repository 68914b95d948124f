// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace ps {
class ImportWizard;
struct ImportSession;

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

} // namespace ps
