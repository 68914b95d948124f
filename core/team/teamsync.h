// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team/rowimage.h"
#include "core/team/teamstore.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace ps {

/**
 * Edits one open team portfolio together with everyone else who has it open (docs/team.md).
 *
 * Attached to the Portfolio a window shows, it follows the portfolio's change signals and sends
 * every change as one transaction, row by row as the file's writer writes the changed entity.
 * Rows of the entity tables carry a row version: an update names the version its author saw,
 * and the server refuses it if someone changed the row since (optimistic concurrency). Then
 * both changes are merged field by field; where both changed the same field differently, a
 * Conflict waits for the user's choice: nothing is overwritten silently.
 *
 * Changes by others arrive through LISTEN/NOTIFY; the changed rows are fetched, read with the
 * file's reader and applied to the Portfolio directly (no undo step), so every view updates
 * through the usual signals. When the connection drops, edits are kept and sent once it is back
 * (reconnecting with backoff, then catching up on what others changed meanwhile).
 *
 * Undo restores whole values; when someone else changed the record since, only the user's own
 * fields go back, the others' changes stay, and notice() says so.
 */
class TeamSync : public QObject {
    Q_OBJECT
public:
    enum class State { Online, Offline, Closed };

    /// A unit of synchronization: an entity (kind and id), or one row of the tables that are
    /// not entities (the portfolio row, saved segment rules, ...).
    struct Unit {
        int table = -1; ///< the entity's own table, or the row's table (tableInfos())
        QByteArray key; ///< RowImage key of that row
        int kind = -1;  ///< EntityKind, or -1 for a row of the other tables
        Id id = 0;      ///< the entity's id
        bool operator<(const Unit &o) const {
            return table != o.table ? table < o.table : key < o.key;
        }
        bool operator==(const Unit &o) const { return table == o.table && key == o.key; }
    };

    /// One field that both sides changed to different values.
    struct FieldConflict {
        QString field; ///< a column, or a table of detail rows ("oem_royalty_tiers")
        QString base;  ///< as both had it before
        QString mine;
        QString theirs;
    };

    /// Changes that could not be merged, waiting for the user.
    struct Conflict {
        int id = 0;
        Unit unit;
        QString record; ///< such as "partner Acme Distribution"
        QString author; ///< who made "theirs", if known
        bool deletedByThem = false;
        bool deletedByMe = false;
        QList<FieldConflict> fields;
        QList<int> fieldIds; ///< UnitFields ids of `fields`
        RowImage theirs;     ///< the server's rows
    };

    /// One change of the audit trail.
    struct HistoryEntry {
        QDateTime at;
        QString who;
        QChar op; ///< I(nsert), U(pdate), D(elete)
        QString table;
        QStringList changes; ///< "name: Acme → Acme Ltd", one a changed column
    };

    /// Takes `team`'s connection. `portfolio` must already hold `team`'s data.
    TeamSync(Portfolio *portfolio, TeamPortfolio team, const QString &password = QString(),
             QObject *parent = nullptr);
    ~TeamSync() override;

    State state() const { return m_state; }
    TeamSchema::Role role() const { return m_role; }
    bool canEdit() const { return m_role >= TeamSchema::Role::Editor; }
    const TeamLocation &location() const { return m_location; }
    QString user() const { return m_user; }
    /// Records with changes not yet on the server (offline, or waiting for a conflict).
    int pendingCount() const { return int(m_pending.size()); }
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    /// How many records this session's own transactions have written so far. An edit that
    /// someone else had already made identically is merged, not written: a client counting its
    /// own writes (an increment) sees the difference here.
    quint64 writtenCount() const { return m_written; }

    /// Settles conflict `id`: `chooseMine[i]` keeps my value of field i (for a deletion, one
    /// flag: true keeps the record). The result is sent at once.
    void resolve(int id, const QList<bool> &chooseMine);
    /// Sends pending changes now (changes are otherwise sent when control returns to the event
    /// loop); returns true if nothing is left to send (false while offline or while a conflict
    /// waits for the user).
    bool flush();
    /// Reads and applies what the server sent, now (otherwise the socket wakes this up).
    void poll();
    /// Tries to reconnect now (otherwise a timer does it, waiting longer after each failure).
    bool reconnect();
    /// The audit trail of one entity (with its detail rows), newest first.
    QList<HistoryEntry> history(EntityKind kind, Id id, int limit = 200);
    /// The server process of this session's connection, or 0.
    int backendPid() const;
    /// How long to wait before reconnecting: the first delay, doubled after every failure, up
    /// to the maximum.
    void setReconnectDelays(int firstMs, int maxMs);
    /// Stops syncing (the window shows another portfolio).
    void close();

Q_SIGNALS:
    void stateChanged(ps::TeamSync::State state);
    void conflictAdded(int id);
    /// A sentence for the status bar: an undo that kept others' changes, a refused edit, ...
    void notice(const QString &message);
    /// Others' changes were applied: `records` entities or rows.
    void remoteApplied(int records);
    void pendingChanged(int count);

private Q_SLOTS:
    void restChangedSlot();

private:
    struct Pending {
        RowImage base;          ///< the server's rows when the unit was first changed
        qint64 baseVersion = 0; ///< the version of its own row then (0: not on the server)
        bool held = false;      ///< a conflict waits for the user
    };
    struct JournalEntry {
        RowImage before;
        RowImage after;
        bool undone = false;
    };
    struct Statement;
    struct Fetched;

    // teamsync.cpp: set-up and the local side.
    void classifyTables(const PortfolioData &data);
    void connectSignals();
    Unit unitOf(EntityKind kind, Id id) const;
    RowImage localImage(const Unit &unit) const;
    bool namesMissingEntity(int table, const RowCells &cells) const;
    RowImage restImage() const;
    void markPending(const Unit &unit);
    void onAboutToChange(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, int first, int last);
    void onInserted(EntityKind kind, int first, int last);
    void onRestChanged();
    void journal(const Unit &unit, const RowImage &before, const RowImage &after);
    void scheduleFlush();
    Id nextId();
    void setState(State state);
    QString recordName(const Unit &unit, const RowImage &image) const;

    // teamsync_send.cpp: changes to the server.
    bool sendOnce();
    void collectRestUnits();
    std::vector<Statement> statementsFor(const Unit &unit, const RowImage &base, qint64 version,
                                         const RowImage &mine) const;
    void committed(const std::vector<Statement> &statements, const std::vector<qint64> &versions);
    void refused(const Unit &unit, const QString &why);

    // teamsync_receive.cpp: others' changes, merging, conflicts, reconnecting.
    bool fetch(const std::vector<Unit> &units, std::map<Unit, Fetched> &out);
    bool fetchRest(RowImage &rest);
    void applyLocal(const Unit &unit, const RowImage &image);
    void applyRestLocal(const RowImage &serverRest);
    void merge(const Unit &unit, const Fetched &theirs, bool fromSend);
    void takeTheirs(const Unit &unit, const Fetched &theirs);
    void processNotifications();
    void catchUp();
    void connectionLost();
    void watchSocket();

    Portfolio *m_portfolio;
    std::unique_ptr<PgConnection> m_connection;
    TeamLocation m_location;
    QString m_password;
    QString m_database;
    QString m_user;
    TeamSchema::Role m_role;
    State m_state = State::Online;

    // What the server holds, as far as this session knows.
    std::vector<QHash<Id, RowMeta>> m_meta;   ///< per table with an id and a version
    RowImage m_serverRest;                    ///< rows of the tables that are not entities
    std::vector<int> m_mainTable;             ///< per EntityKind
    std::vector<std::vector<int>> m_children; ///< per EntityKind: detail tables (first column)
    std::vector<int> m_restTables;
    std::vector<int> m_kindOfTable; ///< per table: EntityKind of its rows, or -1
    /// Per detail table: its columns that name another kind's entity, with that kind.
    std::vector<std::vector<std::pair<int, int>>> m_references;

    std::map<Unit, Pending> m_pending;
    bool m_restDirty = false;
    std::map<Unit, std::vector<JournalEntry>> m_journal;
    std::map<Unit, RowImage> m_aboutToChange;
    QList<Conflict> m_conflicts;
    int m_nextConflictId = 1;
    std::vector<Unit> m_remoteUnits; ///< changed by others, to fetch
    bool m_remoteRest = false;

    quint64 m_written = 0;
    int m_applying = 0; ///< applying others' rows: our own signals are not edits
    bool m_busy = false;
    bool m_flushScheduled = false;
    Id m_nextId = 0;
    Id m_blockEnd = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    int m_firstDelay = 500;
    int m_maxDelay = 30000;
    int m_delay = 500;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::TeamSync::State)
