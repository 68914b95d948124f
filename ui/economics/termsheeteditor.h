// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/royalty.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ps {

/**
 * Edits one royalty term sheet (ps::RoyaltyTerms) in place, without touching the portfolio:
 * base rate, volume tiers, tier mode, escalator, floor, setup fee, cost and required margin per
 * unit, and the volume curve ("1000; 5000; 20000" units per year). Emits termsChanged() on
 * every change so the simulator re-plots live.
 */
class TermSheetEditor : public QWidget {
    Q_OBJECT
public:
    explicit TermSheetEditor(QWidget *parent = nullptr);

    RoyaltyTerms terms() const { return m_terms; }
    /// Shows `terms`; emits termsChanged().
    void setTerms(const RoyaltyTerms &terms);
    /// Problems with the terms as typed (unparseable volumes included); empty when usable.
    QStringList problems() const;

    QLineEdit *volumesEdit() const { return m_volumes; }
    QTableWidget *tiersTable() const { return m_tiers; }
    QDoubleSpinBox *costSpin() const { return m_cost; }

Q_SIGNALS:
    void termsChanged();

private:
    QDoubleSpinBox *moneySpin(double max);
    void load();
    void readBack();
    void addTier();
    void removeTier();

    RoyaltyTerms m_terms;
    QString m_volumeError;
    bool m_loading = false;
    QDoubleSpinBox *m_baseRate;
    QComboBox *m_mode;
    QDoubleSpinBox *m_escalator;
    QDoubleSpinBox *m_floor;
    QDoubleSpinBox *m_setupFee;
    QDoubleSpinBox *m_cost;
    QCheckBox *m_requireMargin;
    QDoubleSpinBox *m_minMargin;
    QLineEdit *m_volumes;
    QTableWidget *m_tiers;
    QPushButton *m_addTier;
    QPushButton *m_removeTier;
};

} // namespace ps
