// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ps::report {
namespace {

using detail::ReportTr;

/// RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
QString csvField(const QString &text) {
    // A plain number ("-20000", "-0.13", "-10%") is no formula: it stays a number.
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?%?$"));
    const QString cell = plainNumber.match(text).hasMatch() ? text : safeCell(text);
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

QByteArray tableText(const QStringList &header, const std::vector<QStringList> &rows) {
    // The BOM makes Excel read the file as UTF-8 instead of the system code page.
    QString text = QString(QChar(0xFEFF)) + csvRow(header);
    for (const QStringList &row : rows)
        text += csvRow(row);
    return text.toUtf8();
}

std::vector<QStringList> partnerRows(const ReportContent &c) {
    std::vector<QStringList> rows;
    for (size_t row = 0; row < c.partners.size(); ++row)
        rows.push_back(detail::partnerCells(c, row));
    return rows;
}

template <class T, class F> std::vector<QStringList> cellsOf(const std::vector<T> &items, F cells) {
    std::vector<QStringList> rows;
    for (const T &item : items)
        rows.push_back(cells(item));
    return rows;
}

} // namespace

std::vector<CsvTable> csvTables(const ReportContent &c) {
    using namespace detail;
    std::vector<CsvTable> t;
    t.push_back({QString(), partnerHeader(), partnerRows(c)});
    const ReportEconomics &e = c.economics;
    t.push_back({QStringLiteral("program-metrics"), programHeader(), programRows(c)});
    t.push_back({QStringLiteral("roi-by-model"), roiHeader(c.info.currency), roiRows(e)});
    t.push_back({QStringLiteral("oem-deals"), oemHeader(), cellsOf(e.oem, oemCells)});
    t.push_back(
        {QStringLiteral("royalty-per-year"), royaltyHeader(c.info.currency), royaltyRows(e)});
    t.push_back({QStringLiteral("needs-attention"), attentionHeader(),
                 cellsOf(e.attention, attentionCells)});
    const PartnerImpact &impact = e.impact;
    const QStringList header = impactHeader(c.info.currency);
    t.push_back({QStringLiteral("impact-program"), header, impactProgramRows(impact)});
    t.push_back({QStringLiteral("impact-by-partner"), header,
                 impactRows(impact.partners, impact.minClosedDeals)});
    t.push_back({QStringLiteral("impact-by-model"), header,
                 impactRows(impact.models, impact.minClosedDeals)});
    t.push_back({QStringLiteral("impact-by-tier"), header,
                 impactRows(impact.tiers, impact.minClosedDeals)});
    t.push_back(
        {QStringLiteral("impact-by-icp"), header, impactRows(impact.icps, impact.minClosedDeals)});
    const ReportPlan &p = c.plan;
    t.push_back(
        {QStringLiteral("plan-summary"), planSummaryHeader(), planSummaryRows(p, c.info.currency)});
    if (p.ok()) {
        t.push_back({QStringLiteral("plan-by-partner"), planPartnerHeader(c.info.currency),
                     cellsOf(p.partners, planPartnerCells)});
        t.push_back({QStringLiteral("plan-by-model"),
                     planTotalHeader(ReportTr::tr("Model"), c.info.currency),
                     cellsOf(p.models, planTotalCells)});
        t.push_back({QStringLiteral("plan-by-program-kind"),
                     planTotalHeader(ReportTr::tr("Program kind"), c.info.currency),
                     cellsOf(p.kinds, planTotalCells)});
    }
    if (!c.overlap.isEmpty())
        t.push_back({QStringLiteral("account-overlap"), overlapHeader(c.info.currency),
                     cellsOf(c.overlap.partners, overlapCells)});
    return t;
}

QStringList csvTableKeys() {
    return {QStringLiteral("program-metrics"),   QStringLiteral("roi-by-model"),
            QStringLiteral("oem-deals"),         QStringLiteral("royalty-per-year"),
            QStringLiteral("needs-attention"),   QStringLiteral("impact-program"),
            QStringLiteral("impact-by-partner"), QStringLiteral("impact-by-model"),
            QStringLiteral("impact-by-tier"),    QStringLiteral("impact-by-icp"),
            QStringLiteral("plan-summary"),      QStringLiteral("plan-by-partner"),
            QStringLiteral("plan-by-model"),     QStringLiteral("plan-by-program-kind"),
            QStringLiteral("account-overlap")};
}

QString csvTablePath(const QString &path, const QString &key) {
    if (key.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString base = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + QLatin1Char('-') + key + QStringLiteral(".csv"));
}

QByteArray csvTableText(const CsvTable &table) {
    return tableText(table.header, table.rows);
}

QByteArray csvText(const ReportContent &content) {
    return tableText(detail::partnerHeader(), partnerRows(content));
}

bool writeCsv(const ReportContent &content, const QString &path, QString *error) {
    QStringList written;
    for (const CsvTable &table : csvTables(content)) {
        const QString file = csvTablePath(path, table.key);
        if (!detail::writeFileAtomically(file, csvTableText(table), error))
            return false;
        written << table.key;
    }
    // A table this report does not have (no plan, no account lists) leaves no stale file of
    // an earlier report beside the new one.
    for (const QString &key : csvTableKeys())
        if (!written.contains(key) && QFile::exists(csvTablePath(path, key)))
            QFile::remove(csvTablePath(path, key));
    return true;
}

} // namespace ps::report
