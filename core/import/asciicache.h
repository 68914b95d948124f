// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/import: what the short values of a column (a type, an industry, a country)
// mean, kept by their bytes, so that a value repeated down a big file is worked out once.
#include <QLatin1StringView>

#include <array>
#include <cstring>
#include <memory>

namespace ps::import::detail {

/**
 * A small direct-mapped cache from the bytes of a short cell to a value (one slot per hash, a
 * newer value replaces an older one). A column whose values do not repeat (names, record ids)
 * stops being looked up after a while, so it costs little. One per thread.
 */
template <typename T> class AsciiCache {
public:
    static constexpr qsizetype MaxBytes = 32;

    /// The value kept for `text`, or nullptr (then the caller works it out and calls put()).
    T *find(QLatin1StringView text) {
        if (m_off || text.size() > MaxBytes)
            return nullptr;
        ++m_lookups;
        Slot &slot = slotOf(text);
        if (slot.used && slot.size == text.size() &&
            std::memcmp(slot.bytes, text.data(), size_t(text.size())) == 0) {
            ++m_hits;
            return &slot.value;
        }
        if (m_lookups == 4096 && m_hits < 1024)
            m_off = true; // fewer than one in four repeat
        return nullptr;
    }

    /// Keeps `value` for `text` (when it is short enough); returns where it is kept, or nullptr.
    T *put(QLatin1StringView text, T value) {
        if (m_off || text.size() > MaxBytes)
            return nullptr;
        Slot &slot = slotOf(text);
        slot.used = true;
        slot.size = text.size();
        std::memcpy(slot.bytes, text.data(), size_t(text.size()));
        slot.value = std::move(value);
        return &slot.value;
    }

private:
    static constexpr quint32 Slots = 64;
    struct Slot {
        bool used = false;
        qsizetype size = 0;
        char bytes[MaxBytes] = {};
        T value{};
    };
    Slot &slotOf(QLatin1StringView text) {
        quint32 h = 2166136261u; // FNV-1a
        for (const char c : text)
            h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        if (!m_slots)
            m_slots = std::make_unique<std::array<Slot, Slots>>();
        return (*m_slots)[h % Slots];
    }

    std::unique_ptr<std::array<Slot, Slots>> m_slots;
    int m_lookups = 0;
    int m_hits = 0;
    bool m_off = false;
};

} // namespace ps::import::detail
