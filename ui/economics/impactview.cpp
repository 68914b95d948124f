// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/impactview.h"

#include "ui/charts/axistitles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/economics/economicscharts.h"
#include "ui/theme/sortitem.h"
#include "ui/theme/themepalette.h"
#include "ui/undo/edits.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ps {
namespace {

QString points(double difference) {
    return (difference >= 0 ? QStringLiteral("+") : QString()) +
           QLocale().toString(difference * 100.0, 'f', 0);
}

} // namespace

ImpactView::ImpactView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_style(theme::economicsStyle(QApplication::palette()))
    , m_minimum(new QSpinBox(this))
    , m_group(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_winRate(new QCustomPlot(this))
    , m_cycle(new QCustomPlot(this))
    , m_table(new QTableWidget(0, ColumnCount, this)) {
    m_minimum->setObjectName(QStringLiteral("minClosedDeals"));
    m_minimum->setRange(1, 10000);
    m_minimum->setAccessibleName(tr("Minimum closed deals"));
    m_minimum->setToolTip(tr("Below this many closed deals a win rate, average won deal or "
                             "sales cycle says \"not enough deals\"; scores use a partner's "
                             "deals as evidence from this many on."));
    m_group->setObjectName(QStringLiteral("impactGroup"));
    m_group->addItem(tr("Partners"), int(Group::Partners));
    m_group->addItem(tr("Partner models"), int(Group::Models));
    m_group->addItem(tr("Tiers"), int(Group::Tiers));
    m_group->addItem(tr("ICPs"), int(Group::Icps));
    m_group->setAccessibleName(tr("Group the table by"));
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_winRate->setAccessibleName(tr("Win rate with and without partners, by model"));
    m_cycle->setAccessibleName(tr("Sales cycle with and without partners, by model"));
    m_winRate->setMinimumHeight(220);
    m_cycle->setMinimumHeight(220);
    wrapVerticalAxisTitles(m_winRate);
    wrapVerticalAxisTitles(m_cycle);
    m_table->setObjectName(QStringLiteral("impactTable"));
    m_table->setAccessibleName(tr("Partner impact"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Deals"), tr("Won"), tr("Lost"),
                                        tr("Win rate"), tr("vs direct (90%)"), tr("Avg won"),
                                        tr("Cycle (days)"), tr("Open pipeline"), tr("Sourced"),
                                        tr("Influenced"), tr("Attributed won")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *controls = new QHBoxLayout;
    auto *minimumLabel = new QLabel(tr("Rates need at least"), this);
    minimumLabel->setBuddy(m_minimum);
    controls->addWidget(minimumLabel);
    controls->addWidget(m_minimum);
    controls->addWidget(new QLabel(tr("closed deals."), this));
    controls->addStretch();
    auto *groupLabel = new QLabel(tr("&Table by:"), this);
    groupLabel->setBuddy(m_group);
    controls->addWidget(groupLabel);
    controls->addWidget(m_group);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_winRate);
    charts->addWidget(m_cycle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 2);
    layout->addWidget(m_table, 3);

    connect(m_minimum, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            edit::setInfoField(*m_document, InfoField::MinClosedDeals, value,
                               edit::Merge::Continuous);
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
}

void ImpactView::setGroup(Group group) {
    m_group->setCurrentIndex(m_group->findData(int(group)));
}

void ImpactView::setImpact(const PartnerImpact &impact, const QString &currency) {
    m_impact = impact;
    m_currency = currency;
    m_updating = true;
    m_minimum->setValue(impact.minClosedDeals);
    m_updating = false;
    const QLocale locale;
    const ImpactMeasures &p = impact.partnerInvolved;
    const ImpactMeasures &d = impact.direct;
    const auto percent = [&](const std::optional<double> &v) {
        return v ? tr("%1 %").arg(locale.toString(*v * 100.0, 'f', 0)) : tr("not enough deals");
    };
    QString text = tr("Deals with partners: %1 (%2 won, %3 lost), win rate %4; direct: %5 (%6 won, "
                      "%7 lost), win rate %8.")
                       .arg(p.deals)
                       .arg(p.won)
                       .arg(p.lost)
                       .arg(percent(p.winRate))
                       .arg(d.deals)
                       .arg(d.won)
                       .arg(d.lost)
                       .arg(percent(d.winRate));
    if (impact.winRateDifference && impact.differenceInterval)
        text += QLatin1Char(' ') +
                tr("Partners change the win rate by %1 points (90% interval %2 to %3).")
                    .arg(points(*impact.winRateDifference), points(impact.differenceInterval->low),
                         points(impact.differenceInterval->high));
    if (impact.influencedPipelineShare)
        text += QLatin1Char(' ') + tr("Partner-involved share of the open pipeline: %1.")
                                       .arg(percent(impact.influencedPipelineShare));
    text += QLatin1Char(' ') + tr("Partner-sourced new customers: %n.", nullptr, p.sourcedWon);
    m_summary->setText(text);
    economics::plotImpactByModel(m_winRate, impact, economics::ImpactMeasure::WinRate, m_style);
    economics::plotImpactByModel(m_cycle, impact, economics::ImpactMeasure::CycleDays, m_style);
    fillTable();
}

void ImpactView::fillTable() {
    const QLocale locale;
    const std::vector<ImpactRow> *rows = &m_impact.partners;
    switch (Group(m_group->currentData().toInt())) {
    case Group::Partners:
        rows = &m_impact.partners;
        break;
    case Group::Models:
        rows = &m_impact.models;
        break;
    case Group::Tiers:
        rows = &m_impact.tiers;
        break;
    case Group::Icps:
        rows = &m_impact.icps;
        break;
    }
    const QString notEnough = tr("not enough deals");
    const auto number = [&](double v, int decimals = 0) {
        return locale.toString(v, 'f', decimals);
    };
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const ImpactRow &r : *rows) {
        if (r.with.deals == 0)
            continue;
        const ImpactMeasures &m = r.with;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto set = [&](int column, const QString &text, double key, bool numeric = true) {
            auto *item = new SortItem(text, key, numeric);
            if (!m.enough && (column == WinRateColumn || column == AvgWonColumn ||
                              column == CycleColumn || column == DifferenceColumn))
                item->setToolTip(withheldReason(m, m_impact.minClosedDeals));
            m_table->setItem(row, column, item);
        };
        set(NameColumn, r.name, 0.0, false);
        set(DealsColumn, number(m.deals), m.deals);
        set(WonColumn, number(m.won), m.won);
        set(LostColumn, number(m.lost), m.lost);
        set(WinRateColumn,
            !m.enough   ? notEnough
            : m.winRate ? number(*m.winRate * 100.0) + tr(" %")
                        : QString(),
            m.winRate.value_or(-1.0));
        set(DifferenceColumn,
            r.winRateDifference && r.differenceInterval
                ? tr("%1 (%2 to %3)")
                      .arg(points(*r.winRateDifference), points(r.differenceInterval->low),
                           points(r.differenceInterval->high))
                : QString(),
            r.winRateDifference.value_or(-2.0));
        set(AvgWonColumn,
            !m.enough  ? notEnough
            : m.avgWon ? number(*m.avgWon)
                       : QString(),
            m.avgWon.value_or(-1.0));
        set(CycleColumn,
            !m.enough     ? notEnough
            : m.cycleDays ? number(*m.cycleDays)
                          : QString(),
            m.cycleDays.value_or(-1.0));
        set(PipelineColumn, number(m.openPipeline), m.openPipeline);
        set(SourcedColumn, number(m.sourced), m.sourced);
        set(InfluencedColumn, number(m.influenced), m.influenced);
        set(AttributedColumn, number(m.attributedWonRevenue), m.attributedWonRevenue);
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(DealsColumn, Qt::DescendingOrder);
}

} // namespace ps
