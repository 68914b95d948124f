// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QString>

#include <optional>
#include <vector>

/// Partners that could close an ICP's coverage gap (seed 002: start with the ICP, then find the
/// partners that influence that buyer). For users: docs/user-guide.md, "ICP Focus".
namespace ps {

/// A link at least this strong reaches the ICP's buyer strongly (as in computeCoverage); a
/// partner with such a link is no candidate.
constexpr int GapStrongStrength = 4;

/// One partner that fits an ICP and reaches it weakly or not at all.
struct GapCandidate {
    Id partnerId = 0;
    /// 0-100, higher is better: 10 per strength of the existing weak link (0-30), 5 per deal
    /// with the ICP's buyers (at most 30), 4 per point of market reach (0-20), and by status
    /// Active 20, Onboarding 10, Prospect 5, Dormant 0.
    int score = 0;
    Id linkId = 0;    ///< the partner's strongest link to the ICP; 0 = none
    int strength = 0; ///< of that link; 0 when there is none
    std::optional<LinkRole> role;
    QString industry; ///< the ICP's industry the partner shares; empty when the ICP sets none
    QString region;   ///< the partner's region within (or around) the ICP's; empty likewise
    int deals = 0;    ///< deals of the partner whose buyer matches the ICP
    QString reason;   ///< "Fits industry Healthcare and region DACH; no link yet; ..." (translated)
};

/**
 * Candidates to close the coverage of ICP `icpId`: partners (not exited) that share one of the
 * ICP's industries (ignoring case) and work in one of its regions (the same region, a part of
 * it such as "DACH" for "EMEA", or one containing it), each of the two only when the ICP sets
 * it, and whose strongest link to the ICP is weaker than GapStrongStrength or missing. A
 * partner that states no industry (or region) does not fit an ICP that sets one; an ICP that
 * sets neither has no candidates. Best first: by score, then by name, then by id.
 */
std::vector<GapCandidate> rankGapCandidates(const PortfolioData &data, Id icpId);

/// The link that closes the gap for `candidate`: strength GapStrongStrength, role Influences
/// (or the existing link's role), and a note naming the reason.
InfluenceLink gapCandidateLink(Id icpId, const GapCandidate &candidate);

} // namespace ps
