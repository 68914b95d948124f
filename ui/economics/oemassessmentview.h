// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/oemassessment.h"
#include "ui/theme/economicsstyle.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QListWidget;
class QTableWidget;

namespace ps {

/**
 * The OEM deals with seed 000's assessment: structure and exit risk, conditions met (n of 4,
 * "likely a distraction" below three), exclusivity and the exclusivity trap, the royalty's
 * verdict at scale; and for the current deal the failure-mode checklist (each mode ticked when
 * it is present, its explanation as tooltip) and the scoreboard's trend chart.
 */
class OemAssessmentView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        PartnerColumn,
        DealColumn,
        StructureColumn,
        ExitRiskColumn,
        ConditionsColumn,
        ExclusiveColumn,
        ScaleColumn,
        ColumnCount
    };

    explicit OemAssessmentView(QWidget *parent = nullptr);

    /// Shows the assessments; keeps the current deal when it is still there.
    void setAssessments(const std::vector<OemAssessment> &assessments,
                        const std::vector<OemDeal> &deals);
    Id currentDeal() const { return m_deal; }
    void setCurrentDeal(Id deal);

    QTableWidget *table() const { return m_table; }
    QListWidget *checklist() const { return m_checklist; }
    QCustomPlot *scoreboardPlot() const { return m_scoreboard; }
    QLabel *verdict() const { return m_verdict; }

Q_SIGNALS:
    void currentDealChanged(ps::Id deal);

private:
    void showDeal();

    std::vector<OemAssessment> m_assessments;
    std::vector<OemDeal> m_deals;
    Id m_deal = 0;
    economics::EconomicsStyle m_style;
    QTableWidget *m_table;
    QLabel *m_verdict;
    QListWidget *m_checklist;
    QCustomPlot *m_scoreboard;
};

} // namespace ps
