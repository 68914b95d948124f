// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountspage.h"

#include "core/accounts/accountimport.h"
#include "core/accounts/icpfit.h"
#include "core/accounts/icpoverlap.h"
#include "core/accounts/statusrulestext.h"
#include "core/domain/portfolio.h"
#include "ui/accounts/accountimportdialog.h"
#include "ui/document/document.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/theme/columnfit.h"
#include "ui/theme/sortitem.h"
#include "ui/undo/edits.h"
#include "ui/undo/edits_accounts.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

using namespace ps::accounts;

constexpr OurPopulation ourRows[] = {OurPopulation::Customers, OurPopulation::Prospects,
                                     OurPopulation::OpenOpportunities};
constexpr TheirPopulation theirColumns[] = {TheirPopulation::Customers, TheirPopulation::Prospects};

QToolButton *button(QAction *action, QWidget *parent) {
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    // Every header readable in every language (German ones are longer); the user widens
    // columns for the values. Not sized to the rows: a list can hold 100,000 accounts.
    t->resizeColumnsToContents();
    t->setAccessibleName(name);
    return t;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft) {
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);
    return i;
}

QString listText(const StoredAccountList &l) {
    const QLocale locale;
    return AccountsPage::tr("%n account(s), %1, from %2", nullptr, int(l.list.total()))
        .arg(locale.toString(l.list.importedOn, QLocale::ShortFormat), l.list.sourceName);
}

} // namespace

/// The overlaps of one state of the account book: the selected partner's matrix and the
/// overview rows. Computed from copies, so a worker thread can fill it.
struct AccountsPage::Computed {
    struct Row {
        Id partnerId = 0;
        QString name;
        QDate date;
        qint64 shared = 0;
        qint64 withPipeline = 0;
        double pipeline = 0.0;
        std::vector<qint64> perIcp;
    };
    int generation = 0;
    bool hasOverlap = false;
    OverlapResult overlap;
    std::vector<Row> rows;
    QStringList icpNames;

    /// Fills everything from `book`, `partners` and `icps` (values, not the document's).
    void compute(const AccountBook &book, const std::vector<Partner> &partners,
                 const std::vector<Icp> &icps, Id current) {
        for (const Icp &icp : icps)
            icpNames << icp.name;
        const StoredAccountList *ours = book.ours();
        if (!ours)
            return;
        // Which of our accounts fit each ICP (industry, size, region), once for every partner.
        const std::vector<std::vector<int>> fitting =
            accountsFittingEach(ours->list.accounts, icps);
        for (const Partner &p : partners) {
            const StoredAccountList *theirs = book.latestOf(p.id);
            if (!theirs)
                continue;
            OverlapResult r = computeOverlap(ours->list, theirs->list);
            const auto shared = [&r](size_t i) { return (r.ourMatches[i] & MatchesAny) != 0; };
            Row row;
            row.partnerId = p.id;
            row.name = p.name;
            row.date = theirs->list.importedOn;
            row.shared = r.overlapTotal;
            // Each shared account of ours once, whatever their status.
            for (size_t i = 0; i < r.ourMatches.size(); ++i)
                if (shared(i) && ours->list.accounts[i].openPipeline > 0) {
                    ++row.withPipeline;
                    row.pipeline += ours->list.accounts[i].openPipeline;
                }
            for (const std::vector<int> &icp : fitting) {
                qint64 inIcp = 0;
                for (int i : icp)
                    inIcp += shared(size_t(i)) ? 1 : 0;
                row.perIcp.push_back(inIcp);
            }
            rows.push_back(std::move(row));
            if (p.id == current) {
                hasOverlap = true;
                overlap = std::move(r);
            }
        }
    }
};

AccountsPage::AccountsPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ours(new QLabel(this))
    , m_partner(new QComboBox(this))
    , m_theirs(new QLabel(this))
    , m_cellTitle(new QLabel(this))
    , m_importOurs(new QAction(tr("Import our accounts…"), this))
    , m_importPartner(new QAction(tr("Import partner list…"), this))
    , m_removeList(new QAction(tr("Remove partner list"), this))
    , m_offer(new QAction(tr("Private exchange: make offer…"), this))
    , m_answer(new QAction(tr("Answer an offer…"), this))
    , m_finish(new QAction(tr("Finish with the answer…"), this))
    , m_updateLinks(new QAction(tr("Update the map's overlapping accounts"), this)) {
    m_updateLinks->setToolTip(
        tr("Set each influence link's overlapping accounts to the overlap measured here: our "
           "accounts in the link's ICP that are in the partner's latest list"));
    m_refresh = new LazyRefresh(this, [this] { refresh(); });
    m_matrix = table({label(TheirPopulation::Customers), label(TheirPopulation::Prospects)},
                     tr("Overlap matrix"), this);
    m_matrix->setRowCount(OurPopulationCount);
    QStringList rows;
    for (OurPopulation o : ourRows)
        rows << label(o);
    m_matrix->setVerticalHeaderLabels(rows);
    m_matrix->verticalHeader()->show();
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_overview = table({tr("Partner"), tr("List date"), tr("Shared accounts"),
                        tr("With our open pipeline"), tr("Open pipeline")},
                       tr("Overlap across partners"), this);
    // One column per ICP joins the figures: the titles wrap and the partner names give up room,
    // so the table never scrolls sideways (a 1366 px screen, German titles).
    m_overview->setObjectName(QStringLiteral("accountsOverview"));
    // The columns per ICP are there where the table has room; the shared accounts' tooltip
    // lists them all.
    (new ColumnFit(m_overview, {0}))->setOptionalFrom(5);
    m_overview->setSortingEnabled(true); // on the header ColumnFit brings
    m_accounts = table({tr("Our account"), tr("Domain"), tr("Our status"), tr("Their account"),
                        tr("Their status"), tr("Matched by"), tr("Open pipeline")},
                       tr("Shared accounts"), this);

    m_importOurs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_importOurs->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importPartner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_importPartner->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_importOurs, m_importPartner});
    connect(m_importOurs, &QAction::triggered, this, &AccountsPage::importOursInteractive);
    connect(m_importPartner, &QAction::triggered, this, &AccountsPage::importPartnerInteractive);
    connect(m_removeList, &QAction::triggered, this, &AccountsPage::removePartnerList);
    connect(m_offer, &QAction::triggered, this,
            [this] { openExchange(ExchangeWizard::Step::Offer); });
    connect(m_answer, &QAction::triggered, this,
            [this] { openExchange(ExchangeWizard::Step::Answer); });
    connect(m_finish, &QAction::triggered, this,
            [this] { openExchange(ExchangeWizard::Step::Finish); });
    connect(m_updateLinks, &QAction::triggered, this, &AccountsPage::updateMapLinks);

    auto *oursRow = new QHBoxLayout;
    oursRow->addWidget(new QLabel(tr("Our accounts:"), this));
    oursRow->addWidget(m_ours, 1);
    oursRow->addWidget(button(m_importOurs, this));
    auto *partnerRow = new QHBoxLayout;
    auto *partnerLabel = new QLabel(tr("&Partner:"), this);
    partnerLabel->setBuddy(m_partner);
    m_partner->setMinimumContentsLength(24);
    partnerRow->addWidget(partnerLabel);
    partnerRow->addWidget(m_partner);
    partnerRow->addWidget(m_theirs, 1);
    partnerRow->addWidget(button(m_importPartner, this));
    partnerRow->addWidget(button(m_removeList, this));
    auto *exchangeRow = new QHBoxLayout;
    exchangeRow->addWidget(new QLabel(tr("Without sharing the lists:"), this));
    exchangeRow->addWidget(button(m_offer, this));
    exchangeRow->addWidget(button(m_answer, this));
    exchangeRow->addWidget(button(m_finish, this));
    exchangeRow->addStretch(1);
    exchangeRow->addWidget(button(m_updateLinks, this));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_matrix);
    top->addWidget(m_overview);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_cellTitle);
    bottomLayout->addWidget(m_accounts, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(oursRow);
    layout->addLayout(partnerRow);
    layout->addLayout(exchangeRow);
    layout->addWidget(split, 1);

    connect(m_partner, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_refresh->request(); });
    connect(m_matrix, &QTableWidget::cellClicked, this, &AccountsPage::showCell);
    connect(m_overview, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        setCurrentPartner(m_overview->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    // The partner list is rebuilt when the page is next seen, not on every change.
    Portfolio *portfolio = document->portfolio();
    const auto partnersChanged = [this] {
        m_partnersDirty = true;
        m_refresh->request();
    };
    connect(portfolio, &Portfolio::accountBookChanged, this, partnersChanged);
    connect(portfolio, &Portfolio::reset, this, partnersChanged);
    for (auto signal : {&Portfolio::rowsInserted, &Portfolio::rowsRemoved})
        connect(portfolio, signal, this, [partnersChanged](EntityKind kind) {
            if (kind == EntityKind::Partner)
                partnersChanged();
        });
    connect(portfolio, &Portfolio::entityChanged, this, [partnersChanged](EntityKind kind) {
        if (kind == EntityKind::Partner)
            partnersChanged();
    });
    m_refresh->request();
}

Id AccountsPage::currentPartner() const {
    return m_partner->currentData().toLongLong();
}

void AccountsPage::setCurrentPartner(Id partnerId) {
    if (m_partnersDirty)
        refreshPartners();
    const int index = m_partner->findData(QVariant::fromValue<qlonglong>(partnerId));
    if (index >= 0)
        m_partner->setCurrentIndex(index);
}

const OverlapResult &AccountsPage::overlap() {
    m_refresh->flush();
    waitForWorker();
    return m_overlap;
}

void AccountsPage::refreshPartners() {
    const Id current = currentPartner();
    const QSignalBlocker block(m_partner);
    m_partner->clear();
    const AccountBook &book = m_document->portfolio()->accountBook();
    // Partners with a list first, so the ones that can show an overlap are at hand.
    for (bool withList : {true, false})
        for (const Partner &p : m_document->portfolio()->partners())
            if ((book.latestOf(p.id) != nullptr) == withList)
                m_partner->addItem(p.name, QVariant::fromValue<qlonglong>(p.id));
    m_partnersDirty = false;
    setCurrentPartner(current);
}

AccountsPage::~AccountsPage() {
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->wait();
        delete m_worker;
    }
}

void AccountsPage::refresh() {
    if (m_partnersDirty)
        refreshPartners();
    const Portfolio &portfolio = *m_document->portfolio();
    const AccountBook &book = portfolio.accountBook();
    const StoredAccountList *ours = book.ours();
    m_ours->setText(ours ? listText(*ours)
                         : tr("none yet: import a CRM export (Salesforce, "
                              "HubSpot or any CSV)."));
    const StoredAccountList *theirs = book.latestOf(currentPartner());
    const size_t history = book.historyOf(currentPartner()).size();
    m_theirs->setText(
        !theirs ? tr("no account list")
        : history > 1
            ? tr("%1 (and %n earlier list(s))", nullptr, int(history - 1)).arg(listText(*theirs))
            : listText(*theirs));
    m_removeList->setEnabled(theirs != nullptr);
    m_offer->setEnabled(ours != nullptr);
    m_answer->setEnabled(ours != nullptr);
    m_finish->setEnabled(!book.sessions.empty());
    m_updateLinks->setEnabled(ours != nullptr && !portfolio.links().empty());
    m_accounts->setRowCount(0);

    auto computed = std::make_shared<Computed>();
    computed->generation = ++m_generation;
    qint64 size = ours ? qint64(ours->list.accounts.size()) : 0;
    for (const Partner &p : portfolio.partners())
        if (const StoredAccountList *l = book.latestOf(p.id))
            size += qint64(l->list.accounts.size());
    if (size <= BackgroundAccounts) {
        computed->compute(book, portfolio.partners(), portfolio.icps(), currentPartner());
        apply(computed);
        return;
    }
    // Large lists: the matching runs on a worker, on copies (strings are shared, not copied).
    m_hasOverlap = false;
    m_overlap = OverlapResult();
    fillMatrix();
    m_cellTitle->setText(tr("Computing the overlap of %1 accounts…").arg(QLocale().toString(size)));
    if (m_worker) { // the running one finishes into a result nobody reads
        disconnect(m_worker, nullptr, this, nullptr);
        connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    }
    m_pending = computed;
    m_worker = QThread::create(
        [computed, book = book, partners = portfolio.partners(), icps = portfolio.icps(),
         current = currentPartner()] { computed->compute(book, partners, icps, current); });
    connect(m_worker, &QThread::finished, this, [this, computed] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_pending.reset();
        apply(computed);
    });
    m_worker->start(QThread::LowPriority);
}

void AccountsPage::refreshNow() {
    m_refresh->flush();
}

void AccountsPage::waitForWorker() {
    if (!m_worker)
        return;
    const std::shared_ptr<Computed> computed = m_pending;
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_pending.reset();
    apply(computed);
}

void AccountsPage::apply(const std::shared_ptr<Computed> &computed) {
    if (!computed || computed->generation != m_generation)
        return; // the book changed meanwhile: a newer computation follows
    m_hasOverlap = computed->hasOverlap;
    m_overlap = computed->overlap;
    fillMatrix();
    fillOverview(*computed);
    m_accounts->setRowCount(0);
    m_cellTitle->setText(m_hasOverlap ? tr("Click a cell to list its accounts.") : QString());
}

void AccountsPage::fillMatrix() {
    const QLocale locale;
    for (int r = 0; r < OurPopulationCount; ++r)
        for (int c = 0; c < TheirPopulationCount; ++c) {
            const OverlapCell &cell = m_overlap.cell(ourRows[r], theirColumns[c]);
            const QString text =
                m_hasOverlap ? tr("%Ln account(s)\n%1 open pipeline", nullptr, int(cell.accounts))
                                   .arg(locale.toString(cell.openPipeline, 'f', 0))
                             : QStringLiteral("–");
            m_matrix->setItem(r, c, item(text, Qt::AlignCenter));
        }
}

void AccountsPage::fillOverview(const Computed &computed) {
    QStringList headers{tr("Partner"), tr("List date"), tr("Shared accounts"),
                        tr("With our open pipeline"), tr("Open pipeline")};
    for (const QString &icp : computed.icpNames)
        headers << tr("Shared in %1").arg(icp);
    m_overview->setSortingEnabled(false);
    m_overview->setRowCount(0);
    m_overview->setColumnCount(int(headers.size()));
    m_overview->setHorizontalHeaderLabels(headers);
    // Figures in the user's locale (a pipeline of millions, too), sorted as numbers.
    const QLocale locale;
    const auto number = [&locale](double value) {
        return new SortItem(locale.toString(qlonglong(value)), value, true);
    };
    for (const Computed::Row &r : computed.rows) {
        const int row = m_overview->rowCount();
        m_overview->insertRow(row);
        auto *name = item(r.name);
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(r.partnerId));
        m_overview->setItem(row, 0, name);
        m_overview->setItem(row, 1,
                            new SortItem(locale.toString(r.date, QLocale::ShortFormat),
                                         double(r.date.toJulianDay()), false));
        QTableWidgetItem *shared = number(double(r.shared));
        QStringList perIcp;
        for (size_t k = 0; k < r.perIcp.size() && k < size_t(computed.icpNames.size()); ++k)
            perIcp << tr("Shared in %1: %2")
                          .arg(computed.icpNames[qsizetype(k)],
                               locale.toString(qlonglong(r.perIcp[k])));
        shared->setToolTip(perIcp.join(QLatin1Char('\n')));
        m_overview->setItem(row, 2, shared);
        m_overview->setItem(row, 3, number(double(r.withPipeline)));
        m_overview->setItem(row, 4, number(std::round(r.pipeline)));
        for (size_t k = 0; k < r.perIcp.size(); ++k)
            m_overview->setItem(row, int(5 + k), number(double(r.perIcp[k])));
    }
    m_overview->setSortingEnabled(true);
    m_overview->sortItems(2, Qt::DescendingOrder); // ColumnFit fits the columns again
}

void AccountsPage::showCell(int ourRow, int theirColumn) {
    m_accounts->setRowCount(0);
    const AccountBook &book = m_document->portfolio()->accountBook();
    if (!m_hasOverlap || ourRow < 0 || ourRow >= OurPopulationCount || theirColumn < 0 ||
        theirColumn >= TheirPopulationCount)
        return;
    const AccountList &ours = book.ours()->list;
    const AccountList &theirs = book.latestOf(currentPartner())->list;
    const std::vector<AccountPair> pairs = m_overlap.pairsIn(
        ourRows[ourRow], theirColumns[theirColumn], ours.accounts, theirs.accounts);
    m_cellTitle->setText(tr("%1 × %2: %n pair(s)", nullptr, int(pairs.size()))
                             .arg(label(ourRows[ourRow]), label(theirColumns[theirColumn])));
    const QLocale locale;
    m_accounts->setRowCount(int(pairs.size()));
    for (int i = 0; i < int(pairs.size()); ++i) {
        const Account &a = ours.accounts[size_t(pairs[size_t(i)].ours)];
        const Account &b = theirs.accounts[size_t(pairs[size_t(i)].theirs)];
        const bool byName = pairs[size_t(i)].kind == MatchKind::Name;
        m_accounts->setItem(i, 0, item(a.name));
        m_accounts->setItem(i, 1, item(a.domainKey));
        m_accounts->setItem(i, 2, item(label(a.status)));
        m_accounts->setItem(i, 3, item(b.name));
        m_accounts->setItem(i, 4, item(label(b.status)));
        m_accounts->setItem(i, 5, item(byName ? tr("Name (check it)") : tr("Domain")));
        m_accounts->setItem(i, 6, item(locale.toString(a.openPipeline, 'f', 0), Qt::AlignRight));
    }
}

bool AccountsPage::importOurs(const QString &path, QString *error) {
    AccountImportOptions options;
    options.remembered = rememberedRulesList(m_document->portfolio()->accountBook(), 0);
    const AccountImportResult result =
        importAccountFile(path, AccountPreset::Auto, std::nullopt, options);
    if (!result.ok()) {
        *error = result.errorMessage();
        return false;
    }
    AccountList list = *result.list;
    list.sourceName = QFileInfo(path).fileName();
    edit::setOurAccounts(*m_document, std::move(list));
    return true;
}

bool AccountsPage::importPartnerList(Id partnerId, const QString &path, QString *error) {
    AccountImportOptions options;
    options.remembered = rememberedRulesList(m_document->portfolio()->accountBook(), partnerId);
    const AccountImportResult result =
        importAccountFile(path, AccountPreset::Auto, std::nullopt, options);
    if (!result.ok()) {
        *error = result.errorMessage();
        return false;
    }
    AccountList list = *result.list;
    list.sourceName = QFileInfo(path).fileName();
    edit::addPartnerAccounts(*m_document, partnerId, std::move(list));
    return true;
}

std::unique_ptr<AccountImportDialog> AccountsPage::importDialog(Id partnerId, const QString &path,
                                                                const QString &title) {
    return std::make_unique<AccountImportDialog>(
        path, title, rememberedRulesList(m_document->portfolio()->accountBook(), partnerId), this);
}

void AccountsPage::storeImported(Id partnerId, AccountList list) {
    if (partnerId == 0)
        edit::setOurAccounts(*m_document, std::move(list));
    else
        edit::addPartnerAccounts(*m_document, partnerId, std::move(list));
}

void AccountsPage::importOursInteractive() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import our accounts"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto dialog = importDialog(0, path, tr("Import our accounts"));
    if (dialog->exec() == QDialog::Accepted && dialog->list())
        storeImported(0, *dialog->list());
}

void AccountsPage::importPartnerInteractive() {
    const Id partner = currentPartner();
    if (partner == 0)
        return;
    const QString title = tr("Import the account list of %1").arg(m_partner->currentText());
    const QString path = QFileDialog::getOpenFileName(this, title, QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto dialog = importDialog(partner, path, title);
    if (dialog->exec() == QDialog::Accepted && dialog->list())
        storeImported(partner, *dialog->list());
}

ExchangeWizard *AccountsPage::openExchange(ExchangeWizard::Step step, bool modal) {
    auto *wizard = new ExchangeWizard(m_document, step, currentPartner(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (modal) {
        wizard->exec();
        return nullptr;
    }
    wizard->show();
    return wizard;
}

int AccountsPage::updateMapLinks() {
    const PortfolioData &data = m_document->portfolio()->data();
    const std::vector<std::pair<Id, int>> updates = linkOverlapUpdates(data, icpOverlaps(data));
    if (updates.empty())
        return 0;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(
        tr("Update %n link(s) from the account overlap", nullptr, int(updates.size())));
    int changed = 0;
    for (const auto &[link, value] : updates)
        changed +=
            edit::setLinkField(*m_document, link, LinkField::OverlappingAccounts, value) ? 1 : 0;
    stack->endMacro();
    return changed;
}

void AccountsPage::removePartnerList() {
    if (const StoredAccountList *l =
            m_document->portfolio()->accountBook().latestOf(currentPartner()))
        edit::removeAccountList(*m_document, l->id);
}

} // namespace ps
