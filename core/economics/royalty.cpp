// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/economics/royalty.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class RoyaltyTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Royalty)
};

bool finite(double value) {
    return std::isfinite(value);
}

/// The royalty of one year before the floor: units priced by the tiers at rates scaled by
/// `factor` (the escalator of that year).
double tieredRoyalty(const RoyaltyTerms &terms, double units, double factor) {
    if (units <= 0.0)
        return 0.0;
    const std::vector<RoyaltyTier> &tiers = terms.tiers;
    if (terms.tierMode == RoyaltyTierMode::AllUnits) {
        double rate = terms.baseRate;
        for (const RoyaltyTier &tier : tiers)
            if (units >= double(tier.fromUnits))
                rate = tier.perUnit;
        return units * rate * factor;
    }
    // Marginal: units below the first tier at the base rate, then each band at its own rate.
    double total = 0.0;
    const double firstFrom =
        tiers.empty() ? std::numeric_limits<double>::infinity() : double(tiers.front().fromUnits);
    total += std::min(units, firstFrom) * terms.baseRate;
    for (size_t i = 0; i < tiers.size(); ++i) {
        const double from = double(tiers[i].fromUnits);
        const double to = i + 1 < tiers.size() ? double(tiers[i + 1].fromUnits)
                                               : std::numeric_limits<double>::infinity();
        if (units <= from)
            break;
        total += (std::min(units, to) - from) * tiers[i].perUnit;
    }
    return total * factor;
}

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString position(const QByteArray &json, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(json.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return RoyaltyTr::tr("line %1, column %2").arg(line).arg(column);
}

/// Reads a number field; sets *error and returns false when present but not a finite number.
bool readNumber(const QJsonObject &object, const QString &key, double *out, bool required,
                QString *error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            *error = RoyaltyTr::tr("The required field \"%1\" is missing.").arg(key);
            return false;
        }
        return true;
    }
    if (!value.isDouble() || !finite(value.toDouble())) {
        *error = RoyaltyTr::tr("The field \"%1\" must be a number.").arg(key);
        return false;
    }
    *out = value.toDouble();
    return true;
}

} // namespace

bool RoyaltyTerms::operator==(const RoyaltyTerms &o) const {
    return tiers == o.tiers && baseRate == o.baseRate && tierMode == o.tierMode &&
           escalatorPct == o.escalatorPct && minAnnual == o.minAnnual && setupFee == o.setupFee &&
           costPerUnit == o.costPerUnit && minMarginPerUnit == o.minMarginPerUnit &&
           volumes == o.volumes;
}

QStringList validateTerms(const RoyaltyTerms &terms) {
    QStringList problems;
    for (size_t i = 0; i < terms.tiers.size(); ++i) {
        const RoyaltyTier &tier = terms.tiers[i];
        if (tier.fromUnits < 0)
            problems << RoyaltyTr::tr("Tier %1 starts at a negative number of units (%2).")
                            .arg(i + 1)
                            .arg(tier.fromUnits);
        if (!finite(tier.perUnit) || tier.perUnit < 0.0)
            problems << RoyaltyTr::tr("Tier %1 has a negative rate per unit (%2).")
                            .arg(i + 1)
                            .arg(tier.perUnit);
        if (i > 0 && tier.fromUnits <= terms.tiers[i - 1].fromUnits)
            problems << RoyaltyTr::tr(
                            "The tiers are not in ascending order: tier %1 starts at %2 units, "
                            "not above tier %3's %4.")
                            .arg(i + 1)
                            .arg(tier.fromUnits)
                            .arg(i)
                            .arg(terms.tiers[i - 1].fromUnits);
    }
    if (!finite(terms.baseRate) || terms.baseRate < 0.0)
        problems << RoyaltyTr::tr("The base rate per unit is negative (%1).").arg(terms.baseRate);
    if (!finite(terms.escalatorPct) || terms.escalatorPct <= -100.0)
        problems
            << RoyaltyTr::tr("The escalator must be above -100%, not %1%.").arg(terms.escalatorPct);
    if (!finite(terms.minAnnual) || terms.minAnnual < 0.0)
        problems
            << RoyaltyTr::tr("The minimum annual royalty is negative (%1).").arg(terms.minAnnual);
    if (!finite(terms.setupFee) || terms.setupFee < 0.0)
        problems << RoyaltyTr::tr("The setup fee is negative (%1).").arg(terms.setupFee);
    if (!finite(terms.costPerUnit) || terms.costPerUnit < 0.0)
        problems << RoyaltyTr::tr("The cost per unit is negative (%1).").arg(terms.costPerUnit);
    if (terms.minMarginPerUnit && !finite(*terms.minMarginPerUnit))
        problems << RoyaltyTr::tr("The minimum margin per unit is not a number.");
    for (size_t i = 0; i < terms.volumes.size(); ++i)
        if (!finite(terms.volumes[i]) || terms.volumes[i] < 0.0)
            problems << RoyaltyTr::tr("The volume of year %1 is negative (%2 units).")
                            .arg(i + 1)
                            .arg(terms.volumes[i]);
    return problems;
}

RoyaltyResult simulateRoyalty(const RoyaltyTerms &terms) {
    RoyaltyResult result;
    result.years.reserve(terms.volumes.size());
    double growth = 1.0;
    const double step = 1.0 + terms.escalatorPct / 100.0;
    for (size_t i = 0; i < terms.volumes.size(); ++i) {
        RoyaltyYear y;
        y.year = int(i) + 1;
        y.units = terms.volumes[i];
        y.royalty = std::max(tieredRoyalty(terms, y.units, growth), terms.minAnnual);
        y.revenue = y.royalty + (i == 0 ? terms.setupFee : 0.0);
        y.cost = y.units * terms.costPerUnit;
        y.margin = y.revenue - y.cost;
        y.marginPerUnit = y.units > 0.0 ? y.margin / y.units : 0.0;
        result.totalRevenue += y.revenue;
        result.totalMargin += y.margin;
        result.years.push_back(y);
        growth *= step;
    }
    // The scale year: the highest volume, the first on a tie.
    const RoyaltyYear *scale = nullptr;
    for (const RoyaltyYear &y : result.years)
        if (!scale || y.units > scale->units)
            scale = &y;
    if (scale && scale->units > 0.0) {
        result.scaleYear = scale->year;
        // "At or below": a margin equal to the minimum breaks, up to rounding in the escalator
        // (1.1 x 1.1 is not exactly 1.21 in binary).
        const double minimum = terms.minMarginPerUnit.value_or(0.0);
        result.breaksAtScale =
            scale->marginPerUnit <= minimum + 1e-9 * std::max(1.0, std::abs(minimum));
    }
    return result;
}

RoyaltyTerms termsOf(const OemDeal &deal) {
    RoyaltyTerms terms;
    terms.tiers = deal.tiers;
    terms.baseRate = deal.perUnitRoyalty;
    terms.tierMode = deal.tierMode;
    terms.escalatorPct = deal.annualEscalatorPct;
    terms.minAnnual = deal.minimumAnnual;
    terms.setupFee = deal.setupFee;
    terms.costPerUnit = deal.costPerUnit;
    terms.minMarginPerUnit = deal.minMarginPerUnit;
    terms.volumes = deal.volumes;
    return terms;
}

void applyTerms(OemDeal &deal, const RoyaltyTerms &terms) {
    deal.tiers = terms.tiers;
    deal.perUnitRoyalty = terms.baseRate;
    deal.tierMode = terms.tierMode;
    deal.annualEscalatorPct = terms.escalatorPct;
    deal.minimumAnnual = terms.minAnnual;
    deal.setupFee = terms.setupFee;
    deal.costPerUnit = terms.costPerUnit;
    deal.minMarginPerUnit = terms.minMarginPerUnit;
    deal.volumes = terms.volumes;
}

std::optional<RoyaltyTerms> parseRoyaltyTerms(const QByteArray &json, QString *error) {
    QString problem;
    const auto fail = [&](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(RoyaltyTr::tr("The term sheet is not valid JSON (%1 at %2).")
                        .arg(parseError.errorString(), position(json, parseError.offset)));
    if (!doc.isObject())
        return fail(RoyaltyTr::tr("The term sheet must be a JSON object with tiers, volumes and "
                                  "cost_per_unit."));
    const QJsonObject root = doc.object();

    static const QStringList known = {
        QStringLiteral("tiers"),         QStringLiteral("base_rate"),
        QStringLiteral("tier_mode"),     QStringLiteral("escalator_pct"),
        QStringLiteral("min_annual"),    QStringLiteral("setup_fee"),
        QStringLiteral("cost_per_unit"), QStringLiteral("min_margin_per_unit"),
        QStringLiteral("volumes")};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            return fail(RoyaltyTr::tr("The field \"%1\" is unknown (known fields: %2).")
                            .arg(key, known.join(QLatin1String(", "))));

    RoyaltyTerms terms;
    // tiers: required array of {from_units, per_unit}.
    const QJsonValue tiers = root.value(QLatin1String("tiers"));
    if (tiers.isUndefined())
        return fail(RoyaltyTr::tr("The required field \"tiers\" is missing."));
    if (!tiers.isArray())
        return fail(RoyaltyTr::tr(
            "The field \"tiers\" must be an array of {\"from_units\", \"per_unit\"}."));
    const QJsonArray tierArray = tiers.toArray();
    for (qsizetype i = 0; i < tierArray.size(); ++i) {
        const QString name = QStringLiteral("tiers[%1]").arg(i);
        if (!tierArray.at(i).isObject())
            return fail(
                RoyaltyTr::tr("The field \"%1\" must be an object with from_units and per_unit.")
                    .arg(name));
        const QJsonObject tier = tierArray.at(i).toObject();
        for (const QString &key : tier.keys())
            if (key != QLatin1String("from_units") && key != QLatin1String("per_unit"))
                return fail(
                    RoyaltyTr::tr("The field \"%1.%2\" is unknown (a tier has from_units and "
                                  "per_unit).")
                        .arg(name, key));
        const QJsonValue from = tier.value(QLatin1String("from_units"));
        const QJsonValue rate = tier.value(QLatin1String("per_unit"));
        if (from.isUndefined() || rate.isUndefined())
            return fail(RoyaltyTr::tr("The required field \"%1.%2\" is missing.")
                            .arg(name, from.isUndefined() ? QStringLiteral("from_units")
                                                          : QStringLiteral("per_unit")));
        const double fromValue = from.toDouble(std::nan(""));
        if (!from.isDouble() || !finite(fromValue) || fromValue != std::floor(fromValue) ||
            std::abs(fromValue) > double(std::numeric_limits<int>::max()))
            return fail(
                RoyaltyTr::tr("The field \"%1.from_units\" must be a whole number of units.")
                    .arg(name));
        if (!rate.isDouble() || !finite(rate.toDouble()))
            return fail(RoyaltyTr::tr("The field \"%1.per_unit\" must be a number.").arg(name));
        terms.tiers.push_back({int(fromValue), rate.toDouble()});
    }

    const QJsonValue mode = root.value(QLatin1String("tier_mode"));
    if (!mode.isUndefined()) {
        const std::optional<RoyaltyTierMode> parsed =
            mode.isString() ? enumFromKey<RoyaltyTierMode>(mode.toString()) : std::nullopt;
        if (!parsed)
            return fail(
                RoyaltyTr::tr("The field \"tier_mode\" must be \"marginal\" or \"all_units\"."));
        terms.tierMode = *parsed;
    }

    if (!readNumber(root, QStringLiteral("base_rate"), &terms.baseRate, false, &problem) ||
        !readNumber(root, QStringLiteral("escalator_pct"), &terms.escalatorPct, false, &problem) ||
        !readNumber(root, QStringLiteral("min_annual"), &terms.minAnnual, false, &problem) ||
        !readNumber(root, QStringLiteral("setup_fee"), &terms.setupFee, false, &problem) ||
        !readNumber(root, QStringLiteral("cost_per_unit"), &terms.costPerUnit, true, &problem))
        return fail(problem);
    if (root.contains(QLatin1String("min_margin_per_unit"))) {
        double value = 0.0;
        if (!readNumber(root, QStringLiteral("min_margin_per_unit"), &value, false, &problem))
            return fail(problem);
        terms.minMarginPerUnit = value;
    }

    const QJsonValue volumes = root.value(QLatin1String("volumes"));
    if (volumes.isUndefined())
        return fail(RoyaltyTr::tr("The required field \"volumes\" is missing."));
    if (!volumes.isArray() || volumes.toArray().isEmpty())
        return fail(
            RoyaltyTr::tr("The field \"volumes\" must be an array of units per year, year 1 "
                          "first, with at least one year."));
    const QJsonArray volumeArray = volumes.toArray();
    for (qsizetype i = 0; i < volumeArray.size(); ++i) {
        if (!volumeArray.at(i).isDouble() || !finite(volumeArray.at(i).toDouble()))
            return fail(
                RoyaltyTr::tr("The field \"volumes[%1]\" must be a number of units.").arg(i));
        terms.volumes.push_back(volumeArray.at(i).toDouble());
    }

    const QStringList problems = validateTerms(terms);
    if (!problems.isEmpty())
        return fail(problems.constFirst());
    return terms;
}

QByteArray royaltyTermsToJson(const RoyaltyTerms &terms) {
    QJsonObject root;
    QJsonArray tiers;
    for (const RoyaltyTier &tier : terms.tiers)
        tiers.append(QJsonObject{{QStringLiteral("from_units"), tier.fromUnits},
                                 {QStringLiteral("per_unit"), tier.perUnit}});
    root.insert(QStringLiteral("tiers"), tiers);
    root.insert(QStringLiteral("base_rate"), terms.baseRate);
    root.insert(QStringLiteral("tier_mode"), toKey(terms.tierMode));
    root.insert(QStringLiteral("escalator_pct"), terms.escalatorPct);
    root.insert(QStringLiteral("min_annual"), terms.minAnnual);
    root.insert(QStringLiteral("setup_fee"), terms.setupFee);
    root.insert(QStringLiteral("cost_per_unit"), terms.costPerUnit);
    if (terms.minMarginPerUnit)
        root.insert(QStringLiteral("min_margin_per_unit"), *terms.minMarginPerUnit);
    QJsonArray volumes;
    for (double units : terms.volumes)
        volumes.append(units);
    root.insert(QStringLiteral("volumes"), volumes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ps
