// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/partners/bulkeditdialog.h"

#include "ui/document/document.h"
#include "ui/editors/fieldform.h"
#include "ui/undo/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>
#include <vector>

namespace ps {
namespace {

void selectKey(QComboBox *combo, const QString &key) {
    const int index = combo->findData(key);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

BulkEditDialog::BulkEditDialog(int partnerCount, QWidget *parent)
    : QDialog(parent)
    , m_modelCheck(new QCheckBox(tr("Set &model to"), this))
    , m_model(new QComboBox(this))
    , m_statusCheck(new QCheckBox(tr("Set &status to"), this))
    , m_status(new QComboBox(this))
    , m_tierCheck(new QCheckBox(tr("Set &tier to"), this))
    , m_tier(new QComboBox(this)) {
    setWindowTitle(tr("Bulk Edit Partners"));
    QStringList modelLabels{tr("Needs classification")};
    QStringList modelKeys{QString()};
    modelLabels << enumLabels<PartnerModel>();
    modelKeys << enumKeys<PartnerModel>();
    fillChoiceCombo(m_model, modelLabels, modelKeys);
    fillChoiceCombo(m_status, enumLabels<PartnerStatus>(), enumKeys<PartnerStatus>());
    fillChoiceCombo(m_tier, enumLabels<PartnerTier>(), enumKeys<PartnerTier>());
    m_model->setAccessibleName(tr("Model"));
    m_status->setAccessibleName(tr("Status"));
    m_tier->setAccessibleName(tr("Tier"));

    auto *intro = new QLabel(
        tr("Selected partners: %1. Only the checked fields are changed.").arg(partnerCount), this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    const std::pair<QCheckBox *, QComboBox *> rows[] = {
        {m_modelCheck, m_model}, {m_statusCheck, m_status}, {m_tierCheck, m_tier}};
    int row = 0;
    for (const auto &[check, combo] : rows) {
        grid->addWidget(check, row, 0);
        grid->addWidget(combo, row, 1);
        combo->setEnabled(false);
        connect(check, &QCheckBox::toggled, combo, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::updateOk);
        // Picking a value means the user wants it applied.
        connect(combo, &QComboBox::activated, check, [check = check] { check->setChecked(true); });
        ++row;
    }
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
    updateOk();
}

void BulkEditDialog::setModelKey(const QString &key) {
    selectKey(m_model, key);
    m_modelCheck->setChecked(true);
}

void BulkEditDialog::setStatusKey(const QString &key) {
    selectKey(m_status, key);
    m_statusCheck->setChecked(true);
}

void BulkEditDialog::setTierKey(const QString &key) {
    selectKey(m_tier, key);
    m_tierCheck->setChecked(true);
}

void BulkEditDialog::updateOk() {
    m_ok->setEnabled(m_modelCheck->isChecked() || m_statusCheck->isChecked() ||
                     m_tierCheck->isChecked());
}

bool BulkEditDialog::apply(Document &document, const QList<Id> &partners) const {
    std::vector<std::pair<PartnerField, QVariant>> changes;
    if (m_modelCheck->isChecked())
        changes.emplace_back(PartnerField::Model, m_model->currentData());
    if (m_statusCheck->isChecked())
        changes.emplace_back(PartnerField::Status, m_status->currentData());
    if (m_tierCheck->isChecked())
        changes.emplace_back(PartnerField::Tier, m_tier->currentData());

    // Only fields that change something go into the undo step, so that an edit setting
    // values already in place leaves no empty step behind.
    const Portfolio *portfolio = document.portfolio();
    std::vector<std::pair<PartnerField, QVariant>> effective;
    for (const auto &change : changes) {
        for (Id id : partners) {
            const Partner *p = portfolio->find<Partner>(id);
            if (p && fieldValue(*p, change.first) != change.second) {
                effective.push_back(change);
                break;
            }
        }
    }
    if (effective.empty())
        return false;
    QUndoStack *stack = document.undoStack();
    const bool macro = effective.size() > 1;
    if (macro)
        stack->beginMacro(tr("Bulk edit of the selection (%1)").arg(partners.size()));
    bool changed = false;
    for (const auto &change : effective)
        changed =
            edit::setPartnersField(document, partners, change.first, change.second) || changed;
    if (macro)
        stack->endMacro();
    return changed;
}

} // namespace ps
