// SPDX-License-Identifier: GPL-3.0-or-later
// Portfolio files made by someone else, or in a hostile state: foreign triggers, huge strings,
// invalid UTF-8, locks held by another program, read-only files and a disk that fills up during
// a save. (tst_portfoliofile covers the plainer bad files: not SQLite, truncated, corrupt pages,
// wrong application id, newer version, bad values.) Every case must end in either a loaded
// portfolio that equals what the file holds or one clear sentence naming the file, and the file
// itself must never be damaged.
#include "core/storage/portfoliofile.h"
#include "helpers/sampleportfolios.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ps;
using PortfolioFile::ErrorKind;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString quoted(const QString &path) {
    return QLatin1Char('"') + path + QLatin1Char('"');
}

/// Runs SQL on a file with the plain sqlite3 API, as another tool (or an attacker) would.
void runSql(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

/// One integer from the file, read with the plain sqlite3 API.
qint64 queryInt(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

/// A memory figure of this process from /proc/self/status, in MiB (Linux): "VmHWM" is the
/// peak resident memory since the last reset, "VmRSS" the current one.
qint64 memoryMiB(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}

void resetPeakMemory() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// A child process that holds an EXCLUSIVE lock on a database until it is told to stop.
class LockHolder {
public:
    explicit LockHolder(const QString &path) {
        int ready[2];
        int release[2];
        if (::pipe(ready) != 0 || ::pipe(release) != 0)
            return;
        const QByteArray file = path.toUtf8();
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(ready[0]);
            ::close(release[1]);
            sqlite3 *db = nullptr;
            char answer = 'n';
            if (sqlite3_open(file.constData(), &db) == SQLITE_OK &&
                sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK)
                answer = 'y';
            (void)!::write(ready[1], &answer, 1);
            char stop;
            (void)!::read(release[0], &stop, 1); // returns when the parent closes its end
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(db);
            ::_exit(0);
        }
        ::close(ready[1]);
        ::close(release[0]);
        m_release = release[1];
        char answer = 'n';
        m_locked = ::read(ready[0], &answer, 1) == 1 && answer == 'y';
        ::close(ready[0]);
    }
    ~LockHolder() { stop(); }
    bool locked() const { return m_pid > 0 && m_locked; }
    void stop() {
        if (m_release >= 0)
            ::close(m_release);
        m_release = -1;
        if (m_pid > 0)
            ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

private:
    pid_t m_pid = -1;
    int m_release = -1;
    bool m_locked = false;
};

/// Saves in a child process whose files may not grow beyond `limitBytes`, as on a full disk.
/// Returns the child's error message, or "saved" if the save succeeded.
QString saveWithFileSizeLimit(const PortfolioData &data, const QString &path, rlim_t limitBytes) {
    int out[2];
    if (::pipe(out) != 0)
        return QStringLiteral("no pipe");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(out[0]);
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
        const rlimit limit{limitBytes, limitBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        QString message;
        const QByteArray answer =
            PortfolioFile::save(data, path, &message) ? QByteArray("saved") : message.toUtf8();
        (void)!::write(out[1], answer.constData(), size_t(answer.size()));
        ::_exit(0);
    }
    ::close(out[1]);
    QByteArray answer;
    char buffer[512];
    ssize_t n;
    while ((n = ::read(out[0], buffer, sizeof buffer)) > 0)
        answer.append(buffer, n);
    ::close(out[0]);
    ::waitpid(pid, nullptr, 0);
    return QString::fromUtf8(answer);
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    /// A trigger that would wipe the tables on the first insert: opening ignores it, editing and
    /// saving never run it, and the saved file has every row and no foreign objects left.
    void destructiveTriggersNeverRun() {
        const QString path = m_dir.filePath(QStringLiteral("booby-trapped.partnerscope"));
        const PortfolioData original = test::everyFieldPortfolio();
        QVERIFY(PortfolioFile::save(original, path));
        runSql(path, "CREATE TRIGGER wipe_partners AFTER INSERT ON partners BEGIN "
                     "  DELETE FROM partners; DELETE FROM icps; DELETE FROM influence_links; END;"
                     "CREATE TRIGGER wipe_links BEFORE INSERT ON influence_links BEGIN "
                     "  DELETE FROM influence_links; END;"
                     "CREATE TRIGGER wipe_on_rename AFTER UPDATE ON portfolio BEGIN "
                     "  DELETE FROM partners; END;"
                     "CREATE TRIGGER wipe_on_delete BEFORE DELETE ON icps BEGIN "
                     "  DELETE FROM partners; END;"
                     "CREATE VIEW everyone AS SELECT name FROM partners;"
                     "CREATE TRIGGER wipe_via_view INSTEAD OF INSERT ON everyone BEGIN "
                     "  DELETE FROM partners; END;");
        const QByteArray before = readAll(path);

        auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == original);
        QCOMPARE(readAll(path), before);

        // Edit: a new partner, a new link, a renamed portfolio; then save over the file.
        PortfolioData edited = *result.data;
        Partner added = edited.partners.front();
        added.id = 9001;
        added.name = QStringLiteral("Added after opening");
        added.upstreamId = 0;
        edited.partners.push_back(added);
        InfluenceLink link = edited.links.front();
        link.id = 9002;
        link.partnerId = added.id;
        edited.links.push_back(link);
        edited.info.name = QStringLiteral("Renamed");
        QVERIFY(validate(edited).isEmpty());
        QString message;
        QVERIFY2(PortfolioFile::save(edited, path, &message), qPrintable(message));

        QCOMPARE(queryInt(path, "SELECT count(*) FROM partners"), qint64(edited.partners.size()));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM icps"), qint64(edited.icps.size()));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM influence_links"),
                 qint64(edited.links.size()));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM sqlite_schema "
                                "WHERE type IN ('trigger', 'view')"),
                 qint64(0));
        result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == edited);
    }

    /// An older file is upgraded in memory; a trigger on the tables the upgrade touches must not
    /// run there either.
    void olderFileWithTriggerUpgradesIntact() {
        const QString path = m_dir.filePath(QStringLiteral("old-trapped.partnerscope"));
        QVERIFY(QFile::copy(QStringLiteral(PS_TEST_DATA_DIR "/portfolio-v2.partnerscope"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString clean = m_dir.filePath(QStringLiteral("old-clean.partnerscope"));
        QVERIFY(QFile::copy(path, clean));
        runSql(path, "CREATE TRIGGER wipe_any_update AFTER UPDATE ON partners BEGIN "
                     "  DELETE FROM partners; END;"
                     "CREATE TRIGGER wipe_any_insert AFTER INSERT ON icps BEGIN "
                     "  DELETE FROM icps; DELETE FROM partners; END;"
                     "CREATE TRIGGER wipe_on_rename AFTER UPDATE ON portfolio BEGIN "
                     "  DELETE FROM partners; END;");
        const QByteArray before = readAll(path);
        const auto trapped = PortfolioFile::load(path);
        const auto reference = PortfolioFile::load(clean);
        QVERIFY2(reference.ok(), qPrintable(reference.message));
        QVERIFY2(trapped.ok(), qPrintable(trapped.message));
        QVERIFY(!trapped.data->partners.empty());
        QVERIFY(*trapped.data == *reference.data);
        QCOMPARE(readAll(path), before);
    }

    /// A 50 MB name: refused with a sentence that says why, without a crash and without holding
    /// the string several times over in memory.
    void hugeStringIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("huge.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        // hex(zeroblob(n)) is 2n characters of '0'.
        runSql(path, "UPDATE partners SET name = hex(zeroblob(26214400)) WHERE id = 40;");
        QVERIFY(QFileInfo(path).size() > 50 * 1024 * 1024);
        const QByteArray before = readAll(path);

        resetPeakMemory();
        const qint64 baseline = memoryMiB("VmHWM:");
        QVERIFY(baseline >= 0 && baseline <= memoryMiB("VmRSS:") + 1); // the reset worked
        const auto result = PortfolioFile::load(path);
        const qint64 peak = memoryMiB("VmHWM:");
        qInfo().noquote() << result.message << "- peak memory rose by" << (peak - baseline)
                          << "MiB";
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::TooLarge);
        QVERIFY2(result.message.contains(quoted(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("too large")), qPrintable(result.message));
        // The file itself is read once (the test holds a copy); nothing like 2 bytes per
        // character of a 50 MB QString.
        QVERIFY2(peak - baseline < 40, qPrintable(QString::number(peak - baseline)));
        QCOMPARE(readAll(path), before);
        const QStringList problems = PortfolioFile::check(path);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().contains(QLatin1String("too large")),
                 qPrintable(problems.first()));
    }

    /// Saving a value beyond the limit opening applies fails and keeps the old file, so no save
    /// ever writes a file that would not open again.
    void tooLongValueIsNotSaved() {
        const QString path = m_dir.filePath(QStringLiteral("long notes.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        const QByteArray before = readAll(path);
        PortfolioData data = test::everyFieldPortfolio();
        data.partners.front().notes = QString(PortfolioFile::MaxValueBytes + 1, QLatin1Char('n'));
        QString message;
        QVERIFY(!PortfolioFile::save(data, path, &message));
        qInfo().noquote() << message;
        QVERIFY2(message.contains(quoted(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("16 MB")), qPrintable(message));
        QCOMPARE(readAll(path), before);
        // The limit covers a whole row as SQLite stores it, so half of it is well within.
        data.partners.front().notes.resize(PortfolioFile::MaxValueBytes / 2);
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.data->partners.front().notes.size(),
                 qsizetype(PortfolioFile::MaxValueBytes / 2));
    }

    /// Text that is not UTF-8 (a Latin-1 byte, a stray continuation byte, a blob): refused with
    /// the table, row and column, never turned silently into replacement characters.
    void invalidUtf8IsRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("latin-1 name") << QByteArray("UPDATE partners SET name = "
                                                    "CAST(X'4DFC6C6C6572' AS TEXT) WHERE id = 40")
                                      << "name";
        QTest::newRow("continuation byte in notes")
            << QByteArray("UPDATE icps SET description = CAST(X'41BF42' AS TEXT) WHERE id = 12")
            << "description";
        QTest::newRow("blob in the portfolio name")
            << QByteArray("UPDATE portfolio SET name = X'C328'") << "name";
    }

    void invalidUtf8IsRefused() {
        QFETCH(QByteArray, sql);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("latin1.partnerscope"));
        QFile::remove(path);
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        runSql(path, sql.constData());
        const QByteArray before = readAll(path);
        const auto result = PortfolioFile::load(path);
        qInfo().noquote() << result.message;
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::InvalidData);
        QVERIFY2(result.message.contains(quoted(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("UTF-8")), qPrintable(result.message));
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QCOMPARE(readAll(path), before);
    }

    /// Another program holds an exclusive lock: a clear message after a short wait, no hang; once
    /// the lock is gone the file opens.
    void lockedByAnotherProgram() {
        const QString path = m_dir.filePath(QStringLiteral("locked.partnerscope"));
        const PortfolioData original = test::everyFieldPortfolio();
        QVERIFY(PortfolioFile::save(original, path));
        LockHolder holder(path);
        QVERIFY(holder.locked());

        QElapsedTimer timer;
        timer.start();
        auto result = PortfolioFile::load(path);
        const qint64 waited = timer.elapsed();
        qInfo().noquote() << result.message << "- after" << waited << "ms";
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::Locked);
        QVERIFY2(result.message.contains(quoted(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("is locked by another program")),
                 qPrintable(result.message));
        QVERIFY(waited >= PortfolioFile::BusyTimeoutMs - 100); // it waited for the lock ...
        QVERIFY(waited < PortfolioFile::BusyTimeoutMs + 8000); // ... but did not hang
        const QStringList problems = PortfolioFile::check(path);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("is locked by another program")));

        holder.stop();
        result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == original);
    }

    /// A read-only file opens, says it is read-only, checks clean, and is not saved over.
    void readOnlyFileOpensReadOnly_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("file without write permission") << "file";
        if (geteuid() != 0) // root may write into any folder, so this row needs a user
            QTest::newRow("folder without write permission") << "folder";
    }

    void readOnlyFileOpensReadOnly() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.partnerscope"));
        const PortfolioData original = test::everyFieldPortfolio();
        QVERIFY(PortfolioFile::save(original, path));
        const QFile::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup;
        if (kind == QLatin1String("file"))
            QVERIFY(QFile::setPermissions(path, readable));
        else
            QVERIFY(QFile::setPermissions(dir.path(), readable | QFileDevice::ExeOwner));
        const QByteArray before = readAll(path);

        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.readOnly);
        QVERIFY(*result.data == original);
        const QString reason = PortfolioFile::readOnlyReason(path);
        QVERIFY2(reason.contains(quoted(path)), qPrintable(reason));
        QCOMPARE(PortfolioFile::check(path), QStringList());

        PortfolioData edited = original;
        edited.info.name = QStringLiteral("Edited");
        QString message;
        QVERIFY(!PortfolioFile::save(edited, path, &message));
        qInfo().noquote() << message;
        QVERIFY2(message.contains(quoted(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("read-only")) ||
                     message.contains(QLatin1String("cannot be replaced")),
                 qPrintable(message));
        QCOMPARE(readAll(path), before);

        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QFile::setPermissions(path, readable | QFileDevice::WriteOwner);
        QVERIFY(PortfolioFile::readOnlyReason(path).isEmpty());
        QVERIFY(!PortfolioFile::load(path).readOnly);
    }

    /// The disk fills up in the middle of a save: the old file stays byte for byte, the message
    /// says what happened, and no temporary file is left.
    void fullDiskDuringSaveKeepsOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full disk.partnerscope"));
        QVERIFY(PortfolioFile::save(test::everyFieldPortfolio(), path));
        const QByteArray before = readAll(path);
        const PortfolioData bigger = test::generatedPortfolio(3000, 12, 3, 5);

        const QString message = saveWithFileSizeLimit(bigger, path, 256 * 1024);
        qInfo().noquote() << message;
        QVERIFY(message != QLatin1String("saved"));
        QVERIFY2(message.contains(quoted(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("disk is full")), qPrintable(message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("full disk.partnerscope")}));
        QVERIFY(PortfolioFile::load(path).ok());

        // With room to write, the same save succeeds.
        QCOMPARE(saveWithFileSizeLimit(bigger, path, RLIM_INFINITY), QStringLiteral("saved"));
        const auto result = PortfolioFile::load(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(*result.data == bigger);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
