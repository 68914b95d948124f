// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/partners/linkspanel.h"

#include "ui/document/document.h"
#include "ui/editors/fielddelegate.h"
#include "ui/theme/columnfit.h"
#include "ui/undo/edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace ps {
namespace {

Id pickWithDialog(QWidget *parent, const QList<QPair<QString, Id>> &choices, bool partners) {
    QStringList labels;
    for (const auto &choice : choices)
        labels << choice.first;
    bool ok = false;
    const QString title =
        partners ? LinksPanel::tr("Link a partner") : LinksPanel::tr("Link an ICP");
    const QString prompt = partners ? LinksPanel::tr("Partner that influences this ICP's buyers:")
                                    : LinksPanel::tr("ICP whose buyers this partner influences:");
    const QString picked = QInputDialog::getItem(parent, title, prompt, labels, 0, false, &ok);
    const int row = labels.indexOf(picked);
    return ok && row >= 0 ? choices.at(row).second : 0;
}

} // namespace

LinksPanel::LinksPanel(Document *document, LinkTableModel::Side side, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_side(side)
    , m_model(new LinkTableModel(document, side, this))
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(
          side == LinkTableModel::Side::OfIcp ? tr("&Link partner...") : tr("&Link ICP..."), this))
    , m_removeButton(new QPushButton(tr("Remove link"), this)) {
    m_view->setModel(m_model);
    // The titles wrap and the counterpart and notes give up room: the table never scrolls
    // sideways beside a form (a 1366 px screen, German titles).
    new ColumnFit(m_view, {LinkTableModel::CounterpartColumn, LinkTableModel::NotesColumn});
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(side == LinkTableModel::Side::OfIcp
                                  ? tr("Partners influencing this ICP")
                                  : tr("ICPs this partner influences"));

    auto *delegate = new FieldDelegate(m_view);
    delegate->setKind(LinkTableModel::StrengthColumn, FieldDelegate::Kind::Strength);
    delegate->setChoices(LinkTableModel::RoleColumn, FieldDelegate::enumChoices<LinkRole>());
    delegate->setKind(LinkTableModel::OverlapColumn, FieldDelegate::Kind::OptionalCount);
    m_view->setItemDelegate(delegate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &LinksPanel::addLink);
    connect(m_removeButton, &QPushButton::clicked, this, &LinksPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LinksPanel::updateButtons);
    m_picker = [side](QWidget *p, const QList<QPair<QString, Id>> &choices) {
        return pickWithDialog(p, choices, side == LinkTableModel::Side::OfIcp);
    };
    updateButtons();
}

void LinksPanel::setOwner(Id id) {
    m_model->setOwner(id); // the model's reset fits the columns again (ColumnFit)
    updateButtons();
}

QList<QPair<QString, Id>> LinksPanel::availableCounterparts() const {
    const Portfolio *portfolio = m_document->portfolio();
    const Id owner = m_model->owner();
    QList<QPair<QString, Id>> choices;
    if (m_side == LinkTableModel::Side::OfIcp) {
        for (const Partner &p : portfolio->partners())
            if (!portfolio->findLink(owner, p.id))
                choices << qMakePair(p.name, p.id);
    } else {
        for (const Icp &icp : portfolio->icps())
            if (!portfolio->findLink(icp.id, owner))
                choices << qMakePair(icp.name, icp.id);
    }
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return choices;
}

void LinksPanel::addLink() {
    const Id owner = m_model->owner();
    if (owner == 0)
        return;
    const auto choices = availableCounterparts();
    if (choices.isEmpty())
        return;
    const Id counterpart = m_picker(this, choices);
    if (counterpart == 0)
        return;
    InfluenceLink link;
    link.icpId = m_side == LinkTableModel::Side::OfIcp ? owner : counterpart;
    link.partnerId = m_side == LinkTableModel::Side::OfIcp ? counterpart : owner;
    const Id id = edit::addLink(*m_document, link);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->linkIdAt(row) == id) {
            m_view->setCurrentIndex(m_model->index(row, LinkTableModel::StrengthColumn));
            m_view->setFocus();
        }
    }
}

void LinksPanel::removeSelected() {
    QList<Id> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->linkIdAt(index.row());
    if (!ids.isEmpty())
        edit::removeLinks(*m_document, ids);
}

void LinksPanel::updateButtons() {
    const bool hasOwner = m_model->owner() != 0;
    m_addButton->setEnabled(hasOwner);
    m_removeButton->setEnabled(hasOwner && m_view->selectionModel()->hasSelection());
}

} // namespace ps
