// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

/// Partner impact (seed 001: win rate, deal size and time to close, with partners and without;
/// Crossbeam's Partner Impact): what the deal log says each partner, model, tier and ICP, and
/// the program as a whole, does to deals, against the direct deals that had no partner.
/// docs/economics.md, "Partner impact", defines every measure; core_tst_partnerimpact checks
/// them on a hand-made log.
namespace ps {

/// The z of a two-sided 90% interval.
constexpr double Z90 = 1.6448536269514722;

/// A confidence interval [low, high].
struct Interval {
    double low = 0.0;
    double high = 0.0;
};

/// Wilson's score interval of a proportion `successes` / `trials` at normal quantile `z`
/// (trials > 0).
Interval wilsonInterval(int successes, int trials, double z = Z90);

/// Newcombe's hybrid score interval (his method 10) of the difference p1 - p2 of two
/// independent proportions, built from their Wilson intervals (both trial counts > 0).
Interval differenceInterval(int successes1, int trials1, int successes2, int trials2,
                            double z = Z90);

/// The measures of one set of deals. Counts and amounts are facts and always shown; the rates
/// (win rate, average won deal, cycle) are withheld below the minimum of closed deals.
struct ImpactMeasures {
    int deals = 0; ///< created by the reference date
    int won = 0;
    int lost = 0;
    int open = 0;
    int sourced = 0;    ///< deals a partner of the set sourced (for a partner: it sourced)
    int influenced = 0; ///< partner deals nobody of the set sourced (for a partner: influenced)
    int sourcedWon = 0; ///< won deals that were sourced: partner-sourced new customers
    double wonAmount = 0.0;
    double openPipeline = 0.0; ///< amount of the open deals
    /// Each won deal's amount divided equally among its partners, summed over the set's
    /// partners (a partner's share for a partner; the whole amount for the program).
    double attributedWonRevenue = 0.0;
    double cycleDaysTotal = 0.0; ///< days from created to closed, summed over won deals with dates
    int cycleDeals = 0;          ///< won deals with both dates

    /// True when there are at least the minimum of closed deals: the rates are shown.
    bool enough = false;
    std::optional<double> winRate;   ///< won / (won + lost)
    std::optional<double> avgWon;    ///< mean amount of won deals
    std::optional<double> cycleDays; ///< mean days from created to closed of won deals

    int closed() const { return won + lost; }
    /// Sets the derived rates; withholds them below `minClosedDeals` closed deals.
    void finish(int minClosedDeals);
};

/// One partner, partner model, tier or ICP: its deals against the direct ones.
struct ImpactRow {
    Id id = 0;    ///< partner or ICP id; 0 for models and tiers
    QString key;  ///< partner model or tier key; empty for partners and ICPs
    QString name; ///< partner or ICP name, model or tier label
    ImpactMeasures with;
    /// Direct deals: every deal without a partner (for an ICP, those of the ICP).
    ImpactMeasures without;
    /// with.winRate - without.winRate and its 90% interval; none when either side is withheld.
    std::optional<double> winRateDifference;
    std::optional<Interval> differenceInterval;
};

/// Everything partner impact says, computed once.
struct PartnerImpact {
    int minClosedDeals = DefaultMinClosedDeals;
    ImpactMeasures partnerInvolved; ///< deals with at least one partner
    ImpactMeasures direct;          ///< deals without a partner
    /// Open pipeline of partner-involved deals as a share of all open pipeline; none if no
    /// deal is open.
    std::optional<double> influencedPipelineShare;
    std::optional<double> winRateDifference; ///< partner-involved minus direct
    std::optional<Interval> differenceInterval;
    std::vector<ImpactRow> partners; ///< portfolio order, every partner
    std::vector<ImpactRow> models;   ///< models that have partners, enumeration order
    std::vector<ImpactRow> tiers;    ///< tiers that have partners, enumeration order
    std::vector<ImpactRow> icps;     ///< portfolio order, every ICP

    /// The row of a partner, or nullptr.
    const ImpactRow *partner(Id id) const;
};

struct ImpactOptions {
    /// Deals created after it are left out, deals closed after it count as open; invalid:
    /// every deal as it stands.
    QDate asOf;
    int minClosedDeals = 0; ///< 0: the portfolio's PortfolioInfo::minClosedDeals
    bool groups = true;     ///< also models, tiers and ICPs (partners and program always)
};

PartnerImpact computePartnerImpact(const PortfolioData &data, const ImpactOptions &options = {});

/// Why a rate is not shown: "not enough deals: 4 closed, 10 needed" (translated); empty when
/// the measures are shown.
QString withheldReason(const ImpactMeasures &measures, int minClosedDeals);

} // namespace ps
