// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop mode's voting: opening and closing the server, the voting screen, the placement-vote
// strip under the matrix, and their keys.
#include "ui/workshop/workshopwindow.h"

#include "ui/document/scoringcontroller.h"
#include "ui/workshop/interfacedialog.h"
#include "ui/workshop/votebars.h"
#include "ui/workshop/votingpanel.h"
#include "ui/workshop/workshopdecisions.h"
#include "ui/workshop/workshopvoting.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>

namespace ps {

void WorkshopWindow::setupVoting() {
    m_voting = new WorkshopVoting(m_document, m_scoring, this);
    m_addressPrompt = [](QWidget *parent) { return InterfaceDialog::ask(parent); };
    m_decisions->setRoomEvidence([this](Id partnerId, DecisionRecord &record) {
        m_voting->fillEvidence(partnerId, record);
    });
    m_votingPanel = new VotingPanel(m_voting, this);
    m_steps->addWidget(m_votingPanel);
    // A stack is as large as its largest page: without this, one wide step (the matrix with its
    // sliders) made the window wider than a 1280x720 projector, and every step, the voting
    // screen too, lost its right edge. Each page now gets the screen and fits itself in it.
    for (int i = 0; i < m_steps->count(); ++i)
        m_steps->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(m_votingPanel, &VotingPanel::applyRequested, this, [this] {
        if (m_voting->applyGroupWeights())
            showMessage(tr("The room's weights are in scenario %1 (Ctrl+Z takes them back).")
                            .arg(m_scoring->scenario().name));
    });
    connect(m_votingPanel, &VotingPanel::closeRequested, this, &WorkshopWindow::closeVoting);
    connect(m_votingPanel, &VotingPanel::revealRequested, m_voting, &WorkshopVoting::revealVotes);
    connect(this, &WorkshopWindow::spotlightChanged, m_voting, &WorkshopVoting::setSpotlight);
    connect(m_voting, &WorkshopVoting::openChanged, this, [this](bool open) {
        if (open) {
            voting::VotingSession *session = m_voting->session();
            connect(session, &voting::VotingSession::votesChanged, this,
                    &WorkshopWindow::updateVoteStrip);
            connect(session, &voting::VotingSession::spotlightChanged, this,
                    &WorkshopWindow::updateVoteStrip);
            connect(session, &voting::VotingSession::participantsChanged, this,
                    &WorkshopWindow::updateVoteStrip);
        }
        updateVoteStrip();
        updateHeader();
    });
}

bool WorkshopWindow::openVoting() {
    if (m_voting->isOpen()) {
        showVoting(true);
        return true;
    }
    const QHostAddress address = m_addressPrompt ? m_addressPrompt(this) : QHostAddress();
    setFocus();
    if (address.isNull())
        return false;
    return openVoting(address);
}

bool WorkshopWindow::openVoting(const QHostAddress &address, quint16 port) {
    QString error;
    if (!m_voting->open(address, port, &error)) {
        showMessage(error);
        return false;
    }
    m_voting->setSpotlight(m_spotlight);
    showVoting(true);
    showMessage(tr("Voting is open on %1.").arg(address.toString()));
    return true;
}

void WorkshopWindow::closeVoting() {
    if (!m_voting->isOpen())
        return;
    m_voting->close();
    showVoting(false);
    showMessage(tr("Voting is closed; the server has stopped."));
}

bool WorkshopWindow::isVotingShown() const {
    return m_steps->currentWidget() == m_votingPanel;
}

void WorkshopWindow::showVoting(bool shown) {
    if (shown && !m_voting->isOpen())
        shown = false;
    if (shown) {
        m_votingPanel->refresh();
        m_steps->setCurrentWidget(m_votingPanel);
        // The screen needs every line at 720p; its join column says what to do (updateHeader()
        // hides the subtitle and the spotlight line).
    } else {
        m_steps->setCurrentIndex(m_step);
    }
    updateHeader();
}

bool WorkshopWindow::handleVotingKey(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_O:
        if (event->modifiers() & Qt::ShiftModifier)
            closeVoting();
        else
            openVoting();
        return true;
    case Qt::Key_V:
        if (!m_voting->isOpen())
            showMessage(tr("Press O to open voting."));
        else
            showVoting(!isVotingShown());
        return true;
    case Qt::Key_R:
        if (!m_voting->isOpen())
            showMessage(tr("Press O to open voting."));
        else if (m_spotlight == 0)
            showMessage(tr("Spotlight a partner first (N, P or /)."));
        else
            m_voting->revealVotes();
        return true;
    case Qt::Key_G:
        if (!m_voting->isOpen())
            showMessage(tr("Press O to open voting."));
        else if (!m_voting->applyGroupWeights())
            showMessage(tr("No group weights yet: nobody has answered every comparison."));
        else
            showMessage(tr("The room's weights are in scenario %1 (Ctrl+Z takes them back).")
                            .arg(m_scoring->scenario().name));
        return true;
    default:
        return false;
    }
}

void WorkshopWindow::updateVoteStrip() {
    voting::VotingSession *session = m_voting->session();
    const bool shown = m_voting->isOpen() && session;
    m_matrixVotes->setVisible(shown);
    if (!shown)
        return;
    const std::array<int, voting::PlacementCount> counts = session->distribution();
    m_matrixVotes->setState(session->spotlight(), session->voteCount(),
                            int(session->participants().size()), session->votesRevealed(),
                            {counts[0], counts[1], counts[2], counts[3]});
}

QString WorkshopWindow::votingHints() const {
    if (!m_voting || !m_voting->isOpen())
        return tr("O voting");
    // The steps' footer is full already: the voting screen lists the rest.
    if (!isVotingShown())
        return tr("V voting · R reveal");
    return tr("V back to the step · R reveal votes · G apply weights · Shift+O close voting");
}

} // namespace ps
