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
}

void mergeInto(Icp &existing, const Icp &incoming) {
    fillEmpty(existing, incoming, IcpField::Count_);
}

void mergeInto(InfluenceLink &existing, const InfluenceLink &incoming) {
    fillEmpty(existing, incoming, LinkField::Count_);
}

template <typename T> const T &entityOf(const PlannedRow &row);
template <> const Partner &entityOf<Partner>(const PlannedRow &row) {
    return row.partner;
}
template <> const Icp &entityOf<Icp>(const PlannedRow &row) {
    return row.icp;
}
template <> const InfluenceLink &entityOf<InfluenceLink>(const PlannedRow &row) {
    return row.link;
}

/// The changes for one kind of entity: `existing` is the portfolio's vector of that kind.
template <typename T>
void collect(const ImportPlan &plan, const std::vector<T> &existing, std::vector<T> &added,
             std::vector<T> &merged, ImportChanges &changes) {
    std::vector<int> addedIndexOfRow(plan.rows.size(), -1);
    added.reserve(plan.rows.size());
    QHash<int, int> mergedIndexOfExisting; // portfolio index -> index into `merged`
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
        if (action == DuplicateAction::Merge && d.of == Duplicate::Of::Portfolio) {
            auto it = mergedIndexOfExisting.find(d.existingIndex);
            if (it == mergedIndexOfExisting.end()) {
                merged.push_back(existing[size_t(d.existingIndex)]);
                it = mergedIndexOfExisting.insert(d.existingIndex, int(merged.size()) - 1);
            }
            mergeInto(merged[size_t(*it)], entityOf<T>(row));
            continue;
        }
        if (action == DuplicateAction::Merge && d.of == Duplicate::Of::EarlierRow &&
            addedIndexOfRow[size_t(d.earlierRow)] >= 0) {
            mergeInto(added[size_t(addedIndexOfRow[size_t(d.earlierRow)])], entityOf<T>(row));
            continue;
        }
        added.push_back(entityOf<T>(row));
        added.back().id = 0;
        addedIndexOfRow[i] = int(added.size()) - 1;
    }
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
    return int(addedPartners.size() + addedIcps.size() + addedLinks.size());
}

int ImportChanges::mergedCount() const {
    return int(mergedPartners.size() + mergedIcps.size() + mergedLinks.size());
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
    }
    return changes;
}

void applyChanges(PortfolioData &data, const ImportChanges &changes) {
    apply(data.partners, changes.mergedPartners, changes.addedPartners);
    apply(data.icps, changes.mergedIcps, changes.addedIcps);
    apply(data.links, changes.mergedLinks, changes.addedLinks);
}

} // namespace ps::import
