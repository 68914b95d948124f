// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ps {

/// The welcome page shown when no portfolio is open: start a new portfolio, open one, open
/// the demo, or pick a recent file (missing files are shown disabled).
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    void reloadRecent();
    QPushButton *bigButton(const QString &text, const QString &detail);

    QListWidget *m_recent;
    QPushButton *m_clearRecent;
};

} // namespace ps
