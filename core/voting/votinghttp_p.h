// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals of VotingServer: the HTTP server on QtHttpServer's low-level API, the connection
// guard that enforces size and time limits before QtHttpServer buffers a request, and the API.

#include "core/voting/ratelimiter.h"
#include "core/voting/votingserver.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTimer>

class QHttpServerRequest;
class QTcpSocket;

namespace ps::voting {

/// The translation context of the server's messages to participants.
class VotingText {
    Q_DECLARE_TR_FUNCTIONS(ps::VotingServer)
};

/// One HTTP response before it is written.
struct Reply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< beyond the security headers
    bool close = false;                           ///< Connection: close
};

/// The headers every response carries; `csp` is the page's policy or the API's.
QList<QPair<QByteArray, QByteArray>> securityHeaders(const QByteArray &csp);
/// The whole response as bytes (status line, headers, body), for replies written raw.
QByteArray serialize(const Reply &reply, const QByteArray &csp);
/// {"error": sentence, "code": code} with `status`.
Reply errorReply(int status, const QByteArray &code, const QString &sentence);

/// The voting page: HTML with the translated strings embedded, and the Content Security Policy
/// that admits exactly its inline script and style (by SHA-256 hash).
struct VotingPage {
    QByteArray html;
    QByteArray csp;
};
const VotingPage &votingPage();
/// The policy of every non-page response: nothing may load.
QByteArray apiCsp();

/// Answers one parsed request for the session (routing, validation, the JSON API).
Reply handleRequest(VotingSession &session, const QHttpServerRequest &request);

/// Per-connection bookkeeping, a child of its socket.
class SocketGuard : public QObject {
    Q_OBJECT
public:
    SocketGuard(QTcpSocket *socket, QHostAddress peer, qint64 nowMs);
    QHostAddress peer;
    qint64 pendingBytes = 0;  ///< bytes of the request being received
    qint64 requestStart = -1; ///< when its first byte came, or -1
    qint64 lastActivity = 0;
    QByteArray head;         ///< the request's bytes until its header block ends (bounded)
    bool headerDone = false; ///< the header block of the current request has ended
};

/// A QTcpServer that guards each connection before handing it to QtHttpServer: a cap on
/// connections (in all and per address), a bounded read buffer, an early 413 for a declared or
/// received request larger than the limits, and timeouts for slow or idle connections.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const ServerLimits &limits, QObject *parent = nullptr);
    void setHttpServer(QObject *http) { m_http = http; }
    /// Called when a whole request was parsed: the next bytes start a new one.
    void requestDone(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket, SocketGuard *guard);
    void reject(QTcpSocket *socket, const Reply &reply);
    void sweep();
    qint64 now() const { return m_clock.elapsed(); }

    ServerLimits m_limits;
    QObject *m_http = nullptr;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

/// QtHttpServer's low-level server: every request goes through handleRequest() above, and the
/// rate limit applies before anything else.
class VotingHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    VotingHttpServer(VotingSession *session, const ServerLimits &limits, QObject *parent);
    GuardedTcpServer *tcp() const { return m_tcp; }
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    VotingSession *m_session;
    ServerLimits m_limits;
    GuardedTcpServer *m_tcp;
    RateLimiter m_rate;
    QElapsedTimer m_clock;
    QByteArray m_expectedHost;
};

} // namespace ps::voting
