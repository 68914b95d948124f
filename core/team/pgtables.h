// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/rowsink.h"
#include "core/storage/rowsource.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace ps {

class PgConnection;

/// What the server knows of one row of an entity table: its id, row version and position.
struct RowMeta {
    qint64 id = 0;
    qint64 version = 0;
    qint64 position = 0;
};

/**
 * The tables of a team portfolio as RowReader reads them: each table with one
 * `COPY (SELECT ...) TO STDOUT` in text format, parsed row by row as it arrives, so opening
 * from the server runs through the same typed reading and checks as opening a file.
 *
 * A source can be narrowed to some rows (`WHERE id = ANY(...)`, to fetch what others changed)
 * and to some tables (the others read as empty). While reading, it notes the id, row version
 * and position of every row of the entity tables (rowMeta()).
 */
class PgTableSource : public TableSource {
public:
    explicit PgTableSource(PgConnection &connection);

    /// Reads only the rows of `table` that satisfy `condition` (SQL, such as "id = ANY(...)").
    void setFilter(const char *table, const QByteArray &condition);
    /// Reads only these tables; the others are empty. An empty set reads every table.
    void setOnly(const QSet<QByteArray> &tables) { m_only = tables; }

    RowSource rows(const Tables::Table &table, const char *tail, bool rowid) override;
    qint64 rowCount(const Tables::Table &table) override;
    QString lastError() const override { return m_lastError; }
    bool partial() const override { return !m_only.isEmpty() || !m_filters.isEmpty(); }

    /// Id, version and position of every row read from each entity table, in arrival order.
    QHash<QByteArray, std::vector<RowMeta>> &rowMeta() { return m_meta; }

private:
    void loadEstimates();

    PgConnection &m_connection;
    QHash<QByteArray, QByteArray> m_filters;
    QSet<QByteArray> m_only;
    QHash<QByteArray, std::vector<RowMeta>> m_meta;
    QHash<QByteArray, qint64> m_estimates;
    bool m_estimated = false;
    QString m_lastError;
};

/// The COPY statement's column list for `table`: every column of core/storage/tables.h, quoted.
QByteArray pgColumnList(const Tables::Table &table);

/**
 * A RowSink that collects rows as COPY text, one buffer per table, and sends them with
 * `COPY table (columns) FROM STDIN` in the order of Tables::all() (parents first): how
 * `partnerscope publish` puts a portfolio on the server.
 */
class PgCopySink : public RowSink {
public:
    PgCopySink();
    ~PgCopySink() override;
    std::unique_ptr<Writer> open(const Tables::Table &table) override;
    bool clear(const Tables::Table &table) override;
    /// Sends everything collected; false with *error on failure.
    bool send(PgConnection &connection, QString *error);
    /// How many rows were collected, over all tables.
    qint64 rowCount() const;
    /// The largest value written to any id or reference column.
    qint64 maxId() const { return m_maxId; }

private:
    struct Buffer {
        QByteArray text;
        qint64 rows = 0;
        bool cleared = false;
    };
    QHash<QByteArray, Buffer> m_buffers;
    qint64 m_maxId = 0;
};

} // namespace ps
