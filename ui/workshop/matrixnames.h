// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace ps {
class MatrixView;
class ScoringController;

/**
 * The partner names on the workshop's matrix, for the back of a room: a layer over the chart
 * that names the leading partners (potential plus readiness, highest first, looking no further
 * down the ranking than twice the maximum) in the projector's large bold type. A name goes beside
 * its bubble where there is room, else further out with a thin leader line to the bubble (which may
 * cross other bubbles), so a crowded Invest corner still gets its names; no name covers another, a
 * bubble's body or a quadrant title, or leaves the chart. Placed by matrix::LabelPlacer, as the
 * matrix page's names are.
 * The matrix's own labels are switched off while the layer is there.
 */
class MatrixNames : public QWidget {
    Q_OBJECT
public:
    /// One name as laid out (plot coordinates).
    struct Placed {
        Id partnerId = 0;
        QString text;
        QRectF rect;
        QLineF leader; ///< null when the name sits beside its bubble
    };

    MatrixNames(MatrixView *matrix, ScoringController *scoring);

    /// Names at most `count` partners (default 16).
    void setMaximum(int count);
    /// Lays the names out for the chart as it is now and returns them.
    const std::vector<Placed> &layOut();
    const std::vector<Placed> &placed() const { return m_placed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    MatrixView *m_matrix;
    ScoringController *m_scoring;
    QFont m_font;
    int m_maximum = 16;
    std::vector<Placed> m_placed;
};

} // namespace ps
