// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtestserver.h"

#include "core/team/pgconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ps::test {
namespace {

const char kTestUser[] = "partnerscope-test";

QString postgresBin() {
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (QFileInfo::exists(debian + QStringLiteral("/initdb")))
        return debian;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

/// A loopback port nobody listens on right now.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool runProgram(const QString &program, const QStringList &args, QString *output) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// The number in the first line of a file (a pid), or 0.
qint64 pidIn(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool isAlive(qint64 pid) {
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

/// A test that crashed leaves its server running: the next test stops it. Each server's folder
/// names the test process that started it (`owner`); a folder whose owner is gone has its
/// postmaster stopped (by the pid PostgreSQL wrote, through pg_ctl) and is removed. A folder
/// without an owner is only removed once it is an hour old (a test may be just starting).
void sweepAbandoned(const QString &bin, const QString &runAs) {
    const QDir temp(QDir::tempPath());
    const QFileInfoList dirs =
        temp.entryInfoList({QStringLiteral("ps-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : dirs) {
        const QString owner = dir.filePath() + QStringLiteral("/owner");
        if (QFileInfo::exists(owner)
                ? isAlive(pidIn(owner))
                : dir.lastModified().secsTo(QDateTime::currentDateTime()) < 3600)
            continue;
        const QString data = dir.filePath() + QStringLiteral("/data");
        if (isAlive(pidIn(data + QStringLiteral("/postmaster.pid")))) {
            QStringList command = {bin + QStringLiteral("/pg_ctl"),
                                   QStringLiteral("-D"),
                                   data,
                                   QStringLiteral("-m"),
                                   QStringLiteral("immediate"),
                                   QStringLiteral("-w"),
                                   QStringLiteral("stop")};
            if (!runAs.isEmpty())
                command = QStringList{QStringLiteral("-u"), runAs, QStringLiteral("--")} + command;
            runProgram(runAs.isEmpty() ? command.takeFirst() : QStringLiteral("runuser"), command,
                       nullptr);
        }
        QDir(dir.filePath()).removeRecursively();
    }
}

} // namespace

PgTestServer::PgTestServer()
    : m_bin(postgresBin()) {}

PgTestServer::~PgTestServer() {
    stop();
}

QString PgTestServer::unavailableReason() {
    if (postgresBin().isEmpty())
        return QStringLiteral("PostgreSQL 15 is not installed (scripts/setup.sh installs it)");
    return QString();
}

bool PgTestServer::run(const QStringList &command, QString *output) const {
    if (m_runAs.isEmpty())
        return runProgram(command.first(), command.mid(1), output);
    return runProgram(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--")} + command,
                      output);
}

bool PgTestServer::start(QString *error) {
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_bin.isEmpty())
        return fail(unavailableReason());
    if (::geteuid() == 0)
        m_runAs = QString::fromLatin1(kTestUser);
    sweepAbandoned(m_bin, m_runAs);
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ps-pg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("no temporary folder"));
    QFile owner(m_dir->filePath(QStringLiteral("owner")));
    if (!owner.open(QIODevice::WriteOnly) ||
        owner.write(QByteArray::number(qint64(::getpid())) + '\n') < 0)
        return fail(QStringLiteral("could not write %1").arg(owner.fileName()));
    owner.close();
    QString output;
    if (!m_runAs.isEmpty()) {
        if (!runProgram(QStringLiteral("id"), {m_runAs}, nullptr) &&
            !runProgram(QStringLiteral("useradd"),
                        {QStringLiteral("--system"), QStringLiteral("--user-group"),
                         QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"),
                         QStringLiteral("/nonexistent"), QStringLiteral("--shell"),
                         QStringLiteral("/usr/sbin/nologin"), m_runAs},
                        &output) &&
            !runProgram(QStringLiteral("id"), {m_runAs}, nullptr))
            return fail(QStringLiteral("could not create the user %1: %2").arg(m_runAs, output));
        if (!runProgram(QStringLiteral("chown"), {m_runAs + QLatin1Char(':'), m_dir->path()},
                        &output))
            return fail(QStringLiteral("chown failed: ") + output);
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")},
             &output))
        return fail(QStringLiteral("initdb failed: ") + output);
    m_port = freePort();
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=100 -c shared_buffers=128MB")
            .arg(m_port)
            .arg(m_dir->path());
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             &output))
        return fail(QStringLiteral("pg_ctl start failed: %1\n%2").arg(output, log()));
    m_running = true;
    return true;
}

void PgTestServer::stop() {
    if (m_running) {
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
             m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
        m_running = false;
    }
    m_dir.reset();
}

QString PgTestServer::socketDir() const {
    return m_dir ? m_dir->path() : QString();
}

TeamLocation PgTestServer::location(const QString &portfolio, const QString &user, bool tcp) const {
    TeamLocation location;
    location.host = tcp ? QStringLiteral("127.0.0.1") : socketDir();
    location.port = m_port;
    location.database = QStringLiteral("postgres");
    location.user = user;
    location.portfolio = portfolio;
    location.sslMode = QStringLiteral("disable");
    return location;
}

bool PgTestServer::sql(const QString &statements, QString *error) const {
    PgConnection connection;
    return connection.open(location(QStringLiteral("x")), QString(), error) &&
           connection.command(statements.toUtf8(), error);
}

bool PgTestServer::createUser(const QString &name, QString *error) const {
    return sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(name), error);
}

QString PgTestServer::log() const {
    QFile file(m_dir ? m_dir->filePath(QStringLiteral("log")) : QString());
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(4000))
                                          : QString();
}

} // namespace ps::test
