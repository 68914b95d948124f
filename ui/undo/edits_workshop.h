// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/edits.h"

#include "core/domain/decisionlog.h"

/// Workshop decisions with their evidence, with the rules of the rest of the undo facade
/// (ui/undo/edits.h).
namespace ps::edit {

/**
 * A decision taken in a workshop, as one undo step: the partner's decision fields and a new
 * record in the decision log (`evidence`, whose id, partner and decision fields are filled in
 * here). Unlike setPartnerDecision(), a decision the partner already had is still recorded:
 * the room confirmed it, and the log keeps the evidence. Returns the record's id, or 0 when the
 * partner does not exist or the decision is None.
 */
Id recordDecision(Document &doc, Id partner, const DecisionFields &fields, DecisionRecord evidence,
                  const QString &text);

/**
 * New owner, next step and note for a recorded decision: the partner's fields and the record's
 * copy of them. While the step of recordDecision() for the same record is still the newest one
 * on the stack, this merges into it, so a decision and its details undo together. Returns false
 * (nothing pushed) when nothing changes.
 */
bool amendDecision(Document &doc, Id partner, Id record, const DecisionFields &fields,
                   const QString &text);

} // namespace ps::edit
