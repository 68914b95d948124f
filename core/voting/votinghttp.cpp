// SPDX-License-Identifier: GPL-3.0-or-later
// The transport: QtHttpServer's QAbstractHttpServer behind a guarded QTcpServer.
//
// QtHttpServer 6.4 reads a request inside a socket transaction and keeps the whole request
// (headers and body) in memory until it is complete; it has no size or time limit and no
// hook before the body is read. So the limits live one layer down, in GuardedTcpServer: it
// creates each socket itself, bounds its read buffer, counts the bytes of the request being
// received (its readyRead slot runs before QtHttpServer's, which connects later), peeks at the
// headers for a declared Content-Length or chunked encoding, and answers 413 and closes the
// connection before QtHttpServer has buffered more than the limit.
#include "core/voting/votinghttp_p.h"

#include "core/voting/votingsession.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>

namespace ps::voting {
namespace {

/// Content-Length declared in the header block at the start of `head`, -1 if none, -2 when
/// the body is chunked (which the API never needs).
qint64 declaredLength(const QByteArray &head) {
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QByteArray block = (end < 0 ? head : head.left(end)).toLower();
    if (block.contains("\ntransfer-encoding:"))
        return -2;
    const qsizetype at = block.indexOf("\ncontent-length:");
    if (at < 0)
        return -1;
    const qsizetype lineEnd = block.indexOf('\n', at + 1);
    bool ok = false;
    const qint64 length =
        block.mid(at + 16, lineEnd < 0 ? -1 : lineEnd - at - 16).trimmed().toLongLong(&ok);
    return ok ? length : -1;
}

} // namespace

SocketGuard::SocketGuard(QTcpSocket *socket, QHostAddress peerAddress, qint64 nowMs)
    : QObject(socket)
    , peer(std::move(peerAddress))
    , lastActivity(nowMs) {}

GuardedTcpServer::GuardedTcpServer(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits) {
    m_clock.start();
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const QList<SocketGuard *> guards = findChildren<SocketGuard *>();
    const auto same = std::count_if(guards.begin(), guards.end(),
                                    [&](const SocketGuard *g) { return g->peer == peer; });
    if (guards.size() >= m_limits.maxConnections || same >= m_limits.maxConnectionsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Room for a whole request and a little more: the count below crosses the limit before
    // the buffer is full, and a larger upload stalls in the kernel instead of in memory.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 16 * 1024);
    auto *guard = new SocketGuard(socket, peer, now());
    connect(socket, &QTcpSocket::readyRead, guard,
            [this, socket, guard] { onReadyRead(socket, guard); });
    addPendingConnection(socket);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket, SocketGuard *guard) {
    // QtHttpServer reads everything available on each readyRead, so what is unread now is what
    // arrived since the last time: the new bytes of the request being received.
    const qint64 arrived = socket->bytesAvailable();
    if (arrived <= 0)
        return;
    guard->lastActivity = now();
    if (guard->requestStart < 0) {
        guard->requestStart = now();
        guard->head.clear();
        guard->headerDone = false;
    }
    guard->pendingBytes += arrived;
    if (!guard->headerDone) {
        guard->head += socket->peek(std::min(arrived, m_limits.maxHeaderBytes + 4));
        const qsizetype end = guard->head.indexOf("\r\n\r\n");
        if (end < 0 && guard->head.size() > m_limits.maxHeaderBytes) {
            reject(socket,
                   errorReply(431, "too_large",
                              QCoreApplication::translate("ps::VotingServer",
                                                          "The request headers are too large.")));
            return;
        }
        if (end >= 0) {
            guard->headerDone = true;
            const qint64 declared = declaredLength(guard->head.left(end + 4));
            guard->head.clear();
            if (declared == -2 || declared > m_limits.maxBodyBytes) {
                reject(socket, errorReply(413, "too_large",
                                          QCoreApplication::translate(
                                              "ps::VotingServer", "The request is too large.")));
                return;
            }
        }
    }
    if (guard->pendingBytes > m_limits.maxHeaderBytes + m_limits.maxBodyBytes)
        reject(socket, errorReply(413, "too_large",
                                  QCoreApplication::translate("ps::VotingServer",
                                                              "The request is too large.")));
}

void GuardedTcpServer::reject(QTcpSocket *socket, const Reply &reply) {
    // Nobody parses what is left: cut QtHttpServer's connection and this guard's.
    if (m_http)
        QObject::disconnect(socket, &QTcpSocket::readyRead, m_http, nullptr);
    if (auto *guard = socket->findChild<SocketGuard *>(QString(), Qt::FindDirectChildrenOnly))
        QObject::disconnect(socket, &QTcpSocket::readyRead, guard, nullptr);
    Reply closing = reply;
    closing.close = true;
    socket->write(serialize(closing, apiCsp()));
    socket->flush();
    // A lingering close: stop sending, but read and drop what the client still sends for a
    // moment, so that closing with unread data does not reset the connection before the
    // client has read the answer.
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    socket->readAll();
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

void GuardedTcpServer::requestDone(QTcpSocket *socket) {
    if (auto *guard = socket->findChild<SocketGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->pendingBytes = 0;
        guard->requestStart = -1;
        guard->lastActivity = now();
    }
}

void GuardedTcpServer::sweep() {
    const qint64 t = now();
    const QList<SocketGuard *> guards = findChildren<SocketGuard *>();
    for (SocketGuard *guard : guards) {
        auto *socket = qobject_cast<QTcpSocket *>(guard->parent());
        if (!socket)
            continue;
        const bool slow =
            guard->requestStart >= 0 && t - guard->requestStart > m_limits.requestTimeoutMs;
        const bool idle = t - guard->lastActivity > m_limits.idleTimeoutMs;
        if (slow || idle)
            socket->abort();
    }
}

VotingHttpServer::VotingHttpServer(VotingSession *session, const ServerLimits &limits,
                                   QObject *parent)
    : QAbstractHttpServer(parent)
    , m_session(session)
    , m_limits(limits)
    , m_tcp(new GuardedTcpServer(limits, this))
    , m_rate(limits.requestsPerSecond, limits.burst) {
    m_clock.start();
    m_tcp->setHttpServer(this);
}

bool VotingHttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error) {
    if (!m_tcp->listen(address, port)) {
        if (error)
            *error = m_tcp->errorString();
        return false;
    }
    bind(m_tcp);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    m_expectedHost = QStringLiteral("%1:%2").arg(host).arg(m_tcp->serverPort()).toLatin1();
    return true;
}

bool VotingHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_tcp->requestDone(socket);
    Reply reply;
    qint64 retryAfter = 0;
    if (!m_rate.allow(request.remoteAddress(), m_clock.elapsed(), &retryAfter)) {
        reply = errorReply(
            429, "rate_limited",
            QCoreApplication::translate("ps::VotingServer", "Too many requests; wait a moment."));
        reply.headers.append(
            {"Retry-After", QByteArray::number(std::max<qint64>(1, (retryAfter + 999) / 1000))});
    } else if (request.value("host") != m_expectedHost) {
        // A page on another site that rebinds its name to this address gets nothing.
        reply = errorReply(421, "wrong_host",
                           QCoreApplication::translate("ps::VotingServer",
                                                       "This server answers only under its "
                                                       "own address."));
    } else {
        reply = ps::voting::handleRequest(*m_session, request);
    }
    if (request.value("connection").toLower() == "close")
        reply.close = true;
    const bool page = reply.contentType.startsWith("text/html");
    const QByteArray csp = page ? votingPage().csp : apiCsp();
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &header : securityHeaders(csp))
        responder.writeHeader(header.first, header.second);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    if (reply.close)
        responder.writeHeader("Connection", "close");
    responder.writeBody(reply.body);
    if (reply.close)
        socket->disconnectFromHost();
    return true;
}

void VotingHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {
    // handleRequest() answers every request.
}

VotingServer::VotingServer(VotingSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

VotingServer::~VotingServer() {
    stop();
}

bool VotingServer::start(const QHostAddress &address, quint16 port, QString *error) {
    stop();
    if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6 || address.isMulticast() || address.isBroadcast()) {
        if (error)
            *error = QCoreApplication::translate(
                "ps::VotingServer",
                "Choose one network address to listen on; the voting server never listens on "
                "every interface.");
        return false;
    }
    auto *http = new VotingHttpServer(m_session, m_limits, this);
    QString why;
    if (!http->listenOn(address, port, &why)) {
        delete http;
        if (error)
            *error = QCoreApplication::translate("ps::VotingServer",
                                                 "The voting server cannot listen on %1, port "
                                                 "%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(why);
        return false;
    }
    m_http = http;
    m_address = address;
    m_port = http->tcp()->serverPort();
    emit started(joinUrl());
    return true;
}

void VotingServer::stop() {
    if (!m_http)
        return;
    m_http->tcp()->close();
    delete m_http.data();
    m_port = 0;
    emit stopped();
}

bool VotingServer::isRunning() const {
    return m_http && m_http->tcp()->isListening();
}

QUrl VotingServer::joinUrl() const {
    if (!isRunning())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    url.setFragment(m_session->joinCode());
    return url;
}

} // namespace ps::voting
