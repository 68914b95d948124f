// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/tables.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace ps {

/**
 * Where the portfolio writer puts rows: an SQLite file (SqliteRowSink), a team portfolio on
 * PostgreSQL (COPY, core/team), or rows kept in memory to compare (core/team/rowimage.h). The
 * writer names every column with the enumerators of core/storage/tables.h, so each sink gets
 * the columns of Tables::all() and nothing else.
 */
class RowSink {
public:
    /// The rows of one table being written. Cells are set by column index (every column once
    /// a row; a column left unset is NULL, or 1 for a Version column), then execute() writes
    /// the row.
    class Writer {
    public:
        virtual ~Writer();
        virtual void null(int c) = 0;
        virtual void integer(int c, qint64 value) = 0;
        virtual void real(int c, double value) = 0;
        virtual void text(int c, const QString &value) = 0;
        /// Writes the row; false if it could not be written (the whole write fails).
        virtual bool execute() = 0;
    };

    virtual ~RowSink();
    /// Starts writing rows of `table` (several tables may be written at once, interleaved);
    /// nullptr if that is impossible.
    virtual std::unique_ptr<Writer> open(const Tables::Table &table) = 0;
    /// Removes the rows `table` already holds (the portfolio row a migration inserted).
    virtual bool clear(const Tables::Table &table) = 0;
};

/// Writes into the tables of an open, migrated SQLite database with prepared INSERTs.
class SqliteRowSink : public RowSink {
public:
    explicit SqliteRowSink(sqlite3 *db)
        : m_db(db) {}
    std::unique_ptr<Writer> open(const Tables::Table &table) override;
    bool clear(const Tables::Table &table) override;

private:
    sqlite3 *m_db;
};

} // namespace ps
