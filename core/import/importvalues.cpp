// SPDX-License-Identifier: GPL-3.0-or-later
// Cell values as CRMs and spreadsheets write them: partner types and numbers.
#include "core/import/importmapping.h"
#include "core/import/importplan_p.h"

#include <QHash>

#include <cmath>

namespace ps::import {
namespace {

using M = PartnerModel;

struct TypeEntry {
    const char *value; ///< as typeValueKey() reduces it
    std::optional<PartnerModel> model;
    std::optional<PartnerStatus> status;
};

/// Salesforce Account "Type" and HubSpot company "Type" values with a clear meaning, plus
/// common spellings of the ten models. Values such as "Partner", "Vendor", "Other", "Customer"
/// are deliberately absent: they say nothing about the model, so the user is asked.
const TypeEntry typeTable[] = {
    {"channel partner / reseller", M::Reseller, {}},
    {"channel partner", M::Reseller, {}},
    {"reseller", M::Reseller, {}},
    {"technology partner", M::Isv, {}},
    {"technology", M::Isv, {}},
    {"isv", M::Isv, {}},
    {"installation partner", M::SystemsIntegrator, {}},
    {"integrator", M::SystemsIntegrator, {}},
    {"system integrator", M::SystemsIntegrator, {}},
    {"systems integrator", M::SystemsIntegrator, {}},
    {"si", M::SystemsIntegrator, {}},
    {"distributor", M::Distributor, {}},
    {"distribution partner", M::Distributor, {}},
    {"value added reseller", M::ValueAddedReseller, {}},
    {"value-added reseller", M::ValueAddedReseller, {}},
    {"var", M::ValueAddedReseller, {}},
    {"oem", M::Oem, {}},
    {"oem partner", M::Oem, {}},
    {"embedded", M::Oem, {}},
    {"referral partner", M::Referral, {}},
    {"referral", M::Referral, {}},
    {"agency", M::Agency, {}},
    {"agency partner", M::Agency, {}},
    {"affiliate", M::Affiliate, {}},
    {"alliance", M::Affiliate, {}},
    {"msp", M::ServiceDelivery, {}},
    {"managed service provider", M::ServiceDelivery, {}},
    {"service partner", M::ServiceDelivery, {}},
    {"prospect", {}, PartnerStatus::Prospect},
    {"needs classification", {}, {}},
    {"unclassified", {}, {}},
};

const QHash<QString, TypeValue> &builtInTypes() {
    static const QHash<QString, TypeValue> table = [] {
        QHash<QString, TypeValue> t;
        for (PartnerModel m : enumValues<PartnerModel>()) {
            t.insert(typeValueKey(toKey(m)), TypeValue{m, {}});
            t.insert(typeValueKey(label(m)), TypeValue{m, {}});
        }
        for (const TypeEntry &e : typeTable)
            t.insert(QString::fromLatin1(e.value), TypeValue{e.model, e.status});
        return t;
    }();
    return table;
}

bool isCurrencyChar(QChar c) {
    return c.category() == QChar::Symbol_Currency;
}

/// Removes currency symbols and a three-letter code at either end ("EUR 12", "12 USD").
QString stripCurrency(QString text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!isCurrencyChar(c))
            out.append(c);
    out = out.trimmed();
    const auto isCode = [](const QString &s) {
        return s.size() == 3 && s.at(0).isUpper() && s.at(1).isUpper() && s.at(2).isUpper() &&
               s.at(0).unicode() < 128 && s.at(1).unicode() < 128 && s.at(2).unicode() < 128;
    };
    if (out.size() > 3 && isCode(out.left(3)) && !out.at(3).isLetter())
        out = out.mid(3).trimmed();
    if (out.size() > 3 && isCode(out.right(3)) && !out.at(out.size() - 4).isLetter())
        out.chop(3);
    return out.trimmed();
}

/// True when `digits` separated by `group` form proper groups of three after the first.
bool properGroups(const QString &integer, QChar group) {
    const QStringList parts = integer.split(group);
    if (parts.size() < 2)
        return true;
    if (parts.front().isEmpty() || parts.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).size() != 3)
            return false;
    return true;
}

bool allDigits(const QString &s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

QString typeValueKey(const QString &raw) {
    return raw.simplified().toCaseFolded();
}

std::optional<TypeValue> builtInTypeValue(const QString &raw) {
    const QString key = typeValueKey(raw);
    if (key.isEmpty())
        return TypeValue{};
    const auto &table = builtInTypes();
    const auto it = table.constFind(key);
    if (it != table.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<TypeValue> resolveTypeValue(const Mapping &mapping, const QString &raw) {
    if (!mapping.typeValues.isEmpty()) {
        const auto it = mapping.typeValues.constFind(typeValueKey(raw));
        if (it != mapping.typeValues.constEnd())
            return *it;
    }
    return builtInTypeValue(raw);
}

std::optional<bool> parseFlag(const QString &text) {
    // Data Loader writes every flag as true or false: a million rows need no case folding.
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    const QString key = typeValueKey(text);
    for (const char *yes : {"yes", "y", "true", "1", "x", "ja"})
        if (key == QLatin1String(yes))
            return true;
    for (const char *no : {"no", "n", "false", "0", "nein"})
        if (key == QLatin1String(no))
            return false;
    return std::nullopt;
}

DealOutcome builtInStage(const QString &stage) {
    const QString key = typeValueKey(stage);
    if (key == QLatin1String("closedwon"))
        return DealOutcome::Won;
    if (key == QLatin1String("closedlost"))
        return DealOutcome::Lost;
    // A word "won" or "lost": "Closed Won", "Closed - Lost to competitor", "Won".
    qsizetype start = -1;
    for (qsizetype i = 0; i <= key.size(); ++i) {
        const bool letter = i < key.size() && key.at(i).isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            const QStringView word = QStringView(key).mid(start, i - start);
            if (word == QLatin1String("won"))
                return DealOutcome::Won;
            if (word == QLatin1String("lost"))
                return DealOutcome::Lost;
            start = -1;
        }
    }
    return DealOutcome::Open;
}

DealOutcome resolveStage(const Mapping &mapping, const QString &stage) {
    if (!mapping.stageValues.isEmpty()) {
        const auto it = mapping.stageValues.constFind(typeValueKey(stage));
        if (it != mapping.stageValues.constEnd())
            return *it;
    }
    return builtInStage(stage);
}

namespace {

struct KindEntry {
    const char *value; ///< as typeValueKey() reduces it
    ActivityKind kind;
};

/// CRM activity types (Salesforce Task/Event Type and subtype, HubSpot activity types) with a
/// clear meaning. "Email" and "Task" are absent: they say nothing about what was done.
const KindEntry kindTable[] = {
    {"call", ActivityKind::JointCall},
    {"meeting", ActivityKind::JointCall},
    {"customer call", ActivityKind::JointCall},
    {"customer meeting", ActivityKind::JointCall},
    {"joint call", ActivityKind::JointCall},
    {"co-sell call", ActivityKind::JointCall},
    {"demo", ActivityKind::JointCall},
    {"training", ActivityKind::Training},
    {"enablement", ActivityKind::Training},
    {"certification", ActivityKind::Training},
    {"onboarding", ActivityKind::Training},
    {"qbr", ActivityKind::BusinessReview},
    {"business review", ActivityKind::BusinessReview},
    {"quarterly business review", ActivityKind::BusinessReview},
    {"review", ActivityKind::BusinessReview},
    {"co-marketing", ActivityKind::CoMarketing},
    {"comarketing", ActivityKind::CoMarketing},
    {"marketing", ActivityKind::CoMarketing},
    {"campaign", ActivityKind::CoMarketing},
    {"webinar", ActivityKind::CoMarketing},
    {"event", ActivityKind::CoMarketing},
    {"trade show", ActivityKind::CoMarketing},
    {"referral", ActivityKind::LeadReferred},
    {"lead", ActivityKind::LeadReferred},
    {"lead referral", ActivityKind::LeadReferred},
    {"deal registration", ActivityKind::DealRegistered},
    {"registration", ActivityKind::DealRegistered},
    {"deal reg", ActivityKind::DealRegistered},
    {"closed deal", ActivityKind::DealClosed},
    {"deal won", ActivityKind::DealClosed},
};

} // namespace

std::optional<ActivityKind> builtInActivityKind(const QString &raw) {
    static const QHash<QString, ActivityKind> table = [] {
        QHash<QString, ActivityKind> t;
        for (ActivityKind k : enumValues<ActivityKind>()) {
            t.insert(typeValueKey(toKey(k)), k);
            t.insert(typeValueKey(toKey(k).replace(QLatin1Char('_'), QLatin1Char(' '))), k);
            t.insert(typeValueKey(label(k)), k);
        }
        for (const KindEntry &e : kindTable)
            t.insert(QString::fromLatin1(e.value), e.kind);
        return t;
    }();
    const auto it = table.constFind(typeValueKey(raw));
    if (it != table.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<ActivityKind> resolveActivityKind(const Mapping &mapping, const QString &raw) {
    if (!mapping.activityKinds.isEmpty()) {
        const auto it = mapping.activityKinds.constFind(typeValueKey(raw));
        if (it != mapping.activityKinds.constEnd())
            return *it;
    }
    return builtInActivityKind(raw);
}

namespace {

/// Digits with proper groups of three and an optional decimal part ("1250000", "1,250,000",
/// "1.250.000,50"), the common case of a CRM export, read in one pass without allocating.
/// nullopt sends anything else (currency, spaces, signs) to the general path.
template <typename Text>
std::optional<double> simpleNumber(const Text &text, QChar decimalSeparator) {
    const char16_t decimal = decimalSeparator.unicode();
    const char16_t group = decimal == ',' ? '.' : ',';
    double integer = 0, fraction = 0, scale = 1;
    int digitsInGroup = 0, groups = 0, integerDigits = 0;
    bool inFraction = false;
    for (const auto ch : text) {
        const char16_t c = QChar(ch).unicode();
        if (c >= '0' && c <= '9') {
            if (inFraction) {
                scale /= 10;
                fraction += (c - '0') * scale;
            } else {
                integer = integer * 10 + (c - '0');
                ++digitsInGroup;
                ++integerDigits;
            }
        } else if (c == group && !inFraction) {
            if (digitsInGroup == 0 || (groups == 0 ? digitsInGroup > 3 : digitsInGroup != 3))
                return std::nullopt;
            ++groups;
            digitsInGroup = 0;
        } else if (c == decimal && !inFraction) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (integerDigits == 0 || integerDigits > 15 || (groups > 0 && digitsInGroup != 3) ||
        (inFraction && scale == 1))
        return std::nullopt;
    return integer + fraction;
}

} // namespace

namespace detail {

bool isSimpleNumber(QLatin1StringView text, QChar decimalSeparator) {
    return simpleNumber(text, decimalSeparator).has_value();
}

} // namespace detail

Number parseNumber(const QString &text, QChar decimalSeparator) {
    Number result;
    if (const auto plain = simpleNumber(text, decimalSeparator)) {
        result.state = Number::State::Valid;
        result.value = *plain;
        return result;
    }
    QString s = text.trimmed();
    if (s.isEmpty())
        return result;
    result.state = Number::State::Invalid;
    s = stripCurrency(s);
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s = s.mid(1).trimmed();
    } else if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true; // accounting style (1,234)
        s = s.mid(1, s.size() - 2).trimmed();
    }
    for (QChar space : {QChar(' '), QChar(0x00A0), QChar(0x202F), QChar('\'')})
        s.remove(space);
    const QChar group = decimalSeparator == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    QString integer = s, fraction;
    const qsizetype decimalAt = s.lastIndexOf(decimalSeparator);
    if (decimalAt >= 0) {
        integer = s.left(decimalAt);
        fraction = s.mid(decimalAt + 1);
        if (!allDigits(fraction))
            return result;
    } else if (decimalSeparator == QLatin1Char(',') && s.count(QLatin1Char('.')) == 1 &&
               !properGroups(s, QLatin1Char('.'))) {
        // "12.5" in a semicolon file: a decimal point after all, not a group separator.
        integer = s.section(QLatin1Char('.'), 0, 0);
        fraction = s.section(QLatin1Char('.'), 1);
        if (!allDigits(fraction))
            return result;
    }
    if (integer.isEmpty() && !fraction.isEmpty())
        integer = QStringLiteral("0");
    if (!properGroups(integer, group))
        return result;
    integer.remove(group);
    if (!allDigits(integer))
        return result;
    bool ok = false;
    const double value =
        (fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return result;
    result.state = Number::State::Valid;
    result.value = negative ? -value : value;
    return result;
}

} // namespace ps::import
