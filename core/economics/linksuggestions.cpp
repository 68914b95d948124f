// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/economics/linksuggestions.h"

#include "core/accounts/icpoverlap.h"
#include "core/economics/icpmatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
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
    minDeals = std::max(1, minDeals);
    std::vector<LinkSuggestion> out;
    QHash<QPair<Id, Id>, size_t> row; // pair -> index in out
    for (const LinkEvidence &e : linkEvidence(data)) {
        if (linked.contains({e.icpId, e.partnerId}))
            continue;
        LinkSuggestion s;
        s.evidence = e;
        s.strength = strengthFor(e.deals);
        s.role = 2 * e.sourced > e.deals ? LinkRole::Sources : LinkRole::Influences;
        row.insert({e.icpId, e.partnerId}, out.size());
        out.push_back(s);
    }
    for (const accounts::IcpOverlap &o : accounts::icpOverlaps(data)) {
        if (linked.contains({o.icpId, o.partnerId}) || o.shared == 0)
            continue;
        const AccountEvidence a{o.shared, o.inIcp, accounts::isStrongOverlap(o)};
        const auto at = row.constFind({o.icpId, o.partnerId});
        if (at != row.constEnd()) {
            LinkSuggestion &s = out[*at];
            s.accounts = a;
            if (a.strong)
                s.strength = std::max(s.strength, accounts::strengthForOverlap(o));
        } else if (a.strong) {
            LinkSuggestion s;
            s.evidence.icpId = o.icpId;
            s.evidence.partnerId = o.partnerId;
            s.accounts = a;
            s.strength = accounts::strengthForOverlap(o);
            out.push_back(s);
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [minDeals](const LinkSuggestion &s) {
                                 return s.evidence.deals < minDeals && !s.accounts.strong;
                             }),
              out.end());
    std::stable_sort(out.begin(), out.end(),
                     [minDeals](const LinkSuggestion &a, const LinkSuggestion &b) {
                         const bool aDeals = a.evidence.deals >= minDeals;
                         const bool bDeals = b.evidence.deals >= minDeals;
                         if (aDeals != bDeals)
                             return aDeals;
                         if (aDeals)
                             return a.evidence.deals > b.evidence.deals;
                         return a.accounts.shared > b.accounts.shared;
                     });
    return out;
}

InfluenceLink suggestedLink(const LinkSuggestion &suggestion) {
    InfluenceLink link;
    link.icpId = suggestion.evidence.icpId;
    link.partnerId = suggestion.evidence.partnerId;
    link.strength = suggestion.strength;
    link.role = suggestion.role;
    if (suggestion.accounts.shared > 0)
        link.overlappingAccounts = int(std::min<qint64>(suggestion.accounts.shared, INT_MAX));
    const QString accounts = accountEvidenceText(suggestion.accounts, QString());
    if (suggestion.evidence.deals == 0)
        link.notes = LinkSuggestionsTr::tr("Suggested from the account overlap: %1.").arg(accounts);
    else if (suggestion.accounts.shared == 0)
        link.notes = LinkSuggestionsTr::tr("Suggested from the deal log: %1.")
                         .arg(evidenceText(suggestion.evidence));
    else
        link.notes = LinkSuggestionsTr::tr("Suggested from the deal log: %1; and the account "
                                           "overlap: %2.")
                         .arg(evidenceText(suggestion.evidence), accounts);
    return link;
}

QString evidenceText(const LinkEvidence &e) {
    return LinkSuggestionsTr::tr("%n deal(s) with buyers of this ICP", nullptr, e.deals) +
           LinkSuggestionsTr::tr(", %n won", nullptr, e.won) +
           (e.sourced > 0 ? LinkSuggestionsTr::tr(", %n sourced", nullptr, e.sourced) : QString());
}

QString accountEvidenceText(const AccountEvidence &e, const QString &icpName) {
    const int shared = int(std::min<qint64>(e.shared, INT_MAX));
    const QString ofOurs = QLocale().toString(e.inIcp);
    return icpName.isEmpty()
               ? LinkSuggestionsTr::tr("%n shared account(s) in this ICP (of %1 of ours)", nullptr,
                                       shared)
                     .arg(ofOurs)
               : LinkSuggestionsTr::tr("%n shared account(s) in ICP %1 (of %2 of ours)", nullptr,
                                       shared)
                     .arg(icpName, ofOurs);
}

QString suggestionText(const LinkSuggestion &s, const QString &icpName) {
    if (s.accounts.shared == 0)
        return evidenceText(s.evidence);
    const QString accounts = accountEvidenceText(s.accounts, icpName);
    return s.evidence.deals == 0
               ? accounts
               : LinkSuggestionsTr::tr("%1; %2").arg(evidenceText(s.evidence), accounts);
}

} // namespace ps
