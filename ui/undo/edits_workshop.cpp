// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for workshop decisions: the partner's decision fields and the decision
// log's record of them change in one step.
#include "ui/undo/edits_workshop.h"

#include "ui/undo/edithelpers.h"

#include <optional>

namespace ps {
namespace undo {
namespace {

/**
 * A partner's decision fields with a decision-log record: inserts the record (or, when amending,
 * replaces it) and sets the fields; undo takes both back. An amending command for the same
 * record merges into the command that inserted it while that is the newest on the stack.
 */
class RecordDecision : public QUndoCommand {
public:
    RecordDecision(Portfolio *portfolio, Partner before, Partner after,
                   std::optional<DecisionRecord> recordBefore, DecisionRecord recordAfter,
                   const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_recordBefore(std::move(recordBefore))
        , m_recordAfter(std::move(recordAfter)) {}

    void redo() override {
        m_portfolio->replace(m_after);
        if (m_recordBefore)
            m_portfolio->replace(m_recordAfter);
        else
            m_portfolio->insert(int(m_portfolio->decisionLog().size()), m_recordAfter);
    }
    void undo() override {
        if (m_recordBefore)
            m_portfolio->replace(*m_recordBefore);
        else
            m_portfolio->removeAt<DecisionRecord>(
                m_portfolio->rowOf<DecisionRecord>(m_recordAfter.id));
        m_portfolio->replace(m_before);
    }
    int id() const override { return DecisionRecordId; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = dynamic_cast<const RecordDecision *>(other);
        if (!next || !next->m_recordBefore || next->m_recordAfter.id != m_recordAfter.id)
            return false;
        m_after = next->m_after;
        m_recordAfter = next->m_recordAfter;
        setText(next->text());
        // An amended record that is back where it started changes nothing.
        setObsolete(m_recordBefore && m_recordAfter == *m_recordBefore && m_after == m_before);
        return true;
    }

private:
    Portfolio *m_portfolio;
    Partner m_before;
    Partner m_after;
    std::optional<DecisionRecord> m_recordBefore;
    DecisionRecord m_recordAfter;
};

} // namespace
} // namespace undo

namespace edit {

namespace {

Partner withFields(Partner partner, const DecisionFields &fields) {
    partner.decision = fields.decision;
    partner.decisionOwner = fields.owner;
    partner.nextStep = fields.nextStep;
    partner.notes = fields.note;
    return partner;
}

} // namespace

Id recordDecision(Document &doc, Id partner, const DecisionFields &fields, DecisionRecord evidence,
                  const QString &text) {
    Portfolio &portfolio = *doc.portfolio();
    const Partner *current = portfolio.find<Partner>(partner);
    if (!current || fields.decision == Decision::None)
        return 0;
    evidence.id = portfolio.newId<DecisionRecord>();
    evidence.partnerId = partner;
    evidence.partnerName = current->name;
    evidence.decision = fields.decision;
    evidence.owner = fields.owner;
    evidence.nextStep = fields.nextStep;
    evidence.note = fields.note;
    if (!evidence.recordedAt.isValid())
        evidence.recordedAt = QDateTime::currentDateTimeUtc();
    // Seconds are enough for evidence, and what the file keeps.
    evidence.recordedAt.setTime(QTime(evidence.recordedAt.time().hour(),
                                      evidence.recordedAt.time().minute(),
                                      evidence.recordedAt.time().second()));
    const Id id = evidence.id;
    doc.undoStack()->push(new undo::RecordDecision(&portfolio, *current,
                                                   withFields(*current, fields), std::nullopt,
                                                   std::move(evidence), text));
    return id;
}

bool amendDecision(Document &doc, Id partner, Id record, const DecisionFields &fields,
                   const QString &text) {
    Portfolio &portfolio = *doc.portfolio();
    const Partner *current = portfolio.find<Partner>(partner);
    const DecisionRecord *stored = portfolio.find<DecisionRecord>(record);
    if (!current || !stored || stored->partnerId != partner || fields.decision == Decision::None)
        return false;
    DecisionRecord after = *stored;
    after.decision = fields.decision;
    after.owner = fields.owner;
    after.nextStep = fields.nextStep;
    after.note = fields.note;
    const Partner partnerAfter = withFields(*current, fields);
    if (after == *stored && partnerAfter == *current)
        return false;
    doc.undoStack()->push(new undo::RecordDecision(&portfolio, *current, partnerAfter, *stored,
                                                   std::move(after), text));
    return true;
}

} // namespace edit
} // namespace ps
