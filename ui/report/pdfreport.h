// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace ps::report {
struct TextRecord;
}

/// The segmentation report as pages: cover, executive summary, ICP coverage, the matrix, one
/// section per segment with its charts and table, and an appendix with every partner's score
/// explanation. Charts are QCustomPlot painted through QCPPainter (vector in a PDF).
namespace ps::report {

/// Called after each page with (pages done, pages expected); return false to cancel.
using Progress = std::function<bool(int done, int total)>;

/// Paints the report onto a paged device (a QPdfWriter for export, a QPrinter for the print
/// preview) with `painter` already begun on it. Returns the number of pages, or -1 if cancelled.
/// `log`, when given, receives every text drawn outside the charts (reportlayout.h, for tests).
int paintReport(const ReportContent &content, QPagedPaintDevice *device, QPainter *painter,
                const Progress &progress = {}, std::vector<TextRecord> *log = nullptr);

/// Writes the PDF atomically (temporary file, then rename); false with one sentence naming the
/// file in *error on failure or cancel.
bool writePdf(const ReportContent &content, const QString &path, QString *error = nullptr,
              const Progress &progress = {});

} // namespace ps::report
