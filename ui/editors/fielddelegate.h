// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

#include <functional>

namespace ps {

/// A (label, stored value) pair offered by a choice editor.
using Choice = QPair<QString, QVariant>;
using ChoiceList = QList<Choice>;

/**
 * The item delegate of the portfolio tables: picks an editor per column from a small set of
 * kinds, reads the model's EditRole (raw values in the ps::fieldValue conventions) and writes
 * raw values back, so enum cells show labels but store keys and list cells accept "a; b".
 */
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind {
        Text,          ///< free text (default)
        List,          ///< a list typed as "a; b; c"
        Choice,        ///< a combo box of fixed or per-row choices
        Rating,        ///< 1-5 or "not rated"
        Count,         ///< a whole number from 0
        OptionalCount, ///< a whole number or "not set"
        Strength,      ///< 0-5
        Money,         ///< an amount from 0
        Date,          ///< a date or "not set"
        Flag,          ///< yes / no
    };
    /// Per-row choices (for example every partner but the row's own as upstream).
    using ChoiceProvider = std::function<ChoiceList(const QModelIndex &index)>;

    explicit FieldDelegate(QObject *parent = nullptr);

    void setKind(int column, Kind kind);
    void setChoices(int column, const ChoiceList &choices);
    void setChoiceProvider(int column, ChoiceProvider provider);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    /// Choice lists of the enumerations, label shown and key stored.
    template <typename E> static ChoiceList enumChoices();

private:
    Kind kindOf(int column) const { return m_kinds.value(column, Kind::Text); }
    ChoiceList choicesFor(const QModelIndex &index) const;

    QHash<int, Kind> m_kinds;
    QHash<int, ChoiceList> m_choices;
    QHash<int, ChoiceProvider> m_providers;
};

} // namespace ps

#include "core/domain/enums.h"

namespace ps {
template <typename E> ChoiceList FieldDelegate::enumChoices() {
    ChoiceList list;
    for (E value : enumValues<E>())
        list << Choice(label(value), toKey(value));
    return list;
}
} // namespace ps
