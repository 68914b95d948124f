// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/segmentrulejson.h"

#include "core/domain/enums.h"
#include "core/domain/scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::SegmentRuleJson {

namespace {

using Field = SegmentCondition::Field;

/// This file's translations, in the context lupdate files them under.
class PortfolioFileTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PortfolioFile)
};

const std::pair<Field, const char *> fieldKeys[] = {
    {Field::Model, "model"},         {Field::Tier, "tier"},           {Field::Status, "status"},
    {Field::Region, "region"},       {Field::Quadrant, "quadrant"},   {Field::Icp, "icp"},
    {Field::Potential, "potential"}, {Field::Readiness, "readiness"},
};

QString fieldKey(Field f) {
    for (const auto &[field, key] : fieldKeys)
        if (field == f)
            return QString::fromLatin1(key);
    return QString();
}

bool isRange(Field f) {
    return f == Field::Potential || f == Field::Readiness;
}

/// Is `value` a valid key for a value field? Region names are free text.
bool validValue(Field f, const QString &value) {
    switch (f) {
    case Field::Model:
        return value.isEmpty() || enumFromKey<PartnerModel>(value).has_value();
    case Field::Tier:
        return enumFromKey<PartnerTier>(value).has_value();
    case Field::Status:
        return enumFromKey<PartnerStatus>(value).has_value();
    case Field::Quadrant:
        return enumFromKey<Quadrant>(value).has_value();
    case Field::Icp: {
        bool ok = false;
        return value.toLongLong(&ok) > 0 && ok;
    }
    case Field::Region:
        return !value.trimmed().isEmpty();
    case Field::Potential:
    case Field::Readiness:
        break;
    }
    return false;
}

} // namespace

QByteArray write(const std::vector<SegmentCondition> &conditions) {
    const SegmentCondition defaults;
    QJsonArray array;
    for (const SegmentCondition &c : conditions) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), fieldKey(c.field));
        if (!isRange(c.field) || !c.anyOf.isEmpty())
            o.insert(QStringLiteral("anyOf"), QJsonArray::fromStringList(c.anyOf));
        if (isRange(c.field) || c.minimum != defaults.minimum || c.maximum != defaults.maximum) {
            o.insert(QStringLiteral("min"), c.minimum);
            o.insert(QStringLiteral("max"), c.maximum);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<SegmentCondition>> read(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = PortfolioFileTr::tr("not valid JSON (%1 at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = PortfolioFileTr::tr("a JSON array of conditions was expected");
        return std::nullopt;
    }
    std::vector<SegmentCondition> conditions;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = PortfolioFileTr::tr("condition %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = PortfolioFileTr::tr("%1 is not a JSON object").arg(where);
            return std::nullopt;
        }
        const QJsonObject o = array.at(i).toObject();
        SegmentCondition c;
        const QString key = o.value(QStringLiteral("field")).toString();
        bool known = false;
        for (const auto &[field, text] : fieldKeys)
            if (key == QLatin1String(text)) {
                c.field = field;
                known = true;
            }
        if (!known) {
            *error = PortfolioFileTr::tr("%1 has an unknown field \"%2\"").arg(where, key);
            return std::nullopt;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("field") && it.key() != QLatin1String("anyOf") &&
                it.key() != QLatin1String("min") && it.key() != QLatin1String("max")) {
                *error =
                    PortfolioFileTr::tr("%1 has an unknown member \"%2\"").arg(where, it.key());
                return std::nullopt;
            }
        const QJsonValue anyOf = o.value(QStringLiteral("anyOf"));
        if (!anyOf.isUndefined()) {
            if (!anyOf.isArray()) {
                *error = PortfolioFileTr::tr("%1: anyOf must be an array of text").arg(where);
                return std::nullopt;
            }
            for (const QJsonValue &v : anyOf.toArray()) {
                if (!v.isString() || (!isRange(c.field) && !validValue(c.field, v.toString()))) {
                    *error =
                        PortfolioFileTr::tr("%1: %2 is not a valid %3 value")
                            .arg(where,
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                     .mid(1)
                                     .chopped(1),
                                 key);
                    return std::nullopt;
                }
                c.anyOf << v.toString();
            }
        }
        for (const auto &[name, target] :
             {std::pair{QStringLiteral("min"), &c.minimum}, {QStringLiteral("max"), &c.maximum}}) {
            const QJsonValue v = o.value(name);
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 100.0) {
                *error =
                    PortfolioFileTr::tr("%1: %2 must be a number from 0 to 100").arg(where, name);
                return std::nullopt;
            }
            *target = v.toDouble();
        }
        if (c.minimum > c.maximum) {
            *error = PortfolioFileTr::tr("%1: min is above max").arg(where);
            return std::nullopt;
        }
        conditions.push_back(std::move(c));
    }
    return conditions;
}

} // namespace ps::SegmentRuleJson
