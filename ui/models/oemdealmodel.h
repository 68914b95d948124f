// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/portfolio.h"

#include <QAbstractTableModel>

#include <vector>

namespace ps {
class Document;

/// OEM deals, all of them or those of one partner; columns: Partner, then one per
/// ps::OemDealField (column == int(field) + 1), then "Conditions met" (read-only, n of 4).
/// The four conditions and Exclusive are check boxes (Qt::CheckStateRole); NeedsAttentionRole
/// marks fewer than three conditions met. setData() pushes undo commands.
class OemDealModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit OemDealModel(Document *document, QObject *parent = nullptr);

    /// Restricts to one partner's deals; 0 shows every deal.
    void setPartnerFilter(Id partnerId);
    Id dealIdAt(int row) const;
    static int columnOf(OemDealField field) { return int(field) + 1; }
    int conditionsColumn() const { return int(OemDealField::Count_) + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rebuild();
    bool shows(const OemDeal &deal) const;
    void dealAppeared(Id id);
    void dealDisappeared(Id id);
    void entityChanged(ps::EntityKind kind, ps::Id id, int row);
    QVariant displayValue(const OemDeal &deal, int column) const;

    Document *m_document;
    Id m_partnerFilter = 0;
    std::vector<Id> m_dealIds;
};

} // namespace ps
