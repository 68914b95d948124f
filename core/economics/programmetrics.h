// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

/// Seed 001's program metrics: measuring partnerships by commercial outcome instead of partner
/// count. Computed from the activity log, the deal log and each partner's economics.
/// docs/economics.md defines every metric; core_tst_programmetrics checks each on a hand-made log.
namespace ps {

/// Herfindahl-Hirschman index bands (US DOJ/FTC 2023 guidelines): below 1,000 unconcentrated,
/// 1,000-1,800 moderately concentrated, above 1,800 highly concentrated. Keys: unconcentrated,
/// moderate, high.
enum class HhiBand { Unconcentrated, Moderate, High };
QString toKey(HhiBand band);
QString label(HhiBand band);
HhiBand hhiBand(double hhi);

struct ModelRoi {
    PartnerModel model = PartnerModel::Referral;
    int partners = 0;
    double influencedRevenue = 0.0;
    double investment = 0.0;
    std::optional<double> roi; ///< (influenced revenue - investment) / investment; none if 0 spent
};

struct SideStats { ///< partner-influenced or direct deals
    int won = 0;
    int lost = 0;
    int open = 0;
    std::optional<double> winRate;     ///< won / (won + lost); none without closed deals
    std::optional<double> avgDealSize; ///< mean amount of won deals; none without won deals
    double pipeline = 0.0;             ///< amount of open deals
    double wonAmount = 0.0;            ///< amount of won deals
};

/// One open item of a partner's joint commercial model (seed 001, failure 1).
struct CommercialModelGap {
    Id partnerId = 0;
    QString partnerName;
    QStringList missing; ///< translated item names: pricing, support, customer success, renewal
};

struct ProgramMetrics {
    QDate asOf;                     ///< the reference date
    QDate quarterStart;             ///< the calendar quarter that contains asOf
    int eligiblePartners = 0;       ///< partners enrolled by asOf and not exited
    int activePartners = 0;         ///< eligible partners with a commercial activity in the quarter
    double activePartnerRate = 0.0; ///< activePartners / eligiblePartners (0-1); 0 if none
    /// Median days from enrolment to the first commercial activity (the earlier of the activity
    /// log's first and Partner::firstCommercialOn, as the log may start later), over partners
    /// enrolled by asOf that have one, exited partners included; an activity before enrolment
    /// counts as day 0.
    std::optional<double> medianDaysToFirstActivity;
    int partnersWithFirstActivity = 0; ///< how many partners the median is taken over
    /// Of the partners with a commercial activity in the twelve months before the last twelve
    /// (retentionBase), the share with one in the last twelve months (retained); none if the
    /// base is empty. The last twelve months end on asOf.
    std::optional<double> retention;
    int retentionBase = 0;
    int retained = 0;
    std::optional<double> influencedPipelineShare; ///< partner-influenced share of open pipeline
    SideStats partnerDeals;
    SideStats directDeals;
    std::vector<ModelRoi> roiByModel; ///< models that have partners, in enumeration order
    double hhi = 0.0;                 ///< of partner-influenced revenue, 0-10,000
    HhiBand hhiBand = HhiBand::Unconcentrated;
    double influencedRevenue = 0.0; ///< all partners' influenced revenue, the HHI's total
    double largestShare = 0.0;      ///< the largest partner's share of it, in percent
    QString largestShareName;       ///< that partner (the first one on a tie)
    std::vector<CommercialModelGap> commercialModelGaps; ///< active/onboarding partners
};

/// The first day of the calendar quarter that contains `date`.
QDate quarterStartOf(QDate date);

/// Per partner, the date of its latest commercial activity on or before `asOf` in the log.
QHash<Id, QDate> lastCommercialActivity(const PortfolioData &data, QDate asOf);

/// The translated open items of a joint commercial model: pricing, support, customer success,
/// renewal (in that order); empty when it is complete.
QStringList missingItems(const JointCommercialModel &model);

/// The metrics as of `asOf`; an invalid date means the latest date in the activity and deal
/// logs (today's date when both are empty), so results do not depend on the clock.
ProgramMetrics computeProgramMetrics(const PortfolioData &data, QDate asOf = {});

/// Something that needs attention, for the Economics page's list and the report.
struct AttentionItem {
    enum class Severity { Info, Warning, Critical };
    Severity severity = Severity::Warning;
    Id partnerId = 0; ///< 0 when it is about the whole program
    QString partnerName;
    QString what;   ///< translated short title ("Royalty breaks at scale")
    QString reason; ///< translated sentence with the numbers
};

/// Flags from the OEM assessments and the program metrics, most severe first: distraction
/// deals, terms that break at scale, exclusivity traps, failure modes, commercial-model gaps,
/// dormant partners with investment, a high HHI, negative ROI by model.
std::vector<AttentionItem> attentionItems(const PortfolioData &data, const ProgramMetrics &metrics);

} // namespace ps
