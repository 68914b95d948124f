// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/evidence.h"

#include "core/plan/plantext_p.h"

#include <QSet>

#include <cmath>

namespace ps::plan {
namespace {

bool amount(double v) {
    return std::isfinite(v) && v >= 0.0;
}

bool amounts(const Investment &i) {
    return amount(i.mdf) && amount(i.enablement) && amount(i.incentives) &&
           amount(i.technicalSupport);
}

} // namespace

QString evidenceError(const std::vector<PartnerEvidence> &evidence) {
    QSet<Id> seen;
    for (const PartnerEvidence &e : evidence) {
        const QString who = e.name.isEmpty() ? QString::number(e.id) : e.name;
        if (seen.contains(e.id))
            return PlanText::tr("Partner %1 appears twice in the evidence.").arg(e.id);
        seen.insert(e.id);
        for (const EvidencePeriod &p : e.periods)
            if (!amounts(p.investment) || !std::isfinite(p.revenue))
                return PlanText::tr("The evidence of %1 for the period from %2 has a spend or "
                                    "revenue that is not a valid amount.")
                    .arg(who, p.start.toString(Qt::ISODate));
        if (!amounts(e.currentSpend) || !amount(e.contractMinimum))
            return PlanText::tr("Today's spend or the contract minimum of %1 is not a valid "
                                "amount.")
                .arg(who);
    }
    return {};
}

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
