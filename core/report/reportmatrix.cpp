// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportmatrix.h"

#include <algorithm>
#include <numeric>

namespace ps::report {

std::vector<size_t> matrixNamedOrder(const ReportContent &content) {
    const size_t n = std::min(content.partners.size(), content.scores.size());
    auto revenue = [&](size_t i) {
        const PartnerEconomics &e = content.partners[i]->economics;
        return e.sourcedRevenue + e.influencedRevenue;
    };
    std::vector<size_t> byRevenue(n);
    std::iota(byRevenue.begin(), byRevenue.end(), size_t(0));
    std::stable_sort(byRevenue.begin(), byRevenue.end(),
                     [&](size_t a, size_t b) { return revenue(a) > revenue(b); });
    std::vector<size_t> order;
    std::vector<bool> in(n, false);
    auto add = [&](size_t i) {
        if (!in[i]) {
            in[i] = true;
            order.push_back(i);
        }
    };
    for (size_t k = 0; k < byRevenue.size() && k < size_t(MatrixLargestNamed); ++k)
        add(byRevenue[k]);
    for (size_t i : byRevenue)
        if (i < content.stability.size() && content.stability[i] < BorderlineStability)
            add(i);
    for (size_t i : byRevenue)
        if (content.scores[i].quadrant == Quadrant::Invest)
            add(i);
    return order;
}

} // namespace ps::report
