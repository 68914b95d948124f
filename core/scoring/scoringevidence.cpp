// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoringevidence.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class ScoringEvidenceTr {
    Q_DECLARE_TR_FUNCTIONS(ps::ScoringEvidence)
};

QDate latestLogDate(const PortfolioData &data) {
    QDate latest;
    const auto consider = [&latest](const QDate &d) {
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

/// Index 0-3 of the quarter of `date` counted back from the quarter of `asOf` (0 = that
/// quarter), or -1 when it is outside the last four or after asOf.
int quarterBack(const QDate &date, const QDate &asOf) {
    if (!date.isValid() || date > asOf)
        return -1;
    const int q =
        (asOf.year() * 4 + (asOf.month() - 1) / 3) - (date.year() * 4 + (date.month() - 1) / 3);
    return q >= 0 && q < 4 ? q : -1;
}

QString percent(double share) {
    return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%');
}

} // namespace

ScoringEvidence computeScoringEvidence(const PortfolioData &data) {
    ScoringEvidence out;
    out.minClosedDeals = std::max(1, data.info.minClosedDeals);
    if (data.deals.empty() && data.activities.empty())
        return out;
    out.asOf = latestLogDate(data);
    out.partners.resize(data.partners.size());
    std::unordered_map<Id, size_t> row;
    row.reserve(data.partners.size());
    for (size_t i = 0; i < data.partners.size(); ++i)
        row.emplace(data.partners[i].id, i);

    int directWon = 0;
    for (const Deal &deal : data.deals) {
        if (deal.partners.empty()) {
            directWon += deal.outcome == DealOutcome::Won ? 1 : 0;
            out.directClosed += deal.outcome != DealOutcome::Open ? 1 : 0;
            continue;
        }
        const double share = deal.attributedShare();
        for (const DealPartner &dp : deal.partners) {
            const auto it = row.find(dp.partnerId);
            if (it == row.end())
                continue;
            PartnerEvidence &e = out.partners[it->second];
            ++e.deals;
            switch (deal.outcome) {
            case DealOutcome::Won:
                ++e.won;
                (dp.role == Attribution::Sourced ? e.sourcedWon : e.influencedWon) += share;
                break;
            case DealOutcome::Lost:
                ++e.lost;
                break;
            case DealOutcome::Open:
                e.openShare += share;
                break;
            }
        }
    }
    if (out.directClosed >= out.minClosedDeals)
        out.directWinRate = double(directWon) / double(out.directClosed);

    std::vector<unsigned char> quarters(data.partners.size(), 0);
    if (out.asOf.isValid()) {
        for (const Activity &a : data.activities) {
            if (!isCommercial(a.kind))
                continue;
            const int q = quarterBack(a.date, out.asOf);
            const auto it = row.find(a.partnerId);
            if (q >= 0 && it != row.end())
                quarters[it->second] |= (1u << q);
        }
    }
    for (size_t i = 0; i < out.partners.size(); ++i) {
        PartnerEvidence &e = out.partners[i];
        e.activeQuarters = __builtin_popcount(quarters[i]);
        e.enough = e.closed() >= out.minClosedDeals;
        if (e.enough)
            e.winRate = double(e.won) / double(e.closed());
    }
    return out;
}

double commitmentFromEvidence(const PartnerEvidence &e, const ScoringEvidence &all) {
    const double activity = 12.5 * std::clamp(e.activeQuarters, 0, 4);
    const double rate = e.winRate.value_or(0.0);
    const double deals = all.directWinRate
                             ? 50.0 * std::clamp(0.5 + 2.0 * (rate - *all.directWinRate), 0.0, 1.0)
                             : 50.0 * rate;
    return activity + deals;
}

bool usesEvidence(const ScoringEvidence &all, size_t partnerRow, Criterion criterion) {
    if (criterion != Criterion::CommercialContribution && criterion != Criterion::Commitment)
        return false;
    return partnerRow < all.partners.size() && all.partners[partnerRow].enough;
}

QString evidenceExplanation(const ScoringEvidence &all, size_t partnerRow, Criterion criterion) {
    if (criterion != Criterion::CommercialContribution && criterion != Criterion::Commitment)
        return {};
    const bool commercial = criterion == Criterion::CommercialContribution;
    if (partnerRow >= all.partners.size() || all.partners[partnerRow].deals == 0)
        return commercial ? ScoringEvidenceTr::tr("From the economics entered by hand: the deal "
                                                  "log has no deals of this partner.")
                          : ScoringEvidenceTr::tr("From the manual rating: the deal log has no "
                                                  "deals of this partner.");
    const PartnerEvidence &e = all.partners[partnerRow];
    if (!e.enough)
        return (commercial ? ScoringEvidenceTr::tr("From the economics entered by hand: %1 "
                                                   "closed deals in the log, %2 needed for "
                                                   "evidence.")
                           : ScoringEvidenceTr::tr("From the manual rating: %1 closed deals in "
                                                   "the log, %2 needed for evidence."))
            .arg(e.closed())
            .arg(all.minClosedDeals);
    const QLocale locale;
    const QString rate = all.directWinRate
                             ? ScoringEvidenceTr::tr("win rate %1 vs %2 direct")
                                   .arg(percent(*e.winRate), percent(*all.directWinRate))
                             : ScoringEvidenceTr::tr("win rate %1 (too few direct deals to "
                                                     "compare)")
                                   .arg(percent(*e.winRate));
    if (commercial)
        return ScoringEvidenceTr::tr("From the deal log: %1 won deals, %2; attributed won "
                                     "revenue %3 sourced and %4 influenced, open pipeline %5.")
            .arg(e.won)
            .arg(rate, locale.toString(e.sourcedWon, 'f', 0),
                 locale.toString(e.influencedWon, 'f', 0), locale.toString(e.openShare, 'f', 0));
    return ScoringEvidenceTr::tr("From the deal and activity logs: %1 won deals, %2; commercial "
                                 "activity in %3 of the last 4 quarters.")
        .arg(e.won)
        .arg(rate)
        .arg(e.activeQuarters);
}

} // namespace ps
