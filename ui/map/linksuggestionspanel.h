// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/linksuggestions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace ps {
class Document;
class LazyRefresh;

/**
 * The influence links the evidence suggests (economics/linksuggestions.h): a partner on several
 * deals whose buyers match an ICP it has no link to, or whose latest account list shares many
 * of our accounts in that ICP (a strong overlap, accounts/icpoverlap.h). The user accepts a
 * suggestion (the link is added) or rejects it (it is not suggested again; the file keeps the
 * rejection); each is one undo step. Shown on the influence map page beside the coverage table.
 * Matching large account lists takes a while: the suggestions of a portfolio with more than
 * backgroundThreshold() accounts and deals are computed on a worker thread (on copies), the
 * panel says it is computing meanwhile, and a result is shown only when the portfolio did not
 * change while it was computed (a change starts a new computation).
 */
class LinkSuggestionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { IcpColumn, PartnerColumn, EvidenceColumn, LinkColumn, ColumnCount };

    explicit LinkSuggestionsPanel(Document *document, QWidget *parent = nullptr);
    ~LinkSuggestionsPanel() override;

    const std::vector<LinkSuggestion> &suggestions() const { return m_suggestions; }
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *busyBar() const { return m_busy; }

    /// Accepts or rejects the suggestion in `row` of the table; false when nothing happened.
    bool acceptRow(int row);
    bool rejectRow(int row);
    /// Recomputes now on the GUI thread, whatever the size (tests); a running worker's result
    /// is dropped.
    void refreshNow();
    /// Recomputes: at once when the portfolio is small, else on a worker (isComputing()).
    void refresh();
    /// True while a worker computes the suggestions.
    bool isComputing() const { return m_worker != nullptr; }

    /// Portfolios with more accounts (ours and the partners' latest lists) and deals than this
    /// have their suggestions computed on a worker thread.
    static constexpr qint64 DefaultBackgroundThreshold = 50000;
    qint64 backgroundThreshold() const { return m_backgroundThreshold; }
    void setBackgroundThreshold(qint64 size) { m_backgroundThreshold = size; }

private:
    struct Computed;
    void scheduleRefresh();
    void apply(const std::shared_ptr<Computed> &computed);
    void dropWorker();
    void updateButtons();

    Document *m_document;
    std::vector<LinkSuggestion> m_suggestions;
    QThread *m_worker = nullptr;
    int m_generation = 0; ///< of the latest request; results of older ones are dropped
    qint64 m_backgroundThreshold = DefaultBackgroundThreshold;
    QProgressBar *m_busy;
    LazyRefresh *m_refresh;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace ps
