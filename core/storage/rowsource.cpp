// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/rowsource.h"

#include <sqlite3.h>

#include <charconv>
#include <cmath>

namespace ps {

TextRowFeed::~TextRowFeed() = default;
TableSource::~TableSource() = default;

RowSource::RowSource(sqlite3 *db, const QByteArray &sql)
    : m_st(db, sql)
    , m_db(db) {
    if (!m_st.isValid())
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

RowSource::RowSource(std::unique_ptr<TextRowFeed> feed, const Tables::Table &table, bool rowid)
    : m_feed(std::move(feed))
    , m_table(&table)
    , m_columns(table.count + (rowid ? 1 : 0))
    , m_cells(size_t(m_columns), nullptr)
    , m_sizes(size_t(m_columns), 0)
    , m_types(size_t(m_columns), 0)
    , m_ints(size_t(m_columns), 0)
    , m_reals(size_t(m_columns), 0.0) {}

RowSource RowSource::failed(const QString &error) {
    RowSource source;
    source.m_error = error;
    return source;
}

RowSource::RowSource(RowSource &&) noexcept = default;
RowSource &RowSource::operator=(RowSource &&) noexcept = default;
RowSource::~RowSource() = default;

int RowSource::step() {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_step(st);
    if (!m_feed)
        return SQLITE_MISUSE;
    std::fill(m_types.begin(), m_types.end(), 0);
    const int rc = m_feed->next(m_cells.data(), m_sizes.data(), m_columns);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_error = m_feed->errorMessage();
    return rc;
}

QString RowSource::errorMessage() const {
    if (m_st.isValid() && m_error.isEmpty())
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    return m_error;
}

namespace {
bool isIntegerColumn(Tables::Type type) {
    return type == Tables::Type::Id || type == Tables::Type::Int || type == Tables::Type::Bool ||
           type == Tables::Type::Version;
}
} // namespace

/// Types a text cell by its column: integer and real columns hold numbers when the text is
/// one (anything else stays text, which the reader reports); every other column is text.
void RowSource::parse(int c) const {
    const char *p = m_cells[size_t(c)];
    const int size = m_sizes[size_t(c)];
    signed char type = SQLITE_TEXT;
    if (!p) {
        type = SQLITE_NULL;
    } else {
        const bool rowid = c >= m_table->count;
        const Tables::Type declared = rowid ? Tables::Type::Id : m_table->columns[c].type;
        if (isIntegerColumn(declared)) {
            qint64 value = 0;
            const auto [end, ec] = std::from_chars(p, p + size, value);
            if (ec == std::errc() && end == p + size && size > 0) {
                m_ints[size_t(c)] = value;
                type = SQLITE_INTEGER;
            }
        } else if (declared == Tables::Type::Real) {
            double value = 0.0;
            const auto [end, ec] = std::from_chars(p, p + size, value);
            if (ec == std::errc() && end == p + size && size > 0) {
                m_reals[size_t(c)] = value;
                type = SQLITE_FLOAT;
            }
        }
    }
    m_types[size_t(c)] = type;
}

int RowSource::type(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_type(st, c);
    if (c < 0 || c >= m_columns)
        return SQLITE_NULL;
    if (m_types[size_t(c)] == 0)
        parse(c);
    return m_types[size_t(c)];
}

qint64 RowSource::int64(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_int64(st, c);
    switch (type(c)) {
    case SQLITE_INTEGER:
        return m_ints[size_t(c)];
    case SQLITE_FLOAT:
        return qint64(m_reals[size_t(c)]);
    default:
        return 0;
    }
}

double RowSource::real(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_double(st, c);
    switch (type(c)) {
    case SQLITE_INTEGER:
        return double(m_ints[size_t(c)]);
    case SQLITE_FLOAT:
        return m_reals[size_t(c)];
    default:
        return 0.0;
    }
}

const unsigned char *RowSource::text(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_text(st, c);
    if (c < 0 || c >= m_columns)
        return nullptr;
    return reinterpret_cast<const unsigned char *>(m_cells[size_t(c)]);
}

int RowSource::bytes(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_bytes(st, c);
    if (c < 0 || c >= m_columns || !m_cells[size_t(c)])
        return 0;
    return m_sizes[size_t(c)];
}

const char *RowSource::columnName(int c) const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_name(st, c);
    if (!m_table || c < 0 || c > m_table->count)
        return "";
    return c == m_table->count ? "rowid" : m_table->columns[c].name;
}

int RowSource::columnCount() const {
    if (sqlite3_stmt *st = m_st.handle())
        return sqlite3_column_count(st);
    return m_columns;
}

RowSource SqliteTableSource::rows(const Tables::Table &table, const char *tail, bool rowid) {
    return RowSource(m_db, Tables::selectSql(table, tail, rowid));
}

qint64 SqliteTableSource::rowCount(const Tables::Table &table) {
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table.name;
    Statement st(m_db, sql.constData());
    return st.isValid() && st.step() == SQLITE_ROW ? sqlite3_column_int64(st.handle(), 0) : 0;
}

QString SqliteTableSource::lastError() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace ps
