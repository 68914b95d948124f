// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/votebars.h"

#include "core/domain/enums.h"
#include "ui/theme/projectortheme.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

const Decision choices[] = {Decision::Invest, Decision::Develop, Decision::Maintain,
                            Decision::Exit};

} // namespace

ShareBar::ShareBar(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShareBar::setShare(double share) {
    share = std::clamp(share, 0.0, 1.0);
    if (share == m_share)
        return;
    m_share = share;
    update();
}

void ShareBar::paintEvent(QPaintEvent *) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QPainter painter(this);
    const QRect track = rect().adjusted(0, 2, 0, -2);
    painter.fillRect(track, t.panelBackground);
    painter.fillRect(QRect(track.topLeft(), QSize(int(track.width() * m_share), track.height())),
                     t.accent);
}

VoteBars::VoteBars(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void VoteBars::setCounts(const std::array<int, 4> &counts) {
    m_counts = counts;
    updateGeometry();
    update();
}

int VoteBars::labelWidth() const {
    int width = 0;
    for (Decision d : choices)
        width = std::max(width, fontMetrics().horizontalAdvance(label(d)));
    return width + fontMetrics().averageCharWidth();
}

int VoteBars::rowHeight() const {
    return fontMetrics().height() + 8;
}

QSize VoteBars::sizeHint() const {
    return {labelWidth() + 260, 4 * rowHeight()};
}

QSize VoteBars::minimumSizeHint() const {
    return {labelWidth() + fontMetrics().horizontalAdvance(QStringLiteral("000")) + 60,
            4 * rowHeight()};
}

QRect VoteBars::barRect(int choice) const {
    const int total = std::max(1, *std::max_element(m_counts.begin(), m_counts.end()));
    const int countWidth = fontMetrics().horizontalAdvance(QStringLiteral("000")) + 12;
    const int left = labelWidth();
    const int room = std::max(0, width() - left - countWidth);
    const int h = rowHeight();
    return QRect(left, choice * h + 4, int(double(room) * m_counts[size_t(choice)] / total), h - 8);
}

void VoteBars::paintEvent(QPaintEvent *) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QPainter painter(this);
    painter.setFont(font());
    const int h = rowHeight();
    for (int i = 0; i < 4; ++i) {
        const QRect labelRect(0, i * h, labelWidth(), h);
        painter.setPen(t.text);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label(choices[i]));
        const QRect bar = barRect(i);
        painter.fillRect(bar, t.accent);
        painter.drawText(QRect(bar.right() + 8, i * h, width() - bar.right() - 8, h),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_counts[size_t(i)]));
    }
}

PlacementVotesView::PlacementVotesView(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_bars(new VoteBars(this))
    , m_reveal(new QPushButton(tr("Reveal votes (R)"), this)) {
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_reveal->setFocusPolicy(Qt::NoFocus);
    // The chart's room is kept while the votes are hidden: nothing moves when they appear.
    QSizePolicy keep = m_bars->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_bars->setSizePolicy(keep);
    connect(m_reveal, &QPushButton::clicked, this, &PlacementVotesView::revealRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_bars);
    layout->addWidget(m_reveal, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setState(QString(), 0, 0, false, {});
}

void PlacementVotesView::setState(const QString &partner, int voted, int participants,
                                  bool revealed, const std::array<int, 4> &counts) {
    if (partner.isEmpty()) {
        m_title->setText(tr("Placement votes"));
        m_status->setText(tr("Spotlight a partner (N, P or /) to vote on its placement."));
        m_bars->hide();
        m_reveal->hide();
        return;
    }
    m_title->setText(tr("Placement of %1").arg(partner));
    if (revealed) {
        m_status->setText(tr("%n vote(s), revealed:", nullptr, voted));
        m_bars->setCounts(counts);
        m_bars->show();
        m_reveal->hide();
    } else {
        m_status->setText(tr("%1 of %n have voted. Votes stay hidden until you reveal them.",
                             nullptr, participants)
                              .arg(voted));
        m_bars->hide();
        m_reveal->show();
        m_reveal->setEnabled(voted > 0);
    }
}

VoteStrip::VoteStrip(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The projector's type, a little smaller than the body: one line under the chart.
    setFont(theme::ProjectorTheme::instance().hintFont);
}

void VoteStrip::setState(const QString &partner, int voted, int participants, bool revealed,
                         const std::array<int, 4> &counts) {
    m_revealed = revealed && !partner.isEmpty();
    m_counts = counts;
    if (partner.isEmpty())
        m_text = tr("Placement votes: spotlight a partner.");
    else if (m_revealed)
        m_text = tr("Votes on %1:").arg(partner);
    else
        m_text = tr("Votes on %1: %2 of %n in, hidden · R reveals", nullptr, participants)
                     .arg(partner)
                     .arg(voted);
    setAccessibleDescription(m_text);
    update();
}

QSize VoteStrip::sizeHint() const {
    return {800, fontMetrics().height() + 16};
}

QSize VoteStrip::minimumSizeHint() const {
    return {200, fontMetrics().height() + 16};
}

void VoteStrip::paintEvent(QPaintEvent *) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QPainter painter(this);
    painter.setPen(t.text);
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(0, 4, 0, -4);
    const int gap = fm.averageCharWidth();
    // Each choice needs its name, its count and some bar; the text before them gets the rest
    // and is cut at its end, never in the middle of a bar.
    int choicesWidth = 0;
    for (int i = 0; i < 4; ++i)
        choicesWidth += fm.horizontalAdvance(label(choices[i])) +
                        fm.horizontalAdvance(QString::number(m_counts[size_t(i)])) + 3 * gap;
    const int barRoom = m_revealed ? std::clamp((width() / 2 - choicesWidth) / 4, 0, 200) : 0;
    // On a narrow strip "Votes:" stands for the partner's name, which the header shows.
    const QString text = m_revealed && fm.horizontalAdvance(m_text) + choicesWidth + gap > width()
                             ? tr("Votes:")
                             : m_text;
    const int textWidth = m_revealed ? std::min(fm.horizontalAdvance(text),
                                                width() - choicesWidth - 4 * barRoom - gap)
                                     : width();
    painter.drawText(QRect(area.left(), area.top(), std::max(0, textWidth), area.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(text, Qt::ElideRight, std::max(0, textWidth)));
    if (!m_revealed)
        return;
    const int most = std::max(1, *std::max_element(m_counts.begin(), m_counts.end()));
    int x = std::max(0, textWidth) + gap;
    for (int i = 0; i < 4; ++i) {
        const QString name = label(choices[i]);
        const QString count = QString::number(m_counts[size_t(i)]);
        const int nameWidth = fm.horizontalAdvance(name) + gap / 2;
        painter.drawText(QRect(x, area.top(), nameWidth, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += nameWidth;
        const int bar = barRoom * m_counts[size_t(i)] / most;
        painter.fillRect(QRect(x, area.top() + 6, bar, area.height() - 12), t.accent);
        x += bar + gap / 2;
        painter.drawText(QRect(x, area.top(), fm.horizontalAdvance(count), area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, count);
        // The next choice starts after the longest bar, so the columns line up.
        x += fm.horizontalAdvance(count) + (barRoom - bar) + 2 * gap;
    }
}

} // namespace ps
