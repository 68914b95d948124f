// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/forecast.h"

#include "core/plan/normalsampler_p.h"
#include "core/plan/plantext_p.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <thread>

namespace ps::plan {
namespace {

using detail::SplitMix;
using detail::Ziggurat;

constexpr int TableIntervals = 256;
constexpr double TableEdge = 6.0;
constexpr int MaxBlocks = 64;
constexpr size_t BlockValues = 8000000; ///< doubles of all blocks' totals together (64 MB)
constexpr int MinDraws = 100;
constexpr int MaxDraws = 1000000;

/// A funded partner whose return is uncertain.
struct Sampled {
    size_t index = 0;        ///< in the problem
    double scale = 0.0;      ///< w·a (median a)
    double spendRatio = 0.0; ///< x over the median of s
    double need = 0.0;       ///< pays back when e^(σa·z)·G(w) ≥ need = x/(w·a)
    double sdA = 0.0, sdS = 0.0;
    double rho = 0.0, rhoC = 1.0; ///< correlation of the partner's own parts, and √(1 − ρ²)
    int source = -1;              ///< shared source, or −1
    double ca = 0.0, oa = 1.0;    ///< weights of the shared and own standard normals in ln a
    double cs = 0.0, os = 1.0;    ///< the same in ln s
};

/// The standard normal draws of the shared sources, per source and draw: (ln a, ln s) parts.
struct SharedDraws {
    std::vector<std::vector<double>> a, s;
    std::vector<double> zeros; ///< for partners without a source
};

/// A function of one standard normal variate, tabulated on [−TableEdge, TableEdge].
class Table {
public:
    template <typename F> void fill(F f) {
        for (int k = 0; k <= TableIntervals; ++k)
            m_v[size_t(k)] = f(-TableEdge + k * Step);
    }
    template <typename F> double at(double z, const F &exact) const {
        const double p = (z + TableEdge) * (1.0 / Step);
        if (Q_UNLIKELY(!(p >= 0.0 && p < double(TableIntervals))))
            return outside(z, exact);
        const int k = int(p);
        const double f = p - k;
        return m_v[size_t(k)] + f * (m_v[size_t(k) + 1] - m_v[size_t(k)]);
    }

private:
    /// Beyond the table (|z| > 6, one draw in 500 million): computed exactly, out of the loop.
    template <typename F> Q_NEVER_INLINE static double outside(double z, const F &exact) {
        return exact(z);
    }

    static constexpr double Step = 2.0 * TableEdge / TableIntervals;
    std::array<double, TableIntervals + 1> m_v{};
};

quint64 streamSeed(quint64 seed, size_t index, quint64 salt = 0x632be59bd9b4e019ULL) {
    SplitMix mix(seed ^ (salt * (quint64(index) + 1)));
    return mix.next();
}

/// Draws every shared source's pair of standard normals for each draw, correlated as its
/// SharedSource says, from a stream of its own.
SharedDraws drawShared(const PlanProblem &problem, const std::vector<bool> &used, quint64 seed,
                       int draws) {
    const Ziggurat &zig = Ziggurat::instance();
    SharedDraws out;
    out.zeros.assign(size_t(draws), 0.0);
    out.a.resize(problem.sharedSources.size());
    out.s.resize(problem.sharedSources.size());
    for (size_t k = 0; k < problem.sharedSources.size(); ++k) {
        if (!used[k])
            continue;
        const double rho = std::clamp(problem.sharedSources[k].correlation, -1.0, 1.0);
        const double rhoC = std::sqrt(1.0 - rho * rho);
        SplitMix rng(streamSeed(seed, k, 0x9fb21c651e98df25ULL));
        out.a[k].resize(size_t(draws));
        out.s[k].resize(size_t(draws));
        for (size_t d = 0; d < size_t(draws); ++d) {
            const quint64 bits = rng.next();
            const double z1 = zig.normal(quint32(bits), rng);
            const double z2 = zig.normal(quint32(bits >> 32), rng);
            out.a[k][d] = z1;
            out.s[k][d] = rho * z1 + rhoC * z2;
        }
    }
    return out;
}

/// Adds the returns of parts[begin, end) to totals[0, draws) and counts their paybacks.
void sampleBlock(const std::vector<Sampled> &parts, const SharedDraws &shared, size_t begin,
                 size_t end, quint64 seed, int draws, double *totals, int *paybacks) {
    const Ziggurat &zig = Ziggurat::instance();
    Table ta, tg;
    for (size_t i = begin; i < end; ++i) {
        const Sampled &p = parts[i];
        // a = curve.a·e^(σa·z − σa²/2) and s = curve.s·e^(σs·w + σs²/2 − ρ·σa·σs), the
        // centring of CurveUncertainty (folded into spendRatio).
        auto fa = [&](double z) { return std::exp(p.sdA * z - 0.5 * p.sdA * p.sdA); };
        auto fg = [&](double w) { return -std::expm1(-p.spendRatio * std::exp(-p.sdS * w)); };
        ta.fill(fa);
        tg.fill(fg);
        SplitMix rng(streamSeed(seed, p.index));
        const double *za = p.source >= 0 ? shared.a[size_t(p.source)].data() : shared.zeros.data();
        const double *zs = p.source >= 0 ? shared.s[size_t(p.source)].data() : shared.zeros.data();
        // Locals, so that the writes to totals need not reload them (they might alias).
        const double rho = p.rho, rhoC = p.rhoC, ca = p.ca, oa = p.oa, cs = p.cs, os = p.os;
        const double scale = p.scale, need = p.need;
        int count = 0;
        for (int d = 0; d < draws; ++d) {
            const quint64 bits = rng.next();
            const double e1 = zig.normal(quint32(bits), rng);
            const double e2 = rho * e1 + rhoC * zig.normal(quint32(bits >> 32), rng);
            const double z = ca * za[d] + oa * e1; // standard normal behind ln a
            const double w = cs * zs[d] + os * e2; // and behind ln s
            const double v = ta.at(z, fa) * tg.at(w, fg);
            totals[d] += scale * v;
            count += v >= need;
        }
        paybacks[i] = count;
    }
}

/// Type 7 quantile of sorted values.
double quantile(const std::vector<double> &sorted, double q) {
    const double h = (double(sorted.size()) - 1.0) * q;
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

QString inputError(const PlanProblem &problem, const Plan &plan, const ForecastOptions &options) {
    if (options.draws < MinDraws || options.draws > MaxDraws)
        return PlanText::tr("A forecast takes between %1 and %2 draws.")
            .arg(MinDraws)
            .arg(MaxDraws);
    if (plan.partners.size() != problem.partners.size())
        return PlanText::tr("The plan has %1 partners but its problem %2.")
            .arg(plan.partners.size())
            .arg(problem.partners.size());
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        const PlanPartner &p = problem.partners[i];
        const double x = plan.partners[i].allocation;
        if (plan.partners[i].id != p.id || !std::isfinite(x) || x < 0.0 || !p.curve.isValid() ||
            !p.uncertainty.isValid() || !p.shared.isValid() ||
            p.shared.source >= int(problem.sharedSources.size()))
            return PlanText::tr("The plan's figures for %1 do not fit its problem.")
                .arg(p.name.isEmpty() ? QString::number(p.id) : p.name);
    }
    return {};
}

} // namespace

Forecast forecastPlan(const PlanProblem &problem, const Plan &plan,
                      const ForecastOptions &options) {
    Forecast out;
    out.error = inputError(problem, plan, options);
    if (!out.error.isEmpty())
        return out;
    const PlanConstraints &c = problem.constraints;
    const bool margin = c.objective == Objective::Margin;
    const double cost = margin ? 1.0 : 0.0;
    const int draws = options.draws;

    // The certain part of the total, and the partners to sample.
    double constant = 0.0;
    std::vector<Sampled> parts;
    std::vector<bool> used(problem.sharedSources.size(), false);
    std::vector<std::optional<double>> payback(problem.partners.size());
    for (size_t i = 0; i < problem.partners.size(); ++i) {
        const PlanPartner &p = problem.partners[i];
        const double x = plan.partners[i].allocation;
        const double w = margin ? p.marginRate.value_or(c.marginRate) : 1.0;
        constant += w * p.curve.baseline - cost * x;
        if (x <= 0.0)
            continue;
        if (p.uncertainty.isCertain() || w * p.curve.a <= 0.0) {
            const double bought = w * p.curve.response(x);
            constant += bought;
            payback[i] = bought >= x ? 1.0 : 0.0;
            continue;
        }
        Sampled s;
        s.index = i;
        s.scale = w * p.curve.a;
        s.need = x / s.scale;
        s.sdA = p.uncertainty.sdLogA;
        s.sdS = p.uncertainty.sdLogS;
        s.spendRatio = x / p.curve.s *
                       std::exp(-0.5 * s.sdS * s.sdS + p.uncertainty.correlation * s.sdA * s.sdS);
        // Split each parameter's error into the shared source's part and the partner's own;
        // the own parts carry whatever correlation the shared parts leave.
        double rho = p.uncertainty.correlation;
        if (p.shared.source >= 0) {
            s.source = p.shared.source;
            s.ca = std::sqrt(p.shared.shareA);
            s.oa = std::sqrt(1.0 - p.shared.shareA);
            s.cs = std::sqrt(p.shared.shareS);
            s.os = std::sqrt(1.0 - p.shared.shareS);
            used[size_t(s.source)] = true;
            const double own = s.oa * s.os;
            const double common = problem.sharedSources[size_t(s.source)].correlation * s.ca * s.cs;
            rho = own > 1e-9 ? std::clamp((rho - common) / own, -1.0, 1.0) : 0.0;
        }
        s.rho = rho;
        s.rhoC = std::sqrt(std::max(0.0, 1.0 - rho * rho));
        parts.push_back(s);
    }

    const SharedDraws shared = drawShared(problem, used, options.seed, draws);
    const size_t blocks = parts.empty()
                              ? 0
                              : std::min({size_t(MaxBlocks), parts.size(),
                                          std::max<size_t>(1, BlockValues / size_t(draws))});
    std::vector<std::vector<double>> blockTotals(blocks);
    std::vector<int> counts(parts.size(), 0);
    std::atomic<size_t> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    int reported = 0;
    auto work = [&](bool caller) {
        for (;;) {
            const size_t b = next.fetch_add(1);
            if (b >= blocks || cancel.load())
                return;
            const size_t begin = parts.size() * b / blocks, end = parts.size() * (b + 1) / blocks;
            blockTotals[b].assign(size_t(draws), 0.0);
            sampleBlock(parts, shared, begin, end, options.seed, draws, blockTotals[b].data(),
                        counts.data());
            const int finished = done.fetch_add(1) + 1;
            if (caller && options.progress) {
                reported = finished;
                if (!options.progress(finished, int(blocks)))
                    cancel.store(true);
            }
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t threads = std::min<size_t>(options.threads > 0 ? size_t(options.threads) : cores,
                                            std::max<size_t>(1, blocks));
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &t : helpers)
        t.join();
    if (!cancel.load() && options.progress && reported < int(blocks) &&
        !options.progress(int(blocks), int(blocks)))
        cancel.store(true);
    if (cancel.load()) {
        out.cancelled = true;
        out.error = PlanText::tr("The forecast was cancelled.");
        return out;
    }

    std::vector<double> totals(size_t(draws), constant);
    for (const std::vector<double> &block : blockTotals)
        for (size_t d = 0; d < totals.size(); ++d)
            totals[d] += block[d];
    double sum = 0.0;
    for (double v : totals)
        sum += v;
    out.mean = sum / double(draws);
    std::sort(totals.begin(), totals.end());
    out.p10 = quantile(totals, 0.10);
    out.p50 = quantile(totals, 0.50);
    out.p90 = quantile(totals, 0.90);
    for (size_t j = 0; j < parts.size(); ++j)
        payback[parts[j].index] = double(counts[j]) / double(draws);
    out.payback = std::move(payback);
    out.draws = draws;
    return out;
}

} // namespace ps::plan
