// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for ICPs, influence links and OEM deals (partners are in edits.cpp).
#include "ui/undo/edits.h"

#include "ui/undo/edithelpers.h"

#include <algorithm>
#include <cmath>

namespace ps::edit {
using namespace detail;

namespace {

template <typename T> bool accept(const T &) {
    return true;
}

/// Removes entities of a kind without cascading, as one step.
template <typename T>
bool removeEach(Document &doc, const QList<Id> &requested, const char *singular,
                const char *plural) {
    Portfolio &portfolio = *doc.portfolio();
    const QList<Id> ids = existing<T>(portfolio, requested);
    if (ids.isEmpty())
        return false;
    auto *parent = new QUndoCommand(
        ids.size() == 1 ? EditTr::tr(singular).arg(nameOf(portfolio, *portfolio.find<T>(ids[0])))
                        : EditTr::tr(plural, nullptr, int(ids.size())));
    for (Id id : ids)
        new undo::RemoveEntity<T>(&portfolio, id, parent->text(), parent);
    return pushIfAny(doc, parent);
}

bool linkValuesValid(const InfluenceLink &link) {
    return link.strength >= 0 && link.strength <= 5 &&
           (!link.overlappingAccounts || *link.overlappingAccounts >= 0);
}

bool isAmount(double value) {
    return std::isfinite(value) && value >= 0;
}

} // namespace

bool setIcpField(Document &doc, Id icp, IcpField field, const QVariant &value, Merge merge) {
    return changeField<Icp>(doc, icp, field, value, merge, accept<Icp>);
}

Id addIcp(Document &doc, Icp icp, int row) {
    Portfolio &portfolio = *doc.portfolio();
    icp.name = icp.name.trimmed();
    if (icp.name.isEmpty())
        icp.name = EditTr::tr("New ICP");
    if (!isAmount(icp.priorityWeight) || icp.priorityWeight > 10 || icp.targetAccounts < 0 ||
        !isAmount(icp.averageDealSize))
        return 0;
    if (icp.id == 0 || portfolio.find<Icp>(icp.id))
        icp.id = portfolio.newId<Icp>();
    const Id id = icp.id;
    const QString text = EditTr::tr("Add ICP %1").arg(icp.name);
    doc.undoStack()->push(new undo::InsertEntity<Icp>(
        &portfolio, insertRow(row, portfolio.icps().size()), std::move(icp), text));
    return id;
}

bool removeIcps(Document &doc, const QList<Id> &icps) {
    Portfolio &portfolio = *doc.portfolio();
    const QList<Id> ids = existing<Icp>(portfolio, icps);
    if (ids.isEmpty())
        return false;
    auto *parent = new QUndoCommand(
        ids.size() == 1
            ? EditTr::tr("Delete %1").arg(nameOf(portfolio, *portfolio.find<Icp>(ids[0])))
            : EditTr::tr("Delete %n ICPs", nullptr, int(ids.size())));
    for (Id id : ids)
        new undo::RemoveIcp(&portfolio, id, parent->text(), parent);
    return pushIfAny(doc, parent);
}

Id addLink(Document &doc, InfluenceLink link) {
    Portfolio &portfolio = *doc.portfolio();
    if (!portfolio.find<Icp>(link.icpId) || !portfolio.find<Partner>(link.partnerId) ||
        portfolio.findLink(link.icpId, link.partnerId) || !linkValuesValid(link))
        return 0;
    if (link.id == 0 || portfolio.find<InfluenceLink>(link.id))
        link.id = portfolio.newId<InfluenceLink>();
    const Id id = link.id;
    // nameOf() reads "link ICP – partner"; the command says "Add link ICP – partner".
    const QString text = EditTr::tr("Add %1").arg(nameOf(portfolio, link));
    doc.undoStack()->push(new undo::InsertEntity<InfluenceLink>(
        &portfolio, int(portfolio.links().size()), std::move(link), text));
    return id;
}

bool setLinkField(Document &doc, Id link, LinkField field, const QVariant &value, Merge merge) {
    const Portfolio &portfolio = *doc.portfolio();
    return changeField<InfluenceLink>(
        doc, link, field, value, merge, [&](const InfluenceLink &after) {
            if (field != LinkField::Icp && field != LinkField::Partner)
                return true;
            // Moving a link to another ICP or partner must not create a second link of a pair.
            const InfluenceLink *other = portfolio.findLink(after.icpId, after.partnerId);
            return portfolio.find<Icp>(after.icpId) && portfolio.find<Partner>(after.partnerId) &&
                   (!other || other->id == after.id);
        });
}

bool removeLinks(Document &doc, const QList<Id> &links) {
    return removeEach<InfluenceLink>(doc, links, QT_TRANSLATE_NOOP("ps::edit", "Delete %1"),
                                     QT_TRANSLATE_N_NOOP("ps::edit", "Delete %n links"));
}

Id addOemDeal(Document &doc, OemDeal deal) {
    Portfolio &portfolio = *doc.portfolio();
    if (!portfolio.find<Partner>(deal.partnerId))
        return 0;
    if (deal.id == 0 || portfolio.find<OemDeal>(deal.id))
        deal.id = portfolio.newId<OemDeal>();
    deal.name = deal.name.trimmed();
    const Id id = deal.id;
    const QString text = EditTr::tr("Add %1").arg(nameOf(portfolio, deal));
    doc.undoStack()->push(new undo::InsertEntity<OemDeal>(
        &portfolio, int(portfolio.oemDeals().size()), std::move(deal), text));
    return id;
}

bool setOemDealField(Document &doc, Id deal, OemDealField field, const QVariant &value,
                     Merge merge) {
    return changeField<OemDeal>(doc, deal, field, value, merge, accept<OemDeal>);
}

namespace {

/// Pushes a deal whose tiers or scoreboard changed; `field` is a merge key beyond OemDealField.
bool replaceDeal(Document &doc, const OemDeal &before, const OemDeal &after, int field,
                 const QString &text) {
    if (after == before)
        return false;
    doc.undoStack()->push(
        new undo::ReplaceEntity<OemDeal>(doc.portfolio(), before, after, field, false, text));
    return true;
}

constexpr int TiersKey = int(OemDealField::Count_) + 1;
constexpr int ScoreboardKey = int(OemDealField::Count_) + 2;

} // namespace

bool setOemDealTiers(Document &doc, Id deal, const std::vector<RoyaltyTier> &tiers) {
    const OemDeal *current = doc.portfolio()->find<OemDeal>(deal);
    if (!current)
        return false;
    std::vector<RoyaltyTier> sorted = tiers;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RoyaltyTier &a, const RoyaltyTier &b) {
        return a.fromUnits < b.fromUnits;
    });
    for (size_t i = 0; i < sorted.size(); ++i) {
        // Two tiers starting at the same volume would make the rate ambiguous.
        if (sorted[i].fromUnits < 0 || !isAmount(sorted[i].perUnit) ||
            (i > 0 && sorted[i].fromUnits == sorted[i - 1].fromUnits))
            return false;
    }
    OemDeal after = *current;
    after.tiers = std::move(sorted);
    return replaceDeal(
        doc, *current, after, TiersKey,
        EditTr::tr("Change royalty tiers of %1").arg(nameOf(*doc.portfolio(), *current)));
}

bool setOemDealScoreboard(Document &doc, Id deal, const std::vector<ScoreboardEntry> &entries) {
    const OemDeal *current = doc.portfolio()->find<OemDeal>(deal);
    if (!current)
        return false;
    std::vector<ScoreboardEntry> sorted = entries;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ScoreboardEntry &a, const ScoreboardEntry &b) { return a.period < b.period; });
    for (size_t i = 0; i < sorted.size(); ++i) {
        const ScoreboardEntry &e = sorted[i];
        if (!e.period.isValid() || (i > 0 && e.period == sorted[i - 1].period) ||
            e.integrationsValidated < 0 || e.devicesValidated < 0 || e.coMarketingActivities < 0 ||
            e.devicesInField < 0 || e.devicesPreloaded < 0)
            return false;
    }
    OemDeal after = *current;
    after.scoreboard = std::move(sorted);
    return replaceDeal(
        doc, *current, after, ScoreboardKey,
        EditTr::tr("Change scoreboard of %1").arg(nameOf(*doc.portfolio(), *current)));
}

bool removeOemDeals(Document &doc, const QList<Id> &deals) {
    return removeEach<OemDeal>(doc, deals, QT_TRANSLATE_NOOP("ps::edit", "Delete %1"),
                               QT_TRANSLATE_N_NOOP("ps::edit", "Delete %n OEM deals"));
}

} // namespace ps::edit
