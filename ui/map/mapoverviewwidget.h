// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

#include <memory>

namespace ps {
class InfluenceMapView;
namespace map {
struct MapOverview;
}

/// The influence map's overview (map::MapOverview) on screen, laid out for the widget's size so
/// every name it draws is readable; the Influence map page shows it instead of the whole map
/// on demand. Clicking a partner's name asks for that partner on the whole map; a shortened
/// name shows itself whole in a tooltip.
class MapOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapOverviewWidget(InfluenceMapView *map, QWidget *parent = nullptr);
    ~MapOverviewWidget() override;

    /// Lays the overview out again at the next paint (the portfolio or the scores changed).
    void invalidate();
    /// The overview as last laid out (for tests); laid out now when it is stale.
    const map::MapOverview &current();

Q_SIGNALS:
    void partnerClicked(ps::Id partnerId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    Id partnerAt(const QPointF &pos);

    InfluenceMapView *m_map;
    std::unique_ptr<map::MapOverview> m_overview; ///< null when stale
};

} // namespace ps
