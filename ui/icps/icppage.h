// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QAction;
class QTableView;

namespace ps {
class Document;
class FieldForm;
class IcpTableModel;
class LinksPanel;
class ColumnFit;

/// The "ICPs" page: the ideal customer profiles in a table, the current one's every field in
/// a form, and the partners that influence its buyers.
class IcpPage : public QWidget {
    Q_OBJECT
public:
    explicit IcpPage(Document *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    Id currentIcp() const { return m_current; }

    void addIcp();
    void removeSelected();

private:
    QWidget *createForm();
    void setCurrent(Id id);
    /// Sizes the columns to their contents, the name in full; the user can widen any of them.
    void fitColumns();
    void updateActions();

    Document *m_document;
    IcpTableModel *m_model;
    QTableView *m_view;
    ColumnFit *m_fit = nullptr;
    FieldForm *m_form;
    QWidget *m_formBox = nullptr;
    LinksPanel *m_links;
    QAction *m_addAction;
    QAction *m_removeAction;
    Id m_current = 0;
};

} // namespace ps
