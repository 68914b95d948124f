// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/portfolio.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ps {
class Document;

/// All ICPs, one column per ps::IcpField (column == int(field)), plus a last read-only column
/// with the number of linked partners (NeedsAttentionRole there: a coverage gap).
/// setData() pushes undo commands.
class IcpTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit IcpTableModel(Document *document, QObject *parent = nullptr);

    int linkCountColumn() const { return int(IcpField::Count_); }
    Id idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void linkCountsChanged();
    int linkCount(Id icp) const;
    QVariant displayValue(const Icp &icp, int column) const;

    Document *m_document;
    mutable QHash<Id, int> m_linkCounts;
    mutable bool m_countsValid = false;
};

} // namespace ps
