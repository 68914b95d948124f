// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPicture;

namespace ps::report {

/// The report's colours: one accent for headings and rules, a light tint for zebra rows.
struct ReportTheme {
    QColor accent{0x1F, 0x4E, 0x79};
    QColor accentLight{0xE8, 0xEF, 0xF6};
    QColor text{0x22, 0x22, 0x22};
    QColor muted{0x6B, 0x6B, 0x6B};
    QColor gap{0xB0, 0x3A, 0x2E};
};

/// A table for PageFlow::table: relative column widths, a header row, body rows.
struct Table {
    QStringList headers;
    std::vector<double> widths; ///< relative, one per column
    std::vector<QStringList> rows;
    std::vector<bool> alignRight;   ///< per column; numbers are right-aligned
    std::vector<int> highlightRows; ///< rows drawn in the warning colour (gaps)
};

/// One text PageFlow drew: the box it was given and the box the text needs (larger when it is
/// clipped), in device units, on page `page` (1-based). For tests of the layout.
struct TextRecord {
    int page = 0;
    QRectF box;
    QRectF needed;
    QString text;
};

/// Flows text, tables and pictures down A4 pages with margins, a running header and a
/// "Page n of m" footer. It runs twice: a measuring pass (no painter) that only counts pages,
/// then the painting pass that knows the total for the footers.
class PageFlow {
public:
    /// `painter` null = measuring pass. `onPageDone` is called after each finished page;
    /// returning false stops the flow (cancelled()).
    PageFlow(QPagedPaintDevice *device, QPainter *painter, QString headerText, int totalPages,
             std::function<bool(int)> onPageDone);

    double mm(double millimetres) const;
    const ReportTheme &theme() const { return m_theme; }
    QFont font(double points, bool bold = false) const;
    QRectF content() const { return m_content; }
    double y() const { return m_y; }
    int page() const { return m_page; }
    bool cancelled() const { return m_cancelled; }
    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }

    /// Starts a page (the first call starts page 1); no header on the cover.
    void newPage(bool withHeader = true);
    /// Finishes the last page (footer, progress).
    void finish();
    /// Moves to the next page unless `height` still fits below the cursor.
    void ensure(double height);
    void space(double height) { m_y += height; }

    void heading(const QString &text, double points = 18);
    void subheading(const QString &text);
    void paragraph(const QString &text, double points = 10, const QColor &colour = {});
    void bullets(const QStringList &items, const QColor &bulletColour = {});
    /// A table that continues on the next page with its header repeated.
    void table(const Table &table);
    /// A picture (a chart) scaled to `width` x `height` device units at the cursor.
    void picture(const QPicture &picture, const QSizeF &logicalSize, double width, double height,
                 double x = -1);
    /// Draws text in a rectangle (cover page), only when painting.
    void textAt(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
                int flags);
    /// Records every text drawn from now on in `log` (nullptr: stop).
    void setTextLog(std::vector<TextRecord> *log) { m_log = log; }
    /// The width of each column of `table` in device units: its share of the content width,
    /// but never narrower than its longest word (so no word is cut), the others giving way.
    std::vector<double> columnWidths(const Table &table) const;

private:
    double textHeight(const QString &text, const QFont &font, double width) const;
    /// Draws with the painter's font and pen, and logs it.
    void drawText(const QRectF &rect, int flags, const QString &text);
    void drawFooter();
    void drawHeader();
    void tableRow(const Table &table, const std::vector<double> &widths, const QStringList &cells,
                  bool header, int index, double height);
    double rowHeight(const std::vector<double> &widths, const QStringList &cells,
                     const QFont &font) const;

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QString m_headerText;
    int m_totalPages;
    std::function<bool(int)> m_onPageDone;
    ReportTheme m_theme;
    QRectF m_page_rect;
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 0;
    bool m_headerOnPage = false;
    bool m_cancelled = false;
    std::vector<TextRecord> *m_log = nullptr;
};

} // namespace ps::report
