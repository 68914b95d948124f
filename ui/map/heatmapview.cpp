// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/heatmapview.h"

#include "core/domain/scenario.h"
#include "ui/charts/plotexport.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/theme/matrixpalette.h"
#include "ui/theme/themepalette.h"

#include <QFontMetricsF>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

/// Cells without influence: neutral, so a gap reads as "nothing here" rather than "low".
const QColor EmptyCell(0xe6, 0xe6, 0xe6);

/// Viridis (matplotlib), sampled: sequential, perceptually uniform and colour-blind safe.
QCPColorGradient viridis() {
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
    gradient.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    gradient.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8c));
    gradient.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    gradient.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(EmptyCell);
    return gradient;
}

QString number(double v) {
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

QString columnLabel(int profile) {
    for (PartnerModel model : enumValues<PartnerModel>())
        if (profileIndex(model) == profile)
            return label(model);
    return HeatmapView::tr("Needs classification");
}

/// Long names on two lines, broken at the space nearest the middle: the heatmap sits beside the
/// map, and one-line ICP names would take the room of the cells.
QString wrapped(const QString &text) {
    if (text.size() <= 16)
        return text;
    const int middle = int(text.size() / 2);
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    if (best < 0)
        return text;
    return text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}

} // namespace

HeatmapView::HeatmapView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plot(new QCustomPlot(this)) {
    setAccessibleName(tr("Influence heatmap"));
    m_plot->setAccessibleName(tr("Influence heatmap"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 240);

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_plot, tr("Influence by ICP and partner model")));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("Summed link strength"));
    // Sums of whole strengths: whole-number ticks only.
    auto scaleTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    scaleTicker->setTickStep(1.0);
    scaleTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_scale->axis()->setTicker(scaleTicker);
    m_map->setColorScale(m_scale);
    // After the association: a colour scale hands its own (default) gradient to its maps.
    m_scale->setGradient(viridis());
    // Keeps the colour scale as tall as the cells.
    auto *group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setTickLength(0, 0);
        axis->setSubTicks(false);
    }
    // ICPs read top to bottom in portfolio order, like every other list of them.
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->setTickLabelRotation(-40);
    m_plot->xAxis->setLabel(tr("Partner model"));
    m_plot->yAxis->setLabel(tr("ICP"));
    m_plot->setMouseTracking(true);
    m_highlight = new QCPItemRect(m_plot);
    // Okabe-Ito vermillion: stands out on every viridis colour and on the grey empty cells.
    m_highlight->setPen(QPen(QColor(0xd5, 0x5e, 0x00), 3.0));
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setLayer(QStringLiteral("overlay"));
    m_highlight->setVisible(false);

    // Two-line ICP names only where a row is tall enough for two lines; shorter rows (a small
    // window) get one line each, so the names never print over each other.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        const int rows = int(m_rowNames.size());
        if (rows == 0)
            return;
        const double pitch = m_plot->axisRect()->height() / double(rows);
        const QFontMetricsF metrics(m_plot->yAxis->tickLabelFont());
        const bool wrap = pitch >= 2.0 * metrics.lineSpacing() + 2.0;
        if (wrap == m_rowsWrapped)
            return;
        setRowLabels(wrap);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &HeatmapView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &HeatmapView::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HeatmapView::onMouseMove);

    // Edits refresh on the next event loop pass while the heatmap is on screen, else when it is
    // next shown: a hidden map page does not sum 500,000 links on every change.
    m_refresh = new LazyRefresh(
        this, [this] { refresh(); }, 0);
    Portfolio *portfolio = document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Icp || kind == EntityKind::Partner || kind == EntityKind::Link)
            scheduleRefresh();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, onRows);
    connect(portfolio, &Portfolio::rowsRemoved, this, onRows);
    connect(portfolio, &Portfolio::entityChanged, this, onRows);
    connect(portfolio, &Portfolio::reset, this, &HeatmapView::scheduleRefresh);

    applyStyle();
    refresh();
}

HeatmapView::~HeatmapView() = default;

matrix::MatrixStyle HeatmapView::currentStyle() const {
    if (m_theme == Theme::Projector)
        return matrix::MatrixStyle::projector();
    return m_exporting ? matrix::MatrixStyle::standard() : theme::matrixStyle(palette());
}

void HeatmapView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme == Theme::Default) {
        applyStyle();
        refresh();
    }
}

void HeatmapView::setTheme(Theme theme) {
    m_theme = theme;
    applyStyle();
    refresh();
}

void HeatmapView::scheduleRefresh() {
    m_refresh->request();
}

void HeatmapView::applyStyle() {
    const matrix::MatrixStyle style = currentStyle();
    m_plot->setBackground(style.background);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_scale->axis()}) {
        axis->setTickLabelFont(style.baseFont);
        axis->setTickLabelColor(style.foreground);
        axis->setLabelFont(style.labelFont);
        axis->setLabelColor(style.foreground);
        axis->setBasePen(QPen(style.foreground, style.axisPenWidth));
        axis->setTickPen(QPen(style.foreground, style.axisPenWidth));
    }
    if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))) {
        title->setFont(style.quadrantFont);
        title->setTextColor(style.foreground);
    }
}

void HeatmapView::refresh() {
    if (m_refresh) // null while the constructor runs
        m_refresh->cancel();
    const PortfolioData &data = m_document->portfolio()->data();
    m_matrix = computeInfluenceMatrix(data);

    // Every model has a column, so heatmaps of two portfolios line up; "no model" only when
    // some partner still needs classification.
    m_columns.clear();
    for (PartnerModel model : enumValues<PartnerModel>())
        m_columns.push_back(profileIndex(model));
    const bool unclassified = std::any_of(data.partners.begin(), data.partners.end(),
                                          [](const Partner &p) { return !p.model; });
    if (unclassified)
        m_columns.push_back(profileIndex(std::nullopt));

    const int rows = rowCount();
    const int columns = columnCount();
    for (QCPItemText *text : std::as_const(m_texts))
        m_plot->removeItem(text);
    m_texts.clear();

    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < columns; ++c)
        xTicker->addTick(c, columnLabel(m_columns[size_t(c)]));
    m_rowNames.clear();
    for (int r = 0; r < rows; ++r) {
        const Icp *icp = m_document->portfolio()->find<Icp>(m_matrix.icpIds[size_t(r)]);
        m_rowNames << (icp ? icp->name : QString());
    }
    m_plot->xAxis->setTicker(xTicker);
    setRowLabels(m_rowsWrapped);
    m_plot->xAxis->setRange(-0.5, columns - 0.5);
    m_plot->yAxis->setRange(-0.5, qMax(rows, 1) - 0.5);

    const double maximum = qMax(1.0, m_matrix.maximum());
    const matrix::MatrixStyle style = currentStyle();
    m_map->setVisible(rows > 0);
    m_map->data()->setSize(columns, qMax(rows, 1));
    m_map->data()->setRange(QCPRange(0, columns - 1), QCPRange(0, qMax(rows, 1) - 1));
    m_map->data()->fill(std::nan(""));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const double v = cellValue(r, c);
            if (v > 0.0)
                m_map->data()->setCell(c, r, v);
            auto *text = new QCPItemText(m_plot);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(c, r);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setText(number(v));
            text->setFont(style.baseFont);
            text->setClipToAxisRect(true);
            // Dark type on the light end of viridis and on empty cells, light type elsewhere.
            const bool lightCell = v <= 0.0 || v / maximum > 0.62;
            text->setColor(v <= 0.0 ? QColor(0x70, 0x70, 0x70)
                                    : (lightCell ? Qt::black : Qt::white));
            m_texts << text;
        }
    }
    m_map->setDataRange(QCPRange(0.0, maximum));
    updateHighlight();
    m_plot->replot();
}

void HeatmapView::setRowLabels(bool wrap) {
    m_rowsWrapped = wrap;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < m_rowNames.size(); ++r)
        ticker->addTick(r, wrap ? wrapped(m_rowNames[r]) : m_rowNames[r]);
    m_plot->yAxis->setTicker(ticker);
}

void HeatmapView::setHighlightedCell(Id icpId, const QString &modelKey) {
    m_highlightIcp = icpId;
    m_highlightKey = modelKey;
    updateHighlight();
    m_plot->replot();
}

void HeatmapView::clearHighlight() {
    setHighlightedCell(0, QString());
}

const InfluenceMatrix &HeatmapView::matrix() const {
    m_refresh->flush();
    return m_matrix;
}

int HeatmapView::columnCount() const {
    m_refresh->flush();
    return int(m_columns.size());
}

QPoint HeatmapView::highlightedCell() const {
    m_refresh->flush();
    if (m_highlightIcp == 0)
        return {-1, -1};
    int row = -1;
    for (int r = 0; r < rowCount(); ++r)
        if (m_matrix.icpIds[size_t(r)] == m_highlightIcp)
            row = r;
    int column = -1;
    for (int c = 0; c < columnCount(); ++c)
        if (columnKey(c) == m_highlightKey)
            column = c;
    return row < 0 || column < 0 ? QPoint(-1, -1) : QPoint(column, row);
}

void HeatmapView::updateHighlight() {
    if (m_refresh && m_refresh->isPending())
        return; // the refresh places the outline when it runs
    const QPoint cell = highlightedCell();
    m_highlight->setVisible(cell.x() >= 0);
    if (cell.x() < 0)
        return;
    m_highlight->topLeft->setCoords(cell.x() - 0.5, cell.y() - 0.5);
    m_highlight->bottomRight->setCoords(cell.x() + 0.5, cell.y() + 0.5);
}

QString HeatmapView::columnKey(int column) const {
    if (column < 0 || column >= columnCount())
        return {};
    for (PartnerModel model : enumValues<PartnerModel>())
        if (profileIndex(model) == m_columns[size_t(column)])
            return toKey(model);
    return QString(QLatin1String(""));
}

double HeatmapView::cellValue(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return 0.0;
    return m_matrix.cells[size_t(row)][size_t(m_columns[size_t(column)])];
}

QString HeatmapView::cellText(int row, int column) const {
    const int i = row * columnCount() + column;
    if (row < 0 || column < 0 || column >= columnCount() || i >= m_texts.size())
        return {};
    return m_texts.at(i)->text();
}

QPointF HeatmapView::cellCenter(int row, int column) const {
    m_refresh->flush();
    return m_plot->mapTo(
        this, QPointF(m_plot->xAxis->coordToPixel(column), m_plot->yAxis->coordToPixel(row)));
}

bool HeatmapView::cellAt(const QPointF &pos, int *row, int *column) const {
    if (!m_plot->axisRect()->rect().contains(pos.toPoint()))
        return false;
    const int c = int(std::floor(m_plot->xAxis->pixelToCoord(pos.x()) + 0.5));
    const int r = int(std::floor(m_plot->yAxis->pixelToCoord(pos.y()) + 0.5));
    if (r < 0 || r >= rowCount() || c < 0 || c >= columnCount())
        return false;
    *row = r;
    *column = c;
    return true;
}

void HeatmapView::onMousePress(QMouseEvent *event) {
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
}

void HeatmapView::onMouseRelease(QMouseEvent *event) {
    const bool click = m_pressed && event->button() == Qt::LeftButton &&
                       (event->position().toPoint() - m_pressPos).manhattanLength() <= 4;
    m_pressed = false;
    int row = 0;
    int column = 0;
    if (click && cellAt(event->position(), &row, &column))
        Q_EMIT cellClicked(m_matrix.icpIds[size_t(row)], columnKey(column));
}

void HeatmapView::onMouseMove(QMouseEvent *event) {
    int row = 0;
    int column = 0;
    if (!cellAt(event->position(), &row, &column)) {
        QToolTip::hideText();
        return;
    }
    const Portfolio *portfolio = m_document->portfolio();
    const Id icpId = m_matrix.icpIds[size_t(row)];
    const Icp *icp = portfolio->find<Icp>(icpId);
    const QString key = columnKey(column);
    int partners = 0;
    for (int linkRow : portfolio->linkRowsOfIcp(icpId)) {
        const Partner *partner =
            portfolio->find<Partner>(portfolio->links()[size_t(linkRow)].partnerId);
        if (partner && (partner->model ? toKey(*partner->model) : QString()) == key)
            ++partners;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("<b>%1</b> × %2<br>Summed link strength: %3<br>Linked partners: %4")
                           .arg((icp ? icp->name : QString()).toHtmlEscaped(),
                                columnLabel(m_columns[size_t(column)]).toHtmlEscaped(),
                                number(cellValue(row, column)), QLocale().toString(partners)),
                       m_plot);
}

bool HeatmapView::exportTo(const QString &path, int width, int height, QString *error) {
    m_refresh->flush(); // the page may not have been shown since the last edit
    // Exports stay on white whatever the desktop palette: only the screen follows it.
    const bool swap = m_theme == Theme::Default;
    if (swap) {
        m_exporting = true;
        applyStyle();
        refresh();
    }
    const bool ok = exportPlot(m_plot, path, width, height, tr("Influence heatmap"), error);
    if (swap) {
        m_exporting = false;
        applyStyle();
        refresh();
    }
    return ok;
}

} // namespace ps
