// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"
#include "core/domain/scenario.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

/// What the plan knows about each partner: the plain input of curve fitting (curvefit.h), the
/// program-kind mix (programkinds.h) and the capacity plan (capacity.h). The caller builds it
/// from the portfolio, its investment history and the deal evidence.
namespace ps::plan {

/// One period of a partner's history: what was invested in it and the revenue attributed to it
/// in the same period. Periods have one length throughout (a quarter, say); a caller that wants
/// revenue to lag investment shifts the revenue before filling this in.
struct EvidencePeriod {
    QDate start;           ///< first day of the period
    Investment investment; ///< program spend by kind in the period
    double revenue = 0.0;  ///< revenue attributed to the partner in the period
};

/// A partner as the plan sees it.
struct PartnerEvidence {
    Id id = 0;
    QString name;
    std::optional<PartnerModel> model; ///< empty: not classified yet (a group of its own)
    PartnerTier tier = PartnerTier::None;
    Quadrant quadrant = Quadrant::Develop; ///< from the scoring of the plan's scenario
    PartnerStatus status = PartnerStatus::Active;
    std::vector<EvidencePeriod> periods; ///< any order; one entry per period
    Investment currentSpend;             ///< today's spend per plan period, by kind
    double contractMinimum = 0.0;        ///< what a contract obliges per plan period
    QDate enrolledOn;                    ///< invalid when unknown
    QDate firstCommercialOn;             ///< first commercial activity; invalid when none yet
};

/// The first problem with `evidence` as one sentence naming the partner and period: a spend
/// that is negative or not a number, a revenue that is not a number, a partner listed twice, a
/// contract minimum or today's spend that is negative or not a number. Empty when it is sound.
QString evidenceError(const std::vector<PartnerEvidence> &evidence);

/// A stop-gap until investment history is stored: one period per partner from the totals of
/// its economics (investment by kind, sourced plus influenced revenue), with today's spend set
/// to that investment, and the quadrant taken from `quadrants` (partner order; Develop when the
/// vector is shorter). Such evidence only supports the program-level cross-section fit.
std::vector<PartnerEvidence> evidenceFromPartners(const std::vector<Partner> &partners,
                                                  const std::vector<Quadrant> &quadrants,
                                                  QDate period);

} // namespace ps::plan
