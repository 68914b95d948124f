// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/icptablemodel.h"

#include "ui/document/document.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QLocale>

namespace ps {

namespace {

bool isNumeric(IcpField f) {
    return f == IcpField::PriorityWeight || f == IcpField::TargetAccounts ||
           f == IcpField::AverageDealSize;
}

bool isList(IcpField f) {
    return f == IcpField::Industries || f == IcpField::Regions || f == IcpField::BuyerRoles;
}

} // namespace

IcpTableModel::IcpTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::rowsAboutToBeInserted, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Icp)
                    beginInsertRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Icp)
            endInsertRows();
        else if (kind == EntityKind::Link)
            linkCountsChanged();
    });
    connect(portfolio, &Portfolio::rowsAboutToBeRemoved, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Icp)
                    beginRemoveRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Icp)
            endRemoveRows();
        else if (kind == EntityKind::Link)
            linkCountsChanged();
    });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id, int row) {
        if (kind == EntityKind::Icp)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        else if (kind == EntityKind::Link)
            linkCountsChanged(); // a link may have moved from one ICP to another
    });
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { beginResetModel(); });
    connect(portfolio, &Portfolio::reset, this, [this] {
        m_countsValid = false;
        endResetModel();
    });
}

void IcpTableModel::linkCountsChanged() {
    m_countsValid = false;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, linkCountColumn()), index(rowCount() - 1, linkCountColumn()));
}

int IcpTableModel::linkCount(Id icp) const {
    // Counting on demand for every painted cell would scan all links each time; cache the
    // counts until the links change.
    if (!m_countsValid) {
        m_linkCounts.clear();
        for (const InfluenceLink &link : m_document->portfolio()->links())
            ++m_linkCounts[link.icpId];
        m_countsValid = true;
    }
    return m_linkCounts.value(icp);
}

Id IcpTableModel::idAt(int row) const {
    const auto &icps = m_document->portfolio()->icps();
    return row >= 0 && row < int(icps.size()) ? icps[size_t(row)].id : 0;
}

int IcpTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_document->portfolio()->icps().size());
}

int IcpTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(IcpField::Count_) + 1;
}

QVariant IcpTableModel::displayValue(const Icp &icp, int column) const {
    const QLocale locale;
    if (column == linkCountColumn())
        return locale.toString(linkCount(icp.id));
    const IcpField f = IcpField(column);
    const QVariant value = fieldValue(icp, f);
    if (isList(f))
        return value.toStringList().join(QStringLiteral(", "));
    switch (f) {
    case IcpField::PriorityWeight:
        return locale.toString(value.toDouble(), 'g', 4);
    case IcpField::TargetAccounts:
        return locale.toString(value.toInt());
    case IcpField::AverageDealSize:
        return locale.toString(value.toDouble(), 'f', 0);
    default:
        return value;
    }
}

QVariant IcpTableModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const Icp &icp = m_document->portfolio()->icps()[size_t(index.row())];
    const int column = index.column();
    const bool countColumn = column == linkCountColumn();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(icp, column);
    case Qt::EditRole:
    case KeyRole:
        return countColumn ? QVariant(linkCount(icp.id)) : fieldValue(icp, IcpField(column));
    case IdRole:
        return icp.id;
    case NeedsAttentionRole:
        // An ICP no partner influences is a coverage gap.
        return countColumn && linkCount(icp.id) == 0;
    case Qt::ToolTipRole:
        if (countColumn && linkCount(icp.id) == 0)
            return tr("No partner influences this ICP's buyers yet.");
        if (IcpField(column) == IcpField::Description)
            return icp.description;
        if (IcpField(column) == IcpField::PriorityWeight)
            return tr("Relative importance among ICPs, 0 to 10");
        return {};
    case Qt::TextAlignmentRole:
        if (countColumn || isNumeric(IcpField(column)))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant IcpTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role != Qt::DisplayRole)
            return {};
        return section == linkCountColumn() ? tr("Partners") : fieldTitle(IcpField(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags IcpTableModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != linkCountColumn())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool IcpTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || index.column() == linkCountColumn() ||
        (role != Qt::EditRole && role != KeyRole))
        return false;
    return edit::setIcpField(*m_document, idAt(index.row()), IcpField(index.column()), value);
}

} // namespace ps
