// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/oemassessment.h"
#include "core/economics/programmetrics.h"
#include "ui/theme/economicsstyle.h"

#include <QWidget>

class QCustomPlot;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace ps {

/**
 * The program dashboard of seed 001: metric cards (active partner rate, median days to first
 * commercial activity, retention, influenced pipeline share, HHI with its band, win rate and
 * average deal size partner vs direct), ROI by model and win rate charts, and a one-line-per-deal
 * OEM summary. The GUI's Economics page shows it; `render --view economics` draws it headless.
 */
class EconomicsDashboard : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    explicit EconomicsDashboard(QWidget *parent = nullptr);

    void setTheme(Theme theme);
    /// Shows the metrics and OEM assessments of `data`.
    void setData(const PortfolioData &data, const ProgramMetrics &metrics,
                 const std::vector<OemAssessment> &oem);

    /// The value shown on the card with this key (active_rate, days_to_first, retention,
    /// pipeline_share, hhi, win_rate, deal_size), for tests and accessibility.
    QString cardValue(const QString &key) const;
    QCustomPlot *roiPlot() const { return m_roi; }
    QCustomPlot *winRatePlot() const { return m_winRate; }
    QTableWidget *oemTable() const { return m_oem; }

    /// Draws the dashboard to PNG, SVG or PDF (by suffix) at width x height pixels.
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

private:
    struct Card {
        QString key;
        QLabel *title;
        QLabel *value;
        QLabel *detail;
    };
    void addCard(const QString &key, const QString &title, const QString &tooltip);
    void setCard(const QString &key, const QString &value, const QString &detail, bool alert);
    void applyTheme();
    void redraw();

    economics::EconomicsStyle m_style;
    Theme m_theme = Theme::Default;
    ProgramMetrics m_metrics;
    QGridLayout *m_cards;
    std::vector<Card> m_cardList;
    QCustomPlot *m_roi;
    QCustomPlot *m_winRate;
    QLabel *m_oemTitle;
    QTableWidget *m_oem;
};

} // namespace ps
