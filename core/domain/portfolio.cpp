// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/portfolio.h"

#include <algorithm>

namespace ps {

Portfolio::Portfolio(QObject *parent)
    : QObject(parent) {}

void Portfolio::assign(PortfolioData data) {
    Q_EMIT aboutToReset();
    m_data = std::move(data);
    rebuildIndexes();
    Q_EMIT reset();
}

void Portfolio::setInfo(const PortfolioInfo &info) {
    if (m_data.info == info)
        return;
    m_data.info = info;
    Q_EMIT infoChanged();
}

void Portfolio::setActiveScenarioId(Id id) {
    if (m_data.activeScenarioId == id)
        return;
    m_data.activeScenarioId = id;
    Q_EMIT activeScenarioChanged(id);
}

void Portfolio::setSegmentRules(const std::vector<SegmentRule> &rules) {
    if (m_data.segmentRules == rules)
        return;
    m_data.segmentRules = rules;
    Q_EMIT segmentRulesChanged();
}

void Portfolio::setAccountBook(accounts::AccountBook book) {
    if (m_data.accountBook == book)
        return;
    m_data.accountBook = std::move(book);
    Q_EMIT accountBookChanged();
}

void Portfolio::setRejectedLinks(std::vector<LinkKey> rejected) {
    std::sort(rejected.begin(), rejected.end());
    rejected.erase(std::unique(rejected.begin(), rejected.end()), rejected.end());
    if (m_data.rejectedLinks == rejected)
        return;
    m_data.rejectedLinks = std::move(rejected);
    Q_EMIT rejectedLinksChanged();
}

void Portfolio::rebuildIndexes() {
    for (auto &index : m_index)
        index.clear();
    std::fill(std::begin(m_lastId), std::end(m_lastId), Id(0));
    auto build = [this](const auto &list, int kind) {
        m_index[kind].reserve(qsizetype(list.size()));
        for (size_t i = 0; i < list.size(); ++i) {
            m_index[kind].insert(list[i].id, int(i));
            m_lastId[kind] = std::max(m_lastId[kind], list[i].id);
        }
    };
    build(m_data.icps, kindIndex<Icp>());
    build(m_data.partners, kindIndex<Partner>());
    build(m_data.links, kindIndex<InfluenceLink>());
    build(m_data.oemDeals, kindIndex<OemDeal>());
    build(m_data.scenarios, kindIndex<Scenario>());
    build(m_data.activities, kindIndex<Activity>());
    build(m_data.deals, kindIndex<Deal>());
    build(m_data.decisionLog, kindIndex<DecisionRecord>());
    build(m_data.investments, kindIndex<InvestmentPeriod>());
    build(m_data.plans, kindIndex<ScenarioPlan>());
}

std::vector<int> Portfolio::linkRowsOfPartner(Id partnerId) const {
    std::vector<int> rows;
    for (size_t i = 0; i < m_data.links.size(); ++i)
        if (m_data.links[i].partnerId == partnerId)
            rows.push_back(int(i));
    return rows;
}

std::vector<int> Portfolio::linkRowsOfIcp(Id icpId) const {
    std::vector<int> rows;
    for (size_t i = 0; i < m_data.links.size(); ++i)
        if (m_data.links[i].icpId == icpId)
            rows.push_back(int(i));
    return rows;
}

const InfluenceLink *Portfolio::findLink(Id icpId, Id partnerId) const {
    for (const InfluenceLink &link : m_data.links)
        if (link.icpId == icpId && link.partnerId == partnerId)
            return &link;
    return nullptr;
}

namespace {

/// Removes the given rows (ascending) from the back, so earlier rows keep their numbers,
/// and returns them with their original rows in ascending order.
template <typename T, typename Remove>
std::vector<std::pair<int, T>> takeRows(const std::vector<int> &rows, Remove remove) {
    std::vector<std::pair<int, T>> taken;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        taken.emplace_back(*it, remove(*it));
    std::reverse(taken.begin(), taken.end());
    return taken;
}

} // namespace

PartnerRemoval Portfolio::removePartner(Id id) {
    PartnerRemoval removal;
    removal.row = rowOf<Partner>(id);
    if (removal.row < 0)
        return removal;
    for (const Partner &p : m_data.partners) {
        if (p.upstreamId == id)
            removal.downstream.push_back(p.id);
    }
    for (Id downstreamId : removal.downstream) {
        Partner changed = *find<Partner>(downstreamId);
        changed.upstreamId = 0;
        replace(changed);
    }
    removal.links = takeRows<InfluenceLink>(linkRowsOfPartner(id),
                                            [this](int r) { return removeAt<InfluenceLink>(r); });
    std::vector<int> dealRows;
    for (size_t i = 0; i < m_data.oemDeals.size(); ++i)
        if (m_data.oemDeals[i].partnerId == id)
            dealRows.push_back(int(i));
    removal.deals = takeRows<OemDeal>(dealRows, [this](int r) { return removeAt<OemDeal>(r); });
    std::vector<int> activityRows;
    for (size_t i = 0; i < m_data.activities.size(); ++i)
        if (m_data.activities[i].partnerId == id)
            activityRows.push_back(int(i));
    removal.activities =
        takeRows<Activity>(activityRows, [this](int r) { return removeAt<Activity>(r); });
    std::vector<int> salesRows;
    for (size_t i = 0; i < m_data.deals.size(); ++i) {
        const Deal &deal = m_data.deals[i];
        if (!deal.involves(id))
            continue;
        if (deal.partners.size() == 1)
            salesRows.push_back(int(i));
        else
            removal.dealsBefore.push_back(deal);
    }
    for (const Deal &before : removal.dealsBefore) {
        Deal changed = before;
        changed.partners.erase(
            std::remove_if(changed.partners.begin(), changed.partners.end(),
                           [id](const DealPartner &p) { return p.partnerId == id; }),
            changed.partners.end());
        replace(changed);
    }
    removal.salesDeals = takeRows<Deal>(salesRows, [this](int r) { return removeAt<Deal>(r); });
    // The decision log is evidence: its records stay, and no longer name the partner.
    for (const DecisionRecord &record : m_data.decisionLog)
        if (record.partnerId == id)
            removal.decisionRecords.push_back(record.id);
    for (Id recordId : removal.decisionRecords) {
        DecisionRecord changed = *find<DecisionRecord>(recordId);
        changed.partnerId = 0;
        replace(changed);
    }
    std::vector<int> investmentRows;
    for (size_t i = 0; i < m_data.investments.size(); ++i)
        if (m_data.investments[i].partnerId == id)
            investmentRows.push_back(int(i));
    removal.investments = takeRows<InvestmentPeriod>(
        investmentRows, [this](int r) { return removeAt<InvestmentPeriod>(r); });
    // A plan's setting for the partner (pinned, floor, cap) goes with it.
    for (const ScenarioPlan &plan : m_data.plans)
        if (plan.partner(id))
            removal.plansBefore.push_back(plan);
    for (const ScenarioPlan &before : removal.plansBefore) {
        ScenarioPlan changed = before;
        changed.partners.erase(std::remove_if(changed.partners.begin(), changed.partners.end(),
                                              [id](const PlanPartnerSetting &setting) {
                                                  return setting.partnerId == id;
                                              }),
                               changed.partners.end());
        replace(changed);
    }
    removal.partner = removeAt<Partner>(removal.row);
    return removal;
}

void Portfolio::restorePartner(const PartnerRemoval &removal) {
    if (removal.row < 0)
        return;
    insert(removal.row, removal.partner);
    for (const auto &[row, link] : removal.links)
        insert(row, link);
    for (const auto &[row, deal] : removal.deals)
        insert(row, deal);
    for (const auto &[row, activity] : removal.activities)
        insert(row, activity);
    for (const auto &[row, deal] : removal.salesDeals)
        insert(row, deal);
    for (const Deal &before : removal.dealsBefore)
        replace(before);
    for (const auto &[row, period] : removal.investments)
        insert(row, period);
    for (const ScenarioPlan &before : removal.plansBefore)
        replace(before);
    for (Id downstreamId : removal.downstream) {
        if (const Partner *p = find<Partner>(downstreamId)) {
            Partner changed = *p;
            changed.upstreamId = removal.partner.id;
            replace(changed);
        }
    }
    for (Id recordId : removal.decisionRecords) {
        if (const DecisionRecord *r = find<DecisionRecord>(recordId)) {
            DecisionRecord changed = *r;
            changed.partnerId = removal.partner.id;
            replace(changed);
        }
    }
}

IcpRemoval Portfolio::removeIcp(Id id) {
    IcpRemoval removal;
    removal.row = rowOf<Icp>(id);
    if (removal.row < 0)
        return removal;
    removal.links = takeRows<InfluenceLink>(linkRowsOfIcp(id),
                                            [this](int r) { return removeAt<InfluenceLink>(r); });
    for (const Deal &deal : m_data.deals)
        if (deal.icpId == id)
            removal.deals.push_back(deal.id);
    for (Id dealId : removal.deals) {
        Deal changed = *find<Deal>(dealId);
        changed.icpId = 0;
        replace(changed);
    }
    removal.icp = removeAt<Icp>(removal.row);
    return removal;
}

void Portfolio::restoreIcp(const IcpRemoval &removal) {
    if (removal.row < 0)
        return;
    insert(removal.row, removal.icp);
    for (const auto &[row, link] : removal.links)
        insert(row, link);
    for (Id dealId : removal.deals) {
        if (const Deal *d = find<Deal>(dealId)) {
            Deal changed = *d;
            changed.icpId = removal.icp.id;
            replace(changed);
        }
    }
}

} // namespace ps
