// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix/matrixview.h"

#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/bubbleplottable.h"
#include "ui/shell/lazyrefresh.h"

#include "ui/charts/qcp.h"
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ps {
namespace {

/// A little room around 0-100 so bubbles on the edge are not cut in half.
constexpr double RangeMargin = 4.0;

bool touchesPartners(EntityKind kind) {
    return kind == EntityKind::Partner || kind == EntityKind::Link;
}

} // namespace

MatrixView::MatrixView(ScoringController *scoring, QWidget *parent)
    : QWidget(parent)
    , m_scoring(scoring)
    , m_style(matrix::MatrixStyle::standard()) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setAccessibleName(tr("Prioritization matrix"));
    m_plot->installEventFilter(this);
    layout->addWidget(m_plot);
    buildPlot();
    m_style = themeStyle();
    applyStyle();

    // A hidden matrix (another page is current) catches up when it is shown or asked.
    m_refresh = new LazyRefresh(this, [this] { onScoresChanged(); });
    connect(m_scoring, &ScoringController::scoresChanged, m_refresh, &LazyRefresh::request);
    connect(m_scoring, &ScoringController::stabilityChanged, m_refresh, &LazyRefresh::request);
    Portfolio *portfolio = m_scoring->document()->portfolio();
    connect(portfolio, &Portfolio::reset, this, &MatrixView::markDataDirty);
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind) {
        if (touchesPartners(kind))
            markDataDirty();
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this](EntityKind kind) {
        if (touchesPartners(kind))
            markDataDirty();
    });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind) {
        if (touchesPartners(kind))
            markDataDirty();
    });

    connect(m_plot, &QCustomPlot::mousePress, this, &MatrixView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &MatrixView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &MatrixView::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, &MatrixView::onRubberBand);
    onScoresChanged();
}

MatrixView::~MatrixView() = default;

void MatrixView::buildPlot() {
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->setNoAntialiasingOnDrag(true);
    // The plottable stamps its own antialiased images; items and text still want smooth edges.
    m_plot->setNotAntialiasedElements(QCP::aePlottables);

    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(10.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        axis->setTicker(ticker);
    m_plot->xAxis->setLabel(label(Axis::Readiness));
    m_plot->yAxis->setLabel(label(Axis::Potential));
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);

    m_bubbles = new matrix::BubblePlottable(m_plot->xAxis, m_plot->yAxis);
    m_bubbles->removeFromLegend();

    // Created first, drawn first: the compared scenario's lines lie under the active ones.
    m_otherReadinessLine = new QCPItemStraightLine(m_plot);
    m_otherPotentialLine = new QCPItemStraightLine(m_plot);
    m_readinessLine = new QCPItemStraightLine(m_plot);
    m_potentialLine = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *line :
         {m_readinessLine, m_potentialLine, m_otherReadinessLine, m_otherPotentialLine})
        line->setSelectable(false);

    // Title across the whole width; below it the chart and, in its own column right of it,
    // the legend, so the legend never hides the Invest quadrant. A stretchable spacer under
    // the legend keeps it at the top.
    QCPLayoutGrid *main = m_plot->plotLayout();
    QCPAxisRect *chart = m_plot->axisRect();
    main->take(chart);
    main->simplify();
    m_title = new QCPTextElement(m_plot);
    main->addElement(0, 0, m_title);
    auto *body = new QCPLayoutGrid;
    main->addElement(1, 0, body);
    body->addElement(0, 0, chart);
    auto *side = new QCPLayoutGrid;
    body->addElement(0, 1, side);
    chart->insetLayout()->take(m_plot->legend);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot));
    side->setRowStretchFactor(0, 0.001);
    side->setRowStretchFactor(1, 1.0);
    body->setColumnStretchFactor(1, 0.001);
    main->setRowStretchFactor(0, 0.001);
    m_plot->legend->setVisible(true);
    m_plot->legend->setSelectableParts(QCPLegend::spNone);
    resetZoom();
}

void MatrixView::applyStyle() {
    m_plot->setBackground(m_style.background);
    const QPen axisPen(m_style.foreground, m_style.axisPenWidth);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(m_style.foreground);
        axis->setLabelColor(m_style.foreground);
        axis->setTickLabelFont(m_style.baseFont);
        axis->setLabelFont(m_style.labelFont);
        axis->setSubTicks(false);
        axis->grid()->setPen(QPen(m_style.gridColour, 1.0, Qt::SolidLine));
    }
    QPen threshold(m_style.thresholdColour, m_style.thresholdPenWidth, Qt::DashLine);
    m_readinessLine->setPen(threshold);
    m_potentialLine->setPen(threshold);
    const QPen other(m_style.minorArrowColour, m_style.thresholdPenWidth, Qt::DotLine);
    m_otherReadinessLine->setPen(other);
    m_otherPotentialLine->setPen(other);
    QFont titleFont = m_style.labelFont;
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextColor(m_style.foreground);
    m_plot->legend->setFont(m_style.baseFont);
    m_plot->legend->setTextColor(m_style.foreground);
    m_plot->legend->setBrush(m_style.background);
    m_plot->legend->setBorderPen(QPen(m_style.gridColour));
    const int icon = m_style.baseFont.pointSize() + 6;
    m_plot->legend->setIconSize(icon, icon);
    m_bubbles->setStyle(m_style);
}

void MatrixView::setTheme(Theme theme) {
    m_theme = theme;
    m_style = themeStyle();
    applyStyle();
    updateRadii();
    updateLegend();
    updatePartnerLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::setBubbleSize(BubbleSize size) {
    m_bubbleSize = size;
    updateRadii();
    updatePartnerLabels();
    updateTitle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::setFilter(const MatrixFilter &filter) {
    m_filter = filter;
    m_filterIcpPartners.clear();
    if (filter.icpId != 0) {
        const Portfolio *portfolio = m_scoring->document()->portfolio();
        for (int row : portfolio->linkRowsOfIcp(filter.icpId))
            m_filterIcpPartners.insert(portfolio->links()[size_t(row)].partnerId);
    }
    updateVisibility();
    updateQuadrantLabels();
    updatePartnerLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::setComparison(const std::optional<Scenario> &other) {
    m_comparison = other;
    updateComparison();
    updatePositions();
    updateTitle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::resetZoom() {
    m_plot->xAxis->setRange(-RangeMargin, 100.0 + RangeMargin);
    m_plot->yAxis->setRange(-RangeMargin, 100.0 + RangeMargin);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::markDataDirty() {
    m_dataDirty = true;
}

void MatrixView::onScoresChanged() {
    m_refresh->cancel();
    const CriteriaTable &criteria = m_scoring->criteria();
    if (m_dataDirty || m_partners.size() != criteria.size() ||
        (!m_partners.empty() && m_partners.front().id != criteria.partnerIds.front()))
        rebuildPartners();
    updateComparison();
    updatePositions();
    updateQuadrantLabels();
    updatePartnerLabels();
    updateTitle();
    // Queued: a slider drag fires many changes per frame; the plot draws once per frame.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixView::rebuildPartners() {
    m_dataDirty = false;
    const CriteriaTable &criteria = m_scoring->criteria();
    const Portfolio *portfolio = m_scoring->document()->portfolio();
    m_partners.assign(criteria.size(), PartnerInfo{});
    for (size_t row = 0; row < criteria.size(); ++row) {
        PartnerInfo &info = m_partners[row];
        info.id = criteria.partnerIds[row];
        const Partner *partner = portfolio->find<Partner>(info.id);
        if (!partner)
            continue;
        info.name = partner->name;
        info.colour = matrix::colourIndex(partner->model);
        info.modelKey = partner->model ? toKey(*partner->model) : QString();
        info.statusKey = toKey(partner->status);
        const PartnerEconomics &e = partner->economics;
        info.measures = {e.sourcedRevenue + e.influencedRevenue, e.pipeline, e.investment.total()};
    }
    if (m_filter.icpId != 0)
        setFilter(m_filter); // links may have changed: recompute the ICP's partners
    m_bubbles->bubbles().resize(m_partners.size());
    for (size_t row = 0; row < m_partners.size(); ++row)
        m_bubbles->bubbles()[row].colour = quint8(m_partners[row].colour);
    updateRadii();
    updateVisibility();
    applySelectionToBubbles();
    updateLegend();
}

void MatrixView::updateRadii() {
    std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const size_t n = std::min(bubbles.size(), m_partners.size());
    if (m_bubbleSize == BubbleSize::Uniform) {
        for (size_t i = 0; i < n; ++i)
            bubbles[i].radius = float(m_style.uniformRadius);
    } else {
        const size_t measure = size_t(m_bubbleSize);
        double largest = 0.0;
        for (size_t i = 0; i < n; ++i)
            largest = std::max(largest, m_partners[i].measures[measure]);
        // Area, not radius, grows with the measure (a radius scale would exaggerate the big
        // partners quadratically); the smallest radius keeps zero-revenue partners visible.
        const double min2 = double(m_style.minRadius) * m_style.minRadius;
        const double max2 = double(m_style.maxRadius) * m_style.maxRadius;
        for (size_t i = 0; i < n; ++i) {
            const double share =
                largest > 0.0 ? std::max(0.0, m_partners[i].measures[measure]) / largest : 0.0;
            bubbles[i].radius = float(std::sqrt(min2 + (max2 - min2) * share));
        }
    }
    m_bubbles->updateOrder();
}

void MatrixView::updateVisibility() {
    std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const size_t n = std::min(bubbles.size(), m_partners.size());
    for (size_t i = 0; i < n; ++i) {
        const PartnerInfo &info = m_partners[i];
        bubbles[i].visible =
            (m_filter.modelKeys.isEmpty() || m_filter.modelKeys.contains(info.modelKey)) &&
            (m_filter.statusKeys.isEmpty() || m_filter.statusKeys.contains(info.statusKey)) &&
            (m_filter.icpId == 0 || m_filterIcpPartners.contains(info.id));
    }
}

void MatrixView::updateComparison() {
    std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    if (!m_comparison) {
        m_comparisonScores.clear();
        for (matrix::Bubble &b : bubbles) {
            b.toX = b.toY = std::numeric_limits<double>::quiet_NaN();
            b.changesQuadrant = false;
        }
        return;
    }
    // The one engine scores the other scenario; the view only reads positions from it.
    scoreAll(m_scoring->criteria(), *m_comparison, m_comparisonScores);
}

void MatrixView::updatePositions() {
    std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    const std::vector<double> &stability = m_scoring->stability();
    const size_t n = std::min(bubbles.size(), scores.size());
    const bool hasStability = stability.size() == scores.size();
    const bool comparing = m_comparison && m_comparisonScores.size() == scores.size();
    for (size_t i = 0; i < n; ++i) {
        matrix::Bubble &b = bubbles[i];
        b.x = scores[i].readiness;
        b.y = scores[i].potential;
        b.hollow = hasStability && stability[i] < BorderlineStability;
        if (comparing) {
            b.toX = m_comparisonScores[i].readiness;
            b.toY = m_comparisonScores[i].potential;
            b.changesQuadrant = m_comparisonScores[i].quadrant != scores[i].quadrant;
        }
    }
    const Scenario &scenario = m_scoring->scenario();
    m_readinessLine->point1->setCoords(scenario.readinessThreshold, 0.0);
    m_readinessLine->point2->setCoords(scenario.readinessThreshold, 1.0);
    m_potentialLine->point1->setCoords(0.0, scenario.potentialThreshold);
    m_potentialLine->point2->setCoords(1.0, scenario.potentialThreshold);
    m_otherReadinessLine->setVisible(m_comparison.has_value());
    m_otherPotentialLine->setVisible(m_comparison.has_value());
    if (m_comparison) {
        m_otherReadinessLine->point1->setCoords(m_comparison->readinessThreshold, 0.0);
        m_otherReadinessLine->point2->setCoords(m_comparison->readinessThreshold, 1.0);
        m_otherPotentialLine->point1->setCoords(0.0, m_comparison->potentialThreshold);
        m_otherPotentialLine->point2->setCoords(1.0, m_comparison->potentialThreshold);
    }
}

void MatrixView::updateQuadrantLabels() {
    std::array<int, 4> counts{};
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    const std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const size_t n = std::min(bubbles.size(), scores.size());
    for (size_t i = 0; i < n; ++i)
        if (bubbles[i].visible)
            ++counts[size_t(scores[i].quadrant)];
    std::array<QString, 4> titles;
    for (size_t q = 0; q < titles.size(); ++q)
        titles[q] = tr("%1 (%2)").arg(label(Quadrant(q)), QLocale().toString(counts[q]));
    m_bubbles->setQuadrantTitles(titles);
}

void MatrixView::updatePartnerLabels() {
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    const std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const size_t n = std::min({bubbles.size(), scores.size(), m_partners.size()});
    std::vector<int> rows;
    rows.reserve(n);
    for (size_t i = 0; i < n; ++i)
        if (bubbles[i].visible)
            rows.push_back(int(i));
    const size_t count = std::min(rows.size(), size_t(std::max(0, m_style.labelCount)));
    const auto better = [&scores](int a, int b) {
        const double sa = scores[size_t(a)].potential + scores[size_t(a)].readiness;
        const double sb = scores[size_t(b)].potential + scores[size_t(b)].readiness;
        return sa != sb ? sa > sb : a < b;
    };
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(count), rows.end(), better);
    std::vector<matrix::BubblePlottable::Label> labels(count);
    for (size_t i = 0; i < count; ++i)
        labels[i] = {rows[i], m_partners[size_t(rows[i])].name};
    m_bubbles->setLabels(std::move(labels));
}

void MatrixView::updateLegend() {
    for (QCPGraph *graph : m_legendEntries)
        m_plot->removeGraph(graph);
    m_legendEntries.clear();
    std::array<bool, matrix::ColourCount> present{};
    for (const PartnerInfo &info : m_partners)
        present[size_t(info.colour)] = true;
    const int size = m_style.baseFont.pointSize() + 4;
    const auto addEntry = [&](const QString &name, const QColor &colour, bool hollow) {
        // An empty graph is the cheapest legend entry QCustomPlot offers: it draws nothing.
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        QColor fill = colour;
        fill.setAlpha(hollow ? 40 : m_style.fillAlpha);
        const QPen pen(hollow ? colour : colour.darker(160), hollow ? 2.0 : 1.0);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen, fill, size));
        graph->setSelectable(QCP::stNone);
        m_legendEntries.push_back(graph);
    };
    for (PartnerModel model : enumValues<PartnerModel>())
        if (present[size_t(matrix::colourIndex(model))])
            addEntry(label(model), matrix::modelColour(matrix::colourIndex(model)), false);
    if (present[matrix::ColourCount - 1])
        addEntry(tr("Needs classification"), matrix::modelColour(matrix::ColourCount - 1), false);
    addEntry(tr("Borderline (hollow)"), m_style.foreground, true);
}

void MatrixView::updateTitle() {
    static const std::array<const char *, 4> sizeNames = {
        QT_TR_NOOP("bubble size: revenue (sourced + influenced)"),
        QT_TR_NOOP("bubble size: pipeline"),
        QT_TR_NOOP("bubble size: investment"),
        QT_TR_NOOP("bubbles of equal size"),
    };
    QString text = tr("Scenario: %1").arg(m_scoring->scenario().name);
    if (m_comparison)
        text = tr("Scenario: %1, arrows to %2").arg(m_scoring->scenario().name, m_comparison->name);
    m_title->setText(text + QStringLiteral("  \u00b7  ") + tr(sizeNames[size_t(m_bubbleSize)]));
}

QList<Id> MatrixView::visiblePartners() const {
    m_refresh->flush();
    QList<Id> ids;
    const std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    for (size_t i = 0; i < std::min(bubbles.size(), m_partners.size()); ++i)
        if (bubbles[i].visible)
            ids.append(m_partners[i].id);
    return ids;
}

QPointF MatrixView::bubbleCenter(Id partnerId) const {
    m_refresh->flush();
    const int row = m_scoring->rowOf(partnerId);
    if (row < 0 || size_t(row) >= m_bubbles->bubbles().size())
        return {};
    return QPointF(m_plot->mapTo(this, QPoint(0, 0))) +
           m_bubbles->pixelOf(m_bubbles->bubbles()[size_t(row)]);
}

} // namespace ps
