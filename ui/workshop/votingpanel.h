// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QPushButton;

namespace ps {
class GroupWeightsView;
class PlacementVotesView;
class QrCodeWidget;
class WorkshopVoting;

/**
 * The voting screen of workshop mode, for the projector: how to join (a QR code, the short
 * address and the join code in large type), who has joined (a participant can be removed), the
 * room's weights per axis live (answers, AIJ with AIP beside it, consensus in plain words), the
 * comparisons the room disagrees on most, and the placement votes on the spotlighted partner.
 * Buttons: rotate the code, apply the group weights, close voting.
 *
 * Type and QR size follow the window's height, so the screen reads at 1920x1080 and fits at
 * 1280x720 without clipping.
 */
class VotingPanel : public QWidget {
    Q_OBJECT
public:
    VotingPanel(WorkshopVoting *voting, QWidget *parent = nullptr);

    /// Reads the session now (updates are otherwise coalesced to one per event-loop pass).
    void refresh();

    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *addressLabel() const { return m_address; }
    QLabel *codeLabel() const { return m_code; }
    /// Who joined: name, then comparisons answered per axis and whether they voted.
    QTableWidget *participantList() const { return m_participants; }
    QLabel *participantCount() const { return m_count; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *closeButton() const { return m_close; }
    QComboBox *profileCombo() const { return m_profile; }
    GroupWeightsView *weightsView(int axis) const { return axis == 0 ? m_potential : m_readiness; }
    QLabel *disagreementsLabel() const { return m_disagreements; }
    PlacementVotesView *placementVotes() const { return m_votes; }
    /// How many times the panel re-read the session (for tests and the benchmark).
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    /// The panel shows the session as it is now (after each coalesced refresh).
    void refreshed();
    void applyRequested();
    void closeRequested();
    void revealRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createJoinColumn();
    QWidget *createActions();
    void scheduleRefresh();
    void connectSession();
    void applySizes();
    void refreshJoin();
    void refreshParticipants();
    void refreshWeights();
    void refreshDisagreements();
    void refreshVotes();

    WorkshopVoting *m_voting;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_participants = nullptr;
    GroupWeightsView *m_potential = nullptr;
    GroupWeightsView *m_readiness = nullptr;
    QLabel *m_disagreementsTitle = nullptr;
    QLabel *m_disagreements = nullptr;
    PlacementVotesView *m_votes = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QWidget *m_joinColumn = nullptr;
    bool m_pending = false;
    bool m_compact = false;
    int m_refreshes = 0;
};

} // namespace ps
