// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace ps {
class Document;
class PlanController;

/**
 * Today's spend, the optimal plan and the plan edited by hand side by side (core/plan/
 * plancompare.h): what each spends and returns, the value the edited plan leaves on the table
 * and where, the constraints it breaks, and the partners whose money moves most.
 */
class PlanComparisonView : public QWidget {
    Q_OBJECT
public:
    PlanComparisonView(Document *document, PlanController *controller, QWidget *parent = nullptr);

    QTableWidget *totals() const { return m_totals; }
    QTableWidget *moves() const { return m_moves; }
    QLabel *summary() const { return m_summary; }
    void refresh();

private:
    Document *m_document;
    PlanController *m_controller;
    QLabel *m_summary;
    QTableWidget *m_totals;
    QTableWidget *m_moves;
};

/**
 * The capacity plan (core/plan/capacity.h): from a revenue target and a date, which partners of
 * each model and tier to activate or recruit, and by when. The target and date are stored with
 * the scenario's plan (undoable).
 */
class PlanCapacityView : public QWidget {
    Q_OBJECT
public:
    PlanCapacityView(Document *document, PlanController *controller, QWidget *parent = nullptr);

    QDoubleSpinBox *targetBox() const { return m_target; }
    QDateEdit *dateBox() const { return m_date; }
    QTableWidget *needs() const { return m_needs; }
    QLabel *summary() const { return m_summary; }
    void refresh();

private:
    void store();

    Document *m_document;
    PlanController *m_controller;
    QDoubleSpinBox *m_target;
    QDateEdit *m_date;
    QLabel *m_summary;
    QTableWidget *m_needs;
    bool m_refreshing = false;
};

} // namespace ps
