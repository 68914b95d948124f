// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/rowsink.h"

#include "core/storage/sqlitedb.h"

namespace ps {

RowSink::Writer::~Writer() = default;
RowSink::~RowSink() = default;

namespace {

/// One prepared INSERT (Tables::insertSql): column c binds parameter c + 1. Bindings survive
/// each execute(), so a Version column bound once keeps its 1 for every row.
class SqliteWriter : public RowSink::Writer {
public:
    SqliteWriter(sqlite3 *db, const Tables::Table &table)
        : m_st(db, Tables::insertSql(table)) {
        for (int c = 0; c < table.count; ++c)
            if (table.columns[c].type == Tables::Type::Version)
                m_st.bindInt(c + 1, 1);
    }
    bool isValid() const { return m_st.isValid(); }
    void null(int c) override { m_st.bindNull(c + 1); }
    void integer(int c, qint64 value) override { m_st.bindInt(c + 1, value); }
    void real(int c, double value) override { m_st.bindDouble(c + 1, value); }
    void text(int c, const QString &value) override { m_st.bindText(c + 1, value); }
    bool execute() override { return m_st.execute(); }

private:
    Statement m_st;
};

} // namespace

std::unique_ptr<RowSink::Writer> SqliteRowSink::open(const Tables::Table &table) {
    auto writer = std::make_unique<SqliteWriter>(m_db, table);
    if (!writer->isValid())
        return nullptr;
    return writer;
}

bool SqliteRowSink::clear(const Tables::Table &table) {
    return execSql(m_db, (QByteArray("DELETE FROM ") + table.name).constData());
}

} // namespace ps
