// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QCustomPlot;

namespace ps {
class ScoringController;

/// What the bubble size shows.
enum class BubbleSize { Revenue, Pipeline, Investment, Uniform };

/// Which partners the matrix shows; empty sets mean "all".
struct MatrixFilter {
    QSet<QString> modelKeys;  ///< partner model keys ("" = needs classification)
    QSet<QString> statusKeys; ///< status keys
    Id icpId = 0;             ///< only partners linked to this ICP; 0 = any
};

/**
 * The prioritization matrix: a QCustomPlot bubble chart of every partner (x readiness,
 * y potential, size by a measure, colour by partner model from a colour-blind-safe palette),
 * quadrant lines that can be dragged (one undo step per drag), quadrant labels, labels for the
 * top partners, hover explanations, click and rubber-band selection, zoom and pan, borderline
 * partners (stability below BorderlineStability) drawn hollow, and arrows to another
 * scenario's positions when comparing.
 */
class MatrixView : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    explicit MatrixView(ScoringController *scoring, QWidget *parent = nullptr);

    void setBubbleSize(BubbleSize size);
    void setFilter(const MatrixFilter &filter);
    void setTheme(Theme theme);
    /// Draws arrows from each partner's position to its position under `other`;
    /// std::nullopt turns comparison off.
    void setComparison(const std::optional<Scenario> &other);

    QList<Id> selectedPartners() const;
    void setSelectedPartners(const QList<Id> &ids);

    /// Exports the chart as PNG, SVG or PDF by the file's suffix (vector for SVG and PDF).
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    /// Screen position (widget coordinates) of a partner's bubble centre; for tests.
    QPointF bubbleCenter(Id partnerId) const;

Q_SIGNALS:
    /// The user changed the selection in the chart.
    void selectionChanged(const QList<ps::Id> &ids);

protected:
    QCustomPlot *m_plot = nullptr;
};

} // namespace ps
