// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"
#include "core/scoring/ahp.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;

namespace ps {
class Document;

/**
 * Derives the weights of one axis of a weight profile from pairwise comparisons (AHP, Saaty's
 * 1-9 scale). The user judges the upper triangle; the lower triangle shows the reciprocals.
 * Weights, lambda max and the consistency ratio update as the judgments change; a ratio above
 * 0.10 is flagged. OK stores the weights as one undo step.
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
    QComboBox *judgmentCombo(int row, int column) const {
        return m_combos[size_t(row)][size_t(column)];
    }

    /// Stores the weights on the chosen axis of the profile; false if nothing changed.
    bool apply();
    void accept() override;

private:
    void rebuildGrid();
    void loadFromProfile();
    void recompute();

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
    std::optional<ahp::Result> m_result;
    bool m_loading = false;
};

} // namespace ps
