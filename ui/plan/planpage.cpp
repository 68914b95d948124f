// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/planpage.h"

#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/editors/fielddelegate.h"
#include "ui/models/planpartnermodel.h"
#include "ui/plan/curvedialog.h"
#include "ui/plan/plancharts.h"
#include "ui/plan/planconstraints.h"
#include "ui/plan/planviews.h"
#include "ui/theme/themepalette.h"
#include "ui/undo/edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ps {
namespace {

QString money(double amount) {
    return QLocale().toString(amount, 'f', 0);
}

/// Partners named in the chart by the page (the rest are summed).
constexpr int ChartPartners = 15;
/// Above this many partners the table keeps its order while the plan changes (a re-sort of a
/// huge table on every step of a slider would take the GUI thread's time).
constexpr int LiveSortLimit = 20000;

} // namespace

PlanPage::PlanPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(new PlanController(document, this))
    , m_constraints(new PlanConstraints(document, m_controller, this))
    , m_charts(new PlanCharts(this))
    , m_model(new PlanPartnerModel(document, m_controller, this))
    , m_comparison(new PlanComparisonView(document, m_controller, this))
    , m_capacity(new PlanCapacityView(document, m_controller, this))
    , m_tabs(new QTabWidget(this)) {
    m_controller->setActive(false); // until shown
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_constraints);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_constraints->minimumSizeHint().width() + 24);

    m_tabs->addTab(m_charts, tr("Allocatio&n"));
    m_tabs->addTab(createPartnersTab(), tr("Pa&rtners"));
    m_tabs->addTab(m_comparison, tr("Co&mpare plans"));
    m_tabs->addTab(m_capacity, tr("Capacit&y"));
    m_tabs->setAccessibleName(tr("Plan views"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createHeader());
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_controller, &PlanController::planChanged, this, &PlanPage::planChanged);
    connect(m_controller, &PlanController::forecastStarted, this, &PlanPage::updateForecast);
    connect(m_controller, &PlanController::forecastFinished, this, &PlanPage::updateForecast);
    connect(m_controller, &PlanController::forecastProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_forecastButton, &QPushButton::clicked, this, [this] {
        if (m_controller->isForecasting())
            m_controller->cancelForecast();
        else
            m_controller->startForecast();
    });
    planChanged();
}

QWidget *PlanPage::createHeader() {
    auto *header = new QWidget(this);
    m_totals = new QLabel(header);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_error = new QLabel(header);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_forecastText = new QLabel(header);
    m_forecastText->setWordWrap(true);
    m_progress = new QProgressBar(header);
    m_progress->setAccessibleName(tr("Forecast progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_forecastButton = new QPushButton(tr("Run forecas&t"), header);
    auto *forecastRow = new QHBoxLayout;
    forecastRow->addWidget(m_forecastText, 1);
    forecastRow->addWidget(m_progress);
    forecastRow->addWidget(m_forecastButton);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_totals);
    layout->addWidget(m_error);
    layout->addLayout(forecastRow);
    return header;
}

QWidget *PlanPage::createPartnersTab() {
    auto *tab = new QWidget(this);
    m_proxy = new QSortFilterProxyModel(tab);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanSortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(tab);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlanPartnerModel::OptimalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Plan per partner"));
    auto *delegate = new FieldDelegate(m_table);
    for (int column : {int(PlanPartnerModel::EditedColumn), int(PlanPartnerModel::FixedColumn),
                       int(PlanPartnerModel::MinimumColumn), int(PlanPartnerModel::MaximumColumn)})
        delegate->setKind(column, FieldDelegate::Kind::Money);
    m_table->setItemDelegate(delegate);

    auto *curve = new QPushButton(tr("Curve of the &selected partner…"), tab);
    auto *clear = new QPushButton(tr("C&lear hand edits"), tab);
    auto *hint = new QLabel(tr("Type in Edited plan, Fixed, Minimum or Maximum; an empty cell "
                               "clears the setting."),
                            tab);
    hint->setWordWrap(true);
    connect(curve, &QPushButton::clicked, this, &PlanPage::editPartnerCurve);
    connect(clear, &QPushButton::clicked, this, &PlanPage::clearEdits);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(curve);
    buttons->addWidget(clear);
    buttons->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return tab;
}

void PlanPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_controller->setActive(true);
    m_table->resizeColumnsToContents();
}

void PlanPage::hideEvent(QHideEvent *event) {
    // A hidden page plans nothing: edits elsewhere on a large portfolio cost no CPU here.
    m_controller->setActive(false);
    QWidget::hideEvent(event);
}

void PlanPage::planChanged() {
    const auto run = m_controller->run();
    const auto basis = m_controller->basis();
    const PortfolioData &data = m_document->portfolio()->data();
    const QString currency = data.info.currency;
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, theme::warningColor(palette()));
    m_error->setPalette(warning);
    if (!run || !basis) {
        m_totals->setText(tr("Planning…"));
        m_error->clear();
        m_error->hide();
        return;
    }
    m_proxy->setDynamicSortFilter(run->problem.partners.size() <= size_t(LiveSortLimit));
    if (!run->ok()) {
        m_totals->setText(tr("No plan for these constraints."));
        m_error->setText(run->error());
        m_error->show();
        m_charts->clear();
        updateForecast();
        return;
    }
    const plan::Plan &plan = run->result.plan;
    QString totals =
        tr("Budget %1 %4: %2 allocated, expected return %3 %4 a year.")
            .arg(money(plan.budget), money(plan.allocated), money(plan.expectedTotal), currency);
    if (plan.shadowPrice > 0)
        totals +=
            QLatin1Char(' ') + tr("One more %1 of budget would return %2.")
                                   .arg(currency, QLocale().toString(plan.shadowPrice, 'f', 2));
    m_totals->setText(totals);
    m_error->setText(plan.notes.join(QLatin1Char(' ')));
    m_error->setVisible(!plan.notes.isEmpty());
    m_charts->setBreakdown(PlanBreakdown::of(data, *basis, *run, ChartPartners), currency);
    updateForecast();
}

void PlanPage::updateForecast() {
    const plan::Forecast &f = m_controller->forecast();
    const bool running = m_controller->isForecasting();
    m_forecastButton->setText(running ? tr("Cancel forecas&t") : tr("Run forecas&t"));
    const auto run = m_controller->run();
    m_forecastButton->setEnabled(running || (run && run->ok()));
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_forecastText->setText(tr("Forecasting…"));
        return;
    }
    const QString currency = m_document->portfolio()->info().currency;
    if (f.cancelled)
        m_forecastText->setText(tr("The forecast was cancelled."));
    else if (f.draws > 0)
        m_forecastText->setText(
            tr("Forecast over %1 draws: P10 %2, P50 %3, P90 %4 %5 (80% of outcomes between "
               "P10 and P90).")
                .arg(QLocale().toString(f.draws), money(f.p10), money(f.p50), money(f.p90),
                     currency));
    else
        m_forecastText->setText(tr("No forecast of this plan yet."));
}

void PlanPage::editPartnerCurve() {
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const Id id = m_model->idAt(current.row());
    const Partner *partner = m_document->portfolio()->find<Partner>(id);
    if (!partner)
        return;
    ScenarioPlan settings = m_controller->settings();
    PlanPartnerSetting s = settings.partner(id) ? *settings.partner(id) : PlanPartnerSetting{};
    s.partnerId = id;
    CurveSetting start;
    if (const auto basis = m_controller->basis();
        basis && current.row() >= 0 && size_t(current.row()) < basis->fit.partners.size()) {
        const plan::CurveEstimate &e = basis->fit.partners[size_t(current.row())];
        start = {e.curve.a,
                 e.curve.s,
                 e.curve.baseline,
                 e.uncertainty.sdLogA,
                 e.uncertainty.sdLogS,
                 e.uncertainty.correlation};
    }
    CurveDialog dialog(tr("Curve of %1").arg(partner->name), s.curve.value_or(start),
                       s.curve.has_value(), m_document->portfolio()->info().currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    s.curve = dialog.cleared() ? std::nullopt : std::optional<CurveSetting>(dialog.curve());
    settings.setPartner(s);
    edit::setPlan(*m_document, settings, tr("the curve of %1").arg(partner->name));
}

bool PlanPage::clearEdits() {
    ScenarioPlan settings = m_controller->settings();
    for (PlanPartnerSetting s : std::vector<PlanPartnerSetting>(settings.partners)) {
        s.edited.reset();
        settings.setPartner(s);
    }
    return edit::setPlan(*m_document, settings, tr("the edited plan"));
}

} // namespace ps
