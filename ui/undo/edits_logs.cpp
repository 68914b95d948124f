// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for the activity log, the deal log and whole-deal OEM replacement.
#include "ui/undo/edits.h"

#include "ui/undo/edithelpers.h"

#include <cmath>

namespace ps::edit {
using namespace detail;

QString detail::nameOf(const Portfolio &portfolio, const Activity &activity) {
    const Partner *partner = portfolio.find<Partner>(activity.partnerId);
    return EditTr::tr("%1 with %2 on %3")
        .arg(label(activity.kind),
             partner ? nameOf(portfolio, *partner) : EditTr::tr("unknown partner"),
             activity.date.toString(Qt::ISODate));
}

QString detail::nameOf(const Portfolio &, const Deal &deal) {
    return deal.name.isEmpty() ? EditTr::tr("unnamed deal") : deal.name;
}

namespace {

bool activityValid(const Portfolio &portfolio, const Activity &a) {
    return a.date.isValid() && portfolio.find<Partner>(a.partnerId);
}

bool dealValid(const Portfolio &portfolio, const Deal &d) {
    for (size_t i = 0; i < d.partners.size(); ++i) {
        if (!portfolio.find<Partner>(d.partners[i].partnerId))
            return false;
        for (size_t j = 0; j < i; ++j)
            if (d.partners[j].partnerId == d.partners[i].partnerId)
                return false;
    }
    return std::isfinite(d.amount) && d.amount >= 0 &&
           (d.icpId == 0 || portfolio.find<Icp>(d.icpId)) &&
           (!d.buyer.employees || *d.buyer.employees >= 0);
}

/// Appends a new row of kind T after `valid` accepted it; returns its id or 0.
template <typename T, typename Valid> Id addRow(Document &doc, T value, Valid valid) {
    Portfolio &portfolio = *doc.portfolio();
    if (!valid(portfolio, value))
        return 0;
    if (value.id == 0 || portfolio.find<T>(value.id))
        value.id = portfolio.newId<T>();
    const Id id = value.id;
    const QString text = EditTr::tr("Add %1").arg(nameOf(portfolio, value));
    doc.undoStack()->push(new undo::InsertEntity<T>(&portfolio, int(portfolio.rows<T>().size()),
                                                    std::move(value), text));
    return id;
}

template <typename T, typename Valid> bool replaceRow(Document &doc, const T &after, Valid valid) {
    Portfolio &portfolio = *doc.portfolio();
    const T *before = portfolio.find<T>(after.id);
    if (!before || *before == after || !valid(portfolio, after))
        return false;
    const QString text = EditTr::tr("Change %1").arg(nameOf(portfolio, *before));
    // A whole-row replacement never merges (field -1).
    doc.undoStack()->push(new undo::ReplaceEntity<T>(&portfolio, *before, after, -1, false, text));
    return true;
}

template <typename T>
bool removeRows(Document &doc, const QList<Id> &requested, const char *plural) {
    Portfolio &portfolio = *doc.portfolio();
    const QList<Id> ids = existing<T>(portfolio, requested);
    if (ids.isEmpty())
        return false;
    auto *parent = new QUndoCommand(
        ids.size() == 1 ? EditTr::tr("Delete %1").arg(nameOf(portfolio, *portfolio.find<T>(ids[0])))
                        : EditTr::tr(plural, nullptr, int(ids.size())));
    for (Id id : ids)
        new undo::RemoveEntity<T>(&portfolio, id, parent->text(), parent);
    return pushIfAny(doc, parent);
}

bool oemDealValid(const Portfolio &portfolio, const OemDeal &d) {
    auto amount = [](double v) { return std::isfinite(v) && v >= 0; };
    if (!portfolio.find<Partner>(d.partnerId) || !amount(d.perUnitRoyalty) ||
        !amount(d.minimumAnnual) || !amount(d.setupFee) || !amount(d.costPerUnit) ||
        !std::isfinite(d.annualEscalatorPct) || d.annualEscalatorPct < -100 ||
        (d.minMarginPerUnit && !std::isfinite(*d.minMarginPerUnit)))
        return false;
    for (size_t i = 0; i < d.tiers.size(); ++i)
        if (d.tiers[i].fromUnits < 0 || !amount(d.tiers[i].perUnit) ||
            (i > 0 && d.tiers[i].fromUnits <= d.tiers[i - 1].fromUnits))
            return false;
    for (double v : d.volumes)
        if (!amount(v))
            return false;
    return true;
}

} // namespace

bool replaceOemDeal(Document &doc, const OemDeal &deal) {
    return replaceRow(doc, deal, oemDealValid);
}

Id addActivity(Document &doc, Activity activity) {
    return addRow(doc, std::move(activity), activityValid);
}

bool replaceActivity(Document &doc, const Activity &activity) {
    return replaceRow(doc, activity, activityValid);
}

bool removeActivities(Document &doc, const QList<Id> &activities) {
    return removeRows<Activity>(doc, activities,
                                QT_TRANSLATE_N_NOOP("ps::edit", "Delete %n activities"));
}

Id addDeal(Document &doc, Deal deal) {
    deal.name = deal.name.trimmed();
    if (deal.name.isEmpty())
        deal.name = EditTr::tr("New deal");
    return addRow(doc, std::move(deal), dealValid);
}

bool replaceDeal(Document &doc, const Deal &deal) {
    return replaceRow(doc, deal, dealValid);
}

bool removeDeals(Document &doc, const QList<Id> &deals) {
    return removeRows<Deal>(doc, deals, QT_TRANSLATE_N_NOOP("ps::edit", "Delete %n deals"));
}

QString detail::nameOf(const Portfolio &portfolio, const InvestmentPeriod &period) {
    const Partner *partner = portfolio.find<Partner>(period.partnerId);
    return EditTr::tr("the investment in %1 from %2")
        .arg(partner ? nameOf(portfolio, *partner) : EditTr::tr("unknown partner"),
             period.start.toString(Qt::ISODate));
}

namespace {

bool investmentValid(const Portfolio &portfolio, const InvestmentPeriod &i) {
    const auto amount = [](double v) { return std::isfinite(v) && v >= 0; };
    return i.start.isValid() && portfolio.find<Partner>(i.partnerId) && amount(i.amount.mdf) &&
           amount(i.amount.enablement) && amount(i.amount.incentives) &&
           amount(i.amount.technicalSupport);
}

} // namespace

Id addInvestment(Document &doc, InvestmentPeriod period) {
    return addRow(doc, std::move(period), investmentValid);
}

bool replaceInvestment(Document &doc, const InvestmentPeriod &period) {
    return replaceRow(doc, period, investmentValid);
}

bool removeInvestments(Document &doc, const QList<Id> &periods) {
    return removeRows<InvestmentPeriod>(
        doc, periods, QT_TRANSLATE_N_NOOP("ps::edit", "Delete %n investment periods"));
}

} // namespace ps::edit
