// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/generate/random.h"

#include <QString>

/// The CRM side of synthetic deals: buyers that match an ICP, several partners per deal with
/// their attribution and CRM role, lead sources and record ids. Shared by the activity and deal
/// log writer (generate/logs.h), the demo and the benchmarks.
namespace ps::generate {

/// A Salesforce-style 18-character record id: the three-character key prefix of the object
/// ("001" accounts, "006" opportunities, "00T" tasks), then `n` in base 62.
QString salesforceId(const char *prefix, quint64 n);

/// A country (or, for regions the generator does not know, the region itself) in `region`.
QString countryIn(Random &rng, const QString &region);

/// A buyer called `name` that meets `icp` (an industry, a country and an employee count within
/// its size band), or one in a generic industry when `icp` is nullptr.
Buyer buyerFor(Random &rng, const Icp *icp, const QString &name);

/// The role text a CRM's partner role picklist gives a partner of this model ("Reseller",
/// "System Integrator", "Referral").
QString crmRoleOf(const std::optional<PartnerModel> &model);

/// Puts `partner` on `deal`, sourced or influenced as its model makes likely, then sometimes
/// `upstream` (its distributor) and `coSeller` as influencing partners, and sets a lead source
/// that agrees ("Partner Referral" when the partner sourced it).
void attribute(Random &rng, Deal &deal, const Partner &partner, const Partner *upstream,
               const Partner *coSeller);

/// Appends `count` deals to `data` for benchmarks: one to three partners each (1.5 per deal on
/// average, counting the direct ones) from `data.partners`, a buyer of one of `data.icps`, an
/// outcome, dates in 2024-2025 and a Salesforce id. Direct deals are a tenth. A function of the
/// inputs only.
void appendDeals(PortfolioData &data, int count, quint64 seed);

} // namespace ps::generate
