// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/portfolio.h"

#include <QAbstractTableModel>

#include <vector>

namespace ps {
class Document;

/// The influence links seen from one side: the links of one partner (first column: the ICP)
/// or of one ICP (first column: the partner). Columns: Counterpart, Strength, Role,
/// Overlapping accounts, Notes. The counterpart column's EditRole/KeyRole is the counterpart's
/// id; other columns follow ps::fieldValue. setData() pushes undo commands. Follows portfolio
/// changes (links added, removed or moved, counterparts renamed).
class LinkTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Side { OfPartner, OfIcp };
    enum Column {
        CounterpartColumn,
        StrengthColumn,
        RoleColumn,
        OverlapColumn,
        NotesColumn,
        ColumnCount
    };

    LinkTableModel(Document *document, Side side, QObject *parent = nullptr);

    /// The partner or ICP whose links are shown; 0 shows nothing.
    void setOwner(Id id);
    Id owner() const { return m_owner; }
    Id linkIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rebuild();
    bool belongs(const InfluenceLink &link) const;
    void linkAppeared(Id id);
    void linkDisappeared(Id id);
    void entityChanged(ps::EntityKind kind, ps::Id id, int row);
    QString counterpartName(const InfluenceLink &link) const;
    LinkField fieldOf(int column) const;

    Document *m_document;
    Side m_side;
    Id m_owner = 0;
    std::vector<Id> m_linkIds;
};

} // namespace ps
