// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttext_p.h"

#include "report/reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cmath>

namespace ps::report {

QString safeCell(const QString &text) {
    // Spreadsheets run cells that start with these as formulas (CSV injection); a leading
    // apostrophe makes them plain text and is hidden by the spreadsheet.
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

QString escapeHtml(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

namespace detail {

QString tr(const char *text) {
    return QCoreApplication::translate("ps::report", text);
}

QString fixed(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.0"
    return QString::number(rounded, 'f', decimals);
}

QString modelText(const std::optional<PartnerModel> &model) {
    return model ? label(*model) : tr("Needs a model");
}

double revenueOf(const Partner &partner) {
    return partner.economics.sourcedRevenue + partner.economics.influencedRevenue;
}

QString icpName(const ReportContent &content, size_t row) {
    return row < content.icps.size() && content.icps[row] ? content.icps[row]->name : QString();
}

QStringList partnerHeader() {
    return {tr("Partner"),   tr("Model"),     tr("Status"),   tr("Tier"),
            tr("Potential"), tr("Readiness"), tr("Quadrant"), tr("Stability"),
            tr("Segments"),  tr("Revenue"),   tr("Pipeline"), tr("Investment")};
}

QStringList partnerCells(const ReportContent &content, size_t row) {
    const Partner &p = *content.partners[row];
    const PartnerScore &s = content.scores[row];
    return {p.name,
            modelText(p.model),
            label(p.status),
            label(p.tier),
            fixed(s.potential, 1),
            fixed(s.readiness, 1),
            label(s.quadrant),
            fixed(content.stability[row], 2),
            content.segmentNames[row].join(QStringLiteral("; ")),
            fixed(revenueOf(p), 0),
            fixed(p.economics.pipeline, 0),
            fixed(p.economics.investment.total(), 0)};
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("ps::report", "Could not write \"%1\": %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace detail
} // namespace ps::report
