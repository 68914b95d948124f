// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/document.h"
#include "ui/undo/commands.h"
#include "ui/undo/edits.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <climits>

/// Pieces shared by the files that implement the ps::edit facade.
namespace ps::edit::detail {

/// The facade's translations (undo step texts): one context for every file of the facade.
class EditTr {
    Q_DECLARE_TR_FUNCTIONS(ps::edit)
};

/// Row passed to Portfolio::insert for "at the end" (it clamps to the size).
constexpr int EndRow = INT_MAX;

inline int insertRow(int requested, size_t size) {
    return requested < 0 || requested > int(size) ? int(size) : requested;
}

/// Names that make undo texts readable.
QString nameOf(const Portfolio &portfolio, const Partner &partner);
QString nameOf(const Portfolio &portfolio, const Icp &icp);
QString nameOf(const Portfolio &portfolio, const InfluenceLink &link);
QString nameOf(const Portfolio &portfolio, const OemDeal &deal);
QString nameOf(const Portfolio &portfolio, const Activity &activity);
QString nameOf(const Portfolio &portfolio, const Deal &deal);
QString nameOf(const Portfolio &portfolio, const InvestmentPeriod &period);

/// Unique ids of `ids` that exist, in the order given.
template <typename T> QList<Id> existing(const Portfolio &portfolio, const QList<Id> &ids) {
    QList<Id> result;
    QSet<Id> seen;
    for (Id id : ids) {
        if (portfolio.find<T>(id) && !seen.contains(id)) {
            seen.insert(id);
            result << id;
        }
    }
    return result;
}

/**
 * One field of one entity: applies the value to a copy, lets `accept` veto the result (business
 * rules beyond ps::setFieldValue), and pushes a ReplaceEntity unless the value is invalid or
 * changes nothing.
 */
template <typename T, typename Field, typename Accept>
bool changeField(Document &doc, Id id, Field field, const QVariant &value, Merge merge,
                 Accept accept) {
    Portfolio &portfolio = *doc.portfolio();
    const T *current = portfolio.find<T>(id);
    if (!current)
        return false;
    T after = *current;
    if (!setFieldValue(after, field, value) || after == *current || !accept(after))
        return false;
    const QString text =
        EditTr::tr("Change %1 of %2").arg(fieldTitle(field), nameOf(portfolio, *current));
    doc.undoStack()->push(new undo::ReplaceEntity<T>(&portfolio, *current, after, int(field),
                                                     merge == Merge::Continuous, text));
    return true;
}

/// Pushes a parent command if it has children; otherwise deletes it. Returns whether pushed.
inline bool pushIfAny(Document &doc, QUndoCommand *parent) {
    if (parent->childCount() == 0) {
        delete parent;
        return false;
    }
    doc.undoStack()->push(parent);
    return true;
}

} // namespace ps::edit::detail
