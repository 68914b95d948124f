// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix/weightspanel.h"

#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/scoring/ahpdialog.h"
#include "ui/undo/edits_scenario.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace ps {

namespace {
/// Largest weight a slider offers; the default profiles use 0-100 per axis.
constexpr int MaxSliderWeight = 100;
} // namespace

QString profileLabel(int index) {
    for (PartnerModel model : enumValues<PartnerModel>())
        if (ps::profileIndex(model) == index)
            return label(model);
    return QCoreApplication::translate("ps::WeightsPanel", "Needs classification");
}

WeightsPanel::WeightsPanel(Document *document, ScoringController *scoring, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scoring(scoring)
    , m_profile(new QComboBox(this)) {
    for (PartnerModel model : enumValues<PartnerModel>())
        m_profile->addItem(label(model), ps::profileIndex(model));
    m_profile->addItem(tr("Needs classification"), ps::profileIndex(std::nullopt));
    m_profile->setAccessibleName(tr("Weight profile"));
    // The longest model name must not make the side panel wider than the matrix can spare.
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(14);
    m_profile->setToolTip(tr("Each partner model is scored with its own weights"));
    connect(m_profile, &QComboBox::currentIndexChanged, this, &WeightsPanel::refresh);

    m_scenarioName = new QLabel(this);
    m_scenarioName->setTextFormat(Qt::PlainText);
    QFont bold = m_scenarioName->font();
    bold.setBold(true);
    m_scenarioName->setFont(bold);

    auto *profileForm = new QFormLayout;
    profileForm->addRow(tr("Scenario:"), m_scenarioName);
    profileForm->addRow(tr("&Profile:"), m_profile);

    auto *thresholds = new QGroupBox(tr("Quadrant thresholds"), this);
    auto *thresholdForm = new QFormLayout(thresholds);
    const auto makeSpin = [this](const QString &name) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(0.0, 100.0);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        spin->setAccessibleName(name);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WeightsPanel::thresholdChanged);
        return spin;
    };
    m_potentialThreshold = makeSpin(tr("Potential threshold"));
    m_readinessThreshold = makeSpin(tr("Readiness threshold"));
    thresholdForm->addRow(tr("P&otential:"), m_potentialThreshold);
    thresholdForm->addRow(tr("R&eadiness:"), m_readinessThreshold);

    m_reset = new QPushButton(tr("Reset to &Defaults"), this);
    m_reset->setToolTip(tr("Put back the default weights of this partner model"));
    connect(m_reset, &QPushButton::clicked, this, &WeightsPanel::resetToDefaults);
    m_ahp = new QPushButton(tr("Derive from &Pairwise Comparisons..."), this);
    m_ahp->setToolTip(tr("Compare the criteria two at a time and let AHP compute the weights"));
    connect(m_ahp, &QPushButton::clicked, this, &WeightsPanel::deriveFromPairwise);
    m_ahpPrompt = [](AhpDialog &dialog) { dialog.exec(); };

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileForm);
    layout->addWidget(createAxisGroup(Axis::Potential));
    layout->addWidget(createAxisGroup(Axis::Readiness));
    layout->addWidget(m_reset);
    layout->addWidget(m_ahp);
    layout->addWidget(thresholds);
    layout->addStretch(1);

    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            refresh();
    });
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            refresh();
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            refresh();
    });
    connect(portfolio, &Portfolio::activeScenarioChanged, this, &WeightsPanel::refresh);
    connect(portfolio, &Portfolio::reset, this, &WeightsPanel::refresh);
    refresh();
}

QWidget *WeightsPanel::createAxisGroup(Axis axis) {
    auto *group = new QGroupBox(label(axis), this);
    auto *grid = new QGridLayout(group);
    int row = 0;
    for (Criterion c : criteriaOf(axis)) {
        auto *slider = new QSlider(Qt::Horizontal, group);
        slider->setRange(0, MaxSliderWeight);
        slider->setPageStep(5);
        slider->setMinimumWidth(slider->fontMetrics().averageCharWidth() * 8);
        slider->setAccessibleName(tr("Weight of %1").arg(label(c)));
        auto *name = new QLabel(label(c), group);
        // Both axis groups start their sliders at the same x, so the weights line up.
        int nameWidth = 0;
        for (Criterion any : allValues(static_cast<Criterion *>(nullptr)))
            nameWidth = qMax(nameWidth, name->fontMetrics().horizontalAdvance(label(any)));
        name->setMinimumWidth(nameWidth);
        name->setBuddy(slider);
        auto *share = new QLabel(group);
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
        share->setToolTip(tr("Share of the %1 score").arg(label(axis)));
        connect(slider, &QSlider::valueChanged, this,
                [this, c](int value) { sliderMoved(c, value); });
        connect(slider, &QSlider::sliderReleased, this, &WeightsPanel::commitDraft);
        grid->addWidget(name, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(share, row, 2);
        m_sliders[size_t(c)] = slider;
        m_shares[size_t(c)] = share;
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return group;
}

int WeightsPanel::profileIndex() const {
    return m_profile->currentData().toInt();
}

void WeightsPanel::setProfileIndex(int index) {
    const int row = m_profile->findData(index);
    if (row >= 0)
        m_profile->setCurrentIndex(row);
}

const Scenario *WeightsPanel::storedScenario() const {
    return m_document->portfolio()->activeScenario();
}

void WeightsPanel::refresh() {
    if (m_draft)
        return; // a slider is held down; the stored scenario catches up on release
    const Scenario *scenario = storedScenario();
    setEnabled(scenario != nullptr);
    if (!scenario)
        return;
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_scenarioName->setText(scenario->name);
    const WeightProfile &profile = scenario->profiles[size_t(profileIndex())];
    for (int i = 0; i < CriterionCount; ++i)
        m_sliders[size_t(i)]->setValue(int(std::lround(profile.weights[size_t(i)])));
    m_potentialThreshold->setValue(scenario->potentialThreshold);
    m_readinessThreshold->setValue(scenario->readinessThreshold);
    updateShares(profile);
}

void WeightsPanel::updateShares(const WeightProfile &profile) {
    for (Axis axis : {Axis::Potential, Axis::Readiness}) {
        double sum = 0.0;
        for (Criterion c : criteriaOf(axis))
            sum += profile.weight(c);
        for (Criterion c : criteriaOf(axis)) {
            const double share = sum > 0.0 ? 100.0 * profile.weight(c) / sum : 0.0;
            m_shares[size_t(c)]->setText(tr("%1 %").arg(std::lround(share)));
        }
    }
}

void WeightsPanel::sliderMoved(Criterion c, int value) {
    if (m_updating)
        return;
    const Scenario *stored = storedScenario();
    if (!stored)
        return;
    if (!m_draft)
        m_draft = *stored;
    WeightProfile &profile = m_draft->profiles[size_t(profileIndex())];
    profile.setWeight(c, value);
    updateShares(profile);
    m_scoring->previewScenario(*m_draft);
    // Keyboard and wheel changes have no release: each one is its own step.
    if (!m_sliders[size_t(c)]->isSliderDown())
        commitDraft();
}

void WeightsPanel::commitDraft() {
    if (!m_draft)
        return;
    const Scenario draft = *m_draft;
    m_draft.reset();
    edit::setScenario(
        *m_document, draft, edit::ScenarioEdit::Weights, edit::Merge::Continuous,
        tr("Change weights of %1 in %2").arg(profileLabel(profileIndex()), draft.name));
    m_scoring->endPreview();
    refresh();
}

void WeightsPanel::thresholdChanged() {
    if (m_updating)
        return;
    const Scenario *stored = storedScenario();
    if (!stored)
        return;
    Scenario after = *stored;
    after.potentialThreshold = m_potentialThreshold->value();
    after.readinessThreshold = m_readinessThreshold->value();
    edit::setScenario(*m_document, after, edit::ScenarioEdit::Thresholds, edit::Merge::Continuous,
                      tr("Change thresholds of %1").arg(after.name));
}

void WeightsPanel::resetToDefaults() {
    const Scenario *stored = storedScenario();
    if (!stored)
        return;
    Scenario after = *stored;
    const int index = profileIndex();
    std::optional<PartnerModel> model;
    for (PartnerModel m : enumValues<PartnerModel>())
        if (ps::profileIndex(m) == index)
            model = m;
    after.profiles[size_t(index)] = defaultProfile(model);
    edit::setScenario(*m_document, after, edit::ScenarioEdit::Weights, edit::Merge::Separate,
                      tr("Reset weights of %1 in %2").arg(profileLabel(index), after.name));
}

void WeightsPanel::deriveFromPairwise() {
    const Scenario *stored = storedScenario();
    if (!stored)
        return;
    AhpDialog dialog(m_document, stored->id, profileIndex(), this);
    m_ahpPrompt(dialog);
}

} // namespace ps
