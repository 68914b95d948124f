// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"
#include "core/report/reportmatrix.h"

#include <QLineF>
#include <QPicture>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

/// The report's charts, built as QCustomPlot in code and recorded through QCPPainter into a
/// QPicture, so they stay vector when played back onto the PDF.
namespace ps::report {

/// The logical size every chart is recorded at (points); PageFlow scales it to its box.
QSizeF chartSize(double aspect);

/// Where matrixChart put its marks, in the chart's coordinates (points at its `size`).
struct MatrixChartLayout {
    struct Bubble {
        QPointF centre;
        double radius = 0.0;
    };
    struct Name {
        size_t partner = 0; ///< index into content.partners (and bubbles)
        QString text;
        QRectF rect;   ///< the name with its halo
        QLineF leader; ///< null when the name sits beside its bubble
    };
    QRectF area;                 ///< the plot area the names are placed in
    std::vector<Bubble> bubbles; ///< one per partner, as content.partners
    std::vector<QRectF> titles;  ///< the four quadrant titles
    std::vector<Name> names;     ///< in the order of matrixNamedOrder()
};

/// The prioritization matrix (matrixchart.cpp): readiness across, potential up, one bubble per
/// partner coloured by model with its area by revenue (sourced + influenced), the scenario's
/// thresholds dashed, quadrant names in the corners, the model legend below. The partners of
/// matrixNamedOrder() are named, in that order, where ps::matrix::LabelPlacer finds room: no
/// name touches another name, a bubble or a quadrant name; one placed further out gets a
/// leader line (others stay unnamed). `layout`, when given, receives where everything went.
QPicture matrixChart(const ReportContent &content, const QSizeF &size,
                     MatrixChartLayout *layout = nullptr);

/// The aspect (width / height) of segmentComparisonChart for `segments` segments: one band of
/// bars per segment.
double segmentComparisonAspect(int segments);

/// Revenue, pipeline and investment of every segment side by side.
QPicture segmentComparisonChart(const ReportContent &content, const QSizeF &size);

/// One segment: its quadrant mix as bars.
QPicture quadrantMixChart(const ReportSegment &segment, const QSizeF &size);

/// ROI by partner model ((influenced revenue - investment) / investment) as horizontal bars in
/// percent around zero; negative ROI in the warning colour. Models without investment are left
/// out (their ROI is undefined).
QPicture roiByModelChart(const ReportContent &content, const QSizeF &size);

/// Revenue, cost and margin per year of one OEM deal's royalty in thousands of `currency`, with
/// zero marked.
QPicture royaltyChart(const OemAssessment &deal, const QString &currency, const QSizeF &size);

} // namespace ps::report
