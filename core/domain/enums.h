// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The enumerations of the domain. Each is stored in a portfolio file as a readable
/// text key (for example `reseller`, `isv`, `oem`), so that other tools can read the file.
namespace ps {

/// The ten partner models of product.md, covering all three seed documents.
enum class PartnerModel {
    Referral,
    Agency,
    Affiliate,
    Reseller,
    ValueAddedReseller,
    Distributor,
    Oem,
    Isv,
    SystemsIntegrator,
    ServiceDelivery,
};

/// Lifecycle status of a partner.
enum class PartnerStatus { Prospect, Onboarding, Active, Dormant, Exited };

/// Program tier. `None` is stored as the empty string.
enum class PartnerTier { None, Registered, Silver, Gold, Platinum };

/// What a partner does for the buyers of an ICP.
enum class LinkRole { Sources, Influences, Delivers, Embeds, CoSells };

/// The four OEM structures of seed 000; exit difficulty rises in this order.
enum class OemStructure { CertifiedComponent, WhiteLabel, FullEmbedded, StrategicTier };

/// The decision a planning session takes on a partner. `None` is stored as the empty string.
enum class Decision { None, Invest, Develop, Maintain, Exit };

/// Who owns an item of the joint commercial model. `Undefined` (empty string) is a gap.
enum class Owner { Undefined, Vendor, Partner, Shared };

/// How royalty tiers apply (keys `marginal`, `all_units`): each band of units at its own rate,
/// or every unit at the rate of the highest tier reached.
enum class RoyaltyTierMode { Marginal, AllUnits };

/// Kinds of dated partner activity in the activity log (seed 001: measure activity that leads
/// to revenue). Keys: training, business_review, co_marketing, lead_referred, deal_registered,
/// joint_call, deal_closed.
enum class ActivityKind {
    Training,
    BusinessReview,
    CoMarketing,
    LeadReferred,
    DealRegistered,
    JointCall,
    DealClosed,
};

/// Outcome of a deal in the deal log. Keys: open, won, lost.
enum class DealOutcome { Open, Won, Lost };

/// What a partner did on a deal (seed 001: partner-sourced against partner-influenced). Keys:
/// sourced, influenced.
enum class Attribution { Sourced, Influenced };

/// The system a record was imported from. Keys: "" (typed in Partnerscope), salesforce,
/// hubspot, csv (any other export).
enum class CrmSource { None, Salesforce, HubSpot, Csv };

/// What an investment plan maximises (keys revenue, margin): expected attributed revenue, or
/// margin (revenue × margin rate − spend).
enum class PlanObjective { Revenue, Margin };

/// What an investment plan gives the partners of a quadrant (keys optimize, contract_minimum,
/// hold_current): whatever the optimum gives, only what a contract obliges, or today's spend.
enum class PlanPolicy { Optimize, ContractMinimum, HoldCurrent };

/// Text keys, translated labels and parsing, one set of overloads per enumeration.
/// `fromKey` returns std::nullopt for an unknown key; callers report it, never guess.
#define PS_DECLARE_ENUM_TEXT(E)                                                                    \
    QString toKey(E value);                                                                        \
    QString label(E value);                                                                        \
    std::optional<E> fromKey(const QString &key, E *tag);                                          \
    const std::vector<E> &allValues(E *tag);

PS_DECLARE_ENUM_TEXT(PartnerModel)
PS_DECLARE_ENUM_TEXT(PartnerStatus)
PS_DECLARE_ENUM_TEXT(PartnerTier)
PS_DECLARE_ENUM_TEXT(LinkRole)
PS_DECLARE_ENUM_TEXT(OemStructure)
PS_DECLARE_ENUM_TEXT(Decision)
PS_DECLARE_ENUM_TEXT(Owner)
PS_DECLARE_ENUM_TEXT(RoyaltyTierMode)
PS_DECLARE_ENUM_TEXT(ActivityKind)
PS_DECLARE_ENUM_TEXT(DealOutcome)
PS_DECLARE_ENUM_TEXT(Attribution)
PS_DECLARE_ENUM_TEXT(CrmSource)
PS_DECLARE_ENUM_TEXT(PlanObjective)
PS_DECLARE_ENUM_TEXT(PlanPolicy)
#undef PS_DECLARE_ENUM_TEXT

/// Parses a text key of enumeration E: `enumFromKey<PartnerModel>("isv")`.
template <typename E> std::optional<E> enumFromKey(const QString &key) {
    return fromKey(key, static_cast<E *>(nullptr));
}

/// Every value of enumeration E in declaration order.
template <typename E> const std::vector<E> &enumValues() {
    return allValues(static_cast<E *>(nullptr));
}

/// Every text key of enumeration E in declaration order.
template <typename E> QStringList enumKeys() {
    QStringList keys;
    for (E value : enumValues<E>())
        keys << toKey(value);
    return keys;
}

/// Every translated label of enumeration E in declaration order.
template <typename E> QStringList enumLabels() {
    QStringList labels;
    for (E value : enumValues<E>())
        labels << label(value);
    return labels;
}

/// Exit difficulty of an OEM structure, 1 (easiest to leave) to 4 (hardest).
int exitDifficulty(OemStructure structure);

/// True for the activity kinds that count as commercial activity (a lead referred, a deal
/// registered, a joint customer call, a deal closed); training, reviews and co-marketing do not.
bool isCommercial(ActivityKind kind);

} // namespace ps
