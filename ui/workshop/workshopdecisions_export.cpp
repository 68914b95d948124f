// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop summary as CSV (one row per decision, evidence in columns) and as one HTML page
// (the decisions, then the evidence of each).
#include "core/report/reportwriters.h"
#include "ui/document/document.h"
#include "ui/workshop/roomwords.h"
#include "ui/workshop/workshopdecisions.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace ps {
namespace {

QStringList headers() {
    return {WorkshopDecisions::tr("Partner"),   WorkshopDecisions::tr("Quadrant"),
            WorkshopDecisions::tr("Decision"),  WorkshopDecisions::tr("Owner"),
            WorkshopDecisions::tr("Next step"), WorkshopDecisions::tr("Note")};
}

QStringList cells(const WorkshopDecision &d) {
    return {d.partner, d.quadrant, label(d.decision), d.owner, d.nextStep, d.note};
}

/// Numbers in the CSV use a decimal point whatever the locale, so spreadsheets read them.
QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals) {
    return value ? number(*value, decimals) : QString();
}

const Decision placements[] = {Decision::Invest, Decision::Develop, Decision::Maintain,
                               Decision::Exit};

QStringList evidenceHeaders() {
    QStringList h = {WorkshopDecisions::tr("Recorded at (UTC)"),
                     WorkshopDecisions::tr("Scenario"),
                     WorkshopDecisions::tr("Quadrant when decided"),
                     WorkshopDecisions::tr("Potential"),
                     WorkshopDecisions::tr("Readiness"),
                     WorkshopDecisions::tr("Stability")};
    for (Decision d : placements)
        h << WorkshopDecisions::tr("Votes: %1").arg(label(d));
    h << WorkshopDecisions::tr("Voters") << WorkshopDecisions::tr("Potential CR (room)")
      << WorkshopDecisions::tr("Readiness CR (room)")
      << WorkshopDecisions::tr("Potential consensus")
      << WorkshopDecisions::tr("Readiness consensus") << WorkshopDecisions::tr("Participants' CRs");
    for (Criterion c : enumValues<Criterion>())
        h << WorkshopDecisions::tr("Weight: %1 (%)").arg(label(c));
    return h;
}

QString votersText(const DecisionRecord &r) {
    QStringList voters;
    for (const RecordedVote &v : r.votes)
        voters << WorkshopDecisions::tr("%1: %2").arg(v.participant, label(v.choice));
    return voters.join(QStringLiteral("; "));
}

QString participantCrsText(const DecisionRecord &r) {
    QStringList crs;
    for (const RecordedConsistency &c : r.participantCrs)
        crs << WorkshopDecisions::tr("%1 (%2): %3")
                   .arg(c.participant, label(c.axis), number(c.cr, 3));
    return crs.join(QStringLiteral("; "));
}

QStringList evidenceCells(const std::optional<DecisionRecord> &evidence) {
    if (!evidence)
        return QStringList(evidenceHeaders().size(), QString());
    const DecisionRecord &r = *evidence;
    QStringList c = {r.recordedAt.toUTC().toString(Qt::ISODate),
                     r.scenarioName,
                     label(r.quadrant),
                     number(r.potential, 1),
                     number(r.readiness, 1),
                     optionalNumber(r.stability, 3)};
    const std::array<int, 5> counts = r.voteCounts();
    for (Decision d : placements)
        c << QString::number(counts[size_t(d)]);
    c << votersText(r) << optionalNumber(r.potentialCr, 3) << optionalNumber(r.readinessCr, 3)
      << optionalNumber(r.potentialConsensus, 3) << optionalNumber(r.readinessConsensus, 3)
      << participantCrsText(r);
    for (Criterion criterion : enumValues<Criterion>())
        c << number(r.weights[size_t(criterion)], 1);
    return c;
}

QString csvField(const QString &text) {
    QString cell = report::safeCell(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString csvLine(const QStringList &fields) {
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString esc(const QString &text) {
    return report::escapeHtml(text);
}

QString row(const QString &name, const QString &value) {
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
}

QString roomText(const std::optional<double> &cr, const std::optional<double> &consensus) {
    if (!cr)
        return WorkshopDecisions::tr("no group judgments");
    QString text = WorkshopDecisions::tr("CR %1").arg(RoomWords::ratio(*cr));
    if (consensus)
        text += WorkshopDecisions::tr(", consensus %1 (%2)")
                    .arg(RoomWords::ratio(*consensus), RoomWords::consensusLevel(*consensus));
    return text;
}

/// One decision's evidence as a section of the HTML page.
QString evidenceSection(const WorkshopDecision &d) {
    const DecisionRecord &r = *d.evidence;
    QString html =
        QStringLiteral("<h2>%1</h2>\n<table class=\"evidence\">\n")
            .arg(esc(WorkshopDecisions::tr("Evidence: %1, %2").arg(d.partner, label(r.decision))));
    html += row(WorkshopDecisions::tr("Recorded at"),
                QLocale().toString(r.recordedAt.toLocalTime(), QLocale::LongFormat));
    html += row(WorkshopDecisions::tr("Scenario"), r.scenarioName);
    html += row(WorkshopDecisions::tr("Quadrant when decided"),
                WorkshopDecisions::tr("%1 (potential %2, readiness %3)")
                    .arg(label(r.quadrant), QLocale().toString(r.potential, 'f', 1),
                         QLocale().toString(r.readiness, 'f', 1)));
    html +=
        row(WorkshopDecisions::tr("Stability"),
            r.stability ? RoomWords::percent(*r.stability) : WorkshopDecisions::tr("not computed"));
    QStringList weights;
    for (Criterion c : enumValues<Criterion>())
        weights << WorkshopDecisions::tr("%1 %2 %").arg(
            label(c), QLocale().toString(r.weights[size_t(c)], 'f', 1));
    html += row(WorkshopDecisions::tr("Weights"), weights.join(QStringLiteral(" · ")));
    html += row(WorkshopDecisions::tr("Room's potential judgments"),
                roomText(r.potentialCr, r.potentialConsensus));
    html += row(WorkshopDecisions::tr("Room's readiness judgments"),
                roomText(r.readinessCr, r.readinessConsensus));
    if (!r.participantCrs.empty())
        html += row(WorkshopDecisions::tr("Participants' CRs"), participantCrsText(r));
    html += row(WorkshopDecisions::tr("Placement votes"),
                r.votes.empty() ? WorkshopDecisions::tr("none")
                                : RoomWords::voteCounts(r.voteCounts()));
    if (!r.votes.empty())
        html += row(WorkshopDecisions::tr("Voters"), votersText(r));
    return html + QStringLiteral("</table>\n");
}

} // namespace

QByteArray WorkshopDecisions::csv() const {
    QString text = csvLine(headers() + evidenceHeaders());
    for (const WorkshopDecision &d : summary())
        text += csvLine(cells(d) + evidenceCells(d.evidence));
    return text.toUtf8();
}

QByteArray WorkshopDecisions::html() const {
    const QString title = tr("Workshop decisions: %1").arg(m_document->displayName());
    QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>%1</title><style>body{font-family:sans-serif;"
                                  "color:#000;background:#fff}table{border-collapse:collapse;"
                                  "margin-bottom:1em}th,td{border:1px solid #333;"
                                  "padding:6px 10px;text-align:left;vertical-align:top}"
                                  "th{background:#f2f2f2}h2{font-size:1.1em;margin-top:1.5em}"
                                  "</style></head><body><h1>%1</h1>\n<table>\n<tr>")
                       .arg(esc(title));
    const QStringList columns = headers() << tr("Votes") << tr("Stability");
    for (const QString &h : columns)
        page += QStringLiteral("<th>%1</th>").arg(esc(h));
    page += QStringLiteral("</tr>\n");
    const std::vector<WorkshopDecision> rows = summary();
    for (const WorkshopDecision &d : rows) {
        page += QStringLiteral("<tr>");
        QStringList values = cells(d);
        values << (d.evidence && !d.evidence->votes.empty()
                       ? RoomWords::voteCounts(d.evidence->voteCounts())
                       : QString())
               << (d.evidence && d.evidence->stability ? RoomWords::percent(*d.evidence->stability)
                                                       : QString());
        for (const QString &c : values)
            page += QStringLiteral("<td>%1</td>").arg(esc(c));
        page += QStringLiteral("</tr>\n");
    }
    page += QStringLiteral("</table>\n");
    if (rows.empty())
        page += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No decisions taken.")));
    for (const WorkshopDecision &d : rows)
        if (d.evidence)
            page += evidenceSection(d);
    page += QStringLiteral("</body></html>\n");
    return page.toUtf8();
}

bool WorkshopDecisions::exportTo(const QString &path, QString *error) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool isCsv = suffix == QLatin1String("csv");
    if (!isCsv && suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        if (error)
            *error = tr("Cannot export the decisions to \"%1\": the file must end in .csv or "
                        ".html.")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(isCsv ? csv() : html()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Could not write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ps
