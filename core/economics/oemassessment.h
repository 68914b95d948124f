// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/economics/royalty.h"

#include <QString>

#include <vector>

/// The OEM assessment of seed 000 for each OEM deal: the four conditions and the
/// three-of-four rule, the structure's exit difficulty, the exclusivity trap, and the failure
/// modes as a checklist.
namespace ps {

/// Seed 000's failure modes. Keys (JSON and tests): pilot_pricing, no_exit_path,
/// fuzzy_ownership, roadmap_drift, no_customer_success, exclusivity.
enum class OemFailureMode {
    PilotPricing,      ///< royalty priced for the pilot: the terms break at scale
    NoExitPath,        ///< no exit clause
    FuzzyOwnership,    ///< brand or support ownership not agreed
    RoadmapDrift,      ///< no joint roadmap review
    NoCustomerSuccess, ///< customer-success ownership not agreed
    Exclusivity,       ///< exclusive terms
};
QString toKey(OemFailureMode mode);
QString label(OemFailureMode mode);       ///< translated short name
QString explanation(OemFailureMode mode); ///< translated sentence: why it matters (seed 000)
const std::vector<OemFailureMode> &allFailureModes();

/// Exit risk from the structure: certified component low, white-label medium, full embedded
/// high, strategic co-developed tier very high. Keys: low, medium, high, very_high.
enum class ExitRisk { Low, Medium, High, VeryHigh };
QString toKey(ExitRisk risk);
QString label(ExitRisk risk);
ExitRisk exitRisk(OemStructure structure);

struct OemAssessment {
    Id dealId = 0;
    Id partnerId = 0;
    QString dealName;
    QString partnerName;
    OemStructure structure = OemStructure::CertifiedComponent;
    ExitRisk exitRisk = ExitRisk::Low;
    int conditionsMet = 0;
    bool distraction = false; ///< fewer than three of the four conditions hold
    bool exclusive = false;
    /// Exclusive terms on a structure that is hard to leave (full embedded or strategic tier),
    /// or exclusive without an exit clause: the exclusivity trap of seed 000.
    bool exclusivityTrap = false;
    std::vector<OemFailureMode> failureModes; ///< in allFailureModes() order
    RoyaltyResult royalty;                    ///< simulateRoyalty(termsOf(deal)); empty if invalid
    bool termsValid = true;
};

/// One assessment per OEM deal, in portfolio order.
std::vector<OemAssessment> assessOemDeals(const PortfolioData &data);
OemAssessment assessOemDeal(const PortfolioData &data, const OemDeal &deal);

} // namespace ps
