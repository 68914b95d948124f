// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/plan/evidence.h"

#include <QDate>

#include <vector>

/// The plan's evidence from a portfolio, in one place (docs/plan.md, "Evidence from the
/// portfolio"): the investment history, the revenue the deal log attributes to each partner in
/// each of its periods, the quadrant from the one scoring engine, status, dates, today's spend
/// and the contract minimum.
namespace ps::plan {

/// A share of a won deal's revenue credited to one partner.
struct RevenueShare {
    Id partnerId = 0;
    double amount = 0.0;
};

/// Who a won deal's revenue is credited to: the one place the plan attributes revenue. Today a
/// deal has at most one partner, which gets the whole amount; direct deals, open and lost ones
/// credit nobody. (When deals carry several partners, each gets an equal share, so the shares
/// never add up to more than the deal.)
std::vector<RevenueShare> attributedRevenue(const Deal &deal);

/// The evidence of a portfolio for one scenario.
struct PortfolioEvidence {
    std::vector<PartnerEvidence> partners; ///< portfolio partner order
    /// Periods of the investment history per year, from the median gap between a partner's
    /// consecutive periods (91 days: 4); 4 when no partner has two periods.
    double periodsPerYear = 4.0;
    /// The day after the last history period ends (or the latest deal closed, without
    /// history): "today" for the capacity plan.
    QDate asOf;
    int periods = 0;           ///< history periods in all
    double attributed = 0.0;   ///< revenue credited to some period
    double unattributed = 0.0; ///< won partner revenue outside every period of its partner
};

/// Builds the evidence of `data` with the quadrants of `quadrants` (partner order, from
/// ps::scoreAll; Develop for partners beyond its end).
///
/// A partner's periods are its investment history sorted by start; each runs until its next
/// one starts, the last for the partner's median period length (or the portfolio's, with one
/// period). Periods starting on the same day add up. The revenue of a period is what
/// attributedRevenue() credits the partner for deals won (closed) within it. Today's spend is
/// the partner's history in the year before asOf (its program investment, from its economics,
/// when it has no history), its contract minimum the economics' one.
PortfolioEvidence portfolioEvidence(const PortfolioData &data,
                                    const std::vector<Quadrant> &quadrants);

} // namespace ps::plan
