// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace ps::voting {

class VotingSession;
class VotingHttpServer;

/// Limits that keep one client from exhausting the laptop that serves the vote.
struct ServerLimits {
    qint64 maxBodyBytes = 16 * 1024;   ///< larger bodies get 413 and the connection closes
    qint64 maxHeaderBytes = 8 * 1024;  ///< request line and headers together
    double requestsPerSecond = 10.0;   ///< per client address, refilled continuously
    double burst = 40.0;               ///< token bucket size per client address
    int maxConnectionsPerAddress = 16; ///< further connections are closed at once
    int maxConnections = 512;          ///< in all
    int requestTimeoutMs = 10000;      ///< an unfinished request is dropped after this
    int idleTimeoutMs = 60000;         ///< an idle keep-alive connection is closed after this
};

/**
 * Serves a VotingSession over HTTP on one address, only while started: the voting page (one
 * self-contained HTML file) and a small JSON API (docs/workshop.md, "The voting server's HTTP
 * API"). Nothing else is served: no portfolio, no files, no other paths. Every response carries
 * strict security headers. Runs in the thread it lives in (the GUI thread in the app).
 */
class VotingServer : public QObject {
    Q_OBJECT
public:
    explicit VotingServer(VotingSession *session, QObject *parent = nullptr);
    ~VotingServer() override;

    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    const ServerLimits &limits() const { return m_limits; }

    /// Listens on `address` (one address: a wildcard such as 0.0.0.0 or :: is refused) and
    /// `port` (0: any free port). False with *error set when it cannot.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
               quint16 port = 0, QString *error = nullptr);
    /// Stops listening and closes every connection.
    void stop();
    bool isRunning() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    /// http://ADDRESS:PORT/#CODE: the page reads the join code from the fragment, which the
    /// browser never sends to the server. The URL the QR code carries.
    QUrl joinUrl() const;

signals:
    void started(const QUrl &joinUrl);
    void stopped();

private:
    VotingSession *m_session;
    ServerLimits m_limits;
    QHostAddress m_address;
    quint16 m_port = 0;
    QPointer<VotingHttpServer> m_http;
};

} // namespace ps::voting
