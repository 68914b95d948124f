// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/segmentrule.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

/// The conditions of a segment rule as readable JSON text (the `conditions` column of the
/// `segment_rules` table, docs/file-format.md), for example
/// `[{"field":"model","anyOf":["reseller","var"]},{"field":"potential","min":60,"max":100}]`.
namespace ps::SegmentRuleJson {

/// Compact JSON of `conditions`. Value lists are written for the value fields and ranges for
/// the score fields; anything else set away from its default is written too, so reading gives
/// back exactly the same conditions.
QByteArray write(const std::vector<SegmentCondition> &conditions);

/// Parses and checks `json`: an array of objects with a known `field`, `anyOf` an array of
/// text keys valid for that field (ICP ids as decimal text), `min`/`max` numbers within 0-100
/// with min <= max. On failure returns std::nullopt and sets *error to one phrase.
std::optional<std::vector<SegmentCondition>> read(const QByteArray &json, QString *error);

} // namespace ps::SegmentRuleJson
