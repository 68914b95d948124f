// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/partnerimpact.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace ps {
class Document;

/**
 * The partner detail's "Impact" tab: what the deal log says about the partner (deals, won,
 * lost, win rate, average won deal, sales cycle, open pipeline, sourced and influenced deals,
 * attributed won revenue) beside the direct deals, with the win-rate difference and its 90%
 * interval; "not enough deals" below the portfolio's minimum of closed deals. It follows the
 * portfolio's changes (coalesced) while shown.
 */
class PartnerImpactPanel : public QWidget {
    Q_OBJECT
public:
    enum Row {
        DealsRow,
        WonRow,
        LostRow,
        WinRateRow,
        AvgWonRow,
        CycleRow,
        PipelineRow,
        SourcedRow,
        InfluencedRow,
        AttributedRow,
        RowCount
    };

    explicit PartnerImpactPanel(Document *document, QWidget *parent = nullptr);

    void setPartner(Id id);
    /// Recomputes now (tests, first show).
    void refreshNow();
    QTableWidget *table() const { return m_table; }
    QLabel *differenceLabel() const { return m_difference; }
    QLabel *crmLabel() const { return m_crm; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();

    Document *m_document;
    Id m_partner = 0;
    QTimer *m_refresh;
    bool m_dirty = true;
    QLabel *m_crm;
    QTableWidget *m_table;
    QLabel *m_difference;
    QLabel *m_note;
};

} // namespace ps
