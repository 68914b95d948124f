// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync: others' changes (notifications, fetching, applying), merging and conflicts,
// reconnecting and catching up.
#include "core/team/teamsync.h"

#include "core/storage/rowreader.h"
#include "core/team/entitytypes.h"
#include "core/team/teamsync_p.h"
#include "core/team/unitfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace ps {
namespace {

QByteArray idArray(const std::vector<Id> &ids) {
    QByteArray array = "'{";
    for (size_t i = 0; i < ids.size(); ++i)
        array += (i ? "," : "") + QByteArray::number(ids[i]);
    return array + "}'::bigint[]";
}

/// Counts the application of others' rows, so that their signals are not taken for edits.
class Applying {
public:
    explicit Applying(int &depth)
        : m_depth(depth) {
        ++m_depth;
    }
    ~Applying() { --m_depth; }

private:
    int &m_depth;
};

} // namespace

bool TeamSync::fetch(const std::vector<Unit> &units, std::map<Unit, Fetched> &out) {
    if (!m_connection)
        return false;
    std::vector<std::vector<Id>> idsByKind(EntityKindCount);
    for (const Unit &unit : units)
        if (unit.kind >= 0)
            idsByKind[size_t(unit.kind)].push_back(unit.id);
    bool restWanted =
        std::any_of(units.begin(), units.end(), [](const Unit &u) { return u.kind < 0; });
    const std::vector<TableInfo> &infos = tableInfos();
    if (!m_connection->command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) {
        if (m_connection->isBroken())
            connectionLost();
        return false;
    }
    bool ok = true;
    for (int kind = 0; kind < EntityKindCount && ok; ++kind) {
        const std::vector<Id> &ids = idsByKind[size_t(kind)];
        if (ids.empty())
            continue;
        const int main = m_mainTable[size_t(kind)];
        // The entities' own rows and their detail rows; a table that only looks like a detail
        // table (and breaks the reading) is left out on the second try.
        PortfolioData slice;
        PgTableSource *used = nullptr;
        std::unique_ptr<PgTableSource> source;
        for (int attempt = 0; attempt < 2 && !used; ++attempt) {
            source = std::make_unique<PgTableSource>(*m_connection);
            QSet<QByteArray> only{QByteArray(infos[size_t(main)].table->name)};
            source->setFilter(infos[size_t(main)].table->name,
                              "\"id\" = ANY(" + idArray(ids) + ")");
            if (attempt == 0) {
                for (int child : m_children[size_t(kind)]) {
                    const Tables::Table &table = *infos[size_t(child)].table;
                    only.insert(QByteArray(table.name));
                    source->setFilter(table.name, '"' + QByteArray(table.columns[0].name) +
                                                      "\" = ANY(" + idArray(ids) + ")");
                }
            }
            source->setOnly(only);
            RowReader reader(*source, 1);
            slice = PortfolioData();
            if (reader.read(slice))
                used = source.get();
            else if (m_connection->isBroken())
                break;
        }
        if (!used) {
            ok = false;
            break;
        }
        QHash<Id, RowMeta> metaById;
        for (const RowMeta &row :
             used->rowMeta().value(QByteArray(infos[size_t(main)].table->name)))
            metaById.insert(row.id, row);
        withEntityType(EntityKind(kind), [&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            for (const T &entity : Portfolio::rowsOf<T>(slice)) {
                Fetched fetched;
                fetched.image = RowImages::ofEntity(entity);
                const RowMeta meta = metaById.value(entity.id);
                fetched.version = meta.version;
                const TableInfo &info = infos[size_t(main)];
                const Unit unit = unitOf(EntityKind(kind), entity.id);
                auto own = fetched.image.rows().find({unit.table, unit.key});
                if (own != fetched.image.rows().end() && info.position >= 0)
                    own->second[size_t(info.position)] =
                        Cell{QByteArray::number(meta.position), false};
                out[unit] = std::move(fetched);
            }
        });
        for (Id id : ids)
            out.emplace(unitOf(EntityKind(kind), id), Fetched()); // gone from the server
    }
    if (ok && restWanted) {
        RowImage rest;
        ok = fetchRest(rest);
        for (const Unit &unit : units) {
            if (unit.kind >= 0)
                continue;
            Fetched fetched;
            if (const RowCells *cells = rest.find({unit.table, unit.key}))
                fetched.image.insert(unit.table, *cells);
            if (unit.id != 0)
                fetched.version = m_meta[size_t(unit.table)].value(unit.id).version;
            out[unit] = std::move(fetched);
        }
    }
    m_connection->command("COMMIT");
    if (!ok && m_connection->isBroken())
        connectionLost();
    return ok;
}

/// The rows of the tables that are not entities, as the server has them (inside a transaction).
bool TeamSync::fetchRest(RowImage &rest) {
    PgTableSource source(*m_connection);
    QSet<QByteArray> only;
    for (int table : m_restTables)
        only.insert(QByteArray(tableInfos()[size_t(table)].table->name));
    source.setOnly(only);
    RowReader reader(source, 1);
    PortfolioData data;
    if (!reader.read(data))
        return false;
    addRejectedLinkStandIns(data, nullptr);
    rest = RowImages::of(data).only(m_restTables);
    for (int table : m_restTables) {
        const TableInfo &info = tableInfos()[size_t(table)];
        if (info.id < 0 || info.version < 0)
            continue;
        QHash<Id, RowMeta> &meta = m_meta[size_t(table)];
        meta.clear();
        for (const RowMeta &row : source.rowMeta().value(QByteArray(info.table->name)))
            meta.insert(row.id, row);
    }
    return true;
}

void TeamSync::applyLocal(const Unit &unit, const RowImage &image) {
    if (unit.kind < 0) {
        RowImage target = restImage();
        target.rows().erase(RowImage::Key{unit.table, unit.key});
        for (const auto &[key, cells] : image.rows())
            target.rows()[key] = cells;
        applyRestLocal(target);
        return;
    }
    Applying applying(m_applying);
    withEntityType(EntityKind(unit.kind), [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        const int row = m_portfolio->rowOf<T>(unit.id);
        if (image.isEmpty()) {
            if (row >= 0)
                m_portfolio->template removeAt<T>(row);
            return;
        }
        PortfolioData slice;
        QString error;
        if (!RowImages::read(image, slice, &error) || Portfolio::rowsOf<T>(slice).empty()) {
            Q_EMIT notice(TeamTr::tr("A change from the server could not be read: %1").arg(error));
            return;
        }
        const T &entity = Portfolio::rowsOf<T>(slice).front();
        if (row >= 0) {
            m_portfolio->replace(entity);
            return;
        }
        // Where the server's position puts it among the rows the server knows.
        const TableInfo &info = tableInfos()[size_t(unit.table)];
        qint64 position = std::numeric_limits<qint64>::max();
        if (const RowCells *cells = image.find({unit.table, unit.key}); cells && info.position >= 0)
            position = (*cells)[size_t(info.position)].text.toLongLong();
        const auto &rows = m_portfolio->rows<T>();
        const auto &meta = m_meta[size_t(unit.table)];
        int at = int(rows.size());
        while (at > 0) {
            const auto known = meta.constFind(rows[size_t(at - 1)].id);
            if (known != meta.constEnd() && known->position <= position)
                break;
            --at;
        }
        m_portfolio->insert(at, entity);
    });
}

void TeamSync::applyRestLocal(const RowImage &target) {
    Applying applying(m_applying);
    PortfolioData rest;
    QString error;
    if (RowImages::read(target, rest, &error)) {
        m_portfolio->setInfo(rest.info);
        m_portfolio->setActiveScenarioId(rest.activeScenarioId);
        m_portfolio->setSegmentRules(rest.segmentRules);
        m_portfolio->setRejectedLinks(rest.rejectedLinks);
        if (restImage() == target)
            return;
    }
    // Data this version of the sync does not know by name: the whole portfolio again, with the
    // other tables as they are.
    RowImage whole = RowImages::of(m_portfolio->data());
    for (int table : m_restTables)
        whole.removeTable(table);
    for (const auto &[key, cells] : target.rows())
        whole.rows()[key] = cells;
    PortfolioData data;
    if (!RowImages::read(whole, data, &error)) {
        Q_EMIT notice(TeamTr::tr("A change from the server could not be read: %1").arg(error));
        return;
    }
    m_portfolio->assign(std::move(data));
}

void TeamSync::takeTheirs(const Unit &unit, const Fetched &theirs) {
    if (localImage(unit) != theirs.image)
        applyLocal(unit, theirs.image);
    if (unit.kind >= 0 && unit.id != 0) {
        QHash<Id, RowMeta> &meta = m_meta[size_t(unit.table)];
        if (theirs.image.isEmpty()) {
            meta.remove(unit.id);
        } else {
            RowMeta row{unit.id, theirs.version, 0};
            const TableInfo &info = tableInfos()[size_t(unit.table)];
            if (const RowCells *cells = theirs.image.find({unit.table, unit.key});
                cells && info.position >= 0)
                row.position = (*cells)[size_t(info.position)].text.toLongLong();
            meta.insert(unit.id, row);
        }
    } else if (unit.kind < 0) {
        m_serverRest.rows().erase(RowImage::Key{unit.table, unit.key});
        for (const auto &[key, cells] : theirs.image.rows())
            m_serverRest.rows()[key] = cells;
    }
    m_pending.erase(unit);
}

/**
 * Three-way merge of a unit I changed and someone else changed too: base (what both started
 * from), mine (here) and theirs (the server). Fields only one side changed take that side;
 * fields both changed alike are fine; fields both changed differently wait for the user.
 */
void TeamSync::merge(const Unit &unit, const Fetched &theirs, bool fromSend) {
    Q_UNUSED(fromSend);
    auto found = m_pending.find(unit);
    if (found == m_pending.end()) {
        takeTheirs(unit, theirs);
        return;
    }
    Pending &pending = found->second;
    const RowImage mineImage = localImage(unit);
    const UnitFields base(unit.table, unit.key, pending.base);
    const UnitFields mine(unit.table, unit.key, mineImage);
    const UnitFields them(unit.table, unit.key, theirs.image);
    const QList<int> mineChanged = UnitFields::differences(base, mine);
    Conflict conflict;
    conflict.unit = unit;
    conflict.theirs = theirs.image;
    conflict.record = recordName(unit, mineImage.isEmpty() ? theirs.image : mineImage);
    RowImage result;
    if (!mine.exists() && !base.exists()) {
        takeTheirs(unit, theirs); // nothing of mine left
        return;
    }
    if (!them.exists()) {
        if (!base.exists()) {
            // New here and not on the server: it is inserted as it is.
            pending.base = RowImage();
            pending.baseVersion = 0;
            return;
        }
        if (!mine.exists() || mineChanged.isEmpty()) {
            takeTheirs(unit, theirs); // deleted on both sides, or only there
            return;
        }
        conflict.deletedByThem = true;
        for (int field : mineChanged)
            conflict.fields << FieldConflict{mine.fieldName(field), base.fieldText(field),
                                             mine.fieldText(field), them.fieldText(field)};
        conflict.fieldIds = mineChanged;
        result = mineImage;
    } else if (!mine.exists()) {
        // I deleted it; did they change it meanwhile?
        const QList<int> theirChanges = UnitFields::differences(base, them);
        pending.base = theirs.image;
        pending.baseVersion = theirs.version;
        if (theirChanges.isEmpty())
            return; // the deletion is sent again, at their version
        conflict.deletedByMe = true;
        for (int field : theirChanges)
            conflict.fields << FieldConflict{them.fieldName(field), base.fieldText(field),
                                             mine.fieldText(field), them.fieldText(field)};
        conflict.fieldIds = theirChanges;
        result = mineImage;
    } else {
        UnitFields merged = them;
        for (int field : mineChanged) {
            if (them.sameField(base, field) || them.sameField(mine, field)) {
                merged.setField(mine, field);
                continue;
            }
            conflict.fields << FieldConflict{mine.fieldName(field), base.fieldText(field),
                                             mine.fieldText(field), them.fieldText(field)};
            conflict.fieldIds << field;
            merged.setField(mine, field); // shown as mine until the user decides
        }
        result = merged.join();
    }
    pending.base = theirs.image;
    pending.baseVersion = theirs.version;
    if (unit.kind >= 0 && !theirs.image.isEmpty()) {
        RowMeta row = m_meta[size_t(unit.table)].value(unit.id);
        row.id = unit.id;
        row.version = theirs.version;
        m_meta[size_t(unit.table)].insert(unit.id, row);
    }
    if (result != mineImage)
        applyLocal(unit, result);
    if (conflict.fields.isEmpty() && !conflict.deletedByThem && !conflict.deletedByMe) {
        if (result == theirs.image)
            m_pending.erase(unit);
        return;
    }
    pending.held = true;
    if (unit.kind >= 0) {
        const QList<HistoryEntry> last = history(EntityKind(unit.kind), unit.id, 1);
        if (!last.isEmpty())
            conflict.author = last.first().who;
    }
    conflict.id = m_nextConflictId++;
    // One open conflict per record: a newer one replaces it.
    m_conflicts.erase(std::remove_if(m_conflicts.begin(), m_conflicts.end(),
                                     [&](const Conflict &c) { return c.unit == unit; }),
                      m_conflicts.end());
    m_conflicts << conflict;
    Q_EMIT conflictAdded(conflict.id);
}

void TeamSync::resolve(int id, const QList<bool> &chooseMine) {
    const auto it = std::find_if(m_conflicts.begin(), m_conflicts.end(),
                                 [id](const Conflict &c) { return c.id == id; });
    if (it == m_conflicts.end())
        return;
    const Conflict conflict = *it;
    m_conflicts.erase(it);
    const Unit unit = conflict.unit;
    auto pending = m_pending.find(unit);
    if (pending == m_pending.end())
        return;
    pending->second.held = false;
    const UnitFields them(unit.table, unit.key, conflict.theirs);
    if (conflict.deletedByThem || conflict.deletedByMe) {
        const bool keepMine = chooseMine.value(0, true);
        if (!keepMine) {
            Fetched theirs;
            theirs.image = conflict.theirs;
            theirs.version = pending->second.baseVersion;
            takeTheirs(unit, theirs);
        }
        // Keeping mine: re-created (their deletion) or deleted at their version (mine).
    } else {
        UnitFields result(unit.table, unit.key, localImage(unit));
        for (int i = 0; i < conflict.fieldIds.size(); ++i)
            if (!chooseMine.value(i, true))
                result.setField(them, conflict.fieldIds.at(i));
        applyLocal(unit, result.join());
    }
    flush();
}

void TeamSync::poll() {
    if (m_busy) {
        QTimer::singleShot(10, this, &TeamSync::poll);
        return;
    }
    processNotifications();
}

void TeamSync::processNotifications() {
    if (!m_connection || m_state != State::Online)
        return;
    if (!m_connection->consumeInput()) {
        connectionLost();
        return;
    }
    const int own = m_connection->backendPid();
    for (const PgNotification &n : m_connection->takeNotifications()) {
        if (n.backendPid == own)
            continue;
        const QJsonObject change = QJsonDocument::fromJson(n.payload).object();
        const TableInfo *info = tableInfo(change.value(QLatin1String("t")).toString().toUtf8());
        if (!info)
            continue;
        const int kind = m_kindOfTable[size_t(info->index)];
        if (kind < 0) {
            m_remoteRest = true;
            continue;
        }
        const Id id = change.value(QLatin1String("k")).toArray().at(0).toString().toLongLong();
        const Unit unit = unitOf(EntityKind(kind), id);
        if (info->index == m_mainTable[size_t(kind)] &&
            change.value(QLatin1String("o")) != QLatin1String("D")) {
            const auto known = m_meta[size_t(info->index)].constFind(id);
            const qint64 version = change.value(QLatin1String("v")).toVariant().toLongLong();
            if (known != m_meta[size_t(info->index)].constEnd() && known->version >= version &&
                version > 0)
                continue; // already here (our own change seen through another connection)
        }
        if (std::find(m_remoteUnits.begin(), m_remoteUnits.end(), unit) == m_remoteUnits.end())
            m_remoteUnits.push_back(unit);
    }
    if (m_busy || (m_remoteUnits.empty() && !m_remoteRest))
        return;
    m_busy = true;
    std::vector<Unit> units;
    units.swap(m_remoteUnits);
    if (m_remoteRest) {
        m_remoteRest = false;
        RowImage rest;
        if (m_connection->command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") &&
            fetchRest(rest)) {
            m_connection->command("COMMIT");
            std::map<RowImage::Key, bool> keys;
            for (const auto &entry : rest.rows())
                keys[entry.first] = true;
            for (const auto &entry : m_serverRest.rows())
                keys[entry.first] = true;
            for (const auto &[key, unused] : keys) {
                const RowCells *now = rest.find(key);
                const RowCells *before = m_serverRest.find(key);
                if (now && before && *now == *before)
                    continue;
                Unit unit;
                unit.table = key.table;
                unit.key = key.key;
                const TableInfo &info = tableInfos()[size_t(key.table)];
                if (info.id >= 0)
                    unit.id = (now ? *now : *before)[size_t(info.id)].text.toLongLong();
                units.push_back(unit);
            }
        } else {
            m_connection->command("ROLLBACK");
        }
    }
    std::map<Unit, Fetched> fetched;
    if (!units.empty() && !fetch(units, fetched)) {
        // Fetched again after reconnecting (catchUp() compares every version anyway).
        m_remoteUnits.insert(m_remoteUnits.end(), units.begin(), units.end());
    } else if (!units.empty()) {
        for (const Unit &unit : units) {
            if (m_pending.count(unit))
                merge(unit, fetched[unit], false);
            else
                takeTheirs(unit, fetched[unit]);
        }
        Q_EMIT remoteApplied(int(units.size()));
    }
    m_busy = false;
}

void TeamSync::watchSocket() {
    delete m_notifier;
    m_notifier = nullptr;
    if (!m_connection || m_connection->socket() < 0)
        return;
    m_notifier = new QSocketNotifier(m_connection->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamSync::poll);
}

void TeamSync::connectionLost() {
    if (m_state != State::Online)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    setState(State::Offline);
    Q_EMIT notice(TeamTr::tr("The connection to %1 was lost. Your changes are kept and will be "
                             "sent when it is back.")
                      .arg(m_location.displayName()));
    m_delay = m_firstDelay;
    m_reconnectTimer->start(m_delay);
}

bool TeamSync::reconnect() {
    if (m_state == State::Closed)
        return false;
    if (m_state == State::Online)
        return true;
    auto connection = std::make_unique<PgConnection>();
    if (!connection->open(m_location, m_password, nullptr) ||
        !connection->useSchema(m_location.portfolio) ||
        !connection->command("LISTEN " + connection->identifier(QString::fromUtf8(
                                             TeamSchema::channel(m_location.portfolio)))))
        return false;
    m_connection = std::move(connection);
    m_reconnectTimer->stop();
    setState(State::Online);
    watchSocket();
    catchUp();
    if (m_state != State::Online)
        return false;
    Q_EMIT notice(TeamTr::tr("Connected to %1 again.").arg(m_location.displayName()));
    flush();
    return true;
}

/// After a disconnection: what did others change meanwhile? Every entity table's versions are
/// compared with what this session knows, and the rows that differ are fetched.
void TeamSync::catchUp() {
    std::vector<Unit> units;
    const std::vector<TableInfo> &infos = tableInfos();
    for (int kind = 0; kind < EntityKindCount; ++kind) {
        const TableInfo &info = infos[size_t(m_mainTable[size_t(kind)])];
        if (info.version < 0)
            continue;
        PgResult result = m_connection->exec("SELECT \"id\", \"row_version\" FROM \"" +
                                             QByteArray(info.table->name) + '"');
        if (!result.ok()) {
            if (m_connection->isBroken())
                connectionLost();
            return;
        }
        const QHash<Id, RowMeta> &meta = m_meta[size_t(info.index)];
        QSet<Id> seen;
        for (int r = 0; r < result.rows(); ++r) {
            const Id id = result.number(r, 0);
            seen.insert(id);
            const auto known = meta.constFind(id);
            if (known == meta.constEnd() || known->version != result.number(r, 1))
                units.push_back(unitOf(EntityKind(kind), id));
        }
        for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
            if (!seen.contains(it.key()))
                units.push_back(unitOf(EntityKind(kind), it.key()));
    }
    m_remoteUnits.insert(m_remoteUnits.end(), units.begin(), units.end());
    m_remoteRest = true;
    processNotifications();
}

QList<TeamSync::HistoryEntry> TeamSync::history(EntityKind kind, Id id, int limit) {
    QList<HistoryEntry> entries;
    if (!m_connection || m_state != State::Online)
        return entries;
    const int main = m_mainTable[size_t(kind)];
    QByteArray tables = "'{" + QByteArray(tableInfos()[size_t(main)].table->name);
    for (int child : m_children[size_t(kind)])
        tables += "," + QByteArray(tableInfos()[size_t(child)].table->name);
    tables += "}'::text[]";
    PgResult result = m_connection->exec(
        "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), who, op, "
        "tbl, old_values::text, new_values::text FROM audit WHERE tbl = ANY(" +
            tables + ") AND row_key[1] = $1 ORDER BY id DESC LIMIT " + QByteArray::number(limit),
        {QByteArray::number(id)});
    for (int r = 0; r < result.rows(); ++r) {
        HistoryEntry entry;
        entry.at = QDateTime::fromString(result.text(r, 0), Qt::ISODateWithMs);
        entry.who = result.text(r, 1);
        entry.op = result.text(r, 2).at(0);
        entry.table = result.text(r, 3);
        const QJsonObject before = QJsonDocument::fromJson(result.value(r, 4)).object();
        const QJsonObject after = QJsonDocument::fromJson(result.value(r, 5)).object();
        auto show = [](const QJsonValue &value) {
            if (value.isNull() || value.isUndefined())
                return TeamTr::tr("(none)");
            return value.isString() ? value.toString() : value.toVariant().toString();
        };
        const QJsonObject &keys = after.isEmpty() ? before : after;
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
            if (it.key() == QLatin1String("row_version"))
                continue;
            const QJsonValue old = before.value(it.key());
            const QJsonValue now = after.value(it.key());
            if (entry.op == QLatin1Char('U') && old == now)
                continue;
            if (entry.op == QLatin1Char('U'))
                entry.changes << TeamTr::tr("%1: %2 → %3").arg(it.key(), show(old), show(now));
        }
        entries << entry;
    }
    return entries;
}

} // namespace ps
