// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/planstep.h"

#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/plan/plancharts.h"
#include "ui/theme/projectortheme.h"
#include "ui/undo/edits.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

/// Partners named on the projector; the rest are summed.
constexpr int ProjectorPartners = 8;

} // namespace

PlanStep::PlanStep(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(new PlanController(document, this))
    , m_headline(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_charts(new PlanCharts(this)) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QFont headline = t.titleFont;
    m_headline->setFont(headline);
    m_headline->setWordWrap(true);
    m_forecast->setFont(t.bodyFont);
    m_forecast->setWordWrap(true);
    m_controller->setActive(false); // until the step is shown
    m_charts->setTheme(PlanCharts::Theme::Projector);
    m_charts->setAccessibleName(tr("Plan charts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 0, 40, 20);
    layout->setSpacing(12);
    layout->addWidget(m_headline);
    layout->addWidget(m_forecast);
    layout->addWidget(m_charts, 1);
    connect(m_controller, &PlanController::planChanged, this, &PlanStep::update);
    connect(m_controller, &PlanController::forecastFinished, this, &PlanStep::update);
    connect(m_controller, &PlanController::forecastStarted, this, &PlanStep::update);
    update();
}

void PlanStep::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_controller->setActive(true);
}

void PlanStep::hideEvent(QHideEvent *event) {
    m_controller->setActive(false);
    QWidget::hideEvent(event);
}

bool PlanStep::stepBudget(int tenths) {
    if (m_controller->scenarioId() == 0)
        return false;
    ScenarioPlan settings = m_controller->settings();
    const double step = std::max(1000.0, settings.budget / 10.0);
    settings.budget =
        std::max(0.0, std::round((settings.budget + tenths * step) / 1000.0) * 1000.0);
    return edit::setPlan(*m_document, settings, tr("the budget"), edit::Merge::Continuous);
}

void PlanStep::update() {
    const QString currency = m_document->portfolio()->info().currency;
    const auto run = m_controller->run();
    const auto basis = m_controller->basis();
    const auto money = [&](double amount) {
        return QLocale().toString(amount, 'f', 0) + QLatin1Char(' ') + currency;
    };
    if (!run || !basis) {
        m_headline->setText(tr("Planning…"));
        m_forecast->clear();
        m_charts->clear();
        return;
    }
    if (!run->ok()) {
        m_headline->setText(tr("No plan for these constraints."));
        m_forecast->setText(run->error());
        m_charts->clear();
        return;
    }
    const plan::Plan &plan = run->result.plan;
    m_headline->setText(
        tr("Budget %1: expected return %2 a year, %3 more than today's spend.")
            .arg(money(plan.budget), money(plan.expectedTotal),
                 money(run->comparison.optimal.expected - run->comparison.today.expected)));
    const plan::Forecast &f = m_controller->forecast();
    if (f.draws > 0)
        m_forecast->setText(tr("Eight times in ten the return lies between %1 (P10) and %2 "
                               "(P90); the median is %3.")
                                .arg(money(f.p10), money(f.p90), money(f.p50)));
    else
        m_forecast->setText(m_controller->isForecasting() ? tr("Forecasting the range…")
                                                          : QString());
    m_charts->setBreakdown(
        PlanBreakdown::of(m_document->portfolio()->data(), *basis, *run, ProjectorPartners),
        currency);
}

} // namespace ps
