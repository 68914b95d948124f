// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ps {
class Document;
class PlanController;

/// The value views sort the plan's table by (amounts as numbers).
constexpr int PlanSortRole = Qt::UserRole + 60;

/**
 * The plan per partner, row for row in portfolio order: what it gets today and in the optimal
 * plan, the expected return, the return of the next unit, what holds it (binding), the chance it
 * pays back (from the forecast), and the settings a user edits by hand: the edited amount, a
 * fixed amount, a minimum and a maximum. Edits go through the undo facade (ps::edit::setPlan);
 * an empty value clears a setting.
 */
class PlanPartnerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PartnerColumn,
        QuadrantColumn,
        CurveColumn,
        TodayColumn,
        OptimalColumn,
        ExpectedColumn,
        MarginalColumn,
        BindingColumn,
        PaybackColumn,
        EditedColumn,
        FixedColumn,
        MinimumColumn,
        MaximumColumn,
        Count
    };

    PlanPartnerModel(Document *document, PlanController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id idAt(int row) const;

private:
    void planChanged();

    Document *m_document;
    PlanController *m_controller;
    QHash<Id, int> m_runIndex; ///< partner id -> index in the run's problem
    int m_rows = 0;
};

} // namespace ps
