// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/edits.h"

#include "ui/undo/edithelpers.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace ps {

qint64 undo::monotonicMsecs() {
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

namespace edit {
using namespace detail;

QString detail::nameOf(const Portfolio &, const Partner &partner) {
    return partner.name.isEmpty() ? EditTr::tr("unnamed partner") : partner.name;
}

QString detail::nameOf(const Portfolio &, const Icp &icp) {
    return icp.name.isEmpty() ? EditTr::tr("unnamed ICP") : icp.name;
}

QString detail::nameOf(const Portfolio &portfolio, const InfluenceLink &link) {
    const Icp *icp = portfolio.find<Icp>(link.icpId);
    const Partner *partner = portfolio.find<Partner>(link.partnerId);
    return EditTr::tr("link %1 – %2")
        .arg(icp ? nameOf(portfolio, *icp) : EditTr::tr("unknown ICP"),
             partner ? nameOf(portfolio, *partner) : EditTr::tr("unknown partner"));
}

QString detail::nameOf(const Portfolio &portfolio, const OemDeal &deal) {
    if (!deal.name.isEmpty())
        return deal.name;
    const Partner *partner = portfolio.find<Partner>(deal.partnerId);
    return EditTr::tr("OEM deal with %1")
        .arg(partner ? nameOf(portfolio, *partner) : EditTr::tr("unknown partner"));
}

bool setInfoField(Document &doc, InfoField field, const QVariant &value, Merge merge) {
    Portfolio &portfolio = *doc.portfolio();
    PortfolioInfo after = portfolio.info();
    if (!setFieldValue(after, field, value) || after == portfolio.info())
        return false;
    doc.undoStack()->push(new undo::ReplaceEntity<PortfolioInfo>(
        &portfolio, portfolio.info(), after, int(field), merge == Merge::Continuous,
        EditTr::tr("Change %1 of the portfolio").arg(fieldTitle(field))));
    return true;
}

namespace {

/// Whether the upstream chains in `upstreamOf` stay free of cycles and dangling ids for the
/// partners in `changed` (the layered channel is a forest: a reseller cannot buy from itself).
bool upstreamChainsValid(const Portfolio &portfolio, const QHash<Id, Id> &upstreamOf,
                         const QList<Id> &changed) {
    for (Id start : changed) {
        QSet<Id> visited{start};
        Id next = upstreamOf.value(start);
        while (next != 0) {
            if (visited.contains(next) || !portfolio.find<Partner>(next))
                return false;
            visited.insert(next);
            next = upstreamOf.value(next);
        }
    }
    return true;
}

QHash<Id, Id> upstreamMap(const Portfolio &portfolio) {
    QHash<Id, Id> map;
    map.reserve(int(portfolio.partners().size()));
    for (const Partner &p : portfolio.partners())
        map.insert(p.id, p.upstreamId);
    return map;
}

} // namespace

bool setPartnerField(Document &doc, Id partner, PartnerField field, const QVariant &value,
                     Merge merge) {
    const Portfolio &portfolio = *doc.portfolio();
    return changeField<Partner>(doc, partner, field, value, merge, [&](const Partner &after) {
        if (field != PartnerField::Upstream)
            return true;
        QHash<Id, Id> map = upstreamMap(portfolio);
        map.insert(after.id, after.upstreamId);
        return upstreamChainsValid(portfolio, map, {after.id});
    });
}

bool setPartnerDecision(Document &doc, Id partner, const DecisionFields &fields,
                        const QString &text, bool amend) {
    Portfolio &portfolio = *doc.portfolio();
    const Partner *current = portfolio.find<Partner>(partner);
    if (!current)
        return false;
    Partner after = *current;
    after.decision = fields.decision;
    after.decisionOwner = fields.owner;
    after.nextStep = fields.nextStep;
    after.notes = fields.note;
    if (after == *current)
        return false;
    doc.undoStack()->push(
        new undo::SetPartnerDecision(&portfolio, *current, std::move(after), amend, text));
    return true;
}

bool setPartnersField(Document &doc, const QList<Id> &partners, PartnerField field,
                      const QVariant &value) {
    Portfolio &portfolio = *doc.portfolio();
    std::vector<std::pair<const Partner *, Partner>> changes;
    for (Id id : existing<Partner>(portfolio, partners)) {
        const Partner *current = portfolio.find<Partner>(id);
        Partner after = *current;
        // One invalid value rejects the whole bulk edit: half an edit would surprise the user.
        if (!setFieldValue(after, field, value))
            return false;
        if (after != *current)
            changes.emplace_back(current, std::move(after));
    }
    if (changes.empty())
        return false;
    if (field == PartnerField::Upstream) {
        QHash<Id, Id> map = upstreamMap(portfolio);
        QList<Id> changed;
        for (const auto &change : changes) {
            map.insert(change.second.id, change.second.upstreamId);
            changed << change.second.id;
        }
        if (!upstreamChainsValid(portfolio, map, changed))
            return false;
    }
    const QString title = fieldTitle(field);
    auto *parent = new QUndoCommand(
        changes.size() == 1
            ? EditTr::tr("Change %1 of %2").arg(title, nameOf(portfolio, *changes.front().first))
            : EditTr::tr("Change %1 of %n partners", nullptr, int(changes.size())).arg(title));
    for (const auto &[before, after] : changes)
        new undo::ReplaceEntity<Partner>(&portfolio, *before, after, int(field), false,
                                         parent->text(), parent);
    return pushIfAny(doc, parent);
}

Id addPartner(Document &doc, Partner partner, int row) {
    Portfolio &portfolio = *doc.portfolio();
    partner.name = partner.name.trimmed();
    if (partner.name.isEmpty())
        partner.name = EditTr::tr("New partner");
    if (partner.upstreamId != 0 && !portfolio.find<Partner>(partner.upstreamId))
        return 0;
    if (partner.id == 0 || portfolio.find<Partner>(partner.id))
        partner.id = portfolio.newId<Partner>();
    const Id id = partner.id;
    const QString text = EditTr::tr("Add partner %1").arg(partner.name);
    doc.undoStack()->push(new undo::InsertEntity<Partner>(
        &portfolio, insertRow(row, portfolio.partners().size()), std::move(partner), text));
    return id;
}

bool removePartners(Document &doc, const QList<Id> &partners) {
    Portfolio &portfolio = *doc.portfolio();
    const QList<Id> ids = existing<Partner>(portfolio, partners);
    if (ids.isEmpty())
        return false;
    auto *parent = new QUndoCommand(
        ids.size() == 1
            ? EditTr::tr("Delete %1").arg(nameOf(portfolio, *portfolio.find<Partner>(ids[0])))
            : EditTr::tr("Delete %n partners", nullptr, int(ids.size())));
    for (Id id : ids)
        new undo::RemovePartner(&portfolio, id, parent->text(), parent);
    return pushIfAny(doc, parent);
}

QList<Id> duplicatePartners(Document &doc, const QList<Id> &partners) {
    Portfolio &portfolio = *doc.portfolio();
    QList<Id> originals = existing<Partner>(portfolio, partners);
    if (originals.isEmpty())
        return {};
    // Ascending rows, so that each copy lands right below its original once the copies
    // inserted above it are counted.
    std::sort(originals.begin(), originals.end(), [&](Id a, Id b) {
        return portfolio.rowOf<Partner>(a) < portfolio.rowOf<Partner>(b);
    });
    auto *parent =
        new QUndoCommand(originals.size() == 1
                             ? EditTr::tr("Duplicate %1")
                                   .arg(nameOf(portfolio, *portfolio.find<Partner>(originals[0])))
                             : EditTr::tr("Duplicate %n partners", nullptr, int(originals.size())));
    QList<Id> copies;
    for (int i = 0; i < originals.size(); ++i) {
        Partner copy = *portfolio.find<Partner>(originals[i]);
        copy.id = portfolio.newId<Partner>();
        copy.name = EditTr::tr("%1 (copy)").arg(copy.name);
        copies << copy.id;
        const int row = portfolio.rowOf<Partner>(originals[i]) + i + 1;
        new undo::InsertEntity<Partner>(&portfolio, row, copy, parent->text(), parent);
        for (int linkRow : portfolio.linkRowsOfPartner(originals[i])) {
            InfluenceLink link = portfolio.links()[size_t(linkRow)];
            link.id = portfolio.newId<InfluenceLink>();
            link.partnerId = copy.id;
            new undo::InsertEntity<InfluenceLink>(&portfolio, EndRow, link, parent->text(), parent);
        }
        for (const OemDeal &original : portfolio.oemDeals()) {
            if (original.partnerId != originals[i])
                continue;
            OemDeal deal = original;
            deal.id = portfolio.newId<OemDeal>();
            deal.partnerId = copy.id;
            new undo::InsertEntity<OemDeal>(&portfolio, EndRow, deal, parent->text(), parent);
        }
    }
    pushIfAny(doc, parent);
    return copies;
}

} // namespace edit
} // namespace ps
