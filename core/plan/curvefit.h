// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/evidence.h"
#include "core/plan/responsecurve.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

/// Fitting every partner's response curve from the evidence (docs/plan.md, "Response curves").
///
/// Three levels, each shrunk toward the one above in the normal-normal (empirical Bayes) way,
/// on the scale of (ln a, ln s):
/// 1. the program: one curve fitted to all partners' periods, each partner with its own
///    baseline (fixed effects), so only changes of spend within a partner identify the curve;
///    when no partner's spend ever changed, a cross-section of partners' averages instead;
/// 2. each model and tier: the same fit on its partners, combined with the program's curve by
///    precision; the spread between groups is estimated from the groups (method of moments,
///    DerSimonian-Laird);
/// 3. each partner with enough periods of its own: its own fit, combined with its group's.
/// Partners without enough evidence take their group's curve with the group's uncertainty plus
/// the spread between partners of a group. Overrides win over all of it: a partner's own, then
/// the first segment override that lists it.
///
/// The group's own uncertainty is shared by its partners (SharedUncertainty): all the group's
/// partners without evidence share all of it, a partner with evidence the part its group still
/// weighs in its estimate ((1 − ownWeight)² of the group's variance). A segment override's
/// uncertainty is shared by the segment; a partner override's is its own.
namespace ps::plan {

/// A curve set by hand; its uncertainty is zero unless given.
struct CurveOverride {
    ResponseCurve curve;
    CurveUncertainty uncertainty;
};

/// A curve set by hand for a segment (any group of partner ids).
struct SegmentCurveOverride {
    QString name;
    std::vector<Id> partnerIds;
    CurveOverride value;
};

struct FitOptions {
    /// Periods a partner needs (with at least 3 different spends) for a fit of its own.
    int minOwnPeriods = 6;
    /// History periods per plan period: 4 with quarterly history and an annual plan. Spreading
    /// a plan-period spend X evenly over k periods returns k·a·(1 − e^(−X/(k·s))), so the plan's
    /// curve has k·a, k·s and k·baseline.
    double periodsPerPlan = 1.0;
    /// The standard deviation of ln a and of ln s between groups, and between partners of one
    /// group, used where the evidence has too few fits to estimate it (0.5 ≈ ±65%).
    double defaultSpread = 0.5;
    std::map<Id, CurveOverride> partnerOverrides;
    std::vector<SegmentCurveOverride> segmentOverrides; ///< the first that lists a partner wins
};

/// One partner's curve and where it comes from.
struct CurveEstimate {
    Id id = 0;
    ResponseCurve curve;
    CurveUncertainty uncertainty;
    CurveSource source = CurveSource::Program;
    SharedUncertainty shared; ///< the part of the uncertainty shared with its group or segment
    int periods = 0;          ///< periods of its own evidence
    /// Share (0-1) of the estimate of ln a that comes from the partner's own fit (its precision
    /// over the total); 0 unless source is Evidence.
    double ownWeight = 0.0;
    QString note; ///< translated: why its own evidence was not used, when it was not
};

/// The curve of one model and tier (a typical partner of the group).
struct GroupCurve {
    std::optional<PartnerModel> model;
    PartnerTier tier = PartnerTier::None;
    int partners = 0;             ///< partners of the group in the evidence
    bool fitted = false;          ///< its own evidence gave a fit (else it is the program's curve)
    double ownWeight = 0.0;       ///< share of ln a from the group's own fit (vs the program's)
    ResponseCurve curve;          ///< baseline 0
    CurveUncertainty uncertainty; ///< of the group's curve itself, before partner spread
};

struct CurveFit {
    std::vector<CurveEstimate> partners; ///< in evidence order
    std::vector<GroupCurve> groups;      ///< in order of first appearance
    bool programFitted = false;
    bool programCrossSection = false; ///< fitted across partners' averages (weaker)
    ResponseCurve programCurve;
    CurveUncertainty programUncertainty;
    double groupSpreadLogA = 0.0;   ///< estimated sd of ln a between groups
    double groupSpreadLogS = 0.0;   ///< and of ln s
    double partnerSpreadLogA = 0.0; ///< estimated sd of ln a between partners of a group
    double partnerSpreadLogS = 0.0; ///< and of ln s
    /// Sources of shared uncertainty: one per group (same order), then one per segment override.
    std::vector<SharedSource> sources;
    QString error; ///< one sentence when some partner has no curve; partners is then empty
    bool ok() const { return error.isEmpty(); }
};

/// Fits the curves of `evidence` (see the namespace comment). Fails, with a sentence, only when
/// some partner without an override has no curve because no level could be fitted, or when an
/// override or an option is not a valid number.
CurveFit fitCurves(const std::vector<PartnerEvidence> &evidence, const FitOptions &options = {});

} // namespace ps::plan
