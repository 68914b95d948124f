// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/coverage.h"

#include "ui/theme/matrixpalette.h"

#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemRect;
class QCPItemText;
class QMouseEvent;

namespace ps {

class LazyRefresh;
class Document;

/**
 * The ICP x partner-model heatmap: one row per ICP (portfolio order, top to bottom), one column
 * per partner model plus "Needs classification" when some partner has no model, each cell the
 * summed link strength of ps::computeInfluenceMatrix, coloured on a colour-blind-safe
 * sequential (viridis) scale with the value printed in the cell and a colour scale beside it.
 * Cells without any influence are drawn in a neutral grey so gaps stand out. Clicking a cell
 * emits cellClicked(); hovering shows the cell's ICP, model and value.
 */
class HeatmapView : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    explicit HeatmapView(Document *document, QWidget *parent = nullptr);
    ~HeatmapView() override;

    void setTheme(Theme theme);
    /// Outlines one cell (the one a page filters on); an ICP or model not shown outlines nothing.
    void setHighlightedCell(Id icpId, const QString &modelKey);
    void clearHighlight();
    /// Row and column of the outlined cell, or (-1, -1).
    QPoint highlightedCell() const;

    /// Rebuilds from the portfolio now; edits otherwise refresh it on the next event loop pass
    /// while it is visible, or when it is next shown.
    void refresh();

    /// The matrix shown (as computed by ps::computeInfluenceMatrix at the last refresh). This
    /// and the other queries first run a refresh that waits for the heatmap to be shown.
    const InfluenceMatrix &matrix() const;
    int rowCount() const { return int(matrix().icpIds.size()); }
    int columnCount() const;
    /// Model key of a column ("" = partners without a model).
    QString columnKey(int column) const;
    /// The value drawn in a cell (row = ICP row, column as shown).
    double cellValue(int row, int column) const;
    /// The text printed in a cell.
    QString cellText(int row, int column) const;
    /// Widget position of a cell's centre; for tests and keyboard-free scripting.
    QPointF cellCenter(int row, int column) const;

    /// Exports the heatmap as PNG, SVG or PDF by the file's suffix (vector for SVG and PDF).
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QCPColorMap *colorMap() const { return m_map; }

Q_SIGNALS:
    /// A cell was clicked: the ICP of its row and the model key of its column ("" = no model).
    void cellClicked(ps::Id icpId, const QString &modelKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The ICP names as the rows' tick labels, long ones on two lines where `wrap`.
    void setRowLabels(bool wrap);
    void scheduleRefresh();
    void applyStyle();
    /// Projector, the white export style, or the desktop palette's colours on screen.
    matrix::MatrixStyle currentStyle() const;
    void updateHighlight();
    /// Row and column under a widget position; false outside the cells.
    bool cellAt(const QPointF &pos, int *row, int *column) const;
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);

    Document *m_document;
    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QList<QCPItemText *> m_texts; ///< row-major, one per cell
    QStringList m_rowNames;       ///< the ICP names, by row
    bool m_rowsWrapped = true;    ///< long ICP names on two lines (rows tall enough)
    QCPItemRect *m_highlight = nullptr;
    Id m_highlightIcp = 0; ///< 0: no cell outlined
    QString m_highlightKey;
    InfluenceMatrix m_matrix;
    std::vector<int> m_columns; ///< matrix column (profile index) of each shown column
    Theme m_theme = Theme::Default;
    bool m_exporting = false;
    LazyRefresh *m_refresh = nullptr; ///< refresh() when visible, else when next shown
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace ps
