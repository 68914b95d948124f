// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/linksuggestions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ps {
class Document;
class LazyRefresh;

/**
 * The influence links the evidence suggests (economics/linksuggestions.h): a partner on several
 * deals whose buyers match an ICP it has no link to, or whose latest account list shares many
 * of our accounts in that ICP (a strong overlap, accounts/icpoverlap.h). The user accepts a
 * suggestion (the link is added) or rejects it (it is not suggested again; the file keeps the
 * rejection); each is one undo step. Shown on the influence map page beside the coverage table.
 */
class LinkSuggestionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { IcpColumn, PartnerColumn, EvidenceColumn, LinkColumn, ColumnCount };

    explicit LinkSuggestionsPanel(Document *document, QWidget *parent = nullptr);

    const std::vector<LinkSuggestion> &suggestions() const { return m_suggestions; }
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Accepts or rejects the suggestion in `row` of the table; false when nothing happened.
    bool acceptRow(int row);
    bool rejectRow(int row);
    /// Recomputes now (tests).
    void refreshNow();

private:
    void scheduleRefresh();
    void updateButtons();

    Document *m_document;
    std::vector<LinkSuggestion> m_suggestions;
    LazyRefresh *m_refresh;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace ps
