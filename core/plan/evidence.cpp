// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/evidence.h"

namespace ps::plan {

std::vector<PartnerEvidence> evidenceFromPartners(const std::vector<Partner> &partners,
                                                  const std::vector<Quadrant> &quadrants,
                                                  QDate period) {
    std::vector<PartnerEvidence> out;
    out.reserve(partners.size());
    for (size_t i = 0; i < partners.size(); ++i) {
        const Partner &p = partners[i];
        PartnerEvidence e;
        e.id = p.id;
        e.name = p.name;
        e.model = p.model;
        e.tier = p.tier;
        e.quadrant = i < quadrants.size() ? quadrants[i] : Quadrant::Develop;
        e.status = p.status;
        e.currentSpend = p.economics.investment;
        e.enrolledOn = p.enrolledOn;
        e.firstCommercialOn = p.firstCommercialOn;
        const double revenue = p.economics.sourcedRevenue + p.economics.influencedRevenue;
        if (p.economics.investment.total() > 0.0 || revenue > 0.0)
            e.periods.push_back({period, p.economics.investment, revenue});
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace ps::plan
