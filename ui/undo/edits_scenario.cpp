// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for scenarios: weights, thresholds and overrides, and which one is active.
#include "ui/undo/edits_scenario.h"

#include "ui/undo/edithelpers.h"

#include <algorithm>
#include <cmath>

namespace ps {
namespace undo {

/// Switches the active scenario; stored in the file, so it is an undoable edit.
class SetActiveScenario : public QUndoCommand {
public:
    SetActiveScenario(Portfolio *portfolio, Id before, Id after, const QString &text,
                      QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_portfolio(portfolio)
        , m_before(before)
        , m_after(after) {}

    void redo() override { m_portfolio->setActiveScenarioId(m_after); }
    void undo() override { m_portfolio->setActiveScenarioId(m_before); }

private:
    Portfolio *m_portfolio;
    Id m_before;
    Id m_after;
};

} // namespace undo

namespace edit {
using namespace detail;

namespace {

QString nameOf(const Scenario &scenario) {
    return scenario.name.isEmpty() ? EditTr::tr("unnamed scenario") : scenario.name;
}

/// The rules ps::validate applies to a stored scenario, checked before anything is pushed.
bool scenarioValid(const Scenario &s) {
    const auto inRange = [](double t) { return std::isfinite(t) && t >= 0.0 && t <= 100.0; };
    if (!inRange(s.potentialThreshold) || !inRange(s.readinessThreshold))
        return false;
    for (const WeightProfile &profile : s.profiles)
        for (double w : profile.weights)
            if (!std::isfinite(w) || w < 0.0)
                return false;
    return true;
}

/// The id currently in effect: the stored one, or the first scenario when none is stored.
Id effectiveActiveId(const Portfolio &portfolio) {
    const Scenario *active = portfolio.activeScenario();
    return active ? active->id : 0;
}

} // namespace

Id addScenario(Document &doc, Scenario scenario, bool makeActive) {
    Portfolio &portfolio = *doc.portfolio();
    scenario.name = scenario.name.trimmed();
    if (scenario.name.isEmpty())
        scenario.name = EditTr::tr("New scenario");
    if (!scenarioValid(scenario))
        return 0;
    if (scenario.id == 0 || portfolio.find<Scenario>(scenario.id))
        scenario.id = portfolio.newId<Scenario>();
    const Id id = scenario.id;
    auto *parent = new QUndoCommand(EditTr::tr("Add scenario %1").arg(scenario.name));
    new undo::InsertEntity<Scenario>(&portfolio, EndRow, std::move(scenario), parent->text(),
                                     parent);
    if (makeActive)
        new undo::SetActiveScenario(&portfolio, portfolio.data().activeScenarioId, id,
                                    parent->text(), parent);
    doc.undoStack()->push(parent);
    return id;
}

bool setScenario(Document &doc, const Scenario &value, ScenarioEdit kind, Merge merge,
                 const QString &text) {
    Portfolio &portfolio = *doc.portfolio();
    const Scenario *current = portfolio.find<Scenario>(value.id);
    if (!current || !scenarioValid(value))
        return false;
    Scenario after = value;
    after.name = after.name.trimmed();
    if (after.name.isEmpty())
        return false;
    if (after == *current)
        return false;
    const QString title =
        text.isEmpty() ? EditTr::tr("Change scenario %1").arg(nameOf(*current)) : text;
    // Continuous edits merge only with the same kind of edit (weights with weights, thresholds
    // with thresholds).
    doc.undoStack()->push(new undo::ReplaceEntity<Scenario>(&portfolio, *current, after, int(kind),
                                                            merge == Merge::Continuous, title));
    return true;
}

bool removeScenario(Document &doc, Id scenario) {
    Portfolio &portfolio = *doc.portfolio();
    const Scenario *current = portfolio.find<Scenario>(scenario);
    // A portfolio always scores with some scenario: the last one stays.
    if (!current || portfolio.scenarios().size() < 2)
        return false;
    auto *parent = new QUndoCommand(EditTr::tr("Delete scenario %1").arg(nameOf(*current)));
    if (effectiveActiveId(portfolio) == scenario) {
        const auto &all = portfolio.scenarios();
        const auto next = std::find_if(all.begin(), all.end(),
                                       [&](const Scenario &s) { return s.id != scenario; });
        new undo::SetActiveScenario(&portfolio, portfolio.data().activeScenarioId, next->id,
                                    parent->text(), parent);
    }
    new undo::RemoveEntity<Scenario>(&portfolio, scenario, parent->text(), parent);
    doc.undoStack()->push(parent);
    return true;
}

bool setActiveScenario(Document &doc, Id scenario) {
    Portfolio &portfolio = *doc.portfolio();
    const Scenario *target = portfolio.find<Scenario>(scenario);
    if (!target || effectiveActiveId(portfolio) == scenario)
        return false;
    doc.undoStack()->push(
        new undo::SetActiveScenario(&portfolio, portfolio.data().activeScenarioId, scenario,
                                    EditTr::tr("Switch to scenario %1").arg(nameOf(*target))));
    return true;
}

} // namespace edit
} // namespace ps
