// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the file's reader: typed, checked access to the cells of a row (rowreader.cpp and the
// account mapping tables' reader, accountrows.cpp).
#pragma once

#include "core/domain/enums.h"
#include "core/domain/sharedvalues.h"
#include "core/storage/rowreader.h"
#include "core/storage/rowsource.h"

#include <QCoreApplication>
#include <QDate>

#include <sqlite3.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace ps {

/// This file's translations, in the context lupdate files them under.
class PortfolioFileTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PortfolioFile)
};

namespace cellcheck {

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

} // namespace cellcheck

/// Typed, checked access to the cells of the current row of one statement.
class Cells {
public:
    Cells(RowReader &reader, const RowSource &st, const char *table)
        : m_reader(reader)
        , m_st(st)
        , m_table(table)
        , m_texts(size_t(std::max(0, st.columnCount())))
        , m_lists(m_texts.size()) {}

    /// Starts a row: its id (column 0, or `idColumn` such as an appended rowid) names the row
    /// in messages.
    qint64 beginRow(int idColumn = 0) {
        m_id = m_st.int64(idColumn);
        return m_id;
    }

    /// Text that repeats in a column is held once and shared by its rows (SharedValues).
    QString text(int c) {
        const auto *p = reinterpret_cast<const char *>(m_st.text(c));
        if (!p)
            return QString();
        const int size = m_st.bytes(c);
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
        if (size > 0 && cellcheck::isAscii(p, size)) // most text: valid as it is, nothing to check
            return QString::fromLatin1(p, size);
        QString text = QString::fromUtf8(p, size);
        if (text.contains(QChar::ReplacementCharacter) &&
            text.toUtf8() != QByteArray::fromRawData(p, size))
            bad(c, PortfolioFileTr::tr("the text is not valid UTF-8"));
        return text;
    }

    /// Items separated by ';' (or ',', which an item never contains), trimmed, empties dropped.
    QStringList list(int c) {
        const unsigned char *p = m_st.text(c);
        const int size = m_st.bytes(c);
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
            while (begin < end && cellcheck::isBlank(p[begin]))
                ++begin;
            while (end > begin && cellcheck::isBlank(p[end - 1]))
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
        const int type = m_st.type(c);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? PortfolioFileTr::tr("a value is required")
                                       : PortfolioFileTr::tr("a number was expected"));
            return 0.0;
        }
        const double value = m_st.real(c);
        if (!std::isfinite(value))
            bad(c, PortfolioFileTr::tr("the number is not finite"));
        return value;
    }

    int integer(int c, int min = INT_MIN, int max = INT_MAX) {
        const int type = m_st.type(c);
        if (type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? PortfolioFileTr::tr("a value is required")
                                       : PortfolioFileTr::tr("a whole number was expected"));
            return 0;
        }
        const qint64 value = m_st.int64(c);
        if (value < min || value > max) {
            bad(c, PortfolioFileTr::tr("%1 is outside %2 to %3").arg(value).arg(min).arg(max));
            return 0;
        }
        return int(value);
    }

    std::optional<double> optionalReal(int c) {
        if (m_st.type(c) == SQLITE_NULL)
            return std::nullopt;
        return real(c);
    }

    std::optional<int> optionalInteger(int c, int min = INT_MIN, int max = INT_MAX) {
        if (m_st.type(c) == SQLITE_NULL)
            return std::nullopt;
        return integer(c, min, max);
    }

    bool boolean(int c) { return integer(c, 0, 1) != 0; }

    /// A CRM reference from its source key (NULL or '' = none) and record id columns. An id
    /// without a source, or a source without an id, is a problem: re-imports match on both.
    CrmRef crm(int sourceColumn, int idColumn) {
        CrmRef ref;
        ref.source = key<CrmSource>(sourceColumn, CrmSource::None);
        ref.id = text(idColumn);
        if ((ref.source == CrmSource::None) != ref.id.isEmpty())
            bad(idColumn, PortfolioFileTr::tr("a CRM record id needs its source and the other "
                                              "way round"));
        return ref;
    }

    /// A reference to another row's id; NULL reads as 0 ("none").
    Id reference(int c) {
        const int type = m_st.type(c);
        if (type == SQLITE_NULL)
            return 0;
        if (type != SQLITE_INTEGER)
            bad(c, PortfolioFileTr::tr("a row id was expected"));
        return m_st.int64(c);
    }

    /// A key of E; NULL reads as `none` when the enumeration has such a value.
    template <typename E> E key(int c, std::optional<E> none = std::nullopt) {
        if (auto value = lookup<E>(c, none.has_value()))
            return *value;
        if (none && m_st.type(c) == SQLITE_NULL)
            return *none;
        return none.value_or(enumValues<E>().front());
    }

    /// A key of E where NULL or the empty string mean "not set" (partner model).
    template <typename E> std::optional<E> optionalKey(int c) {
        if (m_st.type(c) == SQLITE_NULL || m_st.bytes(c) == 0)
            return std::nullopt;
        return lookup<E>(c, false);
    }

    bool isNull(int c) const { return m_st.type(c) == SQLITE_NULL; }

    /// An ISO YYYY-MM-DD date; NULL or empty reads as no date.
    QDate date(int c) {
        const unsigned char *p = m_st.text(c);
        const int size = m_st.bytes(c);
        if (!p || size == 0)
            return {};
        if (size == 10 && cellcheck::isDigits(p, 4) && p[4] == '-' &&
            cellcheck::isDigits(p + 5, 2) && p[7] == '-' && cellcheck::isDigits(p + 8, 2)) {
            const QDate date(cellcheck::number(p, 4), cellcheck::number(p + 5, 2),
                             cellcheck::number(p + 8, 2));
            if (date.isValid())
                return date;
        }
        bad(c,
            PortfolioFileTr::tr("\"%1\" is not a date in YYYY-MM-DD form").arg(text(c).left(40)));
        return {};
    }

    /// An ISO YYYY-MM-DD date that must be there.
    QDate requiredDate(int c) {
        if (m_st.type(c) == SQLITE_NULL || m_st.bytes(c) == 0) {
            bad(c, PortfolioFileTr::tr("a value is required"));
            return {};
        }
        return date(c);
    }

    void bad(int c, const QString &reason) {
        m_reader.addProblem(PortfolioFileTr::tr("table %1, row id %2, column %3: %4")
                                .arg(QLatin1String(m_table))
                                .arg(m_id)
                                .arg(QString::fromUtf8(m_st.columnName(c)), reason));
    }

private:
    template <typename E> std::optional<E> lookup(int c, bool nullAllowed) {
        const int type = m_st.type(c);
        if (type == SQLITE_NULL) {
            if (!nullAllowed)
                bad(c, PortfolioFileTr::tr("a value is required"));
            return std::nullopt;
        }
        const auto *p = reinterpret_cast<const char *>(m_st.text(c));
        const int size = m_st.bytes(c);
        for (const auto &[keyText, value] : cellcheck::keyTable<E>())
            if (keyText.size() == size && std::memcmp(keyText.constData(), p, size_t(size)) == 0)
                return value;
        bad(c, PortfolioFileTr::tr("\"%1\" is not a known key").arg(text(c).left(40)));
        return std::nullopt;
    }

    RowReader &m_reader;
    const RowSource &m_st;
    const char *m_table;
    qint64 m_id = 0;
    std::vector<SharedValues<QString>> m_texts; ///< by column
    std::vector<SharedValues<QStringList>> m_lists;
};

} // namespace ps
