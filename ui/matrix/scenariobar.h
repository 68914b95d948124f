// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QToolButton;

namespace ps {
class Document;

/**
 * The scenario strip above the matrix: which scenario is active (switching is an undo step),
 * and Duplicate, Rename and Delete. Names are asked through a replaceable prompt.
 */
class ScenarioBar : public QWidget {
    Q_OBJECT
public:
    /// Asks for a scenario name; returns an empty string when cancelled.
    using NamePrompt =
        std::function<QString(QWidget *parent, const QString &title, const QString &suggestion)>;

    explicit ScenarioBar(Document *document, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QToolButton *duplicateButton() const { return m_duplicate; }
    QToolButton *renameButton() const { return m_rename; }
    QToolButton *deleteButton() const { return m_delete; }
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }

    /// Copies the active scenario under `name` and makes the copy active; returns its id.
    Id duplicateActive(const QString &name);
    bool renameActive(const QString &name);
    bool deleteActive();

private:
    void rebuild();
    void updateButtons();

    Document *m_document;
    QComboBox *m_combo;
    QToolButton *m_duplicate;
    QToolButton *m_rename;
    QToolButton *m_delete;
    NamePrompt m_prompt;
    bool m_rebuilding = false;
};

} // namespace ps
