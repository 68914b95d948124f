// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/generate/random.h"

#include <QDate>

#include <vector>

/// Synthetic activity and deal logs (seed 001's program metrics need dated activity and a deal
/// log). Shared by the generator, which draws every partner's rhythm at random, and the demo,
/// which writes the rhythms of its stories by hand.
namespace ps::generate {

/// When and how often one partner does commercial things in the log.
struct Rhythm {
    QDate from;             ///< first possible commercial activity; invalid: none at all
    QDate until;            ///< last possible one (a partner that went quiet stops early)
    int cadenceDays = 60;   ///< mean days between commercial activities
    double dealShare = 0.3; ///< share of them that register a deal
};

struct LogSettings {
    QDate start; ///< the first day of the log
    QDate end;   ///< the last day; deals still running then are open
    double partnerWinRate = 0.5;
    double directWinRate = 0.3;
    double partnerDealFactor = 1.2; ///< deal size against the ICP's average deal size
    double directDealFactor = 0.85;
    int directDeals = 0;       ///< direct deals over the whole log
    double quietShare = 0.08;  ///< share of active partners that went quiet in the last year
    double cadenceScale = 1.0; ///< stretches every default cadence (fewer rows at scale)
    /// Quarterly business reviews for gold and platinum partners, co-marketing, and a training
    /// for every enrolled partner; without them, only partners that enrol during the log train.
    bool supporting = true;
};

/// The rhythm a partner's status, dates and revenue suggest (draws from `rng`).
Rhythm defaultRhythm(Random &rng, const Partner &partner, const LogSettings &settings);

/// Replaces data.activities and data.deals with logs that follow `rhythms` (one per partner,
/// in partner order): commercial activities at the partner's cadence, some registering deals
/// that are won (with a "deal closed" activity), lost or still open at the end; trainings,
/// business reviews and co-marketing around them; and `directDeals` direct deals. Ids run from
/// 1 in date order. The result is a function of the inputs and the state of `rng`.
void synthesizeLogs(Random &rng, PortfolioData &data, const std::vector<Rhythm> &rhythms,
                    const LogSettings &settings);

} // namespace ps::generate
