// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/rowimage.h"

#include "core/storage/portfoliowriter.h"
#include "core/storage/rowreader.h"
#include "core/team/pgschema.h"
#include "core/team/rowtext.h"

#include <sqlite3.h>

namespace ps {

const std::vector<TableInfo> &tableInfos() {
    static const std::vector<TableInfo> infos = [] {
        std::vector<TableInfo> list;
        int count = 0;
        const Tables::Table *const *tables = Tables::all(&count);
        for (int t = 0; t < count; ++t) {
            TableInfo info;
            info.index = t;
            info.table = tables[t];
            info.key = TeamSchema::keyColumns(*tables[t]);
            info.version = TeamSchema::versionColumn(*tables[t]);
            for (int c = 0; c < tables[t]->count; ++c) {
                if (qstrcmp(tables[t]->columns[c].name, "id") == 0)
                    info.id = c;
                else if (qstrcmp(tables[t]->columns[c].name, "position") == 0)
                    info.position = c;
            }
            list.push_back(info);
        }
        return list;
    }();
    return infos;
}

const TableInfo *tableInfo(const QByteArray &name) {
    for (const TableInfo &info : tableInfos())
        if (name == info.table->name)
            return &info;
    return nullptr;
}

namespace {
bool isInteger(Tables::Type type) {
    return type == Tables::Type::Id || type == Tables::Type::Int || type == Tables::Type::Bool ||
           type == Tables::Type::Version;
}
} // namespace

QByteArray RowImage::keyOf(const TableInfo &table, const RowCells &cells) {
    QByteArray key;
    for (int c : table.key) {
        if (!key.isEmpty())
            key += '\x1f';
        const Cell &cell = cells[size_t(c)];
        if (cell.null) {
            key += 'n';
        } else if (isInteger(table.table->columns[c].type)) {
            // Sign-biased, fixed-width hex: byte order is numeric order.
            bool ok = false;
            const quint64 biased = quint64(cell.text.toLongLong(&ok)) ^ (quint64(1) << 63);
            key += 'i' + QByteArray::number(biased, 16).rightJustified(16, '0');
        } else {
            key += 's' + cell.text;
        }
    }
    return key;
}

void RowImage::insert(int table, RowCells cells) {
    Key key{table, keyOf(tableInfos()[size_t(table)], cells)};
    m_rows[key] = std::move(cells);
}

void RowImage::removeTable(int table) {
    auto it = m_rows.lower_bound(Key{table, QByteArray()});
    while (it != m_rows.end() && it->first.table == table)
        it = m_rows.erase(it);
}

RowImage RowImage::only(const std::vector<int> &tables) const {
    RowImage image;
    for (const auto &[key, cells] : m_rows)
        if (std::find(tables.begin(), tables.end(), key.table) != tables.end())
            image.m_rows.emplace(key, cells);
    return image;
}

const RowCells *RowImage::find(const Key &key) const {
    const auto it = m_rows.find(key);
    return it == m_rows.end() ? nullptr : &it->second;
}

namespace {

class ImageWriter : public RowSink::Writer {
public:
    ImageWriter(RowImage &image, int table, int columns)
        : m_image(image)
        , m_table(table)
        , m_cells(size_t(columns)) {}
    void null(int c) override { m_cells[size_t(c)] = Cell(); }
    void integer(int c, qint64 value) override {
        m_cells[size_t(c)] = Cell{QByteArray::number(value), false};
    }
    void real(int c, double value) override {
        m_cells[size_t(c)] = Cell{RowText::real(value), false};
    }
    void text(int c, const QString &value) override {
        m_cells[size_t(c)] = Cell{value.toUtf8(), false};
    }
    bool execute() override {
        m_image.insert(m_table, m_cells);
        std::fill(m_cells.begin(), m_cells.end(), Cell());
        return true;
    }

private:
    RowImage &m_image;
    int m_table;
    RowCells m_cells;
};

int indexOf(const Tables::Table &table) {
    const TableInfo *info = tableInfo(QByteArray(table.name));
    return info ? info->index : -1;
}

/// The rows of one table of an image, as text rows.
class ImageFeed : public TextRowFeed {
public:
    ImageFeed(RowImage::Rows::const_iterator begin, RowImage::Rows::const_iterator end, bool rowid)
        : m_it(begin)
        , m_end(end)
        , m_rowid(rowid) {}
    int next(const char **cells, int *sizes, int count) override {
        if (m_it == m_end)
            return SQLITE_DONE;
        const RowCells &row = m_it->second;
        const int columns = m_rowid ? count - 1 : count;
        for (int c = 0; c < columns && c < int(row.size()); ++c) {
            cells[c] = row[size_t(c)].null ? nullptr : row[size_t(c)].text.constData();
            sizes[c] = int(row[size_t(c)].text.size());
        }
        if (m_rowid) {
            m_rowText = QByteArray::number(++m_number);
            cells[count - 1] = m_rowText.constData();
            sizes[count - 1] = int(m_rowText.size());
        }
        ++m_it;
        return SQLITE_ROW;
    }
    QString errorMessage() const override { return QString(); }

private:
    RowImage::Rows::const_iterator m_it;
    RowImage::Rows::const_iterator m_end;
    bool m_rowid;
    qint64 m_number = 0;
    QByteArray m_rowText;
};

} // namespace

std::unique_ptr<RowSink::Writer> ImageSink::open(const Tables::Table &table) {
    const int index = indexOf(table);
    if (index < 0)
        return nullptr;
    return std::make_unique<ImageWriter>(m_image, index, table.count);
}

bool ImageSink::clear(const Tables::Table &table) {
    const int index = indexOf(table);
    if (index >= 0)
        m_image.removeTable(index);
    return true;
}

RowSource ImageTableSource::rows(const Tables::Table &table, const char *, bool rowid) {
    const int index = indexOf(table);
    const auto begin = m_image.rows().lower_bound(RowImage::Key{index, QByteArray()});
    const auto end = m_image.rows().lower_bound(RowImage::Key{index + 1, QByteArray()});
    return RowSource(std::make_unique<ImageFeed>(begin, end, rowid), table, rowid);
}

namespace RowImages {

RowImage of(const PortfolioData &data) {
    RowImage image;
    ImageSink sink(image);
    writePortfolio(data, sink);
    return image;
}

RowImage ofEntity(const ScenarioPlan &plan) {
    PortfolioData slice;
    slice.plans.push_back(plan);
    Scenario scenario;
    scenario.id = plan.scenarioId;
    slice.scenarios.push_back(scenario);
    slice.partners.reserve(plan.partners.size());
    for (const PlanPartnerSetting &setting : plan.partners) {
        Partner partner;
        partner.id = setting.partnerId;
        slice.partners.push_back(partner);
    }
    std::vector<int> tables;
    for (const Tables::Table *table :
         {&Tables::Plans::table(), &Tables::PlanPartners::table(), &Tables::PlanGroups::table()})
        tables.push_back(indexOf(*table));
    return of(slice).only(tables);
}

const std::vector<int> &baselineTables() {
    static const std::vector<int> tables = [] {
        std::vector<int> list;
        int last = -1;
        const RowImage empty = of(PortfolioData());
        for (const auto &entry : empty.rows()) {
            if (entry.first.table != last)
                list.push_back(entry.first.table);
            last = entry.first.table;
        }
        return list;
    }();
    return tables;
}

bool read(const RowImage &image, PortfolioData &data, QString *error) {
    ImageTableSource source(image);
    RowReader reader(source, 1);
    if (reader.read(data))
        return true;
    if (error)
        *error = reader.problems().value(0);
    return false;
}

} // namespace RowImages
} // namespace ps
