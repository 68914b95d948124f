// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ps {
class ImportWizard;

/**
 * 3. (deals, activities) What the CRM's values mean. Deals: the outcome of every stage in the
 * file (won, lost, open), recognized from "Closed Won", "closedlost"... and changeable, and the
 * attribution rule (which partner sourced a deal and which influenced it), shown and changeable.
 * Activities: the kind of every activity type ("Call", "QBR", "Webinar"), unknown ones
 * highlighted.
 */
class ImportRulesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRulesPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void fillStages();
    void fillActivityKinds();
    void ruleChanged();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    QGroupBox *m_rule;
    QCheckBox *m_fromLeadSource;
    QLineEdit *m_leadSourceWords;
    QLineEdit *m_roleWords;
    QLabel *m_ruleText;
    bool m_filling = false;
};

} // namespace ps
