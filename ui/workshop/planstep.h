// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace ps {
class Document;
class PlanCharts;
class PlanController;

/**
 * The workshop's "plan" step: where the active scenario's program budget goes and what it
 * returns, in the projector theme. One line states the budget, the expected return and the
 * forecast's range; the charts show the allocation by partner, partner model and program kind
 * beside today's spend. + and − change the budget by a tenth (one undo step while the keys are
 * pressed in a row), and the plan follows.
 */
class PlanStep : public QWidget {
    Q_OBJECT
public:
    explicit PlanStep(Document *document, QWidget *parent = nullptr);

    PlanController *controller() const { return m_controller; }
    PlanCharts *charts() const { return m_charts; }
    QLabel *headline() const { return m_headline; }
    QLabel *forecastLine() const { return m_forecast; }
    /// Changes the budget by `tenths` tenths of itself (rounded to a thousand).
    bool stepBudget(int tenths);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void update();

    Document *m_document;
    PlanController *m_controller;
    QLabel *m_headline;
    QLabel *m_forecast;
    PlanCharts *m_charts;
};

} // namespace ps
