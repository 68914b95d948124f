// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace ps {

/**
 * The values one column has already produced, by their bytes in the file, so that a value that
 * repeats (notes, owners, lists of regions and industries) is held once and shared by every row
 * (Qt's implicit sharing), instead of once per row: on 100,000 partners that saves most of the
 * text allocations. A column whose values are nearly all new (names, websites) stops looking
 * values up after two thousand of them.
 */
template <typename T> class SharedValues {
public:
    /// The value these bytes gave before, or nullptr.
    const T *find(const char *bytes, int size) {
        if (!m_active || size == 0)
            return nullptr;
        ++m_lookups;
        const auto it = m_values.constFind(QByteArray::fromRawData(bytes, size));
        return it == m_values.cend() ? nullptr : &it.value();
    }

    /// Remembers the value of new bytes (only values read without a problem).
    void add(const char *bytes, int size, const T &value) {
        if (!m_active || size == 0)
            return;
        if (++m_misses > MinLookups && m_misses * 4 > m_lookups * 3) {
            m_active = false; // mostly distinct values: sharing would only cost
            m_values = {};
            return;
        }
        if (m_values.size() < MaxValues)
            m_values.insert(QByteArray(bytes, size), value);
    }

private:
    static constexpr qint64 MinLookups = 2048;
    static constexpr qsizetype MaxValues = 65536;
    QHash<QByteArray, T> m_values;
    qint64 m_lookups = 0;
    qint64 m_misses = 0;
    bool m_active = true;
};

} // namespace ps
