// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace ps {
class Document;
class MatrixView;
class PartnerDetail;
class PartnerSelection;
class ScenarioBar;
class ScoringController;
class WeightsPanel;

/**
 * The "Matrix" page: the prioritization matrix in the centre, a strip with the scenario,
 * comparison, bubble size, filters and export above it, and the weights panel and the selected
 * partner's details beside it.
 */
class MatrixPage : public QWidget {
    Q_OBJECT
public:
    /// Asks where to export the chart; returns an empty path when cancelled.
    using ExportPrompt = std::function<QString(QWidget *parent)>;

    MatrixPage(Document *document, ScoringController *scoring, PartnerSelection *selection,
               QWidget *parent = nullptr);

    MatrixView *matrix() const { return m_matrix; }
    WeightsPanel *weights() const { return m_weights; }
    ScenarioBar *scenarioBar() const { return m_scenarioBar; }
    PartnerDetail *detail() const { return m_detail; }
    QComboBox *compareCombo() const { return m_compare; }
    QComboBox *bubbleSizeCombo() const { return m_bubbleSize; }
    QComboBox *modelFilter() const { return m_modelFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *icpFilter() const { return m_icpFilter; }
    /// Partners that change quadrant in the comparison, one row each.
    QTableWidget *movesTable() const { return m_moves; }
    void setExportPrompt(ExportPrompt prompt) { m_exportPrompt = std::move(prompt); }

    /// Exports the chart to `path` (PNG, SVG or PDF by suffix); reports failures in a message box.
    bool exportChart(const QString &path);

private:
    QWidget *createStrip();
    void rebuildScenarioChoices();
    void rebuildIcpChoices();
    void applyFilter();
    void updateComparison();
    void selectionChanged(const QList<Id> &ids);

    Document *m_document;
    ScoringController *m_scoring;
    PartnerSelection *m_selection;
    MatrixView *m_matrix;
    WeightsPanel *m_weights;
    ScenarioBar *m_scenarioBar;
    PartnerDetail *m_detail;
    QTabWidget *m_side = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_bubbleSize = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_icpFilter = nullptr;
    QToolButton *m_export = nullptr;
    QTableWidget *m_moves = nullptr;
    QLabel *m_movesTitle = nullptr;
    ExportPrompt m_exportPrompt;
    bool m_rebuilding = false;
};

} // namespace ps
