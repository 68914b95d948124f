// SPDX-License-Identifier: GPL-3.0-or-later
// What the planners of every kind share: cell text, issues by line, dates in the file's order,
// and partners found by CRM id, website or name.
#include "core/import/importplan_p.h"

#include <algorithm>
#include <cstring>

namespace ps::import::detail {

QString cellText(const QString &raw) {
    // Most cells need no trimming and have no guard: they are shared, not copied.
    if (raw.isEmpty() ||
        (!raw.front().isSpace() && !raw.back().isSpace() && raw.front() != QLatin1Char('\'')))
        return raw;
    QString text = raw.trimmed();
    if (text.size() > 1 && text.front() == QLatin1Char('\'') &&
        QStringLiteral("=+-@\t\r").contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

QLatin1StringView plainAsciiCell(const csv::Fields &fields, int column) {
    const QUtf8StringView bytes = fields.utf8(column);
    if (bytes.isEmpty())
        return {};
    const auto isSpace = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    if (isSpace(data[0]) || isSpace(data[size - 1]) || data[0] == '\'')
        return {};
    // Eight bytes at a time: any byte with its high bit set is not ASCII.
    quint64 bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        bits |= word;
    }
    for (; i < size; ++i)
        bits |= data[i];
    if (bits & 0x8080808080808080ULL)
        return {};
    return QLatin1StringView(bytes.data(), size);
}

QStringList splitItems(const QString &text, bool commas) {
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const char16_t c = text.at(i).unicode();
            if (c != ';' && c != '\n' && !(commas && c == ','))
                continue;
        }
        const QString item = text.mid(start, i - start).trimmed();
        if (!item.isEmpty())
            items << item;
        start = i + 1;
    }
    return items;
}

namespace {
void addFirst(QHash<QString, int> &hash, const QString &key, int index) {
    if (key.isEmpty())
        return;
    const qsizetype before = hash.size();
    int &value = hash[key];
    if (hash.size() != before)
        value = index;
}
} // namespace

PartnerLookup::PartnerLookup(const std::vector<Partner> &partners) {
    static_assert(int(CrmSource::Csv) == 3, "one table per source");
    for (size_t i = 0; i < partners.size(); ++i) {
        const Partner &p = partners[i];
        if (p.crm.isSet())
            m_crm[int(p.crm.source)].insertFirst(p.crm.id, int(i));
        addFirst(m_domain, normalizedDomain(p.website), int(i));
        addFirst(m_name, normalizedName(p.name), int(i));
        addFirst(m_exact, p.name.simplified().toCaseFolded(), int(i));
    }
}

int PartnerLookup::byCrmId(CrmSource source, const QString &id) const {
    if (source == CrmSource::None || id.isEmpty())
        return -1;
    // Cells come trimmed (cellText()): most ids need no copy.
    const bool trimmed = !id.front().isSpace() && !id.back().isSpace();
    return m_crm[int(source)].value(trimmed ? id : id.trimmed(), -1);
}

int PartnerLookup::byText(const QString &text) const {
    const QString domain = normalizedDomain(text);
    if (!domain.isEmpty() && !text.contains(QLatin1Char(' '))) {
        const auto it = m_domain.constFind(domain);
        if (it != m_domain.constEnd())
            return *it;
    }
    return m_name.value(normalizedName(text), -1);
}

int PartnerLookup::byDomainOrExactName(const QString &text) const {
    const QString domain = normalizedDomain(text);
    if (!domain.isEmpty() && !text.contains(QLatin1Char(' '))) {
        const auto it = m_domain.constFind(domain);
        if (it != m_domain.constEnd())
            return *it;
    }
    return m_exact.value(text.simplified().toCaseFolded(), -1);
}

PlannerBase::PlannerBase(const csv::Table &table, const Mapping &mapping, const PortfolioData &data)
    : m_table(table)
    , m_mapping(mapping)
    , m_data(data) {
    m_plan.kind = mapping.kind;
    DateOrder order = mapping.dateOrder;
    m_orderChosen = order != DateOrder::Auto;
    if (!m_orderChosen) {
        order = detectDateOrder(table, mapping);
        m_orderChosen = order != DateOrder::Auto;
    }
    m_plan.dateOrder = order == DateOrder::Auto ? DateOrder::MonthFirst : order;
}

QString PlannerBase::columnName(int column) const {
    return column >= 0 && column < m_table.columnCount()
               ? m_table.header[column].trimmed()
               : ImportTr::tr("Column %1").arg(column + 1);
}

void PlannerBase::notANumber(PlannedRow &row, int column, const QString &text) const {
    error(row, column, ImportTr::tr("%1 \"%2\" is not a number.").arg(columnName(column), text));
}

void PlannerBase::checkExtraCells(const csv::Record &record, PlannedRow &row) const {
    for (qsizetype c = qsizetype(m_mapping.columns.size()); c < record.fields.size(); ++c) {
        if (!record.fields[c].trimmed().isEmpty()) {
            warning(row, int(c),
                    ImportTr::tr("The row has more cells than the header; the extra cells are "
                                 "ignored."));
            return;
        }
    }
}

QDate PlannerBase::date(PlannedRow &row, int column, const QString &text) const {
    const DateValue value = parseDate(text, m_orderChosen ? m_plan.dateOrder : DateOrder::Auto);
    if (!value.date.isValid()) {
        error(row, column,
              ImportTr::tr("%1 \"%2\" is not a date (such as 2025-03-31).")
                  .arg(columnName(column), text));
        return {};
    }
    row.dateAmbiguous = row.dateAmbiguous || value.ambiguous;
    return value.date;
}

void PlannerBase::markValid(PlannedRow &row) {
    row.valid = std::none_of(row.issues.begin(), row.issues.end(),
                             [](const Issue &x) { return x.severity == Severity::Error; });
}

} // namespace ps::import::detail
