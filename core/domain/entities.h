// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ps {

/// Row identifier of an entity; stable for the life of a portfolio file. 0 means "none".
using Id = qint64;

/// Where an imported record came from: the CRM and its record id there (Salesforce "Id",
/// HubSpot "Record ID"), so that importing the same export again updates the record instead
/// of adding it twice. Records typed in Partnerscope have source None and no id.
struct CrmRef {
    CrmSource source = CrmSource::None;
    QString id;

    bool isSet() const { return source != CrmSource::None && !id.isEmpty(); }
    bool operator==(const CrmRef &o) const { return source == o.source && id == o.id; }
    bool operator!=(const CrmRef &o) const { return !(*this == o); }
};

/// The default of PortfolioInfo::minClosedDeals: below it, partner impact withholds rates.
constexpr int DefaultMinClosedDeals = 10;

/// The portfolio's own fields: one per file.
struct PortfolioInfo {
    QString name;
    QString organization;
    QString currency = QStringLiteral("USD"); ///< ISO 4217 code
    int fiscalYear = 0;                       ///< 0 = not set
    QString notes;
    /// Partner impact (economics/partnerimpact.h) says "not enough deals" instead of a win rate,
    /// average deal or cycle below this many closed deals; evidence-based scores need as many.
    int minClosedDeals = DefaultMinClosedDeals;

    bool operator==(const PortfolioInfo &o) const;
    bool operator!=(const PortfolioInfo &o) const { return !(*this == o); }
};

/// An ideal customer profile (seed 002: "start with your ideal customer profile").
struct Icp {
    Id id = 0;
    QString name;
    QString description;
    QStringList industries;
    QString sizeBand; ///< company size band, free text such as "200-1,000 employees"
    QStringList regions;
    QStringList buyerRoles;
    double priorityWeight = 1.0; ///< relative importance among ICPs, 0-10
    int targetAccounts = 0;
    double averageDealSize = 0.0;
    CrmRef crm;

    bool operator==(const Icp &o) const;
    bool operator!=(const Icp &o) const { return !(*this == o); }
};

/// Ratings on the scoring criteria that are judged, not computed: 1-5, or not rated.
struct PartnerRatings {
    std::optional<int> marketReach;
    std::optional<int> strategicFit;
    std::optional<int> capability;
    std::optional<int> commitment;
    std::optional<int> costToServe; ///< 1 = cheap to serve, 5 = expensive (scored inversely)

    bool operator==(const PartnerRatings &o) const;
};

/// Program investment by kind (seed 001: investment must be attributable).
struct Investment {
    double mdf = 0.0;
    double enablement = 0.0;
    double incentives = 0.0;
    double technicalSupport = 0.0;

    double total() const { return mdf + enablement + incentives + technicalSupport; }
    bool operator==(const Investment &o) const;
};

/// Commercial outcomes of a partnership.
struct PartnerEconomics {
    double sourcedRevenue = 0.0;
    double influencedRevenue = 0.0;
    double pipeline = 0.0;
    int dealsWon = 0;
    int dealsLost = 0;
    Investment investment;
    /// Program spend a contract obliges per plan period (a year): the investment plan's floor.
    double contractMinimum = 0.0;

    bool operator==(const PartnerEconomics &o) const;
};

/// The joint commercial model of seed 001, failure 1: agreed before co-selling starts.
struct JointCommercialModel {
    bool pricingAgreed = false;
    Owner support = Owner::Undefined;
    Owner customerSuccess = Owner::Undefined;
    Owner renewal = Owner::Undefined;

    /// Number of the four items that are still open.
    int gapCount() const;
    bool operator==(const JointCommercialModel &o) const;
};

/// A partner of the portfolio.
struct Partner {
    Id id = 0;
    QString name;
    QString website;
    std::optional<PartnerModel> model; ///< empty: needs classification
    PartnerStatus status = PartnerStatus::Prospect;
    PartnerTier tier = PartnerTier::None;
    QStringList regions;
    QStringList industries;
    Id upstreamId = 0; ///< the distributor a reseller buys through (layered channel); 0 = none
    PartnerRatings ratings;
    int certifications = 0;
    PartnerEconomics economics;
    QDate enrolledOn;
    QDate firstCommercialOn;
    QString notes;
    Decision decision = Decision::None;
    QString decisionOwner;
    QString nextStep;
    JointCommercialModel commercialModel;
    CrmRef crm; ///< the CRM account this partner was imported from

    bool operator==(const Partner &o) const;
    bool operator!=(const Partner &o) const { return !(*this == o); }
};

/// An ICP-to-partner influence link: this partner influences that ICP's buyer.
struct InfluenceLink {
    Id id = 0;
    Id icpId = 0;
    Id partnerId = 0;
    int strength = 3; ///< 0-5
    LinkRole role = LinkRole::Influences;
    std::optional<int> overlappingAccounts;
    QString notes;

    bool operator==(const InfluenceLink &o) const;
    bool operator!=(const InfluenceLink &o) const { return !(*this == o); }
};

/// A volume tier of an OEM royalty: from this many units on, this rate per unit.
struct RoyaltyTier {
    int fromUnits = 0;
    double perUnit = 0.0;
    bool operator==(const RoyaltyTier &o) const;
};

/// One period of the OEM scoreboard of seed 000.
struct ScoreboardEntry {
    QDate period; ///< first day of the period
    int integrationsValidated = 0;
    int devicesValidated = 0;
    int coMarketingActivities = 0;
    int devicesInField = 0;
    int devicesPreloaded = 0;
    bool operator==(const ScoreboardEntry &o) const;
};

/// An OEM deal with an OEM/embedded partner (seed 000).
struct OemDeal {
    Id id = 0;
    Id partnerId = 0;
    QString name;
    OemStructure structure = OemStructure::CertifiedComponent;
    // The four conditions; fewer than three holding means the motion is likely a distraction.
    bool needsOfferFaster = false; ///< manufacturer needs a complete offer faster than it can build
    bool technicalLead = false;    ///< our technical lead is hard to copy
    bool reachesNewSegment = false; ///< the combined offer reaches a new segment
    bool defendableMargin = false;  ///< economics leave margin for both sides and the channel
    // Royalty terms (see economics/royalty.h). Units below the first tier's from_units, or every
    // unit when there are no tiers, earn perUnitRoyalty.
    double perUnitRoyalty = 0.0;
    std::vector<RoyaltyTier> tiers; ///< ascending fromUnits
    RoyaltyTierMode tierMode = RoyaltyTierMode::Marginal;
    double annualEscalatorPct = 0.0; ///< rates grow by this percentage each year after the first
    double minimumAnnual = 0.0;      ///< floor of each year's royalty
    double setupFee = 0.0;           ///< added to year 1 revenue
    double costPerUnit = 0.0;        ///< our cost to support one unit in the field
    std::optional<double> minMarginPerUnit; ///< the margin per unit the terms must keep; none = 0
    std::vector<double> volumes;            ///< planned units per year, year 1 first
    QString exitClause;
    bool exclusive = false;
    // Seed 000's failure modes that the numbers do not show.
    Owner brandOwner = Owner::Undefined; ///< who owns the brand in front of the customer
    bool roadmapAligned = false;         ///< a joint roadmap review is in place
    QString notes;
    std::vector<ScoreboardEntry> scoreboard; ///< ascending period

    /// Number of the four conditions that hold.
    int conditionsMet() const;
    bool operator==(const OemDeal &o) const;
    bool operator!=(const OemDeal &o) const { return !(*this == o); }
};

/// A dated partner activity of the activity log (seed 001: active partners, time to first
/// commercial activity, retention). See ps::isCommercial for which kinds count.
struct Activity {
    Id id = 0;
    Id partnerId = 0;
    QDate date;
    ActivityKind kind = ActivityKind::JointCall;
    QString notes;
    CrmRef crm; ///< the CRM task or event it was imported from

    bool operator==(const Activity &o) const;
    bool operator!=(const Activity &o) const { return !(*this == o); }
};

/// One partner on a deal of the deal log, with what it did there.
struct DealPartner {
    Id partnerId = 0;
    Attribution role = Attribution::Influenced;
    QString crmRole; ///< the CRM's own role text ("Reseller", "System Integrator"), kept as is

    bool operator==(const DealPartner &o) const {
        return partnerId == o.partnerId && role == o.role && crmRole == o.crmRole;
    }
    bool operator!=(const DealPartner &o) const { return !(*this == o); }
};

/// The buying account of a deal: what ICP matching (economics/evidence.h) looks at.
struct Buyer {
    QString name;     ///< account name
    QString crmId;    ///< the account's record id in the CRM
    QString industry; ///< as the CRM writes it ("Healthcare")
    QString region;   ///< a country or region ("Germany", "EMEA")
    std::optional<int> employees;

    bool operator==(const Buyer &o) const;
    bool operator!=(const Buyer &o) const { return !(*this == o); }
};

/// A deal of the deal log: partner-influenced when it has partners, direct otherwise (seed
/// 001: win rate and deal size, partner vs direct; influenced pipeline share). The revenue of
/// a won deal is split equally among its partners (ps::attributedShare), so attribution never
/// adds up to more than the deal (seed 001, failure 3).
struct Deal {
    Id id = 0;
    QString name;
    std::vector<DealPartner> partners; ///< each partner at most once; empty = direct
    Id icpId = 0;                      ///< the ICP of the buyer set by hand; 0 = none
    double amount = 0.0;
    DealOutcome outcome = DealOutcome::Open;
    QDate createdOn;
    QDate closedOn;     ///< invalid while open
    QString stage;      ///< the CRM's stage text ("Closed Won", "Negotiation/Review")
    QString leadSource; ///< the CRM's lead source ("Partner Referral")
    Buyer buyer;
    CrmRef crm; ///< the CRM opportunity or deal it was imported from

    bool partnerInfluenced() const { return !partners.empty(); }
    /// True if `partner` is on the deal.
    bool involves(Id partner) const;
    /// The entry of `partner`, or nullptr.
    const DealPartner *partnerEntry(Id partner) const;
    /// The share of a won deal's amount each partner is credited with: amount / partners.
    double attributedShare() const {
        return partners.empty() ? 0.0 : amount / double(partners.size());
    }
    bool operator==(const Deal &o) const;
    bool operator!=(const Deal &o) const { return !(*this == o); }
};

/// An ICP-partner pair the user rejected as a suggested influence link (the map does not
/// suggest it again).
struct LinkKey {
    Id icpId = 0;
    Id partnerId = 0;
    bool operator==(const LinkKey &o) const { return icpId == o.icpId && partnerId == o.partnerId; }
    bool operator!=(const LinkKey &o) const { return !(*this == o); }
    bool operator<(const LinkKey &o) const {
        return icpId != o.icpId ? icpId < o.icpId : partnerId < o.partnerId;
    }
};

} // namespace ps
