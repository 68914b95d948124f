// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/decisionlog.h"

#include <tuple>

namespace ps {

bool RecordedVote::operator==(const RecordedVote &o) const {
    return std::tie(participant, choice) == std::tie(o.participant, o.choice);
}

bool RecordedConsistency::operator==(const RecordedConsistency &o) const {
    return std::tie(axis, participant, cr) == std::tie(o.axis, o.participant, o.cr);
}

std::array<int, 5> DecisionRecord::voteCounts() const {
    std::array<int, 5> counts{};
    for (const RecordedVote &v : votes)
        if (v.choice != Decision::None)
            ++counts[size_t(v.choice)];
    return counts;
}

bool DecisionRecord::operator==(const DecisionRecord &o) const {
    return std::tie(id, partnerId, partnerName, recordedAt, decision, owner, nextStep, note,
                    scenarioName, quadrant, potential, readiness, stability,
                    weights) == std::tie(o.id, o.partnerId, o.partnerName, o.recordedAt, o.decision,
                                         o.owner, o.nextStep, o.note, o.scenarioName, o.quadrant,
                                         o.potential, o.readiness, o.stability, o.weights) &&
           std::tie(potentialCr, readinessCr, potentialConsensus, readinessConsensus,
                    participantCrs, votes) == std::tie(o.potentialCr, o.readinessCr,
                                                       o.potentialConsensus, o.readinessConsensus,
                                                       o.participantCrs, o.votes);
}

QString axisKey(Axis axis) {
    return axis == Axis::Potential ? QStringLiteral("potential") : QStringLiteral("readiness");
}

std::optional<Axis> axisFromKey(const QString &key) {
    if (key == QLatin1String("potential"))
        return Axis::Potential;
    if (key == QLatin1String("readiness"))
        return Axis::Readiness;
    return std::nullopt;
}

std::array<double, CriterionCount> percentOfAxis(const WeightProfile &profile) {
    std::array<double, CriterionCount> out{};
    for (Axis axis : {Axis::Potential, Axis::Readiness}) {
        double sum = 0.0;
        for (Criterion c : criteriaOf(axis))
            sum += profile.weight(c);
        for (Criterion c : criteriaOf(axis))
            out[size_t(c)] = sum > 0.0 ? 100.0 * profile.weight(c) / sum : 25.0;
    }
    return out;
}

} // namespace ps
