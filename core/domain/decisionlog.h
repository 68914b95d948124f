// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"
#include "core/domain/scenario.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ps {

/// One participant's placement vote, kept with the decision it informed.
struct RecordedVote {
    QString participant;
    Decision choice = Decision::Invest; ///< invest, develop, maintain or exit; never None

    bool operator==(const RecordedVote &o) const;
};

/// The consistency ratio of one participant's pairwise judgments of one axis.
struct RecordedConsistency {
    Axis axis = Axis::Potential;
    QString participant;
    double cr = 0.0;

    bool operator==(const RecordedConsistency &o) const;
};

/**
 * A decision taken in a workshop, with the evidence the room had when it was taken: the weights
 * the partner was scored with, where that put it, how stable that place was, the consistency of
 * the room's judgments and the placement votes. The decision log is append-only evidence: the
 * partner's own decision fields say what holds now, the log says how it was reached.
 */
struct DecisionRecord {
    Id id = 0;
    Id partnerId = 0;                     ///< 0 once the partner has been deleted
    QString partnerName;                  ///< as it was when the decision was taken
    QDateTime recordedAt;                 ///< UTC, to the second
    Decision decision = Decision::Invest; ///< never None
    QString owner;
    QString nextStep;
    QString note;

    QString scenarioName;                       ///< the scenario the partner was scored with
    Quadrant quadrant = Quadrant::Deprioritize; ///< its final quadrant then (overrides included)
    double potential = 0.0;                     ///< 0-100
    double readiness = 0.0;                     ///< 0-100
    std::optional<double> stability; ///< share of perturbed samples that kept the quadrant, 0-1
    /// The partner's weight profile in that scenario, percent of each axis (index =
    /// int(Criterion)); each axis sums to 100.
    std::array<double, CriterionCount> weights{};

    /// The room's judgments, when voting was open: per axis the consistency ratio of the
    /// aggregated (AIJ) matrix and Goepel's consensus S*, and every participant's own CR.
    std::optional<double> potentialCr;
    std::optional<double> readinessCr;
    std::optional<double> potentialConsensus;
    std::optional<double> readinessConsensus;
    std::vector<RecordedConsistency> participantCrs;

    std::vector<RecordedVote> votes; ///< placement votes on the partner, in the order cast

    /// Votes per decision (index = int(Decision); index 0, None, stays 0).
    std::array<int, 5> voteCounts() const;
    bool operator==(const DecisionRecord &o) const;
    bool operator!=(const DecisionRecord &o) const { return !(*this == o); }
};

/// The stored key of an axis: "potential" or "readiness" (the voting API's group keys too).
QString axisKey(Axis axis);
std::optional<Axis> axisFromKey(const QString &key);

/// The weights of `profile` in percent of each axis (each axis sums to 100; an axis whose raw
/// weights are all zero is split equally), as a DecisionRecord keeps them.
std::array<double, CriterionCount> percentOfAxis(const WeightProfile &profile);

} // namespace ps
