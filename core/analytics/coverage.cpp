// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/coverage.h"

#include "core/domain/scenario.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ps {
namespace {

/// How much a partner's status lets its links count: exited partners reach nobody any more,
/// dormant ones only part of the time.
double statusFactor(PartnerStatus status, const CoverageOptions &options) {
    switch (status) {
    case PartnerStatus::Exited:
        return 0.0;
    case PartnerStatus::Dormant:
        return std::clamp(options.dormantFactor, 0.0, 1.0);
    case PartnerStatus::Prospect:
    case PartnerStatus::Onboarding:
    case PartnerStatus::Active:
        break;
    }
    return 1.0;
}

/// Chance that one link of this strength brings our offer to the ICP's buyer (docs/coverage.md):
/// cubic, so many weak links never add up to a strong one, and capped at 0.9 so one partner
/// alone never counts as complete coverage.
double reach(int strength) {
    const double s = std::clamp(strength, 0, 5) / 5.0;
    return 0.9 * s * s * s;
}

double toScore(double missProbability) {
    return 100.0 * (1.0 - missProbability);
}

} // namespace

std::vector<IcpCoverage> computeCoverage(const PortfolioData &data,
                                         const CoverageOptions &options) {
    QHash<Id, const Partner *> partners;
    partners.reserve(qsizetype(data.partners.size()));
    for (const Partner &p : data.partners)
        partners.insert(p.id, &p);
    QHash<Id, size_t> rowOf;
    for (size_t i = 0; i < data.icps.size(); ++i)
        rowOf.insert(data.icps[i].id, i);

    // Noisy-OR: the ICP is missed only when every link misses, per role and overall.
    std::vector<double> miss(data.icps.size(), 1.0);
    std::vector<std::array<double, LinkRoleCount>> roleMiss(data.icps.size());
    for (auto &row : roleMiss)
        row.fill(1.0);
    std::vector<QSet<Id>> strong(data.icps.size()), linked(data.icps.size());

    for (const InfluenceLink &link : data.links) {
        const auto row = rowOf.constFind(link.icpId);
        const Partner *partner = partners.value(link.partnerId);
        if (row == rowOf.cend() || !partner || link.strength < 1)
            continue;
        const double factor = statusFactor(partner->status, options);
        if (factor <= 0.0)
            continue;
        const size_t r = *row;
        const double p = reach(link.strength) * factor;
        miss[r] *= 1.0 - p;
        roleMiss[r][size_t(link.role)] *= 1.0 - p;
        linked[r].insert(partner->id);
        if (link.strength >= 4)
            strong[r].insert(partner->id);
    }

    std::vector<IcpCoverage> result(data.icps.size());
    for (size_t r = 0; r < result.size(); ++r) {
        IcpCoverage &c = result[r];
        c.icpId = data.icps[r].id;
        c.influence = toScore(miss[r]);
        for (size_t role = 0; role < size_t(LinkRoleCount); ++role)
            c.byRole[role] = toScore(roleMiss[r][role]);
        c.strongPartners = int(strong[r].size());
        c.linkedPartners = int(linked[r].size());
        c.gap = c.strongPartners < options.minStrongPartners;
    }
    return result;
}

double InfluenceMatrix::maximum() const {
    double best = 0.0;
    for (const auto &row : cells)
        for (double v : row)
            best = std::max(best, v);
    return best;
}

InfluenceMatrix computeInfluenceMatrix(const PortfolioData &data) {
    static_assert(ProfileCount == 11, "one column per profile");
    InfluenceMatrix matrix;
    QHash<Id, size_t> rowOf;
    for (const Icp &icp : data.icps) {
        rowOf.insert(icp.id, matrix.icpIds.size());
        matrix.icpIds.push_back(icp.id);
    }
    matrix.cells.resize(data.icps.size());
    for (auto &row : matrix.cells)
        row.fill(0.0);
    QHash<Id, const Partner *> partners;
    for (const Partner &p : data.partners)
        partners.insert(p.id, &p);
    for (const InfluenceLink &link : data.links) {
        const auto row = rowOf.constFind(link.icpId);
        const Partner *partner = partners.value(link.partnerId);
        // Exited partners are left out, as in coverage: they no longer reach the buyer.
        if (row == rowOf.cend() || !partner || partner->status == PartnerStatus::Exited)
            continue;
        matrix.cells[*row][size_t(profileIndex(partner->model))] += std::max(0, link.strength);
    }
    return matrix;
}

std::vector<ChannelPath> channelPaths(const PortfolioData &data) {
    QHash<Id, size_t> icpRow, partnerRow;
    for (size_t i = 0; i < data.icps.size(); ++i)
        icpRow.insert(data.icps[i].id, i);
    for (size_t i = 0; i < data.partners.size(); ++i)
        partnerRow.insert(data.partners[i].id, i);
    struct Found {
        size_t icp, partner;
        ChannelPath path;
    };
    std::vector<Found> found;
    for (const InfluenceLink &link : data.links) {
        const auto icp = icpRow.constFind(link.icpId);
        const auto row = partnerRow.constFind(link.partnerId);
        if (icp == icpRow.cend() || row == partnerRow.cend() || link.strength < 1)
            continue;
        const Partner &partner = data.partners[*row];
        if (partner.upstreamId == 0 || partner.upstreamId == partner.id ||
            !partnerRow.contains(partner.upstreamId))
            continue;
        found.push_back({*icp, *row, {link.icpId, partner.upstreamId, partner.id, link.strength}});
    }
    // ICP order, then partner order, as the header promises; stable for duplicate links.
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.icp != b.icp ? a.icp < b.icp : a.partner < b.partner;
    });
    std::vector<ChannelPath> paths;
    paths.reserve(found.size());
    for (const Found &f : found)
        paths.push_back(f.path);
    return paths;
}

} // namespace ps
