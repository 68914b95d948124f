// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

namespace ps {

/**
 * A translucent layer over a view that dims everything but a circle around the spotlighted
 * partner, with a thick ring around it. It lets mouse events through to the view below and
 * follows its size; the centre comes from a function, so it tracks the partner while scores move.
 */
class SpotlightOverlay : public QWidget {
    Q_OBJECT
public:
    /// Where the spotlight is, in the view's coordinates; std::nullopt: nothing dimmed.
    using CentreFn = std::function<std::optional<QPointF>()>;

    SpotlightOverlay(QWidget *view, CentreFn centre);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setRadius(double radius) { m_radius = radius; }
    /// The centre drawn at the last paint, for tests.
    std::optional<QPointF> centre() const { return m_centre ? m_centre() : std::nullopt; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    CentreFn m_centre;
    bool m_active = false;
    double m_radius = 60.0;
};

} // namespace ps
