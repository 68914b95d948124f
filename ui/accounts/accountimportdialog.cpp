// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ps {

using namespace ps::accounts;

AccountImportDialog::AccountImportDialog(const QString &path, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_preset(new QComboBox(this))
    , m_rules(new QTableWidget(0, 3, this))
    , m_detected(new QLabel(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(title);
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
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->horizontalHeader()->setStretchLastSection(true);
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
                                "decides).")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Status rules:"), this));
    layout->addWidget(m_rules, 1);
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

void AccountImportDialog::fillRules() {
    const StatusRules &rules = m_mapping.statusRules;
    m_rules->setRowCount(int(rules.rules.size()) + 1);
    const int statusColumn = m_mapping.columnOf(AccountField::Status);
    const QString statusName = statusColumn >= 0 && m_table ? m_table->header.value(statusColumn)
                                                            : tr("(no status column)");
    const auto cell = [](const QString &text) { return new QTableWidgetItem(text); };
    for (int i = 0; i < int(rules.rules.size()); ++i) {
        const StatusRule &r = rules.rules[size_t(i)];
        m_rules->setItem(i, 0, cell(r.column.isEmpty() ? statusName : r.column));
        m_rules->setItem(i, 1, cell(r.pattern));
        m_rules->setItem(i, 2, cell(label(r.status)));
    }
    const int last = int(rules.rules.size());
    m_rules->setItem(last, 0, cell(tr("any other row")));
    m_rules->setItem(last, 1, cell(QString()));
    m_rules->setItem(last, 2, cell(label(rules.fallback)));
    m_rules->resizeColumnsToContents();
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
