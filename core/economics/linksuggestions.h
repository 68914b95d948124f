// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QString>

#include <vector>

/// Influence links the evidence argues for (seed 002: map the partners that influence each
/// ICP's buyer): a partner on several deals whose buyer matches an ICP (economics/icpmatch.h)
/// influences that buyer, whether or not the map says so yet; and a partner whose latest
/// account list shares many of our accounts in an ICP (a strong overlap,
/// accounts/icpoverlap.h) is where that ICP's buyers are.
namespace ps {

/// Deals of one partner with buyers of one ICP.
struct LinkEvidence {
    Id icpId = 0;
    Id partnerId = 0;
    int deals = 0;
    int won = 0;
    int sourced = 0; ///< of them, deals the partner sourced
};

/// Our accounts in an ICP that a partner's latest list shares (accounts/icpoverlap.h).
struct AccountEvidence {
    qint64 shared = 0;   ///< our accounts fitting the ICP that are in the partner's list
    qint64 inIcp = 0;    ///< our accounts fitting the ICP
    bool strong = false; ///< accounts::isStrongOverlap()
};

/// A missing influence link the deals or the account overlap suggest, with the link it would
/// add. evidence.icpId and evidence.partnerId name the pair in both cases (evidence.deals may
/// be below the minimum when the overlap alone suggests it).
struct LinkSuggestion {
    LinkEvidence evidence;
    AccountEvidence accounts; ///< shared == 0 when there are no account lists
    /// From the deals: 2 from 3 deals, 3 from 6, 4 from 10, 5 from 20; from a strong overlap:
    /// 2 from 5 shared accounts, 3 from 10, 4 from 25, 5 from 50; the higher of the two.
    int strength = 2;
    LinkRole role = LinkRole::Influences; ///< Sources when the partner sourced most of them
};

/// How many matching deals a pair needs before it is suggested.
constexpr int SuggestionMinDeals = 3;

/// Evidence for every ICP-partner pair with at least one matching deal, ICP order then partner
/// order.
std::vector<LinkEvidence> linkEvidence(const PortfolioData &data);

/// Pairs that have no link and were not rejected (PortfolioData::rejectedLinks) with at least
/// `minDeals` matching deals or a strong account overlap (accounts::isStrongOverlap()): those
/// with enough deals first, most deals first, then the others, most shared accounts first.
std::vector<LinkSuggestion> suggestLinks(const PortfolioData &data,
                                         int minDeals = SuggestionMinDeals);

/// The link a suggestion adds: its ICP, partner, strength and role, its overlapping accounts
/// when an account overlap was measured, and a note that names the evidence.
InfluenceLink suggestedLink(const LinkSuggestion &suggestion);

/// "7 deals with buyers of this ICP, 4 won, 2 sourced" (translated).
QString evidenceText(const LinkEvidence &evidence);

/// "12 shared accounts in ICP Mid-market (of 40 of ours)" (translated).
QString accountEvidenceText(const AccountEvidence &evidence, const QString &icpName);

/// Everything a suggestion rests on, in one line: the deals (when any), then the accounts
/// (when shared); `icpName` names the ICP.
QString suggestionText(const LinkSuggestion &suggestion, const QString &icpName);

} // namespace ps
