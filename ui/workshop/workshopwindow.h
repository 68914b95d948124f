// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QHostAddress>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCPLayoutGrid;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace ps {
class CoverageChart;
class DecisionOverlay;
class Document;
class HeatmapView;
class InfluenceMapView;
class MapOverviewWidget;
class MatrixNames;
class MatrixView;
class PlanStep;
class ScoringController;
class SegmentCharts;
class SpotlightOverlay;
class VoteStrip;
class VotingPanel;
class WeightsPanel;
class WorkshopDecisions;
class WorkshopVoting;

/**
 * Workshop mode: the open portfolio full screen in the projector theme, without editing chrome,
 * stepping through seed 002's story: ICP coverage, the influence map, the prioritization matrix,
 * segments, and the decisions taken. The keyboard drives it (see docs/workshop.md):
 *
 * - Page Down / Right, Page Up / Left: next, previous step; Esc leaves (after closing an
 *   overlay, the search or a pending decision key).
 * - A, B or Tab: show scenario A (the active one at the start) or B (the next one); the matrix
 *   then draws arrows to each partner's place under the other scenario.
 * - N, P: spotlight the next or previous partner (by quadrant, then potential); / or Ctrl+F
 *   searches by name; a click on a bubble spotlights it; C clears the spotlight.
 * - D then I, V, M or X: invest, develop, maintain or exit for the spotlighted partner, one
 *   undo step; an overlay takes the optional owner, next step and note (Enter saves them into
 *   the same step). Ctrl+Z / Ctrl+Shift+Z undo and redo.
 * - H on the map step: the ICP x partner-model heatmap instead of the map overview, or back.
 * - W: open or close the weight sliders and the colour legend beside the matrix (closed at
 *   the start, so the chart has the screen). S: move to the next screen.
 * - E on the decisions step: export the summary (CSV or HTML).
 * - + and − on the plan step: the budget up or down by a tenth.
 * - O: open voting (asks which network to serve on) or show its screen; V: show or hide the
 *   voting screen; R: reveal the placement votes; G: apply the room's weights; Shift+O: close
 *   voting. See docs/workshop.md, "Everyone votes from their phone".
 */
class WorkshopWindow : public QWidget {
    Q_OBJECT
public:
    enum Step { Coverage, Map, Matrix, Segments, Plan, Decisions, StepCount };

    WorkshopWindow(Document *document, ScoringController *scoring, QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    /// Opens a workshop for the main window `host` (full screen on its screen, or on the screen
    /// chosen last time when it is connected), or brings the open one forward.
    static WorkshopWindow *start(Document *document, ScoringController *scoring, QWidget *host);

    int step() const { return m_step; }
    void setStep(int step);
    static QString stepTitle(int step);
    /// "3 / 6  Matrix".
    QString stepIndicatorText() const;
    QLabel *stepIndicator() const { return m_indicator; }
    QLabel *scenarioLabel() const { return m_scenarioLabel; }
    QLabel *messageLabel() const { return m_message; }
    /// The spotlighted partner's name in large type above the step (hidden without a spotlight).
    QLabel *spotlightBanner() const { return m_spotlightLabel; }
    /// The key hints in the footer.
    QLabel *hintsLabel() const { return m_hints; }
    /// The weight sliders' panel beside the matrix; W opens and closes it.
    QWidget *weightsBox() const { return m_weightsBox; }
    /// Opens or closes the weight sliders and the matrix's colour legend (what W does).
    void showWeights(bool shown);

    Id spotlight() const { return m_spotlight; }
    void setSpotlight(Id partnerId);
    /// Spotlights the next (+1) or previous (-1) partner in workshop order.
    void stepSpotlight(int direction);
    /// Partners in the order N walks them: by quadrant (invest first), then potential.
    QList<Id> spotlightOrder() const;

    /// Shows scenario A (0) or B (1); false when the portfolio has no such scenario.
    bool showScenario(int which);
    /// 0 while A is shown, 1 while B is.
    int shownScenario() const;

    WorkshopDecisions *decisions() const { return m_decisions; }
    DecisionOverlay *decisionOverlay() const { return m_overlay; }
    QTableWidget *summaryTable() const { return m_summary; }
    /// Shown in place of the Decisions table while it is empty: how to record a decision.
    QLabel *summaryHint() const { return m_summaryHint; }
    QLineEdit *searchBox() const { return m_search; }
    MatrixView *matrixView() const { return m_matrix; }
    WeightsPanel *weightsPanel() const { return m_weights; }
    /// The partner names drawn over the matrix (matrixnames.h).
    MatrixNames *matrixNames() const { return m_matrixNames; }
    SpotlightOverlay *matrixSpotlight() const { return m_matrixSpot; }
    SegmentCharts *segmentCharts() const { return m_segments; }
    /// The map step: the influence map's overview (every drawn name readable) and the heatmap.
    MapOverviewWidget *mapOverview() const { return m_mapOverview; }
    HeatmapView *heatmap() const { return m_heatmap; }
    /// Shows the heatmap instead of the map overview on the map step, or the overview again
    /// (what H does).
    void showHeatmap(bool shown);
    bool isHeatmapShown() const;
    /// The plan step (planstep.h).
    PlanStep *planStep() const { return m_plan; }
    /// Asks for a file and exports the summary; tests call decisions()->exportTo() instead.
    void exportSummary();
    /// Moves the window to the next screen when there are several (and remembers it).
    void nextScreen();

    // Voting (workshopwindow_voting.cpp).
    WorkshopVoting *voting() const { return m_voting; }
    VotingPanel *votingPanel() const { return m_votingPanel; }
    VoteStrip *matrixVotes() const { return m_matrixVotes; }
    /// Asks which network to serve on (addressPrompt()), then opens voting there and shows the
    /// voting screen. False when cancelled or the server cannot listen (the footer says why).
    bool openVoting();
    /// Opens voting on `address` without asking (`port` 0: any free port).
    bool openVoting(const QHostAddress &address, quint16 port = 0);
    /// Stops the server and returns to the step shown before.
    void closeVoting();
    bool isVotingShown() const;
    /// Shows the voting screen instead of the step (or the step again).
    void showVoting(bool shown);
    /// How openVoting() asks for the address; a null address cancels. The default shows
    /// InterfaceDialog.
    using AddressPrompt = std::function<QHostAddress(QWidget *parent)>;
    void setAddressPrompt(AddressPrompt prompt) { m_addressPrompt = std::move(prompt); }

Q_SIGNALS:
    void stepChanged(int step);
    void spotlightChanged(ps::Id partnerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createFooter();
    QWidget *createMapStep();
    QWidget *createMatrixStep();
    void updateHeader();
    void updateScenarioView();
    void updateSegments();
    void updateSummary();
    void showMessage(const QString &text);
    void setLegendShown(bool shown);
    // workshopwindow_keys.cpp
    bool handleKey(QKeyEvent *event);
    bool handleDecisionKey(QKeyEvent *event);
    void beginDecision();
    void captureDecision(Decision decision);
    void openSearch();
    void searchAccepted();
    QString partnerName(Id partnerId) const;
    // workshopwindow_voting.cpp
    void setupVoting();
    bool handleVotingKey(QKeyEvent *event);
    void updateVoteStrip();
    QString votingHints() const;

    Document *m_document;
    ScoringController *m_scoring;
    WorkshopDecisions *m_decisions;
    QStackedWidget *m_steps = nullptr;
    QLabel *m_indicator = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_scenarioLabel = nullptr;
    QLabel *m_spotlightLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hints = nullptr;
    QLineEdit *m_search = nullptr;
    CoverageChart *m_coverage = nullptr;
    InfluenceMapView *m_map = nullptr;
    MapOverviewWidget *m_mapOverview = nullptr;
    QStackedWidget *m_mapViews = nullptr;
    HeatmapView *m_heatmap = nullptr;
    MatrixView *m_matrix = nullptr;
    MatrixNames *m_matrixNames = nullptr;
    QCPLayoutGrid *m_legendHome = nullptr; ///< where the matrix's legend sits while shown
    SpotlightOverlay *m_matrixSpot = nullptr;
    WeightsPanel *m_weights = nullptr;
    QWidget *m_weightsBox = nullptr;
    SegmentCharts *m_segments = nullptr;
    PlanStep *m_plan = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_summaryHint = nullptr;
    DecisionOverlay *m_overlay = nullptr;
    WorkshopVoting *m_voting = nullptr;
    VotingPanel *m_votingPanel = nullptr;
    VoteStrip *m_matrixVotes = nullptr;
    AddressPrompt m_addressPrompt;
    int m_step = Coverage;
    Id m_spotlight = 0;
    Id m_scenarioA = 0;
    Id m_scenarioB = 0;
    bool m_decisionPending = false;
    bool m_segmentsDirty = true;
    bool m_switched = false; ///< a scenario key was used: show the movement
};

} // namespace ps
