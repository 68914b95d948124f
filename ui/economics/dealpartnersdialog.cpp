// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/dealpartnersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

enum Column { PartnerColumn, RoleColumn, CrmRoleColumn, ColumnCount };

} // namespace

DealPartnersDialog::DealPartnersDialog(const Portfolio &portfolio, const Deal &deal,
                                       QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_amount(deal.amount)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add partner"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_split(new QLabel(this)) {
    setWindowTitle(tr("Partners of %1").arg(deal.name));
    m_table->setHorizontalHeaderLabels({tr("Partner"), tr("Role"), tr("Role in the CRM")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(PartnerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Partners of the deal"));
    m_split->setWordWrap(true);
    auto *note = new QLabel(tr("A partner sourced the deal when it brought the opportunity; it "
                               "influenced it when it helped win a deal someone else found."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_split);
    layout->addWidget(note);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addPartner(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateSplit();
    });
    for (const DealPartner &p : deal.partners)
        addPartner(p.partnerId, p.role, p.crmRole);
    m_add->setEnabled(!portfolio.partners().empty());
    updateSplit();
    resize(620, 360);
}

void DealPartnersDialog::addPartner(Id partner, Attribution role, const QString &crmRole) {
    if (partner == 0) {
        const std::vector<DealPartner> current = partners();
        for (const Partner &p : m_portfolio.partners())
            if (std::none_of(current.begin(), current.end(),
                             [&](const DealPartner &d) { return d.partnerId == p.id; })) {
                partner = p.id;
                break;
            }
        if (partner == 0 && !m_portfolio.partners().empty())
            partner = m_portfolio.partners().front().id;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *who = new QComboBox(m_table);
    for (const Partner &p : m_portfolio.partners())
        who->addItem(p.name, qint64(p.id));
    who->setCurrentIndex(std::max(0, who->findData(qint64(partner))));
    who->setAccessibleName(tr("Partner"));
    auto *what = new QComboBox(m_table);
    for (Attribution a : enumValues<Attribution>())
        what->addItem(label(a), toKey(a));
    what->setCurrentIndex(what->findData(toKey(role)));
    what->setAccessibleName(tr("Role"));
    auto *text = new QLineEdit(crmRole, m_table);
    text->setAccessibleName(tr("Role in the CRM"));
    m_table->setCellWidget(row, PartnerColumn, who);
    m_table->setCellWidget(row, RoleColumn, what);
    m_table->setCellWidget(row, CrmRoleColumn, text);
    m_table->setCurrentCell(row, PartnerColumn);
    connect(who, &QComboBox::currentIndexChanged, this, &DealPartnersDialog::updateSplit);
    updateSplit();
}

std::vector<DealPartner> DealPartnersDialog::partners() const {
    std::vector<DealPartner> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *who = qobject_cast<QComboBox *>(m_table->cellWidget(row, PartnerColumn));
        auto *what = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
        auto *text = qobject_cast<QLineEdit *>(m_table->cellWidget(row, CrmRoleColumn));
        if (!who || !what || !text || who->currentIndex() < 0)
            continue;
        const Id id = who->currentData().toLongLong();
        if (std::any_of(out.begin(), out.end(),
                        [id](const DealPartner &p) { return p.partnerId == id; }))
            continue;
        out.push_back({id,
                       enumFromKey<Attribution>(what->currentData().toString())
                           .value_or(Attribution::Influenced),
                       text->text().trimmed()});
    }
    return out;
}

void DealPartnersDialog::updateSplit() {
    const size_t count = partners().size();
    m_remove->setEnabled(m_table->rowCount() > 0);
    m_split->setText(count == 0 ? tr("A direct deal: no partner is credited.")
                                : tr("If won, each partner is credited %1 of the %2 (the amount "
                                     "split equally among %n partner(s)).",
                                     nullptr, int(count))
                                      .arg(QLocale().toString(m_amount / double(count), 'f', 0),
                                           QLocale().toString(m_amount, 'f', 0)));
}

} // namespace ps
