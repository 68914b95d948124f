// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/scoringcontroller.h"

#include "core/scoring/profiles.h"
#include "ui/document/document.h"

#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

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

ScoringController::~ScoringController() {
    // The worker holds copies of its inputs only; let it finish before its QThread goes.
    if (m_stabilityWorker)
        m_stabilityWorker->wait();
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
    ++m_stabilityGeneration; // a run in progress is stale now
    m_stabilityAgain = false;
    if (m_preview)
        return;
    m_stability = ps::stability(m_criteria, scenario());
    Q_EMIT stabilityChanged();
}

void ScoringController::recomputeCriteria() {
    m_criteriaPending = false;
    ++m_stabilityGeneration;
    const std::vector<Id> previousIds = m_criteria.partnerIds;
    m_criteria = computeCriteria(m_document->portfolio()->data());
    m_rows.clear();
    m_rows.reserve(qsizetype(m_criteria.size()));
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
    ++m_stabilityGeneration;
    m_stabilityTimer->start();
}

void ScoringController::computeStability() {
    if (m_preview)
        return;
    if (m_stabilityWorker) {
        m_stabilityAgain = true; // once the current run is done
        return;
    }
    startStabilityWorker();
}

void ScoringController::startStabilityWorker() {
    const quint64 generation = m_stabilityGeneration;
    auto criteria = std::make_shared<const CriteriaTable>(m_criteria);
    auto scenario = std::make_shared<const Scenario>(this->scenario());
    auto result = std::make_shared<std::vector<double>>();
    m_stabilityWorker = QThread::create(
        [criteria, scenario, result] { *result = ps::stability(*criteria, *scenario); });
    m_stabilityWorker->setParent(this);
    connect(m_stabilityWorker, &QThread::finished, this, [this, generation, result] {
        // finished() comes as the run ends; wait() returns once the thread has let go.
        QThread *worker = std::exchange(m_stabilityWorker, nullptr);
        worker->wait();
        worker->deleteLater();
        if (generation == m_stabilityGeneration && !m_preview) {
            m_stability = std::move(*result);
            Q_EMIT stabilityChanged();
        }
        if (std::exchange(m_stabilityAgain, false))
            computeStability();
    });
    m_stabilityWorker->start(QThread::LowPriority);
}

} // namespace ps
