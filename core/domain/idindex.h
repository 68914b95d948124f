// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QHash>

#include <vector>

namespace ps {

/**
 * The row of every id of one table (Portfolio's index). The ids of a portfolio are nearly
 * always a dense range (a file numbers its rows, new rows take the next id), so while they are,
 * the index is a vector indexed by `id - base`: 4 bytes a row and a lookup without hashing,
 * where a hash of 500,000 links takes about 12 MB. Ids spread too far apart for that (a file
 * written elsewhere) switch it to a hash; either way it behaves as a QHash<Id, int>.
 */
class IdIndex {
public:
    /// The row of `id`, or `missing`.
    int value(Id id, int missing = -1) const {
        if (!m_dense)
            return m_hash.value(id, missing);
        const quint64 slot = offset(id);
        if (slot >= m_rows.size())
            return missing;
        const int row = m_rows[slot];
        return row < 0 ? missing : row;
    }
    bool contains(Id id) const { return value(id) >= 0; }
    qsizetype size() const { return m_dense ? m_count : m_hash.size(); }

    /// Sets the row of `id` (replacing its previous row). Rows are never negative.
    void insert(Id id, int row);
    void remove(Id id);
    void clear();
    /// Makes room for `count` ids (the vector grows to the ids' range as they come).
    void reserve(qsizetype count) { m_reserve = count; }

private:
    /// The slot of `id`; ids below the base wrap around to slots past the end.
    quint64 offset(Id id) const { return quint64(id) - quint64(m_base); }
    /// Makes the vector cover `id`; false when that would waste room (then the hash is used).
    bool cover(Id id);
    void switchToHash();

    bool m_dense = true;
    Id m_base = 0;
    std::vector<int> m_rows; ///< -1 where no row has the id
    qsizetype m_count = 0;
    qsizetype m_reserve = 0;
    QHash<Id, int> m_hash;
};

} // namespace ps
