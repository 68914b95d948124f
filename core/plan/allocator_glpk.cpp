// SPDX-License-Identifier: GPL-3.0-or-later
// Overlapping group shares on GLPK: a piecewise-linear LP over classes of partners that share
// their group memberships (see allocator.h).
#include "core/plan/allocator_p.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace ps::plan::detail {
namespace {

constexpr int Segments = 16;
constexpr int Passes = 8;
/// Segments narrower than this share of the budget are not split further: GLPK's tolerances are
/// about 1e-7, and slopes that close make its simplex unstable.
constexpr double MinWidth = 1e-7;
/// A safety net: the LPs here take tens to hundreds of iterations.
constexpr int IterationLimit = 20000;

/// Partners with the same memberships: their best split of a class total is water-filling.
struct Class {
    std::vector<int> members; ///< level indices
    std::vector<int> groups;  ///< the bindable groups it belongs to
    Level sub;
    double floor = 0.0, top = 0.0; ///< the class total's range
    std::vector<double> breaks;    ///< breakpoints of the piecewise-linear value
    std::vector<double> values;    ///< the class value at each breakpoint
    double total = 0.0;            ///< the LP's answer
};

/// The best value of the class for `total`. The water-fill lands within rounding of the total;
/// the remainder is valued at the class's marginal, so close breakpoints keep exact slopes.
double classValue(const Class &c, double total, double cost) {
    const double t = levelFor(c.sub, total);
    double value = 0.0, spent = 0.0;
    for (size_t i = 0; i < c.sub.size(); ++i) {
        const double x = c.sub.x(i, t);
        spent += x;
        value += memberValue(c.sub, i, x, cost);
    }
    return value + (std::exp(t) - cost) * (total - spent);
}

/// Adds Segments equal segments between `left` and `right` to the class's breakpoints, keeping
/// the ones it has (so the value far from the last answer stays known), with their values.
void refine(Class &c, double left, double right, double cost, double minWidth) {
    const double width = (right - left) / Segments;
    if (width < minWidth)
        return; // fine enough: narrower segments only make the LP unstable
    // New points next to kept ones would add nothing but ill-conditioned slopes.
    std::vector<double> fresh;
    for (int j = 0; j <= Segments; ++j) {
        const double x = left + width * j;
        const auto it = std::lower_bound(c.breaks.begin(), c.breaks.end(), x);
        const bool near = (it != c.breaks.end() && *it - x < 0.25 * width) ||
                          (it != c.breaks.begin() && x - *(it - 1) < 0.25 * width);
        if (!near)
            fresh.push_back(x);
    }
    std::vector<double> breaks, values;
    size_t a = 0, b = 0;
    while (a < c.breaks.size() || b < fresh.size()) {
        if (b == fresh.size() || (a < c.breaks.size() && c.breaks[a] < fresh[b])) {
            breaks.push_back(c.breaks[a]);
            values.push_back(c.values[a++]);
        } else {
            breaks.push_back(fresh[b]);
            values.push_back(classValue(c, fresh[b++], cost));
        }
    }
    c.breaks.swap(breaks);
    c.values.swap(values);
}

struct GlpDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

struct LpAnswer {
    bool feasible = false;
    double budgetDual = 0.0;
    std::vector<double> groupDuals; ///< per entry of `groups` passed in
};

/// One LP over the classes' current breakpoints, with the groups `use` (indices into needs).
LpAnswer solveLp(std::vector<Class> &classes, const std::vector<GroupNeed> &needs,
                 const std::vector<int> &use, double budget, double scale, bool withObjective) {
    std::unique_ptr<glp_prob, GlpDeleter> lp(glp_create_prob());
    glp_set_obj_dir(lp.get(), GLP_MAX);
    const int rows = 1 + int(use.size());
    glp_add_rows(lp.get(), rows);
    double floors = 0.0;
    for (const Class &c : classes)
        floors += c.floor;
    glp_set_row_bnds(lp.get(), 1, GLP_UP, 0.0, (budget - floors) / scale);
    for (size_t r = 0; r < use.size(); ++r) {
        const GroupNeed &need = needs[size_t(use[r])];
        double in = need.pinned;
        for (const Class &c : classes)
            if (std::find(c.groups.begin(), c.groups.end(), use[r]) != c.groups.end())
                in += c.floor;
        glp_set_row_bnds(lp.get(), int(r) + 2, GLP_LO, (need.minimum - in) / scale, 0.0);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    std::vector<std::pair<int, int>> columnOf; // (class, segment)
    for (size_t ci = 0; ci < classes.size(); ++ci) {
        const Class &c = classes[ci];
        double previous = std::numeric_limits<double>::infinity();
        for (size_t j = 0; j + 1 < c.breaks.size(); ++j) {
            const double width = c.breaks[j + 1] - c.breaks[j];
            if (!(width > 0.0))
                continue;
            // Concave values have falling slopes; rounding must not make a later one larger.
            const double slope = std::min(previous, (c.values[j + 1] - c.values[j]) / width);
            previous = slope;
            const int col = glp_add_cols(lp.get(), 1);
            glp_set_col_bnds(lp.get(), col, GLP_DB, 0.0, width / scale);
            glp_set_obj_coef(lp.get(), col, withObjective ? slope : 0.0);
            columnOf.emplace_back(int(ci), int(j));
            ia.push_back(1);
            ja.push_back(col);
            ar.push_back(1.0);
            for (size_t r = 0; r < use.size(); ++r)
                if (std::find(c.groups.begin(), c.groups.end(), use[r]) != c.groups.end()) {
                    ia.push_back(int(r) + 2);
                    ja.push_back(col);
                    ar.push_back(1.0);
                }
        }
    }
    LpAnswer answer;
    if (columnOf.empty()) {
        // Nothing can move: feasible when the floors keep every row.
        answer.feasible = glp_get_row_ub(lp.get(), 1) >= -1e-12;
        for (int r = 2; r <= rows; ++r)
            answer.feasible = answer.feasible && glp_get_row_lb(lp.get(), r) <= 1e-12;
        answer.groupDuals.assign(use.size(), 0.0);
        return answer;
    }
    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_ON;
    parm.it_lim = IterationLimit;
    const int rc = glp_simplex(lp.get(), &parm);
    answer.feasible = rc == 0 && glp_get_status(lp.get()) == GLP_OPT;
    if (!answer.feasible)
        return answer;
    for (Class &c : classes)
        c.total = c.floor;
    for (size_t col = 0; col < columnOf.size(); ++col)
        classes[size_t(columnOf[col].first)].total +=
            glp_get_col_prim(lp.get(), int(col) + 1) * scale;
    answer.budgetDual = std::abs(glp_get_row_dual(lp.get(), 1));
    for (size_t r = 0; r < use.size(); ++r)
        answer.groupDuals.push_back(std::abs(glp_get_row_dual(lp.get(), int(r) + 2)));
    return answer;
}

} // namespace

LpOutcome solveGroupsWithGlpk(const Level &level, double cost, double budget,
                              const std::vector<GroupNeed> &groups) {
    LpOutcome out;
    // Only groups that need more than their floors can bind.
    std::vector<int> bindable;
    for (size_t g = 0; g < groups.size(); ++g) {
        double floors = groups[g].pinned;
        for (int m : groups[g].freeMembers)
            floors += level.lo[size_t(m)];
        if (groups[g].minimum > floors)
            bindable.push_back(int(g));
    }
    std::vector<std::vector<int>> memberships(level.size());
    for (int g : bindable)
        for (int m : groups[size_t(g)].freeMembers)
            if (memberships[size_t(m)].empty() || memberships[size_t(m)].back() != g)
                memberships[size_t(m)].push_back(g);
    std::map<std::vector<int>, size_t> classOf;
    std::vector<Class> classes;
    for (size_t m = 0; m < level.size(); ++m) {
        auto [it, added] = classOf.emplace(memberships[m], classes.size());
        if (added) {
            classes.emplace_back();
            classes.back().groups = memberships[m];
        }
        Class &c = classes[it->second];
        c.members.push_back(int(m));
        c.sub.add(level.lo[m], level.hi[m], level.s[m], level.k[m]);
    }
    for (Class &c : classes) {
        c.floor = c.sub.floorSum();
        c.top = std::min(c.sub.capacitySum(), c.floor + budget);
        refine(c, c.floor, c.top, cost, 0.0);
    }
    const double scale = std::max(budget, 1.0);
    LpAnswer answer = solveLp(classes, groups, bindable, budget, scale, true);
    if (!answer.feasible) {
        // A minimal set of groups that cannot hold together: drop each group that is not needed
        // for the conflict (a deletion filter).
        out.feasible = false;
        std::vector<int> keep = bindable;
        for (size_t i = 0; i < keep.size();) {
            std::vector<int> without = keep;
            without.erase(without.begin() + std::ptrdiff_t(i));
            if (!solveLp(classes, groups, without, budget, scale, false).feasible)
                keep = without;
            else
                ++i;
        }
        out.conflicting = keep;
        return out;
    }
    for (int pass = 1; pass < Passes; ++pass) {
        // Split the two segments around each class's answer: the true optimum lies there when
        // the LP's prices are right, and the prices sharpen with every pass.
        for (Class &c : classes) {
            const auto above = std::upper_bound(c.breaks.begin(), c.breaks.end(), c.total);
            const auto at = std::lower_bound(c.breaks.begin(), c.breaks.end(), c.total);
            const double left = at == c.breaks.begin() ? c.floor : *(at - 1);
            const double right = above == c.breaks.end() ? c.top : *above;
            refine(c, left, right, cost, MinWidth * scale);
        }
        const LpAnswer refined = solveLp(classes, groups, bindable, budget, scale, true);
        if (!refined.feasible)
            break;
        answer = refined;
    }
    out.x.assign(level.size(), 0.0);
    for (const Class &c : classes) {
        const double t = levelFor(c.sub, c.total);
        for (size_t i = 0; i < c.members.size(); ++i)
            out.x[size_t(c.members[i])] = c.sub.x(i, t);
    }
    out.budgetDual = answer.budgetDual;
    out.groupDuals.assign(groups.size(), 0.0);
    for (size_t r = 0; r < bindable.size(); ++r) {
        out.groupDuals[size_t(bindable[r])] = answer.groupDuals[r];
        if (answer.groupDuals[r] > 1e-9)
            out.binding.push_back(bindable[r]);
    }
    return out;
}

} // namespace ps::plan::detail
