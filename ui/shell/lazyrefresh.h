// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace ps {

/**
 * Refreshes a view when someone can see it. A page of the main window that is not the current
 * one need not rebuild after every change: on a large portfolio that rebuild (a map of 100,000
 * nodes, an attention list of 100,000 rows) is most of the time and memory of opening a file.
 *
 * request() says the view's data changed. While the widget is visible the refresh runs at once
 * (`delayMs` < 0) or after `delayMs` (coalesced); while it is hidden it waits, and runs when the
 * widget is next shown, before it paints. flush() runs a waiting refresh at once, for queries
 * and exports of a view that is not on screen.
 */
class LazyRefresh : public QObject {
    Q_OBJECT
public:
    LazyRefresh(QWidget *widget, std::function<void()> refresh, int delayMs = -1);

    void request();
    /// Runs the refresh now if one is waiting; returns whether it ran.
    bool flush();
    bool isPending() const { return m_pending; }
    /// Forgets a waiting refresh (the caller refreshed by other means).
    void cancel();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_refresh;
    QTimer *m_timer;
    bool m_pending = false;
    bool m_immediate = false;
};

} // namespace ps
