// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/scenario.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

/// Scores that rest on evidence (docs/scoring.md, "Evidence from the CRM"): where a partner has
/// at least the portfolio's minimum of closed deals, its commercial contribution and its
/// commitment and engagement come from the deal and activity logs instead of the hand-entered
/// economics and rating, and the explanation names the evidence.
namespace ps {

/// What the logs say about one partner.
struct PartnerEvidence {
    int deals = 0;
    int won = 0;
    int lost = 0;
    double sourcedWon = 0.0;    ///< attributed won revenue of deals it sourced
    double influencedWon = 0.0; ///< attributed won revenue of deals it influenced
    double openShare = 0.0;     ///< its share of the open deals' amounts
    int activeQuarters =
        0; ///< of the last four calendar quarters, those with a commercial activity
    /// At least the minimum of closed deals: the two criteria below come from the logs.
    bool enough = false;
    std::optional<double> winRate; ///< set when enough

    int closed() const { return won + lost; }
    /// The money value ranked for commercial contribution, as the manual economics' is:
    /// sourced + half the influenced revenue + a quarter of the pipeline.
    double commercialValue() const { return sourcedWon + 0.5 * influencedWon + 0.25 * openShare; }
};

/// The evidence of every partner, in portfolio order, with what it is compared against.
struct ScoringEvidence {
    std::vector<PartnerEvidence> partners;
    int minClosedDeals = DefaultMinClosedDeals;
    QDate asOf; ///< the latest date of the logs; the quarters count back from it
    std::optional<double> directWinRate; ///< of deals without partners; none below the minimum
    int directClosed = 0;

    bool empty() const { return partners.empty(); }
};

/// Evidence from the logs; empty partners when the portfolio has neither deals nor activities.
ScoringEvidence computeScoringEvidence(const PortfolioData &data);

/// Commitment and engagement on 0-100 from the logs: up to 50 points for commercial activity
/// (12.5 per quarter of the last four that has some) and up to 50 for the win rate against the
/// direct one (25 when equal, 50 at 25 points better, 0 at 25 points worse; without a direct
/// win rate, 50 times the win rate). Only meaningful when `e.enough`.
double commitmentFromEvidence(const PartnerEvidence &e, const ScoringEvidence &all);

/// One sentence on where the value of `criterion` comes from for a partner: the evidence
/// ("From the logs: 12 won deals, win rate 58% vs 41% direct; ...") or the manual rating and
/// why ("Manual rating: 4 closed deals, 10 needed for evidence."). Empty for criteria that
/// never use the logs.
QString evidenceExplanation(const ScoringEvidence &all, size_t partnerRow, Criterion criterion);

/// True when `criterion` of the partner in `partnerRow` comes from the logs.
bool usesEvidence(const ScoringEvidence &all, size_t partnerRow, Criterion criterion);

} // namespace ps
