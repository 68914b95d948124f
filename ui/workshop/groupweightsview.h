// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"
#include "core/voting/votingsession.h"

#include <QFrame>

#include <array>

class QLabel;

namespace ps {
class ShareBar;

/**
 * The room's weights for one axis as the projector shows them: how many have answered, each
 * criterion's group weight by AIJ with a bar and the AIP weight beside it, and the consensus
 * with its plain-words reading.
 */
class GroupWeightsView : public QFrame {
    Q_OBJECT
public:
    explicit GroupWeightsView(Axis axis, QWidget *parent = nullptr);

    Axis axis() const { return m_axis; }
    /// `group` is the session's aggregate of this axis; `participants` everyone who joined,
    /// `inProgress` those who answered some but not all of its comparisons.
    void setAggregate(const voting::GroupAggregate &group, int participants, int inProgress);

    /// The body type's pixel size (the panel's style sheet sets it), for the room kept for
    /// the reading.
    void setTextPixelSize(int pixels);

    QLabel *answeredLabel() const { return m_answered; }
    QLabel *aijLabel(int criterion) const { return m_aij[size_t(criterion)]; }
    QLabel *aipLabel(int criterion) const { return m_aip[size_t(criterion)]; }
    QLabel *consensusLabel() const { return m_consensus; }
    QLabel *readingLabel() const { return m_reading; }

private:
    Axis m_axis;
    QLabel *m_title;
    QLabel *m_answered;
    std::array<QLabel *, 4> m_names{};
    std::array<ShareBar *, 4> m_bars{};
    std::array<QLabel *, 4> m_aij{};
    std::array<QLabel *, 4> m_aip{};
    QLabel *m_consensus;
    ShareBar *m_consensusBar;
    QLabel *m_reading;
};

} // namespace ps
