// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QtGlobal>

#include <vector>

namespace ps {
struct PortfolioData;
}

/// The overlap per ICP and partner, as evidence for the influence map (issue 15): how many of
/// our accounts that fit an ICP are also in a partner's latest list. It fills an influence
/// link's "overlapping accounts", and a strong overlap without a link is suggested as a link
/// (economics/linksuggestions.h). docs/account-mapping.md, "Evidence for the influence map".
namespace ps::accounts {

/// The overlap of one ICP with one partner.
struct IcpOverlap {
    Id icpId = 0;
    Id partnerId = 0;
    qint64 shared =
        0; ///< our accounts fitting the ICP that match any account of the partner's latest list
    qint64 inIcp = 0; ///< our accounts fitting the ICP
    bool operator==(const IcpOverlap &o) const {
        return icpId == o.icpId && partnerId == o.partnerId && shared == o.shared &&
               inIcp == o.inIcp;
    }
};

/// A strong overlap needs at least this many shared accounts in the ICP...
constexpr qint64 StrongOverlapMinAccounts = 5;
/// ...and at least this share (percent) of our accounts in the ICP.
constexpr int StrongOverlapMinPercent = 10;

/// True when `o` is strong: shared >= StrongOverlapMinAccounts and shared is at least
/// StrongOverlapMinPercent % of inIcp (5 of 50 is strong, 5 of 51 and 4 of 4 are not).
bool isStrongOverlap(const IcpOverlap &o);

/// The link strength a strong overlap argues for: 2 from 5 shared accounts, 3 from 10, 4 from
/// 25, 5 from 50 (0 when the overlap is not strong).
int strengthForOverlap(const IcpOverlap &o);

/// For every ICP (in order) and every partner with a list (in order), the overlap of our list
/// with the partner's latest list, restricted to our accounts that fit the ICP
/// (IcpMatcher: industry, size, region). Empty without our list. Matching is that of
/// computeOverlap() (domain, then name).
std::vector<IcpOverlap> icpOverlaps(const PortfolioData &data);

/// The measured overlap of one ICP-partner pair in `overlaps`, or nullptr.
const IcpOverlap *findIcpOverlap(const std::vector<IcpOverlap> &overlaps, Id icpId, Id partnerId);

/// The links whose "overlapping accounts" differ from the measured overlap of their ICP and
/// partner (pairs without a partner list are left alone), with the measured value: what
/// "update the map from the overlap" sets.
std::vector<std::pair<Id, int>> linkOverlapUpdates(const PortfolioData &data,
                                                   const std::vector<IcpOverlap> &overlaps);

} // namespace ps::accounts
