// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ps {

/// The scoring criteria, on two axes (product.md, "Scoring").
/// Potential: IcpInfluence, MarketReach, CommercialContribution, StrategicFit.
/// Readiness: Capability, Commitment, Enablement, CostToServe (scored inversely).
enum class Criterion {
    IcpInfluence,
    MarketReach,
    CommercialContribution,
    StrategicFit,
    Capability,
    Commitment,
    Enablement,
    CostToServe,
};
constexpr int CriterionCount = 8;

enum class Axis { Potential, Readiness };

/// The quadrants of the prioritization matrix.
enum class Quadrant { Invest, Develop, Maintain, Deprioritize };

QString toKey(Criterion c); ///< icp_influence, market_reach, commercial_contribution, ...
QString label(Criterion c);
std::optional<Criterion> fromKey(const QString &key, Criterion *tag);
const std::vector<Criterion> &allValues(Criterion *tag);
QString toKey(Quadrant q); ///< invest, develop, maintain, deprioritize
QString label(Quadrant q);
std::optional<Quadrant> fromKey(const QString &key, Quadrant *tag);
const std::vector<Quadrant> &allValues(Quadrant *tag);
QString label(Axis a);

Axis axisOf(Criterion c);
/// The four criteria of an axis, in declaration order.
const std::array<Criterion, 4> &criteriaOf(Axis a);

/// Non-negative raw weights, one per criterion (index = int(Criterion)). Scoring normalizes
/// them within each axis, so only their ratios on an axis matter.
struct WeightProfile {
    std::array<double, CriterionCount> weights{};

    double weight(Criterion c) const { return weights[size_t(c)]; }
    void setWeight(Criterion c, double w) { weights[size_t(c)] = w; }
    bool operator==(const WeightProfile &o) const { return weights == o.weights; }
    bool operator!=(const WeightProfile &o) const { return !(*this == o); }
};

/// A partner placed in a quadrant by decision, whatever its scores say.
struct QuadrantOverride {
    Id partnerId = 0;
    Quadrant quadrant = Quadrant::Invest;
    QString note;
    bool operator==(const QuadrantOverride &o) const;
};

/// The pairwise judgments (AHP, Saaty's scale) one axis of one weight profile was last derived
/// from, so that the AHP dialog reopens with them.
struct AxisJudgments {
    int profile = 0; ///< ps::profileIndex
    Axis axis = Axis::Potential;
    /// a[i][j] for i < j over criteriaOf(axis), in the order (0,1), (0,2), (0,3), (1,2), (1,3),
    /// (2,3); each a Saaty scale value (1/9 .. 9).
    std::array<double, 6> upper{1.0, 1.0, 1.0, 1.0, 1.0, 1.0};

    /// Index into `upper` of the pair (row, column), row < column < 4.
    static int pairIndex(int row, int column);
    /// a[row][column] for any two indices: 1 on the diagonal, reciprocals below it.
    double value(int row, int column) const;
    bool operator==(const AxisJudgments &o) const;
};

/// Number of weight profiles in a scenario: one per partner model, plus the neutral profile
/// used for partners that have no model yet (index ProfileCount - 1).
constexpr int ProfileCount = 11;
/// Profile index of a partner model; std::nullopt (unclassified) maps to the neutral profile.
int profileIndex(const std::optional<PartnerModel> &model);

/// A named set of weights, thresholds and overrides, so a workshop can compare two.
struct Scenario {
    Id id = 0;
    QString name;
    double potentialThreshold = 50.0; ///< 0-100; potential >= threshold counts as high
    double readinessThreshold = 50.0; ///< 0-100; readiness >= threshold counts as high
    std::array<WeightProfile, ProfileCount> profiles{};
    std::vector<QuadrantOverride> overrides;
    /// The judgments last applied through the AHP dialog, at most one per profile and axis.
    std::vector<AxisJudgments> judgments;

    /// The judgments of one profile and axis, or nullptr.
    const AxisJudgments *judgmentsFor(int profile, Axis axis) const;
    /// Replaces (or adds) the judgments of `j.profile` and `j.axis`.
    void setJudgments(const AxisJudgments &j);
    const WeightProfile &profileFor(const std::optional<PartnerModel> &model) const {
        return profiles[size_t(profileIndex(model))];
    }
    const QuadrantOverride *overrideFor(Id partnerId) const;
    bool operator==(const Scenario &o) const;
    bool operator!=(const Scenario &o) const { return !(*this == o); }
};

} // namespace ps
