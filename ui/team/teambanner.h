// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ps {

class TeamSync;

/**
 * The strip above a team portfolio's pages: who is connected where and with which role, and
 * above all when the connection is lost ("Connection lost — 3 edits held") or a conflict waits
 * for the user (with a button that shows it). Follows the TeamSync's signals.
 */
class TeamBanner : public QFrame {
    Q_OBJECT
public:
    explicit TeamBanner(QWidget *parent = nullptr);

    /// Follows `sync` (nullptr: hidden, a file is open).
    void setSync(TeamSync *sync);
    /// The sentence shown now.
    QString text() const;
    QPushButton *resolveButton() const { return m_resolve; }

Q_SIGNALS:
    void resolveRequested();
    void reconnectRequested();

private:
    void refresh();

    TeamSync *m_sync = nullptr;
    QLabel *m_label;
    QPushButton *m_resolve;
    QPushButton *m_reconnect;
};

} // namespace ps
