// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/unitfields.h"

#include <QCoreApplication>

#include <set>

namespace ps {
namespace {

class TeamTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Team)
};

constexpr int DetailBase = 1000;

} // namespace

UnitFields::UnitFields(int table, const QByteArray &key, const RowImage &image)
    : m_table(table)
    , m_key(key) {
    for (const auto &[rowKey, cells] : image.rows()) {
        if (rowKey.table == table && rowKey.key == key) {
            m_exists = true;
            m_own = cells;
        } else {
            m_details[rowKey.table].push_back(cells);
        }
    }
    const TableInfo &info = tableInfos()[size_t(table)];
    if (m_exists) {
        // Not fields: the server keeps them.
        if (info.version >= 0)
            m_own[size_t(info.version)] = Cell();
    }
}

QList<int> UnitFields::fieldIds() const {
    QList<int> ids;
    const TableInfo &info = tableInfos()[size_t(m_table)];
    for (int c = 0; c < info.table->count; ++c)
        if (c != info.version && c != info.position)
            ids << c;
    std::set<int> details;
    for (const auto &entry : m_details)
        details.insert(entry.first);
    for (int table : details)
        ids << DetailBase + table;
    return ids;
}

bool UnitFields::sameField(const UnitFields &other, int field) const {
    if (field >= DetailBase) {
        const auto mine = m_details.find(field - DetailBase);
        const auto theirs = other.m_details.find(field - DetailBase);
        const bool mineEmpty = mine == m_details.end() || mine->second.empty();
        const bool theirsEmpty = theirs == other.m_details.end() || theirs->second.empty();
        if (mineEmpty || theirsEmpty)
            return mineEmpty == theirsEmpty;
        return mine->second == theirs->second;
    }
    const Cell none;
    const Cell &a = m_exists ? m_own[size_t(field)] : none;
    const Cell &b = other.m_exists ? other.m_own[size_t(field)] : none;
    return a == b;
}

void UnitFields::setField(const UnitFields &other, int field) {
    if (field >= DetailBase) {
        const auto theirs = other.m_details.find(field - DetailBase);
        if (theirs == other.m_details.end())
            m_details.erase(field - DetailBase);
        else
            m_details[field - DetailBase] = theirs->second;
        return;
    }
    if (m_exists && other.m_exists)
        m_own[size_t(field)] = other.m_own[size_t(field)];
}

QString UnitFields::fieldText(int field) const {
    if (field >= DetailBase) {
        const auto rows = m_details.find(field - DetailBase);
        const int count = rows == m_details.end() ? 0 : int(rows->second.size());
        return TeamTr::tr("%n row(s)", nullptr, count);
    }
    if (!m_exists)
        return TeamTr::tr("(deleted)");
    const Cell &cell = m_own[size_t(field)];
    return cell.null ? TeamTr::tr("(none)") : QString::fromUtf8(cell.text);
}

QString UnitFields::fieldName(int field) const {
    if (field >= DetailBase)
        return QString::fromLatin1(tableInfos()[size_t(field - DetailBase)].table->name);
    return QString::fromLatin1(tableInfos()[size_t(m_table)].table->columns[field].name);
}

RowImage UnitFields::join() const {
    RowImage image;
    if (!m_exists)
        return image;
    image.insert(m_table, m_own);
    for (const auto &[table, rows] : m_details)
        for (const RowCells &cells : rows)
            image.insert(table, cells);
    return image;
}

QList<int> UnitFields::differences(const UnitFields &a, const UnitFields &b) {
    QList<int> ids = a.fieldIds();
    for (int id : b.fieldIds())
        if (!ids.contains(id))
            ids << id;
    QList<int> different;
    for (int id : ids)
        if (!a.sameField(b, id))
            different << id;
    return different;
}

} // namespace ps
