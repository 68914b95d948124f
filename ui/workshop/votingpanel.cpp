// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/votingpanel.h"

#include "core/scoring/ahpsuggestion.h"
#include "ui/matrix/weightspanel.h"
#include "ui/theme/projectortheme.h"
#include "ui/workshop/groupweightsview.h"
#include "ui/workshop/qrcodewidget.h"
#include "ui/workshop/votebars.h"
#include "ui/workshop/workshopvoting.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

/// The panel height below which it uses its compact sizes (a 1280x720 projector leaves it about
/// 600 pixels; 1920x1080 about 960).
constexpr int CompactBelow = 800;

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setProperty("heading", true);
    return label;
}

QPushButton *button(const QString &text, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    // Keys belong to the workshop (N, P, R, ...); buttons are for the mouse.
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

} // namespace

VotingPanel::VotingPanel(WorkshopVoting *voting, QWidget *parent)
    : QWidget(parent)
    , m_voting(voting) {
    setObjectName(QStringLiteral("votingPanel"));
    // The workshop's pages share one stack, whose minimum is the largest of theirs: this page
    // adapts to the room it gets instead of making the window taller than a small projector.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_potential = new GroupWeightsView(Axis::Potential, this);
    m_readiness = new GroupWeightsView(Axis::Readiness, this);
    m_disagreementsTitle = heading(tr("Where the room disagrees"), this);
    m_disagreements = new QLabel(this);
    m_disagreements->setWordWrap(true);
    m_disagreements->setTextFormat(Qt::RichText);
    m_disagreements->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_votes = new PlacementVotesView(this);
    connect(m_votes, &PlacementVotesView::revealRequested, this, &VotingPanel::revealRequested);

    auto *disagreements = new QWidget(this);
    auto *disagreementsLayout = new QVBoxLayout(disagreements);
    disagreementsLayout->setContentsMargins(0, 0, 0, 0);
    disagreementsLayout->addWidget(m_disagreementsTitle);
    disagreementsLayout->addWidget(m_disagreements, 1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(40, 8, 40, 12);
    grid->setHorizontalSpacing(48);
    grid->setVerticalSpacing(16);
    // The two axes one above the other, the disagreements and the placement votes beside them:
    // criterion names and percentages need the width, a 1280x720 projector has little height.
    grid->addWidget(createJoinColumn(), 0, 0, 3, 1);
    grid->addWidget(m_potential, 0, 1);
    grid->addWidget(m_readiness, 1, 1);
    grid->addWidget(disagreements, 0, 2);
    grid->addWidget(m_votes, 1, 2);
    grid->addWidget(createActions(), 2, 1, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    connect(m_voting, &WorkshopVoting::openChanged, this, [this](bool open) {
        if (open)
            connectSession();
        scheduleRefresh();
    });
    if (m_voting->isOpen())
        connectSession();
    applySizes();
    refresh();
}

QWidget *VotingPanel::createJoinColumn() {
    m_joinColumn = new QWidget(this);
    m_qr = new QrCodeWidget(m_joinColumn);
    m_address = new QLabel(m_joinColumn);
    m_address->setObjectName(QStringLiteral("votingAddress"));
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAccessibleName(tr("Address of the voting page"));
    auto *codeHeading = heading(tr("Join code"), m_joinColumn);
    codeHeading->setAlignment(Qt::AlignCenter);
    m_code = new QLabel(m_joinColumn);
    m_code->setObjectName(QStringLiteral("votingCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("Join code"));
    m_rotate = button(tr("Rotate code"), m_joinColumn);
    m_rotate->setToolTip(tr("A new join code; who has joined stays in"));
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (m_voting->session())
            m_voting->session()->rotateJoinCode();
    });
    m_count = heading(QString(), m_joinColumn);
    m_remove = button(tr("Remove"), m_joinColumn);
    m_remove->setEnabled(false);
    // Name and progress in two columns: a long name is cut, the progress always shows.
    m_participants = new QTableWidget(0, 2, m_joinColumn);
    m_participants->setAccessibleName(tr("Participants who joined"));
    m_participants->setFocusPolicy(Qt::ClickFocus);
    m_participants->horizontalHeader()->hide();
    m_participants->verticalHeader()->hide();
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_participants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_participants->setShowGrid(false);
    m_participants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->setWordWrap(false);
    m_participants->setTextElideMode(Qt::ElideRight);
    connect(m_participants, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_participants->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_participants->selectedItems();
        if (m_voting->session() && !selected.isEmpty())
            m_voting->session()->removeParticipant(selected.first()->data(Qt::UserRole).toInt());
    });
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(m_joinColumn);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_address);
    layout->addWidget(codeHeading);
    layout->addWidget(m_code);
    layout->addWidget(m_rotate);
    layout->addSpacing(8);
    layout->addLayout(countRow);
    layout->addWidget(m_participants, 1);
    return m_joinColumn;
}

QWidget *VotingPanel::createActions() {
    auto *bar = new QWidget(this);
    m_profile = new QComboBox(bar);
    m_profile->setFocusPolicy(Qt::NoFocus);
    m_profile->setAccessibleName(tr("Weight profile the group weights go to"));
    // Long profile names are cut in the closed box rather than widening the screen.
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(16);
    m_profile->addItem(tr("every partner model"));
    for (int i = 0; i < ProfileCount; ++i)
        m_profile->addItem(profileLabel(i), i);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_voting->setTargetProfile(
            index <= 0 ? std::nullopt : std::optional<int>(m_profile->itemData(index).toInt()));
    });
    m_apply = button(tr("Apply group weights (G)"), bar);
    m_apply->setToolTip(tr("Sets the room's weights (AIJ) in the active scenario, one undo step"));
    connect(m_apply, &QPushButton::clicked, this, &VotingPanel::applyRequested);
    m_close = button(tr("Close voting"), bar);
    m_close->setToolTip(tr("Stops the voting server; participants and their answers are gone"));
    connect(m_close, &QPushButton::clicked, this, &VotingPanel::closeRequested);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_apply);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_profile);
    layout->addStretch(1);
    layout->addWidget(m_close);
    return bar;
}

void VotingPanel::connectSession() {
    voting::VotingSession *session = m_voting->session();
    if (!session)
        return;
    const auto schedule = [this] { scheduleRefresh(); };
    connect(session, &voting::VotingSession::participantsChanged, this, schedule);
    connect(session, &voting::VotingSession::joinCodeChanged, this, schedule);
    connect(session, &voting::VotingSession::judgmentsChanged, this, schedule);
    connect(session, &voting::VotingSession::spotlightChanged, this, schedule);
    connect(session, &voting::VotingSession::votesChanged, this, schedule);
}

void VotingPanel::scheduleRefresh() {
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &VotingPanel::refresh);
}

void VotingPanel::refresh() {
    m_pending = false;
    ++m_refreshes;
    refreshJoin();
    refreshParticipants();
    refreshWeights();
    refreshDisagreements();
    refreshVotes();
    Q_EMIT refreshed();
}

void VotingPanel::refreshJoin() {
    voting::VotingServer *server = m_voting->server();
    if (!m_voting->isOpen() || !server) {
        m_qr->setText(QByteArray());
        m_address->setText(tr("Voting is closed"));
        m_code->clear();
        m_rotate->setEnabled(false);
        return;
    }
    const QByteArray url = server->joinUrl().toEncoded();
    if (url != m_qr->text())
        m_qr->setText(url);
    m_address->setText(
        QStringLiteral("%1:%2").arg(server->address().toString()).arg(server->port()));
    m_code->setText(m_voting->session()->joinCode());
    m_rotate->setEnabled(true);
}

void VotingPanel::refreshParticipants() {
    voting::VotingSession *session = m_voting->session();
    const QList<voting::ParticipantInfo> people =
        session ? session->participants() : QList<voting::ParticipantInfo>();
    const QList<QTableWidgetItem *> selected = m_participants->selectedItems();
    const int selectedId = selected.isEmpty() ? -1 : selected.first()->data(Qt::UserRole).toInt();
    m_participants->clearSelection();
    m_participants->setRowCount(int(people.size()));
    for (int row = 0; row < int(people.size()); ++row) {
        const voting::ParticipantInfo &p = people[row];
        // Progress per axis: comparisons answered of six.
        QStringList progress;
        for (int answered : p.answered)
            progress << tr("%1/6").arg(answered);
        QString text = progress.join(QStringLiteral(" · "));
        if (p.voted)
            text += tr(" ✓", "has voted on the spotlighted partner");
        auto *name = new QTableWidgetItem(p.name);
        auto *state = new QTableWidgetItem(text);
        for (QTableWidgetItem *item : {name, state})
            item->setData(Qt::UserRole, p.id);
        m_participants->setItem(row, 0, name);
        m_participants->setItem(row, 1, state);
        if (p.id == selectedId)
            m_participants->selectRow(row);
    }
    m_count->setText(tr("%n joined", nullptr, int(people.size())));
    m_count->setToolTip(tr("Comparisons answered per axis, of six; ✓ has voted"));
    m_remove->setEnabled(!m_participants->selectedItems().isEmpty());
}

void VotingPanel::refreshWeights() {
    voting::VotingSession *session = m_voting->session();
    if (!session) {
        m_potential->setAggregate({}, 0, 0);
        m_readiness->setAggregate({}, 0, 0);
        m_apply->setEnabled(false);
        return;
    }
    const voting::Aggregate &aggregate = session->aggregate();
    const QList<voting::ParticipantInfo> people = session->participants();
    bool any = false;
    for (int g = 0; g < 2 && g < int(aggregate.groups.size()); ++g) {
        const voting::GroupAggregate &group = aggregate.groups[size_t(g)];
        int inProgress = 0;
        for (const voting::ParticipantInfo &p : people)
            inProgress += p.answered.size() > size_t(g) && p.answered[size_t(g)] > 0 &&
                          p.answered[size_t(g)] < 6;
        weightsView(g)->setAggregate(group, int(people.size()), inProgress);
        any = any || group.result.has_value();
    }
    m_apply->setEnabled(any);
}

void VotingPanel::refreshDisagreements() {
    voting::VotingSession *session = m_voting->session();
    const std::vector<Disagreement> none;
    const std::vector<Disagreement> &list = session ? session->aggregate().disagreements : none;
    QStringList items;
    for (const Disagreement &d : list) {
        if (d.spread <= 0.0)
            continue;
        const auto &criteria = criteriaOf(d.axis);
        const QString pair =
            tr("%1 vs %2")
                .arg(label(criteria[size_t(d.row)]), label(criteria[size_t(d.column)]))
                .toHtmlEscaped();
        const QString range = tr("judged %1 to %2")
                                  .arg(ahp::saatyText(ahp::nearestSaaty(d.low)),
                                       ahp::saatyText(ahp::nearestSaaty(d.high)));
        const QString moved = tr("moves %n partner(s)", nullptr, d.partnersMoved);
        items << QStringLiteral("<p style=\"margin:0 0 6px 0\"><b>%1</b><br>%2, %3</p>")
                     .arg(pair, range.toHtmlEscaped(), moved.toHtmlEscaped());
        // Three on a large screen; two fit beside the weights on a small one.
        if (items.size() == (m_compact ? 2 : 3))
            break;
    }
    if (items.isEmpty())
        items << tr("Nothing yet: the room has not given different answers to any comparison.")
                     .toHtmlEscaped();
    m_disagreements->setText(items.join(QString()));
}

void VotingPanel::refreshVotes() {
    voting::VotingSession *session = m_voting->session();
    if (!session) {
        m_votes->setState(QString(), 0, 0, false, {});
        return;
    }
    const std::array<int, voting::PlacementCount> counts = session->distribution();
    m_votes->setState(session->spotlight(), session->voteCount(),
                      int(session->participants().size()), session->votesRevealed(),
                      {counts[0], counts[1], counts[2], counts[3]});
}

void VotingPanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    const bool compact = height() < CompactBelow;
    if (compact != m_compact) {
        m_compact = compact;
        applySizes();
    }
}

void VotingPanel::applySizes() {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    const int body = m_compact ? 20 : 28;
    const int address = m_compact ? 24 : 32;
    const int code = m_compact ? 38 : 60;
    // Types named as the workshop's own style sheet names them, so these sizes win.
    setStyleSheet(QStringLiteral("QWidget, QLabel, QPushButton, QComboBox, QTableWidget"
                                 " { font-size: %1px; }"
                                 "QLabel[heading=\"true\"] { font-weight: bold; }"
                                 "QLabel#votingAddress { font-size: %2px; font-weight: bold; }"
                                 "QLabel#votingCode { font-size: %3px; font-weight: bold;"
                                 " letter-spacing: 4px; }"
                                 "QPushButton { padding: 4px 14px; }"
                                 "QTableWidget { border: 2px solid %4; }")
                      .arg(body)
                      .arg(address)
                      .arg(code)
                      .arg(t.mutedText.name()));
    // The QR code: as large as the column allows, a whole number of pixels per module.
    const int qr = m_compact ? 230 : 420;
    m_qr->setFixedSize(qr, qr);
    m_joinColumn->setFixedWidth(m_compact ? 250 : 470);
    if (auto *grid = qobject_cast<QGridLayout *>(layout())) {
        grid->setHorizontalSpacing(m_compact ? 32 : 48);
        grid->setVerticalSpacing(m_compact ? 10 : 16);
    }
    m_potential->setTextPixelSize(body);
    m_readiness->setTextPixelSize(body);
    refreshDisagreements();
}

} // namespace ps
