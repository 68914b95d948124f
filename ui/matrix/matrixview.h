// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"
#include "core/scoring/scoring.h"
#include "ui/theme/matrixpalette.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QCustomPlot;
class QCPItemStraightLine;
class QCPTextElement;
class QCPGraph;
class QMouseEvent;
class QKeyEvent;

namespace ps {
class LazyRefresh;
class ScoringController;
namespace matrix {
class BubblePlottable;
}

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
 *
 * Mouse: click selects (Ctrl toggles), Shift+drag selects a rectangle, drag pans, the wheel
 * zooms, a double-click resets the zoom, and dragging a quadrant line moves its threshold.
 */
class MatrixView : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    explicit MatrixView(ScoringController *scoring, QWidget *parent = nullptr);
    ~MatrixView() override;

    void setBubbleSize(BubbleSize size);
    void setFilter(const MatrixFilter &filter);
    void setTheme(Theme theme);
    /// Draws arrows from each partner's position to its position under `other`;
    /// std::nullopt turns comparison off.
    void setComparison(const std::optional<Scenario> &other);

    QList<Id> selectedPartners() const;
    void setSelectedPartners(const QList<Id> &ids);
    /// Partners the filter lets through, in portfolio order.
    QList<Id> visiblePartners() const;
    /// Shows the whole 0-100 square again after zooming or panning.
    void resetZoom();

    /// Exports the chart as PNG, SVG or PDF by the file's suffix (vector for SVG and PDF).
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    /// Screen position (widget coordinates) of a partner's bubble centre; for tests.
    QPointF bubbleCenter(Id partnerId) const;

Q_SIGNALS:
    /// The user changed the selection in the chart.
    void selectionChanged(const QList<ps::Id> &ids);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QCustomPlot *m_plot = nullptr;

private:
    /// What the matrix needs of a partner besides its scores, in scores() order.
    struct PartnerInfo {
        Id id = 0;
        QString name;
        int colour = 0;
        QString modelKey;
        QString statusKey;
        std::array<double, 3> measures{}; ///< revenue, pipeline, investment
    };
    enum class DragLine { None, Potential, Readiness };

    // matrixview.cpp: building the chart and keeping it current.
    void buildPlot();
    void applyStyle();
    void markDataDirty();
    void onScoresChanged();
    void rebuildPartners();
    void updateRadii();
    void updateVisibility();
    void updateComparison();
    void updatePositions();
    void updateQuadrantLabels();
    void updatePartnerLabels();
    void updateLegend();
    void updateTitle();

    // matrixview_keys.cpp: keyboard selection and the palette-following normal theme.
    matrix::MatrixStyle themeStyle() const;
    bool handleKey(QKeyEvent *event);
    int keyboardNeighbour(int from, int key) const;
    void updateAccessibleDescription();

    // matrixview_mouse.cpp: threshold drags, selection, hover.
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onRubberBand(const QRect &rect, QMouseEvent *event);
    DragLine lineNear(const QPointF &pixel) const;
    QString explanation(int row) const;
    void applySelectionToBubbles();
    void emitSelectionIfChanged(const QSet<Id> &before);

    ScoringController *m_scoring;
    LazyRefresh *m_refresh = nullptr; ///< onScoresChanged() while visible, else when shown
    matrix::BubblePlottable *m_bubbles = nullptr;
    QCPItemStraightLine *m_potentialLine = nullptr;
    QCPItemStraightLine *m_readinessLine = nullptr;
    /// The compared scenario's thresholds, dotted, while comparing.
    QCPItemStraightLine *m_otherPotentialLine = nullptr;
    QCPItemStraightLine *m_otherReadinessLine = nullptr;
    std::vector<QCPGraph *> m_legendEntries;
    QCPTextElement *m_title = nullptr;

    matrix::MatrixStyle m_style;
    Theme m_theme = Theme::Default;
    BubbleSize m_bubbleSize = BubbleSize::Revenue;
    MatrixFilter m_filter;
    QSet<Id> m_filterIcpPartners;
    std::optional<Scenario> m_comparison;
    std::vector<PartnerScore> m_comparisonScores;
    std::vector<PartnerInfo> m_partners;
    bool m_dataDirty = true;
    QSet<Id> m_selected;

    DragLine m_drag = DragLine::None;
    Scenario m_dragScenario;
    QPoint m_pressPos;
    bool m_pressed = false;
    int m_keyboardRow = -1; ///< the bubble the arrow keys move from
    bool m_rubberBand = false;
};

} // namespace ps
