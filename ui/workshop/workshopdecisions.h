// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/decisionlog.h"
#include "core/domain/entities.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ps {
class Document;
class ScoringController;

/// One decision taken in a workshop, as the closing summary lists it.
struct WorkshopDecision {
    Id partnerId = 0;
    QString partner;
    QString quadrant; ///< translated quadrant under the scenario shown at the end
    Decision decision = Decision::None;
    QString owner;
    QString nextStep;
    QString note;
    /// The decision-log record of the decision (weights, stability, CRs, votes), if it is still
    /// in the portfolio.
    std::optional<DecisionRecord> evidence;
};

/**
 * The decisions of one workshop session. capture() stores a decision for a partner, with a
 * record of the evidence in the portfolio's decision log, as one undo step; addDetails() puts
 * owner, next step and note into that same step (it replaces the step while it is still the
 * last one on the stack), so a decision with its details is one step.
 *
 * The summary lists the partners captured in this session, in the order they were first
 * captured, whose decision fields now differ from when the session began (or whose existing
 * decision was confirmed): a decision taken back with Undo leaves the summary.
 */
class WorkshopDecisions : public QObject {
    Q_OBJECT
public:
    WorkshopDecisions(Document *document, ScoringController *scoring, QObject *parent = nullptr);

    /// Adds what the room contributes to a record (the judgments' CRs, consensus, votes); the
    /// voting panel sets it while voting is open.
    using RoomEvidence = std::function<void(Id partnerId, DecisionRecord &record)>;
    void setRoomEvidence(RoomEvidence evidence) { m_roomEvidence = std::move(evidence); }

    /// Sets the partner's decision and records it in the decision log with the evidence of this
    /// moment (evidenceFor()), as one undo step. A decision the partner already had is recorded
    /// too, and listed as confirmed. A different decision replaces the partner's next step (it
    /// was planned for the old decision) with defaultNextStep(); undo restores both. False when
    /// there is no such partner.
    bool capture(Id partnerId, Decision decision);
    /// The record capture() would store now: the scenario shown, the partner's quadrant, scores,
    /// stability and weight profile, plus the room's evidence.
    DecisionRecord evidenceFor(Id partnerId) const;
    /// The first step a decision usually calls for ("Plan the exit and hand over open deals").
    static QString defaultNextStep(Decision decision);
    /// Owner, next step and note for the partner last captured; one undo step with it.
    bool addDetails(Id partnerId, const QString &owner, const QString &nextStep,
                    const QString &note);

    std::vector<WorkshopDecision> summary() const;

    /// The summary as CSV (UTF-8, cells that a spreadsheet would run are neutralized).
    QByteArray csv() const;
    /// The summary as one self-contained HTML page, everything escaped.
    QByteArray html() const;
    /// Writes csv() or html() by the file's suffix (.csv, .html/.htm); on failure one sentence
    /// naming the file in *error.
    bool exportTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    /// The summary may have changed (a capture, an undo, any partner edit).
    void changed();

private:
    struct Fields {
        Decision decision = Decision::None;
        QString owner;
        QString nextStep;
        QString note;
        bool operator==(const Fields &o) const {
            return decision == o.decision && owner == o.owner && nextStep == o.nextStep &&
                   note == o.note;
        }
    };
    Fields fieldsOf(Id partnerId) const;

    /// The newest record this session captured for the partner that is still in the log.
    const DecisionRecord *sessionRecord(Id partnerId) const;

    Document *m_document;
    ScoringController *m_scoring;
    RoomEvidence m_roomEvidence;
    QHash<Id, Fields> m_atStart;    ///< decision fields before the session touched the partner
    QList<Id> m_order;              ///< captured partners, first capture first
    QHash<Id, QList<Id>> m_records; ///< decision-log records this session made, per partner
};

} // namespace ps
