// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop mode's keyboard: steps, scenarios, spotlight, decisions, search.
#include "ui/workshop/workshopwindow.h"

#include "core/domain/scenario.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/influencemapview.h"
#include "ui/matrix/matrixview.h"
#include "ui/matrix/weightspanel.h"
#include "ui/undo/edits_scenario.h"
#include "ui/workshop/decisionoverlay.h"
#include "ui/workshop/planstep.h"
#include "ui/workshop/spotlightoverlay.h"
#include "ui/workshop/workshopdecisions.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

#include <algorithm>

namespace ps {

bool WorkshopWindow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // The decision overlay and the search box take typing; they handle Enter and Esc.
    if (m_overlay->isVisible())
        return QWidget::eventFilter(watched, event);
    if (watched == m_search) {
        if (key->key() != Qt::Key_Escape)
            return QWidget::eventFilter(watched, event);
        m_search->clear();
        m_search->hide();
        setFocus();
        return true;
    }
    return handleKey(key);
}

bool WorkshopWindow::handleKey(QKeyEvent *event) {
    if (m_decisionPending)
        return handleDecisionKey(event);
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Z:
            if (event->modifiers() & Qt::ShiftModifier)
                m_document->undoStack()->redo();
            else
                m_document->undoStack()->undo();
            return true;
        case Qt::Key_Y:
            m_document->undoStack()->redo();
            return true;
        case Qt::Key_F:
            openSearch();
            return true;
        default:
            return false;
        }
    }
    if (mods != Qt::NoModifier)
        return false;
    if (handleVotingKey(event))
        return true;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        setStep(m_step + 1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        setStep(m_step - 1);
        return true;
    case Qt::Key_Home:
        setStep(0);
        return true;
    case Qt::Key_End:
        setStep(StepCount - 1);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_A:
        showScenario(0);
        return true;
    case Qt::Key_B:
        showScenario(1);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        showScenario(1 - shownScenario());
        return true;
    case Qt::Key_N:
        stepSpotlight(+1);
        return true;
    case Qt::Key_P:
        stepSpotlight(-1);
        return true;
    case Qt::Key_C:
        setSpotlight(0);
        return true;
    case Qt::Key_Slash:
        openSearch();
        return true;
    case Qt::Key_D:
        beginDecision();
        return true;
    case Qt::Key_H:
        if (m_step == Map)
            showHeatmap(!isHeatmapShown());
        return true;
    case Qt::Key_W:
        if (m_step == Matrix)
            showWeights(!m_weightsBox->isVisible());
        return true;
    case Qt::Key_S:
        nextScreen();
        return true;
    case Qt::Key_E:
        if (m_step == Decisions)
            exportSummary();
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        if (m_step == Plan)
            m_plan->stepBudget(event->key() == Qt::Key_Minus ? -1 : 1);
        return true;
    default:
        return false;
    }
}

bool WorkshopWindow::handleDecisionKey(QKeyEvent *event) {
    m_decisionPending = false;
    switch (event->key()) {
    case Qt::Key_I:
        captureDecision(Decision::Invest);
        break;
    case Qt::Key_V:
        captureDecision(Decision::Develop);
        break;
    case Qt::Key_M:
        captureDecision(Decision::Maintain);
        break;
    case Qt::Key_X:
        captureDecision(Decision::Exit);
        break;
    default:
        showMessage(tr("No decision taken."));
        break;
    }
    updateHeader();
    return true;
}

void WorkshopWindow::beginDecision() {
    if (m_spotlight == 0) {
        showMessage(tr("Spotlight a partner first (N, P or /)."));
        return;
    }
    m_decisionPending = true;
    updateHeader();
}

void WorkshopWindow::captureDecision(Decision decision) {
    const Partner *partner = m_document->portfolio()->find<Partner>(m_spotlight);
    if (!partner)
        return;
    m_decisions->capture(m_spotlight, decision);
    showMessage(tr("%1: %2").arg(label(decision), partner->name));
    m_overlay->open(partner->name, decision, partner->decisionOwner, partner->nextStep,
                    partner->notes);
}

void WorkshopWindow::setLegendShown(bool shown) {
    // Out of the chart's layout while hidden: a hidden legend still keeps its column's width.
    QCPLegend *legend = m_matrix->plot()->legend;
    if (shown && !legend->layout() && m_legendHome) {
        m_legendHome->addElement(0, 0, legend);
    } else if (!shown && legend->layout()) {
        m_legendHome = qobject_cast<QCPLayoutGrid *>(legend->layout());
        if (m_legendHome)
            m_legendHome->take(legend);
    }
    legend->setVisible(shown && legend->layout());
}

void WorkshopWindow::showWeights(bool shown) {
    m_weightsBox->setVisible(shown);
    // The colour legend opens with the sliders: closed, the chart has the whole width.
    setLegendShown(shown);
    m_matrix->plot()->replot(QCustomPlot::rpQueuedReplot);
    updateHeader();
}

QString WorkshopWindow::partnerName(Id partnerId) const {
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    return p ? p->name : QString();
}

QList<Id> WorkshopWindow::spotlightOrder() const {
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    const CriteriaTable &criteria = m_scoring->criteria();
    std::vector<size_t> rows(std::min(scores.size(), criteria.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        if (scores[a].quadrant != scores[b].quadrant)
            return int(scores[a].quadrant) < int(scores[b].quadrant);
        return scores[a].potential > scores[b].potential;
    });
    QList<Id> ids;
    for (size_t row : rows)
        ids << criteria.partnerIds[row];
    return ids;
}

void WorkshopWindow::stepSpotlight(int direction) {
    const QList<Id> order = spotlightOrder();
    if (order.isEmpty())
        return;
    const int at = int(order.indexOf(m_spotlight));
    int next = 0;
    if (at < 0)
        next = direction > 0 ? 0 : int(order.size()) - 1;
    else
        next = (at + direction + int(order.size())) % int(order.size());
    setSpotlight(order[next]);
}

void WorkshopWindow::setSpotlight(Id partnerId) {
    const Partner *partner = m_document->portfolio()->find<Partner>(partnerId);
    if (!partner)
        partnerId = 0;
    const bool changed = partnerId != m_spotlight;
    m_spotlight = partnerId;
    const QList<Id> ids = partnerId ? QList<Id>{partnerId} : QList<Id>{};
    m_matrix->setSelectedPartners(ids);
    m_matrixSpot->setActive(partnerId != 0);
    m_map->setSelectedPartners(ids);
    // The sliders show the weights that place this partner: its model's profile.
    if (partner)
        m_weights->setProfileIndex(profileIndex(partner->model));
    updateHeader();
    if (changed)
        Q_EMIT spotlightChanged(partnerId);
}

int WorkshopWindow::shownScenario() const {
    return m_scenarioB != 0 && m_document->portfolio()->data().activeScenarioId == m_scenarioB ? 1
                                                                                               : 0;
}

bool WorkshopWindow::showScenario(int which) {
    const Id id = which == 0 ? m_scenarioA : m_scenarioB;
    const Scenario *scenario = id ? m_document->portfolio()->find<Scenario>(id) : nullptr;
    if (!scenario) {
        showMessage(tr("This portfolio has only one scenario."));
        return false;
    }
    m_switched = true;
    if (m_document->portfolio()->data().activeScenarioId != id)
        edit::setActiveScenario(*m_document, id);
    updateScenarioView();
    showMessage(tr("Scenario %1: %2")
                    .arg(which == 0 ? QStringLiteral("A") : QStringLiteral("B"), scenario->name));
    return true;
}

void WorkshopWindow::openSearch() {
    m_search->show();
    m_search->setFocus();
    m_search->selectAll();
}

void WorkshopWindow::searchAccepted() {
    const QString text = m_search->text().trimmed();
    Id found = 0;
    for (const Partner &p : m_document->portfolio()->data().partners) {
        if (p.name.startsWith(text, Qt::CaseInsensitive)) {
            found = p.id;
            break;
        }
        if (!found && p.name.contains(text, Qt::CaseInsensitive))
            found = p.id;
    }
    if (text.isEmpty() || !found) {
        showMessage(tr("No partner matches \"%1\".").arg(text));
        return;
    }
    m_search->clear();
    m_search->hide();
    setFocus();
    setSpotlight(found);
}

} // namespace ps
