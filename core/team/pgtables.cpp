// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/pgtables.h"

#include "core/team/pgconnection.h"
#include "core/team/rowtext.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>

namespace ps {
namespace {

class TeamTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Team)
};

int columnIndex(const Tables::Table &table, const char *name) {
    for (int c = 0; c < table.count; ++c)
        if (qstrcmp(table.columns[c].name, name) == 0)
            return c;
    return -1;
}

int versionIndex(const Tables::Table &table) {
    for (int c = 0; c < table.count; ++c)
        if (table.columns[c].type == Tables::Type::Version)
            return c;
    return -1;
}

qint64 parseInt(const char *p, int size) {
    qint64 value = 0;
    if (p)
        std::from_chars(p, p + size, value);
    return value;
}

/// A table with nothing in it (a table left out of a narrowed read).
class EmptyFeed : public TextRowFeed {
public:
    int next(const char **, int *, int) override { return SQLITE_DONE; }
    QString errorMessage() const override { return QString(); }
};

/// The rows of one `COPY ... TO STDOUT`, parsed in place as libpq hands them over.
class CopyFeed : public TextRowFeed {
public:
    CopyFeed(pg_conn *conn, const Tables::Table &table, std::vector<RowMeta> *meta,
             QString &lastError)
        : m_conn(conn)
        , m_lastError(lastError)
        , m_table(table)
        , m_meta(meta)
        , m_id(columnIndex(table, "id"))
        , m_version(versionIndex(table))
        , m_position(columnIndex(table, "position")) {
        if (m_id < 0 || m_version < 0)
            m_meta = nullptr;
    }

    ~CopyFeed() override {
        if (m_buffer)
            PQfreemem(m_buffer);
        // A reader that stopped early (a bad row) leaves rows behind; the connection can only
        // be used again once the COPY has been read to its end.
        if (!m_done) {
            char *rest = nullptr;
            while (PQgetCopyData(m_conn, &rest, 0) > 0)
                PQfreemem(rest);
            while (PGresult *result = PQgetResult(m_conn))
                PQclear(result);
        }
    }

    int next(const char **cells, int *sizes, int count) override {
        if (m_buffer) {
            PQfreemem(m_buffer);
            m_buffer = nullptr;
        }
        if (m_done)
            return SQLITE_DONE;
        const int length = PQgetCopyData(m_conn, &m_buffer, 0);
        if (length == -1)
            return finish();
        if (length < 0) {
            m_done = true;
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            m_lastError = m_error;
            return SQLITE_IOERR;
        }
        char *end = m_buffer + length;
        if (end > m_buffer && end[-1] == '\n')
            --end;
        int c = 0;
        char *field = m_buffer;
        while (true) {
            char *stop = field;
            while (stop < end && *stop != '\t')
                ++stop;
            if (c >= count)
                return badRow(count);
            if (stop - field == 2 && field[0] == '\\' && field[1] == 'N') {
                cells[c] = nullptr;
                sizes[c] = 0;
            } else {
                char *last = RowText::unescapeCopy(field, stop);
                cells[c] = field;
                sizes[c] = int(last - field);
            }
            ++c;
            if (stop >= end)
                break;
            field = stop + 1;
        }
        if (c != count)
            return badRow(count);
        if (m_meta)
            m_meta->push_back(
                {parseInt(cells[m_id], sizes[m_id]), parseInt(cells[m_version], sizes[m_version]),
                 m_position >= 0 ? parseInt(cells[m_position], sizes[m_position]) : 0});
        return SQLITE_ROW;
    }

    QString errorMessage() const override { return m_error; }

private:
    int finish() {
        m_done = true;
        int rc = SQLITE_DONE;
        while (PGresult *raw = PQgetResult(m_conn)) {
            PgResult result(raw);
            if (!result.ok()) {
                m_error = result.errorMessage();
                rc = SQLITE_IOERR;
            }
        }
        if (rc != SQLITE_DONE)
            m_lastError = m_error;
        return rc;
    }

    int badRow(int count) {
        m_error = TeamTr::tr("the server sent a row of table %1 without its %2 columns")
                      .arg(QLatin1String(m_table.name))
                      .arg(count);
        m_lastError = m_error;
        return SQLITE_CORRUPT;
    }

    pg_conn *m_conn;
    QString &m_lastError;
    const Tables::Table &m_table;
    std::vector<RowMeta> *m_meta;
    int m_id;
    int m_version;
    int m_position;
    char *m_buffer = nullptr;
    bool m_done = false;
    QString m_error;
};

} // namespace

QByteArray pgColumnList(const Tables::Table &table) {
    QByteArray list;
    for (int c = 0; c < table.count; ++c) {
        if (c > 0)
            list += ", ";
        list += '"';
        list += table.columns[c].name;
        list += '"';
    }
    return list;
}

PgTableSource::PgTableSource(PgConnection &connection)
    : m_connection(connection) {}

void PgTableSource::setFilter(const char *table, const QByteArray &condition) {
    m_filters.insert(QByteArray(table), condition);
}

RowSource PgTableSource::rows(const Tables::Table &table, const char *tail, bool rowid) {
    const QByteArray name(table.name);
    if (!m_only.isEmpty() && !m_only.contains(name))
        return RowSource(std::make_unique<EmptyFeed>(), table, rowid);
    // SQLite's rowid (rows in the order they were written) is the row number in the table's
    // physical order here: the order COPY wrote them in, until a row is updated.
    // The reader asks for a row count while the COPY is under way: ask the server before.
    loadEstimates();
    QByteArray sql = "COPY (SELECT " + pgColumnList(table);
    if (rowid)
        sql += ", row_number() OVER (ORDER BY ctid) AS rowid";
    sql += " FROM \"" + name + '"';
    if (const auto filter = m_filters.constFind(name); filter != m_filters.constEnd())
        sql += " WHERE " + *filter;
    if (tail && *tail)
        sql += QByteArray(" ") + tail;
    sql += ") TO STDOUT";
    PgResult start = m_connection.exec(sql);
    if (PQresultStatus(start.handle()) != PGRES_COPY_OUT) {
        m_lastError = start.handle() ? start.errorMessage() : m_connection.errorMessage();
        return RowSource::failed(m_lastError);
    }
    std::vector<RowMeta> *meta = &m_meta[name];
    auto feed = std::make_unique<CopyFeed>(m_connection.handle(), table, meta, m_lastError);
    return RowSource(std::move(feed), table, rowid);
}

void PgTableSource::loadEstimates() {
    if (m_estimated || !m_only.isEmpty() || !m_filters.isEmpty())
        return;
    m_estimated = true;
    // The planner's estimate is free and close enough to reserve memory with.
    PgResult result = m_connection.exec(
        "SELECT c.relname, c.reltuples::bigint FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'");
    for (int r = 0; r < result.rows(); ++r)
        m_estimates.insert(result.value(r, 0), qMax<qint64>(0, result.number(r, 1)));
}

qint64 PgTableSource::rowCount(const Tables::Table &table) {
    if (!m_only.isEmpty() || !m_filters.isEmpty())
        return 0;
    return m_estimates.value(QByteArray(table.name), 0);
}

namespace {

/// One row of COPY text: cells set by column, joined with tabs on execute().
class CopyWriter : public RowSink::Writer {
public:
    CopyWriter(const Tables::Table &table, QByteArray &text, qint64 &rows, qint64 &maxId)
        : m_table(table)
        , m_text(text)
        , m_rows(rows)
        , m_maxId(maxId)
        , m_cells(size_t(table.count)) {}

    void null(int c) override { m_cells[size_t(c)] = QByteArray(); }
    void integer(int c, qint64 value) override {
        m_cells[size_t(c)] = QByteArray::number(value);
        if (m_table.columns[c].type == Tables::Type::Id)
            m_maxId = qMax(m_maxId, value);
    }
    void real(int c, double value) override { m_cells[size_t(c)] = RowText::real(value); }
    void text(int c, const QString &value) override {
        QByteArray escaped;
        RowText::appendCopyEscaped(escaped, value.toUtf8());
        // An empty text must not read as NULL: keep it apart from QByteArray().
        m_cells[size_t(c)] = escaped.isNull() ? QByteArray("") : escaped;
    }
    bool execute() override {
        for (int c = 0; c < m_table.count; ++c) {
            if (c > 0)
                m_text += '\t';
            QByteArray &cell = m_cells[size_t(c)];
            if (!cell.isNull())
                m_text += cell;
            else if (m_table.columns[c].type == Tables::Type::Version)
                m_text += '1';
            else
                m_text += "\\N";
            cell = QByteArray();
        }
        m_text += '\n';
        ++m_rows;
        return true;
    }

private:
    const Tables::Table &m_table;
    QByteArray &m_text;
    qint64 &m_rows;
    qint64 &m_maxId;
    std::vector<QByteArray> m_cells;
};

} // namespace

PgCopySink::PgCopySink() = default;
PgCopySink::~PgCopySink() = default;

std::unique_ptr<RowSink::Writer> PgCopySink::open(const Tables::Table &table) {
    Buffer &buffer = m_buffers[QByteArray(table.name)];
    return std::make_unique<CopyWriter>(table, buffer.text, buffer.rows, m_maxId);
}

bool PgCopySink::clear(const Tables::Table &table) {
    Buffer &buffer = m_buffers[QByteArray(table.name)];
    buffer.text.clear();
    buffer.rows = 0;
    buffer.cleared = true;
    return true;
}

bool PgCopySink::send(PgConnection &connection, QString *error) {
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t) {
        const Tables::Table &table = *tables[t];
        const auto found = m_buffers.constFind(QByteArray(table.name));
        if (found == m_buffers.constEnd())
            continue;
        const QByteArray name = connection.identifier(QString::fromLatin1(table.name));
        if (found->cleared && !connection.command("DELETE FROM " + name, error))
            return false;
        if (found->rows == 0)
            continue;
        const QByteArray sql = "COPY " + name + " (" + pgColumnList(table) + ") FROM STDIN";
        if (!connection.copyIn(sql, found->text, error))
            return false;
    }
    return true;
}

qint64 PgCopySink::rowCount() const {
    qint64 rows = 0;
    for (const Buffer &buffer : m_buffers)
        rows += buffer.rows;
    return rows;
}

} // namespace ps
