// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/evidence.h"

#include <QString>

#include <array>
#include <vector>

/// How a partner's allocation splits into the four program kinds of seed 001: MDF, enablement,
/// incentives and technical support (docs/plan.md, "Program kinds").
///
/// The response curves are fitted on a partner's total spend: the history rarely moves the
/// kinds independently enough to tell their returns apart. So the plan decides how much goes
/// to a partner, and the split follows a mix, first found of:
/// 1. the partner's own history (its spend by kind summed over its periods, else today's spend);
/// 2. its model's history (all partners of the model, pooled);
/// 3. the model's default mix below, from seed 001's "primary investment" per partnership type.
namespace ps::plan {

/// Shares of MDF, enablement, incentives and technical support; they add up to 1.
struct KindMix {
    std::array<double, 4> shares{0.25, 0.25, 0.25, 0.25};

    enum class Source { Partner, Model, Default };
    Source source = Source::Default;

    /// `amount` split by the shares.
    Investment split(double amount) const;
    bool operator==(const KindMix &o) const { return shares == o.shares && source == o.source; }
};

/// The default mix of a model (equal shares for an unclassified partner):
/// - ISV: technical integration support and co-sell enablement lead (tech 40%, MDF 20%,
///   enablement 20%, incentives 20%);
/// - OEM: technical integration and certification support (tech 60%, enablement 20%, MDF 10%,
///   incentives 10%);
/// - systems integrator: certification and competency programs, pipeline bonuses (enablement 40%,
///   incentives 30%, tech 20%, MDF 10%); service delivery likewise (40/20/30/10);
/// - reseller: rebates and co-marketing (incentives 40%, MDF 30%, enablement 25%, tech 5%);
///   value-added reseller (MDF 25%, enablement 30%, incentives 30%, tech 15%); distributor (MDF
///   40%, incentives 35%, enablement 20%, tech 5%);
/// - referral (incentives 75%), affiliate (incentives 70%), agency (MDF 40%).
KindMix defaultMix(const std::optional<PartnerModel> &model);

/// The mix of every partner of `evidence`, in its order.
std::vector<KindMix> kindMixes(const std::vector<PartnerEvidence> &evidence);

QString kindKey(int kind);   ///< mdf, enablement, incentives, technical_support
QString kindLabel(int kind); ///< translated

} // namespace ps::plan
