// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 001's program metrics. docs/economics.md, "Program metrics", defines each one; the
// comments here only say why a choice was made.
#include "core/economics/programmetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class ProgramMetricsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::ProgramMetrics)
};

/// The latest date of the logs: the default reference date, so that a file gives the same
/// metrics whatever day it is opened.
QDate latestLogDate(const PortfolioData &data) {
    QDate latest;
    const auto consider = [&latest](QDate d) {
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    };
    for (const Activity &a : data.activities)
        consider(a.date);
    for (const Deal &d : data.deals) {
        consider(d.createdOn);
        consider(d.closedOn);
    }
    return latest;
}

/// Per partner, the sorted dates of its commercial activities up to asOf.
QHash<Id, std::vector<QDate>> commercialDates(const PortfolioData &data, QDate asOf) {
    QHash<Id, std::vector<QDate>> out;
    for (const Activity &a : data.activities)
        if (isCommercial(a.kind) && a.date.isValid() && a.date <= asOf)
            out[a.partnerId].push_back(a.date);
    for (auto it = out.begin(); it != out.end(); ++it)
        std::sort(it->begin(), it->end());
    return out;
}

bool activeBetween(const std::vector<QDate> &dates, QDate from, QDate to) {
    const auto it = std::lower_bound(dates.begin(), dates.end(), from);
    return it != dates.end() && *it <= to;
}

std::optional<double> median(std::vector<double> values) {
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[mid];
    return (values[mid - 1] + values[mid]) / 2.0;
}

void addDeal(SideStats &side, const Deal &deal, QDate asOf) {
    // A deal closed after asOf was still open on asOf.
    DealOutcome outcome = deal.outcome;
    if (outcome != DealOutcome::Open && deal.closedOn.isValid() && deal.closedOn > asOf)
        outcome = DealOutcome::Open;
    switch (outcome) {
    case DealOutcome::Open:
        ++side.open;
        side.pipeline += deal.amount;
        break;
    case DealOutcome::Won:
        ++side.won;
        side.wonAmount += deal.amount;
        break;
    case DealOutcome::Lost:
        ++side.lost;
        break;
    }
}

void finish(SideStats &side) {
    if (side.won + side.lost > 0)
        side.winRate = double(side.won) / double(side.won + side.lost);
    if (side.won > 0)
        side.avgDealSize = side.wonAmount / double(side.won);
}

std::vector<ModelRoi> roiByModel(const PortfolioData &data) {
    std::vector<ModelRoi> rows;
    for (PartnerModel model : enumValues<PartnerModel>()) {
        ModelRoi row;
        row.model = model;
        for (const Partner &p : data.partners) {
            if (p.model != model)
                continue;
            ++row.partners;
            row.influencedRevenue += p.economics.influencedRevenue;
            row.investment += p.economics.investment.total();
        }
        if (row.partners == 0)
            continue;
        if (row.investment > 0.0)
            row.roi = (row.influencedRevenue - row.investment) / row.investment;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QString toKey(HhiBand band) {
    switch (band) {
    case HhiBand::Unconcentrated:
        return QStringLiteral("unconcentrated");
    case HhiBand::Moderate:
        return QStringLiteral("moderate");
    case HhiBand::High:
        return QStringLiteral("high");
    }
    return {};
}

QString label(HhiBand band) {
    switch (band) {
    case HhiBand::Unconcentrated:
        return ProgramMetricsTr::tr("Unconcentrated");
    case HhiBand::Moderate:
        return ProgramMetricsTr::tr("Moderately concentrated");
    case HhiBand::High:
        return ProgramMetricsTr::tr("Highly concentrated");
    }
    return {};
}

HhiBand hhiBand(double hhi) {
    if (hhi > 1800.0)
        return HhiBand::High;
    if (hhi >= 1000.0)
        return HhiBand::Moderate;
    return HhiBand::Unconcentrated;
}

QDate quarterStartOf(QDate date) {
    if (!date.isValid())
        return {};
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QHash<Id, QDate> lastCommercialActivity(const PortfolioData &data, QDate asOf) {
    QHash<Id, QDate> last;
    for (const Activity &a : data.activities) {
        if (!isCommercial(a.kind) || !a.date.isValid() || a.date > asOf)
            continue;
        QDate &slot = last[a.partnerId];
        if (!slot.isValid() || a.date > slot)
            slot = a.date;
    }
    return last;
}

QStringList missingItems(const JointCommercialModel &model) {
    QStringList missing;
    if (!model.pricingAgreed)
        missing << ProgramMetricsTr::tr("pricing");
    if (model.support == Owner::Undefined)
        missing << ProgramMetricsTr::tr("support");
    if (model.customerSuccess == Owner::Undefined)
        missing << ProgramMetricsTr::tr("customer success");
    if (model.renewal == Owner::Undefined)
        missing << ProgramMetricsTr::tr("renewal");
    return missing;
}

ProgramMetrics computeProgramMetrics(const PortfolioData &data, QDate asOf) {
    ProgramMetrics m;
    if (!asOf.isValid())
        asOf = latestLogDate(data);
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    m.asOf = asOf;
    m.quarterStart = quarterStartOf(asOf);

    const QHash<Id, std::vector<QDate>> dates = commercialDates(data, asOf);
    static const std::vector<QDate> none;
    const auto datesOf = [&dates](Id id) -> const std::vector<QDate> & {
        const auto it = dates.constFind(id);
        return it == dates.constEnd() ? none : *it;
    };

    // Active partner rate: the quarter so far, up to asOf.
    std::vector<double> daysToFirst;
    for (const Partner &p : data.partners) {
        const bool enrolled = p.enrolledOn.isValid() && p.enrolledOn <= asOf;
        if (enrolled && p.status != PartnerStatus::Exited) {
            ++m.eligiblePartners;
            if (activeBetween(datesOf(p.id), m.quarterStart, asOf))
                ++m.activePartners;
        }
        if (!enrolled)
            continue;
        // Time to first activity counts exited partners too: it describes onboarding, which
        // they went through. The log may start after a partner's first deal, so the recorded
        // date wins when it is earlier.
        QDate first = datesOf(p.id).empty() ? QDate() : datesOf(p.id).front();
        if (p.firstCommercialOn.isValid() && p.firstCommercialOn <= asOf &&
            (!first.isValid() || p.firstCommercialOn < first))
            first = p.firstCommercialOn;
        if (first.isValid())
            daysToFirst.push_back(double(std::max<qint64>(0, p.enrolledOn.daysTo(first))));
    }
    if (m.eligiblePartners > 0)
        m.activePartnerRate = double(m.activePartners) / double(m.eligiblePartners);
    m.partnersWithFirstActivity = int(daysToFirst.size());
    m.medianDaysToFirstActivity = median(std::move(daysToFirst));

    // Retention: last year's active partners that are still active this year.
    const QDate yearStart = asOf.addYears(-1).addDays(1);
    const QDate previousStart = asOf.addYears(-2).addDays(1);
    const QDate previousEnd = asOf.addYears(-1);
    for (auto it = dates.constBegin(); it != dates.constEnd(); ++it) {
        if (!activeBetween(*it, previousStart, previousEnd))
            continue;
        ++m.retentionBase;
        if (activeBetween(*it, yearStart, asOf))
            ++m.retained;
    }
    if (m.retentionBase > 0)
        m.retention = double(m.retained) / double(m.retentionBase);

    // Deals: only those created by asOf.
    for (const Deal &d : data.deals) {
        if (d.createdOn.isValid() && d.createdOn > asOf)
            continue;
        addDeal(d.partnerInfluenced() ? m.partnerDeals : m.directDeals, d, asOf);
    }
    finish(m.partnerDeals);
    finish(m.directDeals);
    const double pipeline = m.partnerDeals.pipeline + m.directDeals.pipeline;
    if (pipeline > 0.0)
        m.influencedPipelineShare = m.partnerDeals.pipeline / pipeline;

    m.roiByModel = roiByModel(data);

    // HHI: shares in percent of the partners' influenced revenue, squared and summed.
    double total = 0.0;
    for (const Partner &p : data.partners)
        total += std::max(0.0, p.economics.influencedRevenue);
    if (total > 0.0) {
        for (const Partner &p : data.partners) {
            const double share = 100.0 * std::max(0.0, p.economics.influencedRevenue) / total;
            m.hhi += share * share;
            if (share > m.largestShare) {
                m.largestShare = share;
                m.largestShareName = p.name;
            }
        }
    }
    m.influencedRevenue = total;
    m.hhiBand = hhiBand(m.hhi);

    for (const Partner &p : data.partners) {
        if (p.status != PartnerStatus::Active && p.status != PartnerStatus::Onboarding)
            continue;
        const QStringList missing = missingItems(p.commercialModel);
        if (!missing.isEmpty())
            m.commercialModelGaps.push_back({p.id, p.name, missing});
    }
    return m;
}

} // namespace ps
