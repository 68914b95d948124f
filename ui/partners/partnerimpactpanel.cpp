// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/partners/partnerimpactpanel.h"

#include "ui/document/document.h"
#include "ui/models/logmodels.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace ps {
namespace {

QTableWidgetItem *cell(const QString &text, bool number) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PartnerImpactPanel::PartnerImpactPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_refresh(new QTimer(this))
    , m_crm(new QLabel(this))
    , m_table(new QTableWidget(RowCount, 2, this))
    , m_difference(new QLabel(this))
    , m_note(new QLabel(this)) {
    m_crm->setObjectName(QStringLiteral("crmRecord"));
    m_crm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("impactTable"));
    m_table->setAccessibleName(tr("Partner impact"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setVerticalHeaderLabels({tr("Deals"), tr("Won"), tr("Lost"), tr("Win rate"),
                                      tr("Average won deal"), tr("Sales cycle (days)"),
                                      tr("Open pipeline"), tr("Sourced"), tr("Influenced"),
                                      tr("Attributed won revenue")});
    m_difference->setObjectName(QStringLiteral("impactDifference"));
    m_difference->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_crm);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_difference);
    layout->addWidget(m_note);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(80);
    connect(m_refresh, &QTimer::timeout, this, &PartnerImpactPanel::refreshNow);
    Portfolio *portfolio = document->portfolio();
    const auto changed = [this](EntityKind kind) {
        if (kind == EntityKind::Deal || kind == EntityKind::Partner)
            scheduleRefresh();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, changed);
    connect(portfolio, &Portfolio::rowsRemoved, this, changed);
    connect(portfolio, &Portfolio::entityChanged, this, changed);
    connect(portfolio, &Portfolio::reset, this, &PartnerImpactPanel::scheduleRefresh);
    connect(portfolio, &Portfolio::infoChanged, this, &PartnerImpactPanel::scheduleRefresh);
}

void PartnerImpactPanel::setPartner(Id id) {
    m_partner = id;
    m_dirty = true;
    if (isVisible())
        refreshNow();
}

void PartnerImpactPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

void PartnerImpactPanel::scheduleRefresh() {
    m_dirty = true;
    if (isVisible())
        m_refresh->start();
}

void PartnerImpactPanel::refreshNow() {
    m_refresh->stop();
    m_dirty = false;
    const Portfolio &portfolio = *m_document->portfolio();
    const Partner *partner = portfolio.find<Partner>(m_partner);
    m_table->clearContents();
    if (!partner) {
        m_crm->clear();
        m_difference->clear();
        m_note->clear();
        m_table->setHorizontalHeaderLabels({tr("With the partner"), tr("Direct")});
        return;
    }
    m_crm->setText(partner->crm.isSet() ? tr("CRM record: %1").arg(crmText(partner->crm))
                                        : tr("Typed in Partnerscope (no CRM record)."));
    ImpactOptions options;
    options.groups = false;
    const PartnerImpact impact = computePartnerImpact(portfolio.data(), options);
    const ImpactRow *row = impact.partner(m_partner);
    if (!row)
        return;
    m_table->setHorizontalHeaderLabels({tr("With %1").arg(partner->name), tr("Direct")});
    const QLocale locale;
    const QString currency = portfolio.info().currency;
    const auto money = [&](double v) {
        return QStringLiteral("%1 %2").arg(currency, locale.toString(v, 'f', 0));
    };
    const QString notEnough = tr("not enough deals");
    const auto rate = [&](const std::optional<double> &v, const ImpactMeasures &m,
                          const std::function<QString(double)> &format) {
        if (!m.enough)
            return notEnough;
        return v ? format(*v) : tr("n/a");
    };
    const auto percent = [&](double v) {
        return tr("%1 %").arg(locale.toString(v * 100.0, 'f', 0));
    };
    const auto days = [&](double v) { return locale.toString(v, 'f', 0); };
    const ImpactMeasures *sides[] = {&row->with, &row->without};
    for (int c = 0; c < 2; ++c) {
        const ImpactMeasures &m = *sides[c];
        const bool direct = c == 1;
        m_table->setItem(DealsRow, c, cell(locale.toString(m.deals), true));
        m_table->setItem(WonRow, c, cell(locale.toString(m.won), true));
        m_table->setItem(LostRow, c, cell(locale.toString(m.lost), true));
        m_table->setItem(WinRateRow, c, cell(rate(m.winRate, m, percent), true));
        m_table->setItem(AvgWonRow, c, cell(rate(m.avgWon, m, money), true));
        m_table->setItem(CycleRow, c, cell(rate(m.cycleDays, m, days), true));
        m_table->setItem(PipelineRow, c, cell(money(m.openPipeline), true));
        m_table->setItem(SourcedRow, c,
                         cell(direct ? QString() : locale.toString(m.sourced), true));
        m_table->setItem(InfluencedRow, c,
                         cell(direct ? QString() : locale.toString(m.influenced), true));
        m_table->setItem(AttributedRow, c,
                         cell(direct ? QString() : money(m.attributedWonRevenue), true));
        if (!m.enough)
            for (int r : {WinRateRow, AvgWonRow, CycleRow})
                m_table->item(r, c)->setToolTip(withheldReason(m, impact.minClosedDeals));
    }
    if (row->winRateDifference && row->differenceInterval) {
        const auto points = [&](double v) {
            return (v >= 0 ? QStringLiteral("+") : QString()) + locale.toString(v * 100.0, 'f', 0);
        };
        m_difference->setText(
            tr("Win rate %1 against %2 direct: %3 points (90% interval %4 to %5).")
                .arg(percent(*row->with.winRate), percent(*row->without.winRate),
                     points(*row->winRateDifference), points(row->differenceInterval->low),
                     points(row->differenceInterval->high)));
    } else {
        m_difference->setText(
            !row->with.enough
                ? tr("No comparison yet: %1.").arg(withheldReason(row->with, impact.minClosedDeals))
                : tr("No comparison yet: direct deals, %1.")
                      .arg(withheldReason(row->without, impact.minClosedDeals)));
    }
    m_note->setText(tr("From the deal log. A won deal's amount is split equally among its "
                       "partners. Rates need %n closed deals (Economics > Impact changes it).",
                       nullptr, impact.minClosedDeals));
}

} // namespace ps
