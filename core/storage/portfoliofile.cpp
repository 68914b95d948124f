// SPDX-License-Identifier: GPL-3.0-or-later
// PortfolioFile::load and ::check: opening an untrusted file, step by step.
#include "core/storage/portfoliofile.h"

#include "core/scoring/profiles.h"
#include "core/storage/rowreader.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ps::PortfolioFile {
namespace {

/// This file's translations, in the context lupdate files them under.
class PortfolioFileTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PortfolioFile)
};

/// What opening a file found. `problems` are whole sentences naming the file.
struct Inspection {
    ErrorKind error = ErrorKind::None;
    QStringList problems;
    int version = 0;
    std::optional<PortfolioData> data;
};

class Inspector {
public:
    Inspector(const QString &path, bool thorough)
        : m_path(path)
        , m_name(QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"'))
        , m_thorough(thorough) {}

    Inspection run() {
        if (checkFile() && open() && checkIntegrity() && checkIdentity() && prepareSchema())
            readRows();
        return std::move(m_result);
    }

private:
    bool fail(ErrorKind kind, const QString &sentence) {
        m_result.error = kind;
        m_result.problems << sentence;
        return false;
    }
    bool notPortfolio(const QString &why) {
        return fail(
            ErrorKind::NotPortfolio,
            PortfolioFileTr::tr("%1 is not a Partnerscope portfolio (%2).").arg(m_name, why));
    }
    bool damaged(const QString &why) {
        return fail(ErrorKind::Corrupt,
                    PortfolioFileTr::tr("%1 is damaged (%2).").arg(m_name, why));
    }
    bool sqliteFailure(int rc, const QString &detail) {
        switch (rc & 0xff) {
        case SQLITE_NOTADB:
            return notSqlite();
        case SQLITE_CORRUPT:
            return damaged(detail);
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return fail(ErrorKind::Locked,
                        PortfolioFileTr::tr(
                            "%1 is locked by another program; close it there and try again.")
                            .arg(m_name));
        case SQLITE_TOOBIG:
            return fail(ErrorKind::TooLarge,
                        PortfolioFileTr::tr(
                            "%1 holds a value too large to open (one field has more than %2 MB; "
                            "%3).")
                            .arg(m_name)
                            .arg(MaxValueBytes >> 20)
                            .arg(detail));
        case SQLITE_NOMEM:
            return fail(ErrorKind::TooLarge,
                        PortfolioFileTr::tr("%1 holds more data than can be opened (%2).")
                            .arg(m_name, detail));
        default:
            return fail(ErrorKind::NotFound,
                        PortfolioFileTr::tr("%1 could not be read (%2).").arg(m_name, detail));
        }
    }
    bool notSqlite() {
        return fail(ErrorKind::NotSqlite,
                    PortfolioFileTr::tr(
                        "%1 is not a Partnerscope portfolio (it is not an SQLite database).")
                        .arg(m_name));
    }

    /// Size, type and the SQLite header, before SQLite sees the file.
    bool checkFile() {
        const QFileInfo info(m_path);
        if (!info.exists())
            return fail(ErrorKind::NotFound, PortfolioFileTr::tr("%1 does not exist.").arg(m_name));
        if (!info.isFile())
            return fail(ErrorKind::NotFound,
                        PortfolioFileTr::tr("%1 is not a regular file.").arg(m_name));
        if (info.size() > MaxFileSize)
            return fail(ErrorKind::TooLarge,
                        PortfolioFileTr::tr("%1 is too large to open (%2 MB; the limit is %3 MB).")
                            .arg(m_name)
                            .arg(info.size() >> 20)
                            .arg(MaxFileSize >> 20));
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                ErrorKind::NotFound,
                PortfolioFileTr::tr("%1 could not be read (%2).").arg(m_name, file.errorString()));
        if (info.size() == 0)
            return fail(
                ErrorKind::NotSqlite,
                PortfolioFileTr::tr("%1 is not a Partnerscope portfolio (the file is empty).")
                    .arg(m_name));
        const QByteArray header = file.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3", 16)))
            return notSqlite();
        // Bytes 18 and 19 are 2 in WAL mode (files edited by other tools); see openWalFile().
        m_walMode = header[18] == 2 || header[19] == 2;
        m_size = info.size();
        return checkHeaderSize(header, info.size());
    }

    /// A file shorter than the page count in its header was cut off (copy, download, disk).
    bool checkHeaderSize(const QByteArray &header, qint64 fileSize) {
        const auto *h = reinterpret_cast<const uchar *>(header.constData());
        auto be32 = [h](int at) {
            return quint32(h[at]) << 24 | quint32(h[at + 1]) << 16 | quint32(h[at + 2]) << 8 |
                   quint32(h[at + 3]);
        };
        qint64 pageSize = qint64(h[16]) << 8 | h[17];
        if (pageSize == 1)
            pageSize = 65536;
        if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
            return damaged(PortfolioFileTr::tr("its header names an impossible page size"));
        const quint32 pageCount = be32(28);
        const bool countValid = pageCount != 0 && be32(24) == be32(92);
        const qint64 expected = countValid ? pageSize * pageCount : pageSize;
        if (fileSize < expected)
            return damaged(PortfolioFileTr::tr("it is truncated: %1 of %2 bytes are present")
                               .arg(fileSize)
                               .arg(expected));
        return true;
    }

    /// Read-only, defensive, no trusted schema, tight limits.
    static void harden(sqlite3 *db) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
        sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
        sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 500);
        sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
        sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
        sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
        sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
        sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
        sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 4);
        sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
        execSql(db, "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON;");
    }

    bool open() {
        if (m_walMode)
            return openWalFile();
        const int rc = m_file.open(m_path, SQLITE_OPEN_READONLY | SQLITE_OPEN_PRIVATECACHE |
                                               SQLITE_OPEN_NOMUTEX);
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, m_file.errorMessage());
        harden(m_file.handle());
        // Another program writing the file holds its lock for a moment; one that keeps an
        // exclusive lock gets a clear message after a short wait instead of a hang.
        sqlite3_busy_timeout(m_file.handle(), BusyTimeoutMs);
        return true;
    }

    /// Even a read-only connection creates -wal and -shm files beside a WAL-mode database, and
    /// opening must never write. So such a file is read into memory and opened from there, as
    /// a rollback-journal database. Changes still pending in its -wal file would be missed, so
    /// the file is refused until the program that wrote them has checkpointed them.
    bool openWalFile() {
        const QFileInfo wal(m_path + QLatin1String("-wal"));
        if (wal.exists() && wal.size() > 0)
            return fail(ErrorKind::NotFound,
                        PortfolioFileTr::tr(
                            "%1 cannot be read safely: another program has changes to it pending "
                            "in %2; close that program and try again.")
                            .arg(m_name, QDir::toNativeSeparators(wal.filePath())));
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                ErrorKind::NotFound,
                PortfolioFileTr::tr("%1 could not be read (%2).").arg(m_name, file.errorString()));
        auto *bytes = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(m_size)));
        if (!bytes)
            return fail(ErrorKind::TooLarge,
                        PortfolioFileTr::tr("%1 is too large to open in the memory available.")
                            .arg(m_name));
        if (file.read(reinterpret_cast<char *>(bytes), m_size) != m_size) {
            sqlite3_free(bytes);
            return damaged(PortfolioFileTr::tr("it could not be read completely"));
        }
        bytes[18] = bytes[19] = 1;
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (m_file.open(QStringLiteral(":memory:"), flags) != SQLITE_OK) {
            sqlite3_free(bytes);
            return sqliteFailure(m_file.errorCode(), m_file.errorMessage());
        }
        const int rc =
            sqlite3_deserialize(m_file.handle(), "main", bytes, m_size, m_size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, m_file.errorMessage());
        harden(m_file.handle());
        return true;
    }

    /// quick_check for load (fast), integrity_check for check (thorough).
    bool checkIntegrity() {
        Statement st(m_file.handle(),
                     m_thorough ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(1)");
        if (!st.isValid())
            return sqliteFailure(st.prepareResult(), m_file.errorMessage());
        QStringList findings;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0));
            const QString line = QString::fromUtf8(text ? text : "");
            if (line != QLatin1String("ok"))
                findings << line;
        }
        if (rc != SQLITE_DONE)
            return sqliteFailure(rc, m_file.errorMessage());
        for (const QString &finding : findings)
            damaged(finding.left(200));
        return findings.isEmpty();
    }

    /// 0 if missing, -1 if a view or virtual table, 1 if a real table.
    int tableState(const QString &table) {
        Statement st(m_file.handle(), "SELECT type, sql FROM sqlite_schema WHERE name = ?1 "
                                      "COLLATE NOCASE AND type IN ('table', 'view')");
        st.bindText(1, table);
        if (!st.isValid() || st.step() != SQLITE_ROW)
            return 0;
        const auto *type = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0));
        const auto *sql = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 1));
        const bool real =
            type && qstrcmp(type, "table") == 0 && sql && qstrnicmp(sql, "CREATE TABLE", 12) == 0;
        return real ? 1 : -1;
    }

    bool checkTables(int version) {
        for (const QString &table : Schema::requiredTables(version)) {
            const int state = tableState(table);
            if (state == 0)
                return notPortfolio(PortfolioFileTr::tr("it has no table %1").arg(table));
            if (state < 0)
                return notPortfolio(
                    PortfolioFileTr::tr("its %1 is a view or virtual table, not a table")
                        .arg(table));
        }
        return true;
    }

    /// application_id, user_version and our tables.
    bool checkIdentity() {
        int rc = SQLITE_OK;
        const qint64 appId = m_file.queryInt("PRAGMA application_id", 0, &rc);
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, m_file.errorMessage());
        const int version = int(m_file.queryInt("PRAGMA user_version", 0, &rc));
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, m_file.errorMessage());
        m_result.version = version;
        if (appId != ApplicationId) {
            bool anyOurs = false;
            for (const QString &table : Schema::requiredTables(1))
                anyOurs = anyOurs || tableState(table) != 0;
            if (!anyOurs)
                return notPortfolio(
                    PortfolioFileTr::tr("it is an SQLite database without the portfolio tables"));
            return notPortfolio(
                PortfolioFileTr::tr("its application id is 0x%1, not Partnerscope's")
                    .arg(quint32(appId), 8, 16, QLatin1Char('0')));
        }
        if (version > Schema::CurrentVersion)
            return fail(ErrorKind::NewerVersion,
                        PortfolioFileTr::tr(
                            "%1 was written by a newer version of Partnerscope (file format %2; "
                            "this version reads formats up to %3).")
                            .arg(m_name)
                            .arg(version)
                            .arg(Schema::CurrentVersion));
        if (version < 1)
            return notPortfolio(PortfolioFileTr::tr("it has no schema version"));
        return checkTables(version);
    }

    /// An older file is upgraded in a private in-memory copy; the file itself stays untouched.
    bool prepareSchema() {
        if (m_result.version == Schema::CurrentVersion)
            return true;
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (m_memory.open(QStringLiteral(":memory:"), flags) != SQLITE_OK)
            return sqliteFailure(m_memory.errorCode(), m_memory.errorMessage());
        harden(m_memory.handle());
        sqlite3_backup *backup =
            sqlite3_backup_init(m_memory.handle(), "main", m_file.handle(), "main");
        if (!backup)
            return sqliteFailure(m_memory.errorCode(), m_memory.errorMessage());
        const int stepRc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepRc != SQLITE_DONE)
            return sqliteFailure(stepRc, QString::fromUtf8(sqlite3_errstr(stepRc)));
        m_file.close();
        QString error;
        if (!dropForeignObjects(&error) ||
            !Schema::migrate(m_memory.handle(), m_result.version, &error))
            return notPortfolio(PortfolioFileTr::tr("it could not be upgraded from format %1: %2")
                                    .arg(m_result.version)
                                    .arg(error));
        return true;
    }

    /// Triggers and views might run or break during the upgrade; the copy does not need them.
    bool dropForeignObjects(QString *error) {
        std::vector<QByteArray> drops;
        {
            Statement st(m_memory.handle(), "SELECT type, name FROM sqlite_schema "
                                            "WHERE type IN ('trigger', 'view')");
            while (st.isValid() && st.step() == SQLITE_ROW) {
                const QByteArray type =
                    reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0));
                QByteArray name =
                    reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 1));
                name.replace('"', "\"\"");
                drops.push_back("DROP " + type.toUpper() + " IF EXISTS \"" + name + '"');
            }
        }
        for (const QByteArray &drop : drops)
            if (!m_memory.exec(drop.constData(), error))
                return false;
        return true;
    }

    void readRows() {
        sqlite3 *db = m_memory.isOpen() ? m_memory.handle() : m_file.handle();
        RowReader reader(db, m_thorough ? 1000 : 1);
        PortfolioData data;
        if (!reader.read(data)) {
            ErrorKind kind = ErrorKind::InvalidData;
            if (reader.sqliteError() != 0)
                kind = (reader.sqliteError() & 0xff) == SQLITE_CORRUPT ? ErrorKind::Corrupt
                                                                       : ErrorKind::NotFound;
            else if (reader.structural())
                kind = ErrorKind::NotPortfolio;
            for (const QString &problem : reader.problems()) {
                if (kind == ErrorKind::NotPortfolio)
                    notPortfolio(problem);
                else if (kind == ErrorKind::InvalidData)
                    fail(kind,
                         PortfolioFileTr::tr("%1 has invalid data in %2.").arg(m_name, problem));
                else
                    sqliteFailure(reader.sqliteError(), problem);
            }
            if (reader.problemCount() > reader.problems().size())
                m_result.problems << PortfolioFileTr::tr(
                                         "%1 has %n further problems.", nullptr,
                                         int(reader.problemCount() - reader.problems().size()))
                                         .arg(m_name);
            return;
        }
        const QStringList problems = validate(data);
        for (const QString &problem : problems)
            fail(ErrorKind::InvalidData,
                 PortfolioFileTr::tr("%1 has invalid data: %2").arg(m_name, problem));
        if (!problems.isEmpty())
            return;
        // Every opened portfolio has a scenario to score with: files of format 2 and older
        // have none, and a file edited elsewhere may have lost its last one.
        ensureScenario(data);
        m_result.data = std::move(data);
    }

    QString m_path;
    QString m_name;
    bool m_thorough;
    bool m_walMode = false;
    qint64 m_size = 0;
    SqliteDb m_file;
    SqliteDb m_memory;
    Inspection m_result;
};

} // namespace

LoadResult load(const QString &path) {
    Inspection inspection = Inspector(path, false).run();
    LoadResult result;
    result.fileVersion = inspection.version;
    if (inspection.data) {
        result.data = std::move(inspection.data);
        result.readOnly = !readOnlyReason(path).isEmpty();
        return result;
    }
    result.error = inspection.error;
    result.message = inspection.problems.value(0);
    return result;
}

QStringList check(const QString &path) {
    return Inspector(path, true).run().problems;
}

QString readOnlyReason(const QString &path) {
    const QString name = QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
    const QFileInfo info(path);
    const QByteArray file = QFile::encodeName(info.canonicalFilePath());
    struct stat status {};
    if (file.isEmpty() || ::stat(file.constData(), &status) != 0)
        return QString();
    if ((status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
        ::access(file.constData(), W_OK) != 0)
        return PortfolioFileTr::tr("%1 is read-only.").arg(name);
    const QByteArray folder = QFile::encodeName(QFileInfo(info.canonicalFilePath()).absolutePath());
    if (::access(folder.constData(), W_OK | X_OK) != 0)
        return PortfolioFileTr::tr("%1 is in a folder where it cannot be replaced.").arg(name);
    return QString();
}

} // namespace ps::PortfolioFile
