// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/groupahp.h"
#include "core/scoring/groupdisagreement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

/// Workshop voting: participants' pairwise judgments and placement votes, aggregated live.
namespace ps::voting {

struct CriterionInfo {
    QString key;   ///< stable key the API uses, e.g. "market_reach"
    QString label; ///< what the page shows
};

/// A set of criteria compared pairwise among themselves (one AHP matrix per participant).
struct CriteriaGroup {
    QString key; ///< "potential", "readiness"
    QString label;
    QList<CriterionInfo> criteria;
};

/// The scoring model's two groups: the four potential and the four readiness criteria, in
/// criteriaOf() order, so that group g's weights apply to Axis(g).
QList<CriteriaGroup> scoringGroups();

/// A placement vote on the spotlighted partner.
enum class Placement { Invest, Develop, Maintain, Exit };
constexpr int PlacementCount = 4;
QString toKey(Placement p); ///< invest, develop, maintain, exit
std::optional<Placement> placementFromKey(const QString &key);

/// One judgment: how much more important criterion `a` is than `b` (a Saaty scale value).
struct Judgment {
    int group = 0;
    int a = 0; ///< criterion index in the group
    int b = 1;
    double value = 1.0;
};

/// What the facilitator sees of one participant.
struct ParticipantInfo {
    int id = 0;
    QString name;
    std::vector<int> answered; ///< judgments given, per group
    /// Per group: the participant's own analysis once every pair of the group is answered.
    std::vector<std::optional<ahp::ParticipantAnalysis>> analysis;
    bool voted = false;
};

/// Per group, the room's aggregate over the participants who answered every pair of it.
struct GroupAggregate {
    int complete = 0;                       ///< participants counted
    std::optional<ahp::GroupResult> result; ///< AIJ, AIP, consensus, per-participant CRs
    std::vector<QString> names;             ///< participants in result->participants' order
};

struct Aggregate {
    std::vector<GroupAggregate> groups; ///< in the session's group order
    /// Comparisons ranked by partners that change quadrant (scoring groups with a scoring
    /// context only; see setScoringContext()).
    std::vector<Disagreement> disagreements;
    int participants = 0;
};

/**
 * The state of one voting session: the criteria, the join code, the participants with their
 * tokens, judgments and votes, the spotlighted partner, and the live aggregate. It knows nothing
 * of HTTP (VotingServer speaks for it) and nothing of the portfolio beyond what
 * setScoringContext() hands it. The GUI subscribes to the signals.
 *
 * Every submission carries a sequence number that must grow per participant: a replayed or
 * reordered request is refused as stale and changes nothing. Judgments replace earlier
 * answers to the same pair.
 */
class VotingSession : public QObject {
    Q_OBJECT
public:
    explicit VotingSession(QList<CriteriaGroup> groups, QObject *parent = nullptr);
    ~VotingSession() override;

    const QList<CriteriaGroup> &groups() const { return m_groups; }

    /// Enables the disagreement ranking: the portfolio's criteria, the scenario the group
    /// weights would go to, and the profile (std::nullopt: every profile). Only for
    /// scoringGroups().
    void setScoringContext(CriteriaTable criteria, Scenario scenario, std::optional<int> profile);

    // Join code and participants.
    QString joinCode() const { return m_joinCode; }
    /// A new random code of CodeLength characters from an unambiguous alphabet; participants
    /// who joined keep their tokens.
    void rotateJoinCode();
    static constexpr int CodeLength = 6;
    static QString codeAlphabet(); ///< no 0/O, 1/I/L
    bool checkJoinCode(const QString &code) const;

    int participantCap() const { return m_cap; }
    void setParticipantCap(int cap);

    enum class JoinStatus { Ok, WrongCode, Full, BadName, NameTaken };
    struct JoinResult {
        JoinStatus status = JoinStatus::WrongCode;
        int id = -1;
        QByteArray token; ///< 256 random bits, base64url; shown to the participant once
    };
    /// Names: 1-40 characters after trimming, no control characters, unique ignoring case.
    JoinResult join(const QString &name, const QString &code);
    /// The participant holding `token`, or -1.
    int participantForToken(const QByteArray &token) const;
    QList<ParticipantInfo> participants() const;
    std::optional<ParticipantInfo> participant(int id) const;
    bool removeParticipant(int id);
    qint64 lastSequence(int id) const;

    enum class SubmitStatus {
        Ok,
        Stale,
        Invalid,
        UnknownParticipant,
        NoSpotlight,
        WrongPartner,
        Closed
    };
    /// Validates every judgment (known group and criteria, a != b, Saaty values only) before
    /// storing any; all or nothing.
    SubmitStatus submitJudgments(int id, qint64 sequence, const std::vector<Judgment> &judgments);
    /// The participant's answer to (group, a, b), 0 when not given. value(a,b) = 1/value(b,a).
    double judgment(int id, int group, int a, int b) const;

    // Placement votes on the spotlighted partner.
    QString spotlight() const { return m_spotlight; }
    /// Starts a new vote on `partnerName` (empty: none); earlier votes are discarded.
    void setSpotlight(const QString &partnerName);
    SubmitStatus castVote(int id, qint64 sequence, const QString &partnerName, Placement choice);
    bool votesRevealed() const { return m_revealed; }
    void revealVotes();
    int voteCount() const;
    /// Votes per placement (index = int(Placement)); zeros until revealed.
    std::array<int, PlacementCount> distribution() const;
    /// Every vote with the voter's name, for the decision log (revealed or not).
    QList<QPair<QString, Placement>> votes() const;
    std::optional<Placement> vote(int id) const;

    /// The aggregate, recomputed if a judgment changed since the last computation.
    const Aggregate &aggregate();

signals:
    void participantsChanged();
    void joinCodeChanged(const QString &code);
    /// After judgments changed: the recomputed aggregate (coalesced: one emission per batch of
    /// submissions handled in one event-loop pass).
    void judgmentsChanged(const ps::voting::Aggregate &aggregate);
    void spotlightChanged(const QString &partnerName);
    void votesChanged();

private:
    struct Participant;
    Participant *find(int id);
    const Participant *find(int id) const;
    void scheduleRecompute();
    void recompute();
    void analyse(Participant &p);

    QList<CriteriaGroup> m_groups;
    QString m_joinCode;
    int m_cap = 60;
    int m_nextId = 1;
    std::vector<Participant> m_participants;
    QHash<QByteArray, int> m_tokens; ///< SHA-256 of the token -> participant id
    QString m_spotlight;
    bool m_revealed = false;
    struct ScoringContext;
    std::unique_ptr<ScoringContext> m_scoring;
    Aggregate m_aggregate;
    bool m_dirty = true;
    bool m_scheduled = false;
};

} // namespace ps::voting

Q_DECLARE_METATYPE(ps::voting::Aggregate)
