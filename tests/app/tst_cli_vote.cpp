// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope vote-server` as a script runs it: usage errors, the refusal to listen on every
// interface, the join URL it prints, the page it serves, and a clean stop on SIGTERM.
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "clirunner.h"

using ps::clitest::Run;
using ps::clitest::run;

class TestCliVote : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_portfolio;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_portfolio = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(ps::clitest::saveDemo(m_portfolio, &error), qPrintable(error));
    }

    void usageErrorsExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no port") << QStringList{QStringLiteral("FILE")};
        QTest::newRow("port out of range") << QStringList{
            QStringLiteral("FILE"), QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("bind not an address")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--bind"), QStringLiteral("my-laptop")};
    }

    void usageErrorsExitOne() {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("FILE"), m_portfolio);
        args.prepend(QStringLiteral("vote-server"));
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("vote-server --help")), qPrintable(r.err));
    }

    void everyInterfaceIsRefused() {
        const Run r =
            run({QStringLiteral("vote-server"), m_portfolio, QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("every interface")), qPrintable(r.err));
    }

    void missingPortfolioExitsTwo() {
        const Run r = run({QStringLiteral("vote-server"), m_dir.filePath(QStringLiteral("no.ps")),
                           QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no.ps")), qPrintable(r.err));
    }

    void servesUntilTerminated() {
        QProcess server;
        server.start(QStringLiteral(PARTNERSCOPE_BIN),
                     {QStringLiteral("vote-server"), m_portfolio, QStringLiteral("--port"),
                      QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QString out;
        const QRegularExpression url(
            QStringLiteral("Join URL: http://127\\.0\\.0\\.1:(\\d+)/#([A-Z2-9]{6})"));
        QRegularExpressionMatch match;
        for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
            server.waitForReadyRead(200);
            out += QString::fromUtf8(server.readAllStandardOutput());
            match = url.match(out);
        }
        QVERIFY2(match.hasMatch(), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Join code: ") + match.captured(2)));
        const quint16 port = quint16(match.captured(1).toUInt());

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                     "\r\nConnection: close\r\n\r\n");
        QByteArray reply;
        while (socket.waitForReadyRead(5000))
            reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
        QVERIFY(reply.contains("Content-Security-Policy: default-src 'none'"));

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardOutput().contains("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestCliVote)
#include "tst_cli_vote.moc"
