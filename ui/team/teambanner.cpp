// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/teambanner.h"

#include "core/team/teamsync.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ps {

TeamBanner::TeamBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_resolve(new QPushButton(tr("&Resolve Conflict..."), this))
    , m_reconnect(new QPushButton(tr("Re&connect"), this)) {
    setObjectName(QStringLiteral("teamBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("teamBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reconnect);
    layout->addWidget(m_resolve);
    connect(m_resolve, &QPushButton::clicked, this, &TeamBanner::resolveRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &TeamBanner::reconnectRequested);
    setVisible(false);
}

void TeamBanner::setSync(TeamSync *sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (sync) {
        connect(sync, &TeamSync::stateChanged, this, &TeamBanner::refresh);
        connect(sync, &TeamSync::pendingChanged, this, &TeamBanner::refresh);
        connect(sync, &TeamSync::conflictAdded, this, &TeamBanner::refresh);
        connect(sync, &TeamSync::remoteApplied, this, &TeamBanner::refresh);
        connect(sync, &QObject::destroyed, this, [this] { setSync(nullptr); });
    }
    refresh();
}

QString TeamBanner::text() const {
    return m_label->text();
}

void TeamBanner::refresh() {
    setVisible(m_sync != nullptr);
    if (!m_sync)
        return;
    const int pending = m_sync->pendingCount();
    const int conflicts = int(m_sync->conflicts().size());
    QString role;
    switch (m_sync->role()) {
    case TeamSchema::Role::Owner:
        role = tr("owner");
        break;
    case TeamSchema::Role::Editor:
        role = tr("editor");
        break;
    default:
        role = tr("viewer: you can read and export, not edit");
        break;
    }
    QString text;
    QPalette palette = this->palette();
    const bool offline = m_sync->state() != TeamSync::State::Online;
    if (offline) {
        text = tr("Connection lost — %n edit(s) held; they are sent when the server is back.",
                  nullptr, pending);
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0xb3));
    } else {
        text = tr("Team portfolio %1 as %2 (%3).")
                   .arg(m_sync->location().displayName(), m_sync->user(), role);
        if (pending > 0)
            text += QLatin1Char(' ') + tr("%n edit(s) not yet on the server.", nullptr, pending);
        palette.setColor(QPalette::Window, QColor(0xe3, 0xf0, 0xfb));
    }
    if (conflicts > 0) {
        text += QLatin1Char(' ') +
                tr("%n conflict(s) with others' changes wait for your choice.", nullptr, conflicts);
        palette.setColor(QPalette::Window, QColor(0xfb, 0xd5, 0xd0));
    }
    const QString note = m_sync->location().tlsNote();
    if (!offline && !note.isEmpty())
        text += QLatin1Char(' ') + note;
    setPalette(palette);
    m_label->setText(text);
    m_resolve->setVisible(conflicts > 0);
    m_reconnect->setVisible(offline);
}

} // namespace ps
