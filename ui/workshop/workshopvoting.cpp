// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshopvoting.h"

#include "core/scoring/groupdisagreement.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/undo/edits_scenario.h"

#include <QTimer>

namespace ps {

WorkshopVoting::WorkshopVoting(Document *document, ScoringController *scoring, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scoring(scoring)
    , m_contextTimer(new QTimer(this)) {
    // Ranking the disagreements re-scores the portfolio many times: not while a slider moves,
    // and once for a burst of edits.
    m_contextTimer->setSingleShot(true);
    m_contextTimer->setInterval(300);
    connect(m_contextTimer, &QTimer::timeout, this, &WorkshopVoting::updateContext);
    connect(m_scoring, &ScoringController::scoresChanged, this, &WorkshopVoting::scheduleContext);
}

WorkshopVoting::~WorkshopVoting() {
    // No signal from a destructor: its receivers may be half destroyed with the workshop.
    if (m_server)
        m_server->stop();
}

bool WorkshopVoting::open(const QHostAddress &address, quint16 port, QString *error) {
    close();
    auto session = std::make_unique<voting::VotingSession>(voting::scoringGroups());
    auto server = std::make_unique<voting::VotingServer>(session.get());
    server->setLimits(m_limits);
    if (!server->start(address, port, error))
        return false;
    m_session = std::move(session);
    m_server = std::move(server);
    updateContext();
    setSpotlight(m_spotlight);
    Q_EMIT openChanged(true);
    return true;
}

void WorkshopVoting::close() {
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    m_session.reset();
    Q_EMIT openChanged(false);
}

bool WorkshopVoting::isOpen() const {
    return m_server && m_server->isRunning();
}

void WorkshopVoting::setSpotlight(Id partnerId) {
    m_spotlight = partnerId;
    if (!m_session)
        return;
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    const QString name = p ? p->name : QString();
    if (name != m_session->spotlight())
        m_session->setSpotlight(name);
}

void WorkshopVoting::revealVotes() {
    if (m_session)
        m_session->revealVotes();
}

void WorkshopVoting::setTargetProfile(std::optional<int> profile) {
    if (profile == m_profile)
        return;
    m_profile = profile;
    updateContext();
    Q_EMIT targetProfileChanged();
}

void WorkshopVoting::scheduleContext() {
    if (m_session && !m_scoring->isPreviewing())
        m_contextTimer->start();
}

void WorkshopVoting::updateContext() {
    const Scenario *active = m_document->portfolio()->activeScenario();
    if (!m_session || !active)
        return;
    m_session->setScoringContext(m_scoring->criteria(), *active, m_profile);
}

bool WorkshopVoting::hasGroupWeights() {
    if (!m_session)
        return false;
    for (const voting::GroupAggregate &g : m_session->aggregate().groups)
        if (g.result)
            return true;
    return false;
}

bool WorkshopVoting::applyGroupWeights() {
    const Scenario *active = m_document->portfolio()->activeScenario();
    if (!m_session || !active)
        return false;
    const voting::Aggregate &aggregate = m_session->aggregate();
    Scenario after = *active;
    int counted = 0;
    for (size_t g = 0; g < aggregate.groups.size() && g < 2; ++g) {
        const voting::GroupAggregate &group = aggregate.groups[g];
        if (!group.result)
            continue;
        applyAxisWeights(after, Axis(g), group.result->aij.weights, m_profile);
        counted = std::max(counted, group.complete);
    }
    if (counted == 0)
        return false;
    return edit::setScenario(
        *m_document, after, edit::ScenarioEdit::Weights, edit::Merge::Separate,
        tr("Apply the room's weights (%n participants) to %1", nullptr, counted).arg(active->name));
}

void WorkshopVoting::fillEvidence(Id partnerId, DecisionRecord &record) {
    if (!m_session)
        return;
    const voting::Aggregate &aggregate = m_session->aggregate();
    for (size_t g = 0; g < aggregate.groups.size() && g < 2; ++g) {
        const voting::GroupAggregate &group = aggregate.groups[g];
        if (!group.result)
            continue;
        const Axis axis = Axis(g);
        (axis == Axis::Potential ? record.potentialCr : record.readinessCr) = group.result->aij.cr;
        (axis == Axis::Potential ? record.potentialConsensus : record.readinessConsensus) =
            group.result->consensus;
        for (size_t i = 0; i < group.result->participants.size() && i < group.names.size(); ++i)
            record.participantCrs.push_back(
                {axis, group.names[i], group.result->participants[i].result.cr});
    }
    const Partner *p = m_document->portfolio()->find<Partner>(partnerId);
    if (!p || p->name != m_session->spotlight())
        return;
    for (const auto &[name, placement] : m_session->votes())
        record.votes.push_back({name, Decision(int(placement) + 1)});
}

} // namespace ps
