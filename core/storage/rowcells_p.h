// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage/rowreader.cpp: typed, checked access to the cells of a row.
#include "core/domain/enums.h"
#include "core/storage/rowreader.h"
#include "core/storage/sqlitedb.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

namespace ps {
namespace rowcells {

/// The translations of the cell checks, in the context lupdate files them under.
class CellsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PortfolioFile)
};

/// Text keys of enumeration E as UTF-8, so a cell can be matched without making a QString.
template <typename E> const std::vector<std::pair<QByteArray, E>> &keyTable() {
    static const std::vector<std::pair<QByteArray, E>> table = [] {
        std::vector<std::pair<QByteArray, E>> entries;
        for (E value : enumValues<E>())
            entries.emplace_back(toKey(value).toUtf8(), value);
        return entries;
    }();
    return table;
}

inline bool isDigits(const unsigned char *p, int count) {
    for (int i = 0; i < count; ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

inline int number(const unsigned char *p, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

inline bool isAscii(const char *p, int size) {
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= static_cast<unsigned char>(p[i]);
    return any < 0x80;
}

inline bool isBlank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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

/// Typed, checked access to the cells of the current row of one statement.
class Cells {
public:
    Cells(RowReader &reader, const Statement &st, const char *table)
        : m_reader(reader)
        , m_st(st.handle())
        , m_table(table)
        , m_texts(size_t(std::max(0, sqlite3_column_count(m_st))))
        , m_lists(m_texts.size()) {}

    /// Starts a row: its id (column 0, or `idColumn` such as an appended rowid) names the row
    /// in messages.
    qint64 beginRow(int idColumn = 0) {
        m_id = sqlite3_column_int64(m_st, idColumn);
        return m_id;
    }

    QString text(int c) {
        sqlite3_value *cell = value(c);
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(cell));
        if (!p)
            return QString();
        const int size = sqlite3_value_bytes(cell);
        SharedValues<QString> &shared = m_texts[size_t(c)];
        if (const QString *known = shared.find(p, size))
            return *known;
        const int problems = m_reader.m_problemCount;
        QString value = utf8(c, p, size);
        if (m_reader.m_problemCount == problems) // a bad value is reported on every row
            shared.add(p, size, value);
        return value;
    }

    /// Text the file holds as UTF-8. Bytes that are not (another encoding, a blob) would become
    /// replacement characters and be saved that way, so they are a problem, not silently fixed.
    /// The exact check only runs when the conversion produced a replacement character.
    QString utf8(int c, const char *p, int size) {
        if (size > 0 && isAscii(p, size)) // most text: valid as it is, nothing to check
            return QString::fromLatin1(p, size);
        QString text = QString::fromUtf8(p, size);
        if (text.contains(QChar::ReplacementCharacter) &&
            text.toUtf8() != QByteArray::fromRawData(p, size))
            bad(c, CellsTr::tr("the text is not valid UTF-8"));
        return text;
    }

    /// Items separated by ';' (or ',', which an item never contains), trimmed, empties dropped.
    QStringList list(int c) {
        sqlite3_value *cell = value(c);
        const unsigned char *p = sqlite3_value_text(cell);
        const int size = sqlite3_value_bytes(cell);
        QStringList items;
        if (!p || size == 0)
            return items;
        SharedValues<QStringList> &shared = m_lists[size_t(c)];
        const auto *bytes = reinterpret_cast<const char *>(p);
        if (const QStringList *known = shared.find(bytes, size))
            return *known;
        const int problems = m_reader.m_problemCount;
        int start = 0;
        for (int i = 0; i <= size; ++i) {
            if (i < size && p[i] != ';' && p[i] != ',')
                continue;
            int begin = start, end = i;
            while (begin < end && isBlank(p[begin]))
                ++begin;
            while (end > begin && isBlank(p[end - 1]))
                --end;
            if (end > begin)
                items << utf8(c, reinterpret_cast<const char *>(p + begin), end - begin);
            start = i + 1;
        }
        if (m_reader.m_problemCount == problems)
            shared.add(bytes, size, items);
        return items;
    }

    double real(int c) {
        sqlite3_value *cell = value(c);
        const int type = sqlite3_value_type(cell);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? CellsTr::tr("a value is required")
                                       : CellsTr::tr("a number was expected"));
            return 0.0;
        }
        const double number = sqlite3_value_double(cell);
        if (!std::isfinite(number))
            bad(c, CellsTr::tr("the number is not finite"));
        return number;
    }

    int integer(int c, int min = INT_MIN, int max = INT_MAX) {
        sqlite3_value *cell = value(c);
        const int type = sqlite3_value_type(cell);
        if (type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? CellsTr::tr("a value is required")
                                       : CellsTr::tr("a whole number was expected"));
            return 0;
        }
        const qint64 number = sqlite3_value_int64(cell);
        if (number < min || number > max) {
            bad(c, CellsTr::tr("%1 is outside %2 to %3").arg(number).arg(min).arg(max));
            return 0;
        }
        return int(number);
    }

    std::optional<double> optionalReal(int c) {
        if (sqlite3_value_type(value(c)) == SQLITE_NULL)
            return std::nullopt;
        return real(c);
    }

    std::optional<int> optionalInteger(int c, int min = INT_MIN, int max = INT_MAX) {
        if (sqlite3_value_type(value(c)) == SQLITE_NULL)
            return std::nullopt;
        return integer(c, min, max);
    }

    bool boolean(int c) { return integer(c, 0, 1) != 0; }

    /// A reference to another row's id; NULL reads as 0 ("none").
    Id reference(int c) {
        sqlite3_value *cell = value(c);
        const int type = sqlite3_value_type(cell);
        if (type == SQLITE_NULL)
            return 0;
        if (type != SQLITE_INTEGER)
            bad(c, CellsTr::tr("a row id was expected"));
        return sqlite3_value_int64(cell);
    }

    /// A key of E; NULL reads as `none` when the enumeration has such a value.
    template <typename E> E key(int c, std::optional<E> none = std::nullopt) {
        if (auto known = lookup<E>(c, none.has_value()))
            return *known;
        if (none && sqlite3_value_type(value(c)) == SQLITE_NULL)
            return *none;
        return none.value_or(enumValues<E>().front());
    }

    /// A key of E where NULL or the empty string mean "not set" (partner model).
    template <typename E> std::optional<E> optionalKey(int c) {
        sqlite3_value *cell = value(c);
        if (sqlite3_value_type(cell) == SQLITE_NULL || sqlite3_value_bytes(cell) == 0)
            return std::nullopt;
        return lookup<E>(c, false);
    }

    /// An ISO YYYY-MM-DD date; NULL or empty reads as no date.
    QDate date(int c) {
        sqlite3_value *cell = value(c);
        const unsigned char *p = sqlite3_value_text(cell);
        const int size = sqlite3_value_bytes(cell);
        if (!p || size == 0)
            return {};
        if (size == 10 && isDigits(p, 4) && p[4] == '-' && isDigits(p + 5, 2) && p[7] == '-' &&
            isDigits(p + 8, 2)) {
            const QDate date(number(p, 4), number(p + 5, 2), number(p + 8, 2));
            if (date.isValid())
                return date;
        }
        bad(c, CellsTr::tr("\"%1\" is not a date in YYYY-MM-DD form").arg(text(c).left(40)));
        return {};
    }

    void bad(int c, const QString &reason) {
        m_reader.addProblem(CellsTr::tr("table %1, row id %2, column %3: %4")
                                .arg(QLatin1String(m_table))
                                .arg(m_id)
                                .arg(QString::fromUtf8(sqlite3_column_name(m_st, c)), reason));
    }

private:
    /// The cell itself: one call into SQLite per cell, where a column_* call per question (its
    /// type, then its value) costs twice. The value belongs to this statement's row, and the
    /// connection is used from one thread only, as sqlite3_column_value() asks.
    sqlite3_value *value(int c) const { return sqlite3_column_value(m_st, c); }

    template <typename E> std::optional<E> lookup(int c, bool nullAllowed) {
        sqlite3_value *cell = value(c);
        const int type = sqlite3_value_type(cell);
        if (type == SQLITE_NULL) {
            if (!nullAllowed)
                bad(c, CellsTr::tr("a value is required"));
            return std::nullopt;
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(cell));
        const int size = sqlite3_value_bytes(cell);
        for (const auto &[keyText, key] : keyTable<E>())
            if (keyText.size() == size && std::memcmp(keyText.constData(), p, size_t(size)) == 0)
                return key;
        bad(c, CellsTr::tr("\"%1\" is not a known key").arg(text(c).left(40)));
        return std::nullopt;
    }

    RowReader &m_reader;
    sqlite3_stmt *m_st;
    const char *m_table;
    qint64 m_id = 0;
    std::vector<SharedValues<QString>> m_texts; ///< by column
    std::vector<SharedValues<QStringList>> m_lists;
};

} // namespace rowcells
} // namespace ps
