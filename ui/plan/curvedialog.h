// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/planning.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace ps {

/**
 * A response curve set by hand (docs/plan.md): ceiling a, scale s and baseline per year, with
 * the uncertainty of ln a and ln s and their correlation. Shows what the curve returns at a few
 * spends so the figures can be judged before they are used. "Use the fitted curve" clears it.
 */
class CurveDialog : public QDialog {
    Q_OBJECT
public:
    /// `initial`: the curve set by hand, or the fitted one to start from (`isSet` false).
    CurveDialog(const QString &title, const CurveSetting &initial, bool isSet,
                const QString &currency, QWidget *parent = nullptr);

    CurveSetting curve() const;
    /// After exec(): true when the user chose to clear the curve set by hand.
    bool cleared() const { return m_cleared; }

    QDoubleSpinBox *ceilingBox() const { return m_a; }
    QDoubleSpinBox *scaleBox() const { return m_s; }

private:
    void updatePreview();

    QDoubleSpinBox *m_a;
    QDoubleSpinBox *m_s;
    QDoubleSpinBox *m_baseline;
    QDoubleSpinBox *m_sdA;
    QDoubleSpinBox *m_sdS;
    QDoubleSpinBox *m_correlation;
    QLabel *m_preview;
    bool m_cleared = false;
};

} // namespace ps
