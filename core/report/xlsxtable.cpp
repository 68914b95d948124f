// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/xlsxtable_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ps::report::xlsx {
namespace {

constexpr double MinWidth = 6.0;
constexpr double MaxWidth = 48.0; ///< wider text wraps in a column this wide

/// Characters a cell shows, roughly, for sizing its column.
double shownWidth(const Cell &cell, const QString &currency) {
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return 0.0;
    case Cell::Kind::Text: {
        double longest = 0.0;
        for (const QString &line : cell.text.split(QLatin1Char('\n')))
            longest = std::max(longest, double(line.size()));
        return longest;
    }
    case Cell::Kind::Number: {
        const double digits = std::floor(std::log10(std::max(1.0, std::abs(cell.value)))) + 1;
        // Thousands separators, sign, decimals and the currency after the amount.
        return digits + digits / 3 + 4 + double(currency.size());
    }
    }
    return 0.0;
}

} // namespace

int lineCount(const QString &text, double width) {
    // Spreadsheets keep the height a file gives a row, so wrapped text needs its lines
    // counted: characters of the default font are about one column unit wide, a little more
    // for capitals and wide letters.
    const double perLine = std::max(1.0, width - 1.0);
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(line.size() * 1.1 / perLine)));
    return std::max(1, lines);
}

double rowHeight(int lines) {
    return 15.0 * lines + 1.0;
}

Formats makeFormats(lxw_workbook *wb, const QString &currency) {
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    const QString unit =
        code.match(currency).hasMatch() ? QStringLiteral(" \"%1\"").arg(currency) : QString();
    auto add = [&](const char *numFormat) {
        lxw_format *format = workbook_add_format(wb);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (numFormat)
            format_set_num_format(format, numFormat);
        return format;
    };
    Formats f;
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    format_set_align(f.bold, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.bold);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.text = add(nullptr);
    f.wrap = add(nullptr);
    format_set_text_wrap(f.wrap);
    f.integer = add("0");
    f.score = add("0.0");
    f.percent = add("0%");
    f.ratio = add("0.00");
    const QByteArray money = (QStringLiteral("#,##0") + unit).toUtf8();
    f.money = add(money.constData());
    const QByteArray cents = (QStringLiteral("#,##0.00") + unit).toUtf8();
    f.cents = add(cents.constData());
    return f;
}

Cell text(const QString &value) {
    Cell c;
    c.kind = Cell::Kind::Text;
    c.text = value;
    return c;
}

Cell number(double value, lxw_format *format) {
    Cell c;
    c.kind = Cell::Kind::Number;
    c.value = value;
    c.format = format;
    return c;
}

Cell numberOr(const std::optional<double> &value, lxw_format *format, const QString &fallback) {
    return value ? number(*value, format) : text(fallback);
}

QString sheetName(const QString &name) {
    QString out = name;
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        out.replace(bad, QLatin1Char(' '));
    out = out.trimmed().left(31);
    return out.isEmpty() ? QStringLiteral("Sheet") : out;
}

void printSetup(lxw_worksheet *ws, bool repeatHeader) {
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    if (repeatHeader)
        worksheet_repeat_rows(ws, 0, 0);
}

lxw_worksheet *writeTable(lxw_workbook *wb, const Table &table, const Formats &f) {
    const QByteArray name = sheetName(table.sheet).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
    if (!ws)
        return nullptr;
    const int columns = int(table.header.size());
    if (columns == 0)
        return ws;

    // Column widths from the header and every cell; text wider than MaxWidth wraps.
    std::vector<double> width(size_t(columns), MinWidth);
    std::vector<bool> wraps(size_t(columns), false);
    const QString unit = QStringLiteral("EUR"); // room for a three-letter currency
    for (int c = 0; c < columns; ++c) {
        // A header wraps onto two lines at most, plus room for the filter button.
        double header = 0.0;
        for (const QString &word : table.header[c].split(QLatin1Char(' ')))
            header = std::max(header, double(word.size()));
        width[size_t(c)] =
            std::max(width[size_t(c)], std::max(header, double(table.header[c].size()) / 2.0) + 4);
    }
    for (const auto &row : table.rows)
        for (int c = 0; c < columns && c < int(row.size()); ++c) {
            const double w = shownWidth(row[size_t(c)], unit) * 1.1 + 2;
            if (w > MaxWidth)
                wraps[size_t(c)] = true;
            width[size_t(c)] = std::max(width[size_t(c)], std::min(w, MaxWidth));
        }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width[size_t(c)],
                             wraps[size_t(c)] ? f.wrap : f.text);

    // The data; the table writes the header row itself. Rows with wrapped text get the height
    // of their lines.
    int headerLines = 1;
    for (int c = 0; c < columns; ++c)
        headerLines = std::max(headerLines, lineCount(table.header[c], width[size_t(c)] - 3));
    if (headerLines > 1)
        worksheet_set_row(ws, 0, rowHeight(headerLines), nullptr);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = lxw_row_t(r + 1);
        int lines = 1;
        for (int c = 0; c < columns && c < int(table.rows[r].size()); ++c)
            if (table.rows[r][size_t(c)].kind == Cell::Kind::Text && wraps[size_t(c)])
                lines = std::max(lines, lineCount(table.rows[r][size_t(c)].text, width[size_t(c)]));
        if (lines > 1)
            worksheet_set_row(ws, row, rowHeight(lines), nullptr);
        for (int c = 0; c < columns && c < int(table.rows[r].size()); ++c) {
            const Cell &cell = table.rows[r][size_t(c)];
            if (cell.kind == Cell::Kind::Text && !cell.text.isEmpty())
                // A string cell is text whatever it starts with: no formula runs, no apostrophe.
                worksheet_write_string(ws, row, lxw_col_t(c), cell.text.toUtf8().constData(),
                                       wraps[size_t(c)] ? f.wrap : f.text);
            else if (cell.kind == Cell::Kind::Number && std::isfinite(cell.value))
                worksheet_write_number(ws, row, lxw_col_t(c), cell.value,
                                       cell.format ? cell.format : f.text);
        }
    }

    // Header names must be unique and not empty in a spreadsheet table.
    std::vector<QByteArray> headers;
    QStringList seen;
    for (int c = 0; c < columns; ++c) {
        QString h =
            table.header[c].isEmpty() ? QStringLiteral("Column %1").arg(c + 1) : table.header[c];
        const QString base = h;
        for (int k = 2; seen.contains(h, Qt::CaseInsensitive); ++k)
            h = QStringLiteral("%1 %2").arg(base).arg(k);
        seen << h;
        // A line break in a table header is stored as _x000A_ by Excel; a space reads the same.
        headers.push_back(h.replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8());
    }
    std::vector<lxw_table_column> specs(static_cast<size_t>(columns));
    std::vector<lxw_table_column *> pointers;
    for (int c = 0; c < columns; ++c) {
        specs[size_t(c)] = lxw_table_column{};
        specs[size_t(c)].header = const_cast<char *>(headers[size_t(c)].constData());
        specs[size_t(c)].header_format = f.bold;
        pointers.push_back(&specs[size_t(c)]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options{};
    options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    options.style_type_number = 2;
    options.columns = pointers.data();
    const auto last = lxw_row_t(std::max<size_t>(table.rows.size(), 1));
    worksheet_add_table(ws, 0, 0, last, lxw_col_t(columns - 1), &options);
    worksheet_freeze_panes(ws, 1, 0);
    printSetup(ws, true);
    return ws;
}

void insertChartBeside(lxw_worksheet *ws, const Table &table, lxw_chart *chart) {
    lxw_chart_options options{};
    options.x_offset = 0;
    options.y_offset = 0;
    options.object_position = LXW_OBJECT_DONT_MOVE_DONT_SIZE;
    worksheet_insert_chart_opt(ws, 0, lxw_col_t(table.header.size() + 1), chart, &options);
}

} // namespace ps::report::xlsx
