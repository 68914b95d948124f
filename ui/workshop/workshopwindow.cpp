// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshopwindow.h"

#include "core/analytics/segmenting.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/heatmapview.h"
#include "ui/map/influencemapview.h"
#include "ui/map/mapoverviewwidget.h"
#include "ui/matrix/matrixview.h"
#include "ui/matrix/weightspanel.h"
#include "ui/segments/segmentcharts.h"
#include "ui/theme/projectortheme.h"
#include "ui/workshop/coveragechart.h"
#include "ui/workshop/decisionoverlay.h"
#include "ui/workshop/matrixnames.h"
#include "ui/workshop/planstep.h"
#include "ui/workshop/spotlightoverlay.h"
#include "ui/workshop/votebars.h"
#include "ui/workshop/workshopdecisions.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ps {

namespace {

QLabel *barLabel(const QFont &font, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setFont(font);
    // Long names and hints are cut rather than widening the window past a small projector.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setStyleSheet(
        QStringLiteral("color: %1").arg(theme::ProjectorTheme::instance().barText.name()));
    return label;
}

QString subtitleOf(int step) {
    switch (step) {
    case WorkshopWindow::Coverage:
        return WorkshopWindow::tr("Start with the ideal customer profiles: how strongly does the "
                                  "portfolio reach each buyer?");
    case WorkshopWindow::Map:
        return WorkshopWindow::tr("Map the partners that influence each buyer, and by which "
                                  "partner model.");
    case WorkshopWindow::Matrix:
        return WorkshopWindow::tr("Prioritize: potential against readiness. Move the weights, "
                                  "compare scenarios, spotlight a partner.");
    case WorkshopWindow::Segments:
        return WorkshopWindow::tr("Segment by partner model: each has its own needs and "
                                  "expectations.");
    case WorkshopWindow::Plan:
        return WorkshopWindow::tr("Where the program budget goes, what it is expected to "
                                  "return, and with what uncertainty.");
    case WorkshopWindow::Decisions:
        return WorkshopWindow::tr("The decisions taken in this session.");
    }
    return {};
}

} // namespace

WorkshopWindow::WorkshopWindow(Document *document, ScoringController *scoring, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_scoring(scoring)
    , m_decisions(new WorkshopDecisions(document, scoring, this)) {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    setObjectName(QStringLiteral("workshopPage"));
    setWindowTitle(tr("Workshop: %1").arg(document->displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, t.background);
    palette.setColor(QPalette::WindowText, t.text);
    palette.setColor(QPalette::Base, t.background);
    palette.setColor(QPalette::Text, t.text);
    palette.setColor(QPalette::Highlight, t.accent);
    palette.setColor(QPalette::HighlightedText, t.accentText);
    setPalette(palette);
    setStyleSheet(t.styleSheet());
    setFont(t.bodyFont);

    const std::vector<Scenario> &scenarios = document->portfolio()->scenarios();
    m_scenarioA = document->portfolio()->data().activeScenarioId;
    for (const Scenario &s : scenarios)
        if (s.id != m_scenarioA) {
            m_scenarioB = s.id;
            break;
        }

    m_subtitle = new QLabel(this);
    m_subtitle->setFont(t.bodyFont);
    m_subtitle->setWordWrap(true);
    m_subtitle->setContentsMargins(40, 16, 40, 8);
    // The spotlighted partner in the title's large type, in place of the step's subtitle; it
    // wraps rather than cutting a long name.
    m_spotlightLabel = new QLabel(this);
    m_spotlightLabel->setObjectName(QStringLiteral("workshopSpotlight"));
    m_spotlightLabel->setFont(t.titleFont);
    m_spotlightLabel->setWordWrap(true);
    m_spotlightLabel->setContentsMargins(40, 10, 40, 6);
    m_spotlightLabel->setAccessibleName(tr("Spotlight"));
    m_spotlightLabel->hide();

    m_steps = new QStackedWidget(this);
    m_coverage = new CoverageChart(document, this);
    m_steps->addWidget(m_coverage);
    m_steps->addWidget(createMapStep());
    m_steps->addWidget(createMatrixStep());
    m_segments = new SegmentCharts(this);
    m_segments->setTheme(SegmentCharts::Theme::Projector);
    m_steps->addWidget(m_segments);
    m_plan = new PlanStep(document, this);
    m_steps->addWidget(m_plan);
    m_summary = new QTableWidget(0, 6, this);
    m_summary->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Quadrant"), tr("Decision"), tr("Owner"), tr("Next step"), tr("Note")});
    m_summary->verticalHeader()->hide();
    for (int column = 0; column < 4; ++column)
        m_summary->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_summary->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setFocusPolicy(Qt::NoFocus);
    // One line per decision: long cells are cut with "…" and shown whole in their tooltip.
    m_summary->setWordWrap(false);
    m_summary->setTextElideMode(Qt::ElideRight);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->setAccessibleName(tr("Decisions taken in this session"));
    auto *summaryPage = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->setContentsMargins(40, 10, 40, 20);
    // An empty table says nothing to the room: until the first decision, a line on how to
    // record one.
    m_summaryHint = new QLabel(
        tr("No decisions yet. Pick a partner with N or P (or / to find one), press D, then I "
           "invest, V develop, M maintain or X exit."),
        summaryPage);
    m_summaryHint->setObjectName(QStringLiteral("workshopDecisionsHint"));
    m_summaryHint->setFont(t.bodyFont);
    m_summaryHint->setWordWrap(true);
    m_summaryHint->setAlignment(Qt::AlignCenter);
    summaryLayout->addWidget(m_summaryHint);
    summaryLayout->addWidget(m_summary);
    m_steps->addWidget(summaryPage);

    setupVoting();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_subtitle);
    layout->addWidget(m_spotlightLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(createFooter());

    m_overlay = new DecisionOverlay(this);
    connect(m_overlay, &DecisionOverlay::accepted, this,
            [this](const QString &owner, const QString &next, const QString &note) {
                m_decisions->addDetails(m_spotlight, owner, next, note);
                setFocus();
            });
    connect(m_overlay, &DecisionOverlay::cancelled, this, [this] { setFocus(); });

    connect(m_scoring, &ScoringController::scoresChanged, this, [this] {
        m_segmentsDirty = true;
        if (m_step == Segments)
            QTimer::singleShot(0, this, &WorkshopWindow::updateSegments);
        updateHeader();
        m_matrixSpot->update();
    });
    connect(document->portfolio(), &Portfolio::activeScenarioChanged, this,
            &WorkshopWindow::updateScenarioView);
    connect(m_decisions, &WorkshopDecisions::changed, this, &WorkshopWindow::updateSummary);
    connect(m_decisions, &WorkshopDecisions::changed, this, &WorkshopWindow::updateHeader);
    setFocusPolicy(Qt::StrongFocus);
    updateScenarioView();
    updateSummary();
    setStep(Coverage);
}

WorkshopWindow::~WorkshopWindow() {
    qApp->removeEventFilter(this);
    setLegendShown(true); // back in the chart's layout, which owns and deletes it
}

WorkshopWindow *WorkshopWindow::start(Document *document, ScoringController *scoring,
                                      QWidget *host) {
    if (auto *open = host->findChild<WorkshopWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *window = new WorkshopWindow(document, scoring, host);
    QScreen *screen = host->screen();
    const QString chosen = QSettings().value(QStringLiteral("workshop/screen")).toString();
    for (QScreen *candidate : QGuiApplication::screens())
        if (!chosen.isEmpty() && candidate->name() == chosen)
            screen = candidate;
    if (screen) {
        window->setGeometry(screen->geometry());
        window->setScreen(screen);
    }
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

QWidget *WorkshopWindow::createHeader() {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("workshopHeader"));
    bar->setStyleSheet(
        QStringLiteral("QWidget#workshopHeader { background: %1; }").arg(t.barBackground.name()));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_indicator = barLabel(t.titleFont, bar);
    m_indicator->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_indicator->setAccessibleName(tr("Step"));
    // Never cut: the scenario line wraps instead when the search box takes room.
    m_scenarioLabel = barLabel(t.bodyFont, bar);
    m_scenarioLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_scenarioLabel->setWordWrap(true);
    m_scenarioLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_scenarioLabel->setAccessibleName(tr("Scenario"));
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find a partner"));
    m_search->setAccessibleName(tr("Find a partner"));
    m_search->setMinimumWidth(420);
    m_search->setStyleSheet(
        QStringLiteral("background: %1; color: %2;").arg(t.background.name(), t.text.name()));
    m_search->hide();
    connect(m_search, &QLineEdit::returnPressed, this, &WorkshopWindow::searchAccepted);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(40, 12, 40, 12);
    layout->setSpacing(40);
    layout->addWidget(m_indicator);
    layout->addWidget(m_scenarioLabel, 1);
    layout->addWidget(m_search);
    return bar;
}

QWidget *WorkshopWindow::createFooter() {
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("workshopFooter"));
    bar->setStyleSheet(
        QStringLiteral("QWidget#workshopFooter { background: %1; }").arg(t.barBackground.name()));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_hints = barLabel(t.hintFont, bar);
    m_message = barLabel(t.hintFont, bar);
    QFont bold = t.hintFont;
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(40, 8, 40, 8);
    layout->addWidget(m_hints, 1);
    layout->addWidget(m_message);
    return bar;
}

QWidget *WorkshopWindow::createMapStep() {
    auto *page = new QWidget(this);
    // The whole map stays out of sight: it is the overview's source (and follows the spotlight
    // for it); the room sees the overview, where every drawn name is readable.
    m_map = new InfluenceMapView(m_document, m_scoring, page);
    m_map->setTheme(InfluenceMapView::Theme::Projector);
    m_map->hide();
    m_mapOverview = new MapOverviewWidget(m_map, page);
    connect(m_mapOverview, &MapOverviewWidget::partnerClicked, this,
            [this](Id id) { setSpotlight(id); });
    const auto invalidate = [this] { m_mapOverview->invalidate(); };
    connect(m_scoring, &ScoringController::scoresChanged, m_mapOverview, invalidate);
    Portfolio *portfolio = m_document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Icp || kind == EntityKind::Partner || kind == EntityKind::Link)
            m_mapOverview->invalidate();
    };
    connect(portfolio, &Portfolio::rowsInserted, m_mapOverview, onRows);
    connect(portfolio, &Portfolio::rowsRemoved, m_mapOverview, onRows);
    connect(portfolio, &Portfolio::entityChanged, m_mapOverview, onRows);
    connect(portfolio, &Portfolio::reset, m_mapOverview, invalidate);
    m_heatmap = new HeatmapView(m_document, page);
    m_heatmap->setTheme(HeatmapView::Theme::Projector);
    // One view at a time over the whole width, so that every name and column label has room
    // on a 1280x720 projector: the overview, or (H) the ICP x partner-model heatmap.
    m_mapViews = new QStackedWidget(page);
    m_mapViews->addWidget(m_mapOverview);
    m_mapViews->addWidget(m_heatmap);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(20, 0, 20, 10);
    layout->addWidget(m_mapViews);
    return page;
}

QWidget *WorkshopWindow::createMatrixStep() {
    auto *page = new QWidget(this);
    m_matrix = new MatrixView(m_scoring, page);
    m_matrix->setTheme(MatrixView::Theme::Projector);
    // The leading partners by name, with leader lines where the chart is crowded.
    m_matrixNames = new MatrixNames(m_matrix, m_scoring);
    m_matrixSpot = new SpotlightOverlay(m_matrix, [this]() -> std::optional<QPointF> {
        if (m_spotlight == 0 || m_scoring->rowOf(m_spotlight) < 0)
            return std::nullopt;
        return m_matrix->bubbleCenter(m_spotlight);
    });
    connect(m_matrix, &MatrixView::selectionChanged, this, [this](const QList<Id> &ids) {
        if (ids.size() == 1)
            setSpotlight(ids.first());
    });
    // Scrolls on a small projector instead of making the window taller than the screen.
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_weightsBox = scroll;
    auto *weightsContent = new QWidget(scroll);
    auto *weightsLayout = new QVBoxLayout(weightsContent);
    weightsLayout->setContentsMargins(0, 0, 0, 0);
    m_weights = new WeightsPanel(m_document, m_scoring, weightsContent);
    // Slightly smaller than the body type: a whole profile must fit beside the matrix.
    QFont font = theme::ProjectorTheme::instance().bodyFont;
    font.setPixelSize(21);
    m_weights->setFont(font);
    m_weights->setStyleSheet(QStringLiteral("QLabel, QGroupBox, QDoubleSpinBox, QComboBox, "
                                            "QPushButton { font-size: 21px; }"));
    weightsLayout->addWidget(m_weights);
    weightsLayout->addStretch();
    scroll->setWidget(weightsContent);
    m_weightsBox->setFixedWidth(640);
    // Closed at the start (with the legend, after the layout below): the chart has the screen;
    // W opens the sliders beside it.
    m_weightsBox->hide();
    // Placement votes on the spotlighted partner, in one line under the matrix while voting is
    // open (workshopwindow_voting.cpp).
    m_matrixVotes = new VoteStrip(page);
    m_matrixVotes->hide();
    auto *matrixColumn = new QVBoxLayout;
    matrixColumn->addWidget(m_matrix, 1);
    matrixColumn->addWidget(m_matrixVotes);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(20, 0, 20, 10);
    layout->setSpacing(20);
    layout->addLayout(matrixColumn, 1);
    layout->addWidget(m_weightsBox);
    setLegendShown(false);
    return page;
}

QString WorkshopWindow::stepTitle(int step) {
    switch (step) {
    case Coverage:
        return tr("ICP coverage");
    case Map:
        return tr("Influence map");
    case Matrix:
        return tr("Matrix");
    case Segments:
        return tr("Segments");
    case Plan:
        return tr("Plan");
    case Decisions:
        return tr("Decisions");
    }
    return {};
}

QString WorkshopWindow::stepIndicatorText() const {
    return tr("%1 / %2  %3").arg(m_step + 1).arg(int(StepCount)).arg(stepTitle(m_step));
}

void WorkshopWindow::setStep(int step) {
    step = qBound(0, step, int(StepCount) - 1);
    const bool changed = step != m_step;
    m_step = step;
    m_steps->setCurrentIndex(step);
    m_subtitle->setText(subtitleOf(step));
    m_subtitle->show();
    if (step == Segments && m_segmentsDirty)
        updateSegments();
    if (step == Map)
        m_mapOverview->invalidate();
    updateHeader();
    if (changed)
        Q_EMIT stepChanged(step);
}

void WorkshopWindow::updateHeader() {
    m_indicator->setText(isVotingShown() ? tr("Voting") : stepIndicatorText());
    QString hints = tr("PgDn/PgUp steps · N/P partner · / find · D decide · A/B scenario");
    if (m_step == Matrix)
        hints +=
            m_weightsBox->isVisible() ? tr(" · W close weights") : tr(" · W weights and legend");
    if (m_step == Map)
        hints += isHeatmapShown() ? tr(" · H map overview") : tr(" · H heatmap");
    if (m_step == Decisions)
        hints += tr(" · E export");
    if (m_step == Plan)
        hints += tr(" · +/− budget");
    hints += QStringLiteral(" · ") + votingHints();
    hints += tr(" · Esc leave");
    if (isVotingShown())
        hints = votingHints() + tr(" · N/P partner · D decide · Esc leave");
    if (m_decisionPending)
        hints = tr("Decision for %1:  I invest · V develop · M maintain · X exit · Esc cancel")
                    .arg(partnerName(m_spotlight));
    m_hints->setText(hints);
    m_spotlightLabel->setVisible(m_spotlight != 0 && !isVotingShown());
    // On a small projector (720 lines) the map and the matrix need every line: no subtitle.
    const bool chartStep = m_step == Map || m_step == Matrix;
    m_subtitle->setVisible(m_spotlight == 0 && !isVotingShown() && !(chartStep && height() < 800));
    if (m_spotlight == 0) {
        m_spotlightLabel->clear();
        return;
    }
    QString text = partnerName(m_spotlight);
    const int row = m_scoring->rowOf(m_spotlight);
    if (row >= 0 && size_t(row) < m_scoring->scores().size())
        text += QStringLiteral(" · ") + label(m_scoring->scores()[size_t(row)].quadrant);
    if (const Partner *p = m_document->portfolio()->find<Partner>(m_spotlight);
        p && p->decision != Decision::None)
        text += QStringLiteral(" · ") + tr("decided: %1").arg(label(p->decision));
    m_spotlightLabel->setText(text);
}

bool WorkshopWindow::isHeatmapShown() const {
    return m_mapViews->currentWidget() == m_heatmap;
}

void WorkshopWindow::showHeatmap(bool shown) {
    m_mapViews->setCurrentWidget(shown ? static_cast<QWidget *>(m_heatmap) : m_mapOverview);
    updateHeader();
}

void WorkshopWindow::updateScenarioView() {
    const Portfolio *portfolio = m_document->portfolio();
    const Id active = portfolio->data().activeScenarioId;
    const Scenario *shown = portfolio->find<Scenario>(active);
    const Id otherId = active == m_scenarioB ? m_scenarioA : m_scenarioB;
    const Scenario *other = m_scenarioB ? portfolio->find<Scenario>(otherId) : nullptr;
    const QString letter = active == m_scenarioB ? QStringLiteral("B") : QStringLiteral("A");
    QString text = shown ? tr("%1: %2").arg(letter, shown->name) : QString();
    // Arrows only once the room has switched: the first view is the plain matrix.
    if (other && m_switched) {
        m_matrix->setComparison(*other);
        text += tr(" · arrows to %1").arg(other->name);
    } else {
        m_matrix->setComparison(std::nullopt);
    }
    m_scenarioLabel->setText(text);
}

void WorkshopWindow::updateSegments() {
    m_segmentsDirty = false;
    const PortfolioData &data = m_document->portfolio()->data();
    const SegmentTable table =
        computeSegments(data, m_scoring->criteria(), m_scoring->scores(), SegmentBy::Model);
    m_segments->setSegments(data, table.segments, table.stats, m_scoring->scores());
}

void WorkshopWindow::updateSummary() {
    const std::vector<WorkshopDecision> rows = m_decisions->summary();
    m_summary->setRowCount(int(rows.size()));
    m_summaryHint->setVisible(rows.empty());
    const int lineHeight = m_summary->fontMetrics().height() + 12;
    m_summary->verticalHeader()->setDefaultSectionSize(lineHeight);
    for (int r = 0; r < int(rows.size()); ++r) {
        const WorkshopDecision &d = rows[size_t(r)];
        const QStringList cells = {d.partner, d.quadrant, label(d.decision),
                                   d.owner,   d.nextStep, d.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_summary->setItem(r, c, item);
        }
        m_summary->setRowHeight(r, lineHeight);
    }
}

void WorkshopWindow::showMessage(const QString &text) {
    m_message->setText(text);
    QTimer::singleShot(6000, m_message, [label = m_message, text] {
        if (label->text() == text)
            label->clear();
    });
}

void WorkshopWindow::exportSummary() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Decisions"), QString(),
                                     tr("HTML page (*.html);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_decisions->exportTo(path, &error))
        showMessage(tr("Decisions exported to %1").arg(path));
    else
        showMessage(error);
}

void WorkshopWindow::nextScreen() {
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2) {
        showMessage(tr("Only one screen is connected."));
        return;
    }
    const int index = screens.indexOf(screen());
    QScreen *next = screens[(index + 1) % screens.size()];
    QSettings().setValue(QStringLiteral("workshop/screen"), next->name());
    showNormal();
    setScreen(next);
    setGeometry(next->geometry());
    showFullScreen();
    showMessage(tr("Now on screen %1").arg(next->name()));
}

void WorkshopWindow::showEvent(QShowEvent *event) {
    // Keys reach the workshop whichever view has focus; see eventFilter().
    qApp->installEventFilter(this);
    QWidget::showEvent(event);
}

void WorkshopWindow::hideEvent(QHideEvent *event) {
    qApp->removeEventFilter(this);
    QWidget::hideEvent(event);
}

void WorkshopWindow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    updateHeader();
}

void WorkshopWindow::closeEvent(QCloseEvent *event) {
    qApp->removeEventFilter(this);
    if (parentWidget())
        parentWidget()->activateWindow();
    QWidget::closeEvent(event);
}

} // namespace ps
