// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/oemassessment.h"
#include "core/economics/partnerimpact.h"
#include "core/economics/programmetrics.h"

#include <QWidget>

class QTabWidget;

namespace ps {
class AttentionList;
class Document;
class EconomicsDashboard;
class LazyRefresh;
class ImpactView;
class LogEditor;
class OemAssessmentView;
class PartnerSelection;
class RoyaltySimulator;

/**
 * The "Economics" page (product.md view 5, issue #6): the program dashboard, what needs
 * attention (a tab of its own, with its reasons), the OEM deals with their assessment, checklist
 * and scoreboard, the royalty simulator on the selected deal, the activity and deal logs, and
 * partner impact (issue 13). Everything is recomputed from the core (ps::computeProgramMetrics,
 * ps::assessOemDeals, ps::attentionItems) shortly after the portfolio changes, so an edit or an
 * undo anywhere shows up here.
 */
class EconomicsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ProgramTab, AttentionTab, OemTab, SimulatorTab, LogsTab, ImpactTab };

    EconomicsPage(Document *document, PartnerSelection *selection, QWidget *parent = nullptr);

    /// Recomputes now instead of after the coalescing delay or, while the page is hidden, when
    /// it is next shown (tests, queries).
    void refreshNow();

    QTabWidget *tabs() const { return m_tabs; }
    EconomicsDashboard *dashboard() const { return m_dashboard; }
    AttentionList *attention() const { return m_attention; }
    OemAssessmentView *oemView() const { return m_oem; }
    RoyaltySimulator *simulator() const { return m_simulator; }
    LogEditor *activityLog() const { return m_activities; }
    LogEditor *dealLog() const { return m_deals; }
    ImpactView *impactView() const { return m_impactView; }
    /// The figures shown (a refresh still waiting for the page to be shown runs first).
    const PartnerImpact &impact() const;
    const ProgramMetrics &metrics() const;
    const std::vector<OemAssessment> &assessments() const;
    /// The investment history per partner (the plan's evidence), in the Logs tab.
    LogEditor *investmentLog() const { return m_investments; }

private:
    void scheduleRefresh();

    Document *m_document;
    PartnerSelection *m_selection;
    LazyRefresh *m_refresh;
    ProgramMetrics m_metrics;
    std::vector<OemAssessment> m_assessments;
    PartnerImpact m_impact;
    QTabWidget *m_tabs;
    EconomicsDashboard *m_dashboard;
    AttentionList *m_attention;
    OemAssessmentView *m_oem;
    RoyaltySimulator *m_simulator;
    LogEditor *m_activities;
    LogEditor *m_deals;
    ImpactView *m_impactView;
    LogEditor *m_investments;
};

} // namespace ps
