// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/economics/oemassessment.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ps {
namespace {

struct FailureText {
    OemFailureMode mode;
    const char *key;
    const char *label;
    const char *explanation;
};

// Seed 000, "Where OEM partnerships fail" and "Price the royalty for scale, not for the pilot".
const FailureText failureTable[] = {
    {OemFailureMode::PilotPricing, "pilot_pricing",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "Royalty priced for the pilot"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "The royalty works at pilot volume but leaves no margin per unit at "
                       "scale, so the partnership breaks the moment it scales; model the volume "
                       "curve and lock in escalators, volume tiers and minimum floors.")},
    {OemFailureMode::NoExitPath, "no_exit_path",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "No exit path"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "Without an exit clause the contract is easy to underprice and hard to "
                       "leave; renegotiating it later, when the manufacturer depends on you, is "
                       "a far weaker position.")},
    {OemFailureMode::FuzzyOwnership, "fuzzy_ownership",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "Fuzzy brand and support ownership"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "Brand or support ownership is not agreed, so the end customer does not "
                       "know who to call.")},
    {OemFailureMode::RoadmapDrift, "roadmap_drift",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "Roadmaps drifting apart"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "No joint roadmap review is in place, so the two roadmaps drift apart and "
                       "technical debt piles up at the integration layer.")},
    {OemFailureMode::NoCustomerSuccess, "no_customer_success",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "No customer-success layer"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "Nobody owns customer success, so churn happens where the embedded vendor "
                       "cannot see it and the manufacturer cannot fix it.")},
    {OemFailureMode::Exclusivity, "exclusivity",
     QT_TRANSLATE_NOOP("ps::OemAssessment", "Exclusivity"),
     QT_TRANSLATE_NOOP("ps::OemAssessment",
                       "Exclusive terms trade the rest of the channel for one manufacturer; if "
                       "it stumbles, gets acquired or deprioritizes the category, the revenue "
                       "goes with it.")},
};

const FailureText &textOf(OemFailureMode mode) {
    for (const FailureText &entry : failureTable)
        if (entry.mode == mode)
            return entry;
    return failureTable[0];
}

struct RiskText {
    ExitRisk risk;
    const char *key;
    const char *label;
};

const RiskText riskTable[] = {
    {ExitRisk::Low, "low", QT_TRANSLATE_NOOP("ps::OemAssessment", "Low")},
    {ExitRisk::Medium, "medium", QT_TRANSLATE_NOOP("ps::OemAssessment", "Medium")},
    {ExitRisk::High, "high", QT_TRANSLATE_NOOP("ps::OemAssessment", "High")},
    {ExitRisk::VeryHigh, "very_high", QT_TRANSLATE_NOOP("ps::OemAssessment", "Very high")},
};

const RiskText &textOf(ExitRisk risk) {
    for (const RiskText &entry : riskTable)
        if (entry.risk == risk)
            return entry;
    return riskTable[0];
}

} // namespace

QString toKey(OemFailureMode mode) {
    return QString::fromLatin1(textOf(mode).key);
}

QString label(OemFailureMode mode) {
    return QCoreApplication::translate("ps::OemAssessment", textOf(mode).label);
}

QString explanation(OemFailureMode mode) {
    return QCoreApplication::translate("ps::OemAssessment", textOf(mode).explanation);
}

const std::vector<OemFailureMode> &allFailureModes() {
    static const std::vector<OemFailureMode> modes = [] {
        std::vector<OemFailureMode> all;
        for (const FailureText &entry : failureTable)
            all.push_back(entry.mode);
        return all;
    }();
    return modes;
}

QString toKey(ExitRisk risk) {
    return QString::fromLatin1(textOf(risk).key);
}

QString label(ExitRisk risk) {
    return QCoreApplication::translate("ps::OemAssessment", textOf(risk).label);
}

ExitRisk exitRisk(OemStructure structure) {
    // Seed 000: "Exit risk rises as you move down that list" - a certified component can be
    // swapped unnoticed, white-label customers see the change, pulling an embedded component is a
    // multi-quarter project, and the strategic tier carries customer-facing investment of both.
    switch (structure) {
    case OemStructure::CertifiedComponent:
        return ExitRisk::Low;
    case OemStructure::WhiteLabel:
        return ExitRisk::Medium;
    case OemStructure::FullEmbedded:
        return ExitRisk::High;
    case OemStructure::StrategicTier:
        return ExitRisk::VeryHigh;
    }
    return ExitRisk::Low;
}

namespace {

/// The assessment of `deal`, whose partner is `partner` (null when the portfolio has none).
OemAssessment assess(const OemDeal &deal, const Partner *partner) {
    OemAssessment a;
    a.dealId = deal.id;
    a.partnerId = deal.partnerId;
    a.dealName = deal.name;
    if (partner)
        a.partnerName = partner->name;
    a.structure = deal.structure;
    a.exitRisk = exitRisk(deal.structure);
    a.conditionsMet = deal.conditionsMet();
    a.distraction = a.conditionsMet < 3;
    a.exclusive = deal.exclusive;
    const bool noExit = deal.exitClause.trimmed().isEmpty();
    a.exclusivityTrap = deal.exclusive && (a.exitRisk >= ExitRisk::High || noExit);

    const RoyaltyTerms terms = termsOf(deal);
    a.termsValid = validateTerms(terms).isEmpty();
    if (a.termsValid)
        a.royalty = simulateRoyalty(terms);

    // Without the partner there is no agreed joint commercial model to read: both owners open.
    const Owner support = partner ? partner->commercialModel.support : Owner::Undefined;
    const Owner success = partner ? partner->commercialModel.customerSuccess : Owner::Undefined;
    for (OemFailureMode mode : allFailureModes()) {
        bool present = false;
        switch (mode) {
        case OemFailureMode::PilotPricing:
            present = a.termsValid && a.royalty.breaksAtScale;
            break;
        case OemFailureMode::NoExitPath:
            present = noExit;
            break;
        case OemFailureMode::FuzzyOwnership:
            present = deal.brandOwner == Owner::Undefined || support == Owner::Undefined;
            break;
        case OemFailureMode::RoadmapDrift:
            present = !deal.roadmapAligned;
            break;
        case OemFailureMode::NoCustomerSuccess:
            present = success == Owner::Undefined;
            break;
        case OemFailureMode::Exclusivity:
            present = deal.exclusive;
            break;
        }
        if (present)
            a.failureModes.push_back(mode);
    }
    return a;
}

} // namespace

OemAssessment assessOemDeal(const PortfolioData &data, const OemDeal &deal) {
    const auto partner = std::find_if(data.partners.begin(), data.partners.end(),
                                      [&deal](const Partner &p) { return p.id == deal.partnerId; });
    return assess(deal, partner == data.partners.end() ? nullptr : &*partner);
}

std::vector<OemAssessment> assessOemDeals(const PortfolioData &data) {
    // One pass over the partners for all deals, not one per deal: 1,000 deals of a portfolio
    // of 100,000 partners would otherwise compare ids a hundred million times.
    QHash<Id, const Partner *> partners; // the first partner of each deal's id
    partners.reserve(qsizetype(data.oemDeals.size()));
    for (const OemDeal &deal : data.oemDeals)
        partners.insert(deal.partnerId, nullptr);
    for (const Partner &p : data.partners)
        if (const auto it = partners.find(p.id); it != partners.end() && !*it)
            *it = &p;
    std::vector<OemAssessment> out;
    out.reserve(data.oemDeals.size());
    for (const OemDeal &deal : data.oemDeals)
        out.push_back(assess(deal, partners.value(deal.partnerId)));
    return out;
}

} // namespace ps
