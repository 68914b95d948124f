// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchphones.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace ps::bench {

QByteArray httpPost(quint16 port, const QByteArray &path, const QByteArray &body,
                    const QByteArray &token) {
    QByteArray raw =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    return raw + "\r\n" + body;
}

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

double judgmentValue(int phone, int pair) {
    const int step = (phone * 7 + pair * 3) % 17 - 8; // -8 .. 8
    return step <= 0 ? 1.0 - step : 1.0 / (1.0 + step);
}

QByteArray judgmentsBody(int phone) {
    static const char *const keys[2][4] = {
        {"icp_influence", "market_reach", "commercial_contribution", "strategic_fit"},
        {"capability", "commitment", "enablement", "cost_to_serve"}};
    QJsonArray list;
    int pair = 0;
    for (int g = 0; g < 2; ++g)
        for (int a = 0; a < 4; ++a)
            for (int b = a + 1; b < 4; ++b, ++pair)
                list.append(QJsonObject{
                    {QStringLiteral("group"), QLatin1String(g == 0 ? "potential" : "readiness")},
                    {QStringLiteral("a"), QLatin1String(keys[g][a])},
                    {QStringLiteral("b"), QLatin1String(keys[g][b])},
                    {QStringLiteral("value"), judgmentValue(phone, pair)}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("sequence"), 1}, {QStringLiteral("judgments"), list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<double> floodState(const char *name, quint16 port, const QByteArray &token) {
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "%s: wrk is missing; run scripts/setup.sh\n", name);
        return std::nullopt;
    }
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c50"), QStringLiteral("-d5s"),
                        QStringLiteral("-H"),
                        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                        QStringLiteral("http://127.0.0.1:%1/api/state").arg(port)});
    loop.exec();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    std::fprintf(stderr, "%s", qPrintable(out));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    if (!m.hasMatch() || out.contains(QLatin1String("Non-2xx")))
        return std::nullopt;
    return m.captured(1).toDouble();
}

} // namespace ps::bench
