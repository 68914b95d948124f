// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/gapcandidates.h"

#include "core/economics/icpmatch.h"
#include "core/economics/linksuggestions.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class GapCandidatesTr {
    Q_DECLARE_TR_FUNCTIONS(ps::GapCandidates)
};

int statusPoints(PartnerStatus status) {
    switch (status) {
    case PartnerStatus::Active:
        return 20;
    case PartnerStatus::Onboarding:
        return 10;
    case PartnerStatus::Prospect:
        return 5;
    case PartnerStatus::Dormant:
    case PartnerStatus::Exited:
        break;
    }
    return 0;
}

/// The ICP's industry the partner shares (the ICP's spelling), or nullopt; "" when the ICP
/// sets no industry.
std::optional<QString> sharedIndustry(const Icp &icp, const Partner &partner) {
    if (icp.industries.isEmpty())
        return QString();
    for (const QString &wanted : icp.industries)
        for (const QString &has : partner.industries)
            if (wanted.trimmed().compare(has.trimmed(), Qt::CaseInsensitive) == 0)
                return wanted.trimmed();
    return std::nullopt;
}

/// The partner's region that lies in one of the ICP's (or contains it), or nullopt; "" when
/// the ICP sets no region.
std::optional<QString> sharedRegion(const Icp &icp, const Partner &partner) {
    if (icp.regions.isEmpty())
        return QString();
    for (const QString &has : partner.regions)
        for (const QString &wanted : icp.regions)
            if (regionContains(wanted, has) || regionContains(has, wanted))
                return has.trimmed();
    return std::nullopt;
}

QString reasonText(const GapCandidate &c, const Partner &partner) {
    QStringList parts;
    if (!c.industry.isEmpty() && !c.region.isEmpty())
        parts << GapCandidatesTr::tr("Fits industry %1 and region %2").arg(c.industry, c.region);
    else if (!c.industry.isEmpty())
        parts << GapCandidatesTr::tr("Fits industry %1").arg(c.industry);
    else
        parts << GapCandidatesTr::tr("Fits region %1").arg(c.region);
    if (c.linkId == 0)
        parts << GapCandidatesTr::tr("no link yet");
    else
        parts << GapCandidatesTr::tr("weak link (%1, strength %2)")
                     .arg(c.role ? label(*c.role) : QString())
                     .arg(c.strength);
    if (c.deals > 0)
        parts << GapCandidatesTr::tr("%n deal(s) with its buyers", nullptr, c.deals);
    if (partner.ratings.marketReach)
        parts << GapCandidatesTr::tr("market reach %1/5").arg(*partner.ratings.marketReach);
    parts << GapCandidatesTr::tr("status %1").arg(label(partner.status));
    return parts.join(QLatin1String("; "));
}

} // namespace

std::vector<GapCandidate> rankGapCandidates(const PortfolioData &data, Id icpId) {
    const auto icpIt = std::find_if(data.icps.begin(), data.icps.end(),
                                    [icpId](const Icp &icp) { return icp.id == icpId; });
    if (icpIt == data.icps.end() || (icpIt->industries.isEmpty() && icpIt->regions.isEmpty()))
        return {};
    const Icp &icp = *icpIt;

    // The partner's strongest link to this ICP.
    QHash<Id, const InfluenceLink *> strongest;
    for (const InfluenceLink &link : data.links) {
        if (link.icpId != icpId)
            continue;
        const InfluenceLink *&best = strongest[link.partnerId];
        if (!best || link.strength > best->strength)
            best = &link;
    }
    QHash<Id, int> deals;
    for (const LinkEvidence &e : linkEvidence(data))
        if (e.icpId == icpId)
            deals.insert(e.partnerId, e.deals);

    std::vector<std::pair<const Partner *, GapCandidate>> found;
    for (const Partner &partner : data.partners) {
        if (partner.status == PartnerStatus::Exited)
            continue;
        const InfluenceLink *link = strongest.value(partner.id);
        if (link && link->strength >= GapStrongStrength)
            continue;
        const std::optional<QString> industry = sharedIndustry(icp, partner);
        const std::optional<QString> region = industry ? sharedRegion(icp, partner) : std::nullopt;
        if (!industry || !region)
            continue;
        GapCandidate c;
        c.partnerId = partner.id;
        c.industry = *industry;
        c.region = *region;
        if (link) {
            c.linkId = link->id;
            c.strength = std::clamp(link->strength, 0, GapStrongStrength - 1);
            c.role = link->role;
        }
        c.deals = deals.value(partner.id);
        const int reach =
            partner.ratings.marketReach ? std::clamp(*partner.ratings.marketReach, 0, 5) : 0;
        c.score =
            10 * c.strength + std::min(30, 5 * c.deals) + 4 * reach + statusPoints(partner.status);
        c.reason = reasonText(c, partner);
        found.emplace_back(&partner, std::move(c));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.second.score != b.second.score)
            return a.second.score > b.second.score;
        const int byName = a.first->name.compare(b.first->name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.first->id < b.first->id;
    });
    std::vector<GapCandidate> out;
    out.reserve(found.size());
    for (auto &f : found)
        out.push_back(std::move(f.second));
    return out;
}

InfluenceLink gapCandidateLink(Id icpId, const GapCandidate &candidate) {
    InfluenceLink link;
    link.id = candidate.linkId;
    link.icpId = icpId;
    link.partnerId = candidate.partnerId;
    link.strength = GapStrongStrength;
    link.role = candidate.role.value_or(LinkRole::Influences);
    link.notes = GapCandidatesTr::tr("Added to close a coverage gap: %1").arg(candidate.reason);
    return link;
}

} // namespace ps
