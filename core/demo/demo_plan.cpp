// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's investment plan: two years of quarterly investment history behind the partners'
// program spend, the contracts that oblige a minimum spend, and the Baseline scenario's plan for
// the FY2026 question "where does the EUR 2.4m program budget go".
#include "core/demo/demo_tables.h"
#include "core/generate/investments.h"

#include <tuple>

namespace ps::demo {
namespace {

/// Program spend a contract obliges per year, in thousands: the platinum distributors' joint
/// business plans, the OEM certification programs, and the distributor Lumora is leaving, whose
/// contract still runs to its renewal.
struct ContractRow {
    PartnerId partner;
    double minimum;
};

const ContractRow contractRows[] = {
    {Northgate, 180}, {Meridian, 200}, {Kestrel, 90},
    {Tillpoint, 60},  {Medisync, 60},  {BalticBridge, 40},
};

} // namespace

void addPlanning(PortfolioData &data) {
    constexpr double thousand = 1000.0;
    for (Partner &p : data.partners)
        for (const ContractRow &row : contractRows)
            if (p.id == row.partner)
                p.economics.contractMinimum = row.minimum * thousand;

    generate::InvestmentSettings history;
    history.firstQuarter = QDate(2024, 4, 1); // the logs' first quarter
    history.quarters = 8;
    // The partners' program investment is what they received to date; the latest year's spend,
    // EUR 2.4m in all, is a little over half of it.
    history.latestYear = 0.54;
    data.investments = generate::synthesizeInvestments(data, history);

    // The Baseline scenario's plan: the FY2026 budget, no partner above EUR 400k; partners to
    // maintain keep today's spend, the deprioritized get only what their contracts oblige; at
    // least 10% for the systems integrators that carry the clinical and factory projects. The
    // two platinum distributors' curves come from their joint business plans (the deal log
    // holds too few of their deals for a curve of their own). The capacity target is the
    // partner-attributed run-rate the FY2027 plan asks for.
    ScenarioPlan plan;
    plan.id = 1;
    plan.scenarioId = BaselineScenario;
    plan.budget = 2400 * thousand;
    plan.maxPerPartner = 400 * thousand;
    plan.policies[size_t(ps::Quadrant::Maintain)] = PlanPolicy::HoldCurrent;
    for (const auto &[partner, a, s, baseline] : {std::tuple{Northgate, 1400.0, 180.0, 1500.0},
                                                  std::tuple{Meridian, 1600.0, 200.0, 1700.0}}) {
        PlanPartnerSetting setting;
        setting.partnerId = partner;
        setting.curve =
            CurveSetting{a * thousand, s * thousand, baseline * thousand, 0.25, 0.3, -0.2};
        plan.setPartner(setting);
    }
    PlanGroupSetting integrators;
    integrators.model = PartnerModel::SystemsIntegrator;
    integrators.minShare = 0.10;
    plan.groups.push_back(integrators);
    plan.revenueTarget = 5000 * thousand;
    plan.targetDate = QDate(2027, 3, 31);
    data.plans.push_back(plan);
}

} // namespace ps::demo
