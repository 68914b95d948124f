// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdfreport.h"

#include "ui/report/reportlayout.h"
#include "ui/report/reportpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

namespace ps::report {
namespace {

/// This file's translations, in the context lupdate files them under.
class PdfTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::Pdf)
};

/// Runs every section in order; returns the page count, or -1 if cancelled.
int flowReport(const ReportContent &content, QPagedPaintDevice *device, QPainter *painter,
               int totalPages, const std::function<bool(int)> &onPage,
               std::vector<TextRecord> *log = nullptr) {
    const QString header =
        QCoreApplication::translate("ps::report::Pdf", "%1 · %2 · %3")
            .arg(content.info.name, content.scenario.name, segmentByTitle(content.segmentBy));
    PageFlow flow(device, painter, header, totalPages, onPage);
    flow.setTextLog(log);
    coverPage(flow, content);
    summarySection(flow, content);
    coverageSection(flow, content);
    matrixSection(flow, content);
    segmentSections(flow, content);
    economicsSection(flow, content);
    impactSection(flow, content);
    planSection(flow, content);
    appendixSection(flow, content);
    flow.finish();
    return flow.cancelled() ? -1 : flow.page();
}

} // namespace

int paintReport(const ReportContent &content, QPagedPaintDevice *device, QPainter *painter,
                const Progress &progress, std::vector<TextRecord> *log) {
    // A measuring pass first: the footers say "Page n of m" and progress knows its total.
    const int total = flowReport(content, device, nullptr, 0, {});
    return flowReport(
        content, device, painter, total,
        [&](int done) { return !progress || progress(done, total); }, log);
}

bool writePdf(const ReportContent &content, const QString &path, QString *error,
              const Progress &progress) {
    const QFileInfo target(path);
    auto fail = [&](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open())
        return fail(
            PdfTr::tr("Could not write %1: %2.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()), temp.errorString()));
    bool ok = true;
    {
        QPdfWriter writer(&temp);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(content.info.name);
        writer.setCreator(QStringLiteral("Partnerscope"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(PdfTr::tr("Could not start the PDF %1.")
                            .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
        ok = paintReport(content, &writer, &painter, progress) >= 0;
        painter.end();
    }
    if (!ok)
        return fail(PdfTr::tr("Export of %1 was cancelled.")
                        .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (!temp.flush())
        return fail(
            PdfTr::tr("Could not write %1: %2.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()), temp.errorString()));
    temp.close();
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(PdfTr::tr("Could not replace %1.")
                        .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (!temp.rename(path))
        return fail(
            PdfTr::tr("Could not write %1: %2.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()), temp.errorString()));
    temp.setAutoRemove(false);
    return true;
}

} // namespace ps::report
