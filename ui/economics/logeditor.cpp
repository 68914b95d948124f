// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/logeditor.h"

#include "ui/document/document.h"
#include "ui/editors/fielddelegate.h"
#include "ui/models/logmodels.h"
#include "ui/models/roles.h"
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
    , m_remove(new QPushButton(tr("Delete"), this)) {
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
        delegate->setKind(DealLogModel::PartnerColumn, FieldDelegate::Kind::Choice);
        delegate->setChoiceProvider(
            DealLogModel::PartnerColumn,
            [partnerChoices](const QModelIndex &) { return partnerChoices(true); });
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
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

Id LogEditor::addRow() {
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

void LogEditor::updateButtons() {
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace ps
