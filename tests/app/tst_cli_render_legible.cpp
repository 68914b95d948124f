// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's check of the influence map: rendered at 1920x1080 and 1280x720, in the default and
// the projector theme, OCR (tesseract) must read at least 9 in 10 of the partner and ICP names the
// render draws (the names found in the SVG of the same view and size, read in its PNG).
#include "core/demo/demoportfolio.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include "tests/support/ocrmatch.h"

using namespace ps;

namespace {

using test::ocrNormalized;
using test::ocrSimilarity;

} // namespace

class TestCliRenderLegible : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_tesseract;
    QString m_convert;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
        QVERIFY2(!m_tesseract.isEmpty(),
                 "This test reads the rendered map with OCR and needs tesseract on the PATH "
                 "(Debian: apt-get install tesseract-ocr).");
        m_convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
        QVERIFY2(!m_convert.isEmpty(),
                 "This test doubles the picture before OCR with ImageMagick's "
                 "convert (Debian: apt-get install imagemagick).");
        m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString error;
        QVERIFY2(clitest::saveDemo(m_demo, &error), qPrintable(error));
    }

    void ocrReadsTheNamesTheMapDraws_data() {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("size");
        for (const char *theme : {"projector", "default"})
            for (const char *size : {"1920x1080", "1280x720"})
                QTest::addRow("%s %s", theme, size)
                    << QString::fromLatin1(theme) << QString::fromLatin1(size);
    }
    void ocrReadsTheNamesTheMapDraws() {
        QFETCH(QString, theme);
        QFETCH(QString, size);
        const QString base = m_dir.filePath(theme + size);
        for (const char *suffix : {".svg", ".png"}) {
            const clitest::Run r = clitest::run(
                {QStringLiteral("render"), m_demo, QStringLiteral("--view"), QStringLiteral("map"),
                 QStringLiteral("--theme"), theme, QStringLiteral("--size"), size,
                 QStringLiteral("-o"), base + QLatin1String(suffix)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString svg = QString::fromUtf8(clitest::contents(base + QStringLiteral(".svg")));
        const PortfolioData demo = demoPortfolio();
        QStringList drawn;
        for (const Icp &icp : demo.icps)
            if (svg.contains(icp.name.toHtmlEscaped()))
                drawn << icp.name;
        const qsizetype icpsDrawn = drawn.size();
        for (const Partner &p : demo.partners)
            if (svg.contains(p.name.toHtmlEscaped()))
                drawn << p.name;
        // The map names something: at 1920x1080 every ICP on one line, and partners besides.
        QVERIFY2(drawn.size() >= 8, qPrintable(QString::number(drawn.size())));
        if (size == QLatin1String("1920x1080"))
            QCOMPARE(icpsDrawn, qsizetype(demo.icps.size()));

        // OCR at twice the size, as /work/shared/tools/legible does.
        const QString doubled = base + QStringLiteral("-x2.png");
        QProcess resize;
        resize.start(m_convert, {base + QStringLiteral(".png"), QStringLiteral("-resize"),
                                 QStringLiteral("200%"), doubled});
        QVERIFY(resize.waitForFinished(60000) && resize.exitCode() == 0);
        QProcess ocr;
        ocr.start(m_tesseract,
                  {doubled, QStringLiteral("-"), QStringLiteral("--psm"), QStringLiteral("11")});
        QVERIFY(ocr.waitForFinished(120000));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(ocr.readAllStandardOutput()).split('\n'))
            if (!ocrNormalized(line).isEmpty())
                lines << ocrNormalized(line);
        const QString blob = lines.join(QString());
        QStringList candidates = lines;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            candidates << lines[i] + lines[i + 1];
        QStringList unread;
        for (const QString &name : std::as_const(drawn)) {
            const QString key = ocrNormalized(name);
            const bool read =
                blob.contains(key) ||
                std::any_of(candidates.cbegin(), candidates.cend(),
                            [&](const QString &line) { return ocrSimilarity(key, line) >= 0.85; });
            if (!read)
                unread << name;
        }
        const qsizetype read = drawn.size() - unread.size();
        QVERIFY2(read * 10 >= drawn.size() * 9,
                 qPrintable(QStringLiteral("read %1 of %2; not read: %3")
                                .arg(read)
                                .arg(drawn.size())
                                .arg(unread.join(QLatin1String(", ")))));
    }
};

QTEST_GUILESS_MAIN(TestCliRenderLegible)
#include "tst_cli_render_legible.moc"
