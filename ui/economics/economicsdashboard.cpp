// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/economicsdashboard.h"
#include "ui/theme/themepalette.h"

#include "ui/charts/axistitles.h"
#include "ui/charts/qcp.h"
#include "ui/economics/economicscharts.h"

#include <QApplication>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

QString percent(std::optional<double> share) {
    return share ? EconomicsDashboard::tr("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 0))
                 : EconomicsDashboard::tr("—");
}

QString amount(std::optional<double> value) {
    return value ? QLocale().toString(*value, 'f', 0) : EconomicsDashboard::tr("—");
}

} // namespace

EconomicsDashboard::EconomicsDashboard(QWidget *parent)
    : QWidget(parent)
    , m_style(theme::economicsStyle(QApplication::palette()))
    , m_cards(new QGridLayout)
    , m_roi(new QCustomPlot(this))
    , m_winRate(new QCustomPlot(this))
    , m_oemTitle(new QLabel(tr("OEM deals"), this))
    , m_oem(new QTableWidget(0, 6, this)) {
    setAutoFillBackground(true);
    addCard(QStringLiteral("active_rate"), tr("Active partners"),
            tr("Share of enrolled partners with at least one commercial activity this quarter"));
    addCard(QStringLiteral("days_to_first"), tr("Days to first deal activity"),
            tr("Median days from enrolment to the first commercial activity"));
    addCard(QStringLiteral("retention"), tr("Retention"),
            tr("Share of last year's active partners still active in the last twelve months"));
    addCard(QStringLiteral("pipeline_share"), tr("Partner-influenced pipeline"),
            tr("Partner-influenced share of the open pipeline"));
    addCard(QStringLiteral("hhi"), tr("Concentration (HHI)"),
            tr("Herfindahl-Hirschman index of partner-influenced revenue, 0-10,000"));
    addCard(QStringLiteral("win_rate"), tr("Win rate partner / direct"),
            tr("Won of closed deals, partner-influenced against direct"));
    addCard(QStringLiteral("deal_size"), tr("Avg won deal partner / direct"),
            tr("Mean amount of won deals, partner-influenced against direct"));
    addCard(QStringLiteral("model_gaps"), tr("Joint commercial model gaps"),
            tr("Active and onboarding partners with pricing, support, customer success or "
               "renewal not agreed"));
    for (int column = 0; column < 4; ++column)
        m_cards->setColumnStretch(column, 1);
    m_roi->setAccessibleName(tr("ROI by partner model"));
    m_winRate->setAccessibleName(tr("Win rate partner vs direct"));
    m_roi->setMinimumHeight(200);
    m_winRate->setMinimumHeight(200);
    wrapVerticalAxisTitles(m_roi);
    wrapVerticalAxisTitles(m_winRate);
    m_oem->setHorizontalHeaderLabels({tr("Partner"), tr("Structure"), tr("Exit risk"),
                                      tr("Conditions"), tr("Exclusive"), tr("At scale")});
    m_oem->setAccessibleName(tr("OEM deals summary"));
    m_oem->verticalHeader()->hide();
    m_oem->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_oem->setTabKeyNavigation(false);
    m_oem->setFocusPolicy(Qt::NoFocus);
    m_oem->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_oem->horizontalHeader()->setStretchLastSection(true);
    m_oem->setWordWrap(false);
    m_oem->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_oem->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_roi, 3);
    charts->addWidget(m_winRate, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_cards);
    layout->addLayout(charts, 3);
    layout->addWidget(m_oemTitle);
    layout->addWidget(m_oem);
    applyTheme();
}

void EconomicsDashboard::addCard(const QString &key, const QString &title, const QString &tooltip) {
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(tooltip);
    auto *box = new QVBoxLayout(frame);
    Card card{key, new QLabel(title, frame), new QLabel(frame), new QLabel(frame)};
    card.title->setWordWrap(true);
    card.detail->setWordWrap(true);
    card.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(card.title);
    box->addWidget(card.value);
    box->addWidget(card.detail);
    box->addStretch();
    const int index = int(m_cardList.size());
    m_cards->addWidget(frame, index / 4, index % 4);
    m_cardList.push_back(card);
}

void EconomicsDashboard::setCard(const QString &key, const QString &value, const QString &detail,
                                 bool alert) {
    for (Card &card : m_cardList) {
        if (card.key != key)
            continue;
        card.value->setText(value);
        card.detail->setText(detail);
        card.value->setAccessibleName(card.title->text() + QLatin1String(": ") + value);
        card.value->setStyleSheet(
            alert ? QStringLiteral("color: %1;").arg(m_style.alertColour.name()) : QString());
    }
}

QString EconomicsDashboard::cardValue(const QString &key) const {
    for (const Card &card : m_cardList)
        if (card.key == key)
            return card.value->text();
    return {};
}

void EconomicsDashboard::setTheme(Theme theme) {
    m_theme = theme;
    m_style = theme == Theme::Projector ? economics::EconomicsStyle::projectorStyle()
                                        : theme::economicsStyle(palette());
    applyTheme();
    redraw();
}

void EconomicsDashboard::applyTheme() {
    if (m_theme == Theme::Projector) {
        // High contrast whatever the desktop's palette: black on white.
        QPalette pal = palette();
        pal.setColor(QPalette::Window, Qt::white);
        pal.setColor(QPalette::Base, Qt::white);
        pal.setColor(QPalette::WindowText, Qt::black);
        pal.setColor(QPalette::Text, Qt::black);
        setPalette(pal);
    }
    QFont small = m_style.baseFont;
    for (Card &card : m_cardList) {
        card.title->setFont(m_style.titleFont);
        card.value->setFont(m_style.cardValueFont);
        card.detail->setFont(small);
        // Across a room the big number is the message; the fine print stays on the desktop.
        // The HHI's band is what the number means, so it stays.
        card.detail->setVisible(m_theme != Theme::Projector || card.key == QLatin1String("hhi"));
    }
    m_oemTitle->setFont(m_style.titleFont);
    m_oem->setFont(m_style.baseFont);
    m_oem->horizontalHeader()->setFont(m_style.titleFont);
}

void EconomicsDashboard::setData(const PortfolioData &data, const ProgramMetrics &metrics,
                                 const std::vector<OemAssessment> &oem) {
    m_metrics = metrics;
    const QLocale locale;
    setCard(QStringLiteral("active_rate"), percent(metrics.activePartnerRate),
            tr("%1 of %Ln partners since %2", nullptr, metrics.eligiblePartners)
                .arg(locale.toString(metrics.activePartners))
                .arg(locale.toString(metrics.quarterStart, QLocale::ShortFormat)),
            metrics.activePartnerRate < 0.3);
    setCard(QStringLiteral("days_to_first"),
            metrics.medianDaysToFirstActivity
                ? tr("%Ln days", nullptr, int(std::lround(*metrics.medianDaysToFirstActivity)))
                : tr("—"),
            tr("median, enrolment to first commercial activity"), false);
    setCard(QStringLiteral("retention"), percent(metrics.retention),
            tr("of last year's active partners"), false);
    setCard(QStringLiteral("pipeline_share"), percent(metrics.influencedPipelineShare),
            tr("open pipeline %1 partner, %2 direct")
                .arg(locale.toString(metrics.partnerDeals.pipeline, 'f', 0),
                     locale.toString(metrics.directDeals.pipeline, 'f', 0)),
            false);
    setCard(QStringLiteral("hhi"), locale.toString(metrics.hhi, 'f', 0), label(metrics.hhiBand),
            metrics.hhiBand == HhiBand::High);
    setCard(QStringLiteral("win_rate"),
            tr("%1 / %2").arg(percent(metrics.partnerDeals.winRate),
                              percent(metrics.directDeals.winRate)),
            tr("%1 won, %2 lost with partners; %3 won, %4 lost direct")
                .arg(metrics.partnerDeals.won)
                .arg(metrics.partnerDeals.lost)
                .arg(metrics.directDeals.won)
                .arg(metrics.directDeals.lost),
            false);
    setCard(QStringLiteral("deal_size"),
            tr("%1 / %2").arg(amount(metrics.partnerDeals.avgDealSize),
                              amount(metrics.directDeals.avgDealSize)),
            data.info.currency, false);
    int openItems = 0;
    for (const CommercialModelGap &gap : metrics.commercialModelGaps)
        openItems += int(gap.missing.size());
    setCard(QStringLiteral("model_gaps"), QString::number(metrics.commercialModelGaps.size()),
            tr("partners, %n open item(s)", nullptr, openItems),
            !metrics.commercialModelGaps.empty());

    m_oem->setRowCount(int(oem.size()));
    for (int row = 0; row < int(oem.size()); ++row) {
        const OemAssessment &a = oem[size_t(row)];
        const QString conditions = a.distraction
                                       ? tr("%1 of 4 — likely a distraction").arg(a.conditionsMet)
                                       : tr("%1 of 4").arg(a.conditionsMet);
        const QString exclusive = a.exclusivityTrap ? tr("Exclusivity trap")
                                  : a.exclusive     ? tr("Exclusive")
                                                    : QString();
        const QString scale = !a.termsValid             ? tr("Invalid terms")
                              : a.royalty.years.empty() ? tr("No volumes")
                              : a.royalty.breaksAtScale ? tr("Breaks at scale")
                                                        : tr("Holds");
        const QString cells[] = {a.partnerName, label(a.structure), label(a.exitRisk),
                                 conditions,    exclusive,          scale};
        for (int column = 0; column < 6; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            const bool alert = (column == 3 && a.distraction) ||
                               (column == 4 && a.exclusivityTrap) ||
                               (column == 5 && a.royalty.breaksAtScale);
            if (alert) {
                item->setForeground(m_style.alertColour);
                QFont bold = m_style.baseFont;
                bold.setBold(true);
                item->setFont(bold);
            }
            if (column == 0)
                item->setToolTip(a.dealName);
            m_oem->setItem(row, column, item);
        }
    }
    // Every deal on one line each, never scrolled away (the rendered picture has no scroll bar).
    const int rowHeight = QFontMetrics(m_style.titleFont).height() + 8;
    for (int row = 0; row < m_oem->rowCount(); ++row)
        m_oem->setRowHeight(row, rowHeight);
    m_oem->horizontalHeader()->setFixedHeight(rowHeight);
    m_oem->setFixedHeight(rowHeight * (m_oem->rowCount() + 1) + 2 * m_oem->frameWidth());
    redraw();
}

void EconomicsDashboard::redraw() {
    economics::plotRoiByModel(m_roi, m_metrics.roiByModel, m_style);
    economics::plotWinRate(m_winRate, m_metrics, m_style);
}

bool EconomicsDashboard::exportTo(const QString &path, int width, int height, QString *error) {
    resize(width, height);
    // Lay out and draw the charts at their final size before painting (also when hidden).
    setAttribute(Qt::WA_DontShowOnScreen, true);
    const bool wasVisible = isVisible();
    if (!wasVisible)
        show();
    layout()->activate();
    for (QCustomPlot *plot : {m_roi, m_winRate})
        plot->replot(QCustomPlot::rpImmediateRefresh);
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setResolution(96);
        svg.setTitle(tr("Program economics"));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            render(&painter);
            ok = painter.end();
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Program economics"));
        pdf.setResolution(72);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            render(&painter);
            ok = painter.end();
        }
    } else {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            render(&painter);
        }
        ok = image.save(path, "PNG");
    }
    if (!wasVisible)
        hide();
    if (!ok && error)
        *error = tr("Could not write \"%1\".").arg(path);
    return ok;
}

} // namespace ps
