// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/decisionlog.h"
#include "core/voting/votingserver.h"
#include "core/voting/votingsession.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace ps {
class Document;
class ScoringController;

/**
 * Workshop voting as the facilitator runs it: a VotingSession with its VotingServer, which
 * listens only while voting is open and only on the address chosen. It keeps the session's
 * scoring context (criteria, the active scenario, the profile the group weights go to) and its
 * spotlight in step with the workshop, applies the room's weights to the active scenario as one
 * undo step, and hands the room's evidence (CRs, consensus, votes) to a decision record.
 */
class WorkshopVoting : public QObject {
    Q_OBJECT
public:
    WorkshopVoting(Document *document, ScoringController *scoring, QObject *parent = nullptr);
    ~WorkshopVoting() override;

    /// Starts a new session and its server on `address` (one address, never a wildcard) and
    /// `port` (0: any free port). False with *error (one sentence) when it cannot listen.
    bool open(const QHostAddress &address, quint16 port = 0, QString *error = nullptr);
    /// Limits for the next open() (the defaults protect a laptop on a shared network; the
    /// benchmarks raise the rate limit for their single load generator).
    void setServerLimits(const voting::ServerLimits &limits) { m_limits = limits; }

    /// Stops the server and ends the session: participants, judgments and votes are gone.
    void close();
    bool isOpen() const;

    /// The session while voting is open, else nullptr.
    voting::VotingSession *session() const { return m_session.get(); }
    voting::VotingServer *server() const { return m_server.get(); }

    /// The partner placement votes are about (0: none); votes on the previous one are dropped.
    void setSpotlight(Id partnerId);
    Id spotlight() const { return m_spotlight; }
    /// Shows the distribution to everyone and ends voting on the spotlighted partner.
    void revealVotes();

    /// The weight profile the group weights are applied to (ps::profileIndex), or every profile.
    std::optional<int> targetProfile() const { return m_profile; }
    void setTargetProfile(std::optional<int> profile);
    /// True when at least one axis has a participant who answered all of its comparisons.
    bool hasGroupWeights();
    /// Applies each axis's AIJ weights to the active scenario (targetProfile()), one undo step.
    bool applyGroupWeights();

    /// Adds the room's evidence to a decision record: per axis the AIJ matrix's CR, the
    /// consensus and the participants' CRs; the votes when the record's partner is spotlighted.
    void fillEvidence(Id partnerId, DecisionRecord &record);

Q_SIGNALS:
    void openChanged(bool open);
    void targetProfileChanged();

private:
    void scheduleContext();
    void updateContext();

    Document *m_document;
    ScoringController *m_scoring;
    std::unique_ptr<voting::VotingSession> m_session;
    std::unique_ptr<voting::VotingServer> m_server;
    voting::ServerLimits m_limits;
    std::optional<int> m_profile;
    Id m_spotlight = 0;
    QTimer *m_contextTimer;
};

} // namespace ps
