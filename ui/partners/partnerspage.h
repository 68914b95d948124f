// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ps {
class BulkEditDialog;
class ColumnFit;
class Document;
class PartnerDetail;
class PartnerFilterModel;
class PartnerSelection;
class ScoringController;
class PartnerTableModel;

/// The "Partners" page: a filter bar, the sortable partner table edited in place, and the
/// detail panel of the current partner. Owns the partner actions the Edit menu shows.
class PartnersPage : public QWidget {
    Q_OBJECT
public:
    /// Shows the bulk edit dialog; returns true if the user accepted it.
    using BulkEditPrompt = std::function<bool(BulkEditDialog &dialog)>;

    explicit PartnersPage(Document *document, QWidget *parent = nullptr);
    ~PartnersPage() override;

    QTableView *view() const { return m_view; }
    PartnerFilterModel *filterModel() const { return m_filter; }
    PartnerTableModel *tableModel() const { return m_model; }
    PartnerDetail *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filterText; }

    QAction *actionAdd() const { return m_add; }
    QAction *actionDelete() const { return m_delete; }
    QAction *actionDuplicate() const { return m_duplicate; }
    QAction *actionBulkEdit() const { return m_bulkEdit; }
    QList<QAction *> partnerActions() const { return {m_add, m_delete, m_duplicate, m_bulkEdit}; }

    /// Ids of the selected partners, in table order.
    QList<Id> selectedPartners() const;
    void selectPartners(const QList<Id> &ids);
    /// Keeps the table's selection and the shared selection (the matrix's) in step.
    void setSelection(PartnerSelection *selection);
    /// Gives the detail panel its "Score" tab.
    void setScoring(ScoringController *scoring);
    void setBulkEditPrompt(BulkEditPrompt prompt) { m_bulkPrompt = std::move(prompt); }
    /// Enables the partner actions only while the page is on screen, so that shortcuts such as
    /// Ctrl+D do nothing on the other pages.
    void setActionsActive(bool active);

    void addPartner();
    void deleteSelected();
    void duplicateSelected();
    void bulkEdit();

private:
    QWidget *createFilterBar();
    void setupDelegate();
    void showColumnMenu(const QPoint &pos);
    void applyDefaultColumns();
    /// The columns the user chose last time (shown, order, sort), in the wrapping header.
    void restoreHeader();
    void fitColumns();
    void updateActions();
    void updateCount();
    void currentChanged();

    Document *m_document;
    PartnerTableModel *m_model;
    PartnerFilterModel *m_filter;
    QTableView *m_view;
    ColumnFit *m_fit = nullptr;
    PartnerDetail *m_detail;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_add;
    QAction *m_delete;
    QAction *m_duplicate;
    QAction *m_bulkEdit;
    BulkEditPrompt m_bulkPrompt;
    bool m_actionsActive = true;
    PartnerSelection *m_selection = nullptr;
    bool m_applyingSelection = false;
};

} // namespace ps
