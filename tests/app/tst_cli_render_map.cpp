// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope render --view map|heatmap`: the influence map and the ICP x model heatmap drawn
// headlessly to PNG, SVG and PDF, the projector theme, and a usage error for an unknown view.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include <QtEndian>

using namespace ps;

namespace {

using clitest::contents;
using clitest::Display;
using clitest::pngSize;
using clitest::Run;
using clitest::run;

} // namespace

class TestCliRenderMap : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run render(const QString &view, const QString &out, const QStringList &extra = {}) {
        return run(QStringList{QStringLiteral("render"), m_demo, QStringLiteral("--view"), view,
                               QStringLiteral("-o"), out} +
                   extra);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(clitest::saveDemo(m_demo, &error), qPrintable(error));
    }

    void pngAtTheRequestedSize_data() {
        QTest::addColumn<QString>("view");
        QTest::newRow("map") << QStringLiteral("map");
        QTest::newRow("heatmap") << QStringLiteral("heatmap");
    }
    void pngAtTheRequestedSize() {
        QFETCH(QString, view);
        const QString out = path(view + QStringLiteral(".png"));
        const Run r = render(view, out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray png = contents(out);
        QCOMPARE(pngSize(png), QSize(1200, 800));
        // A drawing compresses far less than a blank page (about 5 KB at this size).
        QVERIFY(png.size() > 40000);
        const QString small = path(view + QStringLiteral("-small.png"));
        QCOMPARE(
            render(view, small, {QStringLiteral("--size"), QStringLiteral("640x480")}).exitCode, 0);
        QCOMPARE(pngSize(contents(small)), QSize(640, 480));
        // Deterministic, so scripts can compare pictures; the projector theme differs.
        const QString again = path(view + QStringLiteral("-again.png"));
        QCOMPARE(render(view, again).exitCode, 0);
        QCOMPARE(contents(again), contents(out));
        const QString projector = path(view + QStringLiteral("-projector.png"));
        QCOMPARE(render(view, projector, {QStringLiteral("--theme"), QStringLiteral("projector")})
                     .exitCode,
                 0);
        QCOMPARE(pngSize(contents(projector)), QSize(1200, 800));
        QVERIFY(contents(projector) != contents(out));
    }

    void vectorFormats_data() { pngAtTheRequestedSize_data(); }
    void vectorFormats() {
        QFETCH(QString, view);
        const QString svg = path(view + QStringLiteral(".svg"));
        const QString pdf = path(view + QStringLiteral(".pdf"));
        QCOMPARE(render(view, svg).exitCode, 0);
        QCOMPARE(render(view, pdf).exitCode, 0);
        const QByteArray svgText = contents(svg);
        QVERIFY(svgText.contains("<svg"));
        // Both views name the demo's ICPs (the heatmap wraps long names over two lines).
        for (const QString &word : demoPortfolio().icps.front().name.split(QLatin1Char(' ')))
            QVERIFY2(svgText.contains(word.toHtmlEscaped().toUtf8()), qPrintable(word));
        QVERIFY(contents(pdf).startsWith("%PDF-"));
    }

    void unknownViewIsAUsageError() {
        const QString out = path(QStringLiteral("bad.png"));
        const Run r = render(QStringLiteral("heat-map"), out);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("heat-map")), qPrintable(r.err));
        // The message lists the views a user can choose from.
        QVERIFY2(r.err.contains(QLatin1String("heatmap")) && r.err.contains(QLatin1String("map")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliRenderMap)
#include "tst_cli_render_map.moc"
