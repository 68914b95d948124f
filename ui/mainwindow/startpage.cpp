// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/startpage.h"

#include "ui/shell/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace ps {
namespace {

QPixmap logoPixmap(int size, qreal ratio) {
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(QStringLiteral(":/icons/partnerscope.svg"));
    QPainter painter(&pixmap);
    renderer.render(&painter);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

QString homeRelative(const QString &path) {
    const QString home = QDir::homePath();
    return path.startsWith(home + QLatin1Char('/')) ? QStringLiteral("~") + path.mid(home.size())
                                                    : QDir::toNativeSeparators(path);
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_clearRecent(new QPushButton(tr("Clear List"), this)) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *logo = new QLabel(this);
    logo->setPixmap(logoPixmap(72, devicePixelRatioF()));
    auto *title = new QLabel(tr("Partnerscope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline = new QLabel(
        tr("Plan your partner portfolio: ideal customer profiles, the partners that reach their "
           "buyers, segments, priorities and economics. Offline, in a file you own."),
        this);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(tagline);
    header->addLayout(titles, 1);
    header->setSpacing(18);

    auto *startLabel = new QLabel(tr("Start"), this);
    QFont sectionFont = startLabel->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    sectionFont.setBold(true);
    startLabel->setFont(sectionFont);
    auto *newButton = bigButton(tr("&New portfolio"), tr("Start from an empty file"));
    auto *openButton = bigButton(tr("&Open..."), tr("Open a .partnerscope file"));
    auto *demoButton = bigButton(tr("Open the &demo"), tr("Explore a sample portfolio"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    auto *actions = new QVBoxLayout;
    actions->addWidget(startLabel);
    actions->addWidget(newButton);
    actions->addWidget(openButton);
    actions->addWidget(demoButton);
    actions->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent files"), this);
    recentLabel->setFont(sectionFont);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setFrameShape(QFrame::StyledPanel);
    m_recent->setIconSize(QSize(24, 24));
    m_recent->setSpacing(2);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_clearRecent, &QPushButton::clicked, RecentFiles::instance(), &RecentFiles::clear);
    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(recentLabel);
    recentHeader->addStretch();
    recentHeader->addWidget(m_clearRecent);
    auto *recent = new QVBoxLayout;
    recent->addLayout(recentHeader);
    recent->addWidget(m_recent, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 2);
    columns->addSpacing(32);
    columns->addLayout(recent, 3);

    auto *content = new QWidget(this);
    content->setMaximumWidth(960);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(header);
    contentLayout->addSpacing(24);
    contentLayout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch();
    outer->addWidget(content, 20);
    outer->addStretch();

    connect(RecentFiles::instance(), &RecentFiles::changed, this, &StartPage::reloadRecent);
    reloadRecent();
    setTabOrder(newButton, openButton);
    setTabOrder(openButton, demoButton);
    setTabOrder(demoButton, m_recent);
    setTabOrder(m_recent, m_clearRecent);
}

QPushButton *StartPage::bigButton(const QString &text, const QString &detail) {
    auto *button = new QPushButton(this);
    button->setText(text);
    button->setToolTip(detail);
    button->setAccessibleDescription(detail);
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    button->setFont(font);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding-left: 14px; }"));
    return button;
}

void StartPage::reloadRecent() {
    m_recent->clear();
    const QStringList files = RecentFiles::instance()->files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        auto *item = new QListWidgetItem(m_recent);
        item->setText(
            exists
                ? QStringLiteral("%1\n%2").arg(info.fileName(), homeRelative(info.absolutePath()))
                : tr("%1\n%2 (missing)").arg(info.fileName(), homeRelative(info.absolutePath())));
        item->setIcon(QIcon(QStringLiteral(":/icons/partnerscope.svg")));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!exists)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Files you open will appear here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_clearRecent->setEnabled(!files.isEmpty());
}

} // namespace ps
