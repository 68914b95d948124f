// SPDX-License-Identifier: GPL-3.0-or-later
// vote_aggregate_50: 50 participants, each from its own loopback address (127.0.0.10 ...),
// submit all twelve judgments at once over HTTP; the figure is the time from the moment the
// client thread has written the last vote to the moment the session announces the recomputed
// aggregate (AIJ, AIP, consensus, CRs and the disagreement ranking over a generated portfolio
// of 2,000 partners). vote_requests_per_s: wrk (a second process, 50 connections, 5 s) polls
// GET /api/state as the phones do; the rate limit is raised for it, the bucket is still
// consulted on every request.
#include "benchphones.h"
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "core/voting/votingserver.h"
#include "core/voting/votingsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
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
                m_phones[i].socket->write(httpPost(m_port, "/api/join", body));
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
        for (int i = 0; i < Participants; ++i)
            requests[i] = httpPost(m_port, "/api/judgments", judgmentsBody(i), m_phones[i].token);
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
    Setup s;
    voting::ServerLimits limits;
    limits.requestsPerSecond = 1e9;
    limits.burst = 1e9;
    limits.maxConnectionsPerAddress = 64;
    s.server.setLimits(limits);
    if (!s.server.start())
        return 1;
    const auto joined = s.session.join(QStringLiteral("Load"), s.session.joinCode());
    const std::optional<double> rate =
        floodState("vote_requests_per_s", s.server.port(), joined.token);
    if (!rate)
        return 1;
    report(QStringLiteral("vote_requests_per_s"), *rate, QStringLiteral("req/s"));
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
