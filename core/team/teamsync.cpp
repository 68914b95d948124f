// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync: set-up, the tables' roles, and following the portfolio's own changes.
#include "core/team/teamsync.h"

#include "core/team/teamsync_p.h"

#include "core/team/entitytypes.h"
#include "core/team/teamids.h"
#include "core/team/unitfields.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace ps {
namespace {

/// At most this many remembered edits per record, for telling an undo from an edit.
constexpr size_t JournalDepth = 100;

bool referencesWithCascade(const Tables::Column &column, const char *table) {
    const QByteArray constraint(column.constraint);
    return constraint.contains("REFERENCES " + QByteArray(table) + " (id)") &&
           constraint.contains("ON DELETE CASCADE");
}

/// The part of `full` that is not entities: the portfolio row, saved segment rules, rejected
/// link suggestions, ... With `probe`, a rejected suggestion is made up when there is none, so
/// that the writer shows which tables the rest is written to even when they are empty.
PortfolioData restData(const PortfolioData &full, bool probe = false) {
    PortfolioData rest = full;
    forEachEntityType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        Portfolio::rowsOf<T>(rest).clear();
    });
    if (probe && rest.rejectedLinks.empty())
        rest.rejectedLinks.push_back(LinkKey{1, 1});
    addRejectedLinkStandIns(rest, probe ? nullptr : &full);
    return rest;
}

} // namespace

void addRejectedLinkStandIns(PortfolioData &rest, const PortfolioData *full) {
    QSet<Id> icps;
    QSet<Id> partners;
    for (const LinkKey &key : rest.rejectedLinks) {
        icps.insert(key.icpId);
        partners.insert(key.partnerId);
    }
    if (full) {
        QSet<Id> existing;
        for (const Icp &icp : full->icps)
            if (icps.contains(icp.id))
                existing.insert(icp.id);
        icps = std::move(existing);
        existing.clear();
        for (const Partner &partner : full->partners)
            if (partners.contains(partner.id))
                existing.insert(partner.id);
        partners = std::move(existing);
    }
    for (Id id : std::as_const(icps))
        rest.icps.emplace_back().id = id;
    for (Id id : std::as_const(partners))
        rest.partners.emplace_back().id = id;
}

TeamSync::TeamSync(Portfolio *portfolio, TeamPortfolio team, const QString &password,
                   QObject *parent)
    : QObject(parent)
    , m_portfolio(portfolio)
    , m_connection(std::move(team.connection))
    , m_location(team.location)
    , m_password(password)
    , m_database(team.database)
    , m_user(team.user)
    , m_role(team.role)
    , m_reconnectTimer(new QTimer(this)) {
    qRegisterMetaType<ps::TeamSync::State>();
    classifyTables(portfolio->data());
    const std::vector<TableInfo> &infos = tableInfos();
    m_meta.resize(infos.size());
    for (const TableInfo &info : infos) {
        if (info.id < 0 || info.version < 0)
            continue;
        QHash<Id, RowMeta> &meta = m_meta[size_t(info.index)];
        const std::vector<RowMeta> read = team.rowMeta.value(QByteArray(info.table->name));
        meta.reserve(qsizetype(read.size()));
        for (const RowMeta &row : read)
            meta.insert(row.id, row);
    }
    m_serverRest = restImage();
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!reconnect())
            m_reconnectTimer->start(m_delay = std::min(m_delay * 2, m_maxDelay));
    });
    if (canEdit())
        m_portfolio->setIdSource([this](EntityKind) { return nextId(); });
    connectSignals();
    watchSocket();
    // Changes committed while the rows were read were notified: look at them now.
    QTimer::singleShot(0, this, &TeamSync::poll);
}

TeamSync::~TeamSync() {
    close();
}

void TeamSync::close() {
    if (m_state == State::Closed)
        return;
    if (m_portfolio) {
        m_portfolio->disconnect(this);
        m_portfolio->setIdSource({});
    }
    delete m_notifier;
    m_notifier = nullptr;
    m_reconnectTimer->stop();
    m_connection.reset();
    setState(State::Closed);
}

/// Which table holds each kind's own rows and its detail rows, and which tables hold neither
/// (the portfolio row, saved segment rules, ...), from the writer itself: a one-entity portfolio
/// written as rows shows the entity's table.
void TeamSync::classifyTables(const PortfolioData &data) {
    const std::vector<TableInfo> &infos = tableInfos();
    m_mainTable.assign(EntityKindCount, -1);
    m_children.assign(EntityKindCount, {});
    m_kindOfTable.assign(infos.size(), -1);
    forEachEntityType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        T sample;
        sample.id = 1;
        const RowImage rows = RowImages::ofEntity(sample);
        for (const auto &entry : rows.rows()) {
            const TableInfo &info = infos[size_t(entry.first.table)];
            if (info.id >= 0 && entry.second[size_t(info.id)].text == "1") {
                m_mainTable[size_t(KindOf<T>::value)] = info.index;
                m_kindOfTable[size_t(info.index)] = int(KindOf<T>::value);
            }
        }
    });
    const std::vector<int> &baseline = RowImages::baselineTables();
    for (const TableInfo &info : infos) {
        if (info.id >= 0 || info.table->count == 0 ||
            std::find(baseline.begin(), baseline.end(), info.index) != baseline.end())
            continue;
        for (int kind = 0; kind < EntityKindCount; ++kind) {
            const int main = m_mainTable[size_t(kind)];
            if (main >= 0 &&
                referencesWithCascade(info.table->columns[0], infos[size_t(main)].table->name)) {
                m_children[size_t(kind)].push_back(info.index);
                m_kindOfTable[size_t(info.index)] = kind;
            }
        }
    }
    // A table the non-entity part of the portfolio writes is not an entity's detail table,
    // whatever its foreign keys say.
    const RowImage restRows = RowImages::of(restData(data, /*probe=*/true));
    m_restTables.clear();
    for (const TableInfo &info : infos) {
        const bool written =
            restRows.rows().lower_bound(RowImage::Key{info.index, QByteArray()}) !=
            restRows.rows().lower_bound(RowImage::Key{info.index + 1, QByteArray()});
        const int kind = m_kindOfTable[size_t(info.index)];
        if (kind >= 0 && written && m_mainTable[size_t(kind)] != info.index) {
            auto &children = m_children[size_t(kind)];
            children.erase(std::remove(children.begin(), children.end(), info.index),
                           children.end());
            m_kindOfTable[size_t(info.index)] = -1;
        }
        if (m_kindOfTable[size_t(info.index)] < 0)
            m_restTables.push_back(info.index);
    }
    // Detail rows that name an entity of another kind (a plan's setting for a partner): the
    // file leaves them out once that entity is gone, and so does a record's image.
    m_references.assign(infos.size(), {});
    for (const TableInfo &info : infos) {
        const int kind = m_kindOfTable[size_t(info.index)];
        if (kind < 0 || m_mainTable[size_t(kind)] == info.index)
            continue;
        for (int c = 1; c < info.table->count; ++c)
            for (int other = 0; other < EntityKindCount; ++other) {
                const int main = m_mainTable[size_t(other)];
                if (other != kind && main >= 0 &&
                    referencesWithCascade(info.table->columns[c], infos[size_t(main)].table->name))
                    m_references[size_t(info.index)].push_back({c, other});
            }
    }
}

bool TeamSync::namesMissingEntity(int table, const RowCells &cells) const {
    for (const auto &[column, kind] : m_references[size_t(table)]) {
        const Cell &cell = cells[size_t(column)];
        if (cell.null)
            continue;
        const Id id = cell.text.toLongLong();
        bool found = false;
        withEntityType(EntityKind(kind), [&](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            found = m_portfolio->find<T>(id) != nullptr;
        });
        if (!found)
            return true;
    }
    return false;
}

void TeamSync::connectSignals() {
    Portfolio *p = m_portfolio;
    connect(p, &Portfolio::entityAboutToChange, this,
            [this](EntityKind kind, Id id, int) { onAboutToChange(kind, id); });
    connect(p, &Portfolio::entityChanged, this,
            [this](EntityKind kind, Id id, int) { onChanged(kind, id); });
    connect(p, &Portfolio::rowsAboutToBeRemoved, this, &TeamSync::onAboutToRemove);
    connect(p, &Portfolio::rowsInserted, this, &TeamSync::onInserted);
    connect(p, &Portfolio::reset, this, [this] {
        // Someone replaced the whole portfolio (another file opened in the window).
        if (!m_applying)
            close();
    });
    // Every other signal is a change of the data that is not an entity (the portfolio's fields,
    // segment rules, and whatever is added later): compared row by row when sent.
    const QMetaObject *meta = p->metaObject();
    const QMetaMethod restSlot =
        metaObject()->method(metaObject()->indexOfMethod("restChangedSlot()"));
    static const QList<QByteArray> known = {"entityAboutToChange",
                                            "entityChanged",
                                            "rowsAboutToBeRemoved",
                                            "rowsRemoved",
                                            "rowsAboutToBeInserted",
                                            "rowsInserted",
                                            "aboutToReset",
                                            "reset",
                                            "destroyed",
                                            "objectNameChanged"};
    for (int i = 0; i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        if (method.methodType() == QMetaMethod::Signal && !known.contains(method.name()))
            connect(p, method, this, restSlot);
    }
}

void TeamSync::restChangedSlot() {
    onRestChanged();
}

TeamSync::Unit TeamSync::unitOf(EntityKind kind, Id id) const {
    Unit unit;
    unit.kind = int(kind);
    unit.id = id;
    unit.table = m_mainTable[size_t(kind)];
    const TableInfo &info = tableInfos()[size_t(unit.table)];
    RowCells cells(size_t(info.table->count));
    cells[size_t(info.id)] = Cell{QByteArray::number(id), false};
    unit.key = RowImage::keyOf(info, cells);
    return unit;
}

RowImage TeamSync::localImage(const Unit &unit) const {
    if (unit.kind < 0) {
        RowImage image;
        const RowImage rest = restImage();
        if (const RowCells *cells = rest.find({unit.table, unit.key}))
            image.insert(unit.table, *cells);
        return image;
    }
    RowImage image;
    withEntityType(EntityKind(unit.kind), [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if (const T *entity = m_portfolio->find<T>(unit.id))
            image = RowImages::ofEntity(*entity);
    });
    for (auto row = image.rows().begin(); row != image.rows().end();) {
        if (row->first.table != unit.table && namesMissingEntity(row->first.table, row->second))
            row = image.rows().erase(row);
        else
            ++row;
    }
    // The display position is the server's (the writer numbers a one-entity portfolio from 0).
    const TableInfo &info = tableInfos()[size_t(unit.table)];
    auto own = image.rows().find({unit.table, unit.key});
    if (own != image.rows().end() && info.position >= 0) {
        const auto meta = m_meta[size_t(unit.table)].constFind(unit.id);
        qint64 position = 0;
        if (meta != m_meta[size_t(unit.table)].constEnd()) {
            position = meta->position;
        } else {
            // A new entity goes just before the next row the server knows, or after the last.
            const int kind = unit.kind;
            withEntityType(EntityKind(kind), [&](auto *tag) {
                using T = std::remove_pointer_t<decltype(tag)>;
                const auto &rows = m_portfolio->rows<T>();
                const auto &known = m_meta[size_t(unit.table)];
                qint64 last = -1;
                for (const RowMeta &row : known)
                    last = std::max(last, row.position);
                position = last + 1;
                for (size_t r = size_t(m_portfolio->rowOf<T>(unit.id)) + 1; r < rows.size(); ++r)
                    if (const auto next = known.constFind(rows[r].id); next != known.constEnd()) {
                        position = next->position - 1;
                        break;
                    }
            });
        }
        own->second[size_t(info.position)] = Cell{QByteArray::number(position), false};
    }
    return image;
}

RowImage TeamSync::restImage() const {
    return RowImages::of(restData(m_portfolio->data())).only(m_restTables);
}

void TeamSync::markPending(const Unit &unit) {
    if (m_pending.count(unit))
        return;
    Pending pending;
    pending.base = localImage(unit);
    if (unit.kind >= 0)
        pending.baseVersion = m_meta[size_t(unit.table)].value(unit.id).version;
    m_pending.emplace(unit, std::move(pending));
    Q_EMIT pendingChanged(pendingCount());
}

void TeamSync::onAboutToChange(EntityKind kind, Id id) {
    if (m_applying)
        return;
    const Unit unit = unitOf(kind, id);
    markPending(unit);
    m_aboutToChange[unit] = localImage(unit);
}

void TeamSync::onChanged(EntityKind kind, Id id) {
    if (m_applying)
        return;
    const Unit unit = unitOf(kind, id);
    const auto before = m_aboutToChange.find(unit);
    if (before != m_aboutToChange.end()) {
        journal(unit, before->second, localImage(unit));
        m_aboutToChange.erase(before);
    }
    scheduleFlush();
}

void TeamSync::onAboutToRemove(EntityKind kind, int first, int last) {
    if (m_applying)
        return;
    withEntityType(kind, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        const auto &rows = m_portfolio->rows<T>();
        for (int r = first; r <= last && r < int(rows.size()); ++r)
            markPending(unitOf(kind, rows[size_t(r)].id));
    });
    scheduleFlush();
}

void TeamSync::onInserted(EntityKind kind, int first, int last) {
    if (m_applying)
        return;
    withEntityType(kind, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        const auto &rows = m_portfolio->rows<T>();
        for (int r = first; r <= last && r < int(rows.size()); ++r) {
            const Unit unit = unitOf(kind, rows[size_t(r)].id);
            if (m_pending.count(unit))
                continue;
            // Not on the server yet (or no longer): its base is nothing.
            Pending pending;
            m_pending.emplace(unit, std::move(pending));
        }
    });
    Q_EMIT pendingChanged(pendingCount());
    scheduleFlush();
}

void TeamSync::onRestChanged() {
    if (m_applying)
        return;
    m_restDirty = true;
    scheduleFlush();
}

/**
 * Remembers each local edit of a record. An edit that puts back exactly what an earlier edit
 * replaced is an undo (a redo puts back what it made): undo commands restore whole values, so
 * when others changed the record since, only the fields the undone edits changed go back, and
 * only where they still hold what those edits wrote. The others' changes stay.
 */
void TeamSync::journal(const Unit &unit, const RowImage &before, const RowImage &after) {
    std::vector<JournalEntry> &entries = m_journal[unit];
    auto revert = [&](size_t from, size_t to, bool undo) {
        // Fields the edits changed, and what they held on either side.
        const UnitFields current(unit.table, unit.key, before);
        UnitFields result = current;
        QStringList kept;
        QStringList others;
        // Undo brings back what the first edit found and takes away what the last one wrote;
        // redo the other way round.
        const UnitFields earliest(unit.table, unit.key, entries[from].before);
        const UnitFields latest(unit.table, unit.key, entries[to].after);
        const UnitFields &target = undo ? earliest : latest;
        const UnitFields &wrote = undo ? latest : earliest;
        for (size_t i = from; i <= to; ++i) {
            const UnitFields b(unit.table, unit.key, entries[i].before);
            const UnitFields a(unit.table, unit.key, entries[i].after);
            for (int field : UnitFields::differences(b, a)) {
                if (current.sameField(wrote, field))
                    result.setField(target, field);
                else if (!kept.contains(current.fieldName(field)))
                    kept << current.fieldName(field);
            }
        }
        const UnitFields wanted(unit.table, unit.key, after);
        for (int field : UnitFields::differences(result, wanted))
            if (!kept.contains(result.fieldName(field)) &&
                !others.contains(result.fieldName(field)))
                others << result.fieldName(field);
        for (size_t i = from; i <= to; ++i)
            entries[i].undone = undo;
        const RowImage fixed = result.exists() ? result.join() : RowImage();
        if (!others.isEmpty() || !kept.isEmpty()) {
            applyLocal(unit, fixed);
            const QString record = recordName(unit, fixed.isEmpty() ? before : fixed);
            QString message = undo ? TeamTr::tr("Undid your change to %1.").arg(record)
                                   : TeamTr::tr("Redid your change to %1.").arg(record);
            if (!others.isEmpty())
                message += QLatin1Char(' ') +
                           TeamTr::tr("It has changed since; the other changes (%1) are kept.")
                               .arg(others.join(QLatin1String(", ")));
            if (!kept.isEmpty())
                message +=
                    QLatin1Char(' ') + TeamTr::tr("Someone else changed %1 after you; that stays.")
                                           .arg(kept.join(QLatin1String(", ")));
            Q_EMIT notice(message);
        }
    };
    // The newest edits first: undo takes back the latest, redo brings back the earliest.
    for (size_t i = entries.size(); i-- > 0;) {
        if (!entries[i].undone && entries[i].before == after) {
            size_t last = i;
            while (last + 1 < entries.size() && !entries[last + 1].undone)
                ++last;
            revert(i, last, true);
            return;
        }
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].undone && entries[i].after == after) {
            size_t first = i;
            while (first > 0 && entries[first - 1].undone)
                --first;
            revert(first, i, false);
            return;
        }
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const JournalEntry &e) { return e.undone; }),
                  entries.end());
    entries.push_back({before, after, false});
    if (entries.size() > JournalDepth)
        entries.erase(entries.begin());
}

void TeamSync::scheduleFlush() {
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        flush();
    });
}

Id TeamSync::nextId() {
    if (m_nextId == 0 || m_nextId >= m_blockEnd) {
        // A block of ids of our own; reserved on the server, so offline it must already be here.
        PgResult block =
            m_connection ? m_connection->exec("SELECT nextval('id_blocks')") : PgResult();
        if (block.ok() && block.rows() == 1) {
            m_nextId = TeamIds::firstIdOf(block.number(0, 0));
            m_blockEnd = m_nextId + TeamIds::BlockSize;
        } else if (m_nextId == 0) {
            // Offline before the first new row: ids above every id known, as a file does; the
            // server refuses one only if someone took it meanwhile, and then says so.
            Id largest = 0;
            for (const auto &meta : m_meta)
                for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
                    largest = std::max(largest, it.key());
            m_nextId = largest + 1;
            m_blockEnd = std::numeric_limits<Id>::max();
        }
    }
    return m_nextId++;
}

void TeamSync::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TeamSync::setReconnectDelays(int firstMs, int maxMs) {
    m_firstDelay = m_delay = firstMs;
    m_maxDelay = maxMs;
}

int TeamSync::backendPid() const {
    return m_connection ? m_connection->backendPid() : 0;
}

QString TeamSync::recordName(const Unit &unit, const RowImage &image) const {
    const TableInfo &info = tableInfos()[size_t(unit.table)];
    QString name;
    for (const auto &[key, cells] : image.rows()) {
        if (key.table != unit.table)
            continue;
        for (int c = 0; c < info.table->count; ++c)
            if (qstrcmp(info.table->columns[c].name, "name") == 0 && !cells[size_t(c)].null)
                name = QString::fromUtf8(cells[size_t(c)].text);
    }
    const QString table = QString::fromLatin1(info.table->name);
    return name.isEmpty() ? TeamTr::tr("a row of %1").arg(table)
                          : TeamTr::tr("\"%1\" (%2)").arg(name, table);
}

} // namespace ps
