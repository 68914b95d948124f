// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/linktablemodel.h"

#include "ui/document/document.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QLocale>

#include <algorithm>

namespace ps {

LinkTableModel::LinkTableModel(Document *document, Side side, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_side(side) {
    Portfolio *portfolio = document->portfolio();
    // Rows are a filtered view of the portfolio's links: insertions are handled once the
    // link is in place (to know its owner), removals while it is still there.
    connect(portfolio, &Portfolio::rowsInserted, this,
            [this](EntityKind kind, int first, int last) {
                if (kind != EntityKind::Link)
                    return;
                for (int row = first; row <= last; ++row)
                    linkAppeared(m_document->portfolio()->links()[size_t(row)].id);
            });
    connect(portfolio, &Portfolio::rowsAboutToBeRemoved, this,
            [this](EntityKind kind, int first, int last) {
                if (kind != EntityKind::Link)
                    return;
                for (int row = last; row >= first; --row)
                    linkDisappeared(m_document->portfolio()->links()[size_t(row)].id);
            });
    connect(portfolio, &Portfolio::entityChanged, this, &LinkTableModel::entityChanged);
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { beginResetModel(); });
    connect(portfolio, &Portfolio::reset, this, [this] {
        rebuild();
        endResetModel();
    });
}

bool LinkTableModel::belongs(const InfluenceLink &link) const {
    return m_owner != 0 && (m_side == Side::OfPartner ? link.partnerId : link.icpId) == m_owner;
}

void LinkTableModel::rebuild() {
    m_linkIds.clear();
    if (m_owner == 0) // nothing belongs: no pass over every link of the portfolio
        return;
    for (const InfluenceLink &link : m_document->portfolio()->links())
        if (belongs(link))
            m_linkIds.push_back(link.id);
}

void LinkTableModel::setOwner(Id id) {
    if (id == m_owner)
        return;
    beginResetModel();
    m_owner = id;
    rebuild();
    endResetModel();
}

void LinkTableModel::linkAppeared(Id id) {
    const Portfolio &portfolio = *m_document->portfolio();
    const int portfolioRow = portfolio.rowOf<InfluenceLink>(id);
    if (!belongs(portfolio.links()[size_t(portfolioRow)]))
        return;
    // Keep the portfolio's order: the new row goes after every shown link above it.
    const int row = int(std::count_if(m_linkIds.begin(), m_linkIds.end(), [&](Id shown) {
        return portfolio.rowOf<InfluenceLink>(shown) < portfolioRow;
    }));
    beginInsertRows({}, row, row);
    m_linkIds.insert(m_linkIds.begin() + row, id);
    endInsertRows();
}

void LinkTableModel::linkDisappeared(Id id) {
    const auto it = std::find(m_linkIds.begin(), m_linkIds.end(), id);
    if (it == m_linkIds.end())
        return;
    const int row = int(it - m_linkIds.begin());
    beginRemoveRows({}, row, row);
    m_linkIds.erase(it);
    endRemoveRows();
}

void LinkTableModel::entityChanged(EntityKind kind, Id id, int) {
    const bool counterpartKind =
        kind == (m_side == Side::OfPartner ? EntityKind::Icp : EntityKind::Partner);
    if (counterpartKind) {
        // A renamed ICP or partner: its name is shown in the counterpart column.
        const Portfolio &portfolio = *m_document->portfolio();
        for (size_t i = 0; i < m_linkIds.size(); ++i) {
            const InfluenceLink *link = portfolio.find<InfluenceLink>(m_linkIds[i]);
            if (link && (m_side == Side::OfPartner ? link->icpId : link->partnerId) == id)
                Q_EMIT dataChanged(index(int(i), CounterpartColumn),
                                   index(int(i), CounterpartColumn));
        }
        return;
    }
    if (kind != EntityKind::Link)
        return;
    const InfluenceLink *link = m_document->portfolio()->find<InfluenceLink>(id);
    const auto it = std::find(m_linkIds.begin(), m_linkIds.end(), id);
    const bool shown = it != m_linkIds.end();
    if (shown && link && belongs(*link)) {
        const int row = int(it - m_linkIds.begin());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (shown) {
        linkDisappeared(id); // moved to another owner
    } else if (link && belongs(*link)) {
        linkAppeared(id);
    }
}

Id LinkTableModel::linkIdAt(int row) const {
    return row >= 0 && row < int(m_linkIds.size()) ? m_linkIds[size_t(row)] : 0;
}

int LinkTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_linkIds.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkTableModel::counterpartName(const InfluenceLink &link) const {
    const Portfolio &portfolio = *m_document->portfolio();
    if (m_side == Side::OfPartner) {
        const Icp *icp = portfolio.find<Icp>(link.icpId);
        return icp ? icp->name : QString();
    }
    const Partner *partner = portfolio.find<Partner>(link.partnerId);
    return partner ? partner->name : QString();
}

LinkField LinkTableModel::fieldOf(int column) const {
    switch (column) {
    case CounterpartColumn:
        return m_side == Side::OfPartner ? LinkField::Icp : LinkField::Partner;
    case StrengthColumn:
        return LinkField::Strength;
    case RoleColumn:
        return LinkField::Role;
    case OverlapColumn:
        return LinkField::OverlappingAccounts;
    default:
        return LinkField::Notes;
    }
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const InfluenceLink *link = m_document->portfolio()->find<InfluenceLink>(linkIdAt(index.row()));
    if (!link)
        return {};
    const int column = index.column();
    const LinkField field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == CounterpartColumn)
            return counterpartName(*link);
        if (column == RoleColumn)
            return label(link->role);
        if (column == OverlapColumn)
            return link->overlappingAccounts ? QLocale().toString(*link->overlappingAccounts)
                                             : QString();
        return fieldValue(*link, field);
    case Qt::EditRole:
    case KeyRole:
        return fieldValue(*link, field);
    case IdRole:
        return link->id;
    case Qt::ToolTipRole:
        if (column == StrengthColumn)
            return tr("0 (none) to 5 (decisive influence on the buyer)");
        if (column == NotesColumn)
            return link->notes;
        return {};
    case Qt::TextAlignmentRole:
        if (column == StrengthColumn || column == OverlapColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < ColumnCount) {
        if (role != Qt::DisplayRole)
            return {};
        if (section == CounterpartColumn)
            return m_side == Side::OfPartner ? tr("ICP") : tr("Partner");
        return fieldTitle(fieldOf(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags LinkTableModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool LinkTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || (role != Qt::EditRole && role != KeyRole))
        return false;
    return edit::setLinkField(*m_document, linkIdAt(index.row()), fieldOf(index.column()), value);
}

} // namespace ps
