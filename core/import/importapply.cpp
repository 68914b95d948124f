// SPDX-License-Identifier: GPL-3.0-or-later
// From a plan to changes, and changes applied to plain portfolio data.
#include "core/import/importplan.h"

#include <QHash>

#include <type_traits>

#include <algorithm>

namespace ps::import {
namespace {

bool isEmptyValue(const QVariant &v) {
    if (v.isNull() || !v.isValid())
        return true;
    switch (v.userType()) {
    case QMetaType::QString:
        return v.toString().isEmpty();
    case QMetaType::QStringList:
        return v.toStringList().isEmpty();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::Bool:
        return !v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return v.toDouble() == 0.0;
    default:
        return false;
    }
}

/// Fills the empty fields of `existing` from `incoming` (merge: never overwrites).
template <typename T, typename F> void fillEmpty(T &existing, const T &incoming, F count) {
    for (int f = 0; f < int(count); ++f) {
        const F field = F(f);
        const QVariant mine = fieldValue(existing, field);
        const QVariant theirs = fieldValue(incoming, field);
        if (isEmptyValue(mine) && !isEmptyValue(theirs))
            setFieldValue(existing, field, theirs);
    }
}

void mergeInto(Partner &existing, const Partner &incoming) {
    const Id id = existing.id, upstream = existing.upstreamId;
    fillEmpty(existing, incoming, PartnerField::Count_);
    existing.id = id;
    existing.upstreamId = upstream;
    if (!existing.crm.isSet())
        existing.crm = incoming.crm;
}

void mergeInto(Icp &existing, const Icp &incoming) {
    fillEmpty(existing, incoming, IcpField::Count_);
    if (!existing.crm.isSet())
        existing.crm = incoming.crm;
}

void mergeInto(InfluenceLink &existing, const InfluenceLink &incoming) {
    fillEmpty(existing, incoming, LinkField::Count_);
}

/// Writes the fields the row had a value for (bit f of `set`) over the existing entity's.
template <typename T, typename F>
void overwrite(T &existing, const T &incoming, quint64 set, F count) {
    for (int f = 0; f < int(count); ++f)
        if (set & (quint64(1) << f))
            setFieldValue(existing, F(f), fieldValue(incoming, F(f)));
}

/// Update: the CRM's values win, the user's own fields stay. A model the CRM's type does not
/// tell keeps the one set by hand; notes written here are never replaced by the CRM's.
void updateInto(Partner &existing, const Partner &incoming, quint64 set) {
    const Id id = existing.id, upstream = existing.upstreamId;
    const std::optional<PartnerModel> model = existing.model;
    const QString notes = existing.notes;
    overwrite(existing, incoming, set, PartnerField::Count_);
    existing.id = id;
    existing.upstreamId = upstream;
    if (!incoming.model)
        existing.model = model;
    if (!notes.isEmpty())
        existing.notes = notes;
    if (incoming.crm.isSet())
        existing.crm = incoming.crm;
}

void updateInto(Icp &existing, const Icp &incoming, quint64 set) {
    const Id id = existing.id;
    overwrite(existing, incoming, set, IcpField::Count_);
    existing.id = id;
    if (incoming.crm.isSet())
        existing.crm = incoming.crm;
}

void updateInto(InfluenceLink &existing, const InfluenceLink &incoming, quint64) {
    mergeInto(existing, incoming);
}

/// A deal as the CRM has it now, field by field: what the row had a value for (bit f of `set`
/// for DealField f) replaces the deal's; the rest, and the ICP set by hand, stay.
void updateInto(Deal &existing, const Deal &incoming, quint64 set) {
    using DF = DealField;
    const auto has = [set](DF f) { return (set & (quint64(1) << int(f))) != 0; };
    Deal &d = existing;
    if (has(DF::Name))
        d.name = incoming.name;
    if (has(DF::Amount))
        d.amount = incoming.amount;
    if (has(DF::Stage))
        d.stage = incoming.stage;
    if (has(DF::Stage) || has(DF::IsWon) || has(DF::IsClosed)) {
        d.outcome = incoming.outcome;
        if (d.outcome == DealOutcome::Open)
            d.closedOn = QDate();
    }
    if (has(DF::ClosedOn) && d.outcome != DealOutcome::Open)
        d.closedOn = incoming.closedOn;
    if (has(DF::CreatedOn))
        d.createdOn = incoming.createdOn;
    if (has(DF::LeadSource))
        d.leadSource = incoming.leadSource;
    if (has(DF::Partners))
        d.partners = incoming.partners;
    if (has(DF::Icp))
        d.icpId = incoming.icpId;
    if (!incoming.buyer.name.isEmpty())
        d.buyer.name = incoming.buyer.name;
    if (!incoming.buyer.crmId.isEmpty())
        d.buyer.crmId = incoming.buyer.crmId;
    if (has(DF::Industry))
        d.buyer.industry = incoming.buyer.industry;
    if (has(DF::Region))
        d.buyer.region = incoming.buyer.region;
    if (has(DF::Employees))
        d.buyer.employees = incoming.buyer.employees;
    if (incoming.crm.isSet())
        d.crm = incoming.crm;
}

void updateInto(Activity &existing, const Activity &incoming, quint64) {
    const Id id = existing.id;
    const QString notes = existing.notes;
    existing = incoming;
    existing.id = id;
    if (existing.notes.isEmpty())
        existing.notes = notes;
}

template <typename T> const T &entityOf(const PlannedRow &row);
template <> const Partner &entityOf<Partner>(const PlannedRow &row) {
    return row.partner();
}
template <> const Icp &entityOf<Icp>(const PlannedRow &row) {
    return row.icp();
}
template <> const InfluenceLink &entityOf<InfluenceLink>(const PlannedRow &row) {
    return row.link();
}
template <> const Deal &entityOf<Deal>(const PlannedRow &row) {
    return row.deal();
}
template <> const Activity &entityOf<Activity>(const PlannedRow &row) {
    return row.activity();
}

/// Merge or update; deals and activities have no field-by-field merge: they update.
template <typename T> void combine(T &target, const PlannedRow &row, DuplicateAction action) {
    if constexpr (std::is_same_v<T, Deal> || std::is_same_v<T, Activity>)
        updateInto(target, entityOf<T>(row), row.setFields);
    else if (action == DuplicateAction::Update)
        updateInto(target, entityOf<T>(row), row.setFields);
    else
        mergeInto(target, entityOf<T>(row));
}

/// The changes for one kind of entity: `existing` is the portfolio's vector of that kind.
template <typename T>
void collect(const ImportPlan &plan, const std::vector<T> &existing, std::vector<T> &added,
             std::vector<T> &merged, ImportChanges &changes) {
    std::vector<int> addedIndexOfRow(plan.rows.size(), -1);
    added.reserve(plan.rows.size());
    QHash<int, int> mergedIndexOfExisting; // portfolio index -> index into `merged`
    std::vector<int> mergedExisting;       // index into `merged` -> portfolio index
    for (size_t i = 0; i < plan.rows.size(); ++i) {
        const PlannedRow &row = plan.rows[i];
        if (!row.valid) {
            ++changes.skippedInvalid;
            continue;
        }
        const Duplicate &d = row.duplicate;
        DuplicateAction action = d.isDuplicate() ? row.action : DuplicateAction::Add;
        // An ICP and a partner have at most one link: "add anyway" on a duplicate link would
        // make a portfolio that cannot be saved, so it merges into the link it repeats.
        if (std::is_same_v<T, InfluenceLink> && d.isDuplicate() && action == DuplicateAction::Add)
            action = DuplicateAction::Merge;
        if (action == DuplicateAction::Skip) {
            ++changes.skippedDuplicates;
            continue;
        }
        const bool combines = action == DuplicateAction::Merge || action == DuplicateAction::Update;
        if (combines && d.of == Duplicate::Of::Portfolio && d.existingIndex >= 0 &&
            size_t(d.existingIndex) < existing.size()) {
            auto it = mergedIndexOfExisting.find(d.existingIndex);
            if (it == mergedIndexOfExisting.end()) {
                merged.push_back(existing[size_t(d.existingIndex)]);
                mergedExisting.push_back(d.existingIndex);
                it = mergedIndexOfExisting.insert(d.existingIndex, int(merged.size()) - 1);
            }
            combine(merged[size_t(*it)], row, action);
            continue;
        }
        if (combines && d.of == Duplicate::Of::EarlierRow && d.earlierRow >= 0 &&
            addedIndexOfRow[size_t(d.earlierRow)] >= 0) {
            const int target = addedIndexOfRow[size_t(d.earlierRow)];
            combine(added[size_t(target)], row, action);
            addedIndexOfRow[i] = target; // a third row with the same key finds it too
            continue;
        }
        added.push_back(entityOf<T>(row));
        added.back().id = 0;
        addedIndexOfRow[i] = int(added.size()) - 1;
    }
    // Rows that name an existing record without changing it: unchanged, nothing to replace.
    std::vector<T> changed;
    changed.reserve(merged.size());
    for (size_t k = 0; k < merged.size(); ++k) {
        if (merged[k] == existing[size_t(mergedExisting[k])])
            ++changes.unchanged;
        else
            changed.push_back(std::move(merged[k]));
    }
    merged = std::move(changed);
}

template <typename T> Id largestId(const std::vector<T> &rows) {
    Id largest = 0;
    for (const T &row : rows)
        largest = std::max(largest, row.id);
    return largest;
}

template <typename T>
void apply(std::vector<T> &rows, const std::vector<T> &merged, const std::vector<T> &added) {
    if (!merged.empty()) {
        QHash<Id, size_t> indexOfId;
        for (size_t i = 0; i < rows.size(); ++i)
            indexOfId.insert(rows[i].id, i);
        for (const T &value : merged)
            if (const auto it = indexOfId.constFind(value.id); it != indexOfId.constEnd())
                rows[*it] = value;
    }
    Id next = largestId(rows);
    rows.reserve(rows.size() + added.size());
    for (T value : added) {
        value.id = ++next;
        rows.push_back(std::move(value));
    }
}

} // namespace

int ImportChanges::addedCount() const {
    return int(addedPartners.size() + addedIcps.size() + addedLinks.size() + addedDeals.size() +
               addedActivities.size());
}

int ImportChanges::mergedCount() const {
    return int(mergedPartners.size() + mergedIcps.size() + mergedLinks.size() + mergedDeals.size() +
               mergedActivities.size());
}

std::optional<ImportChanges> computeChanges(const PortfolioData &data, const ImportPlan &plan,
                                            bool skipInvalid) {
    if (plan.cancelled || (!skipInvalid && plan.invalidCount() > 0))
        return std::nullopt;
    ImportChanges changes;
    switch (plan.kind) {
    case Kind::Partners:
        collect(plan, data.partners, changes.addedPartners, changes.mergedPartners, changes);
        for (const Partner &p : changes.addedPartners)
            changes.needsClassification += !p.model.has_value();
        break;
    case Kind::Icps:
        collect(plan, data.icps, changes.addedIcps, changes.mergedIcps, changes);
        break;
    case Kind::Links:
        collect(plan, data.links, changes.addedLinks, changes.mergedLinks, changes);
        break;
    case Kind::Deals:
        collect(plan, data.deals, changes.addedDeals, changes.mergedDeals, changes);
        // Rows of the opportunity-partner file with an error of their own are skipped too.
        changes.skippedInvalid += plan.linkedInvalid;
        break;
    case Kind::Activities:
        collect(plan, data.activities, changes.addedActivities, changes.mergedActivities, changes);
        break;
    case Kind::DealPartners:
        break;
    }
    return changes;
}

void applyChanges(PortfolioData &data, const ImportChanges &changes) {
    apply(data.partners, changes.mergedPartners, changes.addedPartners);
    apply(data.icps, changes.mergedIcps, changes.addedIcps);
    apply(data.links, changes.mergedLinks, changes.addedLinks);
    apply(data.deals, changes.mergedDeals, changes.addedDeals);
    apply(data.activities, changes.mergedActivities, changes.addedActivities);
}

} // namespace ps::import
