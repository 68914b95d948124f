// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/capacity.h"

#include "core/plan/plantext_p.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ps::plan {
namespace {

/// What one level (the program, a model, a cohort) has seen.
struct Tally {
    double revenue = 0.0; ///< annual revenue of measured active partners
    int measured = 0;
    std::vector<double> ramps;
    int activated = 0;
    int enrolled = 0; ///< enrolled a year or more before asOf
};

int modelKey(const PartnerEvidence &e) {
    return e.model ? int(*e.model) + 1 : 0;
}

/// Annual revenue from the periods of the year before asOf; false when there are none.
bool annualRevenue(const PartnerEvidence &e, QDate asOf, double periodsPerYear, double *out) {
    const QDate from = asOf.addYears(-1);
    double sum = 0.0;
    int count = 0;
    for (const EvidencePeriod &p : e.periods)
        if (p.start >= from && p.start < asOf) {
            sum += p.revenue;
            ++count;
        }
    if (count == 0)
        return false;
    *out = sum / count * periodsPerYear;
    return true;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double shrink(double sum, int n, double k, double parent) {
    return (sum + k * parent) / (double(n) + k);
}

void record(Tally &t, const PartnerEvidence &e, QDate asOf, double periodsPerYear) {
    double revenue = 0.0;
    if (e.status == PartnerStatus::Active && annualRevenue(e, asOf, periodsPerYear, &revenue)) {
        t.revenue += revenue;
        ++t.measured;
    }
    if (e.enrolledOn.isValid() && e.firstCommercialOn.isValid() && e.firstCommercialOn <= asOf)
        t.ramps.push_back(double(std::max<qint64>(0, e.enrolledOn.daysTo(e.firstCommercialOn))));
    if (e.enrolledOn.isValid() && e.enrolledOn <= asOf.addYears(-1)) {
        ++t.enrolled;
        t.activated += e.firstCommercialOn.isValid() && e.firstCommercialOn <= asOf;
    }
}

QString optionsError(const CapacityOptions &o, bool empty) {
    if (!std::isfinite(o.revenueTarget) || o.revenueTarget < 0.0)
        return PlanText::tr("The revenue target must be a number of zero or more.");
    if (!o.asOf.isValid() || !o.targetDate.isValid() || o.targetDate <= o.asOf)
        return PlanText::tr("The target date must come after today's date (%1).")
            .arg(o.asOf.toString(Qt::ISODate));
    if (!(o.periodsPerYear > 0.0) || !std::isfinite(o.periodsPerYear))
        return PlanText::tr("The periods per year must be a positive number.");
    if (!(o.credibility >= 0.0) || !std::isfinite(o.credibility))
        return PlanText::tr("The credibility weight must be zero or more.");
    if (empty)
        return PlanText::tr("There are no partners to plan capacity from.");
    return {};
}

} // namespace

CapacityPlan planCapacity(const std::vector<PartnerEvidence> &evidence,
                          const CapacityOptions &options) {
    CapacityPlan plan;
    plan.target = options.revenueTarget;
    plan.error = optionsError(options, evidence.empty());
    if (plan.error.isEmpty())
        plan.error = evidenceError(evidence);
    if (!plan.error.isEmpty())
        return plan;
    const QDate asOf = options.asOf;
    const double ppy = options.periodsPerYear, k = options.credibility;

    // Tallies per cohort, model and program.
    Tally program;
    std::map<int, Tally> models;
    std::map<int, int> cohortIndex;
    std::vector<Tally> cohorts;
    std::vector<int> cohortOf(evidence.size());
    for (size_t i = 0; i < evidence.size(); ++i) {
        const PartnerEvidence &e = evidence[i];
        const int key = modelKey(e) * 16 + int(e.tier);
        auto [it, added] = cohortIndex.emplace(key, int(cohorts.size()));
        if (added) {
            cohorts.emplace_back();
            CohortFigures f;
            f.model = e.model;
            f.tier = e.tier;
            plan.cohorts.push_back(f);
        }
        cohortOf[i] = it->second;
        record(program, e, asOf, ppy);
        record(models[modelKey(e)], e, asOf, ppy);
        record(cohorts[size_t(it->second)], e, asOf, ppy);
    }
    if (program.measured == 0) {
        plan.error = PlanText::tr("No active partner has attributed revenue in the year before "
                                  "%1, so productivity is unknown.")
                         .arg(asOf.toString(Qt::ISODate));
        return plan;
    }
    if (program.ramps.empty()) {
        plan.error = PlanText::tr("No partner has both an enrolment date and a first commercial "
                                  "activity, so the ramp time is unknown.");
        return plan;
    }
    const double programProductivity = program.revenue / program.measured;
    double programRate = 1.0;
    if (program.enrolled > 0)
        programRate = double(program.activated) / program.enrolled;
    else
        plan.notes << PlanText::tr("No partner was enrolled a year ago or more, so every recruit "
                                   "is assumed to become active.");

    for (size_t c = 0; c < cohorts.size(); ++c) {
        CohortFigures &f = plan.cohorts[c];
        const Tally &t = cohorts[c];
        const Tally &m = models[f.model ? int(*f.model) + 1 : 0];
        const double modelProductivity = shrink(m.revenue, m.measured, k, programProductivity);
        f.productivity = shrink(t.revenue, t.measured, k, modelProductivity);
        f.productivityBasis = t.measured;
        f.rampBasis = t.ramps.size() >= 3 ? int(t.ramps.size()) : 0;
        f.rampDays = t.ramps.size() >= 3   ? median(t.ramps)
                     : m.ramps.size() >= 3 ? median(m.ramps)
                                           : median(program.ramps);
        const double modelRate = shrink(m.activated, m.enrolled, k, programRate);
        f.activationRate = shrink(t.activated, t.enrolled, k, modelRate);
        f.activationBasis = t.enrolled;
    }

    // Today's run-rate and the candidates to activate, with the ramp each still has to go.
    std::vector<std::vector<double>> remaining(cohorts.size());
    for (size_t i = 0; i < evidence.size(); ++i) {
        const PartnerEvidence &e = evidence[i];
        CohortFigures &f = plan.cohorts[size_t(cohortOf[i])];
        if (e.status == PartnerStatus::Active) {
            double revenue = 0.0;
            if (!annualRevenue(e, asOf, ppy, &revenue))
                revenue = f.productivity;
            ++f.active;
            f.currentRevenue += revenue;
            plan.currentRunRate += revenue;
        } else if (e.status == PartnerStatus::Onboarding || e.status == PartnerStatus::Dormant) {
            ++f.candidates;
            double left = f.rampDays;
            if (e.status == PartnerStatus::Onboarding && e.enrolledOn.isValid())
                left = std::max(0.0, f.rampDays - double(e.enrolledOn.daysTo(asOf)));
            remaining[size_t(cohortOf[i])].push_back(left);
        } else if (e.status == PartnerStatus::Prospect) {
            ++f.prospects;
        }
    }
    plan.gap = std::max(0.0, plan.target - plan.currentRunRate);
    if (plan.gap <= 0.0) {
        plan.notes << PlanText::tr("Today's run-rate of %1 already meets the target.")
                          .arg(money(plan.currentRunRate));
        return plan;
    }

    // Share the gap among cohorts.
    const double daysLeft = double(asOf.daysTo(options.targetDate));
    const size_t n = cohorts.size();
    auto canRecruit = [&](size_t c) {
        const CohortFigures &f = plan.cohorts[c];
        return f.rampDays <= daysLeft && f.productivity > 0.0 && f.activationRate > 0.0;
    };
    std::vector<double> weight(n, 0.0);
    if (options.mix == CapacityMix::CurrentMix) {
        for (size_t c = 0; c < n; ++c)
            weight[c] = plan.cohorts[c].currentRevenue;
    } else {
        int best = -1;
        for (size_t c = 0; c < n; ++c)
            if (canRecruit(c) && (best < 0 || plan.cohorts[c].productivity >
                                                  plan.cohorts[size_t(best)].productivity))
                best = int(c);
        if (best >= 0)
            weight[size_t(best)] = 1.0;
    }
    double total = 0.0;
    for (double w : weight)
        total += w;
    if (!(total > 0.0))
        for (size_t c = 0; c < n; ++c)
            total += weight[c] = canRecruit(c) ? 1.0 : 0.0;

    std::vector<CohortNeed> needs(n);
    auto cover = [&](size_t c, double revenue, bool activateFirst) {
        const CohortFigures &f = plan.cohorts[c];
        CohortNeed &need = needs[c];
        need.cohort = int(c);
        double active = revenue / f.productivity;
        if (activateFirst) {
            std::vector<double> fit;
            for (double left : remaining[c])
                if (left <= daysLeft)
                    fit.push_back(left);
            std::sort(fit.begin(), fit.end());
            const int work = int(
                std::min<double>(double(fit.size()), std::ceil(active / f.activationRate - 1e-9)));
            if (work > 0) {
                need.activate = work;
                need.activateBy = options.targetDate.addDays(-qint64(fit[size_t(work) - 1]));
                need.newActive += work * f.activationRate;
                active -= work * f.activationRate;
            }
        }
        if (active <= 1e-9)
            return 0.0;
        if (!canRecruit(c))
            return active * f.productivity; // left for other cohorts
        const int recruits = int(std::ceil(active / f.activationRate - 1e-9));
        need.recruit += recruits;
        need.recruitBy = options.targetDate.addDays(-qint64(f.rampDays));
        need.newActive += recruits * f.activationRate;
        return 0.0;
    };
    double leftover = 0.0;
    for (size_t c = 0; c < n; ++c)
        if (weight[c] > 0.0)
            leftover += cover(c, plan.gap * weight[c] / total, true);
    if (leftover > 0.0) {
        // Cohorts that cannot ramp in time pass their share on to those that can, by weight.
        double room = 0.0;
        for (size_t c = 0; c < n; ++c)
            room += canRecruit(c) ? std::max(weight[c], 1e-12) : 0.0;
        if (!(room > 0.0)) {
            double shortest = -1.0;
            for (const CohortFigures &f : plan.cohorts)
                shortest = shortest < 0.0 ? f.rampDays : std::min(shortest, f.rampDays);
            plan.error = PlanText::tr("The target cannot be reached by %1: recruits need %2 days "
                                      "or more to reach their first commercial activity, and only "
                                      "%3 days are left.")
                             .arg(options.targetDate.toString(Qt::ISODate))
                             .arg(shortest)
                             .arg(daysLeft);
            return plan;
        }
        for (size_t c = 0; c < n; ++c)
            if (canRecruit(c))
                cover(c, leftover * std::max(weight[c], 1e-12) / room, false);
    }
    for (CohortNeed &need : needs) {
        if (need.activate == 0 && need.recruit == 0)
            continue;
        need.addedRevenue = need.newActive * plan.cohorts[size_t(need.cohort)].productivity;
        plan.needs.push_back(need);
    }
    std::sort(plan.needs.begin(), plan.needs.end(), [](const CohortNeed &a, const CohortNeed &b) {
        return a.addedRevenue > b.addedRevenue;
    });
    return plan;
}

} // namespace ps::plan
