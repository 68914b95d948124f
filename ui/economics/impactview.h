// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/partnerimpact.h"
#include "ui/theme/economicsstyle.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ps {
class Document;

/**
 * The Economics page's "Impact" tab (seed 001: win rate, deal size and time to close with
 * partners and without): the program's partner-involved deals against the direct ones with the
 * 90% interval of the win-rate difference, charts of win rate and sales cycle with and without
 * partners per model, and a table by partner, model, tier or ICP. Rates below the minimum of
 * closed deals say "not enough deals"; the minimum is set here (one undo step).
 */
class ImpactView : public QWidget {
    Q_OBJECT
public:
    enum class Group { Partners, Models, Tiers, Icps };
    enum Column {
        NameColumn,
        DealsColumn,
        WonColumn,
        LostColumn,
        WinRateColumn,
        DifferenceColumn,
        AvgWonColumn,
        CycleColumn,
        PipelineColumn,
        SourcedColumn,
        InfluencedColumn,
        AttributedColumn,
        ColumnCount
    };

    explicit ImpactView(Document *document, QWidget *parent = nullptr);

    void setImpact(const PartnerImpact &impact, const QString &currency);
    void setGroup(Group group);

    QSpinBox *minimumSpin() const { return m_minimum; }
    QComboBox *groupCombo() const { return m_group; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QCustomPlot *winRatePlot() const { return m_winRate; }
    QCustomPlot *cyclePlot() const { return m_cycle; }

private:
    void fillTable();

    Document *m_document;
    economics::EconomicsStyle m_style;
    PartnerImpact m_impact;
    QString m_currency;
    QSpinBox *m_minimum;
    QComboBox *m_group;
    QLabel *m_summary;
    QCustomPlot *m_winRate;
    QCustomPlot *m_cycle;
    QTableWidget *m_table;
    bool m_updating = false;
};

} // namespace ps
