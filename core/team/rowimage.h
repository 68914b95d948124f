// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"
#include "core/storage/rowsink.h"
#include "core/storage/rowsource.h"
#include "core/storage/tables.h"

#include <QByteArray>
#include <QList>

#include <map>
#include <vector>

namespace ps {

/// One cell as text, the way the server's COPY text format holds it (numbers written
/// exactly, see core/team/rowtext.h), or NULL.
struct Cell {
    QByteArray text;
    bool null = true;
    bool operator==(const Cell &o) const { return null == o.null && (null || text == o.text); }
    bool operator!=(const Cell &o) const { return !(*this == o); }
};
using RowCells = std::vector<Cell>;

/// What team portfolios need to know of each table of core/storage/tables.h.
struct TableInfo {
    int index = -1; ///< in Tables::all()
    const Tables::Table *table = nullptr;
    QList<int> key;    ///< the columns that identify a row (pgschema.h keyColumns)
    int id = -1;       ///< the `id` column, or -1
    int version = -1;  ///< the Version column, or -1
    int position = -1; ///< the `position` column, or -1
};

/// Every table, in the order of Tables::all().
const std::vector<TableInfo> &tableInfos();
/// The table called `name`, or nullptr.
const TableInfo *tableInfo(const QByteArray &name);

/**
 * Rows of some tables as text cells, keyed by table and key. The portfolio writer fills one
 * (ImageSink), the reader reads one back (ImageTableSource), and two compare row by row: this is
 * how a team portfolio finds which rows an edit changed, for any table the writer writes.
 *
 * Keys sort numerically for integer key columns, so a table's rows come in key order (as
 * "ORDER BY deal_id, position" asks).
 */
class RowImage {
public:
    struct Key {
        int table = -1;
        QByteArray key;
        bool operator<(const Key &o) const {
            return table != o.table ? table < o.table : key < o.key;
        }
        bool operator==(const Key &o) const { return table == o.table && key == o.key; }
    };
    using Rows = std::map<Key, RowCells>;

    /// The sortable key of a row of `table`.
    static QByteArray keyOf(const TableInfo &table, const RowCells &cells);

    void insert(int table, RowCells cells);
    const Rows &rows() const { return m_rows; }
    Rows &rows() { return m_rows; }
    bool isEmpty() const { return m_rows.empty(); }
    /// Drops the rows of `table`.
    void removeTable(int table);
    /// The rows of `table` only.
    RowImage only(const std::vector<int> &tables) const;
    const RowCells *find(const Key &key) const;
    bool operator==(const RowImage &o) const { return m_rows == o.m_rows; }
    bool operator!=(const RowImage &o) const { return !(*this == o); }

private:
    Rows m_rows;
};

/// A RowSink that keeps the written rows in a RowImage (the Version column stays NULL).
class ImageSink : public RowSink {
public:
    explicit ImageSink(RowImage &image)
        : m_image(image) {}
    std::unique_ptr<Writer> open(const Tables::Table &table) override;
    bool clear(const Tables::Table &table) override;

private:
    RowImage &m_image;
};

/// The rows of a RowImage for RowReader, each table in key order.
class ImageTableSource : public TableSource {
public:
    explicit ImageTableSource(const RowImage &image)
        : m_image(image) {}
    RowSource rows(const Tables::Table &table, const char *tail, bool rowid) override;
    qint64 rowCount(const Tables::Table &) override { return 0; }
    QString lastError() const override { return m_error; }
    /// An image may hold a few records only (one entity's rows).
    bool partial() const override { return true; }

private:
    const RowImage &m_image;
    QString m_error;
};

namespace RowImages {

/// Every row the writer writes for `data`.
RowImage of(const PortfolioData &data);
/// The tables the writer fills even for an empty portfolio (meta, portfolio).
const std::vector<int> &baselineTables();
/// The rows of a plan: the writer writes a plan only with its scenario, and a partner's
/// settings only with the partner, so the plan is written with stand-ins for those, whose own
/// rows are then left out.
RowImage ofEntity(const ScenarioPlan &plan);
/// The rows one entity is written as (its own row and its detail rows), without the rows every
/// portfolio has (baselineTables()).
template <typename T> RowImage ofEntity(const T &value) {
    PortfolioData slice;
    Portfolio::rowsOf<T>(slice).push_back(value);
    RowImage image = of(slice);
    for (int table : baselineTables())
        image.removeTable(table);
    return image;
}
/// Reads `image` back into a portfolio, with the reader's checks; false with *error if the rows
/// are not a valid portfolio.
bool read(const RowImage &image, PortfolioData &data, QString *error);

} // namespace RowImages
} // namespace ps
