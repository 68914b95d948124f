// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/edits.h"

#include "core/domain/segmentrule.h"

#include <vector>

/// Edits of the saved segment rules (analytics/segmentation.h). Each is one undo step that
/// replaces the whole vector through Portfolio::setSegmentRules, so undo restores exactly the
/// rules that were there before.
namespace ps::edit {

/// Replaces all saved rules; `text` names the step in the Edit menu. False when nothing changes.
bool setSegmentRules(Document &doc, const std::vector<SegmentRule> &rules, const QString &text);
/// Adds a rule (id 0 or a taken id gets a fresh one; an empty name gets "New segment").
/// Returns its id, or 0 when the rule has no condition.
Id addSegmentRule(Document &doc, SegmentRule rule);
/// Replaces the rule with the same id; false when there is none, it has no condition or
/// nothing changes.
bool setSegmentRule(Document &doc, const SegmentRule &rule);
/// Deletes a rule by id; false when there is none.
bool removeSegmentRule(Document &doc, Id rule);

} // namespace ps::edit
