// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/domain/fields.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Which column of an exported table fills which field, and how CRM values become domain values.
/// Pure functions of the header and the cell text: no file, no portfolio (see importplan.h).
namespace ps::csv {
struct Table;
} // namespace ps::csv

namespace ps::import {

/// What rows of the file become. DealPartners is the second file of a deals import (Salesforce's
/// OpportunityPartner export: which partner accounts were on which opportunity).
enum class Kind { Partners, Icps, Links, Deals, DealPartners, Activities };

/// What a column of a deals export fills (Kind::Deals).
enum class DealField {
    Name,
    Amount,
    Stage,
    IsWon,    ///< Salesforce IsWon: true/false
    IsClosed, ///< Salesforce IsClosed
    CreatedOn,
    ClosedOn, ///< the close date; for an open deal the expected one, which is not kept
    LeadSource,
    Account,     ///< the buyer's name
    AccountId,   ///< the buyer's record id
    Partners,    ///< names (or websites) of partners on the deal, separated by ';'
    PartnerIds,  ///< CRM record ids of partners on the deal, separated by ';'
    Companies,   ///< HubSpot "Associated Company": partners among them, else the buyer
    CompanyIds,  ///< HubSpot "Associated Company IDs", in the same order
    PartnerRole, ///< what the (primary) partner did, such as "Sourced" or "Influenced"
    Industry,    ///< the buyer's industry
    Region,      ///< the buyer's country or region
    Employees,   ///< the buyer's number of employees
    Icp,         ///< an ICP of the portfolio by name
    Count_
};

/// What a column of an opportunity-partner export fills (Kind::DealPartners).
enum class DealPartnerField {
    Deal,      ///< OpportunityId: the deal's record id in the deals file
    Partner,   ///< AccountToId: the partner's record id
    Role,      ///< the CRM's role text ("Reseller", "System Integrator")
    IsPrimary, ///< true for the primary partner
    Count_
};

/// What a column of an activities export fills (Kind::Activities).
enum class ActivityField {
    Partner,   ///< the partner's name or website
    PartnerId, ///< the partner's record id (Salesforce AccountId)
    Date,
    Kind,  ///< the activity kind, by key, label or CRM type ("Call", "Training", "QBR")
    Notes, ///< subject or description; several columns are joined
    Count_
};

/// How to read dates such as 03/04/2025 whose first two numbers could be either.
enum class DateOrder {
    Auto,       ///< from the file: a first number above 12 means day first, a second one
                ///< month first; when nothing decides, month first (US exports)
    DayFirst,   ///< 31/12/2025
    MonthFirst, ///< 12/31/2025
};

/// The default attribution rule of a deals import (docs/import.md, "Attribution"): the primary
/// partner sourced a deal whose lead source names a partner, or whose role column says so;
/// every other partner on a deal influenced it.
struct AttributionRule {
    bool fromLeadSource = true;
    /// A lead source containing one of these (ignoring case) names a partner.
    QStringList leadSourceWords{QStringLiteral("partner")};
    /// A partner role (deal column or opportunity-partner Role) containing one of these marks
    /// that partner as the one that sourced the deal.
    QStringList sourcedRoleWords{QStringLiteral("sourced")};

    bool operator==(const AttributionRule &o) const {
        return fromLeadSource == o.fromLeadSource && leadSourceWords == o.leadSourceWords &&
               sourcedRoleWords == o.sourcedRoleWords;
    }
    bool operator!=(const AttributionRule &o) const { return !(*this == o); }
};

/// Known export layouts. Auto picks one from the header (see detectPreset).
enum class Preset {
    Auto,
    Salesforce,   ///< Salesforce Account export
    HubSpot,      ///< HubSpot companies export
    Partnerscope, ///< Partnerscope's own CSV: field titles or keys (docs/import.md)
    Generic,      ///< an unknown layout: headers matched by name and synonyms
};

/// Key ("auto", "salesforce", "hubspot", "partnerscope", "generic") and parsing, for the CLI.
QString toKey(Preset preset);
std::optional<Preset> presetFromKey(const QString &key);
/// Translated name for the wizard, for example "Salesforce accounts".
QString label(Preset preset);
/// The same for a file of `kind`: "Salesforce opportunities", "HubSpot deals".
QString label(Preset preset, Kind kind);

/// What one column of the file fills.
struct ColumnTarget {
    enum class Type {
        Ignore, ///< the column is not read
        Field,  ///< a field of the entity (`field`: PartnerField, IcpField or LinkField by Kind)
        Note,   ///< kept as a "label: value" line in the partner's notes (no field holds it)
        CrmId,  ///< the record id in the CRM: re-importing the export updates the record
    };
    Type type = Type::Ignore;
    int field = 0;        ///< static_cast<int> of the field enum of the Kind; used with Type::Field
    QString label;        ///< the note's label, for example "Annual revenue"; used with Type::Note
    bool numeric = false; ///< a Note whose value must be a number (Annual Revenue, Employees)

    static ColumnTarget ignore() { return {}; }
    static ColumnTarget toField(int field) { return {Type::Field, field, {}, false}; }
    static ColumnTarget toNote(const QString &label, bool numeric) {
        return {Type::Note, 0, label, numeric};
    }
    static ColumnTarget crmId() { return {Type::CrmId, 0, {}, false}; }
    bool operator==(const ColumnTarget &o) const {
        return type == o.type && field == o.field && label == o.label && numeric == o.numeric;
    }
};

/// What a CRM "Type" value (or any value in the Model column) means for a partner.
struct TypeValue {
    std::optional<PartnerModel> model;   ///< empty: needs classification
    std::optional<PartnerStatus> status; ///< set: overrides the status (HubSpot PROSPECT)
    bool operator==(const TypeValue &o) const { return model == o.model && status == o.status; }
};

/// How a file becomes entities: one target per column, plus value and number conventions.
struct Mapping {
    Kind kind = Kind::Partners;
    Preset preset = Preset::Generic;   ///< the preset the mapping was built from (never Auto)
    std::vector<ColumnTarget> columns; ///< one per header column, in file order
    /// The user's answers for Model values, by typeValueKey(); they win over the built-in table.
    QHash<QString, TypeValue> typeValues;
    /// Decimal separator of numbers: '.' or ','. A semicolon-delimited file defaults to ','.
    QChar decimalSeparator = QLatin1Char('.');
    /// How to read ambiguous day/month dates.
    DateOrder dateOrder = DateOrder::Auto;
    /// Deals: the user's answers for Stage values, by typeValueKey(); they win over
    /// builtInStage().
    QHash<QString, DealOutcome> stageValues;
    /// Activities: the user's answers for Kind values, by typeValueKey().
    QHash<QString, ActivityKind> activityKinds;
    /// Deals: who sourced and who influenced.
    AttributionRule attribution;

    /// Index of the first column that fills `field` (a field enum cast to int), or -1.
    int columnOf(int field) const;
    /// Index of the column holding the CRM record id, or -1.
    int crmIdColumn() const;
    /// Every column that fills `field`, in file order.
    std::vector<int> columnsOf(int field) const;
    /// The CRM imported records remember: the preset's (Salesforce, HubSpot), else csv.
    CrmSource source() const;
};

/// The preset whose characteristic headers the header row carries; Generic when none.
Preset detectPreset(const QStringList &header);
/// The same for a file of `kind` (Salesforce opportunities, HubSpot deals, Salesforce
/// opportunity partners, Salesforce tasks and events...).
Preset detectPreset(Kind kind, const QStringList &header);

/// A mapping of `header` for `kind` using `preset` (Auto: detectPreset()). Columns the preset
/// does not know are matched by name (matchHeader()); the rest are ignored. The decimal
/// separator follows `delimiter` (';' -> ',').
Mapping buildMapping(Kind kind, Preset preset, const QStringList &header,
                     QChar delimiter = QLatin1Char(','));

/// The target a header name suggests for `kind`, case-, space- and punctuation-insensitive, by
/// field title, field key and synonyms ("Company name", "Account Name", "Partner" -> Name;
/// "Domain", "URL" -> Website; "Type", "Partner type" -> Model...). Ignore when nothing fits.
ColumnTarget matchHeader(Kind kind, const QString &header);

/// Header text reduced for matching: lowercase letters and digits of any script only.
QString headerKey(const QString &header);

/// Every field the wizard may offer for `kind`, as ints of the field enum, in display order.
std::vector<int> importableFields(Kind kind);
/// Translated title of a field of `kind` (fieldTitle of the right enum).
QString fieldTitle(Kind kind, int field);

/// The key under which Mapping::typeValues stores a raw value: trimmed and case-folded.
QString typeValueKey(const QString &raw);

/// The built-in meaning of a Model/Type value: PartnerModel keys and labels in any case,
/// Salesforce types ("Channel Partner / Reseller" -> reseller, "Technology Partner" -> isv,
/// "Installation Partner" -> si, "Integrator" -> si, "Distributor", "OEM"...), HubSpot types
/// (RESELLER -> reseller, PROSPECT -> status prospect without model, PARTNER, VENDOR, OTHER ->
/// needs classification). nullopt when the value is unknown (the wizard asks; the CLI imports
/// the partner without a model). Empty text -> a TypeValue with nothing set.
std::optional<TypeValue> builtInTypeValue(const QString &raw);

/// What `raw` means under `mapping`: the user's answer, else the built-in table.
std::optional<TypeValue> resolveTypeValue(const Mapping &mapping, const QString &raw);

/// The built-in meaning of a deal stage: "Closed Won", "closedwon", "Won" are won; "Closed
/// Lost", "closedlost", "Lost" are lost (a word "won" or "lost" in any case decides); anything
/// else is open.
DealOutcome builtInStage(const QString &stage);
/// What `stage` means under `mapping`: the user's answer, else builtInStage().
DealOutcome resolveStage(const Mapping &mapping, const QString &stage);

/// The built-in meaning of an activity kind: ActivityKind keys and labels in any case, and
/// CRM types ("Call", "Meeting" -> joint call; "Webinar", "Event", "Campaign" -> co-marketing;
/// "QBR" -> business review; "Referral", "Lead" -> lead referred; "Deal registration" -> deal
/// registered). nullopt when unknown.
std::optional<ActivityKind> builtInActivityKind(const QString &raw);
/// What `raw` means under `mapping`: the user's answer, else the built-in table.
std::optional<ActivityKind> resolveActivityKind(const Mapping &mapping, const QString &raw);

/// A yes/no cell: yes, y, true, 1, x, ja / no, n, false, 0, nein (any case); nullopt otherwise.
std::optional<bool> parseFlag(const QString &text);

/// Result of reading a date cell.
struct DateValue {
    QDate date;             ///< invalid: not a date
    bool ambiguous = false; ///< day and month could be swapped (both 12 or less, and differ)
};

/// Reads the dates CRM exports write: ISO (2025-03-04, with a time "T10:00:00.000Z" or
/// " 10:22" after it), 2025/03/04, 04.03.2025 (day first), 03/04/2025 or 03-04-2025 (by
/// `order`, month first when Auto), two-digit years (25 -> 2025), and month names
/// ("4 Mar 2025", "Mar 4, 2025", "March 4 2025", "04-Mar-2025"). An empty or unreadable cell
/// gives an invalid date.
DateValue parseDate(const QString &text, DateOrder order = DateOrder::Auto);

/// A date cell of a file, where it is.
struct DateSample {
    int line = 0;    ///< the file's line (csv::Record::line)
    int column = -1; ///< column of the file
    QString text;    ///< the cell as written
};

/// What the dates of a file say about their day/month order (the wizard's question, the
/// command line's error).
struct DateOrderEvidence {
    DateOrder found = DateOrder::Auto; ///< as detectDateOrder: Auto when nothing decides
    /// The first date that decides the order (13/07/2025: day first); line 0 when none does.
    DateSample deciding;
    /// The first dates (up to the limit) that read either way, such as 01/07/2025.
    std::vector<DateSample> ambiguous;
};

/// Looks at the date columns of `mapping` (as detectDateOrder does) and keeps the first
/// `limit` dates that read either way and the first one that decides. A file whose rows
/// disagree (one day first, one month first) has found == Auto and both kinds of samples.
DateOrderEvidence inspectDateOrder(const csv::Table &table, const Mapping &mapping, int limit = 3);

/// Result of reading a number cell.
struct Number {
    enum class State { Empty, Valid, Invalid };
    State state = State::Empty;
    double value = 0.0;
};

/// Reads an amount or count as people type it: thousand separators ("1,250,000" with '.',
/// "1.250.000,50" with ','), spaces, apostrophes and no-break spaces as group separators,
/// currency symbols and codes ("$", "€", "EUR 12", "12 USD"), a trailing '%' is not accepted.
/// Empty or blank -> Empty (not set). Anything else that is not a number -> Invalid.
Number parseNumber(const QString &text, QChar decimalSeparator = QLatin1Char('.'));

} // namespace ps::import
