// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core (core/import, and core/accounts/psi.cpp for deduplicating domains): a
// string-keyed table for the keys of a million rows.
#include <QHashFunctions>
#include <QString>

#include <cstring>
#include <vector>

namespace ps::import::detail {

/**
 * Text keys (record ids, opportunity ids, duplicate keys) to values, for the imports of a
 * million rows. QHash compares the key text of every entry on a probe sequence, and at a
 * million keys each comparison is a cache miss; here every slot keeps the key's full hash, so
 * the text is compared only when the hashes agree (almost always: the key itself). Open
 * addressing with linear probing, at most half full. Keys are hashed with Qt's seeded string
 * hash, as QHash does, so a hostile file cannot make them collide on purpose.
 *
 * With Key = QStringView the table keeps views of the keys it is given, not copies: no
 * reference count is touched, and freeing the table frees no string. The caller keeps the
 * keys alive (and unchanged) as long as the table.
 */
template <typename V, typename Key = QString> class StringIndex {
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// Room for `count` keys without growing.
    void reserve(qsizetype count) {
        size_t capacity = 16;
        while (capacity < size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    /// The hash of `key` as this table computes it: computed ahead (on other threads), it
    /// makes the lookups of find() and findOrInsert() that take it cheaper.
    static size_t hashOf(const QString &key) { return qHash(QStringView(key), seed()); }

    /// Asks the processor for the first slot of `hash` ahead of a lookup (a hint).
    void prefetch(size_t hash) const {
#if defined(__GNUC__) || defined(__clang__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
#else
        Q_UNUSED(hash);
#endif
    }

    /// The value of `key`, or nullptr.
    const V *find(const QString &key) const {
        return find(key, hashOf(key));
    }

    /// find() with the key's hashOf().
    const V *find(const QString &key, size_t hash) const {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (slot.hash == hash && sameText(slot.key, key))
                return &slot.value;
        }
    }

    /// The value of `key` or `fallback`.
    V value(const QString &key, const V &fallback) const {
        const V *found = find(key);
        return found ? *found : fallback;
    }

    /// The value of `key`; when there was none, `key` is added with `value` first and
    /// `*inserted` is set. The reference is valid until the next insertion.
    V &findOrInsert(const QString &key, const V &value, bool *inserted) {
        return findOrInsert(key, hashOf(key), value, inserted);
    }

    /// findOrInsert() with the key's hashOf().
    V &findOrInsert(const QString &key, size_t hash, const V &value, bool *inserted) {
        if (size_t(m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot.used = true;
                slot.hash = hash;
                slot.key = Key(key);
                slot.value = value;
                ++m_size;
                *inserted = true;
                return slot.value;
            }
            if (slot.hash == hash && sameText(slot.key, key)) {
                *inserted = false;
                return slot.value;
            }
        }
    }

    /// Adds `key` with `value` unless it is there already (the first one wins).
    void insertFirst(const QString &key, const V &value) {
        bool inserted = false;
        findOrInsert(key, value, &inserted);
    }

private:
    struct Slot {
        size_t hash = 0;
        Key key;
        V value{};
        bool used = false;
    };

    /// QString's operator== for keys whose hashes agree (almost always equal keys): the
    /// lengths, then the UTF-16 bytes.
    static bool sameText(QStringView a, QStringView b) {
        return a.size() == b.size() &&
               (a.data() == b.data() ||
                std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0);
    }

    static size_t seed() {
        static const size_t value = QHashSeed::globalSeed();
        return value;
    }

    void rehash(size_t capacity) {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        const size_t mask = capacity - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].used)
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots; ///< a power of two of them, or none
    qsizetype m_size = 0;
};

} // namespace ps::import::detail
