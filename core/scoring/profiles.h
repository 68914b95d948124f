// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/scenario.h"

namespace ps {

/// The default weight profile of a partner model, grounded in seed 001's table of what each
/// partner type contributes and how it earns (reasoning in docs/scoring.md). std::nullopt gives
/// the neutral profile (equal weights) used for partners that still need a model.
WeightProfile defaultProfile(const std::optional<PartnerModel> &model);

/// A scenario named `name` with every default profile and thresholds of 50/50.
Scenario defaultScenario(const QString &name);

/// Gives a portfolio without scenarios a default "Baseline" scenario and makes sure the active
/// scenario id names an existing scenario. Returns true if it changed anything.
bool ensureScenario(PortfolioData &data);

} // namespace ps
