// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/segmentation.h"
#include "core/analytics/segmenting.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ps {
class Document;
class LazyRefresh;
class PartnerSelection;
class ScoringController;
class SegmentCharts;

/**
 * The "Segments" page (product.md view 3): segment the partners by model, tier, status, region,
 * quadrant, ICP, saved rule or suggested cluster; charts and a table of each segment's figures
 * (ps::segmentStats); selecting a segment lists its partners and selects them everywhere.
 * Saved rules are added, edited and deleted here (undoable), and a suggested cluster can be
 * saved as a rule.
 */
class SegmentsPage : public QWidget {
    Q_OBJECT
public:
    /// Edits a rule in a dialog; std::nullopt when cancelled. Tests replace it.
    using RulePrompt = std::function<std::optional<SegmentRule>(
        QWidget *parent, const PortfolioData &data, const SegmentRule &rule)>;

    /// Asks for the name of a rule saved from a cluster; `explanation` says which partners the
    /// rule holds. std::nullopt when cancelled. Tests replace it.
    using NamePrompt = std::function<std::optional<QString>(
        QWidget *parent, const QString &suggested, const QString &explanation)>;

    enum Column {
        NameColumn,
        CountColumn,
        RevenueColumn,
        PipelineColumn,
        InvestmentColumn,
        RoiColumn,
        PotentialColumn,
        ReadinessColumn,
        QuadrantColumn,
        IcpsColumn,
        MotionColumn,
        ColumnCount
    };

    SegmentsPage(Document *document, ScoringController *scoring, PartnerSelection *selection,
                 QWidget *parent = nullptr);

    QComboBox *segmentByCombo() const { return m_by; }
    SegmentCharts *charts() const { return m_charts; }
    QTableWidget *table() const { return m_table; }
    /// The partners of the selected segment.
    QListWidget *partnerList() const { return m_partners; }
    QSpinBox *clusterCountSpin() const { return m_k; }
    QPushButton *suggestButton() const { return m_suggest; }
    QPushButton *saveClusterButton() const { return m_saveCluster; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *editRuleButton() const { return m_editRule; }
    QPushButton *deleteRuleButton() const { return m_deleteRule; }
    /// The segments shown (a refresh waiting for the page to be shown runs first).
    const SegmentTable &segments() const;
    SegmentBy segmentBy() const;
    void setSegmentBy(SegmentBy by);
    void setRulePrompt(RulePrompt prompt) { m_rulePrompt = std::move(prompt); }
    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }

    /// Shows or hides a column of the table (all but the name; the header's context menu). Until
    /// the user chooses, the motion column is shown only where the table has room for it (its
    /// text is also below the partner list).
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;

    /// Selects a segment row (drill-down); -1 clears.
    void selectSegment(int row);
    /// Sets k to ps::suggestK and shows the clusters.
    void suggestClusters();
    /// Saves the selected cluster as a rule (ps::ruleForMembers) under the name the prompt
    /// returns, as one undo step; returns its id or 0. The prompt says whether the rule holds
    /// exactly the cluster's partners or which ones differ and why.
    Id saveClusterAsRule();
    /// What the last "Save as Segment" said about the rule's partners.
    QString lastSaveExplanation() const { return m_saveExplanation; }
    /// Opens the rule prompt for a new rule; returns its id or 0.
    Id addRule();
    /// Edits the rule of the selected segment; false when none or cancelled.
    bool editRule();
    /// Deletes the rule of the selected segment (undoable); false when none.
    bool deleteRule();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createStrip();
    /// Column widths that fill the table's width without a horizontal scroll bar.
    void fitColumns();
    void showColumnMenu(const QPoint &pos);
    void refresh();
    void fillTable();
    void segmentSelected();
    void updateButtons();
    /// The saved rule shown in the selected row, or 0.
    Id selectedRuleId() const;

    Document *m_document;
    ScoringController *m_scoring;
    PartnerSelection *m_selection;
    SegmentTable m_result;
    SegmentCharts *m_charts;
    QTableWidget *m_table;
    QListWidget *m_partners;
    QLabel *m_partnersTitle;
    QLabel *m_motion;
    LazyRefresh *m_refresh;
    QComboBox *m_by = nullptr;
    QSpinBox *m_k = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_saveCluster = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_deleteRule = nullptr;
    RulePrompt m_rulePrompt;
    NamePrompt m_namePrompt;
    QString m_saveExplanation;
    bool m_refreshing = false;
    bool m_motionChosen = false; ///< the user showed or hid the motion column
};

} // namespace ps
