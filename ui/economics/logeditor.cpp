// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/logeditor.h"

#include "ui/document/document.h"
#include "ui/economics/dealpartnersdialog.h"
#include "ui/editors/fielddelegate.h"
#include "ui/models/logmodels.h"
#include "ui/models/roles.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/undo/edits.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace ps {

LogEditor::LogEditor(Document *document, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_model(kind == Kind::Activities
                  ? static_cast<LogModel *>(new ActivityLogModel(document, this))
              : kind == Kind::Deals ? static_cast<LogModel *>(new DealLogModel(document, this))
                                    : new InvestmentLogModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(kind == Kind::Activities ? tr("Add activity")
                            : kind == Kind::Deals    ? tr("Add deal")
                                                     : tr("Add investment period"),
                            this))
    , m_remove(new QPushButton(tr("Delete"), this))
    , m_attach(new LazyRefresh(this, [this] { attach(); })) {
    // A hidden log does not sort a large log again after every reset (opening a file): the
    // proxy lets go of the model before the reset and takes it back when shown or used. This
    // connection comes before the proxy's own, so the proxy never sees the reset.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!isVisible())
            detach();
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LogSortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(kind == Kind::Activities ? tr("Activity log")
                              : kind == Kind::Deals    ? tr("Deal log")
                                                       : tr("Investment history"));
    m_add->setAccessibleName(m_add->text());
    m_remove->setAccessibleName(kind == Kind::Activities ? tr("Delete activities")
                                : kind == Kind::Deals    ? tr("Delete deals")
                                                         : tr("Delete investment periods"));

    auto *delegate = new FieldDelegate(this);
    Portfolio *portfolio = document->portfolio();
    const auto partnerChoices = [portfolio](bool direct) {
        ChoiceList list;
        if (direct)
            list << Choice(tr("Direct"), qint64(0));
        for (const Partner &p : portfolio->partners())
            list << Choice(p.name, qint64(p.id));
        return list;
    };
    if (kind == Kind::Activities) {
        delegate->setKind(ActivityLogModel::DateColumn, FieldDelegate::Kind::Date);
        delegate->setKind(ActivityLogModel::PartnerColumn, FieldDelegate::Kind::Choice);
        delegate->setChoiceProvider(
            ActivityLogModel::PartnerColumn,
            [partnerChoices](const QModelIndex &) { return partnerChoices(false); });
        delegate->setKind(ActivityLogModel::KindColumn, FieldDelegate::Kind::Choice);
        delegate->setChoices(ActivityLogModel::KindColumn,
                             FieldDelegate::enumChoices<ActivityKind>());
        m_view->sortByColumn(ActivityLogModel::DateColumn, Qt::DescendingOrder);
    } else if (kind == Kind::Investments) {
        delegate->setKind(InvestmentLogModel::PartnerColumn, FieldDelegate::Kind::Choice);
        delegate->setChoiceProvider(
            InvestmentLogModel::PartnerColumn,
            [partnerChoices](const QModelIndex &) { return partnerChoices(false); });
        delegate->setKind(InvestmentLogModel::StartColumn, FieldDelegate::Kind::Date);
        for (int column :
             {int(InvestmentLogModel::MdfColumn), int(InvestmentLogModel::EnablementColumn),
              int(InvestmentLogModel::IncentivesColumn), int(InvestmentLogModel::TechnicalColumn)})
            delegate->setKind(column, FieldDelegate::Kind::Money);
        m_view->sortByColumn(InvestmentLogModel::StartColumn, Qt::DescendingOrder);
    } else {
        m_partnersPrompt =
            [portfolio](QWidget *parent,
                        const Deal &deal) -> std::optional<std::vector<DealPartner>> {
            DealPartnersDialog dialog(*portfolio, deal, parent);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.partners();
        };
        m_partners = new QPushButton(tr("&Partners..."), this);
        m_partners->setToolTip(tr("The partners of the deal and what each did"));
        connect(m_partners, &QPushButton::clicked, this, &LogEditor::editPartners);
        connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &at) {
            if (m_proxy->mapToSource(at).column() == DealLogModel::PartnerColumn)
                editPartners();
        });
        delegate->setKind(DealLogModel::IcpColumn, FieldDelegate::Kind::Choice);
        delegate->setChoiceProvider(DealLogModel::IcpColumn, [portfolio](const QModelIndex &) {
            ChoiceList list{Choice(tr("(none)"), qint64(0))};
            for (const Icp &icp : portfolio->icps())
                list << Choice(icp.name, qint64(icp.id));
            return list;
        });
        delegate->setKind(DealLogModel::AmountColumn, FieldDelegate::Kind::Money);
        delegate->setKind(DealLogModel::OutcomeColumn, FieldDelegate::Kind::Choice);
        delegate->setChoices(DealLogModel::OutcomeColumn,
                             FieldDelegate::enumChoices<DealOutcome>());
        delegate->setKind(DealLogModel::CreatedColumn, FieldDelegate::Kind::Date);
        delegate->setKind(DealLogModel::ClosedColumn, FieldDelegate::Kind::Date);
        m_view->sortByColumn(DealLogModel::CreatedColumn, Qt::DescendingOrder);
    }
    m_view->setItemDelegate(delegate);
    m_view->resizeColumnsToContents();

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, &LogEditor::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &LogEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &LogEditor::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    if (m_partners)
        buttons->addWidget(m_partners);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QTableView *LogEditor::view() const {
    m_attach->flush();
    return m_view;
}

void LogEditor::detach() {
    if (!m_proxy->sourceModel())
        return;
    // Without a model the header forgets its columns: keep their widths and the sort order.
    m_headerState = m_view->horizontalHeader()->saveState();
    m_sortColumn = m_view->horizontalHeader()->sortIndicatorSection();
    m_sortOrder = m_view->horizontalHeader()->sortIndicatorOrder();
    m_proxy->setSourceModel(nullptr);
    m_attach->request();
}

void LogEditor::attach() {
    if (m_proxy->sourceModel())
        return;
    m_proxy->setSourceModel(m_model);
    m_view->horizontalHeader()->restoreState(m_headerState);
    m_view->sortByColumn(m_sortColumn, m_sortOrder);
    updateButtons();
}

Id LogEditor::addRow() {
    m_attach->flush();
    const Portfolio &portfolio = *m_document->portfolio();
    Id id = 0;
    if (m_kind == Kind::Activities) {
        if (portfolio.partners().empty())
            return 0;
        Activity activity;
        activity.partnerId = portfolio.partners().front().id;
        activity.date = QDate::currentDate();
        activity.kind = ActivityKind::JointCall;
        id = edit::addActivity(*m_document, activity);
    } else if (m_kind == Kind::Investments) {
        if (portfolio.partners().empty())
            return 0;
        // The quarter after the latest one in the history (this quarter when there is none),
        // for the selected partner or the first one.
        InvestmentPeriod period;
        const QList<Id> selected = selectedIds();
        const InvestmentPeriod *chosen =
            selected.isEmpty() ? nullptr : portfolio.find<InvestmentPeriod>(selected.front());
        period.partnerId = chosen ? chosen->partnerId : portfolio.partners().front().id;
        QDate latest;
        for (const InvestmentPeriod &p : portfolio.investments())
            if (p.partnerId == period.partnerId && (!latest.isValid() || p.start > latest))
                latest = p.start;
        const QDate today = QDate::currentDate();
        period.start = latest.isValid() ? latest.addMonths(3)
                                        : QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        id = edit::addInvestment(*m_document, period);
    } else {
        Deal deal;
        deal.name = tr("New deal");
        deal.createdOn = QDate::currentDate();
        id = edit::addDeal(*m_document, deal);
    }
    if (id == 0)
        return 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(at);
            m_view->scrollTo(at);
            break;
        }
    }
    m_view->setFocus();
    return id;
}

QList<Id> LogEditor::selectedIds() const {
    m_attach->flush();
    std::set<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.insert(m_proxy->mapToSource(index).row());
    QList<Id> ids;
    for (int row : rows)
        ids << m_model->idAt(row);
    return ids;
}

bool LogEditor::removeSelected() {
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    switch (m_kind) {
    case Kind::Activities:
        return edit::removeActivities(*m_document, ids);
    case Kind::Deals:
        return edit::removeDeals(*m_document, ids);
    case Kind::Investments:
        return edit::removeInvestments(*m_document, ids);
    }
    return false;
}

bool LogEditor::editPartners() {
    if (m_kind != Kind::Deals || !m_partnersPrompt)
        return false;
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Deal *deal = m_document->portfolio()->find<Deal>(m_model->idAt(current.row()));
    if (!deal)
        return false;
    const std::optional<std::vector<DealPartner>> partners = m_partnersPrompt(this, *deal);
    if (!partners)
        return false;
    Deal changed = *deal;
    changed.partners = *partners;
    return edit::replaceDeal(*m_document, changed);
}

void LogEditor::updateButtons() {
    const bool selected = m_view->selectionModel()->hasSelection();
    m_remove->setEnabled(selected);
    if (m_partners)
        m_partners->setEnabled(m_view->currentIndex().isValid());
}

} // namespace ps
