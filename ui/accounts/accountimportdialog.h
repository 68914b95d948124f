// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountimport.h"

#include <QDialog>

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ps {

/**
 * Importing an account list from a CRM export of any layout: the Salesforce and HubSpot
 * layouts are recognised from their headers; for others (and to correct a guess) the user
 * picks the column of each field (name, website, status, industry, employees, country, CRM
 * id, open pipeline). The status rules that decide customers, prospects and open
 * opportunities start as the rules used last time for the same list (our accounts, or the same
 * partner's), when the file's layout and columns fit them, otherwise as the layout's defaults
 * (chooseStatusRules()); a line above the rules says which. They can be edited: each rule's
 * column, value pattern and status, rules added, removed and reordered (the first that
 * matches decides), the status of rows no rule matches, and Reset back to the layout's rules.
 * The statuses they decide are stored with the list's accounts, and the rules with the list
 * (AccountList::statusRules); the import is one undo step. OK
 * reads the whole file; a bad row keeps the dialog open with one sentence naming the file and
 * line, and nothing is imported.
 */
class AccountImportDialog : public QDialog {
    Q_OBJECT
public:
    AccountImportDialog(const QString &path, const QString &title, QWidget *parent = nullptr);
    /// The same, starting with the rules remembered with `remembered` (the list imported last
    /// time, see rememberedRulesList(); nullptr: none) when they fit the file.
    AccountImportDialog(const QString &path, const QString &title,
                        const accounts::AccountList *remembered, QWidget *parent = nullptr);

    /// False when the file could not be read as CSV; readError() says why (file and line).
    bool isReadable() const { return m_table.has_value(); }
    QString readError() const { return m_readError; }

    QComboBox *presetBox() const { return m_preset; }
    /// The combo box of a field: item 0 is "(none)", item i the file's column i.
    QComboBox *columnBox(accounts::AccountField field) const;
    /// The rules, one a row, then the "any other row" row (the fallback). Column 0 and 2 of
    /// each row hold a combo box (ruleColumnBox(), ruleStatusBox()); the value (column 1) is
    /// edited in place.
    QTableWidget *rulesTable() const { return m_rules; }
    /// The column chooser of rule `row` (nullptr for the fallback row); item 0 is the column
    /// mapped to the status field.
    QComboBox *ruleColumnBox(int row) const;
    /// The status chooser of rule `row`, or of the fallback for the last row.
    QComboBox *ruleStatusBox(int row) const;
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *removeRuleButton() const { return m_removeRule; }
    QPushButton *ruleUpButton() const { return m_ruleUp; }
    QPushButton *ruleDownButton() const { return m_ruleDown; }
    QPushButton *resetRulesButton() const { return m_resetRules; }
    QLabel *errorLabel() const { return m_error; }
    /// Which rules the table started with: those used last time, or the layout's (and why).
    QLabel *rulesNoteLabel() const { return m_rulesNote; }
    /// True while the rules shown started as the remembered ones (until Reset or another
    /// layout).
    bool rulesRemembered() const { return m_rulesRemembered; }
    const accounts::AccountMapping &mapping() const { return m_mapping; }

    /// Reads the file with the current mapping; false with the error shown (and in *error).
    bool parse(QString *error = nullptr);
    /// The list read by parse() (or OK).
    const std::optional<accounts::AccountList> &list() const { return m_list; }

    void accept() override;

private:
    void applyPreset();
    void fillColumns();
    void fillRules();
    QComboBox *columnChooser(const QString &column);
    void updateRuleButtons();
    void addRule();
    void removeRule();
    void moveRule(int by);

    QString m_path;
    std::optional<csv::Table> m_table;
    QString m_readError;
    accounts::AccountMapping m_mapping;
    QComboBox *m_preset;
    std::map<accounts::AccountField, QComboBox *> m_columns;
    QTableWidget *m_rules;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QPushButton *m_ruleUp;
    QPushButton *m_ruleDown;
    QPushButton *m_resetRules;
    QLabel *m_detected;
    QLabel *m_rulesNote;
    QLabel *m_error;
    accounts::AccountList m_remembered; ///< without its accounts; statusRules empty: none
    bool m_rulesRemembered = false;
    std::optional<accounts::AccountList> m_list;
};

} // namespace ps
