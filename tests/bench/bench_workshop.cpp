// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop's voting screen under load, offscreen at 1920x1080, on a generated portfolio of
// 2,000 partners (the disagreement ranking re-scores it for every comparison and participant).
//
// workshop_vote_aggregate_50: 50 phones, each from its own loopback address (127.0.0.10 ...),
// join, then submit all twelve judgments at once from another thread; the figure is the time
// from the moment the last request is written to the moment the projector's panel shows
// "50 of 50 answered" on both axes and has been repainted.
//
// workshop_flood_fps: wrk (a second process, 50 connections, 5 s) polls GET /api/state, as the
// phones do, while a 60 Hz timer repaints the voting screen (the panel with 50 participants, their
// weights and the disagreements). Reports the server's requests per second, the frames painted
// per second and the frame intervals (median, 95th percentile, longest). The rate limit is
// raised for wrk's single address; the bucket is still consulted on every request.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/workshop/groupweightsview.h"
#include "ui/workshop/votingpanel.h"
#include "ui/workshop/workshopvoting.h"
#include "ui/workshop/workshopwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace ps::bench {
namespace {

constexpr int Phones = 50;

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

QByteArray judgmentsOf(int phone) {
    static const char *const keys[2][4] = {
        {"icp_influence", "market_reach", "commercial_contribution", "strategic_fit"},
        {"capability", "commitment", "enablement", "cost_to_serve"}};
    QJsonArray list;
    int pair = 0;
    for (int g = 0; g < 2; ++g)
        for (int a = 0; a < 4; ++a)
            for (int b = a + 1; b < 4; ++b, ++pair) {
                const int step = (phone * 7 + pair * 3) % 17 - 8; // -8 .. 8
                const double value = step <= 0 ? 1.0 - step : 1.0 / (1.0 + step);
                list.append(QJsonObject{
                    {QStringLiteral("group"), QLatin1String(g == 0 ? "potential" : "readiness")},
                    {QStringLiteral("a"), QLatin1String(keys[g][a])},
                    {QStringLiteral("b"), QLatin1String(keys[g][b])},
                    {QStringLiteral("value"), value}});
            }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("sequence"), 1}, {QStringLiteral("judgments"), list}})
        .toJson(QJsonDocument::Compact);
}

/// The 50 phones, in their own thread: join, then all answer at once.
class Room : public QObject {
public:
    Room(quint16 port, QString code, const QElapsedTimer *clock, std::atomic<qint64> *lastSent)
        : m_port(port)
        , m_code(std::move(code))
        , m_clock(clock)
        , m_lastSent(lastSent) {}

    void run() {
        for (int i = 0; i < Phones; ++i) {
            m_sockets[i] = new QTcpSocket(this);
            m_sockets[i]->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i)));
            connect(m_sockets[i], &QTcpSocket::readyRead, this, [this, i] { onRead(i); });
            connect(m_sockets[i], &QTcpSocket::connected, this, [this, i] {
                const QByteArray body =
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Phone %1").arg(i + 1)},
                                    {QStringLiteral("code"), m_code}})
                        .toJson(QJsonDocument::Compact);
                m_sockets[i]->write(post(m_port, "/api/join", body));
            });
            m_sockets[i]->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }

private:
    void onRead(int i) {
        m_buffers[i] += m_sockets[i]->readAll();
        const QByteArray body = takeResponse(m_buffers[i]);
        if (body.isNull() || !m_tokens[i].isEmpty())
            return;
        m_tokens[i] = QJsonDocument::fromJson(body)
                          .object()
                          .value(QLatin1String("token"))
                          .toString()
                          .toLatin1();
        if (++m_joined < Phones)
            return;
        QByteArray requests[Phones];
        for (int p = 0; p < Phones; ++p)
            requests[p] = post(m_port, "/api/judgments", judgmentsOf(p), m_tokens[p]);
        for (int p = 0; p < Phones; ++p) {
            m_sockets[p]->write(requests[p]);
            m_sockets[p]->flush();
        }
        m_lastSent->store(m_clock->nsecsElapsed());
    }

    quint16 m_port;
    QString m_code;
    const QElapsedTimer *m_clock;
    std::atomic<qint64> *m_lastSent;
    QTcpSocket *m_sockets[Phones] = {};
    QByteArray m_buffers[Phones];
    QByteArray m_tokens[Phones];
    int m_joined = 0;
};

struct Workshop {
    Document document;
    std::unique_ptr<ScoringController> scoring;
    std::unique_ptr<WorkshopWindow> window;

    Workshop() {
        PortfolioData data = generatePortfolio(2000, 50, 7);
        ensureScenario(data);
        document.reset(std::move(data), QString(), false);
        scoring = std::make_unique<ScoringController>(&document);
        scoring->refreshNow();
        window = std::make_unique<WorkshopWindow>(&document, scoring.get());
        window->resize(1920, 1080);
        window->show();
        QCoreApplication::processEvents();
    }

    bool open(const voting::ServerLimits &limits) {
        window->voting()->setServerLimits(limits);
        return window->openVoting(QHostAddress(QHostAddress::LocalHost));
    }

    bool panelShowsAll() const {
        const QString all = QStringLiteral("%1 of %1").arg(Phones);
        return window->votingPanel()->weightsView(0)->answeredLabel()->text().startsWith(all) &&
               window->votingPanel()->weightsView(1)->answeredLabel()->text().startsWith(all);
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

int aggregateBenchmark(const Context &) {
    std::vector<double> latencies;
    for (int round = 0; round < 5; ++round) {
        Workshop w;
        voting::ServerLimits limits;
        limits.maxConnectionsPerAddress = 4;
        if (!w.open(limits)) {
            std::fprintf(stderr, "workshop_vote_aggregate_50: voting did not open\n");
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> lastSent{-1};
        qint64 shown = -1;
        QEventLoop loop;
        QObject::connect(w.window->votingPanel(), &VotingPanel::refreshed, &loop, [&] {
            if (shown >= 0 || lastSent.load() < 0 || !w.panelShowsAll())
                return;
            w.window->votingPanel()->repaint(); // what the projector shows, painted
            shown = clock.nsecsElapsed();
            loop.quit();
        });
        QThread thread;
        Room room(w.window->voting()->server()->port(), w.window->voting()->session()->joinCode(),
                  &clock, &lastSent);
        room.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&room, [&room] { room.run(); });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        thread.quit();
        thread.wait();
        if (shown < 0) {
            std::fprintf(stderr, "workshop_vote_aggregate_50: the panel never showed 50 of 50\n");
            return 1;
        }
        latencies.push_back(double(shown - lastSent.load()) / 1e6);
        std::fprintf(stderr,
                     "workshop_vote_aggregate_50: round %d, last vote to repainted panel "
                     "%.1f ms\n",
                     round + 1, latencies.back());
    }
    report(QStringLiteral("workshop_vote_aggregate_50"), median(latencies), QStringLiteral("ms"));
    return 0;
}

int floodBenchmark(const Context &) {
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "workshop_flood_fps: wrk is missing; run scripts/setup.sh\n");
        return 1;
    }
    Workshop w;
    voting::ServerLimits limits;
    limits.requestsPerSecond = 1e9;
    limits.burst = 1e9;
    limits.maxConnectionsPerAddress = 64;
    if (!w.open(limits))
        return 1;
    voting::VotingSession *session = w.window->voting()->session();
    // A full room on the screen: 50 participants with their judgments.
    QByteArray token;
    for (int i = 0; i < Phones; ++i) {
        const auto joined =
            session->join(QStringLiteral("Phone %1").arg(i + 1), session->joinCode());
        std::vector<voting::Judgment> list;
        int pair = 0;
        for (int g = 0; g < 2; ++g)
            for (int a = 0; a < 4; ++a)
                for (int b = a + 1; b < 4; ++b, ++pair) {
                    const int step = (i * 7 + pair * 3) % 17 - 8;
                    list.push_back({g, a, b, step <= 0 ? 1.0 - step : 1.0 / (1.0 + step)});
                }
        session->submitJudgments(joined.id, 1, list);
        token = joined.token;
    }
    w.window->votingPanel()->refresh();

    // The projector's frames: a 60 Hz timer that repaints the voting screen synchronously.
    QElapsedTimer clock;
    clock.start();
    std::vector<double> intervals;
    std::vector<double> paints;
    qint64 last = -1;
    bool measuring = false;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const qint64 start = clock.nsecsElapsed();
        w.window->repaint();
        const qint64 end = clock.nsecsElapsed();
        if (!measuring)
            return;
        if (last >= 0)
            intervals.push_back(double(start - last) / 1e6);
        paints.push_back(double(end - start) / 1e6);
        last = start;
    });
    frame.start(16);

    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c50"), QStringLiteral("-d5s"),
                        QStringLiteral("-H"),
                        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                        QStringLiteral("http://127.0.0.1:%1/api/state")
                            .arg(w.window->voting()->server()->port())});
    // Frames are counted while wrk runs (after its start-up).
    QTimer::singleShot(300, [&] { measuring = true; });
    const qint64 measureStart = clock.nsecsElapsed() + 300 * 1000000LL;
    loop.exec();
    measuring = false;
    const double seconds = double(clock.nsecsElapsed() - measureStart) / 1e9;
    frame.stop();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    std::fprintf(stderr, "%s", qPrintable(out));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    if (!m.hasMatch() || out.contains(QLatin1String("Non-2xx")))
        return 1;
    std::fprintf(stderr,
                 "workshop_flood_fps: %zu frames in %.2f s at 1920x1080 (%s), paint median "
                 "%.1f ms\n",
                 paints.size(), seconds, qPrintable(QGuiApplication::platformName()),
                 median(paints));
    report(QStringLiteral("workshop_flood_requests_per_s"), m.captured(1).toDouble(),
           QStringLiteral("req/s"));
    report(QStringLiteral("workshop_flood_fps"), double(paints.size()) / seconds,
           QStringLiteral("fps"));
    report(QStringLiteral("workshop_flood_frame_interval_median"), median(intervals),
           QStringLiteral("ms"));
    report(QStringLiteral("workshop_flood_frame_interval_p95"), percentile(intervals, 0.95),
           QStringLiteral("ms"));
    report(QStringLiteral("workshop_flood_frame_interval_max"),
           intervals.empty() ? 0.0 : *std::max_element(intervals.begin(), intervals.end()),
           QStringLiteral("ms"));
    report(QStringLiteral("workshop_flood_paint_median"), median(paints), QStringLiteral("ms"));
    return 0;
}

const Registration aggregateReg(QStringLiteral("workshop_vote_aggregate_50"),
                                QStringLiteral("50 phones answer at once: last vote to the "
                                               "projector's panel repainted with the aggregate"),
                                aggregateBenchmark);
const Registration floodReg(QStringLiteral("workshop_flood_fps"),
                            QStringLiteral("voting screen repainted at 60 Hz while wrk floods the "
                                           "server: requests/s, fps, frame intervals"),
                            floodBenchmark);

} // namespace
} // namespace ps::bench
