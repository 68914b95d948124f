// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope render FILE --view economics`: the Economics page's program dashboard drawn
// headlessly; a PNG at the requested size, a projector variant that differs, SVG and PDF.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;
using clitest::contents;
using clitest::pngSize;
using clitest::Run;
using clitest::run;

class TestCliRenderEconomics : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run render(const QString &out, const QStringList &extra = {}) {
        return run(QStringList{QStringLiteral("render"), m_demo, QStringLiteral("--view"),
                               QStringLiteral("economics"), QStringLiteral("-o"), out} +
                   extra);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(clitest::saveDemo(m_demo, &error), qPrintable(error));
    }

    void pngAtTheRequestedSize() {
        const QString out = path(QStringLiteral("economics.png"));
        const Run r = render(out, {QStringLiteral("--size"), QStringLiteral("1100x700")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(contents(out)), QSize(1100, 700));
        // Not a blank picture: cards, charts and the OEM table do not compress to nothing
        // (a blank PNG of this size is a few kilobytes).
        QVERIFY(contents(out).size() > 30000);
    }

    void projectorThemeDiffers() {
        const QString plain = path(QStringLiteral("plain.png"));
        const QString projector = path(QStringLiteral("projector.png"));
        QCOMPARE(render(plain).exitCode, 0);
        const Run r = render(projector, {QStringLiteral("--theme"), QStringLiteral("projector")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(contents(projector)), QSize(1200, 800));
        QVERIFY(contents(plain) != contents(projector));
    }

    void writesSvgAndPdf() {
        const QString svg = path(QStringLiteral("economics.svg"));
        QCOMPARE(render(svg).exitCode, 0);
        const QByteArray text = contents(svg);
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Solano"));
        const QString pdf = path(QStringLiteral("economics.pdf"));
        QCOMPARE(render(pdf).exitCode, 0);
        QVERIFY(contents(pdf).startsWith("%PDF-"));
    }

    void listedAmongTheViews() {
        const Run r = render(path(QStringLiteral("x.png")),
                             {QStringLiteral("--view"), QStringLiteral("nonsense")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("economics")));
    }
};

QTEST_GUILESS_MAIN(TestCliRenderEconomics)
#include "tst_cli_render_economics.moc"
