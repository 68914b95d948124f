// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix/scenariobar.h"

#include "ui/document/document.h"
#include "ui/undo/edits_scenario.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolButton>

namespace ps {

ScenarioBar::ScenarioBar(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_combo(new QComboBox(this))
    , m_duplicate(new QToolButton(this))
    , m_rename(new QToolButton(this))
    , m_delete(new QToolButton(this)) {
    m_combo->setAccessibleName(tr("Scenario"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Copy this scenario to try other weights"));
    m_rename->setText(tr("Re&name..."));
    m_delete->setText(tr("De&lete"));
    m_delete->setToolTip(tr("Delete this scenario (a portfolio keeps at least one)"));
    m_prompt = [](QWidget *parent, const QString &title, const QString &suggestion) {
        return QInputDialog::getText(parent, title, tr("Name:"), QLineEdit::Normal, suggestion);
    };

    auto *name = new QLabel(tr("&Scenario:"), this);
    name->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name);
    layout->addWidget(m_combo);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_rename);
    layout->addWidget(m_delete);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_rebuilding || index < 0)
            return;
        edit::setActiveScenario(*m_document, m_combo->itemData(index).value<Id>());
    });
    connect(m_duplicate, &QToolButton::clicked, this, [this] {
        const Scenario *active = m_document->portfolio()->activeScenario();
        if (!active)
            return;
        const QString name =
            m_prompt(this, tr("Duplicate Scenario"), tr("%1 (copy)").arg(active->name));
        if (!name.trimmed().isEmpty())
            duplicateActive(name);
    });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        const Scenario *active = m_document->portfolio()->activeScenario();
        if (!active)
            return;
        const QString name = m_prompt(this, tr("Rename Scenario"), active->name);
        if (!name.trimmed().isEmpty())
            renameActive(name);
    });
    connect(m_delete, &QToolButton::clicked, this, &ScenarioBar::deleteActive);

    Portfolio *portfolio = document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            rebuild();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, onRows);
    connect(portfolio, &Portfolio::rowsRemoved, this, onRows);
    connect(portfolio, &Portfolio::entityChanged, this, onRows);
    connect(portfolio, &Portfolio::activeScenarioChanged, this, &ScenarioBar::rebuild);
    connect(portfolio, &Portfolio::reset, this, &ScenarioBar::rebuild);
    rebuild();
}

Id ScenarioBar::duplicateActive(const QString &name) {
    const Scenario *active = m_document->portfolio()->activeScenario();
    if (!active)
        return 0;
    Scenario copy = *active;
    copy.id = 0;
    copy.name = name;
    return edit::addScenario(*m_document, copy, true);
}

bool ScenarioBar::renameActive(const QString &name) {
    const Scenario *active = m_document->portfolio()->activeScenario();
    if (!active || name.trimmed().isEmpty())
        return false;
    Scenario renamed = *active;
    renamed.name = name.trimmed();
    return edit::setScenario(*m_document, renamed, edit::ScenarioEdit::Name, edit::Merge::Separate,
                             tr("Rename scenario %1 to %2").arg(active->name, renamed.name));
}

bool ScenarioBar::deleteActive() {
    const Scenario *active = m_document->portfolio()->activeScenario();
    return active && edit::removeScenario(*m_document, active->id);
}

void ScenarioBar::rebuild() {
    const QScopedValueRollback<bool> guard(m_rebuilding, true);
    const Portfolio *portfolio = m_document->portfolio();
    m_combo->clear();
    for (const Scenario &s : portfolio->scenarios())
        m_combo->addItem(s.name, QVariant::fromValue<Id>(s.id));
    if (const Scenario *active = portfolio->activeScenario())
        m_combo->setCurrentIndex(m_combo->findData(QVariant::fromValue<Id>(active->id)));
    updateButtons();
}

void ScenarioBar::updateButtons() {
    const bool any = m_document->portfolio()->activeScenario() != nullptr;
    m_combo->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(m_document->portfolio()->scenarios().size() > 1);
}

} // namespace ps
