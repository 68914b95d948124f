// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QFrame>

class QLabel;
class QLineEdit;

namespace ps {

/**
 * The panel that opens after a decision key: the decision and partner in large type, then the
 * optional owner, next step and note. Enter saves the details, Esc closes without them.
 */
class DecisionOverlay : public QFrame {
    Q_OBJECT
public:
    explicit DecisionOverlay(QWidget *parent = nullptr);

    /// Shows the panel for a partner, with its current details filled in, focused on the owner.
    void open(const QString &partner, Decision decision, const QString &owner,
              const QString &nextStep, const QString &note);
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *nextStepEdit() const { return m_nextStep; }
    QLineEdit *noteEdit() const { return m_note; }

Q_SIGNALS:
    void accepted(const QString &owner, const QString &nextStep, const QString &note);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void accept();
    void centreInParent();

    QLabel *m_title;
    QLineEdit *m_owner;
    QLineEdit *m_nextStep;
    QLineEdit *m_note;
};

} // namespace ps
