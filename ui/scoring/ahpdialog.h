// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"
#include "core/scoring/ahp.h"
#include "core/scoring/ahpsuggestion.h"
#include "core/scoring/scoring.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace ps {
class Document;

/**
 * Derives the weights of one axis of a weight profile from pairwise comparisons (AHP, Saaty's
 * 1-9 scale). The user judges the upper triangle; the lower triangle shows the reciprocals.
 * Weights, lambda max and the consistency ratio (with Saaty's random index, named in the dialog)
 * update as the judgments change.
 *
 * Above CR 0.10 it names the judgment that contributes most to the inconsistency and proposes a
 * value (ahp::suggest), with the CR after that change and how many partners would change
 * quadrant with it; one click puts the proposed value in. The space for that advice is reserved,
 * so nothing moves when it appears. Applying weights with a CR above 0.10 asks first. OK stores
 * the weights and the judgments in the scenario as one undo step, and the dialog reopens with
 * the judgments last applied to the scenario, profile and axis.
 */
class AhpDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int Size = 4; ///< criteria per axis

    AhpDialog(Document *document, Id scenario, int profileIndex, QWidget *parent = nullptr);

    Axis axis() const;
    void setAxis(Axis axis);
    /// How much more important criterion `row` is than `column` (row < column), e.g. 3 or 1/3.
    void setJudgment(int row, int column, double value);
    double judgment(int row, int column) const;
    /// The comparison as it stands, std::nullopt if it cannot be computed.
    const std::optional<ahp::Result> &result() const { return m_result; }
    QLabel *consistencyLabel() const { return m_consistency; }
    /// The judgment to revisit while the CR is above 0.10, else std::nullopt.
    const std::optional<ahp::Suggestion> &suggestion() const { return m_suggestion; }
    /// Partners whose quadrant the proposed value would change (against the current judgments).
    int suggestionQuadrantChanges() const { return m_quadrantChanges; }
    QLabel *suggestionLabel() const { return m_advice; }
    QPushButton *useSuggestionButton() const { return m_useSuggestion; }
    /// Says where the judgments shown come from (the scenario, or estimated from weights).
    QLabel *sourceLabel() const { return m_source; }
    /// Puts the proposed value into its judgment; false when there is no suggestion.
    bool useSuggestion();
    QComboBox *judgmentCombo(int row, int column) const {
        return m_combos[size_t(row)][size_t(column)];
    }

    /// Stores the weights and the judgments on the chosen axis of the profile, one undo step,
    /// without asking; false if nothing changed.
    bool apply();
    /// Applies and closes; with a CR above 0.10 it asks first (confirmInconsistent()), and stays
    /// open when the answer is no.
    void accept() override;
    /// Asks whether to apply judgments whose CR is above 0.10; true when the CR is not above it
    /// or the answer is yes. The question is a QMessageBox named "confirmInconsistent".
    bool confirmInconsistent();

private:
    void rebuildGrid();
    void loadFromProfile();
    void recompute();
    void updateAdvice(const ahp::Matrix &matrix);
    ahp::Matrix currentMatrix() const;
    int quadrantChanges(const std::vector<double> &before, const std::vector<double> &after) const;

    Document *m_document;
    Id m_scenario;
    int m_profile;
    QComboBox *m_axis;
    QGridLayout *m_grid;
    std::array<std::array<QComboBox *, Size>, Size> m_combos{};
    std::array<std::array<QLabel *, Size>, Size> m_reciprocals{};
    std::array<QLabel *, Size> m_weights{};
    std::array<QLabel *, Size> m_rowNames{};
    std::array<QLabel *, Size> m_columnNames{};
    QLabel *m_lambda;
    QLabel *m_consistency;
    QLabel *m_advice;
    QPushButton *m_useSuggestion;
    QLabel *m_source;
    CriteriaTable m_criteria; ///< the portfolio's, computed once: it does not change meanwhile
    std::optional<ahp::Result> m_result;
    std::optional<ahp::Suggestion> m_suggestion;
    int m_quadrantChanges = 0;
    bool m_loading = false;
};

} // namespace ps
