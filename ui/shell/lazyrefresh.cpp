// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/lazyrefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace ps {

LazyRefresh::LazyRefresh(QWidget *widget, std::function<void()> refresh, int delayMs)
    : QObject(widget)
    , m_widget(widget)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(std::max(0, delayMs));
    m_immediate = delayMs < 0;
    connect(m_timer, &QTimer::timeout, this, &LazyRefresh::flush);
    widget->installEventFilter(this);
}

void LazyRefresh::request() {
    m_pending = true;
    if (!m_widget->isVisible())
        m_timer->stop(); // the show event runs it
    else if (m_immediate)
        flush();
    else
        m_timer->start();
}

bool LazyRefresh::flush() {
    m_timer->stop();
    if (!m_pending)
        return false;
    m_pending = false;
    m_refresh();
    return true;
}

void LazyRefresh::cancel() {
    m_timer->stop();
    m_pending = false;
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event) {
    // Before the widget's own show handling and before its first paint: what appears is current.
    if (watched == m_widget && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace ps
