// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

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
};

/**
 * The decisions of one workshop session. capture() stores a decision for a partner as one undo
 * step; addDetails() puts owner, next step and note into that same step (it replaces the step
 * while it is still the last one on the stack), so a decision with its details is one step.
 *
 * The summary lists the partners captured in this session, in the order they were first
 * captured, whose decision fields now differ from when the session began (or whose existing
 * decision was confirmed): a decision taken back with Undo leaves the summary.
 */
class WorkshopDecisions : public QObject {
    Q_OBJECT
public:
    WorkshopDecisions(Document *document, ScoringController *scoring, QObject *parent = nullptr);

    /// Sets the partner's decision as one undo step. False (and no step) if the partner already
    /// had it; the summary then lists it as confirmed.
    bool capture(Id partnerId, Decision decision);
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
    bool push(Id partnerId, const Fields &wanted, const QString &text, bool amend = false);

    Document *m_document;
    ScoringController *m_scoring;
    QHash<Id, Fields> m_atStart;     ///< decision fields before the session touched the partner
    QList<Id> m_order;               ///< captured partners, first capture first
    QHash<Id, Decision> m_confirmed; ///< decisions captured that the partner already had
    /// The partner whose decision was the last capture: details for it amend that step.
    Id m_amendable = 0;
};

} // namespace ps
