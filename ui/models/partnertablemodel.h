// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/portfolio.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace ps {
class Document;

/// All partners, one row each, one column per ps::PartnerField (column == int(field)).
/// DisplayRole shows labels and formatted values; EditRole and KeyRole give the raw value;
/// setData() pushes an undo command through ps::edit and never changes data itself.
/// Lists are QStringList in EditRole/KeyRole; setData() also accepts typed text ("A; B").
/// PricingAgreed is a check box (Qt::CheckStateRole). IdRole gives the partner id,
/// NeedsAttentionRole flags a missing model and open joint-commercial-model items. A partner
/// without a model (for example imported from a CRM type that maps to none) "needs
/// classification": the Model cell says so, with a warning icon and a tooltip.
class PartnerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PartnerTableModel(Document *document, QObject *parent = nullptr);

    static PartnerField fieldOf(int column) { return PartnerField(column); }
    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The icon beside a partner that needs classification; the widget layer sets it from its
    /// style (this layer has no widgets).
    void setNeedsClassificationIcon(const QIcon &icon);

private:
    void partnerChanged(Id id, int row);
    QVariant displayValue(const Partner &partner, PartnerField field) const;
    QVariant toolTip(const Partner &partner, PartnerField field) const;
    Document *m_document;
    QIcon m_warningIcon;
};

} // namespace ps
