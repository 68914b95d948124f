// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync: sending local changes, one transaction per change set, each update checked against
// the row version its author saw.
#include "core/team/teamsync.h"

#include "core/team/teamsync_p.h"
#include "core/team/unitfields.h"

#include <libpq-fe.h>

#include <algorithm>

namespace ps {
namespace {

QByteArray name(const char *identifier) {
    return '"' + QByteArray(identifier) + '"';
}

QByteArray literal(const PgConnection &connection, const Cell &cell) {
    return cell.null ? QByteArrayLiteral("NULL") : connection.literal(cell.text);
}

/// WHERE clause naming one row by its key columns.
QByteArray whereKey(const PgConnection &connection, const TableInfo &info, const RowCells &cells) {
    QByteArray where;
    for (int c : info.key) {
        if (!where.isEmpty())
            where += " AND ";
        const Cell &cell = cells[size_t(c)];
        where += name(info.table->columns[c].name) +
                 (cell.null ? QByteArray(" IS NULL") : " = " + literal(connection, cell));
    }
    return where;
}

/// The version cell is never compared: the server owns it.
bool sameRow(const TableInfo &info, RowCells a, RowCells b) {
    if (info.version >= 0) {
        a[size_t(info.version)] = Cell();
        b[size_t(info.version)] = Cell();
    }
    return a == b;
}

} // namespace

bool TeamSync::flush() {
    if (m_state != State::Online || m_busy || !m_connection)
        return m_pending.empty() && !m_restDirty;
    m_busy = true;
    // Each round sends every unit that is ready; a conflict or a refusal settles one unit and
    // the round is tried again without it.
    for (int round = 0; round < 100 && m_state == State::Online && sendOnce(); ++round) {
    }
    m_busy = false;
    processNotifications();
    Q_EMIT pendingChanged(pendingCount());
    return m_pending.empty() && !m_restDirty;
}

void TeamSync::collectRestUnits() {
    if (!m_restDirty)
        return;
    m_restDirty = false;
    const RowImage local = restImage();
    std::map<RowImage::Key, bool> keys;
    for (const auto &entry : local.rows())
        keys[entry.first] = true;
    for (const auto &entry : m_serverRest.rows())
        keys[entry.first] = true;
    for (const auto &[key, unused] : keys) {
        const RowCells *mine = local.find(key);
        const RowCells *theirs = m_serverRest.find(key);
        const TableInfo &info = tableInfos()[size_t(key.table)];
        if (mine && theirs && sameRow(info, *mine, *theirs))
            continue;
        Unit unit;
        unit.table = key.table;
        unit.key = key.key;
        if (m_pending.count(unit))
            continue;
        Pending pending;
        if (theirs)
            pending.base.insert(key.table, *theirs);
        const RowCells *row = theirs ? theirs : mine;
        if (info.id >= 0) {
            unit.id = (*row)[size_t(info.id)].text.toLongLong();
            pending.baseVersion = m_meta[size_t(key.table)].value(unit.id).version;
        }
        m_pending.emplace(unit, std::move(pending));
    }
}

std::vector<TeamSync::Statement> TeamSync::statementsFor(const Unit &unit, const RowImage &base,
                                                         qint64 version,
                                                         const RowImage &mine) const {
    std::vector<Statement> statements;
    const PgConnection &c = *m_connection;
    std::map<RowImage::Key, bool> keys;
    for (const auto &entry : base.rows())
        keys[entry.first] = true;
    for (const auto &entry : mine.rows())
        keys[entry.first] = true;
    bool ownChanged = false;
    bool detailChanged = false;
    const RowCells *ownBase = base.find({unit.table, unit.key});
    const TableInfo &own = tableInfos()[size_t(unit.table)];
    const bool checked = own.version >= 0;
    for (const auto &[key, unused] : keys) {
        const TableInfo &info = tableInfos()[size_t(key.table)];
        const RowCells *before = base.find(key);
        const RowCells *after = mine.find(key);
        const bool isOwn = key.table == unit.table && key.key == unit.key;
        const QByteArray table = name(info.table->name);
        Statement st;
        st.unit = unit;
        st.table = key.table;
        if (!before && after) {
            QByteArray columns;
            QByteArray values;
            for (int col = 0; col < info.table->count; ++col) {
                if (col == info.version)
                    continue;
                columns += (columns.isEmpty() ? "" : ", ") + name(info.table->columns[col].name);
                values += (values.isEmpty() ? "" : ", ") + literal(c, (*after)[size_t(col)]);
            }
            st.phase = Statement::Insert;
            st.sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
            if (isOwn && info.version >= 0) {
                st.sql += " RETURNING \"row_version\"";
                st.returnsVersion = true;
            }
            (isOwn ? ownChanged : detailChanged) = true;
        } else if (before && !after) {
            st.phase = Statement::Delete;
            if (isOwn && checked) {
                st.sql = "DELETE FROM " + table + " WHERE \"id\" = " + QByteArray::number(unit.id) +
                         " AND \"row_version\" = " + QByteArray::number(version);
                st.checked = st.returnsVersion = true;
            } else {
                st.sql = "DELETE FROM " + table + " WHERE " + whereKey(c, info, *before);
            }
            (isOwn ? ownChanged : detailChanged) = true;
        } else if (before && after && !sameRow(info, *before, *after)) {
            QByteArray set;
            for (int col = 0; col < info.table->count; ++col) {
                if (col == info.version || (*before)[size_t(col)] == (*after)[size_t(col)])
                    continue;
                set += (set.isEmpty() ? "" : ", ") + name(info.table->columns[col].name) + " = " +
                       literal(c, (*after)[size_t(col)]);
            }
            st.phase = Statement::Update;
            if (isOwn && checked) {
                st.sql = "UPDATE " + table + " SET " + set +
                         " WHERE \"id\" = " + QByteArray::number(unit.id) +
                         " AND \"row_version\" = " + QByteArray::number(version);
                st.checked = st.returnsVersion = true;
            } else {
                st.sql = "UPDATE " + table + " SET " + set + " WHERE " + whereKey(c, info, *before);
            }
            (isOwn ? ownChanged : detailChanged) = true;
        } else {
            continue;
        }
        statements.push_back(std::move(st));
    }
    // Detail rows changed alone: the entity's own row still takes a new version, checked, so
    // that two people replacing an OEM deal's tiers at once do not overwrite each other.
    if (detailChanged && !ownChanged && checked && ownBase && mine.find({unit.table, unit.key})) {
        Statement touch;
        touch.unit = unit;
        touch.table = unit.table;
        touch.phase = Statement::Update;
        touch.checked = touch.returnsVersion = true;
        touch.sql = "UPDATE " + name(own.table->name) +
                    " SET \"row_version\" = -1 WHERE \"id\" = " + QByteArray::number(unit.id) +
                    " AND \"row_version\" = " + QByteArray::number(version);
        statements.push_back(std::move(touch));
    }
    return statements;
}

/// One transaction with every ready unit. Returns true if something was settled and another
/// round may have work (a conflict or a refusal took one unit out), false when done.
bool TeamSync::sendOnce() {
    collectRestUnits();
    std::vector<Statement> statements;
    std::map<Unit, RowImage> sent;
    std::vector<Unit> unchanged;
    std::unique_ptr<RowImage> rest;
    for (auto &[unit, pending] : m_pending) {
        if (pending.held)
            continue;
        RowImage mine;
        if (unit.kind >= 0) {
            mine = localImage(unit);
        } else {
            if (!rest)
                rest = std::make_unique<RowImage>(restImage());
            if (const RowCells *cells = rest->find({unit.table, unit.key}))
                mine.insert(unit.table, *cells);
        }
        std::vector<Statement> own = statementsFor(unit, pending.base, pending.baseVersion, mine);
        if (own.empty()) {
            unchanged.push_back(unit);
            continue;
        }
        for (Statement &st : own)
            statements.push_back(std::move(st));
        sent.emplace(unit, std::move(mine));
    }
    for (const Unit &unit : unchanged)
        m_pending.erase(unit);
    if (statements.empty())
        return false;
    // Parents are inserted before their rows, rows are deleted before their parents, and
    // updates come between (a partner's upstream may name a partner inserted just now).
    std::stable_sort(
        statements.begin(), statements.end(), [](const Statement &a, const Statement &b) {
            if (a.phase != b.phase)
                return a.phase < b.phase;
            return a.phase == Statement::Delete ? a.table > b.table : a.table < b.table;
        });
    QByteArray sql;
    for (size_t i = 0; i < statements.size(); ++i) {
        // A checked statement changes exactly one row at the version seen, or the whole
        // transaction fails, naming the statement.
        if (statements[i].checked)
            sql += "WITH u AS (" + statements[i].sql +
                   " RETURNING \"row_version\") SELECT ps_expect(" +
                   QByteArray::number(qulonglong(i)) + ", ARRAY(SELECT \"row_version\" FROM u));\n";
        else
            sql += statements[i].sql + ";\n";
    }
    std::vector<PgResult> results = m_connection->execAll(sql);
    if (m_connection->isBroken() || results.empty()) {
        connectionLost();
        return false;
    }
    std::vector<qint64> versions(statements.size(), 0);
    for (size_t i = 0; i < results.size(); ++i) {
        const PgResult &result = results[i];
        if (result.ok()) {
            if (i < statements.size() && statements[i].returnsVersion && result.rows() > 0)
                versions[i] = result.number(0, 0);
            continue;
        }
        const QByteArray state = result.sqlState();
        const size_t failed = state == "PSC01" ? size_t(result.detail().toULongLong()) : i;
        const Unit unit = statements[std::min(failed, statements.size() - 1)].unit;
        if (state == "PSC01") {
            std::map<Unit, Fetched> theirs;
            if (!fetch({unit}, theirs))
                return false;
            merge(unit, theirs[unit], true);
        } else {
            QString why = result.errorMessage();
            if (state == "42501")
                why =
                    TeamTr::tr("your role (%1) may not change it").arg(TeamSchema::roleKey(m_role));
            else if (state == "23503")
                why = TeamTr::tr("a record it refers to was deleted by someone else");
            refused(unit, why);
        }
        return true;
    }
    committed(statements, versions);
    m_written += sent.size();
    for (const auto &[unit, image] : sent) {
        // The server now holds what was sent: that is the new base, and nothing is pending.
        if (unit.kind < 0) {
            m_serverRest.rows().erase(RowImage::Key{unit.table, unit.key});
            for (const auto &[key, cells] : image.rows())
                m_serverRest.rows()[key] = cells;
        }
        m_pending.erase(unit);
    }
    return true;
}

void TeamSync::committed(const std::vector<Statement> &statements,
                         const std::vector<qint64> &versions) {
    for (size_t i = 0; i < statements.size(); ++i) {
        const Statement &st = statements[i];
        if (!st.returnsVersion || st.unit.id == 0)
            continue;
        QHash<Id, RowMeta> &meta = m_meta[size_t(st.unit.table)];
        if (st.phase == Statement::Delete) {
            meta.remove(st.unit.id);
            continue;
        }
        RowMeta row = meta.value(st.unit.id);
        row.id = st.unit.id;
        row.version = versions[i];
        // A new entity's position is fixed now, as it was sent.
        const TableInfo &info = tableInfos()[size_t(st.unit.table)];
        if (st.phase == Statement::Insert && info.position >= 0) {
            const RowImage image = localImage(st.unit);
            if (const RowCells *cells = image.find({st.unit.table, st.unit.key}))
                row.position = (*cells)[size_t(info.position)].text.toLongLong();
        }
        meta.insert(st.unit.id, row);
    }
}

void TeamSync::refused(const Unit &unit, const QString &why) {
    std::map<Unit, Fetched> theirs;
    const RowImage mine = localImage(unit);
    const QString record = recordName(unit, mine.isEmpty() ? m_pending[unit].base : mine);
    if (!fetch({unit}, theirs)) {
        m_pending.erase(unit);
        return;
    }
    takeTheirs(unit, theirs[unit]);
    Q_EMIT notice(TeamTr::tr("Your change to %1 was not saved: %2. It shows what the server has.")
                      .arg(record, why));
}

} // namespace ps
