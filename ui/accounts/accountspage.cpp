// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountspage.h"

#include "core/accounts/accountimport.h"
#include "core/accounts/icpfit.h"
#include "core/domain/portfolio.h"
#include "ui/document/document.h"
#include "ui/shell/lazyrefresh.h"
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
#include <QToolButton>
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
    , m_finish(new QAction(tr("Finish with the answer…"), this)) {
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
    m_overview->setSortingEnabled(true);
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
    connect(m_offer, &QAction::triggered, this, &AccountsPage::makeOffer);
    connect(m_answer, &QAction::triggered, this, &AccountsPage::answerOffer);
    connect(m_finish, &QAction::triggered, this, &AccountsPage::finishExchange);

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

void AccountsPage::refresh() {
    if (m_partnersDirty)
        refreshPartners();
    const AccountBook &book = m_document->portfolio()->accountBook();
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
    m_finish->setEnabled(!book.sessions.empty() && currentPartner() != 0);
    m_hasOverlap = ours && theirs;
    m_overlap = m_hasOverlap ? computeOverlap(ours->list, theirs->list) : OverlapResult();
    fillMatrix();
    fillOverview();
    m_accounts->setRowCount(0);
    m_cellTitle->setText(m_hasOverlap ? tr("Click a cell to list its accounts.") : QString());
}

void AccountsPage::fillMatrix() {
    const QLocale locale;
    for (int r = 0; r < OurPopulationCount; ++r)
        for (int c = 0; c < TheirPopulationCount; ++c) {
            const OverlapCell &cell = m_overlap.cell(ourRows[r], theirColumns[c]);
            const QString text =
                m_hasOverlap ? tr("%n account(s)\n%1 open pipeline", nullptr, int(cell.accounts))
                                   .arg(locale.toString(cell.openPipeline, 'f', 0))
                             : QStringLiteral("–");
            m_matrix->setItem(r, c, item(text, Qt::AlignCenter));
        }
}

void AccountsPage::fillOverview() {
    const Portfolio &portfolio = *m_document->portfolio();
    const AccountBook &book = portfolio.accountBook();
    const StoredAccountList *ours = book.ours();
    QStringList headers{tr("Partner"), tr("List date"), tr("Shared accounts"),
                        tr("With our open pipeline"), tr("Open pipeline")};
    for (const Icp &icp : portfolio.icps())
        headers << tr("Shared in %1").arg(icp.name);
    m_overview->setSortingEnabled(false);
    m_overview->setRowCount(0);
    m_overview->setColumnCount(int(headers.size()));
    m_overview->setHorizontalHeaderLabels(headers);
    if (!ours) {
        m_overview->resizeColumnsToContents();
        return;
    }
    // Which of our accounts fit each ICP (industry, size, region), once for every partner.
    const std::vector<std::vector<int>> fitting =
        accountsFittingEach(ours->list.accounts, portfolio.icps());
    const auto number = [](double value) {
        auto *i = new QTableWidgetItem;
        i->setData(Qt::DisplayRole, value);
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return i;
    };
    for (const Partner &p : portfolio.partners()) {
        const StoredAccountList *theirs = book.latestOf(p.id);
        if (!theirs)
            continue;
        const OverlapResult r = computeOverlap(ours->list, theirs->list);
        const auto shared = [&r](size_t i) { return (r.ourMatches[i] & MatchesAny) != 0; };
        // Each shared account of ours once, whatever their status.
        qint64 withPipeline = 0;
        double pipeline = 0.0;
        for (size_t i = 0; i < r.ourMatches.size(); ++i)
            if (shared(i) && ours->list.accounts[i].openPipeline > 0) {
                ++withPipeline;
                pipeline += ours->list.accounts[i].openPipeline;
            }
        const int row = m_overview->rowCount();
        m_overview->insertRow(row);
        auto *name = item(p.name);
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
        m_overview->setItem(row, 0, name);
        m_overview->setItem(row, 1, item(theirs->list.importedOn.toString(Qt::ISODate)));
        m_overview->setItem(row, 2, number(double(r.overlapTotal)));
        m_overview->setItem(row, 3, number(double(withPipeline)));
        m_overview->setItem(row, 4, number(std::round(pipeline)));
        for (size_t k = 0; k < fitting.size(); ++k) {
            qint64 inIcp = 0;
            for (int i : fitting[k])
                inIcp += shared(size_t(i)) ? 1 : 0;
            m_overview->setItem(row, int(5 + k), number(double(inIcp)));
        }
    }
    m_overview->setSortingEnabled(true);
    m_overview->sortItems(2, Qt::DescendingOrder);
    m_overview->resizeColumnsToContents();
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
    const AccountImportResult result = importAccountFile(path);
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
    const AccountImportResult result = importAccountFile(path);
    if (!result.ok()) {
        *error = result.errorMessage();
        return false;
    }
    AccountList list = *result.list;
    list.sourceName = QFileInfo(path).fileName();
    edit::addPartnerAccounts(*m_document, partnerId, std::move(list));
    return true;
}

void AccountsPage::importOursInteractive() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import our accounts"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !importOurs(path, &error))
        QMessageBox::warning(this, tr("Import our accounts"), error);
}

void AccountsPage::importPartnerInteractive() {
    const Id partner = currentPartner();
    if (partner == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import the account list of %1").arg(m_partner->currentText()), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !importPartnerList(partner, path, &error))
        QMessageBox::warning(this, tr("Import partner list"), error);
}

void AccountsPage::removePartnerList() {
    if (const StoredAccountList *l =
            m_document->portfolio()->accountBook().latestOf(currentPartner()))
        edit::removeAccountList(*m_document, l->id);
}

} // namespace ps
