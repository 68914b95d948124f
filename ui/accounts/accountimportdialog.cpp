// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountimportdialog.h"

#include "core/accounts/statusrulestext.h"
#include "core/import/importmapping.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {

using namespace ps::accounts;

namespace {

constexpr AccountStatus statuses[] = {AccountStatus::Customer, AccountStatus::Prospect,
                                      AccountStatus::OpenOpportunity, AccountStatus::Other};

QComboBox *statusChooser(AccountStatus status) {
    auto *box = new QComboBox;
    for (AccountStatus s : statuses)
        box->addItem(label(s), int(s));
    box->setCurrentIndex(box->findData(int(status)));
    return box;
}

QTableWidgetItem *fixedCell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

AccountImportDialog::AccountImportDialog(const QString &path, const QString &title, QWidget *parent)
    : AccountImportDialog(path, title, nullptr, parent) {}

AccountImportDialog::AccountImportDialog(const QString &path, const QString &title,
                                         const AccountList *remembered, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_preset(new QComboBox(this))
    , m_rules(new QTableWidget(0, 3, this))
    , m_addRule(new QPushButton(tr("&Add rule"), this))
    , m_removeRule(new QPushButton(tr("Re&move rule"), this))
    , m_ruleUp(new QPushButton(tr("Move &up"), this))
    , m_ruleDown(new QPushButton(tr("Move do&wn"), this))
    , m_resetRules(new QPushButton(tr("&Reset to the layout's rules"), this))
    , m_detected(new QLabel(this))
    , m_rulesNote(new QLabel(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(title);
    if (remembered) { // the rules and where they come from; not the accounts
        m_remembered.importedOn = remembered->importedOn;
        m_remembered.sourceName = remembered->sourceName;
        m_remembered.statusRules = remembered->statusRules;
    }
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) {
        m_readError = AccountIssue{0, tr("The file does not exist.")}.describe(name);
    } else {
        const csv::ReadResult read = csv::readFile(path, {});
        if (read.ok())
            m_table = *read.table;
        else
            m_readError = AccountIssue{read.error.line, read.error.message}.describe(name);
    }
    for (AccountPreset p : {AccountPreset::Auto, AccountPreset::Salesforce, AccountPreset::HubSpot,
                            AccountPreset::Generic})
        m_preset->addItem(label(p), int(p));
    m_preset->setObjectName(QStringLiteral("presetBox"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_preset);
    form->addRow(QString(), m_detected);
    const QStringList header = m_table ? m_table->header : QStringList();
    for (AccountField field : accountFields()) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column_") + toKey(field));
        box->addItem(tr("(none)"));
        for (int i = 0; i < header.size(); ++i)
            box->addItem(tr("%1: %2").arg(i + 1).arg(header[i]));
        m_columns[field] = box;
        form->addRow(tr("%1 column:").arg(label(field)), box);
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, field, header](int index) {
                    QString error;
                    setAccountColumn(m_mapping, header, field,
                                     index <= 0 ? QString() : QString::number(index), &error);
                    fillColumns(); // a column fills one field: another field may lose it
                    fillRules();
                });
    }
    m_rules->setObjectName(QStringLiteral("statusRules"));
    m_rules->setAccessibleName(tr("Status rules"));
    m_rules->setHorizontalHeaderLabels({tr("Column"), tr("Value (* any text)"), tr("Status")});
    m_rules->verticalHeader()->hide();
    m_rules->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_addRule->setObjectName(QStringLiteral("addRule"));
    m_removeRule->setObjectName(QStringLiteral("removeRule"));
    m_ruleUp->setObjectName(QStringLiteral("ruleUp"));
    m_ruleDown->setObjectName(QStringLiteral("ruleDown"));
    m_resetRules->setObjectName(QStringLiteral("resetRules"));
    m_addRule->setToolTip(tr("Add a rule below the selected one"));
    m_resetRules->setToolTip(tr("Go back to the status rules of the layout"));
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        std::vector<StatusRule> &rules = m_mapping.statusRules.rules;
        if (item->column() == 1 && item->row() < int(rules.size()))
            rules[size_t(item->row())].pattern = item->text().trimmed();
    });
    connect(m_rules, &QTableWidget::currentCellChanged, this,
            &AccountImportDialog::updateRuleButtons);
    connect(m_addRule, &QPushButton::clicked, this, &AccountImportDialog::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &AccountImportDialog::removeRule);
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_resetRules, &QPushButton::clicked, this, [this] {
        m_mapping.statusRules = defaultStatusRules(m_mapping.preset);
        m_rulesRemembered = false;
        m_rulesNote->setText(layoutRulesNote(m_mapping.preset));
        fillRules();
    });
    m_rulesNote->setObjectName(QStringLiteral("rulesNote"));
    m_rulesNote->setWordWrap(true);
    m_rulesNote->setTextFormat(Qt::PlainText);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addRule, m_removeRule, m_ruleUp, m_ruleDown})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_resetRules);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountImportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1: pick the column of each field. Rows need a name or a "
                                "website; the status rules below say which rows are customers, "
                                "prospects or open opportunities (the first rule that matches "
                                "decides). Edit a rule's value in place, '*' standing for any "
                                "text; change its column or status with its lists.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    // The heading of the rules says which they are ("Status rules: those used with ...").
    m_rulesNote->setText(tr("Status rules:"));
    layout->addWidget(m_rulesNote);
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_table) {
        m_error->setText(m_readError);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_preset, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AccountImportDialog::applyPreset);
    applyPreset();
    resize(620, 640);
}

QComboBox *AccountImportDialog::columnBox(AccountField field) const {
    const auto it = m_columns.find(field);
    return it == m_columns.end() ? nullptr : it->second;
}

void AccountImportDialog::applyPreset() {
    if (!m_table)
        return;
    const auto preset = AccountPreset(m_preset->currentData().toInt());
    m_mapping = buildAccountMapping(preset, m_table->header, m_table->delimiter);
    RulesChoice choice = chooseStatusRules(
        m_mapping, m_table->header, m_remembered.statusRules.isEmpty() ? nullptr : &m_remembered);
    m_mapping.statusRules = std::move(choice.rules);
    m_rulesRemembered = choice.remembered;
    m_rulesNote->setText(choice.note);
    m_detected->setText(preset == AccountPreset::Auto
                            ? tr("Recognised: %1").arg(label(m_mapping.preset))
                            : QString());
    fillColumns();
    fillRules();
}

void AccountImportDialog::fillColumns() {
    for (const auto &[field, box] : m_columns) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(m_mapping.columnOf(field) + 1);
    }
    m_error->clear();
}

QComboBox *AccountImportDialog::ruleColumnBox(int row) const {
    return qobject_cast<QComboBox *>(m_rules->cellWidget(row, 0));
}

QComboBox *AccountImportDialog::ruleStatusBox(int row) const {
    return qobject_cast<QComboBox *>(m_rules->cellWidget(row, 2));
}

QComboBox *AccountImportDialog::columnChooser(const QString &column) {
    auto *box = new QComboBox;
    const int statusColumn = m_mapping.columnOf(AccountField::Status);
    const QStringList header = m_table ? m_table->header : QStringList();
    box->addItem(statusColumn >= 0 ? tr("%1 (the status column)").arg(header.value(statusColumn))
                                   : tr("(the status column: none)"),
                 QString());
    QStringList keys;
    for (const QString &h : header) {
        const QString key = import::headerKey(h);
        if (h.trimmed().isEmpty() || keys.contains(key))
            continue;
        keys << key;
        box->addItem(h, h);
    }
    if (column.isEmpty()) {
        box->setCurrentIndex(0);
    } else if (const int at = int(keys.indexOf(import::headerKey(column))); at >= 0) {
        box->setCurrentIndex(at + 1);
    } else { // a preset's rule naming a column this file does not have: it never matches
        box->addItem(tr("%1 (not in this file)").arg(column), column);
        box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

void AccountImportDialog::fillRules() {
    const int current = m_rules->currentRow();
    const QSignalBlocker block(m_rules);
    const StatusRules &rules = m_mapping.statusRules;
    m_rules->clearContents();
    m_rules->setRowCount(int(rules.rules.size()) + 1);
    const int statusColumn = m_mapping.columnOf(AccountField::Status);
    const QString statusName = statusColumn >= 0 && m_table ? m_table->header.value(statusColumn)
                                                            : tr("(no status column)");
    for (int i = 0; i < int(rules.rules.size()); ++i) {
        const StatusRule &r = rules.rules[size_t(i)];
        // The item under the chooser names the column too (for reading the table as text).
        m_rules->setItem(i, 0, fixedCell(r.column.isEmpty() ? statusName : r.column));
        m_rules->setItem(i, 1, new QTableWidgetItem(r.pattern));
        m_rules->setItem(i, 2, fixedCell(label(r.status)));
        QComboBox *column = columnChooser(r.column);
        QComboBox *status = statusChooser(r.status);
        column->setAccessibleName(tr("Column of rule %1").arg(i + 1));
        status->setAccessibleName(tr("Status of rule %1").arg(i + 1));
        m_rules->setCellWidget(i, 0, column);
        m_rules->setCellWidget(i, 2, status);
        connect(column, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, i, column, statusName] {
                    const QString name = column->currentData().toString();
                    m_mapping.statusRules.rules[size_t(i)].column = name;
                    m_rules->item(i, 0)->setText(name.isEmpty() ? statusName : name);
                });
        connect(status, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, i, status] {
            const auto value = AccountStatus(status->currentData().toInt());
            m_mapping.statusRules.rules[size_t(i)].status = value;
            m_rules->item(i, 2)->setText(label(value));
        });
    }
    const int last = int(rules.rules.size());
    m_rules->setItem(last, 0, fixedCell(tr("any other row")));
    m_rules->setItem(last, 1, fixedCell(QString()));
    m_rules->setItem(last, 2, fixedCell(label(rules.fallback)));
    QComboBox *fallback = statusChooser(rules.fallback);
    fallback->setAccessibleName(tr("Status of any other row"));
    m_rules->setCellWidget(last, 2, fallback);
    connect(fallback, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, fallback] {
        m_mapping.statusRules.fallback = AccountStatus(fallback->currentData().toInt());
        m_rules->item(m_rules->rowCount() - 1, 2)->setText(label(m_mapping.statusRules.fallback));
    });
    m_rules->resizeColumnsToContents();
    m_rules->setCurrentCell(std::clamp(current, 0, last), 1);
    updateRuleButtons();
}

void AccountImportDialog::updateRuleButtons() {
    const int rules = int(m_mapping.statusRules.rules.size());
    const int row = m_rules->currentRow();
    const bool rule = row >= 0 && row < rules;
    m_removeRule->setEnabled(rule);
    m_ruleUp->setEnabled(rule && row > 0);
    m_ruleDown->setEnabled(rule && row + 1 < rules);
}

void AccountImportDialog::addRule() {
    std::vector<StatusRule> &rules = m_mapping.statusRules.rules;
    const int row = m_rules->currentRow();
    const int at = row >= 0 && row < int(rules.size()) ? row + 1 : int(rules.size());
    StatusRule rule;
    rule.status = AccountStatus::Customer;
    rules.insert(rules.begin() + at, rule);
    fillRules();
    m_rules->setCurrentCell(at, 1);
    if (m_rules->isVisible())
        m_rules->editItem(m_rules->item(at, 1));
}

void AccountImportDialog::removeRule() {
    std::vector<StatusRule> &rules = m_mapping.statusRules.rules;
    const int row = m_rules->currentRow();
    if (row < 0 || row >= int(rules.size()))
        return;
    rules.erase(rules.begin() + row);
    fillRules();
}

void AccountImportDialog::moveRule(int by) {
    std::vector<StatusRule> &rules = m_mapping.statusRules.rules;
    const int row = m_rules->currentRow();
    const int to = row + by;
    if (row < 0 || row >= int(rules.size()) || to < 0 || to >= int(rules.size()))
        return;
    std::swap(rules[size_t(row)], rules[size_t(to)]);
    fillRules();
    m_rules->setCurrentCell(to, 1);
}

bool AccountImportDialog::parse(QString *error) {
    m_list.reset();
    if (!m_table) {
        if (error)
            *error = m_readError;
        return false;
    }
    const AccountImportResult result =
        parseAccounts(*m_table, m_mapping, QFileInfo(m_path).fileName());
    if (!result.ok()) {
        m_error->setText(result.errorMessage());
        if (error)
            *error = result.errorMessage();
        return false;
    }
    m_list = *result.list;
    m_list->sourceName = QFileInfo(m_path).fileName();
    m_error->clear();
    return true;
}

void AccountImportDialog::accept() {
    if (parse())
        QDialog::accept();
}

} // namespace ps
