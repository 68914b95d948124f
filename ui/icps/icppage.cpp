// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icps/icppage.h"

#include "ui/document/document.h"
#include "ui/editors/fielddelegate.h"
#include "ui/editors/fieldform.h"
#include "ui/models/icptablemodel.h"
#include "ui/partners/linkspanel.h"
#include "ui/theme/columnfit.h"
#include "ui/undo/edits.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace ps {

IcpPage::IcpPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new IcpTableModel(document, this))
    , m_view(new QTableView(this))
    , m_links(new LinksPanel(document, LinkTableModel::Side::OfIcp, this))
    , m_addAction(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add ICP"), this))
    , m_removeAction(
          new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete ICP"), this)) {
    Portfolio *portfolio = document->portfolio();
    m_form = new FieldForm(
        [this, portfolio](int f) {
            const Icp *icp = portfolio->find<Icp>(m_current);
            return icp ? fieldValue(*icp, IcpField(f)) : QVariant();
        },
        [this, document](int f, const QVariant &v, edit::Merge merge) {
            return m_current != 0 && edit::setIcpField(*document, m_current, IcpField(f), v, merge);
        },
        this);

    m_view->setModel(m_model);
    // The titles wrap and the name and regions give up room: the table never scrolls sideways
    // (a 1366 px screen, German titles). Before hiding columns: it brings its own header.
    m_fit = new ColumnFit(m_view, {int(IcpField::Name), int(IcpField::Regions)});
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Ideal customer profiles"));
    auto *delegate = new FieldDelegate(m_view);
    delegate->setKind(int(IcpField::Industries), FieldDelegate::Kind::List);
    delegate->setKind(int(IcpField::Regions), FieldDelegate::Kind::List);
    delegate->setKind(int(IcpField::BuyerRoles), FieldDelegate::Kind::List);
    delegate->setKind(int(IcpField::TargetAccounts), FieldDelegate::Kind::Count);
    delegate->setKind(int(IcpField::AverageDealSize), FieldDelegate::Kind::Money);
    m_view->setItemDelegate(delegate);
    // The table shows the essentials; the form beside it has every field.
    for (IcpField hidden :
         {IcpField::Description, IcpField::Industries, IcpField::BuyerRoles, IcpField::SizeBand})
        m_view->setColumnHidden(int(hidden), true);
    fitColumns();

    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Delete acts on the table only, never on text being edited elsewhere on the page.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);
    addAction(m_addAction);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, &IcpPage::addIcp);
    connect(m_removeAction, &QAction::triggered, this, &IcpPage::removeSelected);

    auto *addButton = new QToolButton(this);
    addButton->setDefaultAction(m_addAction);
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *removeButton = new QToolButton(this);
    removeButton->setDefaultAction(m_removeAction);
    removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createForm());
    auto *linksBox = new QGroupBox(tr("Partners influencing this ICP's buyers"), right);
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->addWidget(m_links);
    rightLayout->addWidget(linksBox, 1);
    linksBox->setMinimumHeight(linksBox->fontMetrics().height() * 12);

    // The form scrolls rather than forcing a window taller than small or scaled screens.
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setCurrent(current.isValid() ? m_model->idAt(current.row()) : 0);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IcpPage::updateActions);
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Icp && id == m_current)
            m_form->refresh();
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this, portfolio](EntityKind kind) {
        if (kind == EntityKind::Icp && !portfolio->find<Icp>(m_current))
            setCurrent(0);
    });
    connect(portfolio, &Portfolio::reset, this, [this] {
        setCurrent(0);
        fitColumns();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    setCurrent(0);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

QWidget *IcpPage::createForm() {
    auto *box = new QGroupBox(tr("Profile"), this);
    m_formBox = box;
    auto *name = new QLineEdit(box);
    auto *description = new QPlainTextEdit(box);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(description->fontMetrics().lineSpacing() * 4 + 12);
    auto *industries = new QLineEdit(box);
    industries->setPlaceholderText(tr("Separate with ; or ,"));
    auto *sizeBand = new QLineEdit(box);
    sizeBand->setPlaceholderText(tr("For example: 200-1,000 employees"));
    auto *regions = new QLineEdit(box);
    regions->setPlaceholderText(tr("Separate with ; or ,"));
    auto *buyerRoles = new QLineEdit(box);
    buyerRoles->setPlaceholderText(tr("For example: CIO; Head of operations"));
    auto *weight = new QDoubleSpinBox(box);
    weight->setRange(0, 10);
    weight->setSingleStep(0.5);
    auto *targets = new QSpinBox(box);
    targets->setRange(0, std::numeric_limits<int>::max());
    targets->setGroupSeparatorShown(true);
    auto *dealSize = new QDoubleSpinBox(box);
    dealSize->setRange(0, 1e12);
    dealSize->setGroupSeparatorShown(true);
    dealSize->setDecimals(0);
    const struct {
        QWidget *widget;
        IcpField field;
    } rows[] = {{name, IcpField::Name},
                {description, IcpField::Description},
                {industries, IcpField::Industries},
                {sizeBand, IcpField::SizeBand},
                {regions, IcpField::Regions},
                {buyerRoles, IcpField::BuyerRoles},
                {weight, IcpField::PriorityWeight},
                {targets, IcpField::TargetAccounts},
                {dealSize, IcpField::AverageDealSize}};
    auto *form = new QFormLayout(box);
    for (const auto &row : rows) {
        row.widget->setAccessibleName(fieldTitle(row.field));
        form->addRow(fieldTitle(row.field) + tr(":"), row.widget);
    }
    m_form->bindText(name, int(IcpField::Name));
    m_form->bindNotes(description, int(IcpField::Description));
    m_form->bindList(industries, int(IcpField::Industries));
    m_form->bindText(sizeBand, int(IcpField::SizeBand));
    m_form->bindList(regions, int(IcpField::Regions));
    m_form->bindList(buyerRoles, int(IcpField::BuyerRoles));
    m_form->bindAmount(weight, int(IcpField::PriorityWeight));
    m_form->bindCount(targets, int(IcpField::TargetAccounts));
    m_form->bindAmount(dealSize, int(IcpField::AverageDealSize));
    return box;
}

void IcpPage::setCurrent(Id id) {
    m_current = id;
    m_form->refresh();
    m_formBox->setEnabled(id != 0);
    m_links->setOwner(id);
}

void IcpPage::addIcp() {
    Icp icp;
    icp.name = tr("New ICP");
    const Id id = edit::addIcp(*m_document, icp);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            const QModelIndex index = m_model->index(row, int(IcpField::Name));
            m_view->setCurrentIndex(index);
            m_view->setFocus();
            m_view->edit(index);
            break;
        }
    }
}

void IcpPage::removeSelected() {
    QList<Id> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && m_current != 0)
        ids << m_current;
    if (!ids.isEmpty())
        edit::removeIcps(*m_document, ids);
}

void IcpPage::updateActions() {
    m_removeAction->setEnabled(m_view->selectionModel()->hasSelection() || m_current != 0);
}

void IcpPage::fitColumns() {
    // Every column as wide as its contents and its title's widest word, inside the table's
    // width; the name and the regions are elided when the row is too long.
    m_fit->fit();
}

} // namespace ps
