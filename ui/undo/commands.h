// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"
#include "core/domain/scenario.h"

#include <QUndoCommand>

#include <utility>

/// The undo commands behind the ps::edit facade. Only the facade creates them: it validates,
/// drops edits that change nothing, and composes multi-row edits as one parent command.
namespace ps::undo {

/// Every merge id of every undo command, in one enum (Tiled's UndoCommands in spirit): one per
/// kind of entity, plus commands that merge by their own rule. QUndoStack only merges commands
/// with equal ids, so two kinds must never share a value.
enum CommandId {
    InfoChangeId = 1,
    PartnerChangeId,
    IcpChangeId,
    LinkChangeId,
    OemDealChangeId,
    ActivityChangeId,
    DealChangeId,
    ScenarioChangeId,
    PartnerDecisionId, ///< a workshop decision, amended by its details (SetPartnerDecision)
    DecisionRecordId,  ///< a workshop decision with its evidence (edits_workshop.cpp)
    InvestmentChangeId,
    PlanChangeId, ///< a scenario's plan settings (SetPlan, edits_plan.cpp)
};

/// Milliseconds on a monotonic clock, for the merge window of continuous edits.
qint64 monotonicMsecs();
/// Continuous edits further apart than this start a new undo step.
constexpr qint64 MergeWindowMsecs = 2000;

template <typename T> struct ChangeIdOf;
template <> struct ChangeIdOf<PortfolioInfo> { static constexpr int value = InfoChangeId; };
template <> struct ChangeIdOf<Partner> { static constexpr int value = PartnerChangeId; };
template <> struct ChangeIdOf<Icp> { static constexpr int value = IcpChangeId; };
template <> struct ChangeIdOf<InfluenceLink> { static constexpr int value = LinkChangeId; };
template <> struct ChangeIdOf<OemDeal> { static constexpr int value = OemDealChangeId; };
template <> struct ChangeIdOf<Activity> { static constexpr int value = ActivityChangeId; };
template <> struct ChangeIdOf<Deal> { static constexpr int value = DealChangeId; };
template <> struct ChangeIdOf<Scenario> { static constexpr int value = ScenarioChangeId; };
template <> struct ChangeIdOf<InvestmentPeriod> {
    static constexpr int value = InvestmentChangeId;
};

inline void applyValue(Portfolio &portfolio, const PortfolioInfo &info) {
    portfolio.setInfo(info);
}
template <typename T> void applyValue(Portfolio &portfolio, const T &value) {
    portfolio.replace(value);
}
inline Id entityIdOf(const PortfolioInfo &) {
    return 0;
}
template <typename T> Id entityIdOf(const T &value) {
    return value.id;
}

/**
 * Replaces a whole entity (or the portfolio info) by a new value; undo puts the old one back.
 * `field` names what changed so that continuous edits of the same field can merge.
 */
template <typename T> class ReplaceEntity : public QUndoCommand {
public:
    ReplaceEntity(Portfolio *portfolio, T before, T after, int field, bool continuous,
                  const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
        , m_continuous(continuous)
        , m_time(monotonicMsecs()) {}

    void redo() override { applyValue(*m_portfolio, m_after); }
    void undo() override { applyValue(*m_portfolio, m_before); }
    int id() const override { return ChangeIdOf<T>::value; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const ReplaceEntity<T> *>(other);
        if (!next || !m_continuous || !next->m_continuous || next->m_field != m_field ||
            entityIdOf(next->m_after) != entityIdOf(m_after) ||
            next->m_time - m_time >= MergeWindowMsecs)
            return false;
        m_after = next->m_after;
        m_time = next->m_time;
        // A drag that ends where it started leaves no step behind.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Portfolio *m_portfolio;
    T m_before;
    T m_after;
    int m_field;
    bool m_continuous;
    qint64 m_time;
};

/// Inserts one entity, which already carries its final id, at a fixed row.
template <typename T> class InsertEntity : public QUndoCommand {
public:
    InsertEntity(Portfolio *portfolio, int row, T value, const QString &text,
                 QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_row(row)
        , m_value(std::move(value)) {}

    void redo() override { m_portfolio->insert(m_row, m_value); }
    void undo() override { m_portfolio->template removeAt<T>(m_portfolio->rowOf<T>(m_value.id)); }

private:
    Portfolio *m_portfolio;
    int m_row;
    T m_value;
};

/// Appends many entities, which already carry their final ids, with one notification (imports).
/// Undo removes them from the end, where they still are: later steps are undone first.
template <typename T> class AppendEntities : public QUndoCommand {
public:
    AppendEntities(Portfolio *portfolio, std::vector<T> values, const QString &text,
                   QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_values(std::move(values)) {}

    void redo() override { m_portfolio->append(m_values); }
    void undo() override { m_portfolio->template removeLast<T>(int(m_values.size())); }

private:
    Portfolio *m_portfolio;
    std::vector<T> m_values;
};

/// Removes one entity without cascading (links, OEM deals).
template <typename T> class RemoveEntity : public QUndoCommand {
public:
    RemoveEntity(Portfolio *portfolio, Id id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_id(id) {}

    void redo() override {
        m_row = m_portfolio->rowOf<T>(m_id);
        if (m_row >= 0)
            m_value = m_portfolio->template removeAt<T>(m_row);
    }
    void undo() override {
        if (m_row >= 0)
            m_portfolio->insert(m_row, m_value);
    }

private:
    Portfolio *m_portfolio;
    Id m_id;
    int m_row = -1;
    T m_value;
};

/**
 * A partner's decision fields (decision, owner, next step, note) as one step. A later command
 * that `amends` the same partner's decision merges into this one while it is still the top of
 * the stack, so a workshop decision and the details added to it undo together.
 */
class SetPartnerDecision : public QUndoCommand {
public:
    SetPartnerDecision(Portfolio *portfolio, Partner before, Partner after, bool amends,
                       const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_amends(amends) {}

    void redo() override { m_portfolio->replace(m_after); }
    void undo() override { m_portfolio->replace(m_before); }
    int id() const override { return PartnerDecisionId; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const SetPartnerDecision *>(other);
        if (!next || !next->m_amends || next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        setText(next->text());
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Portfolio *m_portfolio;
    Partner m_before;
    Partner m_after;
    bool m_amends;
};

/// Removes a partner with everything that refers to it; undo restores all of it exactly.
class RemovePartner : public QUndoCommand {
public:
    RemovePartner(Portfolio *portfolio, Id id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_id(id) {}

    void redo() override { m_removal = m_portfolio->removePartner(m_id); }
    void undo() override { m_portfolio->restorePartner(m_removal); }

private:
    Portfolio *m_portfolio;
    Id m_id;
    PartnerRemoval m_removal;
};

/// Removes an ICP with its influence links.
class RemoveIcp : public QUndoCommand {
public:
    RemoveIcp(Portfolio *portfolio, Id id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_id(id) {}

    void redo() override { m_removal = m_portfolio->removeIcp(m_id); }
    void undo() override { m_portfolio->restoreIcp(m_removal); }

private:
    Portfolio *m_portfolio;
    Id m_id;
    IcpRemoval m_removal;
};

} // namespace ps::undo
