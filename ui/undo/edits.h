// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/portfolio.h"

#include <QList>
#include <QVariant>

#include <vector>

/**
 * The undo facade: every edit of a portfolio in the GUI goes through these functions, which
 * push one command onto the document's undo stack (Subsurface's commands/command.h in spirit).
 *
 * - An edit that would change nothing is dropped, not pushed, and the function returns false.
 * - An invalid value (see ps::setFieldValue) is rejected: nothing is pushed, returns false.
 * - `Merge::Continuous` marks an edit from a slider or spin-box drag: consecutive continuous
 *   edits of the same field of the same entity, less than two seconds apart, merge into one step.
 * - Multi-row edits (bulk edit, delete of a selection, duplicate) are one undo step.
 */
namespace ps {
class Document;
struct LinkSuggestion;
namespace import {
struct ImportChanges;
}

namespace edit {

enum class Merge { Separate, Continuous };

bool setInfoField(Document &doc, InfoField field, const QVariant &value,
                  Merge merge = Merge::Separate);

bool setPartnerField(Document &doc, Id partner, PartnerField field, const QVariant &value,
                     Merge merge = Merge::Separate);
/// A partner's decision with its owner, next step and note, as one undo step named `text`.
/// With `amend`, the step merges into the same partner's previous decision step while that is
/// still the newest step (a workshop adds details to the decision just captured), so both undo
/// together. Returns false (nothing pushed) if nothing changes.
struct DecisionFields {
    Decision decision = Decision::None;
    QString owner;
    QString nextStep;
    QString note;
};
bool setPartnerDecision(Document &doc, Id partner, const DecisionFields &fields,
                        const QString &text, bool amend = false);
/// Bulk edit: the same value for every partner in `partners`, one undo step.
bool setPartnersField(Document &doc, const QList<Id> &partners, PartnerField field,
                      const QVariant &value);
/// Adds a partner (id 0 gets a fresh id) at `row` (-1: end). Returns the new id.
Id addPartner(Document &doc, Partner partner, int row = -1);
/// Removes partners with their links and OEM deals; one undo step.
bool removePartners(Document &doc, const QList<Id> &partners);
/// Copies partners (name + " (copy)", links and OEM deals included) below the originals.
QList<Id> duplicatePartners(Document &doc, const QList<Id> &partners);

bool setIcpField(Document &doc, Id icp, IcpField field, const QVariant &value,
                 Merge merge = Merge::Separate);
Id addIcp(Document &doc, Icp icp, int row = -1);
bool removeIcps(Document &doc, const QList<Id> &icps);

/// Adds a link; returns 0 (and pushes nothing) if that ICP-partner pair is already linked.
Id addLink(Document &doc, InfluenceLink link);
bool setLinkField(Document &doc, Id link, LinkField field, const QVariant &value,
                  Merge merge = Merge::Separate);
bool removeLinks(Document &doc, const QList<Id> &links);

Id addOemDeal(Document &doc, OemDeal deal);
bool setOemDealField(Document &doc, Id deal, OemDealField field, const QVariant &value,
                     Merge merge = Merge::Separate);
bool setOemDealTiers(Document &doc, Id deal, const std::vector<RoyaltyTier> &tiers);
bool setOemDealScoreboard(Document &doc, Id deal, const std::vector<ScoreboardEntry> &entries);
bool removeOemDeals(Document &doc, const QList<Id> &deals);
/// Replaces a whole OEM deal (the royalty simulator's "apply terms"); one undo step.
bool replaceOemDeal(Document &doc, const OemDeal &deal);

/// The activity log. An activity needs an existing partner and a valid date.
Id addActivity(Document &doc, Activity activity);
bool replaceActivity(Document &doc, const Activity &activity);
bool removeActivities(Document &doc, const QList<Id> &activities);

/// The deal log. A deal's partners (each once) and ICP, when set, must exist; the amount is not
/// negative. Its partners and their attribution are replaced with the whole deal (replaceDeal).
Id addDeal(Document &doc, Deal deal);
bool replaceDeal(Document &doc, const Deal &deal);
bool removeDeals(Document &doc, const QList<Id> &deals);

/// Accepts a link the deal log suggests (economics/linksuggestions.h): adds the link it
/// proposes, one undo step. Returns the new link's id; 0 (nothing pushed) when the ICP or
/// partner is gone or the pair is linked already.
Id acceptLinkSuggestion(Document &doc, const LinkSuggestion &suggestion);
/// Rejects a suggested link: it is not suggested again (the file keeps the rejection). One undo
/// step; false when already rejected.
bool rejectLinkSuggestion(Document &doc, Id icpId, Id partnerId);
/// Forgets a rejection, so the pair may be suggested again. One undo step.
bool unrejectLinkSuggestion(Document &doc, Id icpId, Id partnerId);

/// The investment history: a period needs an existing partner, a start date and amounts of
/// zero or more.
Id addInvestment(Document &doc, InvestmentPeriod period);
bool replaceInvestment(Document &doc, const InvestmentPeriod &period);
bool removeInvestments(Document &doc, const QList<Id> &periods);

/// A scenario's investment plan (edits_plan.cpp): replaces the plan stored for
/// plan.scenarioId, or stores it when there is none yet (an id of 0 gets a fresh one). `what`
/// names the change in the undo text ("budget"); continuous edits of the same `what` merge, so
/// a slider drag is one step. Returns false, pushing nothing, when nothing changes, the scenario
/// does not exist or the plan's figures are invalid (ps::planProblems).
bool setPlan(Document &doc, const ScenarioPlan &plan, const QString &what,
             Merge merge = Merge::Separate);

/// A CSV import (see import/importplan.h) as ONE undo step: merged rows replaced, new rows
/// appended with fresh ids; undo removes exactly that. `source` names the file in the undo
/// text. Returns false (nothing pushed) when nothing changes or a reference is dangling.
bool importChanges(Document &doc, const import::ImportChanges &changes, const QString &source = {});

} // namespace edit
} // namespace ps
