// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plancompare.h"

#include "core/plan/plantext_p.h"

#include <algorithm>
#include <unordered_map>

namespace ps::plan {

PlanComparison comparePlans(const PlanProblem &problem, const Plan &optimal,
                            const std::vector<double> &edited, int top) {
    PlanComparison out;
    const size_t n = problem.partners.size();
    if (optimal.partners.size() != n || edited.size() != n) {
        out.editedViolations << PlanText::tr("The plans to compare have %1 and %2 amounts for %3 "
                                             "partners.")
                                    .arg(optimal.partners.size())
                                    .arg(edited.size())
                                    .arg(n);
        return out;
    }
    out.editedViolations = constraintViolations(problem, edited);
    const PlanConstraints &c = problem.constraints;
    const bool margin = c.objective == Objective::Margin;

    // Each partner's price: the budget's, less the prices of the groups it belongs to.
    std::vector<double> price(n, optimal.shadowPrice);
    std::unordered_map<Id, size_t> indexOf; // only when some group's share binds
    for (size_t g = 0; g < c.groups.size() && g < optimal.groupShadowPrices.size(); ++g)
        if (optimal.groupShadowPrices[g] > 0.0) {
            if (indexOf.empty())
                for (size_t i = 0; i < n; ++i)
                    indexOf.emplace(problem.partners[i].id, i);
            for (Id id : c.groups[g].partnerIds)
                if (auto it = indexOf.find(id); it != indexOf.end())
                    price[it->second] -= optimal.groupShadowPrices[g];
        }

    out.rows.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const PlanPartner &p = problem.partners[i];
        const double w = margin ? p.marginRate.value_or(c.marginRate) : 1.0;
        const double cost = margin ? 1.0 : 0.0;
        auto value = [&](double x) { return w * p.curve.value(x) - cost * x; };
        ComparisonRow &row = out.rows[i];
        row.id = p.id;
        row.today = p.currentSpend;
        row.optimal = optimal.partners[i].allocation;
        row.edited = edited[i];
        row.expectedToday = value(row.today);
        row.expectedOptimal = value(row.optimal);
        row.expectedEdited = value(row.edited);
        row.gain = std::max(0.0, row.expectedOptimal - row.expectedEdited -
                                     price[i] * (row.optimal - row.edited));
        out.today.allocated += row.today;
        out.today.expected += row.expectedToday;
        out.optimal.allocated += row.optimal;
        out.optimal.expected += row.expectedOptimal;
        out.edited.allocated += row.edited;
        out.edited.expected += row.expectedEdited;
    }
    out.valueLeft = out.optimal.expected - out.edited.expected;
    const double floor = 1e-6 * std::max(1.0, std::abs(out.optimal.expected));
    for (size_t i = 0; i < n; ++i)
        if (out.rows[i].gain > floor)
            out.valueOnTable.push_back(int(i));
    std::sort(out.valueOnTable.begin(), out.valueOnTable.end(),
              [&](int a, int b) { return out.rows[size_t(a)].gain > out.rows[size_t(b)].gain; });
    if (int(out.valueOnTable.size()) > std::max(0, top))
        out.valueOnTable.resize(size_t(std::max(0, top)));
    return out;
}

} // namespace ps::plan
