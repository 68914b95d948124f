// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF segmentation report as a reader sees it: the demo's report has a cover, an executive
// summary, every ICP, every segment and every partner named, page numbers; a cancelled export
// leaves no file and an unwritable path says which file failed. The economics pages show the
// program metrics, ROI by model as a vector chart, every OEM deal and where its royalty breaks.
#include "core/demo/demoportfolio.h"
#include "ui/report/pdfreport.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

/// The demo's report, segmented by model, as buildReport makes it for every format.
ReportContent demoContent(const PortfolioData &data) {
    ReportOptions options;
    options.segmentBy = SegmentBy::Model;
    options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return buildReport(data, options);
}

QString pdfText(const QString &pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    // Reading order keeps a wrapped cell together; its line breaks become single spaces.
    // NFKC turns the ligatures the PDF fonts use (ﬂ, ﬁ) back into letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int pdfPages(const QString &pdf) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split('\n');
    for (const QString &line : lines)
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

    PortfolioData m_data = demoPortfolio();
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils, scripts/setup.sh) is needed to read the PDF");
    }

    void demoReportHasEverySectionAndName() {
        const ReportContent content = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("demo.pdf"));
        QString error;
        int calls = 0, lastDone = 0, lastTotal = 0;
        QVERIFY2(report::writePdf(content, path, &error,
                                  [&](int done, int total) {
                                      ++calls;
                                      lastDone = done;
                                      lastTotal = total;
                                      return true;
                                  }),
                 qPrintable(error));
        const int pages = pdfPages(path);
        // Cover, summary, matrix, one page or more per segment, an appendix of several pages.
        QVERIFY2(pages >= int(content.segments.size()) + 5 && pages <= 60,
                 qPrintable(QString::number(pages)));
        QCOMPARE(calls, pages);
        QCOMPARE(lastDone, pages);
        QCOMPARE(lastTotal, pages);

        const QString text = pdfText(path);
        QVERIFY(text.contains(m_data.info.name));
        QVERIFY(text.contains(m_data.info.organization));
        QVERIFY(text.contains(content.scenario.name));
        QVERIFY(text.contains(QLatin1String("Executive summary")));
        QVERIFY(text.contains(QLatin1String("ICP coverage")));
        QVERIFY(text.contains(QLatin1String("Hospitality groups")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (const Icp &icp : m_data.icps)
            QVERIFY2(text.contains(icp.name.simplified()), qPrintable(icp.name));
        for (const ReportSegment &s : content.segments)
            QVERIFY2(text.contains(QStringLiteral("Segment: %1").arg(s.segment.name)),
                     qPrintable(s.segment.name));
        const qsizetype appendix = text.indexOf(QLatin1String("Appendix: score explanations"));
        QVERIFY(appendix > 0);
        for (const Partner &p : m_data.partners)
            QVERIFY2(text.indexOf(p.name.simplified(), appendix) > appendix, qPrintable(p.name));
    }

    void economicsPages() {
        const ReportContent content = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("economics.pdf"));
        QString error;
        QVERIFY2(report::writePdf(content, path, &error), qPrintable(error));
        const QString text = pdfText(path);
        const qsizetype economics = text.indexOf(QLatin1String("Economics Partnerships measured"));
        const qsizetype appendix = text.indexOf(QLatin1String("Appendix: score explanations"));
        QVERIFY(economics > 0);
        QVERIFY(economics < appendix);
        const QString section = text.mid(economics, appendix - economics);
        for (const char *part :
             {"Win rate", "Active partner rate", "Partner retention",
              "Concentration of influenced revenue (HHI)", "ROI by partner model", "OEM deals",
              "Royalty margin per deal and year", "Needs attention"})
            QVERIFY2(section.contains(QLatin1String(part)), part);
        // Every OEM deal with its assessment; the pilot-priced one named with its loss.
        for (const OemAssessment &a : content.economics.oem)
            QVERIFY2(section.contains(a.dealName.simplified()), qPrintable(a.dealName));
        int breaking = 0;
        for (const OemAssessment &a : content.economics.oem) {
            if (!a.royalty.breaksAtScale)
                continue;
            ++breaking;
            const RoyaltyYear &scale = a.royalty.years[size_t(a.royalty.scaleYear - 1)];
            const QString sentence =
                QStringLiteral("%1 breaks at scale: in year %2 each unit keeps %3.")
                    .arg(a.dealName.simplified())
                    .arg(scale.year)
                    .arg(QLocale().toString(scale.marginPerUnit, 'f', 2));
            QVERIFY2(section.contains(sentence), qPrintable(sentence));
        }
        QVERIFY(breaking > 0);
        // Each model with ROI is a bar label.
        for (const ModelRoi &r : content.economics.metrics.roiByModel)
            if (r.roi)
                QVERIFY2(section.contains(label(r.model)), qPrintable(label(r.model)));
        // The long attention list is cut to a page, and says so.
        QVERIFY(content.economics.attention.size() > 10);
        QVERIFY(section.contains(QLatin1String("Items not shown here:")));

        // Charts are vectors: the economics pages embed no raster image.
        const int total = pdfPages(path);
        int first = 0;
        for (int page = 1; page <= total && first == 0; ++page) {
            QProcess one;
            one.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                       QString::number(page), path, QStringLiteral("-")});
            one.waitForFinished(60000);
            if (one.readAllStandardOutput().contains("Partnerships measured by commercial"))
                first = page;
        }
        QVERIFY(first > 0);
        QProcess images;
        images.start(QStringLiteral("pdfimages"),
                     {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(first),
                      QStringLiteral("-l"), QString::number(first + 1), path});
        QVERIFY(images.waitForFinished(60000));
        const QStringList rows = QString::fromUtf8(images.readAllStandardOutput())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2); // the header lines of an empty list
    }

    void impactPages() {
        // Partner impact follows the economics: the program's deals with and without partners,
        // counted here from the deal log, and the partner with the most deals by name.
        const ReportContent content = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("impact.pdf"));
        QString error;
        QVERIFY2(report::writePdf(content, path, &error), qPrintable(error));
        const QString text = pdfText(path);
        const qsizetype impact = text.indexOf(QLatin1String("Partner impact"));
        const qsizetype appendix = text.indexOf(QLatin1String("Appendix: score explanations"));
        QVERIFY(impact > 0);
        QVERIFY(impact < appendix);
        const QString section = text.mid(impact, appendix - impact);
        int deals[2] = {0, 0}, won[2] = {0, 0}, lost[2] = {0, 0};
        QHash<Id, int> perPartner;
        for (const Deal &d : m_data.deals) {
            const int side = d.partners.empty() ? 1 : 0;
            ++deals[side];
            won[side] += d.outcome == DealOutcome::Won ? 1 : 0;
            lost[side] += d.outcome == DealOutcome::Lost ? 1 : 0;
            for (const DealPartner &p : d.partners)
                ++perPartner[p.partnerId];
        }
        const QString names[2] = {QStringLiteral("Deals with partners"),
                                  QStringLiteral("Direct deals")};
        for (int side = 0; side < 2; ++side) {
            const QString row = QStringLiteral("%1 %2 %3 / %4 %5%")
                                    .arg(names[side], QLocale().toString(deals[side]))
                                    .arg(won[side])
                                    .arg(lost[side])
                                    .arg(qRound(100.0 * won[side] / (won[side] + lost[side])));
            QVERIFY2(section.contains(row), qPrintable(row + QStringLiteral(" in ") + section));
        }
        Id busiest = 0;
        for (const Partner &p : m_data.partners)
            if (busiest == 0 || perPartner.value(p.id) > perPartner.value(busiest))
                busiest = p.id;
        for (const Partner &p : m_data.partners)
            if (p.id == busiest)
                QVERIFY2(section.contains(p.name.simplified()), qPrintable(p.name));
        QVERIFY(section.contains(QLatin1String("not enough deals")));
        QVERIFY(section.contains(QLatin1String("rates need 10 closed deals")));
    }

    void cancelLeavesNoFile() {
        const ReportContent content = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QString error;
        int calls = 0;
        QVERIFY(!report::writePdf(content, path, &error, [&](int done, int) {
            ++calls;
            return done < 2;
        }));
        QCOMPARE(calls, 2);
        QVERIFY(!QFile::exists(path));
        QVERIFY(error.contains(QLatin1String("cancelled.pdf")));
        // Nothing else is left beside the target either.
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*cancelled*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    void existingFileIsReplaced() {
        const QString path = m_dir.filePath(QStringLiteral("replaced.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QString error;
        QVERIFY2(report::writePdf(demoContent(m_data), path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void printerGetsTheSamePages() {
        // The print preview paints through a QPrinter at its own resolution.
        const ReportContent content = demoContent(m_data);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&printer);
        const int pages = report::paintReport(content, &printer, &painter);
        painter.end();
        QCOMPARE(pdfPages(path), pages);
        QVERIFY(pdfText(path).contains(QLatin1String("Executive summary")));
    }

    void unwritablePathNamesTheFile() {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        QString error;
        QVERIFY(!report::writePdf(demoContent(m_data), path, &error));
        QVERIFY2(error.contains(QLatin1String("report.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
