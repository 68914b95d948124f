// SPDX-License-Identifier: GPL-3.0-or-later
// The voting server as a hostile client meets it: raw HTTP over loopback (several source
// addresses in 127.0.0.0/8 stand for several phones), malformed, oversized, wrong-token,
// replayed and flooding requests, and what a participant and the facilitator then see.
#include "core/scoring/groupahp.h"
#include "core/voting/qrcode.h"
#include "core/voting/votingserver.h"
#include "core/voting/votingsession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace ps::voting;

namespace {

struct Response {
    int status = 0;                        ///< 0: no complete response
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    bool closed = false; ///< the server closed the connection
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Parses one HTTP response from `data`; false while incomplete.
bool parseResponse(const QByteArray &data, Response *out) {
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = data.left(end).split('\n');
    Response r;
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length").toLongLong();
    if (data.size() < end + 4 + length)
        return false;
    r.body = data.mid(end + 4, length);
    *out = r;
    return true;
}

/// Sends `raw` from `from` and waits (running the event loop, so the server in this thread
/// answers) for one whole response.
Response exchange(quint16 port, const QByteArray &raw,
                  const QHostAddress &from = QHostAddress(QHostAddress::LocalHost)) {
    QTcpSocket socket;
    socket.bind(from);
    QByteArray received;
    Response response;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(raw); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        received += socket.readAll();
        if (parseResponse(received, &response))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        response.closed = true;
        received += socket.readAll();
        parseResponse(received, &response);
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.state() != QAbstractSocket::ConnectedState)
            loop.quit();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    timeout.start(10000);
    loop.exec();
    // Let the server see the close before the next exchange.
    if (socket.state() == QAbstractSocket::ConnectedState &&
        !response.headers.value("connection").isEmpty())
        socket.waitForDisconnected(10);
    return response;
}

QByteArray requestText(const QByteArray &method, const QByteArray &path, quint16 port,
                       const QByteArray &body = QByteArray(),
                       const QByteArray &token = QByteArray(),
                       const QByteArray &contentType = "application/json") {
    QByteArray raw = method + ' ' + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                     "\r\nConnection: close\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        raw += "Content-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

QByteArray judgmentsBody(qint64 sequence, const QJsonArray &list) {
    return QJsonDocument(QJsonObject{{QStringLiteral("sequence"), double(sequence)},
                                     {QStringLiteral("judgments"), list}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject judgment(const QString &a, const QString &b, const QJsonValue &value,
                     const QString &group = QStringLiteral("potential")) {
    return {{QStringLiteral("group"), group},
            {QStringLiteral("a"), a},
            {QStringLiteral("b"), b},
            {QStringLiteral("value"), value}};
}

} // namespace

class TestVotingServer : public QObject {
    Q_OBJECT

    std::unique_ptr<VotingSession> m_session;
    std::unique_ptr<VotingServer> m_server;
    quint16 m_port = 0;

    Response get(const QByteArray &path, const QByteArray &token = QByteArray()) {
        return exchange(m_port, requestText("GET", path, m_port, QByteArray(), token));
    }
    Response post(const QByteArray &path, const QByteArray &body,
                  const QByteArray &token = QByteArray()) {
        return exchange(m_port, requestText("POST", path, m_port, body, token));
    }
    QByteArray join(const QString &name) {
        const Response r = post(
            "/api/join", QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                   {QStringLiteral("code"), m_session->joinCode()}})
                             .toJson(QJsonDocument::Compact));
        return r.json().value(QLatin1String("token")).toString().toLatin1();
    }
    QStringList keys(int group) const {
        QStringList out;
        for (const CriterionInfo &c : m_session->groups().at(group).criteria)
            out << c.key;
        return out;
    }

private slots:
    void init() {
        m_session = std::make_unique<VotingSession>(scoringGroups());
        m_server = std::make_unique<VotingServer>(m_session.get());
        QString error;
        QVERIFY2(m_server->start(QHostAddress(QHostAddress::LocalHost), 0, &error),
                 qPrintable(error));
        m_port = m_server->port();
        QVERIFY(m_port > 0);
    }

    void cleanup() {
        m_server.reset();
        m_session.reset();
    }

    void defaultsToLoopbackAndRefusesWildcards() {
        VotingSession session(scoringGroups());
        VotingServer server(&session);
        QVERIFY(server.start());
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(server.joinUrl().toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(server.joinUrl().fragment(), session.joinCode());
        for (const QHostAddress &any :
             {QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4),
              QHostAddress(QHostAddress::AnyIPv6)}) {
            QString error;
            QVERIFY(!server.start(any, 0, &error));
            QVERIFY(error.contains(QLatin1String("every interface")));
            QVERIFY(!server.isRunning());
        }
    }

    void servesThePageWithAPolicyThatAdmitsOnlyItsOwnScript() {
        const Response r = get("/");
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        const QByteArray csp = r.headers.value("content-security-policy");
        QVERIFY2(csp.startsWith("default-src 'none'"), csp.constData());
        // The hash in the policy is the hash of the inline script as served.
        const qsizetype open = r.body.indexOf("<script>") + 8;
        const QByteArray script = r.body.mid(open, r.body.indexOf("</script>", open) - open);
        const QByteArray hash =
            QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
        QVERIFY2(csp.contains("script-src 'sha256-" + hash + "'"), csp.constData());
        QVERIFY(!csp.contains("unsafe-inline"));
        // Self-contained: nothing is loaded from anywhere.
        QVERIFY(!r.body.contains("src=\"http"));
        QVERIFY(!r.body.contains("href=\"http"));
        QVERIFY(!r.body.contains("__STRINGS__"));
    }

    void securityHeadersOnEveryResponse_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("page") << QByteArray("GET") << QByteArray("/") << QByteArray() << 200;
        QTest::newRow("no token") << QByteArray("GET") << QByteArray("/api/state") << QByteArray()
                                  << 401;
        QTest::newRow("unknown path")
            << QByteArray("GET") << QByteArray("/nowhere") << QByteArray() << 404;
        QTest::newRow("malformed")
            << QByteArray("POST") << QByteArray("/api/join") << QByteArray("{") << 400;
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << QByteArray("/api/join") << QByteArray() << 405;
    }

    void securityHeadersOnEveryResponse() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Response r = exchange(m_port, requestText(method, path, m_port, body));
        QCOMPARE(r.status, status);
        QVERIFY(r.headers.value("content-security-policy").startsWith("default-src 'none'"));
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.headers.value("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(!r.headers.contains("access-control-allow-origin"));
    }

    void joinGivesATokenAndTheCriteria() {
        QSignalSpy joined(m_session.get(), &VotingSession::participantsChanged);
        const Response r =
            post("/api/join", "{\"name\":\"  Ada  \",\"code\":\"" +
                                  m_session->joinCode().toLower().toLatin1() + "\"}");
        QCOMPARE(r.status, 200);
        const QByteArray token = r.json().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(token.size() >= 40);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Ada"));
        const QJsonArray groups = r.json().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QLatin1String("criteria")).toArray().size(), 4);
        QCOMPARE(joined.count(), 1);
        QCOMPARE(m_session->participants().size(), 1);
        QCOMPARE(m_session->participantForToken(token), m_session->participants().at(0).id);
        // The state is there for the token, and only for it.
        QCOMPARE(get("/api/state", token).status, 200);
    }

    void wrongCodeIsRefused() {
        const QString wrong = m_session->joinCode() == QLatin1String("AAAAAA")
                                  ? QStringLiteral("BBBBBB")
                                  : QStringLiteral("AAAAAA");
        const Response r =
            post("/api/join", "{\"name\":\"Eve\",\"code\":\"" + wrong.toLatin1() + "\"}");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("wrong_code"));
        QVERIFY(m_session->participants().isEmpty());
    }

    void joinCodeIsRandomUnambiguousAndRotates() {
        const QString first = m_session->joinCode();
        QCOMPARE(first.size(), VotingSession::CodeLength);
        for (QChar c : first)
            QVERIFY(VotingSession::codeAlphabet().contains(c));
        const QByteArray token = join(QStringLiteral("Ada"));
        QSet<QString> codes{first};
        for (int i = 0; i < 20; ++i) {
            m_session->rotateJoinCode();
            codes.insert(m_session->joinCode());
        }
        QVERIFY(codes.size() >= 19); // 31^6 codes: repeats are all but impossible
        QVERIFY(!m_session->checkJoinCode(first) || m_session->joinCode() == first);
        QCOMPARE(get("/api/state", token).status, 200); // joined participants keep their token
    }

    void wrongTokenIsRefused_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("state, no token")
            << QByteArray("GET") << QByteArray("/api/state") << QByteArray();
        QTest::newRow("state, forged")
            << QByteArray("GET") << QByteArray("/api/state") << QByteArray("forged");
        QTest::newRow("judgments, forged")
            << QByteArray("POST") << QByteArray("/api/judgments") << QByteArray("AAAA");
        QTest::newRow("vote, forged")
            << QByteArray("POST") << QByteArray("/api/vote") << QByteArray("x");
    }

    void wrongTokenIsRefused() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, token);
        const QByteArray real = join(QStringLiteral("Ada"));
        QVERIFY(!real.isEmpty());
        const QByteArray body = judgmentsBody(1, {judgment("icp_influence", "market_reach", 3)});
        const Response r =
            exchange(m_port, requestText(method, path, m_port,
                                         method == "POST" ? body : QByteArray(), token));
        QCOMPARE(r.status, 401);
        QCOMPARE(m_session->judgment(m_session->participants().at(0).id, 0, 0, 1), 0.0);
    }

    void malformedRequestsAreRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json";
        QTest::newRow("truncated") << QByteArray("{\"sequence\":1,") << json << 400;
        QTest::newRow("array") << QByteArray("[]") << json << 400;
        QTest::newRow("null") << QByteArray("null") << json << 400;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << json << 400;
        QTest::newRow("no judgments") << QByteArray("{\"sequence\":1}") << json << 400;
        QTest::newRow("sequence as text")
            << QByteArray("{\"sequence\":\"1\",\"judgments\":[]}") << json << 400;
        QTest::newRow("fractional sequence")
            << QByteArray("{\"sequence\":1.5,\"judgments\":[]}") << json << 400;
        QTest::newRow("judgments not a list")
            << QByteArray("{\"sequence\":1,\"judgments\":{}}") << json << 400;
        QTest::newRow("extra key")
            << QByteArray("{\"sequence\":1,\"judgments\":[],\"admin\":true}") << json << 400;
        QTest::newRow("judgment not an object")
            << QByteArray("{\"sequence\":1,\"judgments\":[3]}") << json << 422;
        QTest::newRow("text/plain")
            << QByteArray("{\"sequence\":1,\"judgments\":[]}") << QByteArray("text/plain") << 415;
    }

    void malformedRequestsAreRefused() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const QByteArray token = join(QStringLiteral("Ada"));
        const Response r = exchange(
            m_port, requestText("POST", "/api/judgments", m_port, body, token, contentType));
        QCOMPARE(r.status, status);
        QVERIFY(!r.json().value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(m_session->lastSequence(m_session->participants().at(0).id), qint64(0));
    }

    void onlySaatyValuesAndKnownCriteria_data() {
        QTest::addColumn<QJsonObject>("item");
        QTest::newRow("10") << judgment("icp_influence", "market_reach", 10);
        QTest::newRow("2.5") << judgment("icp_influence", "market_reach", 2.5);
        QTest::newRow("0") << judgment("icp_influence", "market_reach", 0);
        QTest::newRow("negative") << judgment("icp_influence", "market_reach", -3);
        QTest::newRow("huge") << judgment("icp_influence", "market_reach", 1e308);
        QTest::newRow("text value")
            << judgment("icp_influence", "market_reach", QStringLiteral("3"));
        QTest::newRow("unknown criterion") << judgment("icp_influence", "office_size", 3);
        QTest::newRow("criterion of the other group") << judgment("icp_influence", "capability", 3);
        QTest::newRow("unknown group")
            << judgment("icp_influence", "market_reach", 3, QStringLiteral("cost"));
        QTest::newRow("itself") << judgment("market_reach", "market_reach", 1);
        QJsonObject extra = judgment("icp_influence", "market_reach", 3);
        extra.insert(QStringLiteral("weight"), 1);
        QTest::newRow("extra key") << extra;
    }

    void onlySaatyValuesAndKnownCriteria() {
        QFETCH(QJsonObject, item);
        const QByteArray token = join(QStringLiteral("Ada"));
        // A valid judgment in the same request must not be stored either: all or nothing.
        const Response r =
            post("/api/judgments",
                 judgmentsBody(1, {judgment("strategic_fit", "market_reach", 3), item}), token);
        QCOMPARE(r.status, 422);
        const int id = m_session->participants().at(0).id;
        for (int a = 0; a < 4; ++a)
            for (int b = 0; b < 4; ++b)
                if (a != b)
                    QCOMPARE(m_session->judgment(id, 0, a, b), 0.0);
    }

    void allSeventeenScaleValuesAreAccepted() {
        const QByteArray token = join(QStringLiteral("Ada"));
        const int id = m_session->participants().at(0).id;
        qint64 sequence = 0;
        for (int k = -8; k <= 8; ++k) {
            const double v = k <= 0 ? 1.0 - k : 1.0 / (1.0 + k);
            const Response r = post(
                "/api/judgments",
                judgmentsBody(++sequence, {judgment("market_reach", "icp_influence", v)}), token);
            QCOMPARE(r.status, 200);
            // Stored as given for (b, a) and as the reciprocal for (a, b).
            QVERIFY(std::abs(m_session->judgment(id, 0, 1, 0) - v) < 1e-12);
            QVERIFY(std::abs(m_session->judgment(id, 0, 0, 1) * v - 1.0) < 1e-12);
        }
    }

    void oversizedBodyIsRefusedAndTheServerGoesOn_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray big(100 * 1024, 'x');
        const QByteArray head = "POST /api/judgments HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n"
                                "Content-Type: application/json\r\n";
        QTest::newRow("declared and sent")
            << head + "Content-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big << 413;
        QTest::newRow("declared only") << head + "Content-Length: 99999999999\r\n\r\n{" << 413;
        QTest::newRow("chunked") << head + "Transfer-Encoding: chunked\r\n\r\n10000\r\n" +
                                        big.left(65536) + "\r\n0\r\n\r\n"
                                 << 413;
        QTest::newRow("endless header") << "GET / HTTP/1.1\r\nX-Fill: " + big + "\r\n\r\n" << 431;
    }

    void oversizedBodyIsRefusedAndTheServerGoesOn() {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        raw.replace("PORT", QByteArray::number(m_port));
        const Response r = exchange(m_port, raw);
        QCOMPARE(r.status, status);
        QVERIFY(r.closed || r.headers.value("connection") == "close");
        QCOMPARE(get("/").status, 200);
    }

    void replayedSubmissionChangesNothing() {
        const QByteArray token = join(QStringLiteral("Ada"));
        const int id = m_session->participants().at(0).id;
        const QByteArray first = judgmentsBody(1, {judgment("icp_influence", "market_reach", 3)});
        QCOMPARE(post("/api/judgments", first, token).status, 200);
        QCOMPARE(post("/api/judgments",
                      judgmentsBody(2, {judgment("icp_influence", "market_reach", 5)}), token)
                     .status,
                 200);
        const Response replay = post("/api/judgments", first, token);
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.json().value(QLatin1String("code")).toString(), QStringLiteral("stale"));
        QCOMPARE(m_session->judgment(id, 0, 0, 1), 5.0);
        QCOMPARE(m_session->lastSequence(id), qint64(2));
        // The state tells a reloaded page where its sequence stands.
        QCOMPARE(get("/api/state", token).json().value(QLatin1String("sequence")).toInt(), 2);
    }

    void floodingIsLimitedPerClient() {
        ServerLimits limits;
        limits.requestsPerSecond = 2;
        limits.burst = 10;
        m_server->setLimits(limits);
        QVERIFY(m_server->start(QHostAddress(QHostAddress::LocalHost), m_port));
        const QHostAddress flooder(QStringLiteral("127.0.0.2"));
        int limited = 0;
        int served = 0;
        QByteArray retryAfter;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 60 && clock.elapsed() < 20000; ++i) {
            const Response r = exchange(m_port, requestText("GET", "/", m_port), flooder);
            if (r.status == 429) {
                ++limited;
                retryAfter = r.headers.value("retry-after");
            } else if (r.status == 200) {
                ++served;
            }
        }
        QVERIFY2(limited >= 30, qPrintable(QStringLiteral("%1 limited").arg(limited)));
        QVERIFY(served >= 10);
        QVERIFY(retryAfter.toInt() >= 1);
        // Another phone in the room is still served at once.
        const Response other = exchange(m_port, requestText("GET", "/", m_port),
                                        QHostAddress(QStringLiteral("127.0.0.3")));
        QCOMPARE(other.status, 200);
    }

    void participantCapIsEnforced() {
        m_session->setParticipantCap(2);
        QVERIFY(!join(QStringLiteral("Ada")).isEmpty());
        QVERIFY(!join(QStringLiteral("Grace")).isEmpty());
        const Response r = post("/api/join", "{\"name\":\"Linus\",\"code\":\"" +
                                                 m_session->joinCode().toLatin1() + "\"}");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("full"));
        QCOMPARE(m_session->participants().size(), 2);
        // Removing someone frees a place, and their token stops working.
        const QByteArray gone = join(QStringLiteral("Ada")); // name taken: nothing
        QVERIFY(gone.isEmpty());
        QVERIFY(m_session->removeParticipant(m_session->participants().at(0).id));
        QVERIFY(!join(QStringLiteral("Linus")).isEmpty());
    }

    void badNamesAreRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << QString() << 422;
        QTest::newRow("blank") << QStringLiteral("   ") << 422;
        QTest::newRow("too long") << QString(41, QLatin1Char('a')) << 422;
        QTest::newRow("control") << QStringLiteral("Ada\u0007") << 422;
        QTest::newRow("taken, other case") << QStringLiteral("ADA") << 409;
    }

    void badNamesAreRefused() {
        QFETCH(QString, name);
        QFETCH(int, status);
        join(QStringLiteral("Ada"));
        const Response r = post(
            "/api/join", QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                   {QStringLiteral("code"), m_session->joinCode()}})
                             .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, status);
        QCOMPARE(m_session->participants().size(), 1);
    }

    void nothingElseIsServed_data() {
        QTest::addColumn<QByteArray>("path");
        for (const char *path : {"/../portfolio", "/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                                 "/..%2f..%2fetc%2fpasswd", "/api", "/api/", "/api/state/../join",
                                 "/index.html", "/votingpage.html", "/favicon.ico", "//etc/passwd",
                                 "/api/participants", "/api/aggregate", "/portfolio.partnerscope",
                                 "/:/voting/votingpage.html", "/qrc:/voting/votingpage.html"})
            QTest::newRow(path) << QByteArray(path);
    }

    void nothingElseIsServed() {
        QFETCH(QByteArray, path);
        const Response r = get(path);
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.contains("root:"));
        QVERIFY(!r.body.contains("<html"));
    }

    void requestForAnotherHostIsRefused() {
        const QByteArray raw =
            "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n";
        QCOMPARE(exchange(m_port, raw).status, 421);
        QCOMPARE(exchange(m_port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").status, 421);
    }

    void judgmentsReachTheAggregate() {
        QSignalSpy changed(m_session.get(), &VotingSession::judgmentsChanged);
        const QStringList k = keys(0);
        // Two participants, complete on the potential criteria.
        const double first[] = {3, 5, 1, 2, 1. / 3, 1. / 5};
        const double second[] = {1. / 2, 2, 4, 3, 5, 1};
        const QByteArray ada = join(QStringLiteral("Ada"));
        const QByteArray bob = join(QStringLiteral("Bob"));
        std::vector<ps::ahp::Matrix> byHand(2, ps::ahp::Matrix(4, std::vector<double>(4, 1.0)));
        QJsonArray listA;
        QJsonArray listB;
        int pair = 0;
        for (int a = 0; a < 4; ++a)
            for (int b = a + 1; b < 4; ++b, ++pair) {
                listA.append(judgment(k[a], k[b], first[pair]));
                listB.append(judgment(k[a], k[b], second[pair]));
                byHand[0][size_t(a)][size_t(b)] = first[pair];
                byHand[0][size_t(b)][size_t(a)] = 1 / first[pair];
                byHand[1][size_t(a)][size_t(b)] = second[pair];
                byHand[1][size_t(b)][size_t(a)] = 1 / second[pair];
            }
        QCOMPARE(post("/api/judgments", judgmentsBody(1, listA), ada).status, 200);
        const Response last = post("/api/judgments", judgmentsBody(1, listB), bob);
        QCOMPARE(last.status, 200);
        // The participant sees their own CR once the group is complete.
        QVERIFY(last.json()
                    .value(QLatin1String("groups"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("cr"))
                    .isDouble());
        QVERIFY(changed.wait(2000) || changed.count() > 0);
        const Aggregate &aggregate = m_session->aggregate();
        QCOMPARE(aggregate.groups.at(0).complete, 2);
        QCOMPARE(aggregate.groups.at(1).complete, 0);
        const auto expected = ps::ahp::compute(ps::ahp::geometricMeanMatrix(byHand));
        for (size_t i = 0; i < 4; ++i)
            QVERIFY(std::abs(aggregate.groups.at(0).result->aij.weights[i] - expected->weights[i]) <
                    1e-12);
    }

    void placementVotesStayHiddenUntilRevealed() {
        const QByteArray ada = join(QStringLiteral("Ada"));
        const QByteArray bob = join(QStringLiteral("Bob"));
        const auto vote = [&](const QByteArray &token, qint64 seq, const char *partner,
                              const char *choice) {
            return post("/api/vote",
                        QByteArray("{\"sequence\":") + QByteArray::number(seq) + ",\"partner\":\"" +
                            partner + "\",\"choice\":\"" + choice + "\"}",
                        token);
        };
        QCOMPARE(vote(ada, 1, "Acme", "invest").status, 409); // nothing spotlighted
        m_session->setSpotlight(QStringLiteral("Acme"));
        QCOMPARE(vote(ada, 2, "Acme", "invest").status, 200);
        QCOMPARE(vote(bob, 1, "Acme", "exit").status, 200);
        QCOMPARE(vote(bob, 2, "Acme", "keep").status, 422);
        QCOMPARE(vote(bob, 3, "Other", "exit").status, 409);
        const QJsonObject hidden =
            get("/api/state", ada).json().value(QLatin1String("spotlight")).toObject();
        QCOMPARE(hidden.value(QLatin1String("partner")).toString(), QStringLiteral("Acme"));
        QCOMPARE(hidden.value(QLatin1String("vote")).toString(), QStringLiteral("invest"));
        QVERIFY(hidden.value(QLatin1String("distribution")).isNull());
        QCOMPARE(m_session->distribution()[0], 0);
        m_session->revealVotes();
        const QJsonObject shown =
            get("/api/state", ada).json().value(QLatin1String("spotlight")).toObject();
        const QJsonObject distribution = shown.value(QLatin1String("distribution")).toObject();
        QCOMPARE(distribution.value(QLatin1String("invest")).toInt(), 1);
        QCOMPARE(distribution.value(QLatin1String("exit")).toInt(), 1);
        QCOMPARE(distribution.value(QLatin1String("develop")).toInt(), 0);
        QCOMPARE(vote(ada, 3, "Acme", "exit").status, 409); // closed after the reveal
        QCOMPARE(m_session->votes().size(), 2);
    }

    void joinUrlBecomesAQrCode() {
        const QByteArray url = "http://192.168.1.20:8080/#K7QX2M";
        const std::optional<QrMatrix> qr = encodeQr(url);
        QVERIFY(qr);
        // 32 bytes at level M need version 3: 17 + 4 * 3 = 29 modules a side.
        QCOMPARE(qr->size, 29);
        QCOMPARE(qr->dark.size(), size_t(29 * 29));
        // The three finder patterns: a dark 7 x 7 ring, a light ring, a dark 3 x 3 centre.
        for (const auto &[ox, oy] : {std::pair{0, 0}, std::pair{22, 0}, std::pair{0, 22}})
            for (int y = 0; y < 7; ++y)
                for (int x = 0; x < 7; ++x) {
                    const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                    const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                    QCOMPARE(qr->isDark(ox + x, oy + y), ring || centre);
                }
        // The timing pattern between them alternates.
        for (int x = 8; x < 21; ++x)
            QCOMPARE(qr->isDark(x, 6), x % 2 == 0);
        QVERIFY(!encodeQr(QByteArray()));
    }

    void stoppedServerAcceptsNothing() {
        m_server->stop();
        QVERIFY(!m_server->isRunning());
        QCOMPARE(get("/").status, 0);
    }
};

QTEST_GUILESS_MAIN(TestVotingServer)
#include "tst_votingserver.moc"
