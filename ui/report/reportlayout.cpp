// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPicture>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace ps::report {
namespace {

constexpr double MarginMm = 18.0;
constexpr double HeaderMm = 8.0;
constexpr double FooterMm = 10.0;
constexpr double CellPadMm = 1.4;
constexpr double BodyPoints = 8.5;

/// This file's translations, in the context lupdate files them under.
class PageFlowTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::PageFlow)
};

} // namespace

PageFlow::PageFlow(QPagedPaintDevice *device, QPainter *painter, QString headerText, int totalPages,
                   std::function<bool(int)> onPageDone)
    : m_device(device)
    , m_painter(painter)
    , m_headerText(std::move(headerText))
    , m_totalPages(totalPages)
    , m_onPageDone(std::move(onPageDone)) {
    m_page_rect = QRectF(0, 0, device->width(), device->height());
    const double margin = mm(MarginMm);
    m_content =
        m_page_rect.adjusted(margin, margin + mm(HeaderMm), -margin, -margin - mm(FooterMm));
}

double PageFlow::mm(double millimetres) const {
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PageFlow::font(double points, bool bold) const {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void PageFlow::newPage(bool withHeader) {
    if (m_cancelled)
        return;
    if (m_page > 0) {
        drawFooter();
        if (m_onPageDone && !m_onPageDone(m_page)) {
            m_cancelled = true;
            return;
        }
        if (m_painter)
            m_device->newPage();
    }
    ++m_page;
    m_y = m_content.top();
    m_headerOnPage = withHeader;
    if (withHeader)
        drawHeader();
}

void PageFlow::finish() {
    if (m_cancelled || m_page == 0)
        return;
    drawFooter();
    if (m_onPageDone && !m_onPageDone(m_page))
        m_cancelled = true;
}

void PageFlow::ensure(double height) {
    if (m_y + height > m_content.bottom())
        newPage();
}

void PageFlow::drawHeader() {
    if (!m_painter)
        return;
    const double top = m_content.top() - mm(HeaderMm);
    m_painter->save();
    m_painter->setFont(font(7.5));
    m_painter->setPen(m_theme.muted);
    drawText(QRectF(m_content.left(), top - mm(4), m_content.width(), mm(5)),
             Qt::AlignLeft | Qt::AlignBottom, m_headerText);
    m_painter->setPen(QPen(m_theme.accent, mm(0.4)));
    m_painter->drawLine(QPointF(m_content.left(), top + mm(2)),
                        QPointF(m_content.right(), top + mm(2)));
    m_painter->restore();
}

void PageFlow::drawFooter() {
    if (!m_painter)
        return;
    const double top = m_content.bottom() + mm(FooterMm) - mm(5);
    m_painter->save();
    m_painter->setFont(font(7.5));
    m_painter->setPen(m_theme.muted);
    const QString text = QCoreApplication::translate("ps::report::PageFlow", "Page %1 of %2")
                             .arg(m_page)
                             .arg(std::max(m_totalPages, m_page));
    drawText(QRectF(m_content.left(), top, m_content.width(), mm(5)),
             Qt::AlignRight | Qt::AlignVCenter, text);
    drawText(QRectF(m_content.left(), top, m_content.width(), mm(5)),
             Qt::AlignLeft | Qt::AlignVCenter, PageFlowTr::tr("Partnerscope segmentation report"));
    m_painter->restore();
}

double PageFlow::textHeight(const QString &text, const QFont &f, double width) const {
    const QFontMetricsF metrics(f, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageFlow::textAt(const QRectF &rect, const QString &text, const QFont &f, const QColor &colour,
                      int flags) {
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setFont(f);
    m_painter->setPen(colour);
    drawText(rect, flags, text);
    m_painter->restore();
}

void PageFlow::drawText(const QRectF &rect, int flags, const QString &text) {
    m_painter->drawText(rect, flags, text);
    if (m_log && !text.trimmed().isEmpty())
        m_log->push_back({m_page, rect, m_painter->boundingRect(rect, flags, text), text});
}

std::vector<double> PageFlow::columnWidths(const Table &table) const {
    const size_t n = table.widths.size();
    const double total = std::accumulate(table.widths.begin(), table.widths.end(), 0.0);
    std::vector<double> width(n), least(n, 0.0);
    for (size_t c = 0; c < n; ++c)
        width[c] = m_content.width() * table.widths[c] / total;
    // The longest word of each column, bold for the header and highlighted rows.
    const QFontMetricsF body(font(BodyPoints), m_device), bold(font(BodyPoints, true), m_device);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    auto widen = [&](const QStringList &cells, const QFontMetricsF &metrics) {
        for (int c = 0; c < cells.size() && size_t(c) < n; ++c)
            for (const QString &word : cells[c].split(space, Qt::SkipEmptyParts))
                least[size_t(c)] = std::max(least[size_t(c)], metrics.horizontalAdvance(word));
    };
    widen(table.headers, bold);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const bool highlight = std::find(table.highlightRows.begin(), table.highlightRows.end(),
                                         int(r)) != table.highlightRows.end();
        widen(table.rows[r], highlight ? bold : body);
    }
    for (size_t c = 0; c < n; ++c)
        least[c] += 2 * mm(CellPadMm) + mm(0.4);
    // Columns below their least width take it; the others give way in proportion.
    for (int pass = 0; pass < 4; ++pass) {
        double fixed = 0.0, flexible = 0.0;
        for (size_t c = 0; c < n; ++c) {
            if (width[c] <= least[c] + 1e-6) {
                width[c] = least[c];
                fixed += width[c];
            } else {
                flexible += width[c];
            }
        }
        if (flexible <= 0.0)
            break;
        const double scale = (m_content.width() - fixed) / flexible;
        for (size_t c = 0; c < n; ++c)
            if (width[c] > least[c] + 1e-6)
                width[c] = std::max(least[c], width[c] * scale);
    }
    return width;
}

void PageFlow::heading(const QString &text, double points) {
    const QFont f = font(points, true);
    const double h = textHeight(text, f, m_content.width());
    // A heading never sits alone at the bottom of a page.
    ensure(h + mm(30));
    if (m_y > m_content.top())
        m_y += mm(4);
    textAt(QRectF(m_content.left(), m_y, m_content.width(), h), text, f, m_theme.accent,
           Qt::TextWordWrap | Qt::AlignLeft);
    m_y += h + mm(1);
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(QPen(m_theme.accent, mm(0.6)));
        m_painter->drawLine(QPointF(m_content.left(), m_y),
                            QPointF(m_content.left() + mm(25), m_y));
        m_painter->restore();
    }
    m_y += mm(3);
}

void PageFlow::subheading(const QString &text) {
    const QFont f = font(11.5, true);
    const double h = textHeight(text, f, m_content.width());
    ensure(h + mm(25));
    m_y += mm(2);
    textAt(QRectF(m_content.left(), m_y, m_content.width(), h), text, f, m_theme.text,
           Qt::TextWordWrap | Qt::AlignLeft);
    m_y += h + mm(1.5);
}

void PageFlow::paragraph(const QString &text, double points, const QColor &colour) {
    const QFont f = font(points);
    const double h = textHeight(text, f, m_content.width());
    ensure(h);
    textAt(QRectF(m_content.left(), m_y, m_content.width(), h), text, f,
           colour.isValid() ? colour : m_theme.text, Qt::TextWordWrap | Qt::AlignLeft);
    m_y += h + mm(1.5);
}

void PageFlow::bullets(const QStringList &items, const QColor &bulletColour) {
    const QFont f = font(10);
    const double indent = mm(5);
    for (const QString &item : items) {
        const double h = textHeight(item, f, m_content.width() - indent);
        ensure(h);
        if (m_painter) {
            m_painter->save();
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(bulletColour.isValid() ? bulletColour : m_theme.accent);
            const double r = mm(0.9);
            m_painter->drawEllipse(QPointF(m_content.left() + mm(1.5), m_y + mm(2.2)), r, r);
            m_painter->restore();
        }
        textAt(QRectF(m_content.left() + indent, m_y, m_content.width() - indent, h), item, f,
               m_theme.text, Qt::TextWordWrap | Qt::AlignLeft);
        m_y += h + mm(1.8);
    }
}

double PageFlow::rowHeight(const std::vector<double> &widths, const QStringList &cells,
                           const QFont &f) const {
    const double pad = mm(CellPadMm);
    double h = 0.0;
    for (int c = 0; c < cells.size() && c < int(widths.size()); ++c) {
        const double w = widths[size_t(c)] - 2 * pad;
        h = std::max(h, textHeight(cells[c], f, w));
    }
    return h + 2 * pad;
}

void PageFlow::tableRow(const Table &table, const std::vector<double> &widths,
                        const QStringList &cells, bool header, int index, double height) {
    if (!m_painter)
        return;
    const double pad = mm(CellPadMm);
    const QRectF row(m_content.left(), m_y, m_content.width(), height);
    m_painter->save();
    m_painter->setPen(Qt::NoPen);
    if (header)
        m_painter->fillRect(row, m_theme.accent);
    else if (index % 2 == 1)
        m_painter->fillRect(row, m_theme.accentLight);
    const bool highlight =
        !header && std::find(table.highlightRows.begin(), table.highlightRows.end(), index) !=
                       table.highlightRows.end();
    m_painter->setFont(font(BodyPoints, header || highlight));
    m_painter->setPen(header ? QColor(Qt::white) : highlight ? m_theme.gap : m_theme.text);
    double x = m_content.left();
    for (int c = 0; c < cells.size() && c < int(widths.size()); ++c) {
        const double w = widths[size_t(c)];
        const bool right = size_t(c) < table.alignRight.size() && table.alignRight[size_t(c)];
        drawText(QRectF(x + pad, m_y + pad, w - 2 * pad, height - 2 * pad),
                 Qt::TextWordWrap | Qt::AlignTop | (right ? Qt::AlignRight : Qt::AlignLeft),
                 cells[c]);
        x += w;
    }
    m_painter->setPen(QPen(QColor(0xD0, 0xD0, 0xD0), mm(0.15)));
    m_painter->drawLine(row.bottomLeft(), row.bottomRight());
    m_painter->restore();
}

void PageFlow::table(const Table &table) {
    const QFont headerFont = font(BodyPoints, true);
    const QFont bodyFont = font(BodyPoints);
    const std::vector<double> widths = columnWidths(table);
    const double headerHeight = rowHeight(widths, table.headers, headerFont);
    auto startTable = [&] {
        tableRow(table, widths, table.headers, true, -1, headerHeight);
        m_y += headerHeight;
    };
    const double first = table.rows.empty() ? 0.0 : rowHeight(widths, table.rows[0], bodyFont);
    ensure(headerHeight + first);
    startTable();
    for (size_t i = 0; i < table.rows.size() && !m_cancelled; ++i) {
        // Highlighted rows are bold, so they are measured bold.
        const bool bold = std::find(table.highlightRows.begin(), table.highlightRows.end(),
                                    int(i)) != table.highlightRows.end();
        const double h = rowHeight(widths, table.rows[i], bold ? headerFont : bodyFont);
        if (m_y + h > m_content.bottom()) {
            newPage();
            if (m_cancelled)
                return;
            startTable();
        }
        tableRow(table, widths, table.rows[i], false, int(i), h);
        m_y += h;
    }
    m_y += mm(4);
}

void PageFlow::picture(const QPicture &pic, const QSizeF &logicalSize, double width, double height,
                       double x) {
    ensure(height);
    if (m_painter) {
        m_painter->save();
        m_painter->translate(x < 0 ? m_content.left() : x, m_y);
        // Playing a picture back scales it from the picture's resolution to the device's;
        // undo that so the chart fills exactly the box asked for.
        const double dpi = double(pic.logicalDpiX()) / m_device->logicalDpiX();
        m_painter->scale(dpi * width / logicalSize.width(), dpi * height / logicalSize.height());
        m_painter->drawPicture(0, 0, pic);
        m_painter->restore();
    }
}

} // namespace ps::report
