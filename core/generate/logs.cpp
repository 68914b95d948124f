// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic activity and deal logs. Deal names and activity notes are document content in
// English, like the rest of the generated data: not translated.
#include "core/generate/logs.h"

#include "core/generate/deals.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ps::generate {
namespace {

const QStringList &accountNames() {
    static const QStringList names = {
        QStringLiteral("Granite"),   QStringLiteral("Northbay"),  QStringLiteral("Alder"),
        QStringLiteral("Riverside"), QStringLiteral("Kingsway"),  QStringLiteral("Bellmont"),
        QStringLiteral("Castell"),   QStringLiteral("Eastgate"),  QStringLiteral("Fairhaven"),
        QStringLiteral("Holloway"),  QStringLiteral("Lindqvist"), QStringLiteral("Marlow"),
        QStringLiteral("Oberland"),  QStringLiteral("Pemberton"), QStringLiteral("Rosenthal"),
        QStringLiteral("Sundby"),    QStringLiteral("Talbot"),    QStringLiteral("Valmont"),
        QStringLiteral("Westbrook"), QStringLiteral("Yarrow"),
    };
    return names;
}

const QStringList &dealPhrases() {
    static const QStringList phrases = {
        QStringLiteral("device rollout"),
        QStringLiteral("fleet renewal"),
        QStringLiteral("pilot"),
        QStringLiteral("expansion"),
        QStringLiteral("security upgrade"),
        QStringLiteral("site refresh"),
    };
    return phrases;
}

/// The ICPs a partner influences, weighted by link strength, to pick a deal's buyer from.
struct Reach {
    std::vector<Id> icps;
    std::vector<int> weights;
    int total = 0;
};

Id pickIcp(Random &rng, const Reach &reach, const std::vector<Icp> &icps) {
    if (reach.total > 0) {
        int pick = rng.between(0, reach.total - 1);
        for (size_t i = 0; i < reach.icps.size(); ++i) {
            if (pick < reach.weights[i])
                return reach.icps[i];
            pick -= reach.weights[i];
        }
    }
    if (icps.empty())
        return 0;
    return icps[size_t(rng.between(0, int(icps.size()) - 1))].id;
}

class LogWriter {
public:
    LogWriter(Random &rng, const PortfolioData &data, const LogSettings &settings)
        : m_rng(rng)
        , m_crm(0x63726d5f64657461ULL) // the CRM detail draws from its own stream (see deal())
        , m_data(data)
        , m_settings(settings) {
        m_icps.reserve(qsizetype(data.icps.size()));
        for (const Icp &icp : data.icps)
            m_icps.insert(icp.id, &icp);
        m_position.reserve(qsizetype(data.partners.size()));
        for (size_t i = 0; i < data.partners.size(); ++i)
            m_position.insert(data.partners[i].id, i);
        m_reach.resize(data.partners.size());
        for (const InfluenceLink &link : data.links) {
            const auto at = m_position.constFind(link.partnerId);
            if (link.strength <= 0 || at == m_position.constEnd())
                continue;
            Reach &r = m_reach[*at];
            r.icps.push_back(link.icpId);
            r.weights.push_back(link.strength * link.strength);
            r.total += link.strength * link.strength;
            if (link.strength >= 3)
                m_strongByIcp[link.icpId].push_back(*at);
        }
    }

    void partner(size_t index, const Rhythm &rhythm) {
        const Partner &p = m_data.partners[index];
        commercial(p, m_reach[index], rhythm);
        supporting(p, rhythm);
    }

    void directDeals() {
        static const Reach nobody;
        const qint64 days = m_settings.start.daysTo(m_settings.end);
        for (int i = 0; i < m_settings.directDeals; ++i) {
            const QDate created = m_settings.start.addDays(m_rng.between(0, int(days)));
            deal(nullptr, pickIcp(m_rng, nobody, m_data.icps), created, m_settings.end);
        }
    }

    void finish(PortfolioData &out) {
        // A total order (elements equal in every key are identical), so std::sort gives the
        // same result everywhere and is faster than a stable sort at 100,000 partners.
        std::sort(m_deals.begin(), m_deals.end(), [](const Deal &a, const Deal &b) {
            const Id pa = a.partners.empty() ? 0 : a.partners.front().partnerId;
            const Id pb = b.partners.empty() ? 0 : b.partners.front().partnerId;
            return std::tie(a.createdOn, pa, a.closedOn, a.amount, a.icpId, a.name) <
                   std::tie(b.createdOn, pb, b.closedOn, b.amount, b.icpId, b.name);
        });
        for (size_t i = 0; i < m_deals.size(); ++i) {
            m_deals[i].id = Id(i + 1);
            m_deals[i].crm = {CrmSource::Salesforce, salesforceId("006", quint64(i + 1))};
        }
        std::sort(m_activities.begin(), m_activities.end(),
                  [](const Activity &a, const Activity &b) {
                      return std::tie(a.date, a.partnerId, a.kind, a.notes) <
                             std::tie(b.date, b.partnerId, b.kind, b.notes);
                  });
        for (size_t i = 0; i < m_activities.size(); ++i) {
            m_activities[i].id = Id(i + 1);
            m_activities[i].crm = {CrmSource::Salesforce, salesforceId("00T", quint64(i + 1))};
        }
        out.activities = std::move(m_activities);
        out.deals = std::move(m_deals);
    }

private:
    void activity(Id partner, QDate date, ActivityKind kind, const QString &notes = {}) {
        Activity a;
        a.partnerId = partner;
        a.date = date;
        a.kind = kind;
        a.notes = notes;
        m_activities.push_back(a);
    }

    /// A deal with `partner` (nullptr: direct) created on `created`; the partner's activity
    /// stops on `until`, so a deal that would close later is lost with it, unless the log ends
    /// first, in which case it is still open.
    void deal(const Partner *partner, Id icpId, QDate created, QDate until) {
        const Icp *icp = m_icps.value(icpId);
        const double average = icp && icp->averageDealSize > 0 ? icp->averageDealSize : 50000.0;
        const double factor = partner ? m_settings.partnerDealFactor : m_settings.directDealFactor;
        Deal d;
        d.icpId = icpId;
        d.amount = std::max(
            500.0, std::round(average * factor * m_rng.logNormal(1.0, 0.4) / 500.0) * 500.0);
        d.createdOn = created;
        d.name = QStringLiteral("%1 %2 %3")
                     .arg(accountNames().at(m_rng.between(0, int(accountNames().size()) - 1)),
                          icp && !icp->industries.isEmpty() ? icp->industries.constFirst()
                                                            : QStringLiteral("enterprise"),
                          dealPhrases().at(m_rng.between(0, int(dealPhrases().size()) - 1)));
        const bool won =
            m_rng.chance(partner ? m_settings.partnerWinRate : m_settings.directWinRate);
        const QDate closes = created.addDays(m_rng.between(30, 150));
        if (closes <= until && closes <= m_settings.end) {
            d.outcome = won ? DealOutcome::Won : DealOutcome::Lost;
            d.closedOn = closes;
        } else if (until < m_settings.end) {
            d.outcome = DealOutcome::Lost; // the partner went quiet and the deal died with it
            d.closedOn = std::max(created, until);
        }
        crmDetail(d, partner, icp);
        if (partner) {
            activity(partner->id, created, ActivityKind::DealRegistered, d.name);
            if (d.outcome == DealOutcome::Won)
                activity(partner->id, d.closedOn, ActivityKind::DealClosed, d.name);
        }
        m_deals.push_back(d);
    }

    /// The CRM side of a deal: its partners with their attribution, lead source, stage and
    /// buyer. It draws from its own stream, so the deals, outcomes and activities of a log stay
    /// what they were before deals had several partners.
    void crmDetail(Deal &d, const Partner *partner, const Icp *icp) {
        d.buyer = buyerFor(m_crm, icp, d.name.section(QLatin1Char(' '), 0, 0));
        d.stage = d.outcome == DealOutcome::Won    ? QStringLiteral("Closed Won")
                  : d.outcome == DealOutcome::Lost ? QStringLiteral("Closed Lost")
                                                   : QStringLiteral("Proposal/Price Quote");
        if (!partner) {
            d.leadSource = m_crm.chance(0.5) ? QStringLiteral("Web") : QStringLiteral("Outbound");
            return;
        }
        const Partner *upstream = nullptr;
        if (partner->upstreamId != 0)
            if (const auto at = m_position.constFind(partner->upstreamId);
                at != m_position.constEnd())
                upstream = &m_data.partners[*at];
        const Partner *coSeller = nullptr;
        if (const auto it = m_strongByIcp.constFind(d.icpId);
            it != m_strongByIcp.constEnd() && !it->empty())
            coSeller = &m_data.partners[(*it)[size_t(m_crm.between(0, int(it->size()) - 1))]];
        attribute(m_crm, d, *partner, upstream, coSeller);
    }

    void commercial(const Partner &p, const Reach &reach, const Rhythm &r) {
        if (!r.from.isValid() || !r.until.isValid() || r.until < r.from || r.cadenceDays <= 0)
            return;
        const bool refers = p.model == PartnerModel::Referral || p.model == PartnerModel::Agency ||
                            p.model == PartnerModel::Affiliate;
        QDate t = r.from.addDays(m_rng.between(0, r.cadenceDays / 2));
        while (t <= r.until) {
            if (m_rng.chance(r.dealShare))
                deal(&p, pickIcp(m_rng, reach, m_data.icps), t, r.until);
            else
                activity(p.id, t,
                         refers || m_rng.chance(0.4) ? ActivityKind::LeadReferred
                                                     : ActivityKind::JointCall);
            t = t.addDays(std::max(1, int(std::lround(r.cadenceDays * m_rng.uniform(0.5, 1.5)))));
        }
    }

    /// Trainings after enrolment, quarterly reviews, co-marketing: activity that is not
    /// commercial, so a partner can be busy and still not active.
    void supporting(const Partner &p, const Rhythm &r) {
        if (!p.enrolledOn.isValid() || p.status == PartnerStatus::Prospect)
            return;
        const QDate start = std::max(m_settings.start, p.enrolledOn);
        const QDate last = p.status == PartnerStatus::Exited && r.until.isValid()
                               ? std::min(r.until, m_settings.end)
                               : m_settings.end;
        if (start > last)
            return;
        const int span = int(start.daysTo(last));
        // Without supporting activity, only partners that enrol during the log train in it.
        if (m_settings.supporting || p.enrolledOn >= m_settings.start)
            activity(p.id, start.addDays(m_rng.between(0, std::min(span, 90))),
                     ActivityKind::Training);
        const bool major = p.tier == PartnerTier::Gold || p.tier == PartnerTier::Platinum;
        if (m_settings.supporting && major && p.status == PartnerStatus::Active) {
            for (QDate q = QDate(start.year(), (start.month() - 1) / 3 * 3 + 1, 1).addMonths(1);
                 q <= last; q = q.addMonths(3))
                if (q >= start)
                    activity(p.id, q.addDays(m_rng.between(0, 40)), ActivityKind::BusinessReview);
        }
        if (!m_settings.supporting)
            return;
        const bool markets = p.model == PartnerModel::Agency ||
                             p.model == PartnerModel::Affiliate || p.model == PartnerModel::Oem;
        if (markets && p.status == PartnerStatus::Active)
            for (QDate t = start.addDays(m_rng.between(20, 120)); t <= last;
                 t = t.addDays(m_rng.between(90, 180)))
                activity(p.id, t, ActivityKind::CoMarketing);
    }

    Random &m_rng;
    Random m_crm;
    const PortfolioData &m_data;
    const LogSettings &m_settings;
    QHash<Id, const Icp *> m_icps;
    QHash<Id, size_t> m_position;                 ///< partner id -> row
    QHash<Id, std::vector<size_t>> m_strongByIcp; ///< partner rows with a strong link to the ICP
    std::vector<Reach> m_reach;                   ///< per partner, in partner order
    std::vector<Activity> m_activities;
    std::vector<Deal> m_deals;
};

int cadenceFor(const Partner &p) {
    const double revenue = p.economics.sourcedRevenue + p.economics.influencedRevenue;
    if (revenue >= 2000000)
        return 14;
    if (revenue >= 1000000)
        return 21;
    if (revenue >= 400000)
        return 35;
    if (revenue >= 150000)
        return 55;
    return 80;
}

} // namespace

Rhythm defaultRhythm(Random &rng, const Partner &p, const LogSettings &s) {
    Rhythm r;
    r.cadenceDays = std::max(1, int(std::lround(cadenceFor(p) * s.cadenceScale)));
    if (!p.enrolledOn.isValid() || p.status == PartnerStatus::Prospect)
        return r;
    const QDate first =
        p.firstCommercialOn.isValid() ? p.firstCommercialOn : p.enrolledOn.addDays(90);
    const int window = int(s.start.daysTo(s.end));
    switch (p.status) {
    case PartnerStatus::Prospect:
        return r;
    case PartnerStatus::Onboarding:
        if (rng.chance(0.5))
            return r; // not a single commercial activity yet
        r.from = std::max(s.start, p.enrolledOn.addDays(rng.between(60, 240)));
        r.until = s.end;
        return r;
    case PartnerStatus::Active:
        r.from = std::max(s.start, first);
        r.until = rng.chance(s.quietShare) ? s.end.addDays(-rng.between(190, 330)) : s.end;
        return r;
    case PartnerStatus::Dormant:
        if (!p.firstCommercialOn.isValid())
            return r;
        r.from = std::max(s.start, first);
        r.until = s.start.addDays(rng.between(0, window * 6 / 10));
        r.cadenceDays = std::max(r.cadenceDays, 70);
        return r;
    case PartnerStatus::Exited:
        r.from = std::max(s.start, first);
        r.until = s.start.addDays(rng.between(0, window * 4 / 10));
        r.cadenceDays = std::max(r.cadenceDays, 90);
        return r;
    }
    return r;
}

void synthesizeLogs(Random &rng, PortfolioData &data, const std::vector<Rhythm> &rhythms,
                    const LogSettings &settings) {
    LogWriter writer(rng, data, settings);
    for (size_t i = 0; i < data.partners.size(); ++i)
        writer.partner(i, i < rhythms.size() ? rhythms[i] : Rhythm{});
    writer.directDeals();
    writer.finish(data);
}

} // namespace ps::generate
