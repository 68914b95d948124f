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

ColumnTarget targetOf(const HeaderRule &rule) {
    if (rule.field == Note)
        return ColumnTarget::toNote(QCoreApplication::translate("ps::Import", rule.noteLabel),
                                    rule.numeric);
    return ColumnTarget::toField(rule.field);
}

// Salesforce Account export ("Export Details" report or Data Loader with labels).
const HeaderRule salesforceRules[] = {
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
};

const HeaderRule icpSynonyms[] = {
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

int fieldCount(Kind kind) {
    switch (kind) {
    case Kind::Partners:
        return int(PF::Count_);
    case Kind::Icps:
        return int(IcpField::Count_);
    case Kind::Links:
        return int(LinkField::Count_);
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

std::optional<ColumnTarget> presetTarget(Preset preset, const QString &key) {
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
    }
    return synonym ? *synonym : ColumnTarget::ignore();
}

Mapping buildMapping(Kind kind, Preset preset, const QStringList &header, QChar delimiter) {
    Mapping mapping;
    mapping.kind = kind;
    mapping.preset = preset == Preset::Auto
                         ? (kind == Kind::Partners ? detectPreset(header) : Preset::Generic)
                         : preset;
    mapping.decimalSeparator = delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    for (const QString &h : header) {
        ColumnTarget target;
        if (kind == Kind::Partners) {
            const QString key = headerKey(h);
            if (auto t = presetTarget(mapping.preset, key))
                target = *t;
            else
                target = matchHeader(kind, h);
        } else {
            target = matchHeader(kind, h);
        }
        // One Name column: a second candidate ("Name" after "Company name") is left out.
        if (target.type == ColumnTarget::Type::Field && target.field == 0 &&
            mapping.columnOf(0) >= 0)
            target = ColumnTarget::ignore();
        mapping.columns.push_back(target);
    }
    return mapping;
}

std::vector<int> importableFields(Kind kind) {
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
