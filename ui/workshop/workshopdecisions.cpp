// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshopdecisions.h"

#include "core/report/reportwriters.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/undo/edits.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace ps {

WorkshopDecisions::WorkshopDecisions(Document *document, ScoringController *scoring,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scoring(scoring) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Partner)
            Q_EMIT changed();
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, &WorkshopDecisions::changed);
    connect(portfolio, &Portfolio::reset, this, [this] {
        // Another portfolio: nothing of this session applies to it.
        m_atStart.clear();
        m_order.clear();
        m_confirmed.clear();
        m_amendable = 0;
        Q_EMIT changed();
    });
    connect(scoring, &ScoringController::scoresChanged, this, &WorkshopDecisions::changed);
}

WorkshopDecisions::Fields WorkshopDecisions::fieldsOf(Id partnerId) const {
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p)
        return {};
    return {p->decision, p->decisionOwner, p->nextStep, p->notes};
}

bool WorkshopDecisions::push(Id partnerId, const Fields &wanted, const QString &text, bool amend) {
    const Fields current = fieldsOf(partnerId);
    if (current == wanted)
        return false;
    if (!m_atStart.contains(partnerId))
        m_atStart.insert(partnerId, current);
    if (!m_order.contains(partnerId))
        m_order.append(partnerId);
    edit::setPartnerDecision(*m_document, partnerId,
                             {wanted.decision, wanted.owner, wanted.nextStep, wanted.note}, text,
                             amend);
    Q_EMIT changed();
    return true;
}

bool WorkshopDecisions::capture(Id partnerId, Decision decision) {
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p || decision == Decision::None)
        return false;
    Fields wanted = fieldsOf(partnerId);
    wanted.decision = decision;
    if (push(partnerId, wanted, tr("Decision for %1: %2").arg(p->name, label(decision)))) {
        m_confirmed.remove(partnerId);
        m_amendable = partnerId;
        return true;
    }
    // Re-confirmed in the room: it belongs in the summary although nothing changed.
    if (!m_atStart.contains(partnerId))
        m_atStart.insert(partnerId, wanted);
    if (!m_order.contains(partnerId))
        m_order.append(partnerId);
    m_confirmed.insert(partnerId, decision);
    m_amendable = 0;
    Q_EMIT changed();
    return false;
}

bool WorkshopDecisions::addDetails(Id partnerId, const QString &owner, const QString &nextStep,
                                   const QString &note) {
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p)
        return false;
    Fields wanted = fieldsOf(partnerId);
    wanted.owner = owner.trimmed();
    wanted.nextStep = nextStep.trimmed();
    wanted.note = note.trimmed().isEmpty() ? wanted.note : note.trimmed();
    if (wanted == fieldsOf(partnerId))
        return false;
    // Details of the decision just captured amend its step (while it is still the newest one),
    // so the decision and its details undo together.
    return push(partnerId, wanted, tr("Decision for %1: %2").arg(p->name, label(wanted.decision)),
                m_amendable == partnerId);
}

std::vector<WorkshopDecision> WorkshopDecisions::summary() const {
    std::vector<WorkshopDecision> rows;
    for (Id id : m_order) {
        const Partner *p = m_document->portfolio()->find<Partner>(id);
        if (!p)
            continue;
        const Fields now = fieldsOf(id);
        const bool confirmed = m_confirmed.value(id, Decision::None) == now.decision;
        if ((now == m_atStart.value(id) && !confirmed) || now.decision == Decision::None)
            continue;
        WorkshopDecision row;
        row.partnerId = id;
        row.partner = p->name;
        const int scoreRow = m_scoring->rowOf(id);
        if (scoreRow >= 0 && size_t(scoreRow) < m_scoring->scores().size())
            row.quadrant = label(m_scoring->scores()[size_t(scoreRow)].quadrant);
        row.decision = now.decision;
        row.owner = now.owner;
        row.nextStep = now.nextStep;
        row.note = now.note;
        rows.push_back(row);
    }
    return rows;
}

namespace {

QStringList headers() {
    return {WorkshopDecisions::tr("Partner"),   WorkshopDecisions::tr("Quadrant"),
            WorkshopDecisions::tr("Decision"),  WorkshopDecisions::tr("Owner"),
            WorkshopDecisions::tr("Next step"), WorkshopDecisions::tr("Note")};
}

QStringList cells(const WorkshopDecision &d) {
    return {d.partner, d.quadrant, label(d.decision), d.owner, d.nextStep, d.note};
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

} // namespace

QByteArray WorkshopDecisions::csv() const {
    QString text = csvLine(headers());
    for (const WorkshopDecision &d : summary())
        text += csvLine(cells(d));
    return text.toUtf8();
}

QByteArray WorkshopDecisions::html() const {
    const QString title = tr("Workshop decisions: %1").arg(m_document->displayName());
    QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>%1</title><style>body{font-family:sans-serif;"
                                  "color:#000;background:#fff}table{border-collapse:collapse}"
                                  "th,td{border:1px solid #333;padding:6px 10px;text-align:left;"
                                  "vertical-align:top}th{background:#f2f2f2}</style></head>"
                                  "<body><h1>%1</h1>\n<table>\n<tr>")
                       .arg(report::escapeHtml(title));
    for (const QString &h : headers())
        page += QStringLiteral("<th>%1</th>").arg(report::escapeHtml(h));
    page += QStringLiteral("</tr>\n");
    const std::vector<WorkshopDecision> rows = summary();
    for (const WorkshopDecision &d : rows) {
        page += QStringLiteral("<tr>");
        for (const QString &c : cells(d))
            page += QStringLiteral("<td>%1</td>").arg(report::escapeHtml(c));
        page += QStringLiteral("</tr>\n");
    }
    page += QStringLiteral("</table>\n");
    if (rows.empty())
        page += QStringLiteral("<p>%1</p>\n").arg(report::escapeHtml(tr("No decisions taken.")));
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
