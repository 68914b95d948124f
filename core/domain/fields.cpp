// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/fields.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class FieldsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Fields)
};

// --- conversions that validate; each returns false and leaves `out` alone on bad input ---

bool toText(const QVariant &v, QString &out) {
    if (!v.canConvert<QString>())
        return false;
    out = v.toString();
    return true;
}

bool toList(const QVariant &v, QStringList &out) {
    if (v.userType() == QMetaType::QStringList) {
        QStringList cleaned;
        for (const QString &item : v.toStringList())
            cleaned << splitList(item);
        out = cleaned;
        return true;
    }
    if (!v.canConvert<QString>())
        return false;
    out = splitList(v.toString());
    return true;
}

bool toAmount(const QVariant &v, double &out) {
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < 0)
        return false;
    out = d;
    return true;
}

/// Units per year: a list of non-negative numbers, or text separated by ';' or spaces.
bool toVolumes(const QVariant &v, std::vector<double> &out) {
    QVariantList items;
    if (v.typeId() == QMetaType::QString) {
        static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
        const QStringList parts = v.toString().split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts)
            items << part;
    } else if (v.canConvert<QVariantList>()) {
        items = v.toList();
    } else {
        return false;
    }
    std::vector<double> volumes;
    for (const QVariant &item : items) {
        bool ok = false;
        const double units = item.toDouble(&ok);
        if (!ok || !std::isfinite(units) || units < 0)
            return false;
        volumes.push_back(units);
    }
    out = std::move(volumes);
    return true;
}

bool toCount(const QVariant &v, int &out, int max = 1000000000) {
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < 0 || d > max || d != std::floor(d))
        return false;
    out = int(d);
    return true;
}

bool toOptionalCount(const QVariant &v, std::optional<int> &out, int min, int max) {
    if (v.isNull() || (v.userType() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
        out.reset();
        return true;
    }
    int value = 0;
    if (!toCount(v, value, max) || value < min)
        return false;
    out = value;
    return true;
}

template <typename E> bool toEnum(const QVariant &v, E &out) {
    const auto parsed = enumFromKey<E>(v.toString());
    if (!parsed)
        return false;
    out = *parsed;
    return true;
}

bool toDate(const QVariant &v, QDate &out) {
    if (v.isNull()) {
        out = QDate();
        return true;
    }
    if (v.userType() == QMetaType::QDate) {
        out = v.toDate();
        return true;
    }
    const QString text = v.toString().trimmed();
    if (text.isEmpty()) {
        out = QDate();
        return true;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return false;
    out = d;
    return true;
}

bool toFlag(const QVariant &v, bool &out) {
    if (!v.canConvert<bool>())
        return false;
    out = v.toBool();
    return true;
}

QVariant optionalValue(const std::optional<int> &value) {
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QStringList splitList(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
    QStringList items;
    for (const QString &part : text.split(separators)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items << item;
    }
    return items;
}

QVariant fieldValue(const Partner &p, PartnerField f) {
    const auto &r = p.ratings;
    const auto &e = p.economics;
    switch (f) {
    case PartnerField::Name:
        return p.name;
    case PartnerField::Website:
        return p.website;
    case PartnerField::Model:
        return p.model ? toKey(*p.model) : QString();
    case PartnerField::Status:
        return toKey(p.status);
    case PartnerField::Tier:
        return toKey(p.tier);
    case PartnerField::Regions:
        return p.regions;
    case PartnerField::Industries:
        return p.industries;
    case PartnerField::Upstream:
        return p.upstreamId;
    case PartnerField::MarketReach:
        return optionalValue(r.marketReach);
    case PartnerField::StrategicFit:
        return optionalValue(r.strategicFit);
    case PartnerField::Capability:
        return optionalValue(r.capability);
    case PartnerField::Commitment:
        return optionalValue(r.commitment);
    case PartnerField::CostToServe:
        return optionalValue(r.costToServe);
    case PartnerField::Certifications:
        return p.certifications;
    case PartnerField::SourcedRevenue:
        return e.sourcedRevenue;
    case PartnerField::InfluencedRevenue:
        return e.influencedRevenue;
    case PartnerField::Pipeline:
        return e.pipeline;
    case PartnerField::DealsWon:
        return e.dealsWon;
    case PartnerField::DealsLost:
        return e.dealsLost;
    case PartnerField::InvestMdf:
        return e.investment.mdf;
    case PartnerField::InvestEnablement:
        return e.investment.enablement;
    case PartnerField::InvestIncentives:
        return e.investment.incentives;
    case PartnerField::InvestTechnical:
        return e.investment.technicalSupport;
    case PartnerField::EnrolledOn:
        return p.enrolledOn;
    case PartnerField::FirstCommercialOn:
        return p.firstCommercialOn;
    case PartnerField::Notes:
        return p.notes;
    case PartnerField::Decision:
        return toKey(p.decision);
    case PartnerField::DecisionOwner:
        return p.decisionOwner;
    case PartnerField::NextStep:
        return p.nextStep;
    case PartnerField::PricingAgreed:
        return p.commercialModel.pricingAgreed;
    case PartnerField::SupportOwner:
        return toKey(p.commercialModel.support);
    case PartnerField::SuccessOwner:
        return toKey(p.commercialModel.customerSuccess);
    case PartnerField::RenewalOwner:
        return toKey(p.commercialModel.renewal);
    case PartnerField::ContractMinimum:
        return e.contractMinimum;
    case PartnerField::Count_:
        break;
    }
    return {};
}

bool setFieldValue(Partner &p, PartnerField f, const QVariant &v) {
    auto &r = p.ratings;
    auto &e = p.economics;
    switch (f) {
    case PartnerField::Name: {
        QString name;
        if (!toText(v, name) || name.trimmed().isEmpty())
            return false;
        p.name = name.trimmed();
        return true;
    }
    case PartnerField::Website:
        return toText(v, p.website);
    case PartnerField::Model: {
        if (v.toString().isEmpty()) {
            p.model.reset();
            return true;
        }
        PartnerModel model;
        if (!toEnum(v, model))
            return false;
        p.model = model;
        return true;
    }
    case PartnerField::Status:
        return toEnum(v, p.status);
    case PartnerField::Tier:
        return toEnum(v, p.tier);
    case PartnerField::Regions:
        return toList(v, p.regions);
    case PartnerField::Industries:
        return toList(v, p.industries);
    case PartnerField::Upstream: {
        bool ok = false;
        const qint64 id = v.isNull() ? 0 : v.toLongLong(&ok);
        if ((!ok && !v.isNull()) || id < 0 || id == p.id)
            return false;
        p.upstreamId = id;
        return true;
    }
    case PartnerField::MarketReach:
        return toOptionalCount(v, r.marketReach, 1, 5);
    case PartnerField::StrategicFit:
        return toOptionalCount(v, r.strategicFit, 1, 5);
    case PartnerField::Capability:
        return toOptionalCount(v, r.capability, 1, 5);
    case PartnerField::Commitment:
        return toOptionalCount(v, r.commitment, 1, 5);
    case PartnerField::CostToServe:
        return toOptionalCount(v, r.costToServe, 1, 5);
    case PartnerField::Certifications:
        return toCount(v, p.certifications, 100000);
    case PartnerField::SourcedRevenue:
        return toAmount(v, e.sourcedRevenue);
    case PartnerField::InfluencedRevenue:
        return toAmount(v, e.influencedRevenue);
    case PartnerField::Pipeline:
        return toAmount(v, e.pipeline);
    case PartnerField::DealsWon:
        return toCount(v, e.dealsWon);
    case PartnerField::DealsLost:
        return toCount(v, e.dealsLost);
    case PartnerField::InvestMdf:
        return toAmount(v, e.investment.mdf);
    case PartnerField::InvestEnablement:
        return toAmount(v, e.investment.enablement);
    case PartnerField::InvestIncentives:
        return toAmount(v, e.investment.incentives);
    case PartnerField::InvestTechnical:
        return toAmount(v, e.investment.technicalSupport);
    case PartnerField::EnrolledOn:
        return toDate(v, p.enrolledOn);
    case PartnerField::FirstCommercialOn:
        return toDate(v, p.firstCommercialOn);
    case PartnerField::Notes:
        return toText(v, p.notes);
    case PartnerField::Decision:
        return toEnum(v, p.decision);
    case PartnerField::DecisionOwner:
        return toText(v, p.decisionOwner);
    case PartnerField::NextStep:
        return toText(v, p.nextStep);
    case PartnerField::PricingAgreed:
        return toFlag(v, p.commercialModel.pricingAgreed);
    case PartnerField::SupportOwner:
        return toEnum(v, p.commercialModel.support);
    case PartnerField::SuccessOwner:
        return toEnum(v, p.commercialModel.customerSuccess);
    case PartnerField::RenewalOwner:
        return toEnum(v, p.commercialModel.renewal);
    case PartnerField::ContractMinimum:
        return toAmount(v, e.contractMinimum);
    case PartnerField::Count_:
        break;
    }
    return false;
}

QVariant fieldValue(const Icp &icp, IcpField f) {
    switch (f) {
    case IcpField::Name:
        return icp.name;
    case IcpField::Description:
        return icp.description;
    case IcpField::Industries:
        return icp.industries;
    case IcpField::SizeBand:
        return icp.sizeBand;
    case IcpField::Regions:
        return icp.regions;
    case IcpField::BuyerRoles:
        return icp.buyerRoles;
    case IcpField::PriorityWeight:
        return icp.priorityWeight;
    case IcpField::TargetAccounts:
        return icp.targetAccounts;
    case IcpField::AverageDealSize:
        return icp.averageDealSize;
    case IcpField::Count_:
        break;
    }
    return {};
}

bool setFieldValue(Icp &icp, IcpField f, const QVariant &v) {
    switch (f) {
    case IcpField::Name: {
        QString name;
        if (!toText(v, name) || name.trimmed().isEmpty())
            return false;
        icp.name = name.trimmed();
        return true;
    }
    case IcpField::Description:
        return toText(v, icp.description);
    case IcpField::Industries:
        return toList(v, icp.industries);
    case IcpField::SizeBand:
        return toText(v, icp.sizeBand);
    case IcpField::Regions:
        return toList(v, icp.regions);
    case IcpField::BuyerRoles:
        return toList(v, icp.buyerRoles);
    case IcpField::PriorityWeight: {
        double w = 0;
        if (!toAmount(v, w) || w > 10)
            return false;
        icp.priorityWeight = w;
        return true;
    }
    case IcpField::TargetAccounts:
        return toCount(v, icp.targetAccounts);
    case IcpField::AverageDealSize:
        return toAmount(v, icp.averageDealSize);
    case IcpField::Count_:
        break;
    }
    return false;
}

QVariant fieldValue(const InfluenceLink &l, LinkField f) {
    switch (f) {
    case LinkField::Icp:
        return l.icpId;
    case LinkField::Partner:
        return l.partnerId;
    case LinkField::Strength:
        return l.strength;
    case LinkField::Role:
        return toKey(l.role);
    case LinkField::OverlappingAccounts:
        return optionalValue(l.overlappingAccounts);
    case LinkField::Notes:
        return l.notes;
    case LinkField::Count_:
        break;
    }
    return {};
}

bool setFieldValue(InfluenceLink &l, LinkField f, const QVariant &v) {
    switch (f) {
    case LinkField::Icp:
    case LinkField::Partner: {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        (f == LinkField::Icp ? l.icpId : l.partnerId) = id;
        return true;
    }
    case LinkField::Strength: {
        int s = 0;
        if (!toCount(v, s, 5))
            return false;
        l.strength = s;
        return true;
    }
    case LinkField::Role:
        return toEnum(v, l.role);
    case LinkField::OverlappingAccounts:
        return toOptionalCount(v, l.overlappingAccounts, 0, 1000000000);
    case LinkField::Notes:
        return toText(v, l.notes);
    case LinkField::Count_:
        break;
    }
    return false;
}

QVariant fieldValue(const OemDeal &d, OemDealField f) {
    switch (f) {
    case OemDealField::Name:
        return d.name;
    case OemDealField::Structure:
        return toKey(d.structure);
    case OemDealField::NeedsOfferFaster:
        return d.needsOfferFaster;
    case OemDealField::TechnicalLead:
        return d.technicalLead;
    case OemDealField::ReachesNewSegment:
        return d.reachesNewSegment;
    case OemDealField::DefendableMargin:
        return d.defendableMargin;
    case OemDealField::PerUnitRoyalty:
        return d.perUnitRoyalty;
    case OemDealField::AnnualEscalatorPct:
        return d.annualEscalatorPct;
    case OemDealField::MinimumAnnual:
        return d.minimumAnnual;
    case OemDealField::SetupFee:
        return d.setupFee;
    case OemDealField::ExitClause:
        return d.exitClause;
    case OemDealField::Exclusive:
        return d.exclusive;
    case OemDealField::TierMode:
        return toKey(d.tierMode);
    case OemDealField::CostPerUnit:
        return d.costPerUnit;
    case OemDealField::MinMarginPerUnit:
        return d.minMarginPerUnit ? QVariant(*d.minMarginPerUnit) : QVariant();
    case OemDealField::Volumes: {
        QVariantList list;
        for (double v : d.volumes)
            list << v;
        return list;
    }
    case OemDealField::BrandOwner:
        return toKey(d.brandOwner);
    case OemDealField::RoadmapAligned:
        return d.roadmapAligned;
    case OemDealField::Notes:
        return d.notes;
    case OemDealField::Count_:
        break;
    }
    return {};
}

bool setFieldValue(OemDeal &d, OemDealField f, const QVariant &v) {
    switch (f) {
    case OemDealField::Name:
        return toText(v, d.name);
    case OemDealField::Structure:
        return toEnum(v, d.structure);
    case OemDealField::NeedsOfferFaster:
        return toFlag(v, d.needsOfferFaster);
    case OemDealField::TechnicalLead:
        return toFlag(v, d.technicalLead);
    case OemDealField::ReachesNewSegment:
        return toFlag(v, d.reachesNewSegment);
    case OemDealField::DefendableMargin:
        return toFlag(v, d.defendableMargin);
    case OemDealField::PerUnitRoyalty:
        return toAmount(v, d.perUnitRoyalty);
    case OemDealField::AnnualEscalatorPct: {
        bool ok = false;
        const double pct = v.toDouble(&ok);
        if (!ok || !std::isfinite(pct) || pct < -100 || pct > 1000)
            return false;
        d.annualEscalatorPct = pct;
        return true;
    }
    case OemDealField::MinimumAnnual:
        return toAmount(v, d.minimumAnnual);
    case OemDealField::SetupFee:
        return toAmount(v, d.setupFee);
    case OemDealField::ExitClause:
        return toText(v, d.exitClause);
    case OemDealField::Exclusive:
        return toFlag(v, d.exclusive);
    case OemDealField::TierMode:
        return toEnum(v, d.tierMode);
    case OemDealField::CostPerUnit:
        return toAmount(v, d.costPerUnit);
    case OemDealField::MinMarginPerUnit: {
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
            d.minMarginPerUnit.reset();
            return true;
        }
        bool ok = false;
        const double margin = v.toDouble(&ok);
        if (!ok || !std::isfinite(margin))
            return false;
        d.minMarginPerUnit = margin;
        return true;
    }
    case OemDealField::Volumes:
        return toVolumes(v, d.volumes);
    case OemDealField::BrandOwner:
        return toEnum(v, d.brandOwner);
    case OemDealField::RoadmapAligned:
        return toFlag(v, d.roadmapAligned);
    case OemDealField::Notes:
        return toText(v, d.notes);
    case OemDealField::Count_:
        break;
    }
    return false;
}

QVariant fieldValue(const PortfolioInfo &info, InfoField f) {
    switch (f) {
    case InfoField::Name:
        return info.name;
    case InfoField::Organization:
        return info.organization;
    case InfoField::Currency:
        return info.currency;
    case InfoField::FiscalYear:
        return info.fiscalYear;
    case InfoField::Notes:
        return info.notes;
    case InfoField::MinClosedDeals:
        return info.minClosedDeals;
    case InfoField::Count_:
        break;
    }
    return {};
}

bool setFieldValue(PortfolioInfo &info, InfoField f, const QVariant &v) {
    switch (f) {
    case InfoField::Name:
        return toText(v, info.name);
    case InfoField::Organization:
        return toText(v, info.organization);
    case InfoField::Currency: {
        const QString code = v.toString().trimmed().toUpper();
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(code).hasMatch())
            return false;
        info.currency = code;
        return true;
    }
    case InfoField::FiscalYear: {
        int year = 0;
        if (!toCount(v, year, 9999) || (year != 0 && year < 1900))
            return false;
        info.fiscalYear = year;
        return true;
    }
    case InfoField::Notes:
        return toText(v, info.notes);
    case InfoField::MinClosedDeals: {
        int minimum = 0;
        if (!toCount(v, minimum, 1000000) || minimum < 1)
            return false;
        info.minClosedDeals = minimum;
        return true;
    }
    case InfoField::Count_:
        break;
    }
    return false;
}

QString fieldTitle(PartnerField f) {
    switch (f) {
    case PartnerField::Name:
        return FieldsTr::tr("Name");
    case PartnerField::Website:
        return FieldsTr::tr("Website");
    case PartnerField::Model:
        return FieldsTr::tr("Model");
    case PartnerField::Status:
        return FieldsTr::tr("Status");
    case PartnerField::Tier:
        return FieldsTr::tr("Tier");
    case PartnerField::Regions:
        return FieldsTr::tr("Regions");
    case PartnerField::Industries:
        return FieldsTr::tr("Industries");
    case PartnerField::Upstream:
        return FieldsTr::tr("Upstream partner");
    case PartnerField::MarketReach:
        return FieldsTr::tr("Market reach");
    case PartnerField::StrategicFit:
        return FieldsTr::tr("Strategic fit");
    case PartnerField::Capability:
        return FieldsTr::tr("Capability");
    case PartnerField::Commitment:
        return FieldsTr::tr("Commitment");
    case PartnerField::CostToServe:
        return FieldsTr::tr("Cost to serve");
    case PartnerField::Certifications:
        return FieldsTr::tr("Certifications");
    case PartnerField::SourcedRevenue:
        return FieldsTr::tr("Sourced revenue");
    case PartnerField::InfluencedRevenue:
        return FieldsTr::tr("Influenced revenue");
    case PartnerField::Pipeline:
        return FieldsTr::tr("Pipeline");
    case PartnerField::DealsWon:
        return FieldsTr::tr("Deals won");
    case PartnerField::DealsLost:
        return FieldsTr::tr("Deals lost");
    case PartnerField::InvestMdf:
        return FieldsTr::tr("MDF");
    case PartnerField::InvestEnablement:
        return FieldsTr::tr("Enablement");
    case PartnerField::InvestIncentives:
        return FieldsTr::tr("Incentives");
    case PartnerField::InvestTechnical:
        return FieldsTr::tr("Technical support");
    case PartnerField::EnrolledOn:
        return FieldsTr::tr("Enrolled");
    case PartnerField::FirstCommercialOn:
        return FieldsTr::tr("First commercial activity");
    case PartnerField::Notes:
        return FieldsTr::tr("Notes");
    case PartnerField::Decision:
        return FieldsTr::tr("Decision");
    case PartnerField::DecisionOwner:
        return FieldsTr::tr("Decision owner");
    case PartnerField::NextStep:
        return FieldsTr::tr("Next step");
    case PartnerField::PricingAgreed:
        return FieldsTr::tr("Pricing agreed");
    case PartnerField::SupportOwner:
        return FieldsTr::tr("Support");
    case PartnerField::SuccessOwner:
        return FieldsTr::tr("Customer success");
    case PartnerField::RenewalOwner:
        return FieldsTr::tr("Renewal");
    case PartnerField::ContractMinimum:
        return FieldsTr::tr("Contract minimum");
    case PartnerField::Count_:
        break;
    }
    return {};
}

QString fieldTitle(IcpField f) {
    switch (f) {
    case IcpField::Name:
        return FieldsTr::tr("Name");
    case IcpField::Description:
        return FieldsTr::tr("Description");
    case IcpField::Industries:
        return FieldsTr::tr("Industries");
    case IcpField::SizeBand:
        return FieldsTr::tr("Company size");
    case IcpField::Regions:
        return FieldsTr::tr("Regions");
    case IcpField::BuyerRoles:
        return FieldsTr::tr("Buyer roles");
    case IcpField::PriorityWeight:
        return FieldsTr::tr("Priority weight");
    case IcpField::TargetAccounts:
        return FieldsTr::tr("Target accounts");
    case IcpField::AverageDealSize:
        return FieldsTr::tr("Average deal size");
    case IcpField::Count_:
        break;
    }
    return {};
}

QString fieldTitle(LinkField f) {
    switch (f) {
    case LinkField::Icp:
        return FieldsTr::tr("ICP");
    case LinkField::Partner:
        return FieldsTr::tr("Partner");
    case LinkField::Strength:
        return FieldsTr::tr("Strength");
    case LinkField::Role:
        return FieldsTr::tr("Role");
    case LinkField::OverlappingAccounts:
        return FieldsTr::tr("Overlapping accounts");
    case LinkField::Notes:
        return FieldsTr::tr("Notes");
    case LinkField::Count_:
        break;
    }
    return {};
}

QString fieldTitle(OemDealField f) {
    switch (f) {
    case OemDealField::Name:
        return FieldsTr::tr("Deal");
    case OemDealField::Structure:
        return FieldsTr::tr("Structure");
    case OemDealField::NeedsOfferFaster:
        return FieldsTr::tr("Needs a complete offer faster");
    case OemDealField::TechnicalLead:
        return FieldsTr::tr("Technical lead hard to copy");
    case OemDealField::ReachesNewSegment:
        return FieldsTr::tr("Reaches a new segment");
    case OemDealField::DefendableMargin:
        return FieldsTr::tr("Defendable margin for all");
    case OemDealField::PerUnitRoyalty:
        return FieldsTr::tr("Per-unit royalty");
    case OemDealField::AnnualEscalatorPct:
        return FieldsTr::tr("Annual escalator %");
    case OemDealField::MinimumAnnual:
        return FieldsTr::tr("Minimum annual floor");
    case OemDealField::SetupFee:
        return FieldsTr::tr("Setup fee");
    case OemDealField::ExitClause:
        return FieldsTr::tr("Exit clause");
    case OemDealField::Exclusive:
        return FieldsTr::tr("Exclusive");
    case OemDealField::TierMode:
        return FieldsTr::tr("Tier mode");
    case OemDealField::CostPerUnit:
        return FieldsTr::tr("Cost per unit");
    case OemDealField::MinMarginPerUnit:
        return FieldsTr::tr("Minimum margin per unit");
    case OemDealField::Volumes:
        return FieldsTr::tr("Units per year");
    case OemDealField::BrandOwner:
        return FieldsTr::tr("Brand owner");
    case OemDealField::RoadmapAligned:
        return FieldsTr::tr("Joint roadmap review");
    case OemDealField::Notes:
        return FieldsTr::tr("Notes");
    case OemDealField::Count_:
        break;
    }
    return {};
}

QString fieldTitle(InfoField f) {
    switch (f) {
    case InfoField::Name:
        return FieldsTr::tr("Portfolio name");
    case InfoField::Organization:
        return FieldsTr::tr("Organization");
    case InfoField::Currency:
        return FieldsTr::tr("Currency");
    case InfoField::FiscalYear:
        return FieldsTr::tr("Fiscal year");
    case InfoField::Notes:
        return FieldsTr::tr("Notes");
    case InfoField::MinClosedDeals:
        return FieldsTr::tr("Minimum closed deals");
    case InfoField::Count_:
        break;
    }
    return {};
}

} // namespace ps
