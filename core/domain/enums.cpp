// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/enums.h"

#include <QCoreApplication>

namespace ps {
namespace {

template <typename E> struct EnumText {
    E value;
    const char *key;
    const char *label;
};

template <typename E, size_t N> QString keyOf(const EnumText<E> (&table)[N], E value) {
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <typename E, size_t N> QString labelOf(const EnumText<E> (&table)[N], E value) {
    for (const auto &entry : table)
        if (entry.value == value)
            return QCoreApplication::translate("ps::Enums", entry.label);
    return {};
}

template <typename E, size_t N>
std::optional<E> parse(const EnumText<E> (&table)[N], const QString &key) {
    for (const auto &entry : table)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template <typename E, size_t N> std::vector<E> valuesOf(const EnumText<E> (&table)[N]) {
    std::vector<E> values;
    values.reserve(N);
    for (const auto &entry : table)
        values.push_back(entry.value);
    return values;
}

const EnumText<PartnerModel> modelTable[] = {
    {PartnerModel::Referral, "referral", QT_TRANSLATE_NOOP("ps::Enums", "Referral")},
    {PartnerModel::Agency, "agency", QT_TRANSLATE_NOOP("ps::Enums", "Agency")},
    {PartnerModel::Affiliate, "affiliate", QT_TRANSLATE_NOOP("ps::Enums", "Affiliate / alliance")},
    {PartnerModel::Reseller, "reseller", QT_TRANSLATE_NOOP("ps::Enums", "Reseller")},
    {PartnerModel::ValueAddedReseller, "var",
     QT_TRANSLATE_NOOP("ps::Enums", "Value-added reseller")},
    {PartnerModel::Distributor, "distributor", QT_TRANSLATE_NOOP("ps::Enums", "Distributor")},
    {PartnerModel::Oem, "oem", QT_TRANSLATE_NOOP("ps::Enums", "OEM / embedded")},
    {PartnerModel::Isv, "isv", QT_TRANSLATE_NOOP("ps::Enums", "ISV / technology")},
    {PartnerModel::SystemsIntegrator, "si", QT_TRANSLATE_NOOP("ps::Enums", "Systems integrator")},
    {PartnerModel::ServiceDelivery, "service",
     QT_TRANSLATE_NOOP("ps::Enums", "Service delivery / managed service")},
};

const EnumText<PartnerStatus> statusTable[] = {
    {PartnerStatus::Prospect, "prospect", QT_TRANSLATE_NOOP("ps::Enums", "Prospect")},
    {PartnerStatus::Onboarding, "onboarding", QT_TRANSLATE_NOOP("ps::Enums", "Onboarding")},
    {PartnerStatus::Active, "active", QT_TRANSLATE_NOOP("ps::Enums", "Active")},
    {PartnerStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("ps::Enums", "Dormant")},
    {PartnerStatus::Exited, "exited", QT_TRANSLATE_NOOP("ps::Enums", "Exited")},
};

const EnumText<PartnerTier> tierTable[] = {
    {PartnerTier::None, "", QT_TRANSLATE_NOOP("ps::Enums", "No tier")},
    {PartnerTier::Registered, "registered", QT_TRANSLATE_NOOP("ps::Enums", "Registered")},
    {PartnerTier::Silver, "silver", QT_TRANSLATE_NOOP("ps::Enums", "Silver")},
    {PartnerTier::Gold, "gold", QT_TRANSLATE_NOOP("ps::Enums", "Gold")},
    {PartnerTier::Platinum, "platinum", QT_TRANSLATE_NOOP("ps::Enums", "Platinum")},
};

const EnumText<LinkRole> roleTable[] = {
    {LinkRole::Sources, "sources", QT_TRANSLATE_NOOP("ps::Enums", "Sources deals")},
    {LinkRole::Influences, "influences", QT_TRANSLATE_NOOP("ps::Enums", "Influences the decision")},
    {LinkRole::Delivers, "delivers", QT_TRANSLATE_NOOP("ps::Enums", "Delivers / implements")},
    {LinkRole::Embeds, "embeds", QT_TRANSLATE_NOOP("ps::Enums", "Embeds the product")},
    {LinkRole::CoSells, "cosells", QT_TRANSLATE_NOOP("ps::Enums", "Co-sells")},
};

const EnumText<OemStructure> structureTable[] = {
    {OemStructure::CertifiedComponent, "certified_component",
     QT_TRANSLATE_NOOP("ps::Enums", "Certified component")},
    {OemStructure::WhiteLabel, "white_label", QT_TRANSLATE_NOOP("ps::Enums", "White-label")},
    {OemStructure::FullEmbedded, "full_embedded", QT_TRANSLATE_NOOP("ps::Enums", "Full embedded")},
    {OemStructure::StrategicTier, "strategic_tier",
     QT_TRANSLATE_NOOP("ps::Enums", "Strategic co-developed tier")},
};

const EnumText<Decision> decisionTable[] = {
    {Decision::None, "", QT_TRANSLATE_NOOP("ps::Enums", "Undecided")},
    {Decision::Invest, "invest", QT_TRANSLATE_NOOP("ps::Enums", "Invest")},
    {Decision::Develop, "develop", QT_TRANSLATE_NOOP("ps::Enums", "Develop")},
    {Decision::Maintain, "maintain", QT_TRANSLATE_NOOP("ps::Enums", "Maintain")},
    {Decision::Exit, "exit", QT_TRANSLATE_NOOP("ps::Enums", "Exit")},
};

const EnumText<Owner> ownerTable[] = {
    {Owner::Undefined, "", QT_TRANSLATE_NOOP("ps::Enums", "Not agreed")},
    {Owner::Vendor, "vendor", QT_TRANSLATE_NOOP("ps::Enums", "Vendor")},
    {Owner::Partner, "partner", QT_TRANSLATE_NOOP("ps::Enums", "Partner")},
    {Owner::Shared, "shared", QT_TRANSLATE_NOOP("ps::Enums", "Shared")},
};

const EnumText<RoyaltyTierMode> tierModeTable[] = {
    {RoyaltyTierMode::Marginal, "marginal", QT_TRANSLATE_NOOP("ps::Enums", "Marginal bands")},
    {RoyaltyTierMode::AllUnits, "all_units", QT_TRANSLATE_NOOP("ps::Enums", "All units")},
};

const EnumText<ActivityKind> activityTable[] = {
    {ActivityKind::Training, "training", QT_TRANSLATE_NOOP("ps::Enums", "Training")},
    {ActivityKind::BusinessReview, "business_review",
     QT_TRANSLATE_NOOP("ps::Enums", "Business review")},
    {ActivityKind::CoMarketing, "co_marketing", QT_TRANSLATE_NOOP("ps::Enums", "Co-marketing")},
    {ActivityKind::LeadReferred, "lead_referred", QT_TRANSLATE_NOOP("ps::Enums", "Lead referred")},
    {ActivityKind::DealRegistered, "deal_registered",
     QT_TRANSLATE_NOOP("ps::Enums", "Deal registered")},
    {ActivityKind::JointCall, "joint_call", QT_TRANSLATE_NOOP("ps::Enums", "Joint customer call")},
    {ActivityKind::DealClosed, "deal_closed", QT_TRANSLATE_NOOP("ps::Enums", "Deal closed")},
};

const EnumText<DealOutcome> outcomeTable[] = {
    {DealOutcome::Open, "open", QT_TRANSLATE_NOOP("ps::Enums", "Open")},
    {DealOutcome::Won, "won", QT_TRANSLATE_NOOP("ps::Enums", "Won")},
    {DealOutcome::Lost, "lost", QT_TRANSLATE_NOOP("ps::Enums", "Lost")},
};

const EnumText<Attribution> attributionTable[] = {
    {Attribution::Sourced, "sourced", QT_TRANSLATE_NOOP("ps::Enums", "Sourced")},
    {Attribution::Influenced, "influenced", QT_TRANSLATE_NOOP("ps::Enums", "Influenced")},
};

const EnumText<CrmSource> crmSourceTable[] = {
    {CrmSource::None, "", QT_TRANSLATE_NOOP("ps::Enums", "Partnerscope")},
    {CrmSource::Salesforce, "salesforce", QT_TRANSLATE_NOOP("ps::Enums", "Salesforce")},
    {CrmSource::HubSpot, "hubspot", QT_TRANSLATE_NOOP("ps::Enums", "HubSpot")},
    {CrmSource::Csv, "csv", QT_TRANSLATE_NOOP("ps::Enums", "CSV")},
};

const EnumText<PlanObjective> objectiveTable[] = {
    {PlanObjective::Revenue, "revenue", QT_TRANSLATE_NOOP("ps::Enums", "Revenue")},
    {PlanObjective::Margin, "margin", QT_TRANSLATE_NOOP("ps::Enums", "Margin")},
};

const EnumText<PlanPolicy> policyTable[] = {
    {PlanPolicy::Optimize, "optimize", QT_TRANSLATE_NOOP("ps::Enums", "Optimize")},
    {PlanPolicy::ContractMinimum, "contract_minimum",
     QT_TRANSLATE_NOOP("ps::Enums", "Contract minimum only")},
    {PlanPolicy::HoldCurrent, "hold_current", QT_TRANSLATE_NOOP("ps::Enums", "Hold today's spend")},
};

} // namespace

#define PS_DEFINE_ENUM_TEXT(E, table)                                                              \
    QString toKey(E value) {                                                                       \
        return keyOf(table, value);                                                                \
    }                                                                                              \
    QString label(E value) {                                                                       \
        return labelOf(table, value);                                                              \
    }                                                                                              \
    std::optional<E> fromKey(const QString &key, E *) {                                            \
        return parse(table, key);                                                                  \
    }                                                                                              \
    const std::vector<E> &allValues(E *) {                                                         \
        static const std::vector<E> values = valuesOf(table);                                      \
        return values;                                                                             \
    }

PS_DEFINE_ENUM_TEXT(PartnerModel, modelTable)
PS_DEFINE_ENUM_TEXT(PartnerStatus, statusTable)
PS_DEFINE_ENUM_TEXT(PartnerTier, tierTable)
PS_DEFINE_ENUM_TEXT(LinkRole, roleTable)
PS_DEFINE_ENUM_TEXT(OemStructure, structureTable)
PS_DEFINE_ENUM_TEXT(Decision, decisionTable)
PS_DEFINE_ENUM_TEXT(Owner, ownerTable)
PS_DEFINE_ENUM_TEXT(RoyaltyTierMode, tierModeTable)
PS_DEFINE_ENUM_TEXT(ActivityKind, activityTable)
PS_DEFINE_ENUM_TEXT(DealOutcome, outcomeTable)
PS_DEFINE_ENUM_TEXT(Attribution, attributionTable)
PS_DEFINE_ENUM_TEXT(CrmSource, crmSourceTable)
PS_DEFINE_ENUM_TEXT(PlanObjective, objectiveTable)
PS_DEFINE_ENUM_TEXT(PlanPolicy, policyTable)
#undef PS_DEFINE_ENUM_TEXT

int exitDifficulty(OemStructure structure) {
    return static_cast<int>(structure) + 1;
}

bool isCommercial(ActivityKind kind) {
    switch (kind) {
    case ActivityKind::LeadReferred:
    case ActivityKind::DealRegistered:
    case ActivityKind::JointCall:
    case ActivityKind::DealClosed:
        return true;
    case ActivityKind::Training:
    case ActivityKind::BusinessReview:
    case ActivityKind::CoMarketing:
        return false;
    }
    return false;
}

} // namespace ps
