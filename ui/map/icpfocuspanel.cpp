// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/icpfocuspanel.h"

#include "core/analytics/coverage.h"
#include "ui/document/document.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/undo/edits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

/// Smallest type of the panel on the desktop and on the projector (issue 14).
constexpr double MinimumPointSize = 9.0;
constexpr double ProjectorPointSize = 18.0;

QTableWidgetItem *cell(const QString &text, bool number = false) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

} // namespace

IcpFocusPanel::IcpFocusPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_refresh(new LazyRefresh(
          this, [this] { refreshNow(); }, 0))
    , m_combo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_partnersTitle(new QLabel(tr("Linked partners, strongest first:"), this))
    , m_partners(table(this, {tr("Partner"), tr("Role"), tr("Strength")}, tr("Linked partners")))
    , m_candidatesTitle(new QLabel(this))
    , m_candidates(table(this, {tr("Partner"), tr("Score"), tr("Why"), QString()},
                         tr("Candidates to close the gap"))) {
    setObjectName(QStringLiteral("icpFocusPanel"));
    m_combo->setObjectName(QStringLiteral("focusIcpCombo"));
    m_combo->setAccessibleName(tr("Focus on ICP"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    auto *comboLabel = new QLabel(tr("Focus o&n ICP:"), this);
    comboLabel->setBuddy(m_combo);
    auto *top = new QHBoxLayout;
    top->addWidget(comboLabel);
    top->addWidget(m_combo, 1);
    m_summary->setObjectName(QStringLiteral("focusSummary"));
    m_summary->setWordWrap(true);
    m_partners->setObjectName(QStringLiteral("focusPartners"));
    m_partners->horizontalHeader()->setSectionResizeMode(PartnerName, QHeaderView::Stretch);
    m_candidatesTitle->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("focusCandidates"));
    // Names and reasons share the width and wrap; rows grow to show every line of a reason.
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateName, QHeaderView::Stretch);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateReason, QHeaderView::Stretch);
    m_candidates->horizontalHeader()->setStretchLastSection(false);
    m_candidates->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partners->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->setToolTip(tr("Partners whose industries and regions fit this ICP and that "
                                "reach it weakly or not at all, best first"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_partnersTitle);
    layout->addWidget(m_partners, 2);
    layout->addWidget(m_candidatesTitle);
    layout->addWidget(m_candidates, 3);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const Id id = m_combo->itemData(index).value<Id>();
        setIcp(id);
        Q_EMIT icpChosen(id);
    });
    // Enter on a candidate row adds its link, like its button.
    connect(m_candidates, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { addCandidateLink(index.row()); });
    Portfolio *portfolio = document->portfolio();
    const auto changed = [this](EntityKind kind) {
        if (kind == EntityKind::Deal || kind == EntityKind::Link || kind == EntityKind::Icp ||
            kind == EntityKind::Partner)
            m_refresh->request();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, changed);
    connect(portfolio, &Portfolio::rowsRemoved, this, changed);
    connect(portfolio, &Portfolio::entityChanged, this, changed);
    connect(portfolio, &Portfolio::reset, this, [this] {
        m_icpId = 0;
        m_refresh->request();
    });
    applyFonts();
    refreshNow();
}

void IcpFocusPanel::setIcp(Id icpId) {
    m_icpId = icpId;
    refreshNow();
}

void IcpFocusPanel::setTheme(Theme theme) {
    m_theme = theme;
    applyFonts();
    refreshNow();
}

void IcpFocusPanel::applyFonts() {
    QFont f = font();
    if (m_theme == Theme::Projector)
        f.setPointSizeF(ProjectorPointSize);
    else if (f.pointSizeF() > 0 && f.pointSizeF() < MinimumPointSize)
        f.setPointSizeF(MinimumPointSize);
    else if (f.pointSizeF() <= 0 && f.pixelSize() < 12)
        f.setPointSizeF(MinimumPointSize);
    setFont(f);
    QFont bold = f;
    bold.setBold(true);
    m_partnersTitle->setFont(bold);
    m_candidatesTitle->setFont(bold);
}

void IcpFocusPanel::rebuildCombo() {
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(choose an ICP)"), QVariant::fromValue<Id>(0));
    for (const Icp &icp : m_document->portfolio()->icps())
        m_combo->addItem(icp.name, QVariant::fromValue<Id>(icp.id));
    const int index = m_combo->findData(QVariant::fromValue<Id>(m_icpId));
    m_combo->setCurrentIndex(std::max(0, index));
}

void IcpFocusPanel::refreshNow() {
    m_refresh->cancel();
    const Portfolio &portfolio = *m_document->portfolio();
    const Icp *icp = m_icpId ? portfolio.find<Icp>(m_icpId) : nullptr;
    if (!icp)
        m_icpId = 0;
    rebuildCombo();
    m_partners->setRowCount(0);
    m_candidates->setRowCount(0);
    m_candidateList.clear();
    m_partnersTitle->setVisible(icp);
    m_partners->setVisible(icp);
    if (!icp) {
        m_summary->setText(tr("Choose an ICP here, or click one on the map or in the coverage "
                              "table, to see its partners and, for a gap, who could close it."));
        m_candidatesTitle->hide();
        m_candidates->hide();
        return;
    }

    IcpCoverage coverage;
    for (const IcpCoverage &c : computeCoverage(portfolio.data()))
        if (c.icpId == m_icpId)
            coverage = c;
    m_summary->setText(
        coverage.gap
            ? tr("%1 is a gap: no partner reaches it strongly (influence %2 of 100, "
                 "%n partner(s) linked).",
                 nullptr, coverage.linkedPartners)
                  .arg(icp->name, QLocale().toString(coverage.influence, 'f', 0))
            : tr("%1: influence %2 of 100, %n strong partner(s).", nullptr, coverage.strongPartners)
                  .arg(icp->name, QLocale().toString(coverage.influence, 'f', 0)));

    // Linked partners by strength, strongest first, then by name.
    struct Row {
        const Partner *partner;
        const InfluenceLink *link;
    };
    std::vector<Row> rows;
    for (int r : portfolio.linkRowsOfIcp(m_icpId)) {
        const InfluenceLink &link = portfolio.links()[size_t(r)];
        if (const Partner *p = portfolio.find<Partner>(link.partnerId))
            rows.push_back({p, &link});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.link->strength != b.link->strength)
            return a.link->strength > b.link->strength;
        return a.partner->name.compare(b.partner->name, Qt::CaseInsensitive) < 0;
    });
    m_partners->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row &row = rows[size_t(r)];
        auto *name = cell(row.partner->name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(row.partner->id));
        m_partners->setItem(r, PartnerName, name);
        m_partners->setItem(r, PartnerRole, cell(label(row.link->role)));
        m_partners->setItem(r, PartnerStrength, cell(QLocale().toString(row.link->strength), true));
    }

    m_candidatesTitle->setVisible(coverage.gap);
    m_candidates->setVisible(coverage.gap);
    if (!coverage.gap)
        return;
    m_candidateList = rankGapCandidates(portfolio.data(), m_icpId);
    m_candidatesTitle->setText(
        m_candidateList.empty()
            ? tr("No partner fits this ICP's industries and regions without a strong link.")
            : tr("%n partner(s) could close the gap, best first:", nullptr,
                 int(m_candidateList.size())));
    m_candidates->setRowCount(int(m_candidateList.size()));
    for (int r = 0; r < int(m_candidateList.size()); ++r) {
        const GapCandidate &c = m_candidateList[size_t(r)];
        const Partner *p = portfolio.find<Partner>(c.partnerId);
        auto *name = cell(p ? p->name : QString());
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(c.partnerId));
        m_candidates->setItem(r, CandidateName, name);
        m_candidates->setItem(r, CandidateScore, cell(QLocale().toString(c.score), true));
        auto *reason = cell(c.reason);
        reason->setToolTip(c.reason);
        m_candidates->setItem(r, CandidateReason, reason);
        auto *button = new QPushButton(c.linkId ? tr("Strengthen link") : tr("Add link"));
        button->setObjectName(QStringLiteral("addCandidateLink"));
        button->setAccessibleName(
            tr("Add a link from %1 to %2").arg(p ? p->name : QString(), icp->name));
        button->setToolTip(c.linkId
                               ? tr("Raise the existing link to strength %1 (undo takes it back)")
                                     .arg(GapStrongStrength)
                               : tr("Add an Influences link of strength %1 (undo takes it back)")
                                     .arg(GapStrongStrength));
        const Id partnerId = c.partnerId;
        connect(button, &QPushButton::clicked, this, [this, partnerId] {
            for (int i = 0; i < int(m_candidateList.size()); ++i)
                if (m_candidateList[size_t(i)].partnerId == partnerId) {
                    addCandidateLink(i);
                    return;
                }
        });
        m_candidates->setCellWidget(r, CandidateAction, button);
    }
}

bool IcpFocusPanel::addCandidateLink(int row) {
    if (row < 0 || row >= int(m_candidateList.size()) || m_icpId == 0)
        return false;
    const GapCandidate c = m_candidateList[size_t(row)];
    bool done = false;
    if (c.linkId != 0)
        done = edit::setLinkField(*m_document, c.linkId, LinkField::Strength, GapStrongStrength);
    else
        done = edit::addLink(*m_document, gapCandidateLink(m_icpId, c)) != 0;
    refreshNow();
    return done;
}

} // namespace ps
