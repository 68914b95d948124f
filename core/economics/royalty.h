// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The OEM royalty model of seed 000: revenue and margin per year over a volume curve, and
/// whether terms that work at pilot volume break at scale. docs/royalty.md has the formulas
/// and a worked example that core_tst_royalty checks number for number.
namespace ps {

/// Royalty terms, as in `partnerscope royalty TERMS.json` and as kept on an OEM deal.
struct RoyaltyTerms {
    /// Ascending fromUnits. Units below the first tier (or all units when empty) earn `baseRate`.
    std::vector<RoyaltyTier> tiers;
    double baseRate = 0.0;
    RoyaltyTierMode tierMode = RoyaltyTierMode::Marginal;
    double escalatorPct = 0.0; ///< every rate grows by this percentage each year after the first
    double minAnnual = 0.0;    ///< the year's royalty is at least this
    double setupFee = 0.0;     ///< added to year 1 revenue
    double costPerUnit = 0.0;  ///< the vendor's cost to support a unit
    std::optional<double> minMarginPerUnit; ///< none = 0
    std::vector<double> volumes;            ///< units per year, year 1 first

    bool operator==(const RoyaltyTerms &o) const;
};

struct RoyaltyYear {
    int year = 1; ///< 1-based
    double units = 0.0;
    double royalty = 0.0;       ///< after escalator and floor
    double revenue = 0.0;       ///< royalty, plus the setup fee in year 1
    double cost = 0.0;          ///< units * costPerUnit
    double margin = 0.0;        ///< revenue - cost
    double marginPerUnit = 0.0; ///< margin / units; 0 when units is 0
};

struct RoyaltyResult {
    std::vector<RoyaltyYear> years;
    /// Margin per unit in the highest-volume year (the first such year on a tie) is at or
    /// below minMarginPerUnit (default 0). False when there are no volumes or every year is 0.
    bool breaksAtScale = false;
    int scaleYear = 0; ///< the highest-volume year, 1-based; 0 without volumes
    double totalRevenue = 0.0;
    double totalMargin = 0.0;
};

/// Problems with the terms, one translated sentence each (tiers not ascending, negative rates,
/// volumes or costs...); empty when the terms are usable.
QStringList validateTerms(const RoyaltyTerms &terms);

/// Year-by-year revenue, cost and margin. Terms must pass validateTerms().
RoyaltyResult simulateRoyalty(const RoyaltyTerms &terms);

/// The terms kept on an OEM deal.
RoyaltyTerms termsOf(const OemDeal &deal);
/// Writes terms back onto a deal (the royalty simulator's "apply to deal").
void applyTerms(OemDeal &deal, const RoyaltyTerms &terms);

/// Parses TERMS.json (keys tiers [{from_units, per_unit}], base_rate, tier_mode, escalator_pct,
/// min_annual, setup_fee, cost_per_unit, min_margin_per_unit, volumes; tiers, volumes and
/// cost_per_unit are required, see docs/royalty.md). Returns nullopt with one sentence in
/// *error (naming the field, or the line and column of a JSON syntax error; not the file) for
/// malformed JSON, a missing required field, an unknown field, a wrong type, or terms that fail
/// validateTerms().
std::optional<RoyaltyTerms> parseRoyaltyTerms(const QByteArray &json, QString *error);
/// The inverse of parseRoyaltyTerms (the simulator saves term sheets with it).
QByteArray royaltyTermsToJson(const RoyaltyTerms &terms);

} // namespace ps
