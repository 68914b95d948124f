// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QVariant>

/// Field-by-field access to entities, so that table models, the undo facade and importers
/// share one definition of every editable field and its validation.
///
/// Value conventions: text -> QString; lists -> QStringList; enumerations -> their text key
/// (QString); optional numbers -> a null QVariant when absent; dates -> QDate (invalid = none);
/// flags -> bool; ids -> qint64.
namespace ps {

enum class PartnerField {
    Name,
    Website,
    Model,
    Status,
    Tier,
    Regions,
    Industries,
    Upstream,
    MarketReach,
    StrategicFit,
    Capability,
    Commitment,
    CostToServe,
    Certifications,
    SourcedRevenue,
    InfluencedRevenue,
    Pipeline,
    DealsWon,
    DealsLost,
    InvestMdf,
    InvestEnablement,
    InvestIncentives,
    InvestTechnical,
    EnrolledOn,
    FirstCommercialOn,
    Notes,
    Decision,
    DecisionOwner,
    NextStep,
    PricingAgreed,
    SupportOwner,
    SuccessOwner,
    RenewalOwner,
    ContractMinimum, ///< program spend a contract obliges per year
    Count_
};

enum class IcpField {
    Name,
    Description,
    Industries,
    SizeBand,
    Regions,
    BuyerRoles,
    PriorityWeight,
    TargetAccounts,
    AverageDealSize,
    Count_
};

enum class LinkField { Icp, Partner, Strength, Role, OverlappingAccounts, Notes, Count_ };

enum class OemDealField {
    Name,
    Structure,
    NeedsOfferFaster,
    TechnicalLead,
    ReachesNewSegment,
    DefendableMargin,
    PerUnitRoyalty,
    AnnualEscalatorPct,
    MinimumAnnual,
    SetupFee,
    ExitClause,
    Exclusive,
    TierMode,         ///< text key of RoyaltyTierMode
    CostPerUnit,      ///< amount
    MinMarginPerUnit, ///< optional amount (null = none)
    Volumes,          ///< QVariantList of doubles; also accepts text "1000; 5000; 20000"
    BrandOwner,       ///< text key of Owner
    RoadmapAligned,   ///< flag
    Notes,
    Count_
};

enum class InfoField { Name, Organization, Currency, FiscalYear, Notes, MinClosedDeals, Count_ };

QVariant fieldValue(const Partner &p, PartnerField f);
QVariant fieldValue(const Icp &icp, IcpField f);
QVariant fieldValue(const InfluenceLink &l, LinkField f);
QVariant fieldValue(const OemDeal &d, OemDealField f);
QVariant fieldValue(const PortfolioInfo &info, InfoField f);

/// Sets a field from a value in the conventions above. Returns false, leaving the entity
/// unchanged, when the value is not acceptable (wrong type, out of range, unknown key).
bool setFieldValue(Partner &p, PartnerField f, const QVariant &v);
bool setFieldValue(Icp &icp, IcpField f, const QVariant &v);
bool setFieldValue(InfluenceLink &l, LinkField f, const QVariant &v);
bool setFieldValue(OemDeal &d, OemDealField f, const QVariant &v);
bool setFieldValue(PortfolioInfo &info, InfoField f, const QVariant &v);

/// Translated column titles.
QString fieldTitle(PartnerField f);
QString fieldTitle(IcpField f);
QString fieldTitle(LinkField f);
QString fieldTitle(OemDealField f);
QString fieldTitle(InfoField f);

/// Splits a user-typed list ("EMEA; DACH, Nordics") into trimmed, non-empty items.
QStringList splitList(const QString &text);

} // namespace ps
