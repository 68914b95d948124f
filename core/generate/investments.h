// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QDate>

#include <vector>

/// A synthetic investment history (the plan's evidence, docs/plan.md), shared by the generator
/// and the demo.
namespace ps::generate {

struct InvestmentSettings {
    QDate firstQuarter;   ///< first day of the first quarter of the history
    int quarters = 8;     ///< quarters of history, ending with the most recent
    double growth = 0.10; ///< spend of the latest four quarters over the four before them, − 1
    /// The latest four quarters' share of the partner's program investment (its economics),
    /// kind by kind: 1 when that figure is an annual spend.
    double latestYear = 1.0;
};

/// Quarterly investment history for every partner with a program investment that was enrolled
/// before a quarter ended (prospects have none). The latest four quarters add up, kind by kind,
/// to `latestYear` times the partner's investment (its economics); each earlier year is
/// `growth` smaller.
///
/// The deal log is written first and the spend follows it: quarters in which a partner won
/// more revenue get more spend, along a saturating curve (revenue a·(1 − e^(−x/s)) with s at
/// the partner's average quarter), so the synthetic evidence has the shape a real program's
/// would if spend bought revenue with diminishing returns. Partners without won revenue vary
/// their spend a little from quarter to quarter. Ids run from 1; the result depends only on
/// the data.
std::vector<InvestmentPeriod> synthesizeInvestments(const PortfolioData &data,
                                                    const InvestmentSettings &settings);

} // namespace ps::generate
