// SPDX-License-Identifier: GPL-3.0-or-later
// report_pdf_1k: the segmentation report of 1,000 generated partners as a PDF, from the
// portfolio data to the renamed file: buildReport (scores, stability, coverage, segments,
// summary) and writePdf (every page, vector charts). Median of 3 runs; target under 2 s.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/report/reportcontent.h"
#include "ui/report/pdfreport.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace ps::bench {
namespace {

int reportPdfBenchmark(const Context &context) {
    const PortfolioData data = generatePortfolio(1000, 50, 1000);
    const QString path = QDir(context.workDir.isEmpty() ? QDir::tempPath() : context.workDir)
                             .filePath(QStringLiteral("report_pdf_1k.pdf"));
    bool ok = true;
    QString error;
    const double ms = medianMs(3, [&] {
        const ReportContent content = buildReport(data);
        ok = ok && report::writePdf(content, path, &error);
    });
    if (!ok) {
        std::fprintf(stderr, "report_pdf_1k: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "report_pdf_1k: %lld bytes\n", QFileInfo(path).size());
    QFile::remove(path);
    report(QStringLiteral("report_pdf_1k"), ms, QStringLiteral("ms"));
    return 0;
}

const Registration reportPdf(QStringLiteral("report_pdf_1k"),
                             QStringLiteral("build and write the PDF report of 1,000 partners"),
                             &reportPdfBenchmark);

} // namespace
} // namespace ps::bench
