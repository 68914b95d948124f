// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/coveragechart.h"

#include "ui/document/document.h"
#include "ui/theme/projectortheme.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

namespace ps {

namespace {

QString strongText(int count) {
    return CoverageChart::tr("%Ln strong partners", nullptr, count);
}

} // namespace

CoverageChart::CoverageChart(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document) {
    setAccessibleName(tr("ICP coverage"));
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, &CoverageChart::scheduleRefresh);
    connect(portfolio, &Portfolio::rowsInserted, this, &CoverageChart::scheduleRefresh);
    connect(portfolio, &Portfolio::rowsRemoved, this, &CoverageChart::scheduleRefresh);
    connect(portfolio, &Portfolio::reset, this, &CoverageChart::scheduleRefresh);
    refresh();
}

void CoverageChart::scheduleRefresh() {
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &CoverageChart::refresh);
}

void CoverageChart::refresh() {
    m_pending = false;
    const PortfolioData &data = m_document->portfolio()->data();
    m_coverage = computeCoverage(data);
    m_names.clear();
    for (const IcpCoverage &c : m_coverage) {
        const Icp *icp = m_document->portfolio()->find<Icp>(c.icpId);
        m_names << (icp ? icp->name : QString());
    }
    update();
}

void CoverageChart::paintEvent(QPaintEvent *) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), t.background);
    const int count = int(m_coverage.size());
    if (count == 0) {
        painter.setFont(t.bodyFont);
        painter.setPen(t.text);
        painter.drawText(rect(), Qt::AlignCenter, tr("This portfolio has no ICPs yet."));
        return;
    }
    QFont nameFont = t.bodyFont;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    int nameWidth = 0;
    for (const QString &name : m_names)
        nameWidth = qMax(nameWidth, nameMetrics.horizontalAdvance(name));
    const int margin = 40;
    nameWidth = qMin(nameWidth, width() / 3);
    const QString detailSample =
        strongText(99) + QStringLiteral("  ") + tr("GAP") + QStringLiteral("  100");
    const int detailWidth = QFontMetrics(t.bodyFont).horizontalAdvance(detailSample);
    const int barLeft = margin + nameWidth + 30;
    const int barWidth = qMax(100, width() - barLeft - detailWidth - 2 * margin);
    const double rowHeight = qMin(110.0, double(height() - 2 * margin) / count);
    const double barHeight = qMin(44.0, rowHeight * 0.55);
    const QColor covered = theme::okabeIto()[2]; // bluish green
    const QColor gap = theme::okabeIto()[5];     // vermillion

    // The scale: 0, 50 and 100 as thin lines, so bars can be compared across rows.
    painter.setFont(t.hintFont);
    for (int tick : {0, 50, 100}) {
        const double x = barLeft + barWidth * tick / 100.0;
        painter.setPen(
            QPen(t.mutedText, tick == 0 ? 3 : 1, tick == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(x, margin), QPointF(x, margin + rowHeight * count));
        painter.setPen(t.mutedText);
        painter.drawText(QRectF(x - 40, margin + rowHeight * count + 4, 80, 30), Qt::AlignCenter,
                         QString::number(tick));
    }
    for (int i = 0; i < count; ++i) {
        const IcpCoverage &c = m_coverage[size_t(i)];
        const double top = margin + rowHeight * i;
        const double centre = top + rowHeight / 2;
        painter.setFont(nameFont);
        painter.setPen(t.text);
        painter.drawText(QRectF(margin, top, nameWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         nameMetrics.elidedText(m_names.value(i), Qt::ElideRight, nameWidth));
        const QRectF bar(barLeft, centre - barHeight / 2,
                         barWidth * qBound(0.0, c.influence, 100.0) / 100.0, barHeight);
        painter.setPen(QPen(t.text, 2));
        painter.setBrush(c.gap ? QBrush(gap, Qt::BDiagPattern) : QBrush(covered));
        if (c.gap) {
            painter.fillRect(bar, Qt::white);
        }
        painter.drawRect(bar);
        painter.setFont(t.bodyFont);
        QString detail = QString::number(qRound(c.influence)) + QStringLiteral("   ") +
                         strongText(c.strongPartners);
        const QRectF detailRect(bar.right() + 16, top, width() - bar.right() - 16 - margin,
                                rowHeight);
        painter.setPen(t.text);
        painter.drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, detail);
        if (c.gap) {
            QFont bold = t.bodyFont;
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(t.gapText);
            const int used = QFontMetrics(t.bodyFont).horizontalAdvance(detail) + 24;
            painter.drawText(detailRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("GAP"));
        }
    }
}

} // namespace ps
