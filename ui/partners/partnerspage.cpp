// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/partners/partnerspage.h"

#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/editors/fielddelegate.h"
#include "ui/models/partnerfiltermodel.h"
#include "ui/models/partnertablemodel.h"
#include "ui/models/roles.h"
#include "ui/partners/bulkeditdialog.h"
#include "ui/partners/partnerdetail.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/theme/columnfit.h"
#include "ui/undo/edits.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

const char kHeaderKey[] = "partners/headerState";

QToolButton *toolButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PartnersPage::PartnersPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PartnerTableModel(document, this))
    , m_filter(new PartnerFilterModel(this))
    , m_view(new QTableView(this))
    , m_detail(new PartnerDetail(document, this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Partner"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Partners"),
                           this))
    , m_duplicate(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                              tr("D&uplicate Partners"), this))
    , m_bulkEdit(new QAction(tr("&Bulk Edit Partners..."), this)) {
    m_model->setNeedsClassificationIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    // The titles wrap, the figures keep their width and the texts give up room (the last named
    // first, down to ten characters; a cut text has its tooltip): the table never scrolls
    // sideways on a 1366 px screen, in German too. Before the header is set up: it brings its
    // own.
    m_fit = new ColumnFit(m_view, {int(PartnerField::Name), int(PartnerField::Model),
                                   int(PartnerField::Upstream), int(PartnerField::Status),
                                   int(PartnerField::Tier), int(PartnerField::Decision),
                                   int(PartnerField::DecisionOwner),
                                   int(PartnerField::SupportOwner), int(PartnerField::SuccessOwner),
                                   int(PartnerField::RenewalOwner), int(PartnerField::Website),
                                   int(PartnerField::Regions), int(PartnerField::Industries),
                                   int(PartnerField::NextStep), int(PartnerField::Notes)});
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(tr("Partners"));
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &PartnersPage::showColumnMenu);
    setupDelegate();

    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete acts on the table only: never on text being edited in the detail panel.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->QWidget::addAction(m_delete);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_add, &QAction::triggered, this, &PartnersPage::addPartner);
    connect(m_delete, &QAction::triggered, this, &PartnersPage::deleteSelected);
    connect(m_duplicate, &QAction::triggered, this, &PartnersPage::duplicateSelected);
    connect(m_bulkEdit, &QAction::triggered, this, &PartnersPage::bulkEdit);
    m_bulkPrompt = [](BulkEditDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(createFilterBar());
    leftLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, 450});
    m_detail->setMinimumWidth(m_detail->fontMetrics().averageCharWidth() * 44);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    applyDefaultColumns();
    restoreHeader();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartnersPage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnersPage::currentChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PartnersPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PartnersPage::updateCount);
    // Column widths need the table on screen: a hidden table (another page is current when a
    // large file opens) fits them when it is shown.
    auto *fit = new LazyRefresh(m_view, [this] { fitColumns(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this, fit] {
        updateCount();
        fit->request();
        if (m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, int(PartnerField::Name)));
        else
            currentChanged();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PartnersPage::updateCount);
    updateCount();
    updateActions();
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, int(PartnerField::Name)));
}

PartnersPage::~PartnersPage() {
    QSettings().setValue(QLatin1String(kHeaderKey), m_view->horizontalHeader()->saveState());
}

QWidget *PartnersPage::createFilterBar() {
    auto *bar = new QWidget(this);
    m_filterText = new QLineEdit(bar);
    m_filterText->setPlaceholderText(tr("Filter by name, website, region, industry, notes"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter partners"));
    // Ctrl+F while the page has focus: the map page has its own partner search.
    auto *find = new QAction(tr("Find Partners"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filterText->setFocus(Qt::ShortcutFocusReason);
        m_filterText->selectAll();
    });
    addAction(find);
    m_modelFilter = new QComboBox(bar);
    m_modelFilter->addItem(tr("All models"), QString());
    m_modelFilter->addItem(tr("Needs classification"), QStringLiteral("-"));
    for (PartnerModel m : enumValues<PartnerModel>())
        m_modelFilter->addItem(label(m), toKey(m));
    m_modelFilter->setAccessibleName(tr("Filter by model"));
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (PartnerStatus s : enumValues<PartnerStatus>())
        m_statusFilter->addItem(label(s), toKey(s));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_count = new QLabel(bar);
    for (QComboBox *combo : {m_modelFilter, m_statusFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    connect(m_filterText, &QLineEdit::textChanged, m_filter, &PartnerFilterModel::setText);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setModelKey(m_modelFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusKey(m_statusFilter->currentData().toString()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_modelFilter);
    filters->addWidget(m_statusFilter);
    auto *actions = new QHBoxLayout;
    actions->addWidget(toolButton(m_add, bar));
    actions->addWidget(toolButton(m_delete, bar));
    actions->addWidget(toolButton(m_duplicate, bar));
    actions->addWidget(toolButton(m_bulkEdit, bar));
    actions->addStretch();
    actions->addWidget(m_count);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(actions);
    return bar;
}

void PartnersPage::setupDelegate() {
    auto *delegate = new FieldDelegate(m_view);
    ChoiceList models{Choice(tr("Needs classification"), QString())};
    models << FieldDelegate::enumChoices<PartnerModel>();
    delegate->setChoices(int(PartnerField::Model), models);
    delegate->setChoices(int(PartnerField::Status), FieldDelegate::enumChoices<PartnerStatus>());
    delegate->setChoices(int(PartnerField::Tier), FieldDelegate::enumChoices<PartnerTier>());
    delegate->setChoices(int(PartnerField::Decision), FieldDelegate::enumChoices<Decision>());
    for (PartnerField f :
         {PartnerField::SupportOwner, PartnerField::SuccessOwner, PartnerField::RenewalOwner})
        delegate->setChoices(int(f), FieldDelegate::enumChoices<Owner>());
    for (PartnerField f : {PartnerField::Regions, PartnerField::Industries})
        delegate->setKind(int(f), FieldDelegate::Kind::List);
    for (PartnerField f :
         {PartnerField::MarketReach, PartnerField::StrategicFit, PartnerField::Capability,
          PartnerField::Commitment, PartnerField::CostToServe})
        delegate->setKind(int(f), FieldDelegate::Kind::Rating);
    for (PartnerField f :
         {PartnerField::Certifications, PartnerField::DealsWon, PartnerField::DealsLost})
        delegate->setKind(int(f), FieldDelegate::Kind::Count);
    for (PartnerField f :
         {PartnerField::SourcedRevenue, PartnerField::InfluencedRevenue, PartnerField::Pipeline,
          PartnerField::InvestMdf, PartnerField::InvestEnablement, PartnerField::InvestIncentives,
          PartnerField::InvestTechnical, PartnerField::ContractMinimum})
        delegate->setKind(int(f), FieldDelegate::Kind::Money);
    for (PartnerField f : {PartnerField::EnrolledOn, PartnerField::FirstCommercialOn})
        delegate->setKind(int(f), FieldDelegate::Kind::Date);
    const Portfolio *portfolio = m_document->portfolio();
    delegate->setChoiceProvider(int(PartnerField::Upstream), [portfolio](const QModelIndex &index) {
        const Id self = index.data(IdRole).toLongLong();
        ChoiceList choices{Choice(tr("None (buys direct)"), Id(0))};
        for (const Partner &p : portfolio->partners())
            if (p.id != self)
                choices << Choice(p.name, p.id);
        std::sort(choices.begin() + 1, choices.end(), [](const Choice &a, const Choice &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        return choices;
    });
    m_view->setItemDelegate(delegate);
}

void PartnersPage::applyDefaultColumns() {
    const PartnerField shown[] = {PartnerField::Name,           PartnerField::Model,
                                  PartnerField::Status,         PartnerField::Tier,
                                  PartnerField::Regions,        PartnerField::Upstream,
                                  PartnerField::SourcedRevenue, PartnerField::InfluencedRevenue,
                                  PartnerField::Pipeline,       PartnerField::Decision};
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, std::find(std::begin(shown), std::end(shown), PartnerField(c)) ==
                                       std::end(shown));
    fitColumns();
}

void PartnersPage::restoreHeader() {
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(QLatin1String(kHeaderKey)).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // The state brings the shown columns, their order and the sort, but also the layout of
    // the header that saved it (earlier versions: titles on one line, the last column
    // stretched): the wrapping header's own comes back, and the columns are fitted again.
    header->setDefaultAlignment(
        Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    fitColumns();
}

void PartnersPage::fitColumns() {
    // Every column as wide as its contents and its title's widest word, inside the table's
    // width; the texts are cut when the row is too long.
    m_fit->fit();
}

void PartnersPage::showColumnMenu(const QPoint &pos) {
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The name identifies the row: it always stays visible.
        action->setEnabled(c != int(PartnerField::Name));
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            fitColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Restore Default Columns"), this, &PartnersPage::applyDefaultColumns);
    menu.exec(header->mapToGlobal(pos));
}

QList<Id> PartnersPage::selectedPartners() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex &index : rows)
        ids << m_model->idAt(m_filter->mapToSource(index).row());
    return ids;
}

void PartnersPage::selectPartners(const QList<Id> &ids) {
    QItemSelection selection;
    QModelIndex first;
    for (Id id : ids) {
        const int sourceRow = m_model->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (first.isValid())
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    if (first.isValid())
        m_view->scrollTo(first);
}

void PartnersPage::setSelection(PartnerSelection *selection) {
    m_selection = selection;
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_applyingSelection)
            m_selection->setIds(selectedPartners());
    });
    connect(selection, &PartnerSelection::changed, this, [this](const QList<Id> &ids) {
        if (ids == selectedPartners())
            return;
        // Rows hidden by the filter cannot be selected; that must not shrink the shared set.
        const QScopedValueRollback<bool> guard(m_applyingSelection, true);
        selectPartners(ids);
    });
}

void PartnersPage::setScoring(ScoringController *scoring) {
    m_detail->setScoring(scoring);
}

void PartnersPage::currentChanged() {
    // The detail shows a selected partner or none: the current row alone is not enough. When
    // the current row goes (undoing an add, say), the view moves the current index to a
    // neighbour it does not select.
    const QModelIndex current = m_view->currentIndex();
    Id id = 0;
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        id = m_model->idAt(m_filter->mapToSource(current).row());
    else if (const QList<Id> selected = selectedPartners(); !selected.isEmpty())
        id = selected.first();
    if (id != m_detail->partner())
        m_detail->setPartner(id);
}

void PartnersPage::addPartner() {
    Partner partner;
    partner.name = tr("New partner");
    const Id id = edit::addPartner(*m_document, partner);
    if (id == 0)
        return;
    // A filter could hide the new row; clear it so the user sees what they added.
    if (!m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0)).isValid()) {
        m_filterText->clear();
        m_modelFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
    }
    selectPartners({id});
    const QModelIndex name =
        m_filter->mapFromSource(m_model->index(m_model->rowOf(id), int(PartnerField::Name)));
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void PartnersPage::deleteSelected() {
    const QList<Id> ids = selectedPartners();
    if (ids.isEmpty())
        return;
    const int nextRow = m_view->selectionModel()->selectedRows().first().row();
    edit::removePartners(*m_document, ids);
    if (m_filter->rowCount() > 0) {
        const int row = qMin(nextRow, m_filter->rowCount() - 1);
        m_view->setCurrentIndex(m_filter->index(row, int(PartnerField::Name)));
    }
}

void PartnersPage::duplicateSelected() {
    const QList<Id> ids = selectedPartners();
    if (ids.isEmpty())
        return;
    selectPartners(edit::duplicatePartners(*m_document, ids));
}

void PartnersPage::bulkEdit() {
    const QList<Id> ids = selectedPartners();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(int(ids.size()), window());
    if (m_bulkPrompt(dialog))
        dialog.apply(*m_document, ids);
}

void PartnersPage::setActionsActive(bool active) {
    m_actionsActive = active;
    updateActions();
}

void PartnersPage::updateActions() {
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(m_actionsActive);
    m_delete->setEnabled(m_actionsActive && selected);
    m_duplicate->setEnabled(m_actionsActive && selected);
    m_bulkEdit->setEnabled(m_actionsActive && selected);
}

void PartnersPage::updateCount() {
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("Partners: %1").arg(total)
                                    : tr("Partners: %1 of %2").arg(shown).arg(total));
    updateActions();
}

} // namespace ps
