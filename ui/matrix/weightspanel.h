// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

namespace ps {
class AhpDialog;
class Document;
class ScoringController;

/**
 * The weights of the active scenario: one slider per criterion of the chosen model profile,
 * grouped by axis with each criterion's share of its axis, and the two quadrant thresholds.
 *
 * While a slider moves the matrix re-scores live through ScoringController::previewScenario();
 * releasing it (or a keyboard change) stores the weights as one undo step.
 */
class WeightsPanel : public QWidget {
    Q_OBJECT
public:
    /// Shows the AHP dialog; returns when the user closed it. Tests replace it.
    using AhpPrompt = std::function<void(AhpDialog &dialog)>;

    WeightsPanel(Document *document, ScoringController *scoring, QWidget *parent = nullptr);

    /// Index into Scenario::profiles of the profile being edited.
    int profileIndex() const;
    void setProfileIndex(int index);
    QComboBox *profileCombo() const { return m_profile; }
    QSlider *slider(Criterion c) const { return m_sliders[size_t(c)]; }
    QLabel *shareLabel(Criterion c) const { return m_shares[size_t(c)]; }
    QDoubleSpinBox *potentialThreshold() const { return m_potentialThreshold; }
    QDoubleSpinBox *readinessThreshold() const { return m_readinessThreshold; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *ahpButton() const { return m_ahp; }
    void setAhpPrompt(AhpPrompt prompt) { m_ahpPrompt = std::move(prompt); }

    /// Puts the default weights of the chosen model back (one undo step).
    void resetToDefaults();
    /// Opens the AHP dialog for the chosen profile.
    void deriveFromPairwise();

private:
    QWidget *createAxisGroup(Axis axis);
    const Scenario *storedScenario() const;
    void refresh();
    void updateShares(const WeightProfile &profile);
    void sliderMoved(Criterion c, int value);
    void commitDraft();
    void thresholdChanged();

    Document *m_document;
    ScoringController *m_scoring;
    QComboBox *m_profile;
    std::array<QSlider *, CriterionCount> m_sliders{};
    std::array<QLabel *, CriterionCount> m_shares{};
    QDoubleSpinBox *m_potentialThreshold = nullptr;
    QDoubleSpinBox *m_readinessThreshold = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_ahp = nullptr;
    QLabel *m_scenarioName = nullptr;
    /// The scenario being previewed while a slider is held down.
    std::optional<Scenario> m_draft;
    bool m_updating = false;
    AhpPrompt m_ahpPrompt;
};

/// Name of a weight profile: the partner model's label, or "Needs classification".
QString profileLabel(int profileIndex);

} // namespace ps
