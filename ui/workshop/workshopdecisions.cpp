// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshopdecisions.h"

#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/undo/edits.h"
#include "ui/undo/edits_workshop.h"

namespace ps {

QString WorkshopDecisions::defaultNextStep(Decision decision) {
    switch (decision) {
    case Decision::Invest:
        return tr("Agree a joint business plan");
    case Decision::Develop:
        return tr("Agree an enablement plan");
    case Decision::Maintain:
        return tr("Review at the next quarterly check");
    case Decision::Exit:
        return tr("Plan the exit and hand over open deals");
    case Decision::None:
        break;
    }
    return {};
}

WorkshopDecisions::WorkshopDecisions(Document *document, ScoringController *scoring,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scoring(scoring) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Partner || kind == EntityKind::DecisionRecord)
            Q_EMIT changed();
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, &WorkshopDecisions::changed);
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind) {
        if (kind == EntityKind::DecisionRecord)
            Q_EMIT changed();
    });
    connect(portfolio, &Portfolio::reset, this, [this] {
        // Another portfolio: nothing of this session applies to it.
        m_atStart.clear();
        m_order.clear();
        m_records.clear();
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

DecisionRecord WorkshopDecisions::evidenceFor(Id partnerId) const {
    DecisionRecord record;
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p)
        return record;
    const Scenario &scenario = m_scoring->scenario();
    record.partnerId = partnerId;
    record.partnerName = p->name;
    record.scenarioName = scenario.name;
    record.weights = percentOfAxis(scenario.profileFor(p->model));
    const int row = m_scoring->rowOf(partnerId);
    if (row >= 0 && size_t(row) < m_scoring->scores().size()) {
        const PartnerScore &score = m_scoring->scores()[size_t(row)];
        record.quadrant = score.quadrant;
        record.potential = score.potential;
        record.readiness = score.readiness;
        if (size_t(row) < m_scoring->stability().size())
            record.stability = m_scoring->stability()[size_t(row)];
    }
    if (m_roomEvidence)
        m_roomEvidence(partnerId, record);
    return record;
}

const DecisionRecord *WorkshopDecisions::sessionRecord(Id partnerId) const {
    const QList<Id> records = m_records.value(partnerId);
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        if (const DecisionRecord *r = m_document->portfolio()->find<DecisionRecord>(*it))
            return r;
    return nullptr;
}

bool WorkshopDecisions::capture(Id partnerId, Decision decision) {
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p || decision == Decision::None)
        return false;
    const Fields current = fieldsOf(partnerId);
    Fields wanted = current;
    wanted.decision = decision;
    // The next step belonged to the decision it was planned for: a different decision replaces
    // it with the usual first step of the new one (the overlay shows it to edit; undo brings
    // the old one back with the old decision).
    if (decision != current.decision)
        wanted.nextStep = defaultNextStep(decision);
    const QString text = current == wanted
                             ? tr("Confirm decision for %1: %2").arg(p->name, label(decision))
                             : tr("Decision for %1: %2").arg(p->name, label(decision));
    const DecisionRecord evidence = evidenceFor(partnerId);
    if (!m_atStart.contains(partnerId))
        m_atStart.insert(partnerId, current);
    if (!m_order.contains(partnerId))
        m_order.append(partnerId);
    const Id record = edit::recordDecision(
        *m_document, partnerId, {wanted.decision, wanted.owner, wanted.nextStep, wanted.note},
        evidence, text);
    if (record == 0)
        return false;
    m_records[partnerId].append(record);
    Q_EMIT changed();
    return true;
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
    const edit::DecisionFields fields{wanted.decision, wanted.owner, wanted.nextStep, wanted.note};
    const QString text = tr("Decision for %1: %2").arg(p->name, label(wanted.decision));
    bool pushed = false;
    // Details of a decision recorded in this session amend its record (and its step, while it
    // is still the newest one), so the decision and its details undo together.
    if (const DecisionRecord *record = sessionRecord(partnerId)) {
        pushed = edit::amendDecision(*m_document, partnerId, record->id, fields, text);
    } else {
        if (wanted == fieldsOf(partnerId))
            return false;
        pushed = edit::setPartnerDecision(*m_document, partnerId, fields, text);
    }
    if (pushed)
        Q_EMIT changed();
    return pushed;
}

std::vector<WorkshopDecision> WorkshopDecisions::summary() const {
    std::vector<WorkshopDecision> rows;
    for (Id id : m_order) {
        const Partner *p = m_document->portfolio()->find<Partner>(id);
        if (!p)
            continue;
        const Fields now = fieldsOf(id);
        const DecisionRecord *record = sessionRecord(id);
        const bool confirmed = record && record->decision == now.decision;
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
        if (record)
            row.evidence = *record;
        rows.push_back(row);
    }
    return rows;
}

} // namespace ps
