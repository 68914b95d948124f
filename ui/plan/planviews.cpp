// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/planviews.h"

#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/undo/edits.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ps {
namespace {

QString money(double amount) {
    return QLocale().toString(amount, 'f', 0);
}

QTableWidgetItem *cell(const QString &text, bool number = false) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PlanComparisonView::PlanComparisonView(Document *document, PlanController *controller,
                                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_totals(readOnlyTable(
          {tr("Plan"), tr("Spends"), tr("Expected return"), tr("Return per unit")}, this))
    , m_moves(readOnlyTable({tr("Partner"), tr("Today"), tr("Optimal"), tr("Edited"),
                             tr("Moves (optimal − today)"), tr("Left on the table")},
                            this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_totals->setAccessibleName(tr("Plans side by side"));
    m_totals->setMaximumHeight(m_totals->horizontalHeader()->sizeHint().height() * 5);
    m_moves->setAccessibleName(tr("What moves"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Where the money moves, and where the edited plan leaves "
                                    "value:"),
                                 this));
    layout->addWidget(m_moves, 1);
    connect(controller, &PlanController::planChanged, this, &PlanComparisonView::refresh);
    refresh();
}

void PlanComparisonView::refresh() {
    const auto run = m_controller->run();
    m_totals->setRowCount(0);
    m_moves->setRowCount(0);
    if (!run || !run->ok()) {
        m_summary->setText(run ? run->error() : QString());
        return;
    }
    const plan::PlanComparison &c = run->comparison;
    const QString currency = m_document->portfolio()->info().currency;
    const struct {
        QString name;
        plan::PlanTotals totals;
    } plans[] = {{tr("Today's spend"), c.today},
                 {tr("Optimal plan"), c.optimal},
                 {tr("Edited plan"), c.edited}};
    m_totals->setRowCount(3);
    for (int row = 0; row < 3; ++row) {
        const plan::PlanTotals &t = plans[row].totals;
        m_totals->setItem(row, 0, cell(plans[row].name));
        m_totals->setItem(row, 1, cell(money(t.allocated) + QLatin1Char(' ') + currency, true));
        m_totals->setItem(row, 2, cell(money(t.expected) + QLatin1Char(' ') + currency, true));
        m_totals->setItem(
            row, 3,
            cell(t.allocated > 0 ? QLocale().toString(t.expected / t.allocated, 'f', 2) : QString(),
                 true));
    }
    QString text = tr("The optimal plan returns %1 %2 more than today's spend.")
                       .arg(money(c.optimal.expected - c.today.expected), currency);
    if (std::abs(c.valueLeft) >= 0.5)
        text += QLatin1Char(' ') +
                tr("The edited plan leaves %1 %2 on the table.").arg(money(c.valueLeft), currency);
    else
        text += QLatin1Char(' ') + tr("The edited plan follows the optimum.");
    if (!c.editedViolations.isEmpty())
        text += QLatin1Char(' ') + tr("The edited plan breaks %n constraint(s): %1", nullptr,
                                      int(c.editedViolations.size()))
                                       .arg(c.editedViolations.join(QLatin1Char(' ')));
    m_summary->setText(text);

    // The largest gains first, then the largest moves from today's spend.
    std::vector<size_t> order(c.rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const plan::ComparisonRow &x = c.rows[a], &y = c.rows[b];
        if (std::abs(x.gain - y.gain) > 0.5)
            return x.gain > y.gain;
        return std::abs(x.optimal - x.today) > std::abs(y.optimal - y.today);
    });
    const int shown = int(std::min<size_t>(order.size(), 25));
    m_moves->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const size_t i = order[size_t(row)];
        const plan::ComparisonRow &r = c.rows[i];
        m_moves->setItem(row, 0, cell(run->problem.partners[i].name));
        m_moves->setItem(row, 1, cell(money(r.today), true));
        m_moves->setItem(row, 2, cell(money(r.optimal), true));
        m_moves->setItem(row, 3, cell(money(r.edited), true));
        const double move = r.optimal - r.today;
        m_moves->setItem(row, 4,
                         cell((move > 0.5 ? QStringLiteral("+") : QString()) + money(move), true));
        m_moves->setItem(row, 5, cell(r.gain >= 0.5 ? money(r.gain) : QString(), true));
    }
}

PlanCapacityView::PlanCapacityView(Document *document, PlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(controller)
    , m_target(new QDoubleSpinBox(this))
    , m_date(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_needs(readOnlyTable({tr("Model and tier"), tr("Activate"), tr("Start by"), tr("Recruit"),
                             tr("Recruit by"), tr("New active"), tr("Added revenue")},
                            this)) {
    m_target->setRange(0, 1e13);
    m_target->setDecimals(0);
    m_target->setGroupSeparatorShown(true);
    m_target->setSingleStep(100000);
    m_target->setKeyboardTracking(false);
    m_target->setSpecialValueText(tr("No target"));
    m_target->setAccessibleName(tr("Revenue target"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Target date"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_needs->setAccessibleName(tr("Capacity plan"));
    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("Attributed revenue a year to rea&ch:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto *dateLabel = new QLabel(tr("By &date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_needs, 1);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &PlanCapacityView::store);
    connect(m_date, &QDateEdit::dateChanged, this, &PlanCapacityView::store);
    connect(controller, &PlanController::planChanged, this, &PlanCapacityView::refresh);
    refresh();
}

void PlanCapacityView::store() {
    if (m_refreshing || m_controller->scenarioId() == 0)
        return;
    ScenarioPlan s = m_controller->settings();
    s.revenueTarget = m_target->value();
    s.targetDate = m_date->date();
    if (!edit::setPlan(*m_document, s, tr("the revenue target"), edit::Merge::Continuous))
        refresh();
}

void PlanCapacityView::refresh() {
    m_refreshing = true;
    const ScenarioPlan s = m_controller->settings();
    const QString currency = m_document->portfolio()->info().currency;
    {
        const QSignalBlocker b1(m_target), b2(m_date);
        m_target->setSuffix(QLatin1Char(' ') + currency);
        m_target->setValue(s.revenueTarget);
        m_date->setDate(s.targetDate.isValid() ? s.targetDate : QDate::currentDate().addYears(1));
    }
    const plan::CapacityPlan &c = m_controller->capacity();
    m_needs->setRowCount(0);
    if (!c.ok()) {
        m_summary->setText(c.error);
        m_refreshing = false;
        return;
    }
    QString text = tr("Today's run-rate is %1 %3 a year; the target needs %2 %3 more.")
                       .arg(money(c.currentRunRate), money(c.gap), currency);
    if (!c.notes.isEmpty())
        text += QLatin1Char(' ') + c.notes.join(QLatin1Char(' '));
    m_summary->setText(text);
    m_needs->setRowCount(int(c.needs.size()));
    for (int row = 0; row < int(c.needs.size()); ++row) {
        const plan::CohortNeed &n = c.needs[size_t(row)];
        const plan::CohortFigures &f = c.cohorts[size_t(n.cohort)];
        QString name = f.model ? label(*f.model) : tr("Unclassified");
        if (f.tier != PartnerTier::None)
            name += QStringLiteral(", ") + label(f.tier);
        const auto date = [](const QDate &d) {
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
        };
        m_needs->setItem(row, 0, cell(name));
        m_needs->setItem(row, 1, cell(QString::number(n.activate), true));
        m_needs->setItem(row, 2, cell(n.activate > 0 ? date(n.activateBy) : QString()));
        m_needs->setItem(row, 3, cell(QString::number(n.recruit), true));
        m_needs->setItem(row, 4, cell(n.recruit > 0 ? date(n.recruitBy) : QString()));
        m_needs->setItem(row, 5, cell(QLocale().toString(n.newActive, 'f', 1), true));
        m_needs->setItem(row, 6, cell(money(n.addedRevenue), true));
    }
    m_refreshing = false;
}

} // namespace ps
