// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team/rowimage.h"

#include <QList>

#include <map>
#include <vector>

namespace ps {

/**
 * The rows of one synchronized unit (an entity, or one row of the other tables) split into the
 * fields a three-way merge compares: each column of its own row, and each table of detail rows
 * as one field (the royalty tiers of an OEM deal change together). The row version and the
 * display position are not fields: the server keeps them.
 */
class UnitFields {
public:
    /// Splits `image`, whose own row has key `key` in table `table`.
    UnitFields(int table, const QByteArray &key, const RowImage &image);

    bool exists() const { return m_exists; }
    /// Field ids: columns of the own row (0 .. n-1), then 1000 + table for detail tables.
    QList<int> fieldIds() const;
    bool sameField(const UnitFields &other, int field) const;
    /// Takes field `field` from `other`.
    void setField(const UnitFields &other, int field);
    /// The field as text for people (a cell's text, or "3 rows").
    QString fieldText(int field) const;
    /// The field's name: a column name, or a detail table's name.
    QString fieldName(int field) const;
    /// Back to rows.
    RowImage join() const;

    /// The fields where `a` and `b` differ (existence aside).
    static QList<int> differences(const UnitFields &a, const UnitFields &b);

private:
    int m_table;
    QByteArray m_key;
    bool m_exists = false;
    RowCells m_own;
    std::map<int, std::vector<RowCells>> m_details;
};

} // namespace ps
