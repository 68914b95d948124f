// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/investments.h"

#include "core/plan/portfolioevidence.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ps::generate {
namespace {

/// Won revenue per partner and quarter (quarter index from the first), as the plan credits it.
std::unordered_map<Id, std::vector<double>> quarterlyRevenue(const PortfolioData &data,
                                                             const InvestmentSettings &s) {
    std::unordered_map<Id, std::vector<double>> revenue;
    const QDate end = s.firstQuarter.addMonths(3 * s.quarters);
    for (const Deal &deal : data.deals) {
        if (!deal.closedOn.isValid() || deal.closedOn < s.firstQuarter || deal.closedOn >= end)
            continue;
        const int months = (deal.closedOn.year() - s.firstQuarter.year()) * 12 +
                           deal.closedOn.month() - s.firstQuarter.month();
        const int quarter = std::clamp(months / 3, 0, s.quarters - 1);
        for (const plan::RevenueShare &share : plan::attributedRevenue(deal)) {
            auto &row = revenue[share.partnerId];
            row.resize(size_t(s.quarters), 0.0);
            row[size_t(quarter)] += share.amount;
        }
    }
    return revenue;
}

/// Spend in units of the curve's scale for each quarter: the inverse of a saturating curve at
/// the quarter's place between the partner's lowest and highest revenue.
std::vector<double> rawSpend(const std::vector<double> *revenue, int quarters, Id partner) {
    std::vector<double> x(size_t(quarters), 1.0);
    double low = 0.0, high = 0.0;
    if (revenue) {
        low = *std::min_element(revenue->begin(), revenue->end());
        high = *std::max_element(revenue->begin(), revenue->end());
    }
    if (high > low) {
        for (int t = 0; t < quarters; ++t) {
            const double u = 0.1 + 0.75 * ((*revenue)[size_t(t)] - low) / (high - low);
            x[size_t(t)] = -std::log(1.0 - u);
        }
    } else {
        static const double tilt[4] = {-1.0, 0.5, 1.0, -0.5};
        for (int t = 0; t < quarters; ++t)
            x[size_t(t)] = 1.0 + 0.12 * tilt[size_t((t + partner) % 4)];
    }
    return x;
}

} // namespace

std::vector<InvestmentPeriod> synthesizeInvestments(const PortfolioData &data,
                                                    const InvestmentSettings &s) {
    std::vector<InvestmentPeriod> out;
    if (!s.firstQuarter.isValid() || s.quarters <= 0)
        return out;
    const auto revenue = quarterlyRevenue(data, s);
    Id nextId = 1;
    for (const Partner &p : data.partners) {
        const Investment &annual = p.economics.investment;
        if (annual.total() <= 0.0 || p.status == PartnerStatus::Prospect)
            continue;
        const auto found = revenue.find(p.id);
        const std::vector<double> x =
            rawSpend(found == revenue.end() ? nullptr : &found->second, s.quarters, p.id);
        const double shares[4] = {annual.mdf / annual.total(), annual.enablement / annual.total(),
                                  annual.incentives / annual.total(),
                                  annual.technicalSupport / annual.total()};
        // Years counted back from the latest quarter; each year's spend sums to its target.
        for (int last = s.quarters - 1, year = 0; last >= 0; last -= 4, ++year) {
            const int first = std::max(0, last - 3);
            std::vector<int> kept;
            double raw = 0.0;
            for (int t = first; t <= last; ++t) {
                const QDate end = s.firstQuarter.addMonths(3 * (t + 1));
                if (!p.enrolledOn.isValid() || p.enrolledOn < end) {
                    kept.push_back(t);
                    raw += x[size_t(t)];
                }
            }
            if (kept.empty())
                continue;
            const double target = annual.total() * s.latestYear / std::pow(1.0 + s.growth, year) *
                                  double(kept.size()) / 4.0;
            // Whole amounts, with what rounding leaves put on the year's last quarter, so the
            // latest year adds up to the partner's investment exactly.
            double kindLeft[4];
            for (int k = 0; k < 4; ++k)
                kindLeft[k] = std::round(target * shares[k]);
            std::vector<InvestmentPeriod> year_;
            for (size_t i = 0; i < kept.size(); ++i) {
                const int t = kept[i];
                double amounts[4];
                for (int k = 0; k < 4; ++k) {
                    amounts[k] = i + 1 == kept.size()
                                     ? kindLeft[k]
                                     : std::round(target * shares[k] * x[size_t(t)] / raw);
                    kindLeft[k] -= amounts[k];
                }
                InvestmentPeriod period;
                period.partnerId = p.id;
                period.start = s.firstQuarter.addMonths(3 * t);
                period.amount = {std::max(0.0, amounts[0]), std::max(0.0, amounts[1]),
                                 std::max(0.0, amounts[2]), std::max(0.0, amounts[3])};
                year_.push_back(period);
            }
            out.insert(out.end(), year_.begin(), year_.end());
        }
    }
    // Date order within each partner reads best in the log; ids follow the order.
    std::stable_sort(
        out.begin(), out.end(),
        [](const InvestmentPeriod &a, const InvestmentPeriod &b) { return a.start < b.start; });
    for (InvestmentPeriod &period : out)
        period.id = nextId++;
    return out;
}

} // namespace ps::generate
