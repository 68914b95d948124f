// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/partnerimpact.h"

#include <QString>

/// Partner impact as `partnerscope metrics` prints it (cli_impact.cpp).
namespace ps::cliimpact {

/// The "impact" member of the JSON object (with its leading ",\n"): `program` with
/// `partner_involved`, `direct` and `influenced_pipeline_share`, and `partners`, `models`,
/// `tiers` and `icps`, each row with the same measures. A rate withheld for too few deals is
/// null, with `<name>_reason` beside it.
QString json(const PartnerImpact &impact);

/// The impact tables of the text output: the program, then the partners with deals.
QString table(const PartnerImpact &impact, const QString &currency);

} // namespace ps::cliimpact
