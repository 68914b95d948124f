// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"

#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

namespace ps {

/// Rows of one table as text cells, the way `COPY ... TO STDOUT` (text format) sends them: the
/// source of a RowSource that does not read SQLite (a PostgreSQL server, see core/team).
class TextRowFeed {
public:
    virtual ~TextRowFeed();
    /// Points `cells[c]` at the unescaped text of column c (nullptr for NULL) and `sizes[c]` at
    /// its length, for `count` columns. The text stays valid until the next call. Returns
    /// SQLITE_ROW, SQLITE_DONE, or an SQLite error code (SQLITE_IOERR, SQLITE_CORRUPT) when the
    /// rows could not be read; errorMessage() then says why.
    virtual int next(const char **cells, int *sizes, int count) = 0;
    virtual QString errorMessage() const = 0;
};

/**
 * The rows of one table for RowReader: an SQLite statement, or text rows from another engine
 * (TextRowFeed). Cells are typed the way sqlite3_column_type() types them; a text cell of an
 * integer or real column is typed by parsing it, so the reader's checks ("a whole number was
 * expected") apply to both engines alike. The extra `rowid` column (index Table::count) of
 * Tables::selectSql(..., rowid) is an integer on both.
 */
class RowSource {
public:
    RowSource() = default;
    /// Prepares `sql` on `db`.
    RowSource(sqlite3 *db, const QByteArray &sql);
    /// Reads `feed`, whose rows hold the columns of `table` (plus rowid when `rowid` is set).
    RowSource(std::unique_ptr<TextRowFeed> feed, const Tables::Table &table, bool rowid);
    /// A source that could not be opened, with the reason.
    static RowSource failed(const QString &error);

    RowSource(RowSource &&) noexcept;
    RowSource &operator=(RowSource &&) noexcept;
    ~RowSource();

    bool isValid() const { return m_st.isValid() || m_feed != nullptr; }
    /// SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    /// Why preparing or stepping failed.
    QString errorMessage() const;

    /// SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT.
    int type(int c) const;
    qint64 int64(int c) const;
    double real(int c) const;
    /// UTF-8 text of the cell (nullptr for NULL) and its size in bytes.
    const unsigned char *text(int c) const;
    int bytes(int c) const;
    const char *columnName(int c) const;
    /// How many columns a row has (the table's, plus rowid when asked for).
    int columnCount() const;

private:
    void parse(int c) const;

    Statement m_st;
    sqlite3 *m_db = nullptr;
    QString m_error;
    std::unique_ptr<TextRowFeed> m_feed;
    const Tables::Table *m_table = nullptr;
    int m_columns = 0;
    std::vector<const char *> m_cells;
    std::vector<int> m_sizes;
    // Numbers parsed from the text of the current row, on first use.
    mutable std::vector<signed char> m_types; ///< 0 = not parsed yet
    mutable std::vector<qint64> m_ints;
    mutable std::vector<double> m_reals;
};

/// Where RowReader gets the rows of each table: an SQLite database, or a team portfolio.
class TableSource {
public:
    virtual ~TableSource();
    /// The rows of `table`: its columns (and rowid) as Tables::selectSql(table, tail, rowid)
    /// selects them, in the order `tail` (an ORDER BY clause or "") asks for.
    virtual RowSource rows(const Tables::Table &table, const char *tail, bool rowid) = 0;
    /// About how many rows `table` holds (to reserve memory), or 0 when unknown.
    virtual qint64 rowCount(const Tables::Table &table) = 0;
    /// Why the last source could not be opened or read, for messages.
    virtual QString lastError() const = 0;
    /// True when the source gives only some rows (the rows of a few records): a reference to a
    /// row of a table that was not read cannot be checked, and is not.
    virtual bool partial() const { return false; }
};

/// The tables of an open SQLite database.
class SqliteTableSource : public TableSource {
public:
    explicit SqliteTableSource(sqlite3 *db)
        : m_db(db) {}
    RowSource rows(const Tables::Table &table, const char *tail, bool rowid) override;
    qint64 rowCount(const Tables::Table &table) override;
    QString lastError() const override;

private:
    sqlite3 *m_db;
};

} // namespace ps
