// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ps {
class ScoringController;

/**
 * Why a partner sits where it does: potential, readiness, quadrant and stability under the
 * active scenario, the points each criterion contributes (the points of an axis add up to
 * its score) and where each value comes from: deals and activities where there is enough
 * evidence, the manual rating otherwise. Read-only; follows the ScoringController.
 */
class ScoreExplanation : public QWidget {
    Q_OBJECT
public:
    explicit ScoreExplanation(ScoringController *scoring, QWidget *parent = nullptr);

    void setPartner(Id id);
    Id partner() const { return m_partner; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    /// Where commercial contribution and commitment come from: the deal and activity logs, or
    /// the manual entries, and why.
    QLabel *evidenceLabel() const { return m_evidence; }

private:
    void refresh();

    ScoringController *m_scoring;
    Id m_partner = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_evidence;
};

} // namespace ps
