// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ps {
class Document;
class PlanCapacityView;
class PlanCharts;
class PlanComparisonView;
class PlanConstraints;
class PlanController;
class PlanPartnerModel;

/**
 * The "Plan" page (product.md view 8, issue 16): where the program budget goes and what it
 * returns. The constraints on the left re-plan live; on the right the allocation as charts (by
 * partner, model and program kind), the table per partner with the edited plan, today's,
 * optimal and edited plans side by side, and the capacity plan. Above them the totals and the
 * Monte Carlo forecast (P10, P50, P90) with its progress and a cancel button.
 */
class PlanPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { AllocationTab, PartnersTab, CompareTab, CapacityTab };

    explicit PlanPage(Document *document, QWidget *parent = nullptr);

    PlanController *controller() const { return m_controller; }
    PlanConstraints *constraints() const { return m_constraints; }
    PlanCharts *charts() const { return m_charts; }
    PlanPartnerModel *partnerModel() const { return m_model; }
    QTableView *partnerTable() const { return m_table; }
    PlanComparisonView *comparison() const { return m_comparison; }
    PlanCapacityView *capacity() const { return m_capacity; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *forecastLabel() const { return m_forecastText; }
    QProgressBar *forecastProgress() const { return m_progress; }
    QPushButton *forecastButton() const { return m_forecastButton; }

    /// Sets or clears the curve of the partner selected in the table (asks with a dialog).
    void editPartnerCurve();
    /// Clears every amount set by hand in the edited plan: one undo step.
    bool clearEdits();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createPartnersTab();
    void planChanged();
    void updateForecast();

    Document *m_document;
    PlanController *m_controller;
    PlanConstraints *m_constraints;
    PlanCharts *m_charts;
    PlanPartnerModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    PlanComparisonView *m_comparison;
    PlanCapacityView *m_capacity;
    QTabWidget *m_tabs;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_forecastText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_forecastButton = nullptr;
};

} // namespace ps
