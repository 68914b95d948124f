// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/idindex.h"

#include <algorithm>
#include <limits>

namespace ps {
namespace {

/// The vector may hold this many slots per id present (and always this many), no more: a
/// range of ids with larger gaps goes to the hash.
constexpr qsizetype SlotsPerId = 4;
constexpr qsizetype MinSlots = 4096;
/// Ids this close to the limits of Id take the hash, so that ranges of ids cannot overflow.
constexpr Id MaxSpan = Id(1) << 32;

} // namespace

void IdIndex::insert(Id id, int row) {
    if (m_dense && offset(id) >= m_rows.size() && !cover(id))
        switchToHash();
    if (!m_dense) {
        m_hash.insert(id, row);
        return;
    }
    int &slot = m_rows[offset(id)];
    if (slot < 0)
        ++m_count;
    slot = row;
}

void IdIndex::remove(Id id) {
    if (!m_dense) {
        m_hash.remove(id);
        return;
    }
    const quint64 at = offset(id);
    if (at >= m_rows.size())
        return;
    if (m_rows[at] >= 0)
        --m_count;
    m_rows[at] = -1;
}

void IdIndex::clear() {
    m_dense = true;
    m_base = 0;
    m_rows = {};
    m_count = 0;
    m_reserve = 0;
    m_hash = {};
}

bool IdIndex::cover(Id id) {
    // Far from zero, sums and differences of ids could overflow: such ids take the hash.
    if (id <= std::numeric_limits<Id>::min() + MaxSpan ||
        id >= std::numeric_limits<Id>::max() - MaxSpan)
        return false;
    if (m_rows.empty()) // the first id starts the range; a table numbered from 1 keeps it there
        m_base = id > 0 && id <= MinSlots ? 1 : id;
    const Id first = std::min(m_base, id);
    const Id end = std::max(m_base + Id(m_rows.size()), id + 1);
    const qsizetype limit = std::max(MinSlots, SlotsPerId * (std::max(m_count, m_reserve) + 1));
    if (quint64(end) - quint64(first) > quint64(limit)) // the true span; it cannot wrap
        return false;
    if (first < m_base)
        m_rows.insert(m_rows.begin(), size_t(m_base - first), -1);
    m_base = first;
    // Ids mostly come in ascending order: grow ahead (up to the reserved count, or by half),
    // not one slot at a time.
    const qsizetype size = qsizetype(m_rows.size());
    if (end - m_base > size) {
        const qsizetype ahead = std::max(m_reserve, size + size / 2);
        m_rows.resize(size_t(std::max(qsizetype(end - m_base), std::min(ahead, limit))), -1);
    }
    return true;
}

void IdIndex::switchToHash() {
    m_hash.reserve(std::max(m_count, m_reserve));
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i] >= 0)
            m_hash.insert(m_base + Id(i), m_rows[i]);
    m_dense = false;
    m_rows = {};
    m_count = 0;
}

} // namespace ps
