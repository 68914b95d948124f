// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/oemassessmentview.h"
#include "ui/theme/themepalette.h"

#include "ui/charts/qcp.h"
#include "ui/economics/economicscharts.h"

#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

const QColor kAlert(0xB0, 0x3A, 0x00);

QTableWidgetItem *cell(const QString &text, bool alert, const QString &tip = {}) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (alert) {
        item->setForeground(kAlert);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

} // namespace

OemAssessmentView::OemAssessmentView(QWidget *parent)
    : QWidget(parent)
    , m_style(theme::economicsStyle(QApplication::palette()))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_verdict(new QLabel(this))
    , m_checklist(new QListWidget(this))
    , m_scoreboard(new QCustomPlot(this)) {
    m_table->setHorizontalHeaderLabels({tr("Partner"), tr("Deal"), tr("Structure"), tr("Exit risk"),
                                        tr("Conditions met"), tr("Exclusivity"),
                                        tr("Royalty at scale")});
    m_table->setAccessibleName(tr("OEM deals and their assessment"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_verdict->setWordWrap(true);
    m_checklist->setAccessibleName(tr("Failure modes of the selected deal"));
    m_checklist->setWordWrap(true);
    m_checklist->setSpacing(3);
    m_checklist->setAccessibleDescription(
        tr("A ticked mode is present in this deal; each item's tooltip says why it matters"));
    m_scoreboard->setAccessibleName(tr("Scoreboard of the selected deal over time"));
    m_scoreboard->setMinimumHeight(200);

    auto *checkBox = new QGroupBox(tr("Failure modes (seed 000)"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_verdict);
    checkLayout->addWidget(m_checklist, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(checkBox);
    bottom->addWidget(m_scoreboard);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const Id deal =
            row >= 0 && row < int(m_assessments.size()) ? m_assessments[size_t(row)].dealId : 0;
        if (deal == m_deal)
            return;
        m_deal = deal;
        showDeal();
        Q_EMIT currentDealChanged(m_deal);
    });
}

void OemAssessmentView::setAssessments(const std::vector<OemAssessment> &assessments,
                                       const std::vector<OemDeal> &deals) {
    m_assessments = assessments;
    m_deals = deals;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(assessments.size()));
    int currentRow = -1;
    for (int row = 0; row < int(assessments.size()); ++row) {
        const OemAssessment &a = assessments[size_t(row)];
        if (a.dealId == m_deal)
            currentRow = row;
        m_table->setItem(row, PartnerColumn, cell(a.partnerName, false));
        m_table->setItem(row, DealColumn, cell(a.dealName, false));
        m_table->setItem(row, StructureColumn, cell(label(a.structure), false));
        m_table->setItem(row, ExitRiskColumn,
                         cell(label(a.exitRisk), a.exitRisk >= ExitRisk::High,
                              tr("Exit difficulty rises from certified component to white-label, "
                                 "full embedded and the strategic co-developed tier.")));
        m_table->setItem(
            row, ConditionsColumn,
            cell(a.distraction ? tr("%1 of 4 — likely a distraction").arg(a.conditionsMet)
                               : tr("%1 of 4").arg(a.conditionsMet),
                 a.distraction,
                 a.distraction ? tr("Fewer than three of the four conditions hold: this OEM "
                                    "motion is likely a distraction.")
                               : QString()));
        m_table->setItem(row, ExclusiveColumn,
                         cell(a.exclusivityTrap ? tr("Exclusivity trap")
                              : a.exclusive     ? tr("Exclusive")
                                                : tr("Not exclusive"),
                              a.exclusivityTrap,
                              a.exclusivityTrap
                                  ? tr("Exclusive terms on a structure that is hard to leave, or "
                                       "without an exit clause.")
                                  : QString()));
        const QString scale = !a.termsValid             ? tr("Invalid terms")
                              : a.royalty.years.empty() ? tr("No volume plan")
                              : a.royalty.breaksAtScale ? tr("Breaks at scale")
                                                        : tr("Holds at scale");
        m_table->setItem(row, ScaleColumn, cell(scale, a.royalty.breaksAtScale || !a.termsValid));
    }
    m_table->resizeColumnsToContents();
    if (currentRow < 0 && !assessments.empty()) {
        currentRow = 0;
        m_deal = assessments.front().dealId;
        Q_EMIT currentDealChanged(m_deal);
    } else if (assessments.empty() && m_deal != 0) {
        m_deal = 0;
        Q_EMIT currentDealChanged(0);
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, DealColumn);
    showDeal();
}

void OemAssessmentView::setCurrentDeal(Id deal) {
    for (int row = 0; row < int(m_assessments.size()); ++row)
        if (m_assessments[size_t(row)].dealId == deal)
            m_table->setCurrentCell(row, DealColumn);
}

void OemAssessmentView::showDeal() {
    m_checklist->clear();
    const auto it = std::find_if(m_assessments.begin(), m_assessments.end(),
                                 [this](const OemAssessment &a) { return a.dealId == m_deal; });
    const auto deal = std::find_if(m_deals.begin(), m_deals.end(),
                                   [this](const OemDeal &d) { return d.id == m_deal; });
    if (it == m_assessments.end()) {
        m_verdict->setText(tr("No OEM deal selected."));
        economics::plotScoreboard(m_scoreboard, {}, tr("Scoreboard"), m_style);
        return;
    }
    const OemAssessment &a = *it;
    for (OemFailureMode mode : allFailureModes()) {
        const bool present =
            std::find(a.failureModes.begin(), a.failureModes.end(), mode) != a.failureModes.end();
        // The explanation under each mode: the checklist teaches seed 000 while it checks.
        auto *item =
            new QListWidgetItem(label(mode) + QLatin1Char('\n') + explanation(mode), m_checklist);
        // A report, not a form: the tick follows the deal, so it is not user-checkable.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(explanation(mode));
        item->setData(Qt::AccessibleDescriptionRole, explanation(mode));
        item->setData(Qt::UserRole, toKey(mode));
        if (present)
            item->setForeground(kAlert);
    }
    const int modes = int(a.failureModes.size());
    m_verdict->setText(modes == 0
                           ? tr("%1: none of seed 000's failure modes.").arg(a.dealName)
                           : tr("%1: %n failure mode(s) present.", nullptr, modes).arg(a.dealName));
    economics::plotScoreboard(
        m_scoreboard, deal != m_deals.end() ? deal->scoreboard : std::vector<ScoreboardEntry>(),
        tr("Scoreboard: %1").arg(a.dealName), m_style);
}

} // namespace ps
