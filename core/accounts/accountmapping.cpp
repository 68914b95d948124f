// SPDX-License-Identifier: GPL-3.0-or-later
// Fields, presets, header matching and the default status rules of account imports.
#include "core/accounts/accountimport.h"

#include "core/accounts/accounttext.h"
#include "core/import/importmapping.h"

namespace ps::accounts {
namespace {

struct HeaderSynonym {
    const char *key; ///< as ps::import::headerKey() reduces a header
    AccountField field;
};

// Order matters only for readability: keys are exact.
const HeaderSynonym headerSynonyms[] = {
    {"accountid", AccountField::CrmId},
    {"recordid", AccountField::CrmId},
    {"companyid", AccountField::CrmId},
    {"crmid", AccountField::CrmId},
    {"id", AccountField::CrmId},
    {"accountname", AccountField::Name},
    {"companyname", AccountField::Name},
    {"company", AccountField::Name},
    {"name", AccountField::Name},
    {"account", AccountField::Name},
    {"organization", AccountField::Name},
    {"organisation", AccountField::Name},
    {"organizationname", AccountField::Name},
    {"organisationname", AccountField::Name},
    {"website", AccountField::Website},
    {"websiteurl", AccountField::Website},
    {"companydomainname", AccountField::Website},
    {"domain", AccountField::Website},
    {"domainname", AccountField::Website},
    {"url", AccountField::Website},
    {"web", AccountField::Website},
    {"homepage", AccountField::Website},
    {"companywebsite", AccountField::Website},
    {"type", AccountField::Status},
    {"accounttype", AccountField::Status},
    {"lifecyclestage", AccountField::Status},
    {"status", AccountField::Status},
    {"accountstatus", AccountField::Status},
    {"stage", AccountField::Status},
    {"relationship", AccountField::Status},
    {"industry", AccountField::Industry},
    {"sector", AccountField::Industry},
    {"vertical", AccountField::Industry},
    {"employees", AccountField::Employees},
    {"numberofemployees", AccountField::Employees},
    {"employeecount", AccountField::Employees},
    {"headcount", AccountField::Employees},
    {"companysize", AccountField::Employees},
    {"billingcountry", AccountField::Country},
    {"countryregion", AccountField::Country},
    {"country", AccountField::Country},
    {"billingcountrycode", AccountField::Country},
    {"countrycode", AccountField::Country},
    {"openpipeline", AccountField::OpenPipeline},
    {"pipeline", AccountField::OpenPipeline},
    {"openpipelineamount", AccountField::OpenPipeline},
    {"openopportunityamount", AccountField::OpenPipeline},
    {"opendealamount", AccountField::OpenPipeline},
    {"pipelineamount", AccountField::OpenPipeline},
};

bool hasKey(const QStringList &keys, const char *key) {
    return keys.contains(QLatin1String(key));
}

StatusRule rule(const char *column, const char *pattern, AccountStatus status) {
    return {QString::fromUtf8(column), QString::fromUtf8(pattern), status};
}

} // namespace

QString toKey(AccountField field) {
    switch (field) {
    case AccountField::Ignore:
        break;
    case AccountField::CrmId:
        return QStringLiteral("crm_id");
    case AccountField::Name:
        return QStringLiteral("name");
    case AccountField::Website:
        return QStringLiteral("website");
    case AccountField::Status:
        return QStringLiteral("status");
    case AccountField::Industry:
        return QStringLiteral("industry");
    case AccountField::Employees:
        return QStringLiteral("employees");
    case AccountField::Country:
        return QStringLiteral("country");
    case AccountField::OpenPipeline:
        return QStringLiteral("open_pipeline");
    }
    return {};
}

QString label(AccountField field) {
    switch (field) {
    case AccountField::Ignore:
        break;
    case AccountField::CrmId:
        return AccountText::tr("CRM id");
    case AccountField::Name:
        return AccountText::tr("Company name");
    case AccountField::Website:
        return AccountText::tr("Website");
    case AccountField::Status:
        return AccountText::tr("Status");
    case AccountField::Industry:
        return AccountText::tr("Industry");
    case AccountField::Employees:
        return AccountText::tr("Employees");
    case AccountField::Country:
        return AccountText::tr("Country");
    case AccountField::OpenPipeline:
        return AccountText::tr("Open pipeline");
    }
    return AccountText::tr("(not imported)");
}

std::vector<AccountField> accountFields() {
    return {AccountField::CrmId,   AccountField::Name,        AccountField::Website,
            AccountField::Status,  AccountField::Industry,    AccountField::Employees,
            AccountField::Country, AccountField::OpenPipeline};
}

QString toKey(AccountPreset preset) {
    switch (preset) {
    case AccountPreset::Auto:
        return QStringLiteral("auto");
    case AccountPreset::Salesforce:
        return QStringLiteral("salesforce");
    case AccountPreset::HubSpot:
        return QStringLiteral("hubspot");
    case AccountPreset::Generic:
        break;
    }
    return QStringLiteral("generic");
}

std::optional<AccountPreset> accountPresetFromKey(QStringView key) {
    for (AccountPreset p : {AccountPreset::Auto, AccountPreset::Salesforce, AccountPreset::HubSpot,
                            AccountPreset::Generic})
        if (key.compare(toKey(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString label(AccountPreset preset) {
    switch (preset) {
    case AccountPreset::Auto:
        return AccountText::tr("Detect from the header");
    case AccountPreset::Salesforce:
        return AccountText::tr("Salesforce accounts");
    case AccountPreset::HubSpot:
        return AccountText::tr("HubSpot companies");
    case AccountPreset::Generic:
        break;
    }
    return AccountText::tr("Other layout");
}

StatusRules defaultStatusRules(AccountPreset preset) {
    using S = AccountStatus;
    StatusRules rules;
    switch (preset) {
    case AccountPreset::Salesforce:
        rules.rules = {rule("Type", "Customer*", S::Customer),
                       rule("Type", "Prospect*", S::Prospect),
                       rule("Type", "*Opportunity*", S::OpenOpportunity)};
        break;
    case AccountPreset::HubSpot:
        rules.rules = {rule("Lifecycle Stage", "customer", S::Customer),
                       rule("Lifecycle Stage", "evangelist", S::Customer),
                       rule("Lifecycle Stage", "opportunity", S::OpenOpportunity),
                       rule("Lifecycle Stage", "lead", S::Prospect),
                       rule("Lifecycle Stage", "subscriber", S::Prospect),
                       rule("Lifecycle Stage", "*qualified*lead", S::Prospect),
                       rule("Type", "prospect", S::Prospect)};
        break;
    case AccountPreset::Auto:
    case AccountPreset::Generic:
        rules.rules = {rule("", "customer*", S::Customer),
                       rule("", "client*", S::Customer),
                       rule("", "*opportunit*", S::OpenOpportunity),
                       rule("", "prospect*", S::Prospect),
                       rule("", "lead*", S::Prospect),
                       rule("", "*qualified*lead", S::Prospect)};
        break;
    }
    return rules;
}

int AccountMapping::columnOf(AccountField field) const {
    for (int i = 0; i < int(columns.size()); ++i)
        if (columns[size_t(i)] == field)
            return i;
    return -1;
}

AccountPreset detectAccountPreset(const QStringList &header) {
    QStringList keys;
    for (const QString &h : header)
        keys << import::headerKey(h);
    if (hasKey(keys, "accountname") &&
        (hasKey(keys, "accountid") || hasKey(keys, "billingcountry") || hasKey(keys, "type")))
        return AccountPreset::Salesforce;
    if (hasKey(keys, "lifecyclestage") ||
        (hasKey(keys, "recordid") &&
         (hasKey(keys, "companyname") || hasKey(keys, "companydomainname"))))
        return AccountPreset::HubSpot;
    return AccountPreset::Generic;
}

AccountField matchAccountHeader(const QString &header) {
    const QString key = import::headerKey(header);
    for (const HeaderSynonym &s : headerSynonyms)
        if (key == QLatin1String(s.key))
            return s.field;
    return AccountField::Ignore;
}

AccountMapping buildAccountMapping(AccountPreset preset, const QStringList &header,
                                   QChar delimiter) {
    if (preset == AccountPreset::Auto)
        preset = detectAccountPreset(header);
    AccountMapping mapping;
    mapping.preset = preset;
    mapping.crmSource = preset == AccountPreset::Salesforce ? QStringLiteral("salesforce")
                        : preset == AccountPreset::HubSpot  ? QStringLiteral("hubspot")
                                                            : QStringLiteral("csv");
    mapping.statusRules = defaultStatusRules(preset);
    mapping.decimalSeparator = delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    for (const QString &h : header) {
        AccountField field = matchAccountHeader(h);
        const QString key = import::headerKey(h);
        // HubSpot has both Type (PROSPECT, PARTNER...) and Lifecycle Stage; the stage is the
        // status, Type is read by a rule. One column per field, except websites.
        if (preset == AccountPreset::HubSpot && key == QLatin1String("type"))
            field = AccountField::Ignore;
        if (field != AccountField::Ignore && field != AccountField::Website &&
            mapping.columnOf(field) >= 0)
            field = AccountField::Ignore;
        mapping.columns.push_back(field);
    }
    return mapping;
}

bool setAccountColumn(AccountMapping &mapping, const QStringList &header, AccountField field,
                      const QString &column, QString *error, bool keepOthers) {
    mapping.columns.resize(size_t(header.size()), AccountField::Ignore);
    int index = -1;
    const QString wanted = column.trimmed();
    if (!wanted.isEmpty()) {
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (isNumber) {
            index = number >= 1 && number <= header.size() ? number - 1 : -1;
        } else {
            const QString key = import::headerKey(wanted);
            for (int i = 0; i < header.size() && index < 0; ++i)
                if (import::headerKey(header[i]) == key)
                    index = i;
        }
        if (index < 0) {
            *error = AccountText::tr("The file has no column \"%1\" for %2 (its columns: %3).")
                         .arg(wanted, label(field), header.join(QStringLiteral(", ")));
            return false;
        }
    }
    const int before = mapping.columnOf(field);
    if (field == AccountField::Ignore) {
        if (index >= 0)
            mapping.columns[size_t(index)] = AccountField::Ignore;
        return true;
    }
    if (!(keepOthers && field == AccountField::Website))
        for (AccountField &f : mapping.columns)
            if (f == field)
                f = AccountField::Ignore;
    if (index >= 0)
        mapping.columns[size_t(index)] = field;
    // Rules that name the old status column follow the new one.
    if (field == AccountField::Status && before >= 0 && index >= 0 && before != index)
        for (StatusRule &r : mapping.statusRules.rules)
            if (import::headerKey(r.column) == import::headerKey(header[before]))
                r.column = header[index];
    return true;
}

bool applyColumnOverrides(AccountMapping &mapping, const QStringList &header,
                          const QStringList &overrides, QString *error) {
    for (const QString &o : overrides) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? o.trimmed() : o.left(eq).trimmed().toLower();
        std::optional<AccountField> field;
        for (AccountField f : accountFields())
            if (toKey(f) == key || import::headerKey(label(f)) == import::headerKey(key))
                field = f;
        if (eq < 0 || !field) {
            QStringList keys;
            for (AccountField f : accountFields())
                keys << toKey(f);
            *error = AccountText::tr("The column mapping \"%1\" is not FIELD=COLUMN with FIELD "
                                     "one of %2.")
                         .arg(o, keys.join(QStringLiteral(", ")));
            return false;
        }
        if (!setAccountColumn(mapping, header, *field, o.mid(eq + 1), error))
            return false;
    }
    return true;
}

} // namespace ps::accounts
