// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/linksuggestionspanel.h"

#include "ui/document/document.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/undo/edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace ps {
namespace {

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// The accounts (ours and each partner's latest list) and deals the suggestions are computed
/// from: what decides whether they are computed on a worker.
qint64 workSize(const PortfolioData &data) {
    const accounts::AccountBook &book = data.accountBook;
    const accounts::StoredAccountList *ours = book.ours();
    qint64 size = ours ? qint64(ours->list.accounts.size()) : 0;
    if (ours) // without our list there is no overlap to compute
        for (const Partner &p : data.partners)
            if (const accounts::StoredAccountList *l = book.latestOf(p.id))
                size += qint64(l->list.accounts.size());
    return size + qint64(data.deals.size());
}

/// What suggestLinks() reads of `data`, copied for a worker (strings are shared, not copied).
PortfolioData suggestionInput(const PortfolioData &data) {
    PortfolioData input;
    input.icps = data.icps;
    input.partners = data.partners;
    input.links = data.links;
    input.deals = data.deals;
    input.rejectedLinks = data.rejectedLinks;
    input.accountBook.lists = data.accountBook.lists;
    return input;
}

} // namespace

/// One computation's result, filled on the worker, read on the GUI thread once it finished.
struct LinkSuggestionsPanel::Computed {
    int generation = 0;
    std::vector<LinkSuggestion> suggestions;
};

LinkSuggestionsPanel::LinkSuggestionsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_busy(new QProgressBar(this))
    , m_refresh(new LazyRefresh(
          this, [this] { refresh(); }, 100))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_accept(new QPushButton(tr("&Accept link"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this)) {
    m_summary->setObjectName(QStringLiteral("suggestionsSummary"));
    m_summary->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("suggestionsBusy"));
    m_busy->setRange(0, 0); // no measurable progress: a busy indicator
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing the suggested links"));
    m_busy->hide();
    m_table->setObjectName(QStringLiteral("suggestionsTable"));
    m_table->setAccessibleName(tr("Links the evidence suggests"));
    m_table->setHorizontalHeaderLabels(
        {tr("ICP"), tr("Partner"), tr("Evidence"), tr("Suggested link")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceColumn, QHeaderView::Stretch);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestion"));
    m_accept->setToolTip(tr("Add the suggested influence link (undo takes it back)"));
    m_reject->setToolTip(tr("Do not suggest this link again (undo takes it back)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] { acceptRow(m_table->currentRow()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &LinkSuggestionsPanel::updateButtons);
    Portfolio *portfolio = document->portfolio();
    const auto changed = [this](EntityKind kind) {
        if (kind == EntityKind::Deal || kind == EntityKind::Link || kind == EntityKind::Icp ||
            kind == EntityKind::Partner)
            scheduleRefresh();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, changed);
    connect(portfolio, &Portfolio::rowsRemoved, this, changed);
    connect(portfolio, &Portfolio::entityChanged, this, changed);
    connect(portfolio, &Portfolio::reset, this, &LinkSuggestionsPanel::scheduleRefresh);
    connect(portfolio, &Portfolio::rejectedLinksChanged, this,
            &LinkSuggestionsPanel::scheduleRefresh);
    connect(portfolio, &Portfolio::accountBookChanged, this,
            &LinkSuggestionsPanel::scheduleRefresh);
    m_refresh->request(); // when first shown: the map page may never be opened
}

LinkSuggestionsPanel::~LinkSuggestionsPanel() {
    // Workers (the current one and dropped ones) read only their copies; let them finish
    // before their QThread objects, children of this panel, go.
    for (QThread *worker : findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly)) {
        disconnect(worker, nullptr, this, nullptr);
        worker->wait();
    }
}

void LinkSuggestionsPanel::scheduleRefresh() {
    ++m_generation; // a computation running now reads the portfolio as it was: drop its result
    m_refresh->request();
}

void LinkSuggestionsPanel::dropWorker() {
    if (!m_worker)
        return;
    // It finishes into a result nobody reads, then deletes itself.
    disconnect(m_worker, nullptr, this, nullptr);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker = nullptr;
}

void LinkSuggestionsPanel::refreshNow() {
    m_refresh->cancel();
    dropWorker();
    auto computed = std::make_shared<Computed>();
    computed->generation = ++m_generation;
    computed->suggestions = suggestLinks(m_document->portfolio()->data());
    apply(computed);
}

void LinkSuggestionsPanel::refresh() {
    m_refresh->cancel();
    dropWorker();
    const PortfolioData &data = m_document->portfolio()->data();
    auto computed = std::make_shared<Computed>();
    computed->generation = ++m_generation;
    const qint64 size = workSize(data);
    if (size <= m_backgroundThreshold) {
        computed->suggestions = suggestLinks(data);
        apply(computed);
        return;
    }
    // Large lists: the matching runs on a worker, on copies, and the panel stays live.
    m_suggestions.clear();
    m_table->setRowCount(0);
    m_summary->setText(tr("Computing the suggested links from %1 accounts and deals…")
                           .arg(QLocale().toString(size)));
    m_busy->show();
    updateButtons();
    m_worker = QThread::create(
        [computed, input = suggestionInput(data)] { computed->suggestions = suggestLinks(input); });
    connect(m_worker, &QThread::finished, this, [this, computed] {
        m_worker->deleteLater();
        m_worker = nullptr;
        apply(computed); // dropped when the portfolio changed meanwhile: a refresh waits
    });
    m_worker->setParent(this);
    m_worker->start(QThread::LowPriority);
}

void LinkSuggestionsPanel::apply(const std::shared_ptr<Computed> &computed) {
    if (computed->generation != m_generation)
        return;
    m_busy->hide();
    const Portfolio &portfolio = *m_document->portfolio();
    m_suggestions = std::move(computed->suggestions);
    m_table->setRowCount(int(m_suggestions.size()));
    for (int r = 0; r < int(m_suggestions.size()); ++r) {
        const LinkSuggestion &s = m_suggestions[size_t(r)];
        const Icp *icp = portfolio.find<Icp>(s.evidence.icpId);
        const Partner *partner = portfolio.find<Partner>(s.evidence.partnerId);
        m_table->setItem(r, IcpColumn, cell(icp ? icp->name : QString()));
        m_table->setItem(r, PartnerColumn, cell(partner ? partner->name : QString()));
        m_table->setItem(r, EvidenceColumn, cell(suggestionText(s, icp ? icp->name : QString())));
        m_table->setItem(r, LinkColumn,
                         cell(tr("%1, strength %2").arg(label(s.role)).arg(s.strength)));
    }
    m_summary->setText(
        m_suggestions.empty()
            ? tr("The deal log and the account overlap suggest no missing link: every partner "
                 "with %n or more deals for an ICP's buyers, or a strong account overlap in it, "
                 "is linked to it.",
                 nullptr, SuggestionMinDeals)
            : tr("%n link(s) the evidence suggests: partners on deals whose buyers match an ICP, "
                 "or sharing many of our accounts in it, that have no link to it.",
                 nullptr, int(m_suggestions.size())));
    updateButtons();
}

void LinkSuggestionsPanel::updateButtons() {
    const bool any = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_accept->setEnabled(any);
    m_reject->setEnabled(any);
}

bool LinkSuggestionsPanel::acceptRow(int row) {
    if (row < 0 || row >= int(m_suggestions.size()))
        return false;
    const bool done = edit::acceptLinkSuggestion(*m_document, m_suggestions[size_t(row)]) != 0;
    refresh();
    return done;
}

bool LinkSuggestionsPanel::rejectRow(int row) {
    if (row < 0 || row >= int(m_suggestions.size()))
        return false;
    const LinkEvidence &e = m_suggestions[size_t(row)].evidence;
    const bool done = edit::rejectLinkSuggestion(*m_document, e.icpId, e.partnerId);
    refresh();
    return done;
}

} // namespace ps
