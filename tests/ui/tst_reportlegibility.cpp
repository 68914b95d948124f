// SPDX-License-Identifier: GPL-3.0-or-later
// The report is legible (issue 14 point 5): no two texts overlap, no text is clipped or elided.
// Two measurements:
// - every chart is played back onto a recording paint engine that collects each text item's box
//   in device space and the clip in force: boxes must not intersect, must lie inside the chart
//   and inside their clip, and no text may end in an ellipsis;
// - the demo's PDF is read back with `pdftotext -bbox-layout`: on every page no two words
//   overlap and every word lies on the page; the matrix page names at least 10 partners, and the
//   "Segments at a glance" page shows every segment's name in full in its chart and its table.
#include "core/demo/demoportfolio.h"
#include "tests/support/paintrecorder.h"
#include "ui/report/pdfreport.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportlayout.h"

#include <QApplication>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ps;

namespace {

ReportContent demoContent(const PortfolioData &data) {
    ReportOptions options;
    options.segmentBy = SegmentBy::Model;
    options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return buildReport(data, options);
}

using TextBox = test::RecordedText;

/// The text boxes of `picture` played back at its logical size, as PageFlow plays it.
std::vector<TextBox> textsOf(const QPicture &picture, const QSizeF &size) {
    return test::playBack(picture, size).texts;
}

/// Problems of one chart: overlapping, clipped, outside or elided texts.
QStringList problemsOf(const QString &chart, const QPicture &picture, const QSizeF &size) {
    QStringList problems;
    const std::vector<TextBox> texts = textsOf(picture, size);
    if (texts.empty())
        problems << chart + QStringLiteral(": no text recorded");
    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (size_t i = 0; i < texts.size(); ++i) {
        const TextBox &a = texts[i];
        if (a.text.trimmed().isEmpty())
            continue;
        if (a.text.contains(QChar(0x2026)))
            problems << QStringLiteral("%1: \"%2\" is elided").arg(chart, a.text);
        if (!bounds.contains(a.box))
            problems << QStringLiteral("%1: \"%2\" lies outside the chart").arg(chart, a.text);
        if (!a.clip.isNull() && !a.clip.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.box))
            problems << QStringLiteral("%1: \"%2\" is clipped (%3,%4 %5x%6 in %7,%8 %9x%10)")
                            .arg(chart, a.text)
                            .arg(a.box.x())
                            .arg(a.box.y())
                            .arg(a.box.width())
                            .arg(a.box.height())
                            .arg(a.clip.x())
                            .arg(a.clip.y())
                            .arg(a.clip.width())
                            .arg(a.clip.height());
        // Boxes shrunk by half a point: touching is fine, overlapping is not.
        const QRectF inner = a.box.adjusted(0.5, 0.5, -0.5, -0.5);
        for (size_t j = i + 1; j < texts.size(); ++j) {
            const TextBox &b = texts[j];
            if (!b.text.trimmed().isEmpty() &&
                inner.intersects(b.box.adjusted(0.5, 0.5, -0.5, -0.5)))
                problems << QStringLiteral("%1: \"%2\" overlaps \"%3\"").arg(chart, a.text, b.text);
        }
    }
    return problems;
}

struct Word {
    QString text;
    QRectF box;
};
struct Page {
    QSizeF size;
    std::vector<Word> words;
    QString text; ///< the words in reading order, one space between
};

/// The pages of `pdf` with each word's box, from `pdftotext -bbox-layout`.
std::vector<Page> pdfWords(const QString &pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(120000))
        return {};
    std::vector<Page> pages;
    QXmlStreamReader xml(process.readAllStandardOutput());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            pages.push_back({QSizeF(a.value(QLatin1String("width")).toDouble(),
                                    a.value(QLatin1String("height")).toDouble()),
                             {},
                             {}});
        } else if (xml.name() == QLatin1String("word") && !pages.empty()) {
            const QRectF box(QPointF(a.value(QLatin1String("xMin")).toDouble(),
                                     a.value(QLatin1String("yMin")).toDouble()),
                             QPointF(a.value(QLatin1String("xMax")).toDouble(),
                                     a.value(QLatin1String("yMax")).toDouble()));
            const QString text = xml.readElementText().normalized(QString::NormalizationForm_KC);
            pages.back().words.push_back({text, box});
            pages.back().text += text + QLatin1Char(' ');
        }
    }
    return pages;
}

} // namespace

class TestReportLegibility : public QObject {
    Q_OBJECT

    PortfolioData m_data = demoPortfolio();
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void chartsHaveNoOverlapClipOrElision() {
        const ReportContent c = demoContent(m_data);
        QStringList problems;
        const QSizeF matrix = report::chartSize(0.95);
        problems << problemsOf(QStringLiteral("matrix"), report::matrixChart(c, matrix), matrix);
        const QSizeF segments =
            report::chartSize(report::segmentComparisonAspect(int(c.segments.size())));
        problems << problemsOf(QStringLiteral("segments at a glance"),
                               report::segmentComparisonChart(c, segments), segments);
        const QSizeF mix = report::chartSize(2.6);
        for (const ReportSegment &s : c.segments)
            problems << problemsOf(QStringLiteral("quadrant mix of ") + s.segment.name,
                                   report::quadrantMixChart(s, mix), mix);
        const QSizeF roi = report::chartSize(2.2);
        problems << problemsOf(QStringLiteral("ROI by model"), report::roiByModelChart(c, roi),
                               roi);
        const QSizeF royalty = report::chartSize(3.0);
        for (const OemAssessment &a : c.economics.oem)
            problems << problemsOf(QStringLiteral("royalty of ") + a.dealName,
                                   report::royaltyChart(a, c.info.currency, royalty), royalty);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void matrixNamesThePartnersThatMatter() {
        const ReportContent c = demoContent(m_data);
        const QSizeF size = report::chartSize(0.95);
        QStringList named;
        for (const TextBox &t : textsOf(report::matrixChart(c, size), size))
            for (const Partner *p : c.partners)
                if (t.text == p->name)
                    named << t.text;
        QVERIFY2(named.size() >= 10, qPrintable(named.join(QLatin1String(", "))));
        // The largest partner by revenue is always among them.
        const std::vector<size_t> order = report::matrixNamedOrder(c);
        QVERIFY(!order.empty());
        double largest = 0.0;
        for (const Partner *p : c.partners)
            largest =
                std::max(largest, p->economics.sourcedRevenue + p->economics.influencedRevenue);
        const Partner &first = *c.partners[order.front()];
        QCOMPARE(first.economics.sourcedRevenue + first.economics.influencedRevenue, largest);
        QVERIFY(named.contains(first.name));
    }

    void pageTextsAreNotClippedAndDoNotOverlap() {
        // Every heading, paragraph, table cell, header and footer as PageFlow lays it out: the
        // box a text needs lies inside the box it was given, and no two overlap on a page.
        const ReportContent c = demoContent(m_data);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter(&writer);
        std::vector<report::TextRecord> log;
        QVERIFY(report::paintReport(c, &writer, &painter, {}, &log) > 10);
        painter.end();
        QVERIFY(log.size() > 500);
        QStringList problems;
        for (size_t i = 0; i < log.size(); ++i) {
            const report::TextRecord &a = log[i];
            if (!a.box.adjusted(-1, -1, 1, 1).contains(a.needed))
                problems << QStringLiteral("page %1: \"%2\" is clipped").arg(a.page).arg(a.text);
            // Texts of one page; a pixel at 300 dpi of touching is allowed.
            for (size_t j = i + 1; j < log.size() && log[j].page == a.page; ++j)
                if (a.needed.adjusted(1, 1, -1, -1)
                        .intersects(log[j].needed.adjusted(1, 1, -1, -1)))
                    problems << QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                                    .arg(a.page)
                                    .arg(a.text, log[j].text);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void pdfPagesHaveNoOverlapOrClipping() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/setup.sh) is needed to read the PDF");
        const ReportContent c = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("demo.pdf"));
        QString error;
        QVERIFY2(report::writePdf(c, path, &error), qPrintable(error));
        const std::vector<Page> pages = pdfWords(path);
        QVERIFY(pages.size() > 10);

        QStringList problems;
        int matrixPage = -1, segmentsPage = -1;
        for (size_t n = 0; n < pages.size(); ++n) {
            const Page &page = pages[n];
            if (page.text.contains(QLatin1String("Prioritization matrix")))
                matrixPage = int(n);
            if (page.text.contains(QLatin1String("Segments at a glance")))
                segmentsPage = int(n);
            const QRectF sheet = QRectF(QPointF(0, 0), page.size).adjusted(14, 14, -14, -14);
            for (size_t i = 0; i < page.words.size(); ++i) {
                const Word &a = page.words[i];
                if (a.text.contains(QChar(0x2026)))
                    problems << QStringLiteral("page %1: \"%2\" is elided").arg(n + 1).arg(a.text);
                if (!sheet.contains(a.box))
                    problems << QStringLiteral("page %1: \"%2\" runs off the page")
                                    .arg(n + 1)
                                    .arg(a.text);
                // The middle of each word (a fifth off top and bottom, where line boxes of
                // tight paragraphs meet) must not touch another word.
                const auto core = [](const QRectF &r) {
                    return r.adjusted(0.3, r.height() * 0.2, -0.3, -r.height() * 0.2);
                };
                for (size_t j = i + 1; j < page.words.size(); ++j)
                    if (core(a.box).intersects(core(page.words[j].box)))
                        problems << QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                                        .arg(n + 1)
                                        .arg(a.text, page.words[j].text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));

        QVERIFY(matrixPage >= 0);
        int named = 0;
        for (const Partner *p : c.partners)
            named += pages[size_t(matrixPage)].text.contains(p->name + QLatin1Char(' ')) ? 1 : 0;
        QVERIFY2(named >= 10, qPrintable(QString::number(named)));

        // Each segment's name in full twice: under its bars and in the table.
        QVERIFY(segmentsPage >= 0);
        const QString &text = pages[size_t(segmentsPage)].text;
        for (const ReportSegment &s : c.segments)
            QVERIFY2(text.count(s.segment.name) >= 2, qPrintable(s.segment.name));
    }
};

QTEST_MAIN(TestReportLegibility)
#include "tst_reportlegibility.moc"
