// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"
#include "ui/models/linktablemodel.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace ps {
class Document;

/// The influence links of one partner or one ICP: a table edited in place (strength, role,
/// overlapping accounts, notes), "Add link..." to a counterpart picked from a list, and Remove.
class LinksPanel : public QWidget {
    Q_OBJECT
public:
    /// Asks which counterpart to link to among (label, id) choices; returns 0 when cancelled.
    using CounterpartPicker = std::function<Id(QWidget *parent, const QList<QPair<QString, Id>> &)>;

    LinksPanel(Document *document, LinkTableModel::Side side, QWidget *parent = nullptr);

    void setOwner(Id id);
    Id owner() const { return m_model->owner(); }
    QTableView *view() const { return m_view; }
    LinkTableModel *model() const { return m_model; }
    /// Replaces the dialog that picks the counterpart (tests, scripted use).
    void setCounterpartPicker(CounterpartPicker picker) { m_picker = std::move(picker); }

    void addLink();
    void removeSelected();

private:
    QList<QPair<QString, Id>> availableCounterparts() const;
    void updateButtons();

    Document *m_document;
    LinkTableModel::Side m_side;
    LinkTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    CounterpartPicker m_picker;
};

} // namespace ps
