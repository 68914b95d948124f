// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/fieldform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace ps {

FieldForm::FieldForm(Getter getter, Setter setter, QObject *parent)
    : QObject(parent)
    , m_getter(std::move(getter))
    , m_setter(std::move(setter)) {}

void FieldForm::bindText(QLineEdit *edit, int field) {
    m_bindings.push_back({edit, field, [edit](const QVariant &v) {
                              if (edit->text() != v.toString()) {
                                  edit->setText(v.toString());
                                  // Show the start of long text, not its tail.
                                  edit->setCursorPosition(0);
                              }
                          }});
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, field] { commit(field, edit->text(), edit::Merge::Separate); });
}

void FieldForm::bindList(QLineEdit *edit, int field) {
    m_bindings.push_back({edit, field, [edit](const QVariant &v) {
                              const QString text = v.toStringList().join(QStringLiteral("; "));
                              if (splitList(edit->text()) != v.toStringList())
                                  edit->setText(text);
                          }});
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, field] { commit(field, splitList(edit->text()), edit::Merge::Separate); });
}

void FieldForm::bindNotes(QPlainTextEdit *edit, int field) {
    m_bindings.push_back({edit, field, [edit](const QVariant &v) {
                              if (edit->toPlainText() != v.toString())
                                  edit->setPlainText(v.toString());
                          }});
    edit->setProperty("ps_field", field);
    // A multi-line editor has no editingFinished: leaving it is the natural "done".
    edit->installEventFilter(this);
}

bool FieldForm::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusOut) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched))
            commit(edit->property("ps_field").toInt(), edit->toPlainText(), edit::Merge::Separate);
    }
    return QObject::eventFilter(watched, event);
}

void FieldForm::bindChoice(QComboBox *combo, int field) {
    m_bindings.push_back({combo, field, [combo](const QVariant &v) {
                              int index = combo->findData(v);
                              // Ids arrive as qint64, item data may hold int: compare as text.
                              if (index < 0)
                                  index = combo->findData(v.toString());
                              combo->setCurrentIndex(qMax(0, index));
                          }});
    connect(combo, &QComboBox::activated, this, [this, combo, field](int index) {
        commit(field, combo->itemData(index), edit::Merge::Separate);
    });
}

void FieldForm::bindCount(QSpinBox *spin, int field, bool optional) {
    spin->setKeyboardTracking(false);
    m_bindings.push_back({spin, field, [spin](const QVariant &v) {
                              spin->setValue(v.isNull() ? spin->minimum() : v.toInt());
                          }});
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, field, optional](int value) {
        const QVariant v = optional && value == spin->minimum() ? QVariant() : QVariant(value);
        commit(field, v, edit::Merge::Continuous);
    });
}

void FieldForm::bindAmount(QDoubleSpinBox *spin, int field) {
    spin->setKeyboardTracking(false);
    m_bindings.push_back(
        {spin, field, [spin](const QVariant &v) { spin->setValue(v.toDouble()); }});
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, field](double value) { commit(field, value, edit::Merge::Continuous); });
}

void FieldForm::bindRatingSlider(QSlider *slider, int field) {
    slider->setRange(0, 5);
    m_bindings.push_back({slider, field, [slider](const QVariant &v) {
                              slider->setValue(v.isNull() ? 0 : v.toInt());
                          }});
    connect(slider, &QSlider::valueChanged, this, [this, field](int value) {
        commit(field, value == 0 ? QVariant() : QVariant(value), edit::Merge::Continuous);
    });
}

void FieldForm::bindFlag(QCheckBox *check, int field) {
    m_bindings.push_back(
        {check, field, [check](const QVariant &v) { check->setChecked(v.toBool()); }});
    connect(check, &QCheckBox::toggled, this,
            [this, field](bool on) { commit(field, on, edit::Merge::Separate); });
}

void FieldForm::bindDate(QDateEdit *edit, int field) {
    edit->setKeyboardTracking(false);
    m_bindings.push_back({edit, field, [edit](const QVariant &v) {
                              const QDate d = v.toDate();
                              edit->setDate(d.isValid() ? d : edit->minimumDate());
                          }});
    connect(edit, &QDateEdit::dateChanged, this, [this, edit, field](QDate date) {
        commit(field, date == edit->minimumDate() ? QVariant() : QVariant(date),
               edit::Merge::Continuous);
    });
}

void FieldForm::commit(int field, const QVariant &value, edit::Merge merge) {
    if (m_loading)
        return;
    if (m_getter(field) == value)
        return;
    if (!m_setter(field, value, merge)) {
        // Rejected: show the stored value again rather than a value that was never kept.
        refresh();
        Q_EMIT rejected(field);
    }
}

void FieldForm::refresh() {
    m_loading = true;
    for (const Binding &b : m_bindings) {
        const QSignalBlocker blocker(b.widget);
        b.load(m_getter(b.field));
    }
    m_loading = false;
}

void FieldForm::setEnabled(bool enabled) {
    m_enabled = enabled;
    for (const Binding &b : m_bindings)
        b.widget->setEnabled(enabled && !m_readOnly);
}

void FieldForm::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setEnabled(m_enabled);
}

void fillChoiceCombo(QComboBox *combo, const QStringList &labels, const QStringList &keys) {
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (int i = 0; i < labels.size() && i < keys.size(); ++i)
        combo->addItem(labels.at(i), keys.at(i));
}

} // namespace ps
