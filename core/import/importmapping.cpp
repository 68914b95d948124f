// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importmapping.h"

#include <QCoreApplication>

namespace ps::import {
namespace {

using PF = PartnerField;

/// This file's translations, in the context lupdate files them under.
class ImportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Import)
};

/// A header (as headerKey() reduces it) and what it fills.
struct HeaderRule {
    const char *key;
    int field;             ///< -1: a note
    const char *noteLabel; ///< for notes, translated in context ps::Import
    bool numeric;
};

constexpr int Note = -1;
constexpr int CrmId = -2;

ColumnTarget targetOf(const HeaderRule &rule) {
    if (rule.field == CrmId)
        return ColumnTarget::crmId();
    if (rule.field == Note)
        return ColumnTarget::toNote(QCoreApplication::translate("ps::Import", rule.noteLabel),
                                    rule.numeric);
    return ColumnTarget::toField(rule.field);
}

// Salesforce Account export ("Export Details" report or Data Loader with labels).
const HeaderRule salesforceRules[] = {
    {"accountid", CrmId, nullptr, false},
    {"accountname", int(PF::Name), nullptr, false},
    {"type", int(PF::Model), nullptr, false},
    {"accounttype", int(PF::Model), nullptr, false},
    {"industry", int(PF::Industries), nullptr, false},
    {"annualrevenue", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"employees", Note, QT_TRANSLATE_NOOP("ps::Import", "Employees"), true},
    {"billingcountry", int(PF::Regions), nullptr, false},
    {"website", int(PF::Website), nullptr, false},
    {"accountowner", Note, QT_TRANSLATE_NOOP("ps::Import", "Account owner"), false},
    {"description", int(PF::Notes), nullptr, false},
};

// HubSpot companies export.
const HeaderRule hubspotRules[] = {
    {"recordid", CrmId, nullptr, false},
    {"companyname", int(PF::Name), nullptr, false},
    {"name", int(PF::Name), nullptr, false},
    {"companydomainname", int(PF::Website), nullptr, false},
    {"websiteurl", int(PF::Website), nullptr, false},
    {"industry", int(PF::Industries), nullptr, false},
    {"type", int(PF::Model), nullptr, false},
    {"countryregion", int(PF::Regions), nullptr, false},
    {"country", int(PF::Regions), nullptr, false},
    {"numberofemployees", Note, QT_TRANSLATE_NOOP("ps::Import", "Employees"), true},
    {"annualrevenue", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"companyowner", Note, QT_TRANSLATE_NOOP("ps::Import", "Company owner"), false},
    {"description", int(PF::Notes), nullptr, false},
};

// Partnerscope's report CSV ("Partner", "Model"... with labels as values); the computed
// columns (scores, segments, totals) are not read back.
const HeaderRule partnerscopeReportRules[] = {
    {"partner", int(PF::Name), nullptr, false},
};

// Synonyms used for unknown layouts, after field titles and keys.
const HeaderRule partnerSynonyms[] = {
    {"partner", int(PF::Name), nullptr, false},
    {"partnername", int(PF::Name), nullptr, false},
    {"company", int(PF::Name), nullptr, false},
    {"companyname", int(PF::Name), nullptr, false},
    {"accountname", int(PF::Name), nullptr, false},
    {"account", int(PF::Name), nullptr, false},
    {"organization", int(PF::Name), nullptr, false},
    {"organisation", int(PF::Name), nullptr, false},
    {"firma", int(PF::Name), nullptr, false},
    {"unternehmen", int(PF::Name), nullptr, false},
    {"domain", int(PF::Website), nullptr, false},
    {"companydomainname", int(PF::Website), nullptr, false},
    {"url", int(PF::Website), nullptr, false},
    {"web", int(PF::Website), nullptr, false},
    {"homepage", int(PF::Website), nullptr, false},
    {"webseite", int(PF::Website), nullptr, false},
    {"type", int(PF::Model), nullptr, false},
    {"partnertype", int(PF::Model), nullptr, false},
    {"partnertyp", int(PF::Model), nullptr, false},
    {"typ", int(PF::Model), nullptr, false},
    {"partnermodel", int(PF::Model), nullptr, false},
    {"accounttype", int(PF::Model), nullptr, false},
    {"industry", int(PF::Industries), nullptr, false},
    {"branche", int(PF::Industries), nullptr, false},
    {"country", int(PF::Regions), nullptr, false},
    {"countryregion", int(PF::Regions), nullptr, false},
    {"billingcountry", int(PF::Regions), nullptr, false},
    {"region", int(PF::Regions), nullptr, false},
    {"land", int(PF::Regions), nullptr, false},
    {"description", int(PF::Notes), nullptr, false},
    {"comments", int(PF::Notes), nullptr, false},
    {"beschreibung", int(PF::Notes), nullptr, false},
    {"annualrevenue", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"revenue", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"jahresumsatz", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"umsatz", Note, QT_TRANSLATE_NOOP("ps::Import", "Annual revenue"), true},
    {"employees", Note, QT_TRANSLATE_NOOP("ps::Import", "Employees"), true},
    {"numberofemployees", Note, QT_TRANSLATE_NOOP("ps::Import", "Employees"), true},
    {"mitarbeiter", Note, QT_TRANSLATE_NOOP("ps::Import", "Employees"), true},
    {"owner", Note, QT_TRANSLATE_NOOP("ps::Import", "Account owner"), false},
    {"accountowner", Note, QT_TRANSLATE_NOOP("ps::Import", "Account owner"), false},
    {"companyowner", Note, QT_TRANSLATE_NOOP("ps::Import", "Company owner"), false},
    {"crmid", CrmId, nullptr, false},
    {"recordid", CrmId, nullptr, false},
    {"accountid", CrmId, nullptr, false},
    {"companyid", CrmId, nullptr, false},
};

using DF = DealField;

// Salesforce Opportunity export: Data Loader's API names (Id, AccountId, StageName...), report
// labels (Opportunity ID, Stage...) and the Account fields Data Loader exports through the
// relationship (Account.Name, Account.Industry...), which headerKey() reduces alike.
const HeaderRule salesforceDealRules[] = {
    {"id", CrmId, nullptr, false},
    {"opportunityid", CrmId, nullptr, false},
    {"name", int(DF::Name), nullptr, false},
    {"opportunityname", int(DF::Name), nullptr, false},
    {"accountid", int(DF::AccountId), nullptr, false},
    {"accountname", int(DF::Account), nullptr, false},
    {"stagename", int(DF::Stage), nullptr, false},
    {"stage", int(DF::Stage), nullptr, false},
    {"amount", int(DF::Amount), nullptr, false},
    {"closedate", int(DF::ClosedOn), nullptr, false},
    {"createddate", int(DF::CreatedOn), nullptr, false},
    {"isclosed", int(DF::IsClosed), nullptr, false},
    {"closed", int(DF::IsClosed), nullptr, false},
    {"iswon", int(DF::IsWon), nullptr, false},
    {"won", int(DF::IsWon), nullptr, false},
    {"leadsource", int(DF::LeadSource), nullptr, false},
    {"accountindustry", int(DF::Industry), nullptr, false},
    {"industry", int(DF::Industry), nullptr, false},
    {"accountbillingcountry", int(DF::Region), nullptr, false},
    {"billingcountry", int(DF::Region), nullptr, false},
    {"accountnumberofemployees", int(DF::Employees), nullptr, false},
    {"numberofemployees", int(DF::Employees), nullptr, false},
    {"employees", int(DF::Employees), nullptr, false},
    {"partneraccountid", int(DF::PartnerIds), nullptr, false},
};

// HubSpot deals export.
const HeaderRule hubspotDealRules[] = {
    {"recordid", CrmId, nullptr, false},
    {"dealname", int(DF::Name), nullptr, false},
    {"dealstage", int(DF::Stage), nullptr, false},
    {"closedate", int(DF::ClosedOn), nullptr, false},
    {"createdate", int(DF::CreatedOn), nullptr, false},
    {"amount", int(DF::Amount), nullptr, false},
    {"associatedcompany", int(DF::Companies), nullptr, false},
    {"associatedcompanyids", int(DF::CompanyIds), nullptr, false},
    {"originalsource", int(DF::LeadSource), nullptr, false},
    {"leadsource", int(DF::LeadSource), nullptr, false},
    {"partnerrole", int(DF::PartnerRole), nullptr, false},
};

// Salesforce OpportunityPartner export.
const HeaderRule salesforceDealPartnerRules[] = {
    {"opportunityid", int(DealPartnerField::Deal), nullptr, false},
    {"accounttoid", int(DealPartnerField::Partner), nullptr, false},
    {"role", int(DealPartnerField::Role), nullptr, false},
    {"isprimary", int(DealPartnerField::IsPrimary), nullptr, false},
};

// Salesforce Task and Event exports (Data Loader).
const HeaderRule salesforceActivityRules[] = {
    {"id", CrmId, nullptr, false},
    {"accountid", int(ActivityField::PartnerId), nullptr, false},
    {"activitydate", int(ActivityField::Date), nullptr, false},
    {"activitydatetime", int(ActivityField::Date), nullptr, false},
    {"startdatetime", int(ActivityField::Date), nullptr, false},
    {"type", int(ActivityField::Kind), nullptr, false},
    {"tasksubtype", int(ActivityField::Kind), nullptr, false},
    {"eventsubtype", int(ActivityField::Kind), nullptr, false},
    {"subject", int(ActivityField::Notes), nullptr, false},
    {"description", int(ActivityField::Notes), nullptr, false},
};

// Any other layout: deals, opportunity partners and activities.
const HeaderRule dealSynonyms[] = {
    {"id", CrmId, nullptr, false},
    {"recordid", CrmId, nullptr, false},
    {"crmid", CrmId, nullptr, false},
    {"dealid", CrmId, nullptr, false},
    {"opportunityid", CrmId, nullptr, false},
    {"deal", int(DF::Name), nullptr, false},
    {"dealname", int(DF::Name), nullptr, false},
    {"opportunity", int(DF::Name), nullptr, false},
    {"opportunityname", int(DF::Name), nullptr, false},
    {"value", int(DF::Amount), nullptr, false},
    {"dealvalue", int(DF::Amount), nullptr, false},
    {"revenue", int(DF::Amount), nullptr, false},
    {"status", int(DF::Stage), nullptr, false},
    {"dealstage", int(DF::Stage), nullptr, false},
    {"stagename", int(DF::Stage), nullptr, false},
    {"outcome", int(DF::Stage), nullptr, false},
    {"won", int(DF::IsWon), nullptr, false},
    {"iswon", int(DF::IsWon), nullptr, false},
    {"closed", int(DF::IsClosed), nullptr, false},
    {"isclosed", int(DF::IsClosed), nullptr, false},
    {"created", int(DF::CreatedOn), nullptr, false},
    {"createdate", int(DF::CreatedOn), nullptr, false},
    {"createddate", int(DF::CreatedOn), nullptr, false},
    {"closedate", int(DF::ClosedOn), nullptr, false},
    {"closeddate", int(DF::ClosedOn), nullptr, false},
    {"source", int(DF::LeadSource), nullptr, false},
    {"leadsource", int(DF::LeadSource), nullptr, false},
    {"account", int(DF::Account), nullptr, false},
    {"accountname", int(DF::Account), nullptr, false},
    {"customer", int(DF::Account), nullptr, false},
    {"buyer", int(DF::Account), nullptr, false},
    {"accountid", int(DF::AccountId), nullptr, false},
    {"customerid", int(DF::AccountId), nullptr, false},
    {"partner", int(DF::Partners), nullptr, false},
    {"partners", int(DF::Partners), nullptr, false},
    {"partnername", int(DF::Partners), nullptr, false},
    {"partnerid", int(DF::PartnerIds), nullptr, false},
    {"partnerids", int(DF::PartnerIds), nullptr, false},
    {"partneraccountid", int(DF::PartnerIds), nullptr, false},
    {"associatedcompany", int(DF::Companies), nullptr, false},
    {"associatedcompanyids", int(DF::CompanyIds), nullptr, false},
    {"role", int(DF::PartnerRole), nullptr, false},
    {"partnerrole", int(DF::PartnerRole), nullptr, false},
    {"attribution", int(DF::PartnerRole), nullptr, false},
    {"industry", int(DF::Industry), nullptr, false},
    {"country", int(DF::Region), nullptr, false},
    {"region", int(DF::Region), nullptr, false},
    {"billingcountry", int(DF::Region), nullptr, false},
    {"employees", int(DF::Employees), nullptr, false},
    {"numberofemployees", int(DF::Employees), nullptr, false},
    {"icp", int(DF::Icp), nullptr, false},
};

const HeaderRule dealPartnerSynonyms[] = {
    {"deal", int(DealPartnerField::Deal), nullptr, false},
    {"dealid", int(DealPartnerField::Deal), nullptr, false},
    {"opportunity", int(DealPartnerField::Deal), nullptr, false},
    {"partner", int(DealPartnerField::Partner), nullptr, false},
    {"partnerid", int(DealPartnerField::Partner), nullptr, false},
    {"accountid", int(DealPartnerField::Partner), nullptr, false},
    {"primary", int(DealPartnerField::IsPrimary), nullptr, false},
};

const HeaderRule activitySynonyms[] = {
    {"id", CrmId, nullptr, false},
    {"recordid", CrmId, nullptr, false},
    {"crmid", CrmId, nullptr, false},
    {"partnername", int(ActivityField::Partner), nullptr, false},
    {"company", int(ActivityField::Partner), nullptr, false},
    {"account", int(ActivityField::Partner), nullptr, false},
    {"accountname", int(ActivityField::Partner), nullptr, false},
    {"associatedcompany", int(ActivityField::Partner), nullptr, false},
    {"accountid", int(ActivityField::PartnerId), nullptr, false},
    {"companyid", int(ActivityField::PartnerId), nullptr, false},
    {"associatedcompanyids", int(ActivityField::PartnerId), nullptr, false},
    {"activitydate", int(ActivityField::Date), nullptr, false},
    {"when", int(ActivityField::Date), nullptr, false},
    {"type", int(ActivityField::Kind), nullptr, false},
    {"activity", int(ActivityField::Kind), nullptr, false},
    {"activitytype", int(ActivityField::Kind), nullptr, false},
    {"subject", int(ActivityField::Notes), nullptr, false},
    {"description", int(ActivityField::Notes), nullptr, false},
    {"comments", int(ActivityField::Notes), nullptr, false},
};

const HeaderRule icpSynonyms[] = {
    {"crmid", CrmId, nullptr, false},
    {"recordid", CrmId, nullptr, false},
    {"icp", int(IcpField::Name), nullptr, false},
    {"icpname", int(IcpField::Name), nullptr, false},
    {"profile", int(IcpField::Name), nullptr, false},
    {"segment", int(IcpField::Name), nullptr, false},
    {"size", int(IcpField::SizeBand), nullptr, false},
    {"sizeband", int(IcpField::SizeBand), nullptr, false},
    {"industry", int(IcpField::Industries), nullptr, false},
    {"region", int(IcpField::Regions), nullptr, false},
    {"roles", int(IcpField::BuyerRoles), nullptr, false},
    {"priority", int(IcpField::PriorityWeight), nullptr, false},
    {"weight", int(IcpField::PriorityWeight), nullptr, false},
    {"accounts", int(IcpField::TargetAccounts), nullptr, false},
    {"dealsize", int(IcpField::AverageDealSize), nullptr, false},
};

const HeaderRule linkSynonyms[] = {
    {"icpname", int(LinkField::Icp), nullptr, false},
    {"profile", int(LinkField::Icp), nullptr, false},
    {"segment", int(LinkField::Icp), nullptr, false},
    {"partnername", int(LinkField::Partner), nullptr, false},
    {"website", int(LinkField::Partner), nullptr, false},
    {"partnerwebsite", int(LinkField::Partner), nullptr, false},
    {"domain", int(LinkField::Partner), nullptr, false},
    {"company", int(LinkField::Partner), nullptr, false},
    {"overlap", int(LinkField::OverlappingAccounts), nullptr, false},
};

/// Field keys of Partnerscope's documented CSV (docs/import.md), in field order.
const char *const partnerKeys[] = {
    "name",
    "website",
    "model",
    "status",
    "tier",
    "regions",
    "industries",
    "upstream",
    "market_reach",
    "strategic_fit",
    "capability",
    "commitment",
    "cost_to_serve",
    "certifications",
    "sourced_revenue",
    "influenced_revenue",
    "pipeline",
    "deals_won",
    "deals_lost",
    "invest_mdf",
    "invest_enablement",
    "invest_incentives",
    "invest_technical",
    "enrolled_on",
    "first_commercial_on",
    "notes",
    "decision",
    "decision_owner",
    "next_step",
    "pricing_agreed",
    "support_owner",
    "success_owner",
    "renewal_owner",
    "contract_minimum",
};
static_assert(std::size(partnerKeys) == size_t(PF::Count_));

const char *const icpKeys[] = {
    "name",        "description",     "industries",      "size_band",        "regions",
    "buyer_roles", "priority_weight", "target_accounts", "average_deal_size"};
static_assert(std::size(icpKeys) == size_t(IcpField::Count_));

const char *const linkKeys[] = {"icp",  "partner", "strength", "role", "overlapping_accounts",
                                "notes"};
static_assert(std::size(linkKeys) == size_t(LinkField::Count_));

/// Keys of the deal, opportunity-partner and activity columns (docs/import.md), with titles.
struct FieldText {
    const char *key;
    const char *title; ///< translated in context ps::Import
};

const FieldText dealFields[] = {
    {"name", QT_TRANSLATE_NOOP("ps::Import", "Deal name")},
    {"amount", QT_TRANSLATE_NOOP("ps::Import", "Amount")},
    {"stage", QT_TRANSLATE_NOOP("ps::Import", "Stage")},
    {"is_won", QT_TRANSLATE_NOOP("ps::Import", "Won (yes/no)")},
    {"is_closed", QT_TRANSLATE_NOOP("ps::Import", "Closed (yes/no)")},
    {"created_on", QT_TRANSLATE_NOOP("ps::Import", "Created on")},
    {"closed_on", QT_TRANSLATE_NOOP("ps::Import", "Closed on")},
    {"lead_source", QT_TRANSLATE_NOOP("ps::Import", "Lead source")},
    {"account", QT_TRANSLATE_NOOP("ps::Import", "Buyer account")},
    {"account_id", QT_TRANSLATE_NOOP("ps::Import", "Buyer account id")},
    {"partners", QT_TRANSLATE_NOOP("ps::Import", "Partners (names)")},
    {"partner_ids", QT_TRANSLATE_NOOP("ps::Import", "Partners (CRM ids)")},
    {"companies", QT_TRANSLATE_NOOP("ps::Import", "Associated companies (names)")},
    {"company_ids", QT_TRANSLATE_NOOP("ps::Import", "Associated companies (CRM ids)")},
    {"partner_role", QT_TRANSLATE_NOOP("ps::Import", "Partner role (sourced/influenced)")},
    {"industry", QT_TRANSLATE_NOOP("ps::Import", "Buyer industry")},
    {"region", QT_TRANSLATE_NOOP("ps::Import", "Buyer country or region")},
    {"employees", QT_TRANSLATE_NOOP("ps::Import", "Buyer employees")},
    {"icp", QT_TRANSLATE_NOOP("ps::Import", "ICP")},
};
static_assert(std::size(dealFields) == size_t(DealField::Count_));

const FieldText dealPartnerFields[] = {
    {"deal_id", QT_TRANSLATE_NOOP("ps::Import", "Deal (CRM id)")},
    {"partner_id", QT_TRANSLATE_NOOP("ps::Import", "Partner (CRM id)")},
    {"role", QT_TRANSLATE_NOOP("ps::Import", "Role")},
    {"is_primary", QT_TRANSLATE_NOOP("ps::Import", "Primary (yes/no)")},
};
static_assert(std::size(dealPartnerFields) == size_t(DealPartnerField::Count_));

const FieldText activityFields[] = {
    {"partner", QT_TRANSLATE_NOOP("ps::Import", "Partner")},
    {"partner_id", QT_TRANSLATE_NOOP("ps::Import", "Partner (CRM id)")},
    {"date", QT_TRANSLATE_NOOP("ps::Import", "Date")},
    {"kind", QT_TRANSLATE_NOOP("ps::Import", "Activity")},
    {"notes", QT_TRANSLATE_NOOP("ps::Import", "Notes")},
};
static_assert(std::size(activityFields) == size_t(ActivityField::Count_));

int fieldCount(Kind kind) {
    switch (kind) {
    case Kind::Partners:
        return int(PF::Count_);
    case Kind::Icps:
        return int(IcpField::Count_);
    case Kind::Links:
        return int(LinkField::Count_);
    case Kind::Deals:
        return int(DealField::Count_);
    case Kind::DealPartners:
        return int(DealPartnerField::Count_);
    case Kind::Activities:
        return int(ActivityField::Count_);
    }
    return 0;
}

QString fieldKey(Kind kind, int field) {
    switch (kind) {
    case Kind::Partners:
        return QLatin1String(partnerKeys[field]);
    case Kind::Icps:
        return QLatin1String(icpKeys[field]);
    case Kind::Links:
        return QLatin1String(linkKeys[field]);
    case Kind::Deals:
        return QLatin1String(dealFields[field].key);
    case Kind::DealPartners:
        return QLatin1String(dealPartnerFields[field].key);
    case Kind::Activities:
        return QLatin1String(activityFields[field].key);
    }
    return {};
}

/// The title of a field as the interface shows it (the keys above cover English exports).
QString englishTitle(Kind kind, int field) {
    switch (kind) {
    case Kind::Partners:
        return fieldTitle(PartnerField(field));
    case Kind::Icps:
        return fieldTitle(IcpField(field));
    case Kind::Links:
        return fieldTitle(LinkField(field));
    case Kind::Deals:
        return QCoreApplication::translate("ps::Import", dealFields[field].title);
    case Kind::DealPartners:
        return QCoreApplication::translate("ps::Import", dealPartnerFields[field].title);
    case Kind::Activities:
        return QCoreApplication::translate("ps::Import", activityFields[field].title);
    }
    return {};
}

template <size_t N>
std::optional<ColumnTarget> lookup(const HeaderRule (&rules)[N], const QString &key) {
    for (const HeaderRule &rule : rules)
        if (key == QLatin1String(rule.key))
            return targetOf(rule);
    return std::nullopt;
}

std::optional<ColumnTarget> presetTarget(Kind kind, Preset preset, const QString &key) {
    if (kind == Kind::Deals && preset == Preset::Salesforce)
        return lookup(salesforceDealRules, key);
    if (kind == Kind::Deals && preset == Preset::HubSpot)
        return lookup(hubspotDealRules, key);
    if (kind == Kind::DealPartners && preset == Preset::Salesforce)
        return lookup(salesforceDealPartnerRules, key);
    if (kind == Kind::Activities && preset == Preset::Salesforce)
        return lookup(salesforceActivityRules, key);
    if (kind != Kind::Partners)
        return std::nullopt;
    switch (preset) {
    case Preset::Salesforce:
        return lookup(salesforceRules, key);
    case Preset::HubSpot:
        return lookup(hubspotRules, key);
    case Preset::Partnerscope:
        if (auto t = lookup(partnerscopeReportRules, key))
            return t;
        return std::nullopt;
    case Preset::Auto:
    case Preset::Generic:
        break;
    }
    return std::nullopt;
}

bool hasKey(const QStringList &keys, const char *key) {
    return keys.contains(QLatin1String(key));
}

} // namespace

QString toKey(Preset preset) {
    switch (preset) {
    case Preset::Auto:
        return QStringLiteral("auto");
    case Preset::Salesforce:
        return QStringLiteral("salesforce");
    case Preset::HubSpot:
        return QStringLiteral("hubspot");
    case Preset::Partnerscope:
        return QStringLiteral("partnerscope");
    case Preset::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<Preset> presetFromKey(const QString &key) {
    for (Preset p :
         {Preset::Auto, Preset::Salesforce, Preset::HubSpot, Preset::Partnerscope, Preset::Generic})
        if (key.compare(toKey(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString label(Preset preset, Kind kind) {
    switch (kind) {
    case Kind::Partners:
    case Kind::Icps:
    case Kind::Links:
        break;
    case Kind::Deals:
        if (preset == Preset::Salesforce)
            return ImportTr::tr("Salesforce opportunities");
        if (preset == Preset::HubSpot)
            return ImportTr::tr("HubSpot deals");
        break;
    case Kind::DealPartners:
        if (preset == Preset::Salesforce)
            return ImportTr::tr("Salesforce opportunity partners");
        break;
    case Kind::Activities:
        if (preset == Preset::Salesforce)
            return ImportTr::tr("Salesforce tasks and events");
        if (preset == Preset::HubSpot)
            return ImportTr::tr("HubSpot activities");
        break;
    }
    return label(preset);
}

QString label(Preset preset) {
    switch (preset) {
    case Preset::Auto:
        return ImportTr::tr("Detect from the headers");
    case Preset::Salesforce:
        return ImportTr::tr("Salesforce accounts");
    case Preset::HubSpot:
        return ImportTr::tr("HubSpot companies");
    case Preset::Partnerscope:
        return ImportTr::tr("Partnerscope CSV");
    case Preset::Generic:
        return ImportTr::tr("Other (match headers by name)");
    }
    return {};
}

int Mapping::columnOf(int field) const {
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].type == ColumnTarget::Type::Field && columns[i].field == field)
            return int(i);
    return -1;
}

std::vector<int> Mapping::columnsOf(int field) const {
    std::vector<int> out;
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].type == ColumnTarget::Type::Field && columns[i].field == field)
            out.push_back(int(i));
    return out;
}

int Mapping::crmIdColumn() const {
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].type == ColumnTarget::Type::CrmId)
            return int(i);
    return -1;
}

CrmSource Mapping::source() const {
    switch (preset) {
    case Preset::Salesforce:
        return CrmSource::Salesforce;
    case Preset::HubSpot:
        return CrmSource::HubSpot;
    case Preset::Auto:
    case Preset::Partnerscope:
    case Preset::Generic:
        break;
    }
    return CrmSource::Csv;
}

QString headerKey(const QString &header) {
    QString key;
    key.reserve(header.size());
    for (QChar c : header)
        if (c.isLetterOrNumber())
            key.append(c);
    return key.toCaseFolded();
}

Preset detectPreset(const QStringList &header) {
    QStringList keys;
    for (const QString &h : header)
        keys << headerKey(h);
    if (hasKey(keys, "accountname") &&
        (hasKey(keys, "accountid") || hasKey(keys, "billingcountry") ||
         hasKey(keys, "accountowner") || hasKey(keys, "annualrevenue")))
        return Preset::Salesforce;
    if ((hasKey(keys, "companyname") || hasKey(keys, "recordid")) &&
        (hasKey(keys, "companydomainname") || hasKey(keys, "companyowner") ||
         hasKey(keys, "countryregion") || hasKey(keys, "numberofemployees")))
        return Preset::HubSpot;
    int known = 0;
    for (int f = 0; f < int(PF::Count_); ++f)
        known += keys.contains(headerKey(fieldKey(Kind::Partners, f))) ||
                 keys.contains(headerKey(englishTitle(Kind::Partners, f)));
    if ((hasKey(keys, "name") || hasKey(keys, "partner")) && hasKey(keys, "model") && known >= 3)
        return Preset::Partnerscope;
    return Preset::Generic;
}

Preset detectPreset(Kind kind, const QStringList &header) {
    QStringList keys;
    for (const QString &h : header)
        keys << headerKey(h);
    switch (kind) {
    case Kind::Partners:
        return detectPreset(header);
    case Kind::Icps:
    case Kind::Links:
        return Preset::Generic;
    case Kind::Deals:
        if (hasKey(keys, "stagename") || (hasKey(keys, "accountid") && hasKey(keys, "iswon")) ||
            hasKey(keys, "opportunityid") || hasKey(keys, "opportunityname"))
            return Preset::Salesforce;
        if (hasKey(keys, "dealstage") || hasKey(keys, "dealname") ||
            hasKey(keys, "associatedcompanyids"))
            return Preset::HubSpot;
        return Preset::Generic;
    case Kind::DealPartners:
        if (hasKey(keys, "opportunityid") && hasKey(keys, "accounttoid"))
            return Preset::Salesforce;
        return Preset::Generic;
    case Kind::Activities:
        if (hasKey(keys, "activitydate") && (hasKey(keys, "whatid") || hasKey(keys, "accountid") ||
                                             hasKey(keys, "tasksubtype") || hasKey(keys, "whoid")))
            return Preset::Salesforce;
        if (hasKey(keys, "startdatetime") && hasKey(keys, "accountid"))
            return Preset::Salesforce;
        return Preset::Generic;
    }
    return Preset::Generic;
}

ColumnTarget matchHeader(Kind kind, const QString &header) {
    const QString key = headerKey(header);
    if (key.isEmpty())
        return ColumnTarget::ignore();
    const int count = fieldCount(kind);
    for (int f = 0; f < count; ++f) {
        if (kind == Kind::Partners && f == int(PF::Upstream))
            continue; // names an existing partner by id: not importable from a CRM
        if (key == headerKey(fieldKey(kind, f)) || key == headerKey(englishTitle(kind, f)))
            return ColumnTarget::toField(f);
    }
    std::optional<ColumnTarget> synonym;
    switch (kind) {
    case Kind::Partners:
        synonym = lookup(partnerSynonyms, key);
        break;
    case Kind::Icps:
        synonym = lookup(icpSynonyms, key);
        break;
    case Kind::Links:
        synonym = lookup(linkSynonyms, key);
        break;
    case Kind::Deals:
        synonym = lookup(dealSynonyms, key);
        break;
    case Kind::DealPartners:
        synonym = lookup(dealPartnerSynonyms, key);
        break;
    case Kind::Activities:
        synonym = lookup(activitySynonyms, key);
        break;
    }
    return synonym ? *synonym : ColumnTarget::ignore();
}

Mapping buildMapping(Kind kind, Preset preset, const QStringList &header, QChar delimiter) {
    Mapping mapping;
    mapping.kind = kind;
    mapping.preset = preset == Preset::Auto ? detectPreset(kind, header) : preset;
    mapping.decimalSeparator = delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    // Partners keep their first rules: one Name column. The other CRM kinds take one column
    // per field (notes aside, which are joined), and every kind one record id.
    const bool onePerField =
        kind == Kind::Deals || kind == Kind::DealPartners || kind == Kind::Activities;
    const int notesField = kind == Kind::Activities ? int(ActivityField::Notes) : -1;
    for (const QString &h : header) {
        ColumnTarget target;
        if (auto t = presetTarget(kind, mapping.preset, headerKey(h)))
            target = *t;
        else
            target = matchHeader(kind, h);
        // One Name column: a second candidate ("Name" after "Company name") is left out.
        if (target.type == ColumnTarget::Type::Field && mapping.columnOf(target.field) >= 0 &&
            (target.field == 0 || (onePerField && target.field != notesField)))
            target = ColumnTarget::ignore();
        if (target.type == ColumnTarget::Type::CrmId && mapping.crmIdColumn() >= 0)
            target = ColumnTarget::ignore();
        mapping.columns.push_back(target);
    }
    return mapping;
}

std::vector<int> importableFields(Kind kind) {
    if (kind != Kind::Partners) {
        std::vector<int> fields(size_t(fieldCount(kind)));
        for (int f = 0; f < fieldCount(kind); ++f)
            fields[size_t(f)] = f;
        return fields;
    }
    std::vector<int> fields;
    for (int f = 0; f < fieldCount(kind); ++f)
        if (!(kind == Kind::Partners && f == int(PF::Upstream)))
            fields.push_back(f);
    return fields;
}

QString fieldTitle(Kind kind, int field) {
    return englishTitle(kind, field);
}

} // namespace ps::import
