// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/decisionoverlay.h"

#include "ui/theme/projectortheme.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ps {

DecisionOverlay::DecisionOverlay(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_owner(new QLineEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_note(new QLineEdit(this)) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    setObjectName(QStringLiteral("decisionOverlay"));
    setStyleSheet(
        QStringLiteral("QFrame#decisionOverlay { background: %1; border: %2px solid %3; }")
            .arg(t.panelBackground.name())
            .arg(int(t.lineWidth))
            .arg(t.text.name()));
    setAccessibleName(tr("Decision"));
    m_title->setFont(t.titleFont);
    m_title->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setSpacing(16);
    const auto row = [&](const QString &label, QLineEdit *edit) {
        auto *text = new QLabel(label, this);
        text->setFont(t.bodyFont);
        text->setBuddy(edit);
        edit->setFont(t.bodyFont);
        edit->setMinimumWidth(700);
        edit->setAccessibleName(label);
        form->addRow(text, edit);
        connect(edit, &QLineEdit::returnPressed, this, &DecisionOverlay::accept);
    };
    row(tr("&Owner"), m_owner);
    row(tr("Next &step"), m_nextStep);
    row(tr("N&ote"), m_note);
    auto *hint = new QLabel(tr("Enter saves the details · Esc closes without them · "
                               "Ctrl+Z takes the decision back"),
                            this);
    hint->setFont(t.hintFont);
    hint->setStyleSheet(QStringLiteral("color: %1").arg(t.mutedText.name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->setSpacing(24);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(hint);
    hide();
}

void DecisionOverlay::open(const QString &partner, Decision decision, const QString &owner,
                           const QString &nextStep, const QString &note) {
    m_title->setText(tr("%1: %2").arg(label(decision), partner));
    m_owner->setText(owner);
    m_nextStep->setText(nextStep);
    m_note->setText(note);
    adjustSize();
    centreInParent();
    show();
    raise();
    m_owner->setFocus();
    m_owner->selectAll();
}

void DecisionOverlay::centreInParent() {
    if (!parentWidget())
        return;
    const QSize size = sizeHint().boundedTo(parentWidget()->size());
    resize(size);
    move((parentWidget()->width() - size.width()) / 2,
         (parentWidget()->height() - size.height()) / 2);
}

void DecisionOverlay::accept() {
    if (!isVisible())
        return;
    hide();
    Q_EMIT accepted(m_owner->text(), m_nextStep->text(), m_note->text());
}

void DecisionOverlay::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT cancelled();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ps
