// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/portfolioevidence.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ps::plan {
namespace {

Investment &operator+=(Investment &a, const Investment &b) {
    a.mdf += b.mdf;
    a.enablement += b.enablement;
    a.incentives += b.incentives;
    a.technicalSupport += b.technicalSupport;
    return a;
}

/// The median of `values` (which it reorders); `fallback` when empty.
qint64 median(std::vector<qint64> &values, qint64 fallback) {
    if (values.empty())
        return fallback;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// The day after a period of `days` starting on `start` ends: calendar months for the usual
/// lengths (a quarter from the 1st ends the day before the next quarter's 1st), days otherwise.
QDate periodEnd(const QDate &start, qint64 days) {
    if (days >= 28 && days <= 31)
        return start.addMonths(1);
    if (days >= 89 && days <= 92)
        return start.addMonths(3);
    if (days >= 181 && days <= 184)
        return start.addMonths(6);
    if (days >= 365 && days <= 366)
        return start.addYears(1);
    return start.addDays(days);
}

/// One partner's periods while they are assembled: starts ascending, and the day after each ends.
struct Periods {
    std::vector<EvidencePeriod> periods;
    std::vector<QDate> ends; ///< exclusive
};

/// Today's spend: the partner's history over the year before `asOf`, or its program investment
/// when it has no history.
Investment todaysSpend(const Partner &partner, const std::vector<EvidencePeriod> &periods,
                       const QDate &asOf) {
    if (periods.empty() || !asOf.isValid())
        return partner.economics.investment;
    Investment spend;
    const QDate from = asOf.addYears(-1);
    for (const EvidencePeriod &p : periods)
        if (p.start >= from && p.start < asOf)
            spend += p.investment;
    return spend;
}

} // namespace

std::vector<RevenueShare> attributedRevenue(const Deal &deal) {
    if (deal.outcome != DealOutcome::Won || deal.partners.empty() || !(deal.amount > 0.0))
        return {};
    // Each partner on the deal is credited with an equal share (Deal::attributedShare).
    std::vector<RevenueShare> shares;
    shares.reserve(deal.partners.size());
    for (const DealPartner &p : deal.partners)
        shares.push_back(RevenueShare{p.partnerId, deal.attributedShare()});
    return shares;
}

PortfolioEvidence portfolioEvidence(const PortfolioData &data,
                                    const std::vector<Quadrant> &quadrants) {
    PortfolioEvidence out;
    const size_t n = data.partners.size();
    std::unordered_map<Id, size_t> indexOf;
    indexOf.reserve(n);
    for (size_t i = 0; i < n; ++i)
        indexOf.emplace(data.partners[i].id, i);

    // The history per partner, sorted, with periods of the same start added up.
    std::vector<Periods> history(n);
    for (const InvestmentPeriod &row : data.investments) {
        const auto it = indexOf.find(row.partnerId);
        if (it != indexOf.end() && row.start.isValid())
            history[it->second].periods.push_back({row.start, row.amount, 0.0});
    }
    std::vector<qint64> gaps;
    for (Periods &h : history) {
        auto &p = h.periods;
        std::sort(p.begin(), p.end(), [](const EvidencePeriod &a, const EvidencePeriod &b) {
            return a.start < b.start;
        });
        size_t kept = 0;
        for (size_t i = 0; i < p.size(); ++i) {
            if (kept > 0 && p[kept - 1].start == p[i].start)
                p[kept - 1].investment += p[i].investment;
            else
                p[kept++] = p[i];
        }
        p.resize(kept);
        for (size_t i = 1; i < p.size(); ++i)
            gaps.push_back(p[i - 1].start.daysTo(p[i].start));
    }
    const qint64 portfolioGap = median(gaps, 91);
    out.periodsPerYear = std::clamp(std::round(365.25 / double(portfolioGap)), 1.0, 12.0);

    QDate lastEnd;
    for (Periods &h : history) {
        const auto &p = h.periods;
        std::vector<qint64> own;
        for (size_t i = 1; i < p.size(); ++i)
            own.push_back(p[i - 1].start.daysTo(p[i].start));
        const qint64 length = median(own, portfolioGap);
        h.ends.resize(p.size());
        for (size_t i = 0; i < p.size(); ++i)
            h.ends[i] = i + 1 < p.size() ? p[i + 1].start : periodEnd(p[i].start, length);
        if (!h.ends.empty() && (!lastEnd.isValid() || h.ends.back() > lastEnd))
            lastEnd = h.ends.back();
        out.periods += int(p.size());
    }

    // Won revenue into the period of its close date.
    QDate lastClose;
    for (const Deal &deal : data.deals) {
        for (const RevenueShare &share : attributedRevenue(deal)) {
            if (deal.closedOn.isValid() && (!lastClose.isValid() || deal.closedOn > lastClose))
                lastClose = deal.closedOn;
            const auto it = indexOf.find(share.partnerId);
            if (it == indexOf.end())
                continue;
            Periods &h = history[it->second];
            // The last period starting on or before the close date, if the date is before its end.
            const auto after = std::upper_bound(
                h.periods.begin(), h.periods.end(), deal.closedOn,
                [](const QDate &d, const EvidencePeriod &p) { return d < p.start; });
            const size_t index = size_t(after - h.periods.begin());
            if (deal.closedOn.isValid() && index > 0 && deal.closedOn < h.ends[index - 1]) {
                h.periods[index - 1].revenue += share.amount;
                out.attributed += share.amount;
            } else {
                out.unattributed += share.amount;
            }
        }
    }
    out.asOf = lastEnd.isValid() ? lastEnd : lastClose.isValid() ? lastClose.addDays(1) : QDate();

    out.partners.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const Partner &p = data.partners[i];
        PartnerEvidence e;
        e.id = p.id;
        e.name = p.name;
        e.model = p.model;
        e.tier = p.tier;
        e.quadrant = i < quadrants.size() ? quadrants[i] : Quadrant::Develop;
        e.status = p.status;
        e.periods = std::move(history[i].periods);
        e.currentSpend = todaysSpend(p, e.periods, out.asOf);
        e.contractMinimum = p.economics.contractMinimum;
        e.enrolledOn = p.enrolledOn;
        e.firstCommercialOn = p.firstCommercialOn;
        out.partners.push_back(std::move(e));
    }
    return out;
}

} // namespace ps::plan
