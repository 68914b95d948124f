// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"
#include "ui/map/influencemapview.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace ps {
class Document;
class HeatmapView;
class IcpFocusPanel;
class MapOverviewWidget;
class LazyRefresh;
class LinkSuggestionsPanel;
class PartnerSelection;
class ScoringController;

/**
 * The "Influence map" page (seed 002: start with the ICP, then map the partners that influence
 * that buyer): the influence map in the centre, the ICP x partner-model heatmap beside it with
 * the coverage of every ICP below, and a strip with the layout, filters, partner search, fit
 * and export above. Clicking a heatmap cell narrows the map to that model's partners linked to
 * that ICP and selects them everywhere (shared PartnerSelection) until the filter is cleared.
 * Below the heatmap, tabs: the coverage of every ICP, the focus on one ICP (its partners by
 * strength and role; for a gap, the partners that could close it, each with an "Add link"), and
 * the links the deal log suggests, to accept or reject. Clicking an ICP on the map, activating
 * a coverage row (Enter, double-click) or choosing it in the focus tab focuses that ICP.
 */
class MapPage : public QWidget {
    Q_OBJECT
public:
    /// Asks where to export; returns an empty path when cancelled. `what` is "map" or "heatmap".
    using ExportPrompt = std::function<QString(QWidget *parent, const QString &what)>;

    /// Coverage table columns.
    enum CoverageColumn { IcpColumn, InfluenceColumn, StrongColumn, GapColumn, CoverageColumns };

    MapPage(Document *document, ScoringController *scoring, PartnerSelection *selection,
            QWidget *parent = nullptr);

    InfluenceMapView *map() const { return m_map; }
    HeatmapView *heatmap() const { return m_heatmap; }
    MapOverviewWidget *overview() const { return m_overview; }
    /// Shows the overview instead of the whole map (checkable). Until the user chooses, the page
    /// shows the overview whenever the whole map, fitted to the room it has, cannot name its
    /// nodes readably (InfluenceMapView::namesReadableAt); the user's choice then holds for as
    /// long as the page lives.
    QToolButton *overviewButton() const { return m_overviewButton; }
    /// Above the overview: why it is shown and how to get to the whole map.
    QLabel *overviewHint() const { return m_overviewHint; }
    /// Whether the user chose between the overview and the whole map (button, a click on a
    /// partner in the overview, or a search, filter or layout that is the whole map's).
    bool overviewChosen() const { return m_overviewChosen; }
    QTableWidget *coverageTable() const { return m_coverage; }
    LinkSuggestionsPanel *suggestions() const { return m_suggestions; }
    IcpFocusPanel *focusPanel() const { return m_focus; }
    /// The tabs below the heatmap: coverage, ICP focus, suggested links.
    QTabWidget *sideTabs() const { return m_sideTabs; }
    QComboBox *layoutCombo() const { return m_layout; }
    QComboBox *modelFilter() const { return m_modelFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QSpinBox *strengthFilter() const { return m_minStrength; }
    QLineEdit *searchBox() const { return m_search; }
    QToolButton *clearFilterButton() const { return m_clearCell; }
    /// The filter last given to the map.
    const MapFilter &filter() const { return m_filter; }
    void setExportPrompt(ExportPrompt prompt) { m_exportPrompt = std::move(prompt); }

    /// Narrows the map to the partners of model `modelKey` ("" = no model) linked to the ICP
    /// and selects them; what a heatmap click does. Returns false (and changes nothing) when
    /// no such partner exists.
    bool filterToCell(Id icpId, const QString &modelKey);
    /// Focuses the ICP: shows the focus tab for it and highlights it on the map.
    bool focusIcp(Id icpId);
    /// Shows all partners again (within the strip's filters).
    void clearCellFilter();
    /// Centres the partner named `name` (case-insensitive); false if there is none on the map.
    bool searchPartner(const QString &name);

    bool exportMap(const QString &path);
    bool exportHeatmap(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createStrip();
    /// Shows the overview or the whole map; `chosen` records it as the user's choice.
    void showOverview(bool on, bool chosen);
    /// The overview where the whole map would not be readable in the room it has, unless the
    /// user chose.
    void chooseView();
    void updateOverviewHint();
    void applyFilter();
    void rebuildCoverage();
    void rebuildNames();
    void scheduleRebuild();
    void pruneCellFilter();
    void selectionChanged(const QList<Id> &ids);
    void showMessage(const QString &text);

    Document *m_document;
    PartnerSelection *m_selection;
    InfluenceMapView *m_map;
    HeatmapView *m_heatmap;
    MapOverviewWidget *m_overview = nullptr;
    QStackedWidget *m_mapStack = nullptr;
    QWidget *m_mapColumn = nullptr; ///< the hint above the map or its overview
    QToolButton *m_overviewButton = nullptr;
    QLabel *m_overviewHint = nullptr;
    bool m_overviewChosen = false;
    bool m_mapReadable = false; ///< at the last chooseView()
    QTableWidget *m_coverage = nullptr;
    LinkSuggestionsPanel *m_suggestions = nullptr;
    IcpFocusPanel *m_focus = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QSpinBox *m_minStrength = nullptr;
    QLineEdit *m_search = nullptr;
    QStringListModel *m_names = nullptr;
    QToolButton *m_clearCell = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLabel *m_message = nullptr;
    MapFilter m_filter;
    QSet<Id> m_cellPartners;
    ExportPrompt m_exportPrompt;
    LazyRefresh *m_rebuild;
};

} // namespace ps
