// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/idindex.h"
#include "core/scoring/scoring.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <vector>

class QThread;
class QTimer;

namespace ps {
class Document;

/**
 * The GUI's view of the one scoring engine: criteria, scores and stability of every partner
 * for the active scenario, kept current as the portfolio changes.
 *
 * Data edits recompute the criteria (coalesced to once per event-loop turn); scenario edits only
 * re-score. previewScenario() re-scores with a scenario that is not in the document yet (a weight
 * slider while it moves) without touching the undo stack; endPreview() returns to the stored one.
 * Stability (sensitivity) is recomputed after changes settle, never during a slider drag, on a
 * worker thread (a fifth of a second for 100,000 partners), so the window stays responsive;
 * a result that changes since made stale is dropped.
 */
class ScoringController : public QObject {
    Q_OBJECT
public:
    explicit ScoringController(Document *document, QObject *parent = nullptr);
    ~ScoringController() override;

    Document *document() const { return m_document; }
    const CriteriaTable &criteria() const { return m_criteria; }
    /// Scores in criteria() order (the portfolio's partner order).
    const std::vector<PartnerScore> &scores() const { return m_scores; }
    /// Stability per partner in the same order; empty until first computed.
    const std::vector<double> &stability() const { return m_stability; }
    /// The scenario scores are computed with: the preview while one is active, else the
    /// document's active scenario.
    const Scenario &scenario() const;
    bool isPreviewing() const { return m_preview.has_value(); }

    /// Row of a partner in criteria()/scores(), or -1.
    int rowOf(Id partnerId) const;

    void previewScenario(const Scenario &scenario);
    void endPreview();

    /// Recomputes everything now (tests and the command line call this instead of waiting).
    void refreshNow();

Q_SIGNALS:
    /// Scores changed (data, scenario, preview); views re-plot.
    void scoresChanged();
    /// Stability was recomputed.
    void stabilityChanged();

private:
    void scheduleCriteria();
    void recomputeCriteria();
    void rescore();
    void scheduleStability();
    void computeStability();
    void startStabilityWorker();

    Document *m_document;
    CriteriaTable m_criteria;
    std::vector<PartnerScore> m_scores;
    std::vector<double> m_stability;
    std::optional<Scenario> m_preview;
    IdIndex m_rows; ///< partner id -> row of m_criteria
    bool m_criteriaPending = false;
    QTimer *m_stabilityTimer = nullptr;
    QThread *m_stabilityWorker = nullptr; ///< the run in progress, if any
    quint64 m_stabilityGeneration = 0;    ///< counts changes; a run of an older one is stale
    bool m_stabilityAgain = false;        ///< asked for while a run was in progress
};

} // namespace ps
