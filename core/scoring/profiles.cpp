// SPDX-License-Identifier: GPL-3.0-or-later
// Default weight profiles. Each row says what a partner model contributes (potential) and what
// makes it able to deliver (readiness); docs/scoring.md gives the reasoning per model, from
// seed 001's table of partner types and seeds 000/002 for the models seed 001 lacks.
#include "core/scoring/profiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace ps {
namespace {

/// Weights per axis, in percent of the axis (each half sums to 100):
/// potential = ICP influence, market reach, commercial contribution, strategic fit;
/// readiness = capability, commitment, enablement, cost to serve.
struct ProfileRow {
    PartnerModel model;
    std::array<double, CriterionCount> weights;
};

const ProfileRow defaultRows[] = {
    // Leads from a shared customer base; paid a fee per deal, so cheap to serve matters most.
    {PartnerModel::Referral, {40, 20, 25, 15, 10, 30, 15, 45}},
    // Sells the product inside its own offering on the vendor's behalf, like a franchise.
    {PartnerModel::Agency, {25, 30, 30, 15, 25, 35, 25, 15}},
    // Complementary offer to the same buyers; co-marketing and shared revenue.
    {PartnerModel::Affiliate, {35, 25, 15, 25, 15, 35, 15, 35}},
    // Distribution reach and customer trust; earns margin, so revenue and certification count.
    {PartnerModel::Reseller, {20, 35, 35, 10, 15, 30, 35, 20}},
    // Reach plus services around the sale: delivery capability counts as much as volume.
    {PartnerModel::ValueAddedReseller, {25, 25, 30, 20, 35, 25, 25, 15}},
    // Volume and coverage of the reseller layer; few direct buyer relationships.
    {PartnerModel::Distributor, {10, 45, 35, 10, 25, 30, 20, 25}},
    // Installed base reached without separate sales; integration depth decides the outcome.
    {PartnerModel::Oem, {15, 40, 20, 25, 45, 30, 10, 15}},
    // Platform stickiness and differentiation; integration quality is the commercial asset.
    {PartnerModel::Isv, {35, 10, 15, 40, 45, 30, 10, 15}},
    // C-suite relationships and delivery credibility; certification-gated competency.
    {PartnerModel::SystemsIntegrator, {45, 15, 25, 15, 35, 20, 35, 10}},
    // Delivers services on the vendor's behalf and does not resell: capability first.
    {PartnerModel::ServiceDelivery, {30, 25, 15, 30, 45, 20, 25, 10}},
};

} // namespace

WeightProfile defaultProfile(const std::optional<PartnerModel> &model) {
    WeightProfile profile;
    if (!model) {
        // A partner without a model gets no model's bias: every criterion counts alike.
        profile.weights.fill(25.0);
        return profile;
    }
    for (const ProfileRow &row : defaultRows)
        if (row.model == *model)
            profile.weights = row.weights;
    return profile;
}

Scenario defaultScenario(const QString &name) {
    Scenario scenario;
    scenario.name = name;
    scenario.potentialThreshold = 50.0;
    scenario.readinessThreshold = 50.0;
    for (PartnerModel model : enumValues<PartnerModel>())
        scenario.profiles[size_t(profileIndex(model))] = defaultProfile(model);
    scenario.profiles[size_t(profileIndex(std::nullopt))] = defaultProfile(std::nullopt);
    return scenario;
}

bool ensureScenario(PortfolioData &data) {
    if (data.scenarios.empty()) {
        Scenario baseline = defaultScenario(QCoreApplication::translate("ps::Scoring", "Baseline"));
        baseline.id = 1;
        data.scenarios.push_back(std::move(baseline));
        data.activeScenarioId = 1;
        return true;
    }
    const bool activeExists =
        std::any_of(data.scenarios.begin(), data.scenarios.end(),
                    [&](const Scenario &s) { return s.id == data.activeScenarioId; });
    if (activeExists)
        return false;
    data.activeScenarioId = data.scenarios.front().id;
    return true;
}

} // namespace ps
