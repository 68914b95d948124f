// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The response curve of a partner: what a program investment in it is expected to return.
/// Method, fit and a worked example: docs/plan.md.
namespace ps::plan {

/// A saturating response: value(x) = baseline + a·(1 − e^(−x/s)) for a spend x ≥ 0 in one plan
/// period (the currency of the portfolio).
///
/// The form is concave and increasing, so the first unit of spend returns most (the marginal
/// return at zero is a/s) and returns fall off as the partner saturates. `a` is the most extra
/// revenue the program can buy from the partner (the ceiling), `s` the spend at which 63% of it
/// is reached (86% at 2s, 95% at 3s). `baseline` is what the partner brings with no spend; it
/// does not change where money goes, only the expected total.
struct ResponseCurve {
    double a = 0.0;        ///< saturation, ≥ 0
    double s = 1.0;        ///< scale, > 0
    double baseline = 0.0; ///< revenue at zero spend, ≥ 0

    /// The revenue the spend buys: a·(1 − e^(−x/s)); 0 for x ≤ 0.
    double response(double x) const;
    /// baseline + response(x).
    double value(double x) const { return baseline + response(x); }
    /// The return of the next unit at x: r'(x) = (a/s)·e^(−x/s) (x clamped at 0).
    double marginal(double x) const;
    /// The inverse of the marginal: the spend x ≥ 0 at which marginal(x) = m, that is
    /// s·ln(a / (s·m)); 0 when m ≥ a/s (not even the first unit returns m), +∞ when m ≤ 0.
    double spendForMarginal(double m) const;
    /// a, s and baseline finite, a ≥ 0, s > 0, baseline ≥ 0.
    bool isValid() const;

    bool operator==(const ResponseCurve &o) const {
        return a == o.a && s == o.s && baseline == o.baseline;
    }
};

/// The uncertainty of a curve's two parameters: (ln a, ln s) is bivariate normal with these
/// standard deviations and correlation, centred so that the curve keeps the expected ceiling and
/// the expected return of the first unit: curve.a = E[a] and curve.a/curve.s = E[a/s]. That is
/// ln a ~ N(ln curve.a − σa²/2, σa²) and ln s ~ N(ln curve.s + σs²/2 − ρ·σa·σs, σs²). The
/// expected revenue at a spend then lies within a few percent of the curve's value (docs/plan.md,
/// "Uncertainty"). All zero means the curve is known exactly.
struct CurveUncertainty {
    double sdLogA = 0.0;      ///< ≥ 0; 0.1 means about ±10% on a
    double sdLogS = 0.0;      ///< ≥ 0
    double correlation = 0.0; ///< of ln a and ln s, in [−1, 1]

    bool isValid() const;
    bool isCertain() const { return sdLogA == 0.0 && sdLogS == 0.0; }
    bool operator==(const CurveUncertainty &o) const {
        return sdLogA == o.sdLogA && sdLogS == o.sdLogS && correlation == o.correlation;
    }
};

/// The part of a curve's uncertainty that it shares with other partners' curves. A model and
/// tier's curve is one estimate for all its partners: if it is too high, it is too high for all
/// of them, so their errors move together in the forecast instead of averaging out.
struct SharedUncertainty {
    int source = -1;     ///< index into PlanProblem::sharedSources; −1: nothing is shared
    double shareA = 0.0; ///< share (0-1) of the variance of ln a that comes from the source
    double shareS = 0.0; ///< share (0-1) of the variance of ln s that comes from the source

    bool isValid() const;
    bool operator==(const SharedUncertainty &o) const {
        return source == o.source && shareA == o.shareA && shareS == o.shareS;
    }
};

/// A source of shared uncertainty (a model and tier's curve, a segment's curve set by hand).
struct SharedSource {
    QString name;
    double correlation = 0.0; ///< of its errors in ln a and ln s, in [−1, 1]
};

/// Where a partner's curve comes from, most specific first.
enum class CurveSource {
    PartnerOverride, ///< set by hand for this partner
    SegmentOverride, ///< set by hand for a segment the partner belongs to
    Evidence,        ///< fitted from the partner's own history, shrunk toward its model and tier
    ModelTier,       ///< the figures of its model and tier, shrunk toward the program's
    Program,         ///< the program's figures (its model and tier have no usable evidence)
};

QString
toKey(CurveSource source); ///< partner_override, segment_override, evidence, model_tier, program
QString label(CurveSource source); ///< translated

} // namespace ps::plan
