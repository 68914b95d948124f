// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/domain/fields.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Which column of an exported table fills which field, and how CRM values become domain values.
/// Pure functions of the header and the cell text: no file, no portfolio (see importplan.h).
namespace ps::import {

/// What rows of the file become.
enum class Kind { Partners, Icps, Links };

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

/// What one column of the file fills.
struct ColumnTarget {
    enum class Type {
        Ignore, ///< the column is not read
        Field,  ///< a field of the entity (`field`: PartnerField, IcpField or LinkField by Kind)
        Note,   ///< kept as a "label: value" line in the partner's notes (no field holds it)
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

    /// Index of the first column that fills `field` (a field enum cast to int), or -1.
    int columnOf(int field) const;
};

/// The preset whose characteristic headers the header row carries; Generic when none.
Preset detectPreset(const QStringList &header);

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
