// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/segmentrule.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace ps {

/**
 * Edits one saved segment rule: a name, and per field the values a partner may have (ticked
 * values OR, fields AND; nothing ticked means any) and optional potential/readiness ranges.
 */
class RuleEditor : public QDialog {
    Q_OBJECT
public:
    /// Fields chosen from a list of values, in the order they are shown.
    static constexpr std::array<SegmentCondition::Field, 6> ListFields = {
        SegmentCondition::Field::Model,    SegmentCondition::Field::Tier,
        SegmentCondition::Field::Status,   SegmentCondition::Field::Region,
        SegmentCondition::Field::Quadrant, SegmentCondition::Field::Icp};

    RuleEditor(const PortfolioData &data, QWidget *parent = nullptr);

    void setRule(const SegmentRule &rule);
    /// The rule as edited (keeps the id given to setRule).
    SegmentRule rule() const;

    QLineEdit *nameEdit() const { return m_name; }
    /// The value list of a list field.
    QListWidget *valueList(SegmentCondition::Field field) const;
    QCheckBox *rangeCheck(bool potential) const { return m_range[potential ? 0 : 1]; }
    QDoubleSpinBox *rangeMinimum(bool potential) const { return m_min[potential ? 0 : 1]; }
    QDoubleSpinBox *rangeMaximum(bool potential) const { return m_max[potential ? 0 : 1]; }

private:
    void updateOk();

    Id m_id = 0;
    QLineEdit *m_name;
    std::array<QListWidget *, ListFields.size()> m_lists{};
    std::array<QCheckBox *, 2> m_range{};
    std::array<QDoubleSpinBox *, 2> m_min{};
    std::array<QDoubleSpinBox *, 2> m_max{};
    QDialogButtonBox *m_buttons;
};

} // namespace ps
