// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voting/votingsession.h"

#include "core/scoring/ahpsuggestion.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ps::voting {

struct VotingSession::Participant {
    int id = 0;
    QString name;
    qint64 lastSequence = 0;
    std::vector<ahp::Matrix> matrices; ///< per group; 0 = not answered (diagonal 1)
    std::vector<std::optional<ahp::ParticipantAnalysis>> analysis;
    std::optional<Placement> vote;

    int answered(size_t group) const {
        int count = 0;
        const ahp::Matrix &m = matrices[group];
        for (size_t i = 0; i < m.size(); ++i)
            for (size_t j = i + 1; j < m.size(); ++j)
                count += m[i][j] > 0.0;
        return count;
    }
    bool complete(size_t group) const {
        const size_t n = matrices[group].size();
        return answered(group) == int(n * (n - 1) / 2);
    }
};

struct VotingSession::ScoringContext {
    CriteriaTable criteria;
    Scenario scenario;
    std::optional<int> profile;
};

namespace {

QByteArray tokenHash(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

constexpr int MaxNameLength = 40;

} // namespace

QList<CriteriaGroup> scoringGroups() {
    QList<CriteriaGroup> groups;
    for (Axis axis : {Axis::Potential, Axis::Readiness}) {
        CriteriaGroup g;
        g.key = axis == Axis::Potential ? QStringLiteral("potential") : QStringLiteral("readiness");
        g.label = label(axis);
        for (Criterion c : criteriaOf(axis))
            g.criteria.append({toKey(c), label(c)});
        groups.append(g);
    }
    return groups;
}

QString toKey(Placement p) {
    switch (p) {
    case Placement::Invest:
        return QStringLiteral("invest");
    case Placement::Develop:
        return QStringLiteral("develop");
    case Placement::Maintain:
        return QStringLiteral("maintain");
    case Placement::Exit:
        return QStringLiteral("exit");
    }
    return QString();
}

std::optional<Placement> placementFromKey(const QString &key) {
    for (int i = 0; i < PlacementCount; ++i)
        if (toKey(Placement(i)) == key)
            return Placement(i);
    return std::nullopt;
}

VotingSession::VotingSession(QList<CriteriaGroup> groups, QObject *parent)
    : QObject(parent)
    , m_groups(std::move(groups)) {
    qRegisterMetaType<ps::voting::Aggregate>();
    rotateJoinCode();
}

VotingSession::~VotingSession() = default;

void VotingSession::setScoringContext(CriteriaTable criteria, Scenario scenario,
                                      std::optional<int> profile) {
    m_scoring.reset(new ScoringContext{std::move(criteria), std::move(scenario), profile});
    scheduleRecompute();
}

QString VotingSession::codeAlphabet() {
    return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
}

void VotingSession::rotateJoinCode() {
    const QString alphabet = codeAlphabet();
    QString code;
    for (int i = 0; i < CodeLength; ++i)
        code += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    m_joinCode = code;
    emit joinCodeChanged(m_joinCode);
}

bool VotingSession::checkJoinCode(const QString &code) const {
    return code.trimmed().compare(m_joinCode, Qt::CaseInsensitive) == 0;
}

void VotingSession::setParticipantCap(int cap) {
    m_cap = std::max(1, cap);
}

VotingSession::JoinResult VotingSession::join(const QString &rawName, const QString &code) {
    JoinResult result;
    if (!checkJoinCode(code)) {
        result.status = JoinStatus::WrongCode;
        return result;
    }
    const QString name = rawName.simplified();
    const bool control = std::any_of(name.begin(), name.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (name.isEmpty() || name.size() > MaxNameLength || control) {
        result.status = JoinStatus::BadName;
        return result;
    }
    if (int(m_participants.size()) >= m_cap) {
        result.status = JoinStatus::Full;
        return result;
    }
    for (const Participant &p : m_participants)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            result.status = JoinStatus::NameTaken;
            return result;
        }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    result.token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Participant p;
    p.id = m_nextId++;
    p.name = name;
    for (const CriteriaGroup &g : m_groups) {
        const size_t n = size_t(g.criteria.size());
        ahp::Matrix m(n, std::vector<double>(n, 0.0));
        for (size_t i = 0; i < n; ++i)
            m[i][i] = 1.0;
        p.matrices.push_back(std::move(m));
        p.analysis.emplace_back();
    }
    m_tokens.insert(tokenHash(result.token), p.id);
    result.id = p.id;
    result.status = JoinStatus::Ok;
    m_participants.push_back(std::move(p));
    emit participantsChanged();
    return result;
}

int VotingSession::participantForToken(const QByteArray &token) const {
    if (token.isEmpty())
        return -1;
    return m_tokens.value(tokenHash(token), -1);
}

VotingSession::Participant *VotingSession::find(int id) {
    for (Participant &p : m_participants)
        if (p.id == id)
            return &p;
    return nullptr;
}

const VotingSession::Participant *VotingSession::find(int id) const {
    return const_cast<VotingSession *>(this)->find(id);
}

QList<ParticipantInfo> VotingSession::participants() const {
    QList<ParticipantInfo> list;
    for (const Participant &p : m_participants)
        list.append(*participant(p.id));
    return list;
}

std::optional<ParticipantInfo> VotingSession::participant(int id) const {
    const Participant *p = find(id);
    if (!p)
        return std::nullopt;
    ParticipantInfo info;
    info.id = p->id;
    info.name = p->name;
    for (size_t g = 0; g < p->matrices.size(); ++g)
        info.answered.push_back(p->answered(g));
    info.analysis = p->analysis;
    info.voted = p->vote.has_value();
    return info;
}

bool VotingSession::removeParticipant(int id) {
    const auto it = std::find_if(m_participants.begin(), m_participants.end(),
                                 [id](const Participant &p) { return p.id == id; });
    if (it == m_participants.end())
        return false;
    const bool hadVote = it->vote.has_value();
    m_participants.erase(it);
    for (auto t = m_tokens.begin(); t != m_tokens.end();)
        t = t.value() == id ? m_tokens.erase(t) : std::next(t);
    emit participantsChanged();
    if (hadVote)
        emit votesChanged();
    scheduleRecompute();
    return true;
}

qint64 VotingSession::lastSequence(int id) const {
    const Participant *p = find(id);
    return p ? p->lastSequence : 0;
}

VotingSession::SubmitStatus VotingSession::submitJudgments(int id, qint64 sequence,
                                                           const std::vector<Judgment> &list) {
    Participant *p = find(id);
    if (!p)
        return SubmitStatus::UnknownParticipant;
    if (sequence <= p->lastSequence)
        return SubmitStatus::Stale;
    for (const Judgment &j : list) {
        if (j.group < 0 || j.group >= m_groups.size())
            return SubmitStatus::Invalid;
        const int n = int(m_groups.at(j.group).criteria.size());
        if (j.a < 0 || j.b < 0 || j.a >= n || j.b >= n || j.a == j.b || !ahp::isSaatyValue(j.value))
            return SubmitStatus::Invalid;
    }
    p->lastSequence = sequence;
    for (const Judgment &j : list) {
        const double v = ahp::nearestSaaty(j.value); // exact scale value
        ahp::Matrix &m = p->matrices[size_t(j.group)];
        m[size_t(j.a)][size_t(j.b)] = v;
        m[size_t(j.b)][size_t(j.a)] = 1.0 / v;
    }
    analyse(*p);
    emit participantsChanged();
    scheduleRecompute();
    return SubmitStatus::Ok;
}

double VotingSession::judgment(int id, int group, int a, int b) const {
    const Participant *p = find(id);
    if (!p || group < 0 || size_t(group) >= p->matrices.size())
        return 0.0;
    const ahp::Matrix &m = p->matrices[size_t(group)];
    if (a < 0 || b < 0 || size_t(a) >= m.size() || size_t(b) >= m.size())
        return 0.0;
    return m[size_t(a)][size_t(b)];
}

void VotingSession::analyse(Participant &p) {
    for (size_t g = 0; g < p.matrices.size(); ++g) {
        p.analysis[g].reset();
        if (!p.complete(g))
            continue;
        if (const std::optional<ahp::Result> r = ahp::compute(p.matrices[g]))
            p.analysis[g] = ahp::ParticipantAnalysis{*r, ahp::suggest(p.matrices[g])};
    }
}

void VotingSession::setSpotlight(const QString &partnerName) {
    m_spotlight = partnerName;
    m_revealed = false;
    for (Participant &p : m_participants)
        p.vote.reset();
    emit spotlightChanged(m_spotlight);
    emit votesChanged();
}

VotingSession::SubmitStatus VotingSession::castVote(int id, qint64 sequence,
                                                    const QString &partnerName, Placement choice) {
    Participant *p = find(id);
    if (!p)
        return SubmitStatus::UnknownParticipant;
    if (sequence <= p->lastSequence)
        return SubmitStatus::Stale;
    if (m_spotlight.isEmpty())
        return SubmitStatus::NoSpotlight;
    if (partnerName != m_spotlight)
        return SubmitStatus::WrongPartner;
    if (m_revealed)
        return SubmitStatus::Closed;
    p->lastSequence = sequence;
    p->vote = choice;
    emit votesChanged();
    return SubmitStatus::Ok;
}

void VotingSession::revealVotes() {
    if (m_revealed || m_spotlight.isEmpty())
        return;
    m_revealed = true;
    emit votesChanged();
}

int VotingSession::voteCount() const {
    return int(std::count_if(m_participants.begin(), m_participants.end(),
                             [](const Participant &p) { return p.vote.has_value(); }));
}

std::array<int, PlacementCount> VotingSession::distribution() const {
    std::array<int, PlacementCount> counts{};
    if (!m_revealed)
        return counts;
    for (const Participant &p : m_participants)
        if (p.vote)
            ++counts[size_t(*p.vote)];
    return counts;
}

QList<QPair<QString, Placement>> VotingSession::votes() const {
    QList<QPair<QString, Placement>> list;
    for (const Participant &p : m_participants)
        if (p.vote)
            list.append({p.name, *p.vote});
    return list;
}

std::optional<Placement> VotingSession::vote(int id) const {
    const Participant *p = find(id);
    return p ? p->vote : std::nullopt;
}

void VotingSession::scheduleRecompute() {
    m_dirty = true;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (!m_dirty)
            return; // aggregate() already recomputed (and announced) it
        recompute();
    });
}

const Aggregate &VotingSession::aggregate() {
    if (m_dirty)
        recompute();
    return m_aggregate;
}

void VotingSession::recompute() {
    m_dirty = false;
    Aggregate out;
    out.participants = int(m_participants.size());
    AxisMatrices axes;
    for (size_t g = 0; g < size_t(m_groups.size()); ++g) {
        GroupAggregate group;
        std::vector<ahp::Matrix> complete;
        for (const Participant &p : m_participants)
            if (p.complete(g)) {
                complete.push_back(p.matrices[g]);
                group.names.push_back(p.name);
            }
        group.complete = int(complete.size());
        if (!complete.empty())
            group.result = ahp::aggregate(complete);
        if (g < axes.size())
            axes[g] = std::move(complete);
        out.groups.push_back(std::move(group));
    }
    if (m_scoring && m_groups.size() == 2)
        out.disagreements =
            rankDisagreements(m_scoring->criteria, m_scoring->scenario, m_scoring->profile, axes);
    m_aggregate = std::move(out);
    emit judgmentsChanged(m_aggregate);
}

} // namespace ps::voting
