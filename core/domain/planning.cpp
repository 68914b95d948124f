// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/planning.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ps {
namespace {

/// This file's translations, with the other validation sentences.
class PlanValidationTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Validation)
};

/// Past this no amount holds cents in a double; the same limit as plan::MaxBudget.
constexpr double MaxAmount = 1e15;

bool amount(double v) {
    return std::isfinite(v) && v >= 0.0 && v <= MaxAmount;
}

bool amount(const std::optional<double> &v) {
    return !v || amount(*v);
}

} // namespace

bool InvestmentPeriod::operator==(const InvestmentPeriod &o) const {
    return std::tie(id, partnerId, start, amount) == std::tie(o.id, o.partnerId, o.start, o.amount);
}

bool CurveSetting::isValid() const {
    return amount(a) && std::isfinite(s) && s > 0.0 && s <= MaxAmount && amount(baseline) &&
           std::isfinite(sdLogA) && sdLogA >= 0.0 && sdLogA <= 5.0 && std::isfinite(sdLogS) &&
           sdLogS >= 0.0 && sdLogS <= 5.0 && correlation >= -1.0 && correlation <= 1.0;
}

bool CurveSetting::operator==(const CurveSetting &o) const {
    return std::tie(a, s, baseline, sdLogA, sdLogS, correlation) ==
           std::tie(o.a, o.s, o.baseline, o.sdLogA, o.sdLogS, o.correlation);
}

bool PlanPartnerSetting::operator==(const PlanPartnerSetting &o) const {
    return std::tie(partnerId, fixed, minimum, maximum, edited, curve) ==
           std::tie(o.partnerId, o.fixed, o.minimum, o.maximum, o.edited, o.curve);
}

bool PlanGroupSetting::operator==(const PlanGroupSetting &o) const {
    return std::tie(model, segmentRuleId, minShare, curve) ==
           std::tie(o.model, o.segmentRuleId, o.minShare, o.curve);
}

const PlanPartnerSetting *ScenarioPlan::partner(Id partnerId) const {
    const auto it =
        std::lower_bound(partners.begin(), partners.end(), partnerId,
                         [](const PlanPartnerSetting &s, Id id) { return s.partnerId < id; });
    return it != partners.end() && it->partnerId == partnerId ? &*it : nullptr;
}

void ScenarioPlan::setPartner(const PlanPartnerSetting &setting) {
    auto it = std::lower_bound(partners.begin(), partners.end(), setting.partnerId,
                               [](const PlanPartnerSetting &s, Id id) { return s.partnerId < id; });
    const bool found = it != partners.end() && it->partnerId == setting.partnerId;
    if (setting.isEmpty()) {
        if (found)
            partners.erase(it);
    } else if (found) {
        *it = setting;
    } else {
        partners.insert(it, setting);
    }
}

bool ScenarioPlan::hasEdits() const {
    return std::any_of(partners.begin(), partners.end(),
                       [](const PlanPartnerSetting &s) { return s.edited.has_value(); });
}

bool ScenarioPlan::operator==(const ScenarioPlan &o) const {
    return std::tie(id, scenarioId, budget, objective, marginRate, minPerPartner, maxPerPartner,
                    policies, groups, partners, revenueTarget,
                    targetDate) == std::tie(o.id, o.scenarioId, o.budget, o.objective, o.marginRate,
                                            o.minPerPartner, o.maxPerPartner, o.policies, o.groups,
                                            o.partners, o.revenueTarget, o.targetDate);
}

QStringList planProblems(const ScenarioPlan &plan) {
    QStringList problems;
    const auto problem = [&](const char *text) {
        problems << QCoreApplication::translate("ps::Validation", text).arg(plan.scenarioId);
    };
    if (!amount(plan.budget) || !amount(plan.minPerPartner) || !amount(plan.maxPerPartner) ||
        !amount(plan.revenueTarget))
        problem(QT_TRANSLATE_NOOP("ps::Validation",
                                  "The plan of scenario %1 has a budget, limit or target that is "
                                  "negative or not a valid amount."));
    if (!(plan.marginRate >= 0.0 && plan.marginRate <= 1.0))
        problem(QT_TRANSLATE_NOOP("ps::Validation",
                                  "The plan of scenario %1 has a margin rate outside 0-1."));
    for (const PlanGroupSetting &g : plan.groups) {
        if (g.minShare && !(*g.minShare >= 0.0 && *g.minShare <= 1.0)) {
            problem(QT_TRANSLATE_NOOP("ps::Validation",
                                      "The plan of scenario %1 has a minimum share outside 0-1."));
            break;
        }
        if (g.curve && !g.curve->isValid()) {
            problem(QT_TRANSLATE_NOOP("ps::Validation",
                                      "The plan of scenario %1 has a group curve that is not "
                                      "valid."));
            break;
        }
    }
    Id previous = 0;
    for (const PlanPartnerSetting &s : plan.partners) {
        if (s.partnerId <= previous || !amount(s.fixed) || !amount(s.minimum) ||
            !amount(s.maximum) || !amount(s.edited) || (s.curve && !s.curve->isValid())) {
            problem(QT_TRANSLATE_NOOP("ps::Validation",
                                      "The plan of scenario %1 has a partner setting that is "
                                      "repeated or not a valid amount or curve."));
            break;
        }
        previous = s.partnerId;
    }
    return problems;
}

} // namespace ps
