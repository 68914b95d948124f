// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/segmentrule.h"

#include <tuple>

namespace ps {

bool SegmentCondition::operator==(const SegmentCondition &o) const {
    return std::tie(field, anyOf, minimum, maximum) ==
           std::tie(o.field, o.anyOf, o.minimum, o.maximum);
}

bool SegmentRule::operator==(const SegmentRule &o) const {
    return std::tie(id, name, conditions) == std::tie(o.id, o.name, o.conditions);
}

} // namespace ps
