// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix/matrixpage.h"

#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/matrixview.h"
#include "ui/matrix/scenariobar.h"
#include "ui/matrix/weightspanel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/scoring/scoreexplanation.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {
namespace {

/// Pixel size of exported charts: sharp on a projector and in a printed report.
constexpr int ExportWidth = 1800;
constexpr int ExportHeight = 1350;

QComboBox *comboWithLabel(QWidget *parent, QHBoxLayout *layout, const QString &text) {
    auto *combo = new QComboBox(parent);
    auto *label = new QLabel(text, parent);
    label->setBuddy(combo);
    combo->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(label);
    layout->addWidget(combo);
    return combo;
}

QString signedNumber(double v) {
    const QString text = QLocale().toString(v, 'f', 1);
    return v > 0.0 ? QStringLiteral("+") + text : text;
}

} // namespace

MatrixPage::MatrixPage(Document *document, ScoringController *scoring, PartnerSelection *selection,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scoring(scoring)
    , m_selection(selection)
    , m_matrix(new MatrixView(scoring, this))
    , m_weights(new WeightsPanel(document, scoring, this))
    , m_scenarioBar(new ScenarioBar(document, this))
    , m_detail(new PartnerDetail(document, this)) {
    m_detail->setScoring(scoring);
    // Beside the matrix, why a partner sits where it does matters most.
    m_detail->tabs()->setCurrentWidget(m_detail->scoreExplanation());
    m_exportPrompt = [](QWidget *parent) {
        return QFileDialog::getSaveFileName(
            parent, tr("Export Chart"), tr("matrix.png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    };

    m_moves = new QTableWidget(this);
    m_moves->setColumnCount(5);
    m_moves->setHorizontalHeaderLabels(
        {tr("Partner"), tr("From"), tr("To"), tr("Δ Potential"), tr("Δ Readiness")});
    m_moves->verticalHeader()->hide();
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moves->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_moves->setAccessibleName(tr("Partners that change quadrant"));
    m_movesTitle = new QLabel(this);
    connect(m_moves, &QTableWidget::itemSelectionChanged, this, [this] {
        QList<Id> ids;
        for (const QModelIndex &index : m_moves->selectionModel()->selectedRows())
            ids << m_moves->item(index.row(), 0)->data(Qt::UserRole).value<Id>();
        if (!ids.isEmpty())
            m_selection->setIds(ids);
    });
    auto *movesPanel = new QWidget(this);
    auto *movesLayout = new QVBoxLayout(movesPanel);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(m_movesTitle);
    movesLayout->addWidget(m_moves, 1);
    movesPanel->setVisible(false);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_matrix);
    centre->addWidget(movesPanel);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);
    centre->setChildrenCollapsible(false);

    auto *weightsScroll = new QScrollArea(this);
    weightsScroll->setWidget(m_weights);
    weightsScroll->setWidgetResizable(true);
    weightsScroll->setFrameShape(QFrame::NoFrame);
    weightsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side = new QTabWidget(this);
    m_side->addTab(weightsScroll, tr("&Weights"));
    m_side->addTab(m_detail, tr("Pa&rtner"));
    m_side->setMinimumWidth(
        qMax(fontMetrics().averageCharWidth() * 46, m_weights->minimumSizeHint().width() + 24));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(centre);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStrip());
    layout->addWidget(splitter, 1);

    connect(m_matrix, &MatrixView::selectionChanged, this,
            [this](const QList<Id> &ids) { m_selection->setIds(ids); });
    connect(m_selection, &PartnerSelection::changed, this, &MatrixPage::selectionChanged);
    connect(m_scoring, &ScoringController::scoresChanged, this, [this, movesPanel] {
        movesPanel->setVisible(m_compare->currentData().value<Id>() != 0);
        updateComparison();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this, movesPanel] {
        if (m_rebuilding)
            return;
        movesPanel->setVisible(m_compare->currentData().value<Id>() != 0);
        updateComparison();
    });

    Portfolio *portfolio = document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Scenario) {
            rebuildScenarioChoices();
            updateComparison();
        } else if (kind == EntityKind::Icp) {
            rebuildIcpChoices();
        }
    };
    connect(portfolio, &Portfolio::rowsInserted, this, onRows);
    connect(portfolio, &Portfolio::rowsRemoved, this, onRows);
    connect(portfolio, &Portfolio::entityChanged, this, onRows);
    connect(portfolio, &Portfolio::activeScenarioChanged, this, [this] {
        rebuildScenarioChoices();
        updateComparison();
    });
    connect(portfolio, &Portfolio::reset, this, [this] {
        rebuildScenarioChoices();
        rebuildIcpChoices();
        applyFilter();
        updateComparison();
    });
    rebuildScenarioChoices();
    rebuildIcpChoices();
    selectionChanged(m_selection->ids());
}

QWidget *MatrixPage::createStrip() {
    auto *strip = new QWidget(this);
    auto *rows = new QVBoxLayout(strip);
    rows->setContentsMargins(0, 0, 0, 0);

    auto *first = new QHBoxLayout;
    first->addWidget(m_scenarioBar);
    first->addSpacing(16);
    m_compare = comboWithLabel(strip, first, tr("Compare &with:"));
    m_compare->setToolTip(tr("Draw arrows to where each partner lands in another scenario"));
    first->addStretch(1);
    m_export = new QToolButton(strip);
    m_export->setText(tr("E&xport Chart..."));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString path = m_exportPrompt(this);
        if (!path.isEmpty())
            exportChart(path);
    });
    first->addWidget(m_export);

    auto *second = new QHBoxLayout;
    m_bubbleSize = comboWithLabel(strip, second, tr("&Bubble size:"));
    m_bubbleSize->addItem(tr("Revenue"), int(BubbleSize::Revenue));
    m_bubbleSize->addItem(tr("Pipeline"), int(BubbleSize::Pipeline));
    m_bubbleSize->addItem(tr("Investment"), int(BubbleSize::Investment));
    m_bubbleSize->addItem(tr("Uniform"), int(BubbleSize::Uniform));
    connect(m_bubbleSize, &QComboBox::currentIndexChanged, this,
            [this] { m_matrix->setBubbleSize(BubbleSize(m_bubbleSize->currentData().toInt())); });
    second->addSpacing(16);
    m_modelFilter = comboWithLabel(strip, second, tr("&Model:"));
    m_modelFilter->addItem(tr("All models"));
    for (PartnerModel model : enumValues<PartnerModel>())
        m_modelFilter->addItem(label(model), toKey(model));
    // An empty key (not an invalid QVariant) stands for partners without a model.
    m_modelFilter->addItem(tr("Needs classification"), QString(QLatin1String("")));
    m_statusFilter = comboWithLabel(strip, second, tr("S&tatus:"));
    m_statusFilter->addItem(tr("All statuses"));
    for (PartnerStatus status : enumValues<PartnerStatus>())
        m_statusFilter->addItem(label(status), toKey(status));
    m_icpFilter = comboWithLabel(strip, second, tr("&ICP:"));
    for (QComboBox *combo : {m_modelFilter, m_statusFilter, m_icpFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_rebuilding)
                applyFilter();
        });
    second->addStretch(1);

    rows->addLayout(first);
    rows->addLayout(second);
    return strip;
}

void MatrixPage::rebuildScenarioChoices() {
    const QScopedValueRollback<bool> guard(m_rebuilding, true);
    const Id chosen = m_compare->currentData().value<Id>();
    const Scenario *active = m_document->portfolio()->activeScenario();
    m_compare->clear();
    m_compare->addItem(tr("None"), QVariant::fromValue<Id>(0));
    for (const Scenario &s : m_document->portfolio()->scenarios())
        if (!active || s.id != active->id)
            m_compare->addItem(s.name, QVariant::fromValue<Id>(s.id));
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(QVariant::fromValue<Id>(chosen))));
    m_compare->setEnabled(m_compare->count() > 1);
}

void MatrixPage::rebuildIcpChoices() {
    const QScopedValueRollback<bool> guard(m_rebuilding, true);
    const Id chosen = m_icpFilter->currentData().value<Id>();
    m_icpFilter->clear();
    m_icpFilter->addItem(tr("Any ICP"), QVariant::fromValue<Id>(0));
    for (const Icp &icp : m_document->portfolio()->icps())
        m_icpFilter->addItem(icp.name, QVariant::fromValue<Id>(icp.id));
    const int row = m_icpFilter->findData(QVariant::fromValue<Id>(chosen));
    m_icpFilter->setCurrentIndex(qMax(0, row));
    if (row < 0 && chosen != 0)
        applyFilter(); // the ICP filtered on is gone
}

void MatrixPage::applyFilter() {
    MatrixFilter filter;
    const QVariant model = m_modelFilter->currentData();
    if (model.isValid())
        filter.modelKeys.insert(model.toString());
    const QVariant status = m_statusFilter->currentData();
    if (status.isValid())
        filter.statusKeys.insert(status.toString());
    filter.icpId = m_icpFilter->currentData().value<Id>();
    m_matrix->setFilter(filter);
}

void MatrixPage::updateComparison() {
    const Id otherId = m_compare->currentData().value<Id>();
    const Scenario *other = otherId ? m_document->portfolio()->find<Scenario>(otherId) : nullptr;
    m_matrix->setComparison(other ? std::optional<Scenario>(*other) : std::nullopt);
    const QSignalBlocker blocker(m_moves);
    m_moves->setRowCount(0);
    if (!other)
        return;
    const std::vector<ScenarioMove> moves =
        compareScenarios(m_scoring->criteria(), m_scoring->scenario(), *other);
    const Portfolio *portfolio = m_document->portfolio();
    int row = 0;
    for (const ScenarioMove &move : moves) {
        if (!move.changedQuadrant())
            continue;
        const Partner *partner = portfolio->find<Partner>(move.partnerId);
        m_moves->setRowCount(row + 1);
        auto *name = new QTableWidgetItem(partner ? partner->name : QString());
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(move.partnerId));
        m_moves->setItem(row, 0, name);
        m_moves->setItem(row, 1, new QTableWidgetItem(label(move.from)));
        m_moves->setItem(row, 2, new QTableWidgetItem(label(move.to)));
        for (int c : {3, 4}) {
            auto *delta = new QTableWidgetItem(
                signedNumber(c == 3 ? move.potentialDelta : move.readinessDelta));
            delta->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_moves->setItem(row, c, delta);
        }
        ++row;
    }
    m_movesTitle->setText(
        tr("Partners that change quadrant from %1 to %2: %3")
            .arg(m_scoring->scenario().name, other->name, QLocale().toString(row)));
}

void MatrixPage::selectionChanged(const QList<Id> &ids) {
    // Hidden, the matrix may be behind the scores: it takes the ids without comparing.
    if (!m_matrix->isVisible() || m_matrix->selectedPartners() != ids)
        m_matrix->setSelectedPartners(ids);
    m_detail->setPartner(m_selection->current());
}

bool MatrixPage::exportChart(const QString &path) {
    QString error;
    if (m_matrix->exportTo(path, ExportWidth, ExportHeight, &error))
        return true;
    QMessageBox::warning(this, tr("Export Chart"),
                         error.isEmpty() ? tr("Could not export the chart.") : error);
    return false;
}

} // namespace ps
