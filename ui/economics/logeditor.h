// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ps {
class Document;
class LazyRefresh;
class LogModel;

/**
 * The activity log or the deal log as a sortable table that edits inline, with Add and Delete;
 * every change is one undo step. New rows get sensible defaults (today, the first partner) and
 * the table moves to them so they can be filled in at once.
 */
class LogEditor : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Activities, Deals, Investments };

    LogEditor(Document *document, Kind kind, QWidget *parent = nullptr);

    /// The table (a log set aside while hidden is put back first).
    QTableView *view() const;
    LogModel *model() const { return m_model; }
    /// Adds a row with defaults and selects it; returns its id (0 when nothing could be added,
    /// for example an activity without any partner).
    Id addRow();
    /// Deletes the selected rows: one undo step.
    bool removeSelected();
    QList<Id> selectedIds() const;

    /// Asks for the partners of a deal (DealPartnersDialog by default); nullopt: cancelled.
    using PartnersPrompt =
        std::function<std::optional<std::vector<DealPartner>>(QWidget *, const Deal &)>;
    void setPartnersPrompt(PartnersPrompt prompt) { m_partnersPrompt = std::move(prompt); }
    /// Edits the partners of the current deal (Deals only): one undo step. False when nothing
    /// changed or the dialog was cancelled.
    bool editPartners();

private:
    void updateButtons();
    void detach();
    void attach();

    Document *m_document;
    Kind m_kind;
    LogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    LazyRefresh *m_attach;
    QByteArray m_headerState; ///< column widths and order while the log is set aside
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QPushButton *m_partners = nullptr;
    PartnersPrompt m_partnersPrompt;
};

} // namespace ps
