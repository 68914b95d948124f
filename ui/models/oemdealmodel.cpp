// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/oemdealmodel.h"

#include "ui/document/document.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QLocale>

#include <algorithm>

namespace ps {

namespace {

bool isFlag(OemDealField f) {
    return (f >= OemDealField::NeedsOfferFaster && f <= OemDealField::DefendableMargin) ||
           f == OemDealField::Exclusive || f == OemDealField::RoadmapAligned;
}

bool isNumeric(OemDealField f) {
    return (f >= OemDealField::PerUnitRoyalty && f <= OemDealField::SetupFee) ||
           f == OemDealField::CostPerUnit || f == OemDealField::MinMarginPerUnit;
}

} // namespace

OemDealModel::OemDealModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::rowsInserted, this,
            [this](EntityKind kind, int first, int last) {
                if (kind != EntityKind::OemDeal)
                    return;
                for (int row = first; row <= last; ++row)
                    dealAppeared(m_document->portfolio()->oemDeals()[size_t(row)].id);
            });
    connect(portfolio, &Portfolio::rowsAboutToBeRemoved, this,
            [this](EntityKind kind, int first, int last) {
                if (kind != EntityKind::OemDeal)
                    return;
                for (int row = last; row >= first; --row)
                    dealDisappeared(m_document->portfolio()->oemDeals()[size_t(row)].id);
            });
    connect(portfolio, &Portfolio::entityChanged, this, &OemDealModel::entityChanged);
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { beginResetModel(); });
    connect(portfolio, &Portfolio::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

bool OemDealModel::shows(const OemDeal &deal) const {
    return m_partnerFilter == 0 || deal.partnerId == m_partnerFilter;
}

void OemDealModel::rebuild() {
    m_dealIds.clear();
    for (const OemDeal &deal : m_document->portfolio()->oemDeals())
        if (shows(deal))
            m_dealIds.push_back(deal.id);
}

void OemDealModel::setPartnerFilter(Id partnerId) {
    if (partnerId == m_partnerFilter)
        return;
    beginResetModel();
    m_partnerFilter = partnerId;
    rebuild();
    endResetModel();
}

void OemDealModel::dealAppeared(Id id) {
    const Portfolio &portfolio = *m_document->portfolio();
    const int portfolioRow = portfolio.rowOf<OemDeal>(id);
    if (!shows(portfolio.oemDeals()[size_t(portfolioRow)]))
        return;
    const int row = int(std::count_if(m_dealIds.begin(), m_dealIds.end(), [&](Id shown) {
        return portfolio.rowOf<OemDeal>(shown) < portfolioRow;
    }));
    beginInsertRows({}, row, row);
    m_dealIds.insert(m_dealIds.begin() + row, id);
    endInsertRows();
}

void OemDealModel::dealDisappeared(Id id) {
    const auto it = std::find(m_dealIds.begin(), m_dealIds.end(), id);
    if (it == m_dealIds.end())
        return;
    const int row = int(it - m_dealIds.begin());
    beginRemoveRows({}, row, row);
    m_dealIds.erase(it);
    endRemoveRows();
}

void OemDealModel::entityChanged(EntityKind kind, Id id, int) {
    const Portfolio &portfolio = *m_document->portfolio();
    if (kind == EntityKind::Partner) {
        // The partner column shows the partner's name.
        for (size_t i = 0; i < m_dealIds.size(); ++i) {
            const OemDeal *deal = portfolio.find<OemDeal>(m_dealIds[i]);
            if (deal && deal->partnerId == id)
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
        }
        return;
    }
    if (kind != EntityKind::OemDeal)
        return;
    const auto it = std::find(m_dealIds.begin(), m_dealIds.end(), id);
    if (it != m_dealIds.end()) {
        const int row = int(it - m_dealIds.begin());
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

Id OemDealModel::dealIdAt(int row) const {
    return row >= 0 && row < int(m_dealIds.size()) ? m_dealIds[size_t(row)] : 0;
}

int OemDealModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_dealIds.size());
}

int OemDealModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : conditionsColumn() + 1;
}

QVariant OemDealModel::displayValue(const OemDeal &deal, int column) const {
    const QLocale locale;
    if (column == 0) {
        const Partner *partner = m_document->portfolio()->find<Partner>(deal.partnerId);
        return partner ? partner->name : QString();
    }
    if (column == conditionsColumn())
        return tr("%1 of 4").arg(deal.conditionsMet());
    const OemDealField f = OemDealField(column - 1);
    if (isFlag(f))
        return {}; // shown by the check box alone
    switch (f) {
    case OemDealField::Structure:
        return label(deal.structure);
    case OemDealField::PerUnitRoyalty:
        return locale.toString(deal.perUnitRoyalty, 'f', 2);
    case OemDealField::AnnualEscalatorPct:
        return tr("%1 %").arg(locale.toString(deal.annualEscalatorPct, 'g', 4));
    case OemDealField::MinimumAnnual:
    case OemDealField::SetupFee:
        return locale.toString(fieldValue(deal, f).toDouble(), 'f', 0);
    case OemDealField::CostPerUnit:
        return locale.toString(deal.costPerUnit, 'f', 2);
    case OemDealField::MinMarginPerUnit:
        return deal.minMarginPerUnit ? locale.toString(*deal.minMarginPerUnit, 'f', 2) : QString();
    case OemDealField::TierMode:
        return label(deal.tierMode);
    case OemDealField::BrandOwner:
        return label(deal.brandOwner);
    case OemDealField::Volumes: {
        QStringList units;
        for (double v : deal.volumes)
            units << locale.toString(v, 'f', 0);
        return units.join(QStringLiteral("; "));
    }
    default:
        return fieldValue(deal, f);
    }
}

QVariant OemDealModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const OemDeal *deal = m_document->portfolio()->find<OemDeal>(dealIdAt(index.row()));
    if (!deal)
        return {};
    const int column = index.column();
    const bool fieldColumn = column > 0 && column < conditionsColumn();
    const OemDealField f = OemDealField(column - 1);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*deal, column);
    case Qt::EditRole:
    case KeyRole:
        if (column == 0)
            return deal->partnerId;
        if (column == conditionsColumn())
            return deal->conditionsMet();
        return fieldValue(*deal, f);
    case Qt::CheckStateRole:
        if (fieldColumn && isFlag(f))
            return fieldValue(*deal, f).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return deal->id;
    case NeedsAttentionRole:
        // Seed 000: fewer than three conditions holding means the motion is likely a distraction.
        return column == conditionsColumn() && deal->conditionsMet() < 3;
    case Qt::ToolTipRole:
        if (column == conditionsColumn() && deal->conditionsMet() < 3)
            return tr("Fewer than three of the four conditions hold: this OEM motion is likely "
                      "a distraction.");
        if (column == columnOf(OemDealField::Structure))
            return tr("Exit difficulty %1 of 4").arg(exitDifficulty(deal->structure));
        return {};
    case Qt::TextAlignmentRole:
        if (fieldColumn && isNumeric(f))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OemDealModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role != Qt::DisplayRole)
            return {};
        if (section == 0)
            return tr("Partner");
        if (section == conditionsColumn())
            return tr("Conditions met");
        return fieldTitle(OemDealField(section - 1));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags OemDealModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int column = index.column();
    if (column == 0 || column == conditionsColumn())
        return flags;
    flags |= Qt::ItemIsEditable;
    if (isFlag(OemDealField(column - 1)))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool OemDealModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index))
        return false;
    const int column = index.column();
    if (column == 0 || column == conditionsColumn())
        return false;
    const OemDealField f = OemDealField(column - 1);
    QVariant raw = value;
    if (role == Qt::CheckStateRole) {
        if (!isFlag(f))
            return false;
        raw = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role != Qt::EditRole && role != KeyRole) {
        return false;
    }
    return edit::setOemDealField(*m_document, dealIdAt(index.row()), f, raw);
}

} // namespace ps
