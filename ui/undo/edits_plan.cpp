// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for a scenario's investment plan: one command that stores the plan (or
// adds it when the scenario has none yet), merging the steps of a slider drag.
#include "ui/undo/edithelpers.h"

#include <optional>

namespace ps::edit {
using namespace detail;

namespace {

/// Replaces a scenario's plan, or inserts it when there was none; undo puts back the old plan
/// or removes the new one. Continuous edits of the same field merge within the merge window.
class SetPlan : public QUndoCommand {
public:
    SetPlan(Portfolio *portfolio, std::optional<ScenarioPlan> before, ScenarioPlan after,
            QString field, bool continuous, const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
        , m_continuous(continuous)
        , m_time(undo::monotonicMsecs()) {}

    void redo() override {
        if (m_before)
            m_portfolio->replace(m_after);
        else
            m_portfolio->insert(int(m_portfolio->plans().size()), m_after);
    }
    void undo() override {
        if (m_before)
            m_portfolio->replace(*m_before);
        else
            m_portfolio->removeAt<ScenarioPlan>(m_portfolio->rowOf<ScenarioPlan>(m_after.id));
    }
    int id() const override { return undo::PlanChangeId; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const SetPlan *>(other);
        if (!next || !m_continuous || !next->m_continuous || next->m_field != m_field ||
            next->m_after.id != m_after.id || next->m_time - m_time >= undo::MergeWindowMsecs)
            return false;
        m_after = next->m_after;
        m_time = next->m_time;
        // A drag back to where it started leaves no step behind (a plan that was added stays).
        setObsolete(m_before && *m_before == m_after);
        return true;
    }

private:
    Portfolio *m_portfolio;
    std::optional<ScenarioPlan> m_before;
    ScenarioPlan m_after;
    QString m_field;
    bool m_continuous;
    qint64 m_time;
};

} // namespace

bool setPlan(Document &doc, const ScenarioPlan &plan, const QString &what, Merge merge) {
    Portfolio &portfolio = *doc.portfolio();
    const Scenario *scenario = portfolio.find<Scenario>(plan.scenarioId);
    if (!scenario || !planProblems(plan).isEmpty())
        return false;
    std::optional<ScenarioPlan> before;
    if (const ScenarioPlan *stored = planOf(portfolio.data(), plan.scenarioId))
        before = *stored;
    ScenarioPlan after = plan;
    if (before) {
        after.id = before->id;
        if (after == *before)
            return false;
    } else if (after.id == 0 || portfolio.find<ScenarioPlan>(after.id)) {
        after.id = portfolio.newId<ScenarioPlan>();
    }
    const QString text = EditTr::tr("Change %1 of the plan for %2").arg(what, scenario->name);
    doc.undoStack()->push(new SetPlan(&portfolio, std::move(before), std::move(after), what,
                                      merge == Merge::Continuous, text));
    return true;
}

} // namespace ps::edit
