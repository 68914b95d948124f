// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <Qt>

namespace ps {

/// Item data roles shared by the custom models in ui/models.
enum ItemRole {
    IdRole = Qt::UserRole + 1, ///< qint64 id of the row's entity
    KeyRole,                   ///< raw value in the ps::fieldValue conventions (enum keys etc.)
    NeedsAttentionRole,        ///< bool: the cell shows a gap (no model, open commercial item)
};

/// Whether `index` is a cell of the flat table `model`. An invalid index is a normal question
/// from views and QAbstractItemModelTester, so it is answered quietly, not warned about.
inline bool isValidCell(const QAbstractItemModel *model, const QModelIndex &index) {
    return index.isValid() &&
           model->checkIndex(index, QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}

} // namespace ps
