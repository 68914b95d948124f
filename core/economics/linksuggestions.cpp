// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/economics/linksuggestions.h"

#include "core/economics/icpmatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class LinkSuggestionsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::LinkSuggestions)
};

int strengthFor(int deals) {
    if (deals >= 20)
        return 5;
    if (deals >= 10)
        return 4;
    if (deals >= 6)
        return 3;
    return 2;
}

} // namespace

std::vector<LinkEvidence> linkEvidence(const PortfolioData &data) {
    QHash<Id, int> partnerRow;
    for (size_t i = 0; i < data.partners.size(); ++i)
        partnerRow.insert(data.partners[i].id, int(i));
    const IcpMatcher matcher(data.icps, true); // the deals stay as they are meanwhile
    // Keyed by (ICP row, partner row), so the result comes out in portfolio order.
    std::map<std::pair<int, int>, LinkEvidence> pairs;
    std::vector<int> icps;
    for (const Deal &deal : data.deals) {
        if (deal.partners.empty())
            continue;
        matcher.match(deal, icps);
        for (int icp : icps) {
            for (const DealPartner &dp : deal.partners) {
                const int row = partnerRow.value(dp.partnerId, -1);
                if (row < 0)
                    continue;
                LinkEvidence &e = pairs[{icp, row}];
                e.icpId = data.icps[size_t(icp)].id;
                e.partnerId = dp.partnerId;
                ++e.deals;
                e.won += deal.outcome == DealOutcome::Won ? 1 : 0;
                e.sourced += dp.role == Attribution::Sourced ? 1 : 0;
            }
        }
    }
    std::vector<LinkEvidence> out;
    out.reserve(pairs.size());
    for (const auto &entry : pairs)
        out.push_back(entry.second);
    return out;
}

std::vector<LinkSuggestion> suggestLinks(const PortfolioData &data, int minDeals) {
    QSet<QPair<Id, Id>> linked;
    for (const InfluenceLink &link : data.links)
        linked.insert({link.icpId, link.partnerId});
    for (const LinkKey &key : data.rejectedLinks)
        linked.insert({key.icpId, key.partnerId});
    std::vector<LinkSuggestion> out;
    for (const LinkEvidence &e : linkEvidence(data)) {
        if (e.deals < std::max(1, minDeals) || linked.contains({e.icpId, e.partnerId}))
            continue;
        LinkSuggestion s;
        s.evidence = e;
        s.strength = strengthFor(e.deals);
        s.role = 2 * e.sourced > e.deals ? LinkRole::Sources : LinkRole::Influences;
        out.push_back(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const LinkSuggestion &a, const LinkSuggestion &b) {
        return a.evidence.deals > b.evidence.deals;
    });
    return out;
}

InfluenceLink suggestedLink(const LinkSuggestion &suggestion) {
    InfluenceLink link;
    link.icpId = suggestion.evidence.icpId;
    link.partnerId = suggestion.evidence.partnerId;
    link.strength = suggestion.strength;
    link.role = suggestion.role;
    link.notes = LinkSuggestionsTr::tr("Suggested from the deal log: %1.")
                     .arg(evidenceText(suggestion.evidence));
    return link;
}

QString evidenceText(const LinkEvidence &e) {
    return LinkSuggestionsTr::tr("%n deal(s) with buyers of this ICP", nullptr, e.deals) +
           LinkSuggestionsTr::tr(", %n won", nullptr, e.won) +
           (e.sourced > 0 ? LinkSuggestionsTr::tr(", %n sourced", nullptr, e.sourced) : QString());
}

} // namespace ps
