// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/ruleeditor.h"

#include "core/domain/scenario.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace ps {
namespace {

template <typename E> void addEnumItems(QListWidget *list) {
    for (E value : allValues(static_cast<E *>(nullptr))) {
        auto *item = new QListWidgetItem(label(value), list);
        item->setData(Qt::UserRole, toKey(value));
    }
}

void addItem(QListWidget *list, const QString &text, const QString &key) {
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, key);
}

QString fieldTitle(SegmentCondition::Field field) {
    switch (field) {
    case SegmentCondition::Field::Model:
        return RuleEditor::tr("Partner model");
    case SegmentCondition::Field::Tier:
        return RuleEditor::tr("Tier");
    case SegmentCondition::Field::Status:
        return RuleEditor::tr("Status");
    case SegmentCondition::Field::Region:
        return RuleEditor::tr("Region");
    case SegmentCondition::Field::Quadrant:
        return RuleEditor::tr("Quadrant");
    case SegmentCondition::Field::Icp:
        return RuleEditor::tr("Influences ICP");
    case SegmentCondition::Field::Potential:
        return RuleEditor::tr("Potential");
    case SegmentCondition::Field::Readiness:
        return RuleEditor::tr("Readiness");
    }
    return {};
}

} // namespace

RuleEditor::RuleEditor(const PortfolioData &data, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Segment Rule"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("A partner belongs to the segment when it matches every field "
                               "with ticked values (any of them); a field with nothing ticked "
                               "does not restrict."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *grid = new QGridLayout;
    for (size_t i = 0; i < ListFields.size(); ++i) {
        auto *box = new QGroupBox(fieldTitle(ListFields[i]), this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *list = new QListWidget(box);
        list->setAccessibleName(box->title());
        list->setSelectionMode(QAbstractItemView::NoSelection);
        switch (ListFields[i]) {
        case SegmentCondition::Field::Model:
            addEnumItems<PartnerModel>(list);
            addItem(list, tr("Needs classification"), QString());
            break;
        case SegmentCondition::Field::Tier:
            addEnumItems<PartnerTier>(list);
            break;
        case SegmentCondition::Field::Status:
            addEnumItems<PartnerStatus>(list);
            break;
        case SegmentCondition::Field::Region: {
            std::set<QString> regions;
            for (const Partner &p : data.partners)
                for (const QString &r : p.regions)
                    regions.insert(r);
            for (const QString &r : regions)
                addItem(list, r, r);
            break;
        }
        case SegmentCondition::Field::Quadrant:
            addEnumItems<Quadrant>(list);
            break;
        case SegmentCondition::Field::Icp:
            for (const Icp &icp : data.icps)
                addItem(list, icp.name, QString::number(icp.id));
            break;
        default:
            break;
        }
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        boxLayout->addWidget(list);
        grid->addWidget(box, int(i / 3), int(i % 3));
        m_lists[i] = list;
    }
    layout->addLayout(grid, 1);

    auto *ranges = new QGroupBox(tr("Score ranges"), this);
    auto *rangeLayout = new QGridLayout(ranges);
    for (int axis = 0; axis < 2; ++axis) {
        const bool potential = axis == 0;
        m_range[size_t(axis)] =
            new QCheckBox(fieldTitle(potential ? SegmentCondition::Field::Potential
                                               : SegmentCondition::Field::Readiness),
                          ranges);
        m_min[size_t(axis)] = new QDoubleSpinBox(ranges);
        m_max[size_t(axis)] = new QDoubleSpinBox(ranges);
        for (QDoubleSpinBox *spin : {m_min[size_t(axis)], m_max[size_t(axis)]}) {
            spin->setRange(0.0, 100.0);
            spin->setDecimals(1);
            spin->setEnabled(false);
            connect(m_range[size_t(axis)], &QCheckBox::toggled, spin, &QWidget::setEnabled);
        }
        m_min[size_t(axis)]->setAccessibleName(tr("%1 from").arg(m_range[size_t(axis)]->text()));
        m_max[size_t(axis)]->setAccessibleName(tr("%1 to").arg(m_range[size_t(axis)]->text()));
        m_max[size_t(axis)]->setValue(100.0);
        rangeLayout->addWidget(m_range[size_t(axis)], axis, 0);
        rangeLayout->addWidget(new QLabel(tr("from"), ranges), axis, 1);
        rangeLayout->addWidget(m_min[size_t(axis)], axis, 2);
        rangeLayout->addWidget(new QLabel(tr("to"), ranges), axis, 3);
        rangeLayout->addWidget(m_max[size_t(axis)], axis, 4);
        connect(m_range[size_t(axis)], &QCheckBox::toggled, this, &RuleEditor::updateOk);
    }
    rangeLayout->setColumnStretch(5, 1);
    layout->addWidget(ranges);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QListWidget *list : m_lists)
        connect(list, &QListWidget::itemChanged, this, &RuleEditor::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditor::updateOk);
    resize(960, 680);
    updateOk();
}

QListWidget *RuleEditor::valueList(SegmentCondition::Field field) const {
    for (size_t i = 0; i < ListFields.size(); ++i)
        if (ListFields[i] == field)
            return m_lists[i];
    return nullptr;
}

void RuleEditor::setRule(const SegmentRule &rule) {
    m_id = rule.id;
    m_name->setText(rule.name);
    for (QListWidget *list : m_lists)
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
    for (int axis = 0; axis < 2; ++axis)
        m_range[size_t(axis)]->setChecked(false);
    for (const SegmentCondition &c : rule.conditions) {
        if (c.field == SegmentCondition::Field::Potential ||
            c.field == SegmentCondition::Field::Readiness) {
            const size_t axis = c.field == SegmentCondition::Field::Potential ? 0 : 1;
            m_range[axis]->setChecked(true);
            m_min[axis]->setValue(c.minimum);
            m_max[axis]->setValue(c.maximum);
            continue;
        }
        QListWidget *list = valueList(c.field);
        for (int row = 0; list && row < list->count(); ++row)
            if (c.anyOf.contains(list->item(row)->data(Qt::UserRole).toString()))
                list->item(row)->setCheckState(Qt::Checked);
    }
    updateOk();
}

SegmentRule RuleEditor::rule() const {
    SegmentRule rule;
    rule.id = m_id;
    rule.name = m_name->text().trimmed();
    for (size_t i = 0; i < ListFields.size(); ++i) {
        SegmentCondition c;
        c.field = ListFields[i];
        for (int row = 0; row < m_lists[i]->count(); ++row)
            if (m_lists[i]->item(row)->checkState() == Qt::Checked)
                c.anyOf << m_lists[i]->item(row)->data(Qt::UserRole).toString();
        if (!c.anyOf.isEmpty())
            rule.conditions.push_back(c);
    }
    for (size_t axis = 0; axis < 2; ++axis) {
        if (!m_range[axis]->isChecked())
            continue;
        SegmentCondition c;
        c.field =
            axis == 0 ? SegmentCondition::Field::Potential : SegmentCondition::Field::Readiness;
        c.minimum = qMin(m_min[axis]->value(), m_max[axis]->value());
        c.maximum = qMax(m_min[axis]->value(), m_max[axis]->value());
        rule.conditions.push_back(c);
    }
    return rule;
}

void RuleEditor::updateOk() {
    // A rule needs a name and at least one condition, or it would silently match everyone.
    const SegmentRule current = rule();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!current.name.isEmpty() && !current.conditions.empty());
}

} // namespace ps
