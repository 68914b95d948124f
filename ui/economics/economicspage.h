// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/oemassessment.h"
#include "core/economics/partnerimpact.h"
#include "core/economics/programmetrics.h"

#include <QWidget>

class QTabWidget;
class QTimer;

namespace ps {
class AttentionList;
class Document;
class EconomicsDashboard;
class ImpactView;
class LogEditor;
class OemAssessmentView;
class PartnerSelection;
class RoyaltySimulator;

/**
 * The "Economics" page (product.md view 5, issue #6): the program dashboard with what needs
 * attention, the OEM deals with their assessment, checklist and scoreboard, the royalty
 * simulator on the selected deal, the activity and deal logs, and partner impact (issue 13).
 * Everything is recomputed from the core (ps::computeProgramMetrics, ps::assessOemDeals,
 * ps::attentionItems) shortly after the portfolio changes, so an edit or an undo anywhere shows up
 * here.
 */
class EconomicsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ProgramTab, OemTab, SimulatorTab, LogsTab, ImpactTab };

    EconomicsPage(Document *document, PartnerSelection *selection, QWidget *parent = nullptr);

    /// Recomputes now instead of after the coalescing delay (tests, first show).
    void refreshNow();

    QTabWidget *tabs() const { return m_tabs; }
    EconomicsDashboard *dashboard() const { return m_dashboard; }
    AttentionList *attention() const { return m_attention; }
    OemAssessmentView *oemView() const { return m_oem; }
    RoyaltySimulator *simulator() const { return m_simulator; }
    LogEditor *activityLog() const { return m_activities; }
    LogEditor *dealLog() const { return m_deals; }
    ImpactView *impactView() const { return m_impactView; }
    const PartnerImpact &impact() const { return m_impact; }
    const ProgramMetrics &metrics() const { return m_metrics; }
    const std::vector<OemAssessment> &assessments() const { return m_assessments; }

private:
    void scheduleRefresh();

    Document *m_document;
    PartnerSelection *m_selection;
    QTimer *m_refresh;
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
};

} // namespace ps
