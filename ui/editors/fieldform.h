// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/edits.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QWidget;

namespace ps {

/**
 * Binds editor widgets to the fields of one entity (a partner, an ICP, a deal, the portfolio
 * info) given as a getter and a setter over the field number.
 *
 * Widgets write through the setter, which the pages route to ps::edit, so every edit is an undo
 * step: text commits on editingFinished (or on focus loss for multi-line text), spin boxes and
 * sliders commit on every step with Merge::Continuous so a drag is one step. refresh() reloads
 * every widget from the getter without emitting edits, which is how undo updates the forms.
 */
class FieldForm : public QObject {
    Q_OBJECT
public:
    using Getter = std::function<QVariant(int field)>;
    using Setter = std::function<bool(int field, const QVariant &value, edit::Merge merge)>;

    FieldForm(Getter getter, Setter setter, QObject *parent = nullptr);

    void bindText(QLineEdit *edit, int field);
    /// A list field shown as "a; b; c".
    void bindList(QLineEdit *edit, int field);
    void bindNotes(QPlainTextEdit *edit, int field);
    /// Items must carry their stored value (text key or id) as item data.
    void bindChoice(QComboBox *combo, int field);
    /// `optional`: the spin box minimum stands for "not set" (a null value).
    void bindCount(QSpinBox *spin, int field, bool optional = false);
    void bindAmount(QDoubleSpinBox *spin, int field);
    /// A 0-5 slider whose 0 means "not rated" (a null value).
    void bindRatingSlider(QSlider *slider, int field);
    void bindFlag(QCheckBox *check, int field);
    /// The date edit's minimum date stands for "not set".
    void bindDate(QDateEdit *edit, int field);

    /// Reloads every bound widget from the getter.
    void refresh();
    /// Enables or disables every bound widget (no entity to show).
    void setEnabled(bool enabled);
    /// A viewer of a team portfolio: every bound widget stays disabled whatever setEnabled()
    /// says, until read-only is lifted.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// A widget's value was rejected by the setter (invalid); the form reverted it.
    void rejected(int field);

private:
    struct Binding {
        QWidget *widget;
        int field;
        std::function<void(const QVariant &)> load;
    };
    void commit(int field, const QVariant &value, edit::Merge merge);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Getter m_getter;
    Setter m_setter;
    std::vector<Binding> m_bindings;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_enabled = true;
};

/// Fills a combo box with the labels of enumeration values, storing their keys as item data.
void fillChoiceCombo(QComboBox *combo, const QStringList &labels, const QStringList &keys);

} // namespace ps
