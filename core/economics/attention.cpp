// SPDX-License-Identifier: GPL-3.0-or-later
// The "needs attention" list of the Economics page and the report: seed 000's OEM checks and
// seed 001's program failures, each with the partner and a sentence that carries the numbers.
#include "core/economics/oemassessment.h"
#include "core/economics/programmetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class AttentionTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Attention)
};

using Severity = AttentionItem::Severity;

class Collector {
public:
    explicit Collector(const PortfolioData &data)
        : m_currency(data.info.currency) {}

    void add(Severity severity, Id partnerId, const QString &partner, const QString &what,
             const QString &reason) {
        m_items.push_back({severity, partnerId, partner, what, reason});
    }

    QString money(double amount) const {
        return QStringLiteral("%1 %2").arg(m_currency, QLocale().toString(amount, 'f', 0));
    }
    static QString perUnit(double amount) { return QLocale().toString(amount, 'f', 2); }
    static QString units(double amount) { return QLocale().toString(amount, 'f', 0); }
    static QString percent(double fraction) {
        return QLocale().toString(fraction * 100.0, 'f', 0) + QLatin1Char('%');
    }

    std::vector<AttentionItem> take() {
        // Most severe first; within a severity, the order the checks ran in.
        std::stable_sort(m_items.begin(), m_items.end(),
                         [](const AttentionItem &a, const AttentionItem &b) {
                             return int(a.severity) > int(b.severity);
                         });
        return std::move(m_items);
    }

private:
    QString m_currency;
    std::vector<AttentionItem> m_items;
};

QStringList missingConditions(const OemDeal &deal) {
    QStringList missing;
    if (!deal.needsOfferFaster)
        missing << AttentionTr::tr(
            "the manufacturer does not need the offer faster than it can build it");
    if (!deal.technicalLead)
        missing << AttentionTr::tr("no technical lead that is hard to copy");
    if (!deal.reachesNewSegment)
        missing << AttentionTr::tr("no new segment for the combined offer");
    if (!deal.defendableMargin)
        missing << AttentionTr::tr("no defendable margin for both sides and the channel");
    return missing;
}

void distractionItem(Collector &out, const OemAssessment &a, const OemDeal &deal) {
    if (!a.distraction)
        return;
    out.add(Severity::Critical, a.partnerId, a.partnerName,
            AttentionTr::tr("OEM deal likely a distraction"),
            AttentionTr::tr(
                "\"%1\" meets %2 of the four conditions (%3); with fewer than three the OEM "
                "motion is likely a distraction.")
                .arg(a.dealName)
                .arg(a.conditionsMet)
                .arg(missingConditions(deal).join(QLatin1String("; "))));
}

void scaleItem(Collector &out, const OemAssessment &a, const OemDeal &deal) {
    if (!a.termsValid || !a.royalty.breaksAtScale || a.royalty.scaleYear <= 0)
        return;
    const RoyaltyYear &scale = a.royalty.years[size_t(a.royalty.scaleYear - 1)];
    const RoyaltyYear &first = a.royalty.years.front();
    out.add(
        Severity::Critical, a.partnerId, a.partnerName, AttentionTr::tr("Royalty breaks at scale"),
        AttentionTr::tr(
            "\"%1\": %2 per unit of margin at %3 units in year %4, against %5 at %6 units in "
            "year %7; the terms need more than %8 per unit.")
            .arg(a.dealName, Collector::perUnit(scale.marginPerUnit), Collector::units(scale.units),
                 QString::number(scale.year), Collector::perUnit(first.marginPerUnit),
                 Collector::units(first.units), QString::number(first.year),
                 Collector::perUnit(deal.minMarginPerUnit.value_or(0.0))));
}

void trapItem(Collector &out, const OemAssessment &a, const OemDeal &deal) {
    if (!a.exclusivityTrap)
        return;
    const bool noExit = deal.exitClause.trimmed().isEmpty();
    out.add(Severity::Critical, a.partnerId, a.partnerName, AttentionTr::tr("Exclusivity trap"),
            (noExit ? AttentionTr::tr(
                          "\"%1\" is exclusive, structured as %2 (exit risk %3) and has no exit "
                          "clause: the rest of the channel is forfeited for one manufacturer.")
                    : AttentionTr::tr(
                          "\"%1\" is exclusive and structured as %2 (exit risk %3): the rest of "
                          "the channel is forfeited for one manufacturer that is hard to leave."))
                .arg(a.dealName, label(a.structure), label(a.exitRisk).toLower()));
}

void failureModesItem(Collector &out, const OemAssessment &a) {
    QStringList other;
    for (OemFailureMode mode : a.failureModes) {
        // Pricing and a trap have their own item; plain exclusivity is listed here.
        if (mode == OemFailureMode::PilotPricing ||
            (mode == OemFailureMode::Exclusivity && a.exclusivityTrap))
            continue;
        other << label(mode);
    }
    if (!other.isEmpty())
        out.add(Severity::Warning, a.partnerId, a.partnerName, AttentionTr::tr("OEM failure modes"),
                AttentionTr::tr("\"%1\" shows %n of seed 000's failure modes: %2.", nullptr,
                                int(other.size()))
                    .arg(a.dealName, other.join(QLatin1String(", "))));
}

void oemItems(Collector &out, const PortfolioData &data) {
    const std::vector<OemAssessment> assessments = assessOemDeals(data);
    // Kind by kind (all distractions, then all terms that break at scale...), deals in
    // portfolio order within a kind.
    for (int pass = 0; pass < 4; ++pass) {
        for (size_t i = 0; i < assessments.size() && i < data.oemDeals.size(); ++i) {
            const OemAssessment &a = assessments[i];
            const OemDeal &deal = data.oemDeals[i]; // assessOemDeals keeps portfolio order
            switch (pass) {
            case 0:
                distractionItem(out, a, deal);
                break;
            case 1:
                scaleItem(out, a, deal);
                break;
            case 2:
                trapItem(out, a, deal);
                break;
            default:
                failureModesItem(out, a);
                break;
            }
        }
    }
}

void commercialModelItems(Collector &out, const ProgramMetrics &metrics,
                          const PortfolioData &data) {
    // One pass over the partners instead of a search per gap: a large portfolio has tens of
    // thousands of gaps.
    QHash<Id, int> rows; // partner id -> its first row, -1 while not found
    rows.reserve(qsizetype(metrics.commercialModelGaps.size()));
    for (const CommercialModelGap &gap : metrics.commercialModelGaps)
        rows.insert(gap.partnerId, -1);
    for (size_t row = 0; row < data.partners.size(); ++row)
        if (const auto it = rows.find(data.partners[row].id); it != rows.end() && *it < 0)
            *it = int(row);
    for (const CommercialModelGap &gap : metrics.commercialModelGaps) {
        const int row = rows.value(gap.partnerId, -1);
        const bool active = row >= 0 && data.partners[size_t(row)].status == PartnerStatus::Active;
        out.add(active ? Severity::Warning : Severity::Info, gap.partnerId, gap.partnerName,
                AttentionTr::tr("Joint commercial model incomplete"),
                (active ? AttentionTr::tr("Co-selling with %n of the four items still open: %1.",
                                          nullptr, int(gap.missing.size()))
                        : AttentionTr::tr("Onboarding with %n of the four items still open: %1.",
                                          nullptr, int(gap.missing.size())))
                    .arg(gap.missing.join(QLatin1String(", "))));
    }
}

void activityItems(Collector &out, const PortfolioData &data, const ProgramMetrics &metrics) {
    const QHash<Id, QDate> last = lastCommercialActivity(data, metrics.asOf);
    for (const Partner &p : data.partners) {
        if (p.status != PartnerStatus::Dormant || p.economics.investment.total() <= 0.0)
            continue;
        const QDate when = last.value(p.id);
        const QString amount = out.money(p.economics.investment.total());
        out.add(
            Severity::Warning, p.id, p.name, AttentionTr::tr("Dormant partner still funded"),
            when.isValid()
                ? AttentionTr::tr(
                      "Dormant since its last commercial activity on %1, yet it receives %2 "
                      "of program investment.")
                      .arg(when.toString(Qt::ISODate), amount)
                : AttentionTr::tr("Dormant without any commercial activity, yet it receives %1 of "
                                  "program investment.")
                      .arg(amount));
    }
    // Two quarters without commercial activity: the current one and the one before. Without an
    // activity log there is nothing to read silence from.
    if (data.activities.empty())
        return;
    const QDate since = metrics.quarterStart.addMonths(-3);
    for (const Partner &p : data.partners) {
        if (p.status != PartnerStatus::Active && p.status != PartnerStatus::Onboarding)
            continue;
        if (!p.enrolledOn.isValid() || p.enrolledOn >= since)
            continue;
        const QDate when = last.value(p.id);
        if (when.isValid() && when >= since)
            continue;
        out.add(Severity::Warning, p.id, p.name,
                AttentionTr::tr("No commercial activity for two quarters"),
                (when.isValid()
                     ? AttentionTr::tr("Listed as %1, but its last commercial activity was on %2, "
                                       "%3 days before %4.")
                           .arg(label(p.status).toLower(), when.toString(Qt::ISODate))
                           .arg(when.daysTo(metrics.asOf))
                           .arg(metrics.asOf.toString(Qt::ISODate))
                     : AttentionTr::tr("Listed as %1, enrolled on %2, and no commercial activity "
                                       "since.")
                           .arg(label(p.status).toLower(), p.enrolledOn.toString(Qt::ISODate))));
    }
}

void programItems(Collector &out, const ProgramMetrics &metrics) {
    if (metrics.hhiBand == HhiBand::High)
        out.add(Severity::Warning, 0, QString(),
                AttentionTr::tr("Partner revenue highly concentrated"),
                AttentionTr::tr(
                    "The HHI of partner-influenced revenue is %1 (above 1,800); %2 alone brings "
                    "%3% of it.")
                    .arg(QLocale().toString(metrics.hhi, 'f', 0), metrics.largestShareName,
                         QLocale().toString(metrics.largestShare, 'f', 0)));
    for (const ModelRoi &row : metrics.roiByModel) {
        if (!row.roi || *row.roi >= 0.0)
            continue;
        out.add(
            Severity::Warning, 0, QString(),
            AttentionTr::tr("Negative ROI: %1").arg(label(row.model)),
            AttentionTr::tr("%n partner(s) of this model bring %1 of influenced revenue for %2 of "
                            "investment: ROI %3.",
                            nullptr, row.partners)
                .arg(out.money(row.influencedRevenue), out.money(row.investment),
                     Collector::percent(*row.roi)));
    }
}

} // namespace

std::vector<AttentionItem> attentionItems(const PortfolioData &data,
                                          const ProgramMetrics &metrics) {
    Collector out(data);
    oemItems(out, data);
    commercialModelItems(out, metrics, data);
    activityItems(out, data, metrics);
    programItems(out, metrics);
    return out.take();
}

} // namespace ps
