// SPDX-License-Identifier: GPL-3.0-or-later
// vote_aggregate_50: 50 participants, each from its own loopback address (127.0.0.10 ...),
// submit all twelve judgments at once over HTTP; the figure is the time from the moment the
// client thread has written the last vote to the moment the session announces the recomputed
// aggregate (AIJ, AIP, consensus, CRs and the disagreement ranking over a generated portfolio
// of 2,000 partners). vote_requests_per_s: wrk (a second process, 50 connections, 5 s) polls
// GET /api/state as the phones do; the rate limit is raised for it, the bucket is still
// consulted on every request.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "core/voting/votingserver.h"
#include "core/voting/votingsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>

namespace ps::bench {
namespace {

constexpr int Participants = 50;

/// One phone: a keep-alive connection from its own address, answering one request at a time.
struct Phone {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    QByteArray token;
    int answered = 0;
};

QByteArray post(quint16 port, const QByteArray &path, const QByteArray &body,
                const QByteArray &token = QByteArray()) {
    QByteArray raw =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    return raw + "\r\n" + body;
}

/// Takes one complete response off `buffer`; returns its body, or a null array if incomplete.
QByteArray takeResponse(QByteArray &buffer) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return QByteArray();
    const qsizetype at = buffer.toLower().indexOf("content-length:");
    const qsizetype lineEnd = buffer.indexOf("\r\n", at);
    const qsizetype length = buffer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return QByteArray();
    QByteArray body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return body.isNull() ? QByteArray("") : body;
}

/// The 50 phones, in their own thread: join, then all vote at once.
class Room : public QObject {
public:
    Room(quint16 port, QString code, const QElapsedTimer *clock, std::atomic<qint64> *lastSent)
        : m_port(port)
        , m_code(std::move(code))
        , m_clock(clock)
        , m_lastSent(lastSent) {}

    void run() {
        for (int i = 0; i < Participants; ++i) {
            Phone &phone = m_phones[i];
            phone.socket = new QTcpSocket(this);
            phone.socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i)));
            connect(phone.socket, &QTcpSocket::readyRead, this, [this, i] { onRead(i); });
            connect(phone.socket, &QTcpSocket::connected, this, [this, i] {
                const QByteArray body =
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Phone %1").arg(i + 1)},
                                    {QStringLiteral("code"), m_code}})
                        .toJson(QJsonDocument::Compact);
                m_phones[i].socket->write(post(m_port, "/api/join", body));
            });
            phone.socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }

private:
    void onRead(int i) {
        Phone &phone = m_phones[i];
        phone.buffer += phone.socket->readAll();
        const QByteArray body = takeResponse(phone.buffer);
        if (body.isNull())
            return;
        if (phone.token.isEmpty()) {
            phone.token = QJsonDocument::fromJson(body)
                              .object()
                              .value(QLatin1String("token"))
                              .toString()
                              .toLatin1();
            if (++m_joined == Participants)
                voteAll();
        }
    }

    void voteAll() {
        // Everyone's judgments, ready before the first is sent, so that they go out at once.
        QByteArray requests[Participants];
        for (int i = 0; i < Participants; ++i) {
            QJsonArray list;
            for (const char *group : {"potential", "readiness"}) {
                const QStringList keys =
                    QString::fromLatin1(group) == QLatin1String("potential")
                        ? QStringList{"icp_influence", "market_reach", "commercial_contribution",
                                      "strategic_fit"}
                        : QStringList{"capability", "commitment", "enablement", "cost_to_serve"};
                int pair = 0;
                for (int a = 0; a < 4; ++a)
                    for (int b = a + 1; b < 4; ++b, ++pair) {
                        const int step = (i * 7 + pair * 3) % 17 - 8; // -8 .. 8
                        const double value = step <= 0 ? 1.0 - step : 1.0 / (1.0 + step);
                        list.append(QJsonObject{{QStringLiteral("group"), QLatin1String(group)},
                                                {QStringLiteral("a"), keys[a]},
                                                {QStringLiteral("b"), keys[b]},
                                                {QStringLiteral("value"), value}});
                    }
            }
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("sequence"), 1},
                                                              {QStringLiteral("judgments"), list}})
                                        .toJson(QJsonDocument::Compact);
            requests[i] = post(m_port, "/api/judgments", body, m_phones[i].token);
        }
        for (int i = 0; i < Participants; ++i) {
            m_phones[i].socket->write(requests[i]);
            m_phones[i].socket->flush();
        }
        m_lastSent->store(m_clock->nsecsElapsed());
    }

    quint16 m_port;
    QString m_code;
    const QElapsedTimer *m_clock;
    std::atomic<qint64> *m_lastSent;
    Phone m_phones[Participants];
    int m_joined = 0;
};

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Setup {
    voting::VotingSession session{voting::scoringGroups()};
    voting::VotingServer server{&session};
};

int aggregateBenchmark(const Context &) {
    const PortfolioData data = generatePortfolio(2000, 50, 7);
    std::vector<double> latencies;
    std::vector<double> cpu;
    std::vector<double> recomputes;
    for (int round = 0; round < 5; ++round) {
        Setup s;
        s.session.setScoringContext(computeCriteria(data), defaultScenario(QStringLiteral("B")),
                                    std::nullopt);
        voting::ServerLimits limits;
        limits.maxConnectionsPerAddress = 4;
        s.server.setLimits(limits);
        if (!s.server.start()) {
            std::fprintf(stderr, "vote_aggregate_50: the server did not start\n");
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> lastSent{-1};
        qint64 announced = -1;
        // The server thread's own CPU time over the burst, which the machine's other load
        // does not inflate: from the 50th join to the announcement.
        double cpuStart = -1;
        double cpuEnd = -1;
        QEventLoop loop;
        QObject::connect(&s.session, &voting::VotingSession::judgmentsChanged, &loop,
                         [&](const voting::Aggregate &a) {
                             if (a.groups.size() == 2 && a.groups[0].complete == Participants &&
                                 a.groups[1].complete == Participants && announced < 0) {
                                 announced = clock.nsecsElapsed();
                                 cpuEnd = threadCpuMs();
                                 loop.quit();
                             }
                         });
        QObject::connect(&s.session, &voting::VotingSession::participantsChanged, &loop, [&] {
            if (cpuStart < 0 && s.session.participants().size() == Participants)
                cpuStart = threadCpuMs();
        });
        QThread thread;
        Room room(s.server.port(), s.session.joinCode(), &clock, &lastSent);
        room.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&room, [&room] { room.run(); });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        thread.quit();
        thread.wait();
        if (announced < 0 || lastSent.load() < 0) {
            std::fprintf(stderr,
                         "vote_aggregate_50: the aggregate never counted 50 participants\n");
            return 1;
        }
        latencies.push_back(double(announced - lastSent.load()) / 1e6);
        cpu.push_back(cpuEnd - cpuStart);
        // One recomputation on its own: a participant leaves, the aggregate is read.
        s.session.removeParticipant(s.session.participants().constLast().id);
        QElapsedTimer recompute;
        recompute.start();
        s.session.aggregate();
        recomputes.push_back(double(recompute.nsecsElapsed()) / 1e6);
        std::fprintf(stderr,
                     "vote_aggregate_50: round %d, %zu disagreements ranked, %.2f ms wall, "
                     "%.2f ms server CPU, one recomputation %.2f ms\n",
                     round + 1, s.session.aggregate().disagreements.size(), latencies.back(),
                     cpu.back(), recomputes.back());
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    report(QStringLiteral("vote_aggregate_50"), median(latencies), QStringLiteral("ms"));
    report(QStringLiteral("vote_aggregate_50_server_cpu"), median(cpu), QStringLiteral("ms"));
    report(QStringLiteral("vote_recompute_50"), median(recomputes), QStringLiteral("ms"));
    return 0;
}

int throughputBenchmark(const Context &) {
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "vote_requests_per_s: wrk is missing; run scripts/setup.sh\n");
        return 1;
    }
    Setup s;
    voting::ServerLimits limits;
    limits.requestsPerSecond = 1e9;
    limits.burst = 1e9;
    limits.maxConnectionsPerAddress = 64;
    s.server.setLimits(limits);
    if (!s.server.start())
        return 1;
    const auto joined = s.session.join(QStringLiteral("Load"), s.session.joinCode());
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(wrk,
                  {QStringLiteral("-t1"), QStringLiteral("-c50"), QStringLiteral("-d5s"),
                   QStringLiteral("-H"),
                   QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(joined.token),
                   QStringLiteral("http://127.0.0.1:%1/api/state").arg(s.server.port())});
    loop.exec();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    std::fprintf(stderr, "%s", qPrintable(out));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    if (!m.hasMatch() || out.contains(QLatin1String("Non-2xx")))
        return 1;
    report(QStringLiteral("vote_requests_per_s"), m.captured(1).toDouble(),
           QStringLiteral("req/s"));
    return 0;
}

const Registration aggregateReg(QStringLiteral("vote_aggregate_50"),
                                QStringLiteral("50 participants vote at once over HTTP: last vote "
                                               "to recomputed aggregate"),
                                aggregateBenchmark);
const Registration throughputReg(QStringLiteral("vote_requests_per_s"),
                                 QStringLiteral("voting server requests per second (wrk, 50 "
                                                "connections)"),
                                 throughputBenchmark);

} // namespace
} // namespace ps::bench
