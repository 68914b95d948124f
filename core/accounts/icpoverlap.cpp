// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/icpoverlap.h"

#include "core/accounts/icpfit.h"
#include "core/accounts/overlap.h"
#include "core/domain/portfoliodata.h"

#include <climits>

namespace ps::accounts {

bool isStrongOverlap(const IcpOverlap &o) {
    return o.shared >= StrongOverlapMinAccounts &&
           o.shared * 100 >= o.inIcp * StrongOverlapMinPercent;
}

int strengthForOverlap(const IcpOverlap &o) {
    if (!isStrongOverlap(o))
        return 0;
    if (o.shared >= 50)
        return 5;
    if (o.shared >= 25)
        return 4;
    if (o.shared >= 10)
        return 3;
    return 2;
}

std::vector<IcpOverlap> icpOverlaps(const PortfolioData &data) {
    std::vector<IcpOverlap> out;
    const StoredAccountList *ours = data.accountBook.ours();
    if (!ours || data.icps.empty())
        return out;
    const std::vector<std::vector<int>> fitting =
        accountsFittingEach(ours->list.accounts, data.icps);
    OverlapOptions options;
    options.maxPairs = 0; // only the per-account flags are needed
    for (const Partner &p : data.partners) {
        const StoredAccountList *theirs = data.accountBook.latestOf(p.id);
        if (!theirs)
            continue;
        const OverlapResult r = computeOverlap(ours->list, theirs->list, options);
        for (size_t k = 0; k < data.icps.size(); ++k) {
            IcpOverlap o;
            o.icpId = data.icps[k].id;
            o.partnerId = p.id;
            o.inIcp = qint64(fitting[k].size());
            for (int i : fitting[k])
                o.shared += (r.ourMatches[size_t(i)] & MatchesAny) != 0 ? 1 : 0;
            out.push_back(o);
        }
    }
    return out;
}

const IcpOverlap *findIcpOverlap(const std::vector<IcpOverlap> &overlaps, Id icpId, Id partnerId) {
    for (const IcpOverlap &o : overlaps)
        if (o.icpId == icpId && o.partnerId == partnerId)
            return &o;
    return nullptr;
}

std::vector<std::pair<Id, int>> linkOverlapUpdates(const PortfolioData &data,
                                                   const std::vector<IcpOverlap> &overlaps) {
    std::vector<std::pair<Id, int>> out;
    for (const InfluenceLink &l : data.links) {
        const IcpOverlap *o = findIcpOverlap(overlaps, l.icpId, l.partnerId);
        if (!o)
            continue;
        const int measured = int(std::min<qint64>(o->shared, INT_MAX));
        if (l.overlappingAccounts != measured)
            out.emplace_back(l.id, measured);
    }
    return out;
}

} // namespace ps::accounts
