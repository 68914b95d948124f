// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/economicspage.h"

#include "ui/document/document.h"
#include "ui/economics/attentionlist.h"
#include "ui/economics/economicsdashboard.h"
#include "ui/economics/impactview.h"
#include "ui/economics/logeditor.h"
#include "ui/economics/oemassessmentview.h"
#include "ui/economics/royaltysimulator.h"
#include "ui/shell/lazyrefresh.h"

#include <QGroupBox>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ps {
namespace {

QWidget *boxed(const QString &title, QWidget *content, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

EconomicsPage::EconomicsPage(Document *document, PartnerSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_refresh(new LazyRefresh(
          this, [this] { refreshNow(); }, 60))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new EconomicsDashboard(this))
    , m_attention(new AttentionList(selection, this))
    , m_oem(new OemAssessmentView(this))
    , m_simulator(new RoyaltySimulator(document, this))
    , m_activities(new LogEditor(document, LogEditor::Kind::Activities, this))
    , m_deals(new LogEditor(document, LogEditor::Kind::Deals, this))
    , m_impactView(new ImpactView(document, this))
    , m_investments(new LogEditor(document, LogEditor::Kind::Investments, this)) {
    auto *dashboardScroll = new QScrollArea(this);
    dashboardScroll->setWidget(m_dashboard);
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    m_dashboard->setMinimumSize(640, 560);

    auto *logs = new QSplitter(Qt::Vertical, this);
    logs->addWidget(boxed(tr("Activity log"), m_activities, logs));
    logs->addWidget(boxed(tr("Deal log"), m_deals, logs));
    logs->addWidget(boxed(tr("Investment history"), m_investments, logs));
    logs->setChildrenCollapsible(false);

    // The attention list has a tab of its own: it runs to a row per partner, and its "Why"
    // column needs the page's width.
    m_tabs->addTab(dashboardScroll, tr("&Program"));
    m_tabs->addTab(m_attention, tr("Needs &attention"));
    m_tabs->addTab(m_oem, tr("&OEM deals"));
    m_tabs->addTab(m_simulator, tr("&Royalty simulator"));
    m_tabs->addTab(logs, tr("&Logs"));
    m_tabs->addTab(m_impactView, tr("&Impact"));
    m_tabs->setAccessibleName(tr("Economics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    Portfolio *portfolio = document->portfolio();
    // A plan setting changes no metric; skipping it keeps a dragged budget slider light.
    const auto changed = [this](EntityKind kind) {
        if (kind != EntityKind::Plan)
            scheduleRefresh();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, changed);
    connect(portfolio, &Portfolio::rowsRemoved, this, changed);
    connect(portfolio, &Portfolio::entityChanged, this, changed);
    connect(portfolio, &Portfolio::reset, this, &EconomicsPage::scheduleRefresh);
    connect(portfolio, &Portfolio::infoChanged, this, &EconomicsPage::scheduleRefresh);
    connect(m_oem, &OemAssessmentView::currentDealChanged, m_simulator, &RoyaltySimulator::setDeal);
    // Computed when the page is first shown: on a large portfolio the attention list alone
    // has a row per partner.
    scheduleRefresh();
}

void EconomicsPage::scheduleRefresh() {
    m_refresh->request();
}

const ProgramMetrics &EconomicsPage::metrics() const {
    m_refresh->flush();
    return m_metrics;
}

const PartnerImpact &EconomicsPage::impact() const {
    m_refresh->flush();
    return m_impact;
}

const std::vector<OemAssessment> &EconomicsPage::assessments() const {
    m_refresh->flush();
    return m_assessments;
}

void EconomicsPage::refreshNow() {
    m_refresh->cancel();
    const PortfolioData &data = m_document->portfolio()->data();
    m_metrics = computeProgramMetrics(data);
    m_assessments = assessOemDeals(data);
    m_dashboard->setData(data, m_metrics, m_assessments);
    const std::vector<AttentionItem> attention = attentionItems(data, m_metrics);
    m_attention->setItems(attention);
    m_tabs->setTabText(
        AttentionTab,
        attention.empty()
            ? tr("Needs &attention")
            : tr("Needs &attention (%1)").arg(QLocale().toString(qlonglong(attention.size()))));
    m_oem->setAssessments(m_assessments, data.oemDeals);
    m_impact = computePartnerImpact(data);
    m_impactView->setImpact(m_impact, data.info.currency);
}

} // namespace ps
