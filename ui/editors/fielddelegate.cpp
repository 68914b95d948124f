// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/fielddelegate.h"

#include "core/domain/fields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace ps {
namespace {
// The minimum date of a date editor stands for "no date".
const QDate kNoDate(1900, 1, 1);
} // namespace

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void FieldDelegate::setKind(int column, Kind kind) {
    m_kinds.insert(column, kind);
}

void FieldDelegate::setChoices(int column, const ChoiceList &choices) {
    m_kinds.insert(column, Kind::Choice);
    m_choices.insert(column, choices);
}

void FieldDelegate::setChoiceProvider(int column, ChoiceProvider provider) {
    m_kinds.insert(column, Kind::Choice);
    m_providers.insert(column, std::move(provider));
}

ChoiceList FieldDelegate::choicesFor(const QModelIndex &index) const {
    const auto provider = m_providers.constFind(index.column());
    if (provider != m_providers.constEnd())
        return (*provider)(index);
    return m_choices.value(index.column());
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    switch (kindOf(index.column())) {
    case Kind::Choice:
    case Kind::Flag: {
        auto *combo = new QComboBox(parent);
        if (kindOf(index.column()) == Kind::Flag) {
            combo->addItem(tr("Yes"), true);
            combo->addItem(tr("No"), false);
        } else {
            for (const Choice &choice : choicesFor(index))
                combo->addItem(choice.first, choice.second);
        }
        return combo;
    }
    case Kind::Rating:
    case Kind::Strength:
    case Kind::Count:
    case Kind::OptionalCount: {
        auto *spin = new QSpinBox(parent);
        const Kind kind = kindOf(index.column());
        if (kind == Kind::Rating) {
            spin->setRange(0, 5);
            spin->setSpecialValueText(tr("Not rated"));
        } else if (kind == Kind::Strength) {
            spin->setRange(0, 5);
        } else if (kind == Kind::OptionalCount) {
            spin->setRange(-1, std::numeric_limits<int>::max());
            spin->setSpecialValueText(tr("Not set"));
        } else {
            spin->setRange(0, std::numeric_limits<int>::max());
        }
        return spin;
    }
    case Kind::Money: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, 1e13);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case Kind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("Not set"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case Kind::Text:
    case Kind::List:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const QVariant value = index.data(Qt::EditRole);
    switch (kindOf(index.column())) {
    case Kind::Choice:
    case Kind::Flag: {
        auto *combo = static_cast<QComboBox *>(editor);
        int row = combo->findData(value);
        if (row < 0)
            row = combo->findData(value.toString());
        combo->setCurrentIndex(qMax(0, row));
        return;
    }
    case Kind::Rating:
    case Kind::OptionalCount: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
        return;
    }
    case Kind::Strength:
    case Kind::Count:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        return;
    case Kind::Money:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        return;
    case Kind::Date: {
        const QDate date = value.toDate();
        static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : kNoDate);
        return;
    }
    case Kind::List:
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(value.toStringList().join(QStringLiteral("; ")));
            return;
        }
        break;
    case Kind::Text:
        break;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const {
    QVariant value;
    switch (kindOf(index.column())) {
    case Kind::Choice:
    case Kind::Flag:
        value = static_cast<QComboBox *>(editor)->currentData();
        break;
    case Kind::Rating:
    case Kind::OptionalCount: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        value = spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
        break;
    }
    case Kind::Strength:
    case Kind::Count: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        value = spin->value();
        break;
    }
    case Kind::Money: {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        value = spin->value();
        break;
    }
    case Kind::Date: {
        const QDate date = static_cast<QDateEdit *>(editor)->date();
        value = date == kNoDate ? QVariant() : QVariant(date);
        break;
    }
    case Kind::List:
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            value = splitList(line->text());
            break;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    case Kind::Text:
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Skip no-op writes so that opening and closing an editor does not touch the undo stack.
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace ps
