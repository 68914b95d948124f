// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/edits.h"

#include "core/domain/scenario.h"

/// Scenario edits, with the same rules as the rest of the undo facade (ui/undo/edits.h).
namespace ps::edit {

/// Adds a scenario (id 0 gets a fresh id); makes it active if `makeActive`. Returns its id.
Id addScenario(Document &doc, Scenario scenario, bool makeActive);
/// What a scenario edit changes. Continuous edits merge only with edits of the same kind.
enum class ScenarioEdit { Weights, Thresholds, Overrides, Name, Other };

/// Replaces a scenario by id (weights, thresholds, overrides, name). `text` names the step in
/// the Edit menu (default "Change scenario <name>"). Continuous edits (slider drags, threshold
/// drags) of the same `kind` within two seconds merge into one step.
bool setScenario(Document &doc, const Scenario &value, ScenarioEdit kind,
                 Merge merge = Merge::Separate, const QString &text = {});
/// Removes a scenario; refuses (returns false) to remove the last one. If it was active, the
/// first remaining scenario becomes active.
bool removeScenario(Document &doc, Id scenario);
/// Makes a scenario the active one (undoable, stored in the file).
bool setActiveScenario(Document &doc, Id scenario);

} // namespace ps::edit
