// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/scenario.h"

#include <QCoreApplication>

#include <tuple>

namespace ps {
namespace {

struct CriterionText {
    Criterion value;
    const char *key;
    const char *label;
};

const CriterionText criterionTable[] = {
    {Criterion::IcpInfluence, "icp_influence", QT_TRANSLATE_NOOP("ps::Enums", "ICP influence")},
    {Criterion::MarketReach, "market_reach", QT_TRANSLATE_NOOP("ps::Enums", "Market reach")},
    {Criterion::CommercialContribution, "commercial_contribution",
     QT_TRANSLATE_NOOP("ps::Enums", "Commercial contribution")},
    {Criterion::StrategicFit, "strategic_fit", QT_TRANSLATE_NOOP("ps::Enums", "Strategic fit")},
    {Criterion::Capability, "capability", QT_TRANSLATE_NOOP("ps::Enums", "Capability")},
    {Criterion::Commitment, "commitment",
     QT_TRANSLATE_NOOP("ps::Enums", "Commitment and engagement")},
    {Criterion::Enablement, "enablement", QT_TRANSLATE_NOOP("ps::Enums", "Enablement")},
    {Criterion::CostToServe, "cost_to_serve",
     QT_TRANSLATE_NOOP("ps::Enums", "Cost to serve (inverse)")},
};

struct QuadrantText {
    Quadrant value;
    const char *key;
    const char *label;
};

const QuadrantText quadrantTable[] = {
    {Quadrant::Invest, "invest", QT_TRANSLATE_NOOP("ps::Enums", "Invest")},
    {Quadrant::Develop, "develop", QT_TRANSLATE_NOOP("ps::Enums", "Develop")},
    {Quadrant::Maintain, "maintain", QT_TRANSLATE_NOOP("ps::Enums", "Maintain")},
    {Quadrant::Deprioritize, "deprioritize", QT_TRANSLATE_NOOP("ps::Enums", "Deprioritize")},
};

template <typename Table, typename E> const auto *entryOf(const Table &table, E value) {
    for (const auto &entry : table)
        if (entry.value == value)
            return &entry;
    return &table[0];
}

template <typename E, typename Table>
std::optional<E> parseKey(const Table &table, const QString &key) {
    for (const auto &entry : table)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

} // namespace

QString toKey(Criterion c) {
    return QString::fromLatin1(entryOf(criterionTable, c)->key);
}

QString label(Criterion c) {
    return QCoreApplication::translate("ps::Enums", entryOf(criterionTable, c)->label);
}

std::optional<Criterion> fromKey(const QString &key, Criterion *) {
    return parseKey<Criterion>(criterionTable, key);
}

const std::vector<Criterion> &allValues(Criterion *) {
    static const std::vector<Criterion> values = [] {
        std::vector<Criterion> v;
        for (const auto &entry : criterionTable)
            v.push_back(entry.value);
        return v;
    }();
    return values;
}

QString toKey(Quadrant q) {
    return QString::fromLatin1(entryOf(quadrantTable, q)->key);
}

QString label(Quadrant q) {
    return QCoreApplication::translate("ps::Enums", entryOf(quadrantTable, q)->label);
}

std::optional<Quadrant> fromKey(const QString &key, Quadrant *) {
    return parseKey<Quadrant>(quadrantTable, key);
}

const std::vector<Quadrant> &allValues(Quadrant *) {
    static const std::vector<Quadrant> values = {Quadrant::Invest, Quadrant::Develop,
                                                 Quadrant::Maintain, Quadrant::Deprioritize};
    return values;
}

QString label(Axis a) {
    return a == Axis::Potential ? QCoreApplication::translate("ps::Enums", "Potential")
                                : QCoreApplication::translate("ps::Enums", "Readiness");
}

Axis axisOf(Criterion c) {
    return int(c) < 4 ? Axis::Potential : Axis::Readiness;
}

const std::array<Criterion, 4> &criteriaOf(Axis a) {
    static const std::array<Criterion, 4> potential = {
        Criterion::IcpInfluence, Criterion::MarketReach, Criterion::CommercialContribution,
        Criterion::StrategicFit};
    static const std::array<Criterion, 4> readiness = {Criterion::Capability, Criterion::Commitment,
                                                       Criterion::Enablement,
                                                       Criterion::CostToServe};
    return a == Axis::Potential ? potential : readiness;
}

int profileIndex(const std::optional<PartnerModel> &model) {
    return model ? int(*model) : ProfileCount - 1;
}

bool QuadrantOverride::operator==(const QuadrantOverride &o) const {
    return std::tie(partnerId, quadrant, note) == std::tie(o.partnerId, o.quadrant, o.note);
}

const QuadrantOverride *Scenario::overrideFor(Id partnerId) const {
    for (const QuadrantOverride &o : overrides)
        if (o.partnerId == partnerId)
            return &o;
    return nullptr;
}

bool Scenario::operator==(const Scenario &o) const {
    return std::tie(id, name, potentialThreshold, readinessThreshold, profiles, overrides,
                    judgments) == std::tie(o.id, o.name, o.potentialThreshold, o.readinessThreshold,
                                           o.profiles, o.overrides, o.judgments);
}

int AxisJudgments::pairIndex(int row, int column) {
    // Row-major over the upper triangle of a 4 x 4 matrix: (0,1)=0 ... (2,3)=5.
    return row * (2 * 4 - row - 1) / 2 + (column - row - 1);
}

double AxisJudgments::value(int row, int column) const {
    if (row == column)
        return 1.0;
    if (row > column)
        return 1.0 / value(column, row);
    return upper[size_t(pairIndex(row, column))];
}

bool AxisJudgments::operator==(const AxisJudgments &o) const {
    return std::tie(profile, axis, upper) == std::tie(o.profile, o.axis, o.upper);
}

const AxisJudgments *Scenario::judgmentsFor(int profile, Axis axis) const {
    for (const AxisJudgments &j : judgments)
        if (j.profile == profile && j.axis == axis)
            return &j;
    return nullptr;
}

void Scenario::setJudgments(const AxisJudgments &j) {
    for (AxisJudgments &existing : judgments)
        if (existing.profile == j.profile && existing.axis == j.axis) {
            existing = j;
            return;
        }
    judgments.push_back(j);
}

} // namespace ps
