// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QStringList>

#include <vector>

namespace ps {

/// One condition of a segment rule. Set fields combine with AND; within `anyOf`, values OR.
struct SegmentCondition {
    enum class Field { Model, Tier, Status, Region, Quadrant, Icp, Potential, Readiness };
    Field field = Field::Model;
    /// Keys for Model/Tier/Status/Quadrant (ps::toKey; "" = no model), region names, or ICP ids
    /// as decimal text.
    QStringList anyOf;
    double minimum = 0.0;   ///< Potential/Readiness only, inclusive
    double maximum = 100.0; ///< Potential/Readiness only, inclusive
    bool operator==(const SegmentCondition &o) const;
};

/// A named rule saved in the portfolio: partners matching every condition form the segment.
struct SegmentRule {
    Id id = 0;
    QString name;
    std::vector<SegmentCondition> conditions;
    bool operator==(const SegmentRule &o) const;
};

} // namespace ps
