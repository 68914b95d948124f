// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidgetItem>

namespace ps {

/// A read-only table cell that shows `text` (a figure formatted for the user's locale) and sorts
/// by `sortKey`, so that figures sort as numbers and dates as dates.
class SortItem : public QTableWidgetItem {
public:
    SortItem(const QString &text, double sortKey, bool number)
        : QTableWidgetItem(text)
        , m_key(sortKey) {
        setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (number)
            setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override {
        if (const auto *o = dynamic_cast<const SortItem *>(&other))
            return m_key < o->m_key;
        return QTableWidgetItem::operator<(other);
    }

private:
    double m_key;
};

} // namespace ps
