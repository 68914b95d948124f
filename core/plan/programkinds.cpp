// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/programkinds.h"

#include "core/plan/plantext_p.h"

#include <unordered_map>

namespace ps::plan {
namespace {

std::array<double, 4> sharesOf(const Investment &i) {
    return {i.mdf, i.enablement, i.incentives, i.technicalSupport};
}

/// `sum` normalised to shares; false when it holds no spend.
bool normalise(std::array<double, 4> &sum) {
    const double total = sum[0] + sum[1] + sum[2] + sum[3];
    if (!(total > 0.0))
        return false;
    for (double &v : sum)
        v /= total;
    return true;
}

std::array<double, 4> historyOf(const PartnerEvidence &e) {
    std::array<double, 4> sum{};
    for (const EvidencePeriod &p : e.periods) {
        const std::array<double, 4> s = sharesOf(p.investment);
        for (size_t k = 0; k < 4; ++k)
            sum[k] += s[k];
    }
    if (sum[0] + sum[1] + sum[2] + sum[3] > 0.0)
        return sum;
    return sharesOf(e.currentSpend);
}

} // namespace

Investment KindMix::split(double amount) const {
    return {amount * shares[0], amount * shares[1], amount * shares[2], amount * shares[3]};
}

KindMix defaultMix(const std::optional<PartnerModel> &model) {
    KindMix mix;
    if (!model)
        return mix;
    switch (*model) {
    case PartnerModel::Referral:
        mix.shares = {0.10, 0.10, 0.75, 0.05};
        break;
    case PartnerModel::Agency:
        mix.shares = {0.40, 0.20, 0.30, 0.10};
        break;
    case PartnerModel::Affiliate:
        mix.shares = {0.20, 0.05, 0.70, 0.05};
        break;
    case PartnerModel::Reseller:
        mix.shares = {0.30, 0.25, 0.40, 0.05};
        break;
    case PartnerModel::ValueAddedReseller:
        mix.shares = {0.25, 0.30, 0.30, 0.15};
        break;
    case PartnerModel::Distributor:
        mix.shares = {0.40, 0.20, 0.35, 0.05};
        break;
    case PartnerModel::Oem:
        mix.shares = {0.10, 0.20, 0.10, 0.60};
        break;
    case PartnerModel::Isv:
        mix.shares = {0.20, 0.20, 0.20, 0.40};
        break;
    case PartnerModel::SystemsIntegrator:
        mix.shares = {0.10, 0.40, 0.30, 0.20};
        break;
    case PartnerModel::ServiceDelivery:
        mix.shares = {0.10, 0.40, 0.20, 0.30};
        break;
    }
    return mix;
}

std::vector<KindMix> kindMixes(const std::vector<PartnerEvidence> &evidence) {
    std::unordered_map<int, std::array<double, 4>> byModel;
    for (const PartnerEvidence &e : evidence) {
        const std::array<double, 4> h = historyOf(e);
        std::array<double, 4> &sum = byModel[e.model ? int(*e.model) : -1];
        for (size_t k = 0; k < 4; ++k)
            sum[k] += h[k];
    }
    std::vector<KindMix> out;
    out.reserve(evidence.size());
    for (const PartnerEvidence &e : evidence) {
        KindMix mix;
        std::array<double, 4> own = historyOf(e);
        std::array<double, 4> model = byModel[e.model ? int(*e.model) : -1];
        if (normalise(own)) {
            mix.shares = own;
            mix.source = KindMix::Source::Partner;
        } else if (normalise(model)) {
            mix.shares = model;
            mix.source = KindMix::Source::Model;
        } else {
            mix = defaultMix(e.model);
        }
        out.push_back(mix);
    }
    return out;
}

QString kindKey(int kind) {
    switch (kind) {
    case 0:
        return QStringLiteral("mdf");
    case 1:
        return QStringLiteral("enablement");
    case 2:
        return QStringLiteral("incentives");
    default:
        break;
    }
    return QStringLiteral("technical_support");
}

QString kindLabel(int kind) {
    switch (kind) {
    case 0:
        return PlanText::tr("MDF");
    case 1:
        return PlanText::tr("Enablement");
    case 2:
        return PlanText::tr("Incentives");
    default:
        break;
    }
    return PlanText::tr("Technical support");
}

} // namespace ps::plan
