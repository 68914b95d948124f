// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/oemtables.h"

#include "ui/document/document.h"
#include "ui/undo/edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace ps {
namespace {

QTableWidgetItem *numberItem(const QVariant &value) {
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

int nonNegative(const QTableWidgetItem *item) {
    return item ? qMax(0, item->data(Qt::EditRole).toInt()) : 0;
}

} // namespace

OemListEditor::OemListEditor(Document *document, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(kind == Kind::RoyaltyTiers ? tr("Add tier") : tr("Add period"), this))
    , m_remove(new QPushButton(kind == Kind::RoyaltyTiers ? tr("Remove tier") : tr("Remove period"),
                               this)) {
    if (kind == Kind::RoyaltyTiers) {
        m_table->setColumnCount(2);
        m_table->setHorizontalHeaderLabels({tr("From units"), tr("Royalty per unit")});
        m_table->setAccessibleName(tr("Royalty volume tiers"));
    } else {
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderLabels({tr("Period"), tr("Integrations validated"),
                                            tr("Devices validated"), tr("Co-marketing"),
                                            tr("Devices in the field"), tr("Pre-loaded")});
        m_table->setAccessibleName(tr("OEM scoreboard"));
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OemListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &OemListEditor::removeRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            writeBack();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OemListEditor::updateButtons);
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind k, Id id) {
        if (k == EntityKind::OemDeal && id == m_deal)
            reload();
    });
    updateButtons();
}

void OemListEditor::setDeal(Id id) {
    m_deal = id;
    reload();
}

void OemListEditor::reload() {
    m_loading = true;
    const OemDeal *deal = m_document->portfolio()->find<OemDeal>(m_deal);
    m_table->setRowCount(0);
    if (deal && m_kind == Kind::RoyaltyTiers) {
        m_table->setRowCount(int(deal->tiers.size()));
        for (int row = 0; row < int(deal->tiers.size()); ++row) {
            const RoyaltyTier &tier = deal->tiers[size_t(row)];
            m_table->setItem(row, 0, numberItem(tier.fromUnits));
            m_table->setItem(row, 1, numberItem(tier.perUnit));
        }
    } else if (deal) {
        m_table->setRowCount(int(deal->scoreboard.size()));
        for (int row = 0; row < int(deal->scoreboard.size()); ++row) {
            const ScoreboardEntry &e = deal->scoreboard[size_t(row)];
            auto *period = new QTableWidgetItem;
            period->setData(Qt::EditRole, e.period);
            m_table->setItem(row, 0, period);
            const int values[] = {e.integrationsValidated, e.devicesValidated,
                                  e.coMarketingActivities, e.devicesInField, e.devicesPreloaded};
            for (int c = 0; c < 5; ++c)
                m_table->setItem(row, c + 1, numberItem(values[c]));
        }
    }
    m_loading = false;
    updateButtons();
}

void OemListEditor::writeBack() {
    if (m_deal == 0)
        return;
    bool accepted = false;
    if (m_kind == Kind::RoyaltyTiers) {
        std::vector<RoyaltyTier> tiers;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            RoyaltyTier tier;
            tier.fromUnits = nonNegative(m_table->item(row, 0));
            const QTableWidgetItem *rate = m_table->item(row, 1);
            tier.perUnit = rate ? qMax(0.0, rate->data(Qt::EditRole).toDouble()) : 0.0;
            tiers.push_back(tier);
        }
        // Tiers apply by volume: keep them in ascending order whatever order they were typed in.
        std::stable_sort(
            tiers.begin(), tiers.end(),
            [](const RoyaltyTier &a, const RoyaltyTier &b) { return a.fromUnits < b.fromUnits; });
        accepted = edit::setOemDealTiers(*m_document, m_deal, tiers);
    } else {
        std::vector<ScoreboardEntry> entries;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            ScoreboardEntry e;
            const QTableWidgetItem *period = m_table->item(row, 0);
            e.period = period ? period->data(Qt::EditRole).toDate() : QDate();
            e.integrationsValidated = nonNegative(m_table->item(row, 1));
            e.devicesValidated = nonNegative(m_table->item(row, 2));
            e.coMarketingActivities = nonNegative(m_table->item(row, 3));
            e.devicesInField = nonNegative(m_table->item(row, 4));
            e.devicesPreloaded = nonNegative(m_table->item(row, 5));
            entries.push_back(e);
        }
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const ScoreboardEntry &a, const ScoreboardEntry &b) { return a.period < b.period; });
        accepted = edit::setOemDealScoreboard(*m_document, m_deal, entries);
    }
    if (!accepted)
        reload(); // rejected or unchanged: show what is stored
}

void OemListEditor::addRow() {
    const OemDeal *deal = m_document->portfolio()->find<OemDeal>(m_deal);
    if (!deal)
        return;
    if (m_kind == Kind::RoyaltyTiers) {
        std::vector<RoyaltyTier> tiers = deal->tiers;
        RoyaltyTier tier;
        tier.fromUnits = tiers.empty() ? 0 : tiers.back().fromUnits + 1000;
        tier.perUnit = tiers.empty() ? deal->perUnitRoyalty : tiers.back().perUnit;
        tiers.push_back(tier);
        edit::setOemDealTiers(*m_document, m_deal, tiers);
    } else {
        std::vector<ScoreboardEntry> entries = deal->scoreboard;
        ScoreboardEntry entry;
        const QDate today = QDate::currentDate();
        entry.period = entries.empty() ? QDate(today.year(), today.month(), 1)
                                       : entries.back().period.addMonths(3);
        if (!entries.empty())
            entry = ScoreboardEntry{entry.period,
                                    entries.back().integrationsValidated,
                                    entries.back().devicesValidated,
                                    entries.back().coMarketingActivities,
                                    entries.back().devicesInField,
                                    entries.back().devicesPreloaded};
        entries.push_back(entry);
        edit::setOemDealScoreboard(*m_document, m_deal, entries);
    }
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
}

void OemListEditor::removeRows() {
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.empty())
        return;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        m_table->removeRow(*it);
    writeBack();
}

void OemListEditor::updateButtons() {
    m_add->setEnabled(m_deal != 0);
    m_remove->setEnabled(m_deal != 0 && !m_table->selectedItems().isEmpty());
}

} // namespace ps
