// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope render --view segments [--segments BY]`: the Segmentation page's charts drawn
// headlessly; a PNG at the requested size, SVG and PDF, and a usage error for an unknown BY.
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

class TestCliRenderSegments : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run render(const QString &out, const QStringList &extra = {}) {
        return run(QStringList{QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                               QStringLiteral("segments"), QStringLiteral("-o"), out} +
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
        QTest::addColumn<QString>("by");
        for (const char *by :
             {"model", "tier", "status", "region", "quadrant", "icp", "rule", "cluster"})
            QTest::newRow(by) << QString::fromLatin1(by);
    }
    void pngAtTheRequestedSize() {
        QFETCH(QString, by);
        const QString out = path(by + QStringLiteral(".png"));
        const Run r = render(out, {QStringLiteral("--segments"), by, QStringLiteral("--size"),
                                   QStringLiteral("900x600")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray png = contents(out);
        QCOMPARE(pngSize(png), QSize(900, 600));
        // Each segmentation draws its own picture: the bars differ from the one by model.
        if (by != QLatin1String("model")) {
            const QString model = path(QStringLiteral("model.png"));
            QCOMPARE(render(model, {QStringLiteral("--size"), QStringLiteral("900x600")}).exitCode,
                     0);
            QVERIFY(contents(model) != png);
        }
    }

    void defaultsToModelAndWritesVectors() {
        const QString svg = path(QStringLiteral("segments.svg"));
        QCOMPARE(render(svg).exitCode, 0);
        const QByteArray text = contents(svg);
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Reseller"));
        const QString pdf = path(QStringLiteral("segments.pdf"));
        QCOMPARE(render(pdf).exitCode, 0);
        QVERIFY(contents(pdf).startsWith("%PDF-"));
    }

    void unknownSegmentationIsAUsageError() {
        const QString out = path(QStringLiteral("bad.png"));
        const Run r = render(out, {QStringLiteral("--segments"), QStringLiteral("colour")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("colour")));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliRenderSegments)
#include "tst_cli_render_segments.moc"
