// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include <QtEndian>

#include <algorithm>

using namespace ps;

namespace {

using clitest::contents;
using clitest::Display;
using clitest::pngSize;
using clitest::Run;
using clitest::run;

} // namespace

/// `partnerscope render`: the matrix drawn headlessly to PNG, SVG and PDF, with the exit
/// statuses of the command line.
class TestCliRender : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        // A second scenario with other thresholds, to see that --scenario is honoured.
        Scenario strict = data.scenarios.front();
        strict.id = 0; // a fresh id: the demo has several scenarios
        for (const Scenario &s : data.scenarios)
            strict.id = std::max(strict.id, s.id);
        ++strict.id;
        strict.name = QStringLiteral("Strict");
        strict.potentialThreshold = 80.0;
        strict.readinessThreshold = 80.0;
        data.scenarios.push_back(strict);
        m_demo = path(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(PortfolioFile::save(data, m_demo, &error), qPrintable(error));
    }

    void png() {
        const QString out = path(QStringLiteral("matrix.png"));
        const Run r = run({QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                           QStringLiteral("matrix"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(pngSize(contents(out)), QSize(1200, 800));
    }

    void sizeThemeAndScenarioChangeThePicture() {
        const auto render = [this](const QString &name, const QStringList &extra) {
            const QString out = path(name);
            const Run r =
                run(QStringList{QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                                QStringLiteral("matrix"), QStringLiteral("--size"),
                                QStringLiteral("640x480"), QStringLiteral("-o"), out} +
                    extra);
            return r.exitCode == 0 ? contents(out) : QByteArray();
        };
        const QByteArray plain = render(QStringLiteral("plain.png"), {});
        QCOMPARE(pngSize(plain), QSize(640, 480));
        const QByteArray again = render(QStringLiteral("again.png"), {});
        QCOMPARE(again, plain); // deterministic: scripts can compare pictures
        const QByteArray projector =
            render(QStringLiteral("projector.png"),
                   {QStringLiteral("--theme"), QStringLiteral("projector")});
        QCOMPARE(pngSize(projector), QSize(640, 480));
        QVERIFY(projector != plain);
        const QByteArray strict = render(QStringLiteral("strict.png"),
                                         {QStringLiteral("--scenario"), QStringLiteral("Strict")});
        QCOMPARE(pngSize(strict), QSize(640, 480));
        QVERIFY(strict != plain);
    }

    void vectorFormats() {
        const QString svg = path(QStringLiteral("matrix.svg"));
        const QString pdf = path(QStringLiteral("matrix.pdf"));
        for (const QString &out : {svg, pdf})
            QCOMPARE(run({QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                          QStringLiteral("matrix"), QStringLiteral("-o"), out})
                         .exitCode,
                     0);
        const QByteArray svgText = contents(svg);
        QVERIFY(svgText.contains("<svg"));
        // Bubbles are real ellipses in vector output, not one embedded raster picture.
        QVERIFY(svgText.count("<circle") + svgText.count("<ellipse") > 50);
        QVERIFY(!svgText.contains("<image"));
        QVERIFY(contents(pdf).startsWith("%PDF-"));
    }

    void withoutDisplay() {
        const QString out = path(QStringLiteral("nodisplay.png"));
        const Run r = run({QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                           QStringLiteral("matrix"), QStringLiteral("-o"), out},
                          Display::None);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!pngSize(contents(out)).isEmpty());
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString out = path(QStringLiteral("err.png"));
        const QString garbage = path(QStringLiteral("garbage.partnerscope"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a portfolio\n");
        file.close();
        const QString view = QStringLiteral("--view");
        const QString matrix = QStringLiteral("matrix");
        const QString o = QStringLiteral("-o");
        const QString render = QStringLiteral("render");
        QTest::newRow("unknown view")
            << QStringList{render, m_demo, view, QStringLiteral("pie"), o, out} << 1
            << QStringLiteral("pie");
        QTest::newRow("missing view")
            << QStringList{render, m_demo, o, out} << 1 << QStringLiteral("--view");
        QTest::newRow("bad theme") << QStringList{render,
                                                  m_demo,
                                                  view,
                                                  matrix,
                                                  QStringLiteral("--theme"),
                                                  QStringLiteral("neon"),
                                                  o,
                                                  out}
                                   << 1 << QStringLiteral("neon");
        QTest::newRow("bad suffix")
            << QStringList{render, m_demo, view, matrix, o, path(QStringLiteral("m.gif"))} << 1
            << QStringLiteral("m.gif");
        QTest::newRow("bad size") << QStringList{render,
                                                 m_demo,
                                                 view,
                                                 matrix,
                                                 QStringLiteral("--size"),
                                                 QStringLiteral("big"),
                                                 o,
                                                 out}
                                  << 1 << QStringLiteral("big");
        QTest::newRow("unreadable file") << QStringList{render, garbage, view, matrix, o, out} << 2
                                         << QStringLiteral("garbage.partnerscope");
        QTest::newRow("missing file")
            << QStringList{render, path(QStringLiteral("none.partnerscope")), view, matrix, o, out}
            << 2 << QStringLiteral("none.partnerscope");
        QTest::newRow("unknown scenario") << QStringList{render,
                                                         m_demo,
                                                         view,
                                                         matrix,
                                                         QStringLiteral("--scenario"),
                                                         QStringLiteral("Nope"),
                                                         o,
                                                         out}
                                          << 2 << QStringLiteral("Nope");
        QTest::newRow("unwritable output")
            << QStringList{render, m_demo, view,
                           matrix, o,      path(QStringLiteral("no/such/dir/m.png"))}
            << 2 << QStringLiteral("m.png");
    }

    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString last = lines.value(lines.size() - 1);
        QVERIFY2(last.startsWith(QLatin1String("partnerscope: ")), qPrintable(r.err));
        QVERIFY2(last.contains(mentions), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("err.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
