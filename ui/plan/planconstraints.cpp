// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/planconstraints.h"

#include "core/plan/portfolioplan.h"
#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/plan/curvedialog.h"
#include "ui/undo/edits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

constexpr int SliderSteps = 1000;

QDoubleSpinBox *moneyBox(QWidget *parent) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setSingleStep(10000);
    // Typing commits on Enter or when focus leaves; the arrows re-plan at every step.
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

} // namespace

PlanConstraints::PlanConstraints(Document *document, PlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(controller) {
    build();
    Portfolio *portfolio = document->portfolio();
    const auto onKind = [this](EntityKind kind) {
        if (kind == EntityKind::Plan || kind == EntityKind::Scenario || kind == EntityKind::Partner)
            refresh();
    };
    connect(portfolio, &Portfolio::entityChanged, this, onKind);
    connect(portfolio, &Portfolio::rowsInserted, this, onKind);
    connect(portfolio, &Portfolio::rowsRemoved, this, onKind);
    connect(portfolio, &Portfolio::reset, this, &PlanConstraints::refresh);
    connect(portfolio, &Portfolio::activeScenarioChanged, this, &PlanConstraints::refresh);
    connect(portfolio, &Portfolio::segmentRulesChanged, this, &PlanConstraints::refresh);
    connect(portfolio, &Portfolio::infoChanged, this, &PlanConstraints::refresh);
    connect(controller, &PlanController::planChanged, this, [this] {
        if (!m_budgetSlider->isSliderDown())
            refresh();
    });
    refresh();
}

void PlanConstraints::build() {
    m_scenario = new QLabel(this);
    m_scenario->setWordWrap(true);
    m_budget = moneyBox(this);
    m_budget->setAccessibleName(tr("Budget"));
    m_budgetSlider = new QSlider(Qt::Horizontal, this);
    m_budgetSlider->setRange(0, SliderSteps);
    m_budgetSlider->setPageStep(SliderSteps / 20);
    m_budgetSlider->setAccessibleName(tr("Budget slider"));
    m_budgetSlider->setToolTip(tr("Drag to see the plan follow the budget."));
    m_today = new QLabel(this);
    m_today->setWordWrap(true);
    m_objective = new QComboBox(this);
    for (PlanObjective o : enumValues<PlanObjective>())
        m_objective->addItem(label(o), toKey(o));
    m_objective->setAccessibleName(tr("Objective"));
    m_marginRate = new QDoubleSpinBox(this);
    m_marginRate->setRange(0, 100);
    m_marginRate->setDecimals(0);
    m_marginRate->setSuffix(QStringLiteral(" %"));
    m_marginRate->setKeyboardTracking(false);
    m_marginRate->setAccessibleName(tr("Margin rate"));
    m_minimum = moneyBox(this);
    m_minimum->setAccessibleName(tr("Minimum per partner"));
    m_maximum = moneyBox(this);
    m_maximum->setSpecialValueText(tr("No cap"));
    m_maximum->setAccessibleName(tr("Maximum per partner"));

    auto *budgetBox = new QGroupBox(tr("Budget and objective"), this);
    auto *form = new QFormLayout(budgetBox);
    form->addRow(m_scenario);
    auto *budgetLabel = new QLabel(tr("&Budget a year:"), budgetBox);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, m_budget);
    form->addRow(m_budgetSlider);
    form->addRow(m_today);
    auto *objectiveLabel = new QLabel(tr("&Objective:"), budgetBox);
    objectiveLabel->setBuddy(m_objective);
    form->addRow(objectiveLabel, m_objective);
    auto *marginLabel = new QLabel(tr("Mar&gin rate:"), budgetBox);
    marginLabel->setBuddy(m_marginRate);
    form->addRow(marginLabel, m_marginRate);

    auto *limitsBox = new QGroupBox(tr("Per partner"), this);
    auto *limits = new QFormLayout(limitsBox);
    auto *minLabel = new QLabel(tr("M&inimum:"), limitsBox);
    minLabel->setBuddy(m_minimum);
    limits->addRow(minLabel, m_minimum);
    auto *maxLabel = new QLabel(tr("Ma&ximum:"), limitsBox);
    maxLabel->setBuddy(m_maximum);
    limits->addRow(maxLabel, m_maximum);

    auto *policyBox = new QGroupBox(tr("Quadrant policy"), this);
    auto *policies = new QFormLayout(policyBox);
    for (Quadrant q : enumValues<Quadrant>()) {
        auto *box = new QComboBox(policyBox);
        for (PlanPolicy p : enumValues<PlanPolicy>())
            box->addItem(label(p), toKey(p));
        box->setAccessibleName(tr("Policy for %1").arg(label(q)));
        m_policies[size_t(q)] = box;
        policies->addRow(tr("%1:", "a form label").arg(label(q)), box);
        connect(box, &QComboBox::activated, this, [this, q, box] {
            ScenarioPlan s = m_controller->settings();
            s.policies[size_t(q)] = *enumFromKey<PlanPolicy>(box->currentData().toString());
            store(s, tr("the policy for %1").arg(label(q)), false);
        });
    }

    auto *groupBox = new QGroupBox(tr("Groups: shares and curves"), this);
    m_groups = new QTableWidget(0, 3, groupBox);
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Min share"), tr("Curve")});
    m_groups->verticalHeader()->hide();
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setTabKeyNavigation(false);
    m_groups->setMinimumHeight(110);
    m_groups->setAccessibleName(tr("Plan groups"));
    m_groups->setToolTip(tr("Type a share in percent (empty for none); the group's partners "
                            "together get at least that share of the budget."));
    m_addGroup = new QPushButton(tr("&Add group"), groupBox);
    m_removeGroup = new QPushButton(tr("Remove grou&p"), groupBox);
    m_groupCurve = new QPushButton(tr("C&urve…"), groupBox);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_addGroup);
    groupButtons->addWidget(m_removeGroup);
    groupButtons->addWidget(m_groupCurve);
    auto *groupLayout = new QVBoxLayout(groupBox);
    groupLayout->addWidget(m_groups);
    groupLayout->addLayout(groupButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(budgetBox);
    layout->addWidget(limitsBox);
    layout->addWidget(policyBox);
    layout->addWidget(groupBox, 1);

    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        ScenarioPlan s = m_controller->settings();
        s.budget = value;
        store(s, tr("the budget"), true);
    });
    connect(m_budgetSlider, &QSlider::valueChanged, this, &PlanConstraints::budgetFromSlider);
    connect(m_objective, &QComboBox::activated, this, [this] {
        ScenarioPlan s = m_controller->settings();
        s.objective = *enumFromKey<PlanObjective>(m_objective->currentData().toString());
        store(s, tr("the objective"), false);
    });
    connect(m_marginRate, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        ScenarioPlan s = m_controller->settings();
        s.marginRate = value / 100.0;
        store(s, tr("the margin rate"), true);
    });
    connect(m_minimum, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        ScenarioPlan s = m_controller->settings();
        s.minPerPartner = value;
        store(s, tr("the minimum per partner"), true);
    });
    connect(m_maximum, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        ScenarioPlan s = m_controller->settings();
        s.maxPerPartner = value > 0 ? std::optional<double>(value) : std::nullopt;
        store(s, tr("the maximum per partner"), true);
    });
    connect(m_groups, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing || item->column() != 1)
            return;
        ScenarioPlan s = m_controller->settings();
        if (item->row() >= int(s.groups.size()))
            return;
        const QString text = item->text().remove(QLatin1Char('%')).trimmed();
        bool ok = text.isEmpty();
        const double percent = text.isEmpty() ? 0.0 : QLocale().toDouble(text, &ok);
        if (!ok || percent < 0 || percent > 100) {
            refresh(); // not a share: back to the stored one
            return;
        }
        s.groups[size_t(item->row())].minShare =
            text.isEmpty() ? std::nullopt : std::optional<double>(percent / 100.0);
        store(s, tr("a group's share"), false);
    });
    connect(m_addGroup, &QPushButton::clicked, this, &PlanConstraints::showAddGroupMenu);
    connect(m_removeGroup, &QPushButton::clicked, this, &PlanConstraints::removeSelectedGroup);
    connect(m_groupCurve, &QPushButton::clicked, this, &PlanConstraints::editGroupCurve);
    connect(m_groups, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_groups->selectedItems().isEmpty();
        m_removeGroup->setEnabled(selected);
        m_groupCurve->setEnabled(selected);
    });
}

void PlanConstraints::store(const ScenarioPlan &settings, const QString &what, bool continuous) {
    if (m_refreshing || m_controller->scenarioId() == 0)
        return;
    if (!edit::setPlan(*m_document, settings, what,
                       continuous ? edit::Merge::Continuous : edit::Merge::Separate))
        refresh(); // refused (an invalid figure) or no change: show what is stored
}

double PlanConstraints::sliderMaximum() const {
    // Twice today's spend, and room above the budget: the range stays put while a drag runs.
    double today = 0.0;
    if (const auto run = m_controller->run())
        for (const plan::PlanPartner &p : run->problem.partners)
            today += p.currentSpend;
    const double budget = m_controller->settings().budget;
    const double top = std::max({2.0 * today, 1.5 * budget, 1000.0});
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    return std::ceil(top / magnitude) * magnitude;
}

void PlanConstraints::budgetFromSlider(int position) {
    if (m_refreshing)
        return;
    // Whole thousands: the slider's own steps would give false precision.
    const double budget = std::round(m_sliderMax * position / SliderSteps / 1000.0) * 1000.0;
    ScenarioPlan s = m_controller->settings();
    s.budget = budget;
    {
        const QSignalBlocker blocker(m_budget);
        m_budget->setValue(budget);
    }
    store(s, tr("the budget"), true);
}

void PlanConstraints::refresh() {
    m_refreshing = true;
    const ScenarioPlan s = m_controller->settings();
    const PortfolioData &data = m_document->portfolio()->data();
    const Scenario *scenario = activeScenario(data);
    const QString currency = data.info.currency;
    m_scenario->setText(scenario ? tr("Plan of the scenario \"%1\".").arg(scenario->name)
                                 : tr("The portfolio has no scenario to plan with."));
    setEnabled(scenario != nullptr);
    for (QDoubleSpinBox *box : {m_budget, m_minimum, m_maximum})
        box->setSuffix(QLatin1Char(' ') + currency);
    const QSignalBlocker b1(m_budget), b2(m_budgetSlider), b3(m_objective), b4(m_marginRate),
        b5(m_minimum), b6(m_maximum);
    m_budget->setValue(s.budget);
    if (!m_budgetSlider->isSliderDown()) {
        m_sliderMax = sliderMaximum();
        m_budgetSlider->setValue(int(std::lround(s.budget / m_sliderMax * SliderSteps)));
    }
    double today = 0.0;
    if (const auto run = m_controller->run())
        for (const plan::PlanPartner &p : run->problem.partners)
            today += p.currentSpend;
    m_today->setText(
        tr("Today's spend: %1 %2 a year.").arg(QLocale().toString(today, 'f', 0), currency));
    m_objective->setCurrentIndex(m_objective->findData(toKey(s.objective)));
    m_marginRate->setValue(s.marginRate * 100.0);
    m_marginRate->setEnabled(s.objective == PlanObjective::Margin);
    m_minimum->setValue(s.minPerPartner);
    m_maximum->setValue(s.maxPerPartner.value_or(0.0));
    for (size_t q = 0; q < m_policies.size(); ++q) {
        const QSignalBlocker blocker(m_policies[q]);
        m_policies[q]->setCurrentIndex(m_policies[q]->findData(toKey(s.policies[q])));
    }
    const int selected = m_groups->currentRow();
    m_groups->setRowCount(int(s.groups.size()));
    for (int row = 0; row < int(s.groups.size()); ++row) {
        const PlanGroupSetting &g = s.groups[size_t(row)];
        auto *name = new QTableWidgetItem(plan::groupName(g, data));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *share = new QTableWidgetItem(
            g.minShare ? QLocale().toString(*g.minShare * 100.0, 'g', 4) + QStringLiteral(" %")
                       : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *curve = new QTableWidgetItem(g.curve ? tr("set by hand") : tr("fitted"));
        curve->setFlags(curve->flags() & ~Qt::ItemIsEditable);
        m_groups->setItem(row, 0, name);
        m_groups->setItem(row, 1, share);
        m_groups->setItem(row, 2, curve);
    }
    if (selected >= 0 && selected < m_groups->rowCount())
        m_groups->selectRow(selected);
    const bool hasSelection = !m_groups->selectedItems().isEmpty();
    m_removeGroup->setEnabled(hasSelection);
    m_groupCurve->setEnabled(hasSelection);
    m_refreshing = false;
}

void PlanConstraints::showAddGroupMenu() {
    QMenu menu(this);
    const PortfolioData &data = m_document->portfolio()->data();
    menu.addAction(tr("All partners"), this, [this] { addGroup({}); });
    QMenu *models = menu.addMenu(tr("Partner model"));
    for (PartnerModel model : enumValues<PartnerModel>())
        models->addAction(label(model), this, [this, model] {
            PlanGroupSetting g;
            g.model = model;
            addGroup(g);
        });
    QMenu *segments = menu.addMenu(tr("Saved segment"));
    segments->setEnabled(!data.segmentRules.empty());
    for (const SegmentRule &rule : data.segmentRules)
        segments->addAction(rule.name, this, [this, id = rule.id] {
            PlanGroupSetting g;
            g.segmentRuleId = id;
            addGroup(g);
        });
    menu.exec(m_addGroup->mapToGlobal(QPoint(0, m_addGroup->height())));
}

bool PlanConstraints::addGroup(const PlanGroupSetting &group) {
    ScenarioPlan s = m_controller->settings();
    s.groups.push_back(group);
    const int row = int(s.groups.size()) - 1;
    if (!edit::setPlan(*m_document, s, tr("the groups")))
        return false;
    refresh();
    m_groups->selectRow(row);
    m_groups->setCurrentCell(row, 1);
    m_groups->setFocus();
    return true;
}

bool PlanConstraints::removeSelectedGroup() {
    const int row = m_groups->currentRow();
    ScenarioPlan s = m_controller->settings();
    if (row < 0 || row >= int(s.groups.size()))
        return false;
    s.groups.erase(s.groups.begin() + row);
    return edit::setPlan(*m_document, s, tr("the groups"));
}

bool PlanConstraints::setGroupCurve(int row, const std::optional<CurveSetting> &curve) {
    ScenarioPlan s = m_controller->settings();
    if (row < 0 || row >= int(s.groups.size()))
        return false;
    s.groups[size_t(row)].curve = curve;
    return edit::setPlan(*m_document, s, tr("a group's curve"));
}

void PlanConstraints::editGroupCurve() {
    const int row = m_groups->currentRow();
    const ScenarioPlan s = m_controller->settings();
    if (row < 0 || row >= int(s.groups.size()))
        return;
    const PlanGroupSetting &g = s.groups[size_t(row)];
    CurveSetting start;
    if (const auto basis = m_controller->basis(); basis && basis->fit.ok()) {
        start.a = basis->fit.programCurve.a;
        start.s = basis->fit.programCurve.s;
    }
    const PortfolioData &data = m_document->portfolio()->data();
    CurveDialog dialog(tr("Curve of %1").arg(plan::groupName(g, data)), g.curve.value_or(start),
                       g.curve.has_value(), data.info.currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setGroupCurve(row,
                  dialog.cleared() ? std::nullopt : std::optional<CurveSetting>(dialog.curve()));
}

} // namespace ps
