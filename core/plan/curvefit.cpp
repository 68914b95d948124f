// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/curvefit.h"

#include "core/plan/curvefit_p.h"
#include "core/plan/plantext_p.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace ps::plan {
namespace {

using detail::FitFailure;
using detail::LogParams;
using detail::Observations;
using detail::SaturatingFit;

constexpr double MinSpreadVar = 0.1 * 0.1; ///< floor of an estimated spread (sd 0.1)

struct LevelFit {
    bool ok = false;
    bool crossSection = false;
    SaturatingFit fit;
};

bool distinctSpends(const PartnerEvidence &e, int atLeast) {
    std::vector<double> x;
    for (const EvidencePeriod &p : e.periods)
        x.push_back(p.investment.total());
    std::sort(x.begin(), x.end());
    return int(std::unique(x.begin(), x.end()) - x.begin()) >= atLeast;
}

/// Fits one level (the program or a group) on the partners `members`: within partners first,
/// across partners' averages when no partner's spend changed enough.
LevelFit fitLevel(const std::vector<PartnerEvidence> &evidence, const std::vector<int> &members) {
    LevelFit level;
    Observations within;
    for (int i : members) {
        const PartnerEvidence &e = evidence[size_t(i)];
        if (e.periods.size() < 2 || !distinctSpends(e, 2))
            continue;
        for (const EvidencePeriod &p : e.periods) {
            within.x.push_back(p.investment.total());
            within.y.push_back(p.revenue);
            within.unit.push_back(within.units);
        }
        ++within.units;
    }
    if (within.units > 0) {
        level.fit = detail::fitSaturating(within);
        level.ok = level.fit.ok();
    }
    if (level.ok)
        return level;
    Observations across;
    for (int i : members) {
        const PartnerEvidence &e = evidence[size_t(i)];
        if (e.periods.empty())
            continue;
        double x = 0.0, y = 0.0;
        for (const EvidencePeriod &p : e.periods) {
            x += p.investment.total();
            y += p.revenue;
        }
        across.x.push_back(x / double(e.periods.size()));
        across.y.push_back(y / double(e.periods.size()));
    }
    level.fit = detail::fitSaturating(across);
    level.ok = level.fit.ok();
    level.crossSection = level.ok;
    return level;
}

CurveUncertainty uncertaintyOf(const LogParams &p) {
    CurveUncertainty u;
    u.sdLogA = std::sqrt(std::max(p.cov[0], 0.0));
    u.sdLogS = std::sqrt(std::max(p.cov[2], 0.0));
    u.correlation = (u.sdLogA > 0.0 && u.sdLogS > 0.0)
                        ? std::clamp(p.cov[1] / (u.sdLogA * u.sdLogS), -1.0, 1.0)
                        : 0.0;
    return u;
}

/// The curve of estimated (ln a, ln s): E[a] and E[a]/E[a/s] (see CurveUncertainty).
ResponseCurve curveOf(const LogParams &p, double scale) {
    const double va = std::max(p.cov[0], 0.0), vs = std::max(p.cov[2], 0.0);
    return {scale * std::exp(p.mean[0] + 0.5 * va),
            scale * std::exp(p.mean[1] - 0.5 * vs + p.cov[1]), 0.0};
}

/// The baseline that best fits a partner's periods given the curve (period units), ≥ 0.
double baselineFor(const PartnerEvidence &e, double a, double s) {
    if (e.periods.empty())
        return 0.0;
    double sum = 0.0;
    for (const EvidencePeriod &p : e.periods)
        sum += p.revenue - a * -std::expm1(-p.investment.total() / s);
    return std::max(0.0, sum / double(e.periods.size()));
}

/// The spread τ² between estimates and their centres beyond what sampling explains, per
/// parameter, by the method of moments with precision weights (DerSimonian and Laird): with
/// deviations d_i of sampling variance v_i and w_i = 1/v_i, E[Σ w_i·d_i²] = k + τ²·Σ w_i, so
/// τ² = (Σ w_i·d_i² − k) / Σ w_i, floored at 0.1²; `fallback` with fewer than three estimates.
std::array<double, 2> spread(const std::vector<std::array<double, 2>> &deviations,
                             const std::vector<std::array<double, 2>> &samplingVar,
                             double fallback) {
    if (deviations.size() < 3)
        return {fallback, fallback};
    std::array<double, 2> out{};
    for (size_t k = 0; k < 2; ++k) {
        double q = 0.0, weights = 0.0;
        for (size_t i = 0; i < deviations.size(); ++i) {
            const double w = 1.0 / std::max(samplingVar[i][k], 1e-12);
            q += w * deviations[i][k] * deviations[i][k];
            weights += w;
        }
        out[k] = std::max(MinSpreadVar, (q - double(deviations.size())) / weights);
    }
    return out;
}

/// Runs work(0) … work(count − 1) on all cores, each task taken as a thread becomes free (so
/// list the longest first). Every call writes only its own results, so the fit is the same
/// whatever the order.
template <typename Work> void inParallel(size_t count, const Work &work) {
    std::atomic<size_t> next{0};
    const auto run = [&] {
        for (size_t task = next++; task < count; task = next++)
            work(task);
    };
    const size_t threads =
        std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), count);
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &t : helpers)
        t.join();
}

/// A partner's own fit (its periods, one common baseline); TooFewPoints below `minPeriods`.
SaturatingFit ownFit(const PartnerEvidence &e, int minPeriods) {
    SaturatingFit none;
    none.failure = FitFailure::TooFewPoints;
    if (int(e.periods.size()) < minPeriods)
        return none;
    Observations obs;
    for (const EvidencePeriod &p : e.periods) {
        obs.x.push_back(p.investment.total());
        obs.y.push_back(p.revenue);
    }
    return detail::fitSaturating(obs);
}

QString failureNote(FitFailure failure) {
    switch (failure) {
    case FitFailure::NoPositiveResponse:
        return PlanText::tr("Its own revenue does not rise with its spend.");
    case FitFailure::NoSaturation:
        return PlanText::tr("Its own evidence shows no saturation yet, so its ceiling is unknown.");
    case FitFailure::SaturatedBelowData:
        return PlanText::tr("Its own evidence is saturated at every spend it has seen.");
    case FitFailure::Singular:
    case FitFailure::TooFewPoints:
    case FitFailure::None:
        break;
    }
    return PlanText::tr("Its own evidence cannot tell the ceiling from the scale.");
}

QString optionsError(const FitOptions &options) {
    if (!(options.periodsPerPlan > 0.0) || !std::isfinite(options.periodsPerPlan))
        return PlanText::tr("The periods per plan period must be a positive number.");
    if (!(options.defaultSpread >= 0.0) || !std::isfinite(options.defaultSpread))
        return PlanText::tr("The default spread of the curves must be zero or more.");
    if (options.minOwnPeriods < 4)
        return PlanText::tr("A partner's own fit needs at least 4 periods.");
    for (const auto &[id, o] : options.partnerOverrides)
        if (!o.curve.isValid() || !o.uncertainty.isValid())
            return PlanText::tr("The curve set by hand for partner %1 is not valid: the ceiling "
                                "and baseline must be zero or more and the scale positive.")
                .arg(id);
    for (const SegmentCurveOverride &o : options.segmentOverrides)
        if (!o.value.curve.isValid() || !o.value.uncertainty.isValid())
            return PlanText::tr("The curve set by hand for segment \"%1\" is not valid: the "
                                "ceiling and baseline must be zero or more and the scale positive.")
                .arg(o.name);
    return {};
}

} // namespace

CurveFit fitCurves(const std::vector<PartnerEvidence> &evidence, const FitOptions &options) {
    CurveFit out;
    out.error = evidenceError(evidence);
    if (out.error.isEmpty())
        out.error = optionsError(options);
    if (!out.error.isEmpty())
        return out;
    const double scale = options.periodsPerPlan;
    const double defaultVar = options.defaultSpread * options.defaultSpread;

    // Groups by model and tier, in order of first appearance.
    std::vector<int> groupOf(evidence.size());
    std::unordered_map<int, int> groupIndex;
    std::vector<std::vector<int>> members;
    for (size_t i = 0; i < evidence.size(); ++i) {
        const PartnerEvidence &e = evidence[i];
        const int key = (e.model ? int(*e.model) + 1 : 0) * 16 + int(e.tier);
        auto [it, added] = groupIndex.emplace(key, int(members.size()));
        if (added) {
            members.emplace_back();
            GroupCurve g;
            g.model = e.model;
            g.tier = e.tier;
            out.groups.push_back(g);
        }
        groupOf[i] = it->second;
        members[size_t(it->second)].push_back(int(i));
        ++out.groups[size_t(it->second)].partners;
    }

    // The least-squares fits do not depend on each other: the program's, each group's and
    // each partner's own run side by side; what combines them below runs in order.
    std::vector<int> everyone(evidence.size());
    for (size_t i = 0; i < evidence.size(); ++i)
        everyone[i] = int(i);
    LevelFit program;
    std::vector<LevelFit> fits(members.size());
    std::vector<SaturatingFit> own(evidence.size());
    // Tasks: the program, the groups from the largest, then the partners in blocks.
    std::vector<size_t> bySize(members.size());
    for (size_t g = 0; g < bySize.size(); ++g)
        bySize[g] = g;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](size_t a, size_t b) { return members[a].size() > members[b].size(); });
    constexpr size_t Block = 256;
    const size_t levels = 1 + members.size();
    inParallel(levels + (evidence.size() + Block - 1) / Block, [&](size_t task) {
        if (task == 0) {
            program = fitLevel(evidence, everyone);
        } else if (task < levels) {
            const size_t g = bySize[task - 1];
            fits[g] = fitLevel(evidence, members[g]);
        } else {
            const size_t begin = (task - levels) * Block;
            for (size_t i = begin; i < std::min(evidence.size(), begin + Block); ++i)
                own[i] = ownFit(evidence[i], options.minOwnPeriods);
        }
    });

    // 1. The program.
    out.programFitted = program.ok;
    out.programCrossSection = program.crossSection;

    // 2. Groups, shrunk toward the program.
    std::vector<LogParams> groupParams(members.size());
    if (program.ok) {
        const LogParams &prog = program.fit.params;
        out.programCurve = curveOf(prog, scale);
        out.programUncertainty = uncertaintyOf(prog);
        std::vector<std::array<double, 2>> dev, var;
        for (size_t g = 0; g < members.size(); ++g) {
            if (!fits[g].ok)
                continue;
            const LogParams &p = fits[g].fit.params;
            dev.push_back({p.mean[0] - prog.mean[0], p.mean[1] - prog.mean[1]});
            var.push_back({p.cov[0] + prog.cov[0], p.cov[2] + prog.cov[2]});
        }
        const std::array<double, 2> between = spread(dev, var, defaultVar);
        out.groupSpreadLogA = std::sqrt(between[0]);
        out.groupSpreadLogS = std::sqrt(between[1]);
        const LogParams prior = detail::widen(prog, between[0], between[1]);
        for (size_t g = 0; g < members.size(); ++g) {
            GroupCurve &group = out.groups[g];
            group.fitted = fits[g].ok;
            groupParams[g] = group.fitted ? detail::combine(fits[g].fit.params, prior) : prior;
            group.ownWeight = group.fitted ? 1.0 - groupParams[g].cov[0] / prior.cov[0] : 0.0;
            group.curve = curveOf(groupParams[g], scale);
            group.uncertainty = uncertaintyOf(groupParams[g]);
        }
    }

    // 3. Partners' own fits, shrunk toward their group.
    if (!program.ok) {
        SaturatingFit none;
        none.failure = FitFailure::TooFewPoints;
        std::fill(own.begin(), own.end(), none);
    }
    std::vector<std::array<double, 2>> dev, var;
    for (size_t i = 0; i < evidence.size() && program.ok; ++i) {
        if (!own[i].ok())
            continue;
        const LogParams &p = own[i].params;
        const LogParams &g = groupParams[size_t(groupOf[i])];
        dev.push_back({p.mean[0] - g.mean[0], p.mean[1] - g.mean[1]});
        var.push_back({p.cov[0] + g.cov[0], p.cov[2] + g.cov[2]});
    }
    const std::array<double, 2> within = spread(dev, var, defaultVar);
    out.partnerSpreadLogA = program.ok ? std::sqrt(within[0]) : 0.0;
    out.partnerSpreadLogS = program.ok ? std::sqrt(within[1]) : 0.0;

    // Segment overrides by partner: the first segment that lists a partner wins.
    std::unordered_map<Id, const SegmentCurveOverride *> segmentOf;
    for (const SegmentCurveOverride &o : options.segmentOverrides)
        for (Id id : o.partnerIds)
            segmentOf.emplace(id, &o);

    for (const GroupCurve &g : out.groups)
        out.sources.push_back({(g.model ? label(*g.model) : PlanText::tr("Unclassified")) +
                                   QStringLiteral(" · ") + label(g.tier),
                               g.uncertainty.correlation});
    std::unordered_map<const SegmentCurveOverride *, int> segmentSource;
    for (const SegmentCurveOverride &o : options.segmentOverrides) {
        segmentSource[&o] = int(out.sources.size());
        out.sources.push_back({o.name, o.value.uncertainty.correlation});
    }

    int uncovered = 0;
    out.partners.reserve(evidence.size());
    for (size_t i = 0; i < evidence.size(); ++i) {
        const PartnerEvidence &e = evidence[i];
        CurveEstimate est;
        est.id = e.id;
        est.periods = int(e.periods.size());
        if (auto it = options.partnerOverrides.find(e.id); it != options.partnerOverrides.end()) {
            est.curve = it->second.curve;
            est.uncertainty = it->second.uncertainty;
            est.source = CurveSource::PartnerOverride;
        } else if (auto seg = segmentOf.find(e.id); seg != segmentOf.end()) {
            est.curve = seg->second->value.curve;
            est.uncertainty = seg->second->value.uncertainty;
            est.source = CurveSource::SegmentOverride;
            est.shared = {segmentSource[seg->second], 1.0, 1.0};
        } else if (!program.ok) {
            ++uncovered;
            continue;
        } else {
            const size_t g = size_t(groupOf[i]);
            const LogParams prior = detail::widen(groupParams[g], within[0], within[1]);
            LogParams post = prior;
            if (own[i].ok()) {
                post = detail::combine(own[i].params, prior);
                est.source = CurveSource::Evidence;
                est.ownWeight = 1.0 - post.cov[0] / prior.cov[0];
            } else {
                est.source = out.groups[g].fitted ? CurveSource::ModelTier : CurveSource::Program;
                if (est.periods < options.minOwnPeriods)
                    est.note = PlanText::tr("It has %n period(s) of its own evidence; a fit of its "
                                            "own needs %1.",
                                            nullptr, est.periods)
                                   .arg(options.minOwnPeriods);
                else
                    est.note = failureNote(own[i].failure);
            }
            est.curve = curveOf(post, scale);
            est.curve.baseline = scale * baselineFor(e, est.curve.a / scale, est.curve.s / scale);
            est.uncertainty = uncertaintyOf(post);
            // The group's error reaches the partner through the weight its prior keeps.
            const LogParams &group = groupParams[g];
            const double keepA = 1.0 - est.ownWeight;
            const double keepS = own[i].ok() ? post.cov[2] / prior.cov[2] : 1.0;
            est.shared.source = int(g);
            est.shared.shareA =
                std::clamp(keepA * keepA * group.cov[0] / std::max(post.cov[0], 1e-300), 0.0, 1.0);
            est.shared.shareS =
                std::clamp(keepS * keepS * group.cov[2] / std::max(post.cov[2], 1e-300), 0.0, 1.0);
        }
        out.partners.push_back(est);
    }
    if (uncovered > 0) {
        out.partners.clear();
        out.error = PlanText::tr("%n partner(s) have no response curve: no partner's evidence "
                                 "has enough spend and revenue history to fit one; set their "
                                 "curves by hand.",
                                 nullptr, uncovered);
    }
    return out;
}

} // namespace ps::plan
