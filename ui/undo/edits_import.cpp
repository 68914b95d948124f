// SPDX-License-Identifier: GPL-3.0-or-later
// An import as one undo step: the rows a CSV import adds and the existing rows it merges into.
#include "core/import/importplan.h"
#include "ui/undo/edithelpers.h"

namespace ps::edit {
using namespace detail;

namespace {

/// Whether every reference of the new rows points at something that exists (or is added by the
/// same import for nothing: imports add one kind at a time, so references are to existing rows).
bool referencesExist(const Portfolio &portfolio, const import::ImportChanges &changes) {
    for (const Partner &p : changes.addedPartners) {
        if (p.upstreamId != 0 && !portfolio.find<Partner>(p.upstreamId))
            return false;
    }
    for (const Partner &p : changes.mergedPartners) {
        if (!portfolio.find<Partner>(p.id) ||
            (p.upstreamId != 0 && !portfolio.find<Partner>(p.upstreamId)))
            return false;
    }
    for (const Icp &icp : changes.mergedIcps) {
        if (!portfolio.find<Icp>(icp.id))
            return false;
    }
    for (const InfluenceLink &l : changes.addedLinks) {
        if (!portfolio.find<Icp>(l.icpId) || !portfolio.find<Partner>(l.partnerId))
            return false;
    }
    for (const InfluenceLink &l : changes.mergedLinks) {
        if (!portfolio.find<InfluenceLink>(l.id) || !portfolio.find<Icp>(l.icpId) ||
            !portfolio.find<Partner>(l.partnerId))
            return false;
    }
    const auto dealOk = [&portfolio](const Deal &d) {
        for (const DealPartner &p : d.partners)
            if (!portfolio.find<Partner>(p.partnerId))
                return false;
        return d.icpId == 0 || portfolio.find<Icp>(d.icpId) != nullptr;
    };
    for (const Deal &d : changes.addedDeals)
        if (!dealOk(d))
            return false;
    for (const Deal &d : changes.mergedDeals)
        if (!portfolio.find<Deal>(d.id) || !dealOk(d))
            return false;
    for (const Activity &a : changes.addedActivities)
        if (!portfolio.find<Partner>(a.partnerId))
            return false;
    for (const Activity &a : changes.mergedActivities)
        if (!portfolio.find<Activity>(a.id) || !portfolio.find<Partner>(a.partnerId))
            return false;
    return true;
}

template <typename T>
void addMerged(Portfolio &portfolio, const std::vector<T> &merged, QUndoCommand *parent) {
    for (const T &after : merged) {
        const T *before = portfolio.find<T>(after.id);
        if (before && *before != after)
            new undo::ReplaceEntity<T>(&portfolio, *before, after, -1, false, parent->text(),
                                       parent);
    }
}

template <typename T>
void addInserted(Portfolio &portfolio, const std::vector<T> &added, QUndoCommand *parent) {
    if (added.empty())
        return;
    // One block with one notification: views and models update once, not once per row.
    std::vector<T> values = added;
    for (T &value : values)
        value.id = portfolio.newId<T>();
    new undo::AppendEntities<T>(&portfolio, std::move(values), parent->text(), parent);
}

} // namespace

bool importChanges(Document &doc, const import::ImportChanges &changes, const QString &source) {
    Portfolio &portfolio = *doc.portfolio();
    if (changes.isEmpty() || !referencesExist(portfolio, changes))
        return false;
    const int count = changes.addedCount() + changes.mergedCount();
    auto *parent = new QUndoCommand(
        source.isEmpty() ? EditTr::tr("Import %n rows", nullptr, count)
                         : EditTr::tr("Import %n rows from %1", nullptr, count).arg(source));
    // Merges first: they name existing rows, which the appended rows never move.
    addMerged(portfolio, changes.mergedPartners, parent);
    addMerged(portfolio, changes.mergedIcps, parent);
    addMerged(portfolio, changes.mergedLinks, parent);
    addMerged(portfolio, changes.mergedDeals, parent);
    addMerged(portfolio, changes.mergedActivities, parent);
    addInserted(portfolio, changes.addedPartners, parent);
    addInserted(portfolio, changes.addedIcps, parent);
    addInserted(portfolio, changes.addedLinks, parent);
    addInserted(portfolio, changes.addedDeals, parent);
    addInserted(portfolio, changes.addedActivities, parent);
    return pushIfAny(doc, parent);
}

} // namespace ps::edit
