// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/idindex.h"
#include "core/domain/portfoliodata.h"

#include <QHash>
#include <QObject>

#include <functional>

#include <iterator>
#include <utility>
#include <vector>

namespace ps {

/// The kinds of rows a portfolio holds; change signals name the kind they are about.
enum class EntityKind {
    Icp,
    Partner,
    Link,
    OemDeal,
    Scenario,
    Activity,
    Deal,
    DecisionRecord,
    Investment, ///< a period of the investment history
    Plan,       ///< a scenario's investment plan
};
constexpr int EntityKindCount = 10;

template <typename T> struct KindOf;
template <> struct KindOf<Icp> { static constexpr EntityKind value = EntityKind::Icp; };
template <> struct KindOf<Partner> { static constexpr EntityKind value = EntityKind::Partner; };
template <> struct KindOf<InfluenceLink> { static constexpr EntityKind value = EntityKind::Link; };
template <> struct KindOf<OemDeal> { static constexpr EntityKind value = EntityKind::OemDeal; };
template <> struct KindOf<Scenario> { static constexpr EntityKind value = EntityKind::Scenario; };
template <> struct KindOf<Activity> { static constexpr EntityKind value = EntityKind::Activity; };
template <> struct KindOf<Deal> { static constexpr EntityKind value = EntityKind::Deal; };
template <> struct KindOf<DecisionRecord> {
    static constexpr EntityKind value = EntityKind::DecisionRecord;
};
template <> struct KindOf<InvestmentPeriod> {
    static constexpr EntityKind value = EntityKind::Investment;
};
template <> struct KindOf<ScenarioPlan> { static constexpr EntityKind value = EntityKind::Plan; };

/// What removing a partner took with it, so that undo can put all of it back.
struct PartnerRemoval {
    int row = -1;
    Partner partner;
    std::vector<std::pair<int, InfluenceLink>> links; ///< ascending rows
    std::vector<std::pair<int, OemDeal>> deals;       ///< ascending rows
    std::vector<std::pair<int, Activity>> activities; ///< ascending rows
    std::vector<std::pair<int, Deal>> salesDeals;     ///< deal-log rows removed, ascending
    std::vector<Deal> dealsBefore;   ///< deals that kept other partners, as they were before
    std::vector<Id> downstream;      ///< partners whose upstream it was
    std::vector<Id> decisionRecords; ///< decision-log records that named it (now name no one)
    std::vector<std::pair<int, InvestmentPeriod>> investments; ///< history rows, ascending
    std::vector<ScenarioPlan> plansBefore; ///< plans that held a setting for it, as they were
};

/// What removing an ICP took with it.
struct IcpRemoval {
    int row = -1;
    Icp icp;
    std::vector<std::pair<int, InfluenceLink>> links; ///< ascending rows
    std::vector<Id> deals; ///< deal-log deals whose ICP it was (their icpId is cleared)
};

/**
 * The open portfolio: the data plus change notification in one place.
 *
 * Every mutation emits one fine-grained signal (rows inserted or removed, one entity changed),
 * so item models and views subscribe instead of polling. Mutations do not validate business
 * rules: the undo commands and importers that call them do. Row order is the display order.
 */
class Portfolio : public QObject {
    Q_OBJECT
public:
    explicit Portfolio(QObject *parent = nullptr);

    const PortfolioData &data() const { return m_data; }
    /// Replaces everything (after open or import); emits aboutToReset() and reset().
    void assign(PortfolioData data);

    const PortfolioInfo &info() const { return m_data.info; }
    void setInfo(const PortfolioInfo &info);

    const std::vector<Icp> &icps() const { return m_data.icps; }
    const std::vector<Partner> &partners() const { return m_data.partners; }
    const std::vector<InfluenceLink> &links() const { return m_data.links; }
    const std::vector<OemDeal> &oemDeals() const { return m_data.oemDeals; }
    const std::vector<Scenario> &scenarios() const { return m_data.scenarios; }
    const std::vector<Activity> &activities() const { return m_data.activities; }
    const std::vector<Deal> &deals() const { return m_data.deals; }
    /// Workshop decisions with their evidence, oldest first (EntityKind::DecisionRecord).
    const std::vector<DecisionRecord> &decisionLog() const { return m_data.decisionLog; }
    const std::vector<InvestmentPeriod> &investments() const { return m_data.investments; }
    const std::vector<ScenarioPlan> &plans() const { return m_data.plans; }

    /// The scenario every view scores with (see ps::activeScenario); nullptr if there is none.
    const Scenario *activeScenario() const { return ps::activeScenario(m_data); }
    void setActiveScenarioId(Id id);

    const std::vector<SegmentRule> &segmentRules() const { return m_data.segmentRules; }
    /// Replaces the saved segment rules; emits segmentRulesChanged() if anything differs.
    void setSegmentRules(const std::vector<SegmentRule> &rules);

    const accounts::AccountBook &accountBook() const { return m_data.accountBook; }
    /// Replaces the account lists and private exchanges; emits accountBookChanged() if
    /// anything differs.
    void setAccountBook(accounts::AccountBook book);

    const std::vector<LinkKey> &rejectedLinks() const { return m_data.rejectedLinks; }
    /// Replaces the rejected link suggestions (kept sorted); emits rejectedLinksChanged() if
    /// anything differs.
    void setRejectedLinks(std::vector<LinkKey> rejected);

    template <typename T> const std::vector<T> &rows() const { return rowsOf<T>(m_data); }
    /// Row of the entity with this id, or -1.
    template <typename T> int rowOf(Id id) const { return m_index[kindIndex<T>()].value(id, -1); }
    /// The entity with this id, or nullptr. Valid until the next mutation.
    template <typename T> const T *find(Id id) const {
        const int row = rowOf<T>(id);
        return row < 0 ? nullptr : &rows<T>()[size_t(row)];
    }
    /// A fresh id for a new entity of kind T (never reused within a session).
    template <typename T> Id newId() {
        return m_idSource ? m_idSource(KindOf<T>::value) : ++m_lastId[kindIndex<T>()];
    }
    /// Where fresh ids come from instead of "largest id seen plus one": a team portfolio hands
    /// out ids reserved on the server, so that two people adding rows at once never pick the
    /// same id (core/team/teamids.h). An empty function restores the default.
    void setIdSource(std::function<Id(EntityKind)> source) { m_idSource = std::move(source); }

    /// Inserts at row (clamped to the end); an entity with id 0 gets a fresh id. Returns the id.
    template <typename T> Id insert(int row, T value);
    /// Replaces the entity with the same id; emits entityChanged() if anything differs.
    template <typename T> bool replace(const T &value);
    /// Removes one row without cascading; returns the removed value. A row outside the table
    /// removes nothing and returns a default value (id 0).
    template <typename T> T removeAt(int row);
    /// Appends rows with one notification (imports): ids 0 get fresh ids. Returns the ids.
    template <typename T> std::vector<Id> append(std::vector<T> values);
    /// Removes the last `count` rows without cascading, with one notification (undo of
    /// append); returns them in order.
    template <typename T> std::vector<T> removeLast(int count);

    /// Removes a partner with its links, OEM deals, activities and investment history, takes it
    /// off the deals of the deal log (a deal it was the only partner of goes with it), and clears
    /// it as anyone's upstream. Plan settings naming it stay (ignored).
    PartnerRemoval removePartner(Id id);
    void restorePartner(const PartnerRemoval &removal);
    IcpRemoval removeIcp(Id id);
    void restoreIcp(const IcpRemoval &removal);

    /// Rows of the links of one partner or one ICP, ascending.
    std::vector<int> linkRowsOfPartner(Id partnerId) const;
    std::vector<int> linkRowsOfIcp(Id icpId) const;
    /// The link between an ICP and a partner, or nullptr.
    const InfluenceLink *findLink(Id icpId, Id partnerId) const;

Q_SIGNALS:
    void infoChanged();
    void activeScenarioChanged(ps::Id id);
    void segmentRulesChanged();
    void rejectedLinksChanged();
    void accountBookChanged();
    void rowsAboutToBeInserted(ps::EntityKind kind, int first, int last);
    void rowsInserted(ps::EntityKind kind, int first, int last);
    void rowsAboutToBeRemoved(ps::EntityKind kind, int first, int last);
    void rowsRemoved(ps::EntityKind kind, int first, int last);
    /// Emitted by replace() just before the entity changes, while it still has its old value.
    void entityAboutToChange(ps::EntityKind kind, ps::Id id, int row);
    void entityChanged(ps::EntityKind kind, ps::Id id, int row);
    void aboutToReset();
    void reset();

public:
    /// The rows of kind T in `d`, for code that handles every kind alike.
    template <typename T> static std::vector<T> &rowsOf(PortfolioData &d);
    template <typename T> static const std::vector<T> &rowsOf(const PortfolioData &d) {
        return rowsOf<T>(const_cast<PortfolioData &>(d));
    }

private:
    template <typename T> static constexpr int kindIndex() { return int(KindOf<T>::value); }
    template <typename T> void reindexFrom(int row);
    void rebuildIndexes();

    PortfolioData m_data;
    IdIndex m_index[EntityKindCount];
    Id m_lastId[EntityKindCount] = {};
    std::function<Id(EntityKind)> m_idSource;
};

template <> inline std::vector<Icp> &Portfolio::rowsOf<Icp>(PortfolioData &d) {
    return d.icps;
}
template <> inline std::vector<Partner> &Portfolio::rowsOf<Partner>(PortfolioData &d) {
    return d.partners;
}
template <> inline std::vector<InfluenceLink> &Portfolio::rowsOf<InfluenceLink>(PortfolioData &d) {
    return d.links;
}
template <> inline std::vector<OemDeal> &Portfolio::rowsOf<OemDeal>(PortfolioData &d) {
    return d.oemDeals;
}
template <> inline std::vector<Scenario> &Portfolio::rowsOf<Scenario>(PortfolioData &d) {
    return d.scenarios;
}
template <> inline std::vector<Activity> &Portfolio::rowsOf<Activity>(PortfolioData &d) {
    return d.activities;
}
template <> inline std::vector<Deal> &Portfolio::rowsOf<Deal>(PortfolioData &d) {
    return d.deals;
}
template <>
inline std::vector<DecisionRecord> &Portfolio::rowsOf<DecisionRecord>(PortfolioData &d) {
    return d.decisionLog;
}
template <>
inline std::vector<InvestmentPeriod> &Portfolio::rowsOf<InvestmentPeriod>(PortfolioData &d) {
    return d.investments;
}
template <> inline std::vector<ScenarioPlan> &Portfolio::rowsOf<ScenarioPlan>(PortfolioData &d) {
    return d.plans;
}

template <typename T> void Portfolio::reindexFrom(int row) {
    auto &list = rowsOf<T>(m_data);
    auto &index = m_index[kindIndex<T>()];
    for (size_t i = size_t(row); i < list.size(); ++i)
        index.insert(list[i].id, int(i));
}

template <typename T> Id Portfolio::insert(int row, T value) {
    auto &list = rowsOf<T>(m_data);
    row = qBound(0, row, int(list.size()));
    if (value.id == 0)
        value.id = newId<T>();
    else
        m_lastId[kindIndex<T>()] = qMax(m_lastId[kindIndex<T>()], value.id);
    const Id id = value.id;
    Q_EMIT rowsAboutToBeInserted(KindOf<T>::value, row, row);
    list.insert(list.begin() + row, std::move(value));
    reindexFrom<T>(row);
    Q_EMIT rowsInserted(KindOf<T>::value, row, row);
    return id;
}

template <typename T> bool Portfolio::replace(const T &value) {
    const int row = rowOf<T>(value.id);
    if (row < 0)
        return false;
    T &slot = rowsOf<T>(m_data)[size_t(row)];
    if (slot == value)
        return false;
    Q_EMIT entityAboutToChange(KindOf<T>::value, value.id, row);
    slot = value;
    Q_EMIT entityChanged(KindOf<T>::value, value.id, row);
    return true;
}

template <typename T> T Portfolio::removeAt(int row) {
    auto &list = rowsOf<T>(m_data);
    // A row that is not there (a stale undo step, a caller's off-by-one) removes nothing.
    if (row < 0 || size_t(row) >= list.size())
        return T();
    Q_EMIT rowsAboutToBeRemoved(KindOf<T>::value, row, row);
    T value = std::move(list[size_t(row)]);
    list.erase(list.begin() + row);
    m_index[kindIndex<T>()].remove(value.id);
    reindexFrom<T>(row);
    Q_EMIT rowsRemoved(KindOf<T>::value, row, row);
    return value;
}

template <typename T> std::vector<Id> Portfolio::append(std::vector<T> values) {
    std::vector<Id> ids;
    if (values.empty())
        return ids;
    auto &list = rowsOf<T>(m_data);
    const int first = int(list.size());
    const int last = first + int(values.size()) - 1;
    ids.reserve(values.size());
    for (T &value : values) {
        if (value.id == 0)
            value.id = newId<T>();
        else
            m_lastId[kindIndex<T>()] = qMax(m_lastId[kindIndex<T>()], value.id);
        ids.push_back(value.id);
    }
    Q_EMIT rowsAboutToBeInserted(KindOf<T>::value, first, last);
    list.insert(list.end(), std::make_move_iterator(values.begin()),
                std::make_move_iterator(values.end()));
    reindexFrom<T>(first);
    Q_EMIT rowsInserted(KindOf<T>::value, first, last);
    return ids;
}

template <typename T> std::vector<T> Portfolio::removeLast(int count) {
    auto &list = rowsOf<T>(m_data);
    count = qBound(0, count, int(list.size()));
    std::vector<T> removed;
    if (count == 0)
        return removed;
    const int first = int(list.size()) - count;
    const int last = int(list.size()) - 1;
    Q_EMIT rowsAboutToBeRemoved(KindOf<T>::value, first, last);
    removed.assign(std::make_move_iterator(list.begin() + first),
                   std::make_move_iterator(list.end()));
    list.erase(list.begin() + first, list.end());
    for (const T &value : removed)
        m_index[kindIndex<T>()].remove(value.id);
    Q_EMIT rowsRemoved(KindOf<T>::value, first, last);
    return removed;
}

} // namespace ps

Q_DECLARE_METATYPE(ps::EntityKind)
