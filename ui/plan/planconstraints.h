// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/planning.h"
#include "core/domain/scenario.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;

namespace ps {
class Document;
class PlanController;

/**
 * The constraints of the active scenario's plan, every one editable with the keyboard: budget
 * (a spin box and a slider that re-plans while it moves), objective and margin rate, minimum and
 * maximum per partner, the policy of each quadrant, and groups (a model, a saved segment or all
 * partners) with a minimum share of the budget or a response curve set by hand. Every change is
 * an undo step through ps::edit::setPlan; a drag or the arrows of a spin box merge into one.
 */
class PlanConstraints : public QWidget {
    Q_OBJECT
public:
    PlanConstraints(Document *document, PlanController *controller, QWidget *parent = nullptr);

    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QSlider *budgetSlider() const { return m_budgetSlider; }
    QComboBox *objectiveBox() const { return m_objective; }
    QDoubleSpinBox *marginRateBox() const { return m_marginRate; }
    QDoubleSpinBox *minimumBox() const { return m_minimum; }
    QDoubleSpinBox *maximumBox() const { return m_maximum; }
    QComboBox *policyBox(Quadrant quadrant) const { return m_policies[size_t(quadrant)]; }
    QTableWidget *groupTable() const { return m_groups; }

    /// Adds a group (no share, no curve) and selects it: one undo step.
    bool addGroup(const PlanGroupSetting &group);
    /// Removes the selected group: one undo step.
    bool removeSelectedGroup();
    /// Sets or clears (nullopt) the curve of group `row`: one undo step.
    bool setGroupCurve(int row, const std::optional<CurveSetting> &curve);

    /// Shows the stored settings (after undo, another scenario, a new portfolio).
    void refresh();

private:
    void build();
    /// Stores `settings` with the undo text naming `what`.
    void store(const ScenarioPlan &settings, const QString &what, bool continuous);
    void budgetFromSlider(int position);
    void editGroupCurve();
    void showAddGroupMenu();
    double sliderMaximum() const;

    Document *m_document;
    PlanController *m_controller;
    QLabel *m_scenario = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QSlider *m_budgetSlider = nullptr;
    QLabel *m_today = nullptr;
    QComboBox *m_objective = nullptr;
    QDoubleSpinBox *m_marginRate = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QDoubleSpinBox *m_maximum = nullptr;
    std::array<QComboBox *, 4> m_policies{};
    QTableWidget *m_groups = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_removeGroup = nullptr;
    QPushButton *m_groupCurve = nullptr;
    double m_sliderMax = 1.0;
    bool m_refreshing = false;
};

} // namespace ps
