// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QString>

#include <vector>

/// Influence links the deal log argues for (seed 002: map the partners that influence each
/// ICP's buyer): a partner on several deals whose buyer matches an ICP (economics/icpmatch.h)
/// influences that buyer, whether or not the map says so yet.
namespace ps {

/// Deals of one partner with buyers of one ICP.
struct LinkEvidence {
    Id icpId = 0;
    Id partnerId = 0;
    int deals = 0;
    int won = 0;
    int sourced = 0; ///< of them, deals the partner sourced
};

/// A missing influence link the deals suggest, with the link it would add.
struct LinkSuggestion {
    LinkEvidence evidence;
    int strength = 2;                     ///< 2 from 3 deals, 3 from 6, 4 from 10, 5 from 20
    LinkRole role = LinkRole::Influences; ///< Sources when the partner sourced most of them
};

/// How many matching deals a pair needs before it is suggested.
constexpr int SuggestionMinDeals = 3;

/// Evidence for every ICP-partner pair with at least one matching deal, ICP order then partner
/// order.
std::vector<LinkEvidence> linkEvidence(const PortfolioData &data);

/// Pairs with at least `minDeals` matching deals that have no link and were not rejected
/// (PortfolioData::rejectedLinks), most deals first.
std::vector<LinkSuggestion> suggestLinks(const PortfolioData &data,
                                         int minDeals = SuggestionMinDeals);

/// The link a suggestion adds: its ICP, partner, strength and role, and a note that names the
/// evidence.
InfluenceLink suggestedLink(const LinkSuggestion &suggestion);

/// "7 deals with buyers of this ICP, 4 won, 2 sourced" (translated).
QString evidenceText(const LinkEvidence &evidence);

} // namespace ps
