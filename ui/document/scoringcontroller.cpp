// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/scoringcontroller.h"

#include "core/scoring/profiles.h"
#include "ui/document/document.h"

#include <QTimer>

namespace ps {
namespace {

/// Quiet period after the last change before stability is recomputed: long enough that a burst
/// of edits (typing, undo held down) costs one run, short enough to feel immediate.
constexpr int StabilityDelayMsecs = 300;

bool affectsCriteria(EntityKind kind) {
    // OEM deals carry revenue-like figures; recomputing for them keeps the table honest.
    return kind == EntityKind::Partner || kind == EntityKind::Icp || kind == EntityKind::Link ||
           kind == EntityKind::OemDeal;
}

} // namespace

ScoringController::ScoringController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stabilityTimer(new QTimer(this)) {
    m_stabilityTimer->setSingleShot(true);
    m_stabilityTimer->setInterval(StabilityDelayMsecs);
    connect(m_stabilityTimer, &QTimer::timeout, this, &ScoringController::computeStability);

    Portfolio *portfolio = document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            rescore();
        else if (affectsCriteria(kind))
            scheduleCriteria();
    };
    connect(portfolio, &Portfolio::rowsInserted, this,
            [onRows](EntityKind kind, int, int) { onRows(kind); });
    connect(portfolio, &Portfolio::rowsRemoved, this,
            [onRows](EntityKind kind, int, int) { onRows(kind); });
    connect(portfolio, &Portfolio::entityChanged, this,
            [onRows](EntityKind kind, Id, int) { onRows(kind); });
    connect(portfolio, &Portfolio::activeScenarioChanged, this, [this] { rescore(); });
    connect(portfolio, &Portfolio::reset, this, [this] {
        // A preview belongs to the content that was replaced.
        m_preview.reset();
        m_stability.clear();
        scheduleCriteria();
    });
    refreshNow();
}

const Scenario &ScoringController::scenario() const {
    if (m_preview)
        return *m_preview;
    if (const Scenario *active = m_document->portfolio()->activeScenario())
        return *active;
    // Only a document that was never given a scenario gets here (see ps::ensureScenario).
    static const Scenario fallback = defaultScenario(QString());
    return fallback;
}

int ScoringController::rowOf(Id partnerId) const {
    return m_rows.value(partnerId, -1);
}

void ScoringController::previewScenario(const Scenario &scenario) {
    m_preview = scenario;
    // A drag must not trigger the expensive sensitivity run half-way.
    m_stabilityTimer->stop();
    rescore();
}

void ScoringController::endPreview() {
    if (!m_preview)
        return;
    m_preview.reset();
    rescore();
}

void ScoringController::refreshNow() {
    recomputeCriteria();
    scoreAll(m_criteria, scenario(), m_scores);
    Q_EMIT scoresChanged();
    m_stabilityTimer->stop();
    computeStability();
}

void ScoringController::recomputeCriteria() {
    m_criteriaPending = false;
    const std::vector<Id> previousIds = m_criteria.partnerIds;
    m_criteria = computeCriteria(m_document->portfolio()->data());
    m_rows.clear();
    m_rows.reserve(int(m_criteria.size()));
    for (size_t i = 0; i < m_criteria.size(); ++i)
        m_rows.insert(m_criteria.partnerIds[i], int(i));
    // Stability rows follow partner rows; stale rows would be shown on the wrong partner.
    if (m_criteria.partnerIds != previousIds)
        m_stability.clear();
}

void ScoringController::scheduleCriteria() {
    if (m_criteriaPending)
        return;
    m_criteriaPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_criteriaPending)
                return; // refreshNow() got there first
            recomputeCriteria();
            rescore();
        },
        Qt::QueuedConnection);
}

void ScoringController::rescore() {
    scoreAll(m_criteria, scenario(), m_scores);
    Q_EMIT scoresChanged();
    if (!m_preview)
        scheduleStability();
}

void ScoringController::scheduleStability() {
    m_stabilityTimer->start();
}

void ScoringController::computeStability() {
    if (m_preview)
        return;
    m_stability = ps::stability(m_criteria, scenario());
    Q_EMIT stabilityChanged();
}

} // namespace ps
