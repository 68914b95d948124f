// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttext_p.h"
#include "report/reportwriters.h"

namespace ps::report {
namespace {

/// RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
QString csvField(const QString &text) {
    const QString cell = safeCell(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return cell;
}

QString csvRow(const QStringList &cells) {
    QStringList fields;
    for (const QString &cell : cells)
        fields << csvField(cell);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace

QByteArray csvText(const ReportContent &content) {
    // The BOM makes Excel read the file as UTF-8 instead of the system code page.
    QString text = QString(QChar(0xFEFF)) + csvRow(detail::partnerHeader());
    for (size_t row = 0; row < content.partners.size(); ++row)
        text += csvRow(detail::partnerCells(content, row));
    return text.toUtf8();
}

bool writeCsv(const ReportContent &content, const QString &path, QString *error) {
    return detail::writeFileAtomically(path, csvText(content), error);
}

} // namespace ps::report
