// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/responsecurve.h"

#include "core/plan/plantext_p.h"

#include <cmath>
#include <limits>

namespace ps::plan {

double ResponseCurve::response(double x) const {
    if (!(x > 0.0))
        return 0.0;
    return a * -std::expm1(-x / s);
}

double ResponseCurve::marginal(double x) const {
    return (a / s) * std::exp(-std::max(x, 0.0) / s);
}

double ResponseCurve::spendForMarginal(double m) const {
    if (!(m > 0.0))
        return std::numeric_limits<double>::infinity();
    const double initial = a / s;
    if (m >= initial)
        return 0.0;
    return s * std::log(initial / m);
}

bool ResponseCurve::isValid() const {
    return std::isfinite(a) && std::isfinite(s) && std::isfinite(baseline) && a >= 0.0 && s > 0.0 &&
           baseline >= 0.0;
}

bool CurveUncertainty::isValid() const {
    return std::isfinite(sdLogA) && std::isfinite(sdLogS) && std::isfinite(correlation) &&
           sdLogA >= 0.0 && sdLogS >= 0.0 && correlation >= -1.0 && correlation <= 1.0;
}

bool SharedUncertainty::isValid() const {
    return shareA >= 0.0 && shareA <= 1.0 && shareS >= 0.0 && shareS <= 1.0 && source >= -1;
}

QString toKey(CurveSource source) {
    switch (source) {
    case CurveSource::PartnerOverride:
        return QStringLiteral("partner_override");
    case CurveSource::SegmentOverride:
        return QStringLiteral("segment_override");
    case CurveSource::Evidence:
        return QStringLiteral("evidence");
    case CurveSource::ModelTier:
        return QStringLiteral("model_tier");
    case CurveSource::Program:
        break;
    }
    return QStringLiteral("program");
}

QString label(CurveSource source) {
    switch (source) {
    case CurveSource::PartnerOverride:
        return PlanText::tr("Set by hand for the partner");
    case CurveSource::SegmentOverride:
        return PlanText::tr("Set by hand for its segment");
    case CurveSource::Evidence:
        return PlanText::tr("Its own evidence");
    case CurveSource::ModelTier:
        return PlanText::tr("Its model and tier");
    case CurveSource::Program:
        break;
    }
    return PlanText::tr("The program");
}

} // namespace ps::plan
