// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/evidence.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The capacity plan: from a revenue target and a date, how many partners of each model and
/// tier must be activated or recruited, and by when (docs/plan.md, "Capacity").
///
/// Per cohort (model and tier), from the evidence:
/// - productivity: attributed revenue per active partner per year (its periods in the year before
///   asOf, per period × periods per year), the cohort's mean shrunk toward its model's, and the
///   model's toward the program's, with `credibility` partners' worth of weight:
///   (n·cohort + k·model) / (n + k);
/// - ramp: the median days from enrolment to first commercial activity (seed 001's
///   time-to-first-commercial-activity), the cohort's with 3 or more partners, else its model's,
///   else the program's;
/// - activation rate: of partners enrolled a year or more before asOf, the share that reached a
///   first commercial activity, shrunk the same way as productivity.
///
/// The target is an annual run-rate to reach by the target date. Today's run-rate is the active
/// partners' annual revenue; the gap is shared among cohorts (by today's revenue mix, or all to
/// the most productive cohort), and each cohort covers its share first by activating its
/// onboarding and dormant partners that can ramp in time, then by recruiting: a recruit becomes
/// active with the activation rate, ramp days after it is recruited, so it must be recruited by
/// the target date less the ramp. A cohort that cannot ramp in time passes its share on to those
/// that can.
namespace ps::plan {

enum class CapacityMix {
    CurrentMix, ///< the gap shared by today's revenue per cohort (the portfolio keeps its shape)
    MostProductive, ///< the whole gap to the most productive cohort that can ramp in time
};

struct CapacityOptions {
    double revenueTarget = 0.0;  ///< annual attributed revenue run-rate to reach
    QDate targetDate;            ///< by this date
    QDate asOf;                  ///< today
    double periodsPerYear = 4.0; ///< of the evidence periods (4 for quarters)
    CapacityMix mix = CapacityMix::CurrentMix;
    double credibility = 3.0; ///< partners' worth of weight for the level above when shrinking
};

/// What the evidence says about one model and tier.
struct CohortFigures {
    std::optional<PartnerModel> model;
    PartnerTier tier = PartnerTier::None;
    int active = 0;              ///< active partners
    int candidates = 0;          ///< onboarding and dormant partners (to activate)
    int prospects = 0;           ///< prospects (a pipeline to recruit from)
    double currentRevenue = 0.0; ///< annual run-rate of its active partners
    double productivity = 0.0;   ///< revenue per active partner per year, shrunk
    int productivityBasis = 0;   ///< active partners with revenue in the last year
    double rampDays = 0.0;       ///< days from enrolment to first commercial activity
    int rampBasis = 0;           ///< partners the median is over (0: the model's or program's)
    double activationRate = 0.0; ///< 0-1, shrunk
    int activationBasis = 0;     ///< partners enrolled a year or more ago
};

/// What one cohort must do.
struct CohortNeed {
    int cohort = 0;            ///< index into CapacityPlan::cohorts
    int activate = 0;          ///< onboarding or dormant partners to bring to commercial activity
    QDate activateBy;          ///< the latest date to start on the slowest of them
    int recruit = 0;           ///< partners to recruit
    QDate recruitBy;           ///< the latest date to recruit them: target date less the ramp
    double newActive = 0.0;    ///< expected new active partners (after activation rates)
    double addedRevenue = 0.0; ///< newActive × productivity
};

struct CapacityPlan {
    double target = 0.0;
    double currentRunRate = 0.0;
    double gap = 0.0; ///< target − current run-rate (0 when already met)
    std::vector<CohortFigures> cohorts;
    std::vector<CohortNeed> needs; ///< cohorts with something to do, largest added revenue first
    QStringList notes;             ///< translated remarks
    QString error;                 ///< one sentence when the plan cannot be made
    bool ok() const { return error.isEmpty(); }
};

CapacityPlan planCapacity(const std::vector<PartnerEvidence> &evidence,
                          const CapacityOptions &options);

} // namespace ps::plan
