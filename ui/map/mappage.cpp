// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mappage.h"

#include "core/analytics/coverage.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/heatmapview.h"
#include "ui/map/icpfocuspanel.h"
#include "ui/map/linksuggestionspanel.h"
#include "ui/map/mapoverviewwidget.h"
#include "ui/shell/lazyrefresh.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {
namespace {

/// Pixel size of exported heatmaps: sharp on a projector and in a printed report.
constexpr int HeatmapExportWidth = 1800;
constexpr int HeatmapExportHeight = 1200;

/// Background of a gap row: a light tint of Okabe-Ito orange, apart from every model colour.
const QColor GapBackground(0xfb, 0xe3, 0xb3);

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

QString modelKeyOf(const Partner &partner) {
    return partner.model ? toKey(*partner.model) : QString(QLatin1String(""));
}

} // namespace

MapPage::MapPage(Document *document, ScoringController *scoring, PartnerSelection *selection,
                 QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_map(new InfluenceMapView(document, scoring, this))
    , m_heatmap(new HeatmapView(document, this))
    , m_rebuild(new LazyRefresh(
          this,
          [this] {
              rebuildCoverage();
              rebuildNames();
              pruneCellFilter();
          },
          0)) {
    m_exportPrompt = [](QWidget *parent, const QString &what) {
        return QFileDialog::getSaveFileName(
            parent, what == QLatin1String("map") ? tr("Export Map") : tr("Export Heatmap"),
            what == QLatin1String("map") ? tr("influence-map.png") : tr("influence-heatmap.png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    };

    m_coverage = new QTableWidget(this);
    m_coverage->setColumnCount(CoverageColumns);
    m_coverage->setHorizontalHeaderLabels(
        {tr("ICP"), tr("Influence"), tr("Strong partners"), tr("Gap")});
    m_coverage->verticalHeader()->hide();
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverage->horizontalHeader()->setSectionResizeMode(IcpColumn, QHeaderView::Stretch);
    for (int c = InfluenceColumn; c < CoverageColumns; ++c)
        m_coverage->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_coverage->setAccessibleName(tr("Coverage by ICP"));
    m_coverage->setToolTip(tr("Influence 0-100 from the strength of each ICP's links; a gap is "
                              "an ICP no partner reaches strongly"));

    m_suggestions = new LinkSuggestionsPanel(document, this);
    m_focus = new IcpFocusPanel(document, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("mapSideTabs"));
    m_sideTabs->addTab(m_coverage, tr("Covera&ge"));
    m_sideTabs->addTab(m_focus, tr("ICP Foc&us"));
    m_sideTabs->addTab(m_suggestions, tr("Suggested Lin&ks"));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_heatmap);
    side->addWidget(m_sideTabs);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);

    // The whole map, or its overview with every drawn name readable: the overview where the
    // whole map would print its names too small, until the user chooses.
    m_overview = new MapOverviewWidget(m_map, this);
    m_mapColumn = new QWidget(this);
    m_overviewHint = new QLabel(m_mapColumn);
    m_overviewHint->setObjectName(QStringLiteral("overviewHint"));
    m_overviewHint->setWordWrap(true);
    m_overviewHint->setVisible(false);
    m_mapStack = new QStackedWidget(m_mapColumn);
    m_mapStack->addWidget(m_map);
    m_mapStack->addWidget(m_overview);
    auto *column = new QVBoxLayout(m_mapColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_overviewHint);
    column->addWidget(m_mapStack, 1);
    m_mapColumn->installEventFilter(this);
    connect(m_overview, &MapOverviewWidget::partnerClicked, this, [this](Id id) {
        showOverview(false, true);
        m_map->centerOnPartner(id);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_mapColumn);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The map needs the room; size hints alone would give the heatmap's long labels the most.
    splitter->setSizes({3000, 2500});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStrip());
    layout->addWidget(splitter, 1);

    connect(m_heatmap, &HeatmapView::cellClicked, this, &MapPage::filterToCell);
    connect(m_map, &InfluenceMapView::selectionChanged, this,
            [this](const QList<Id> &ids) { m_selection->setIds(ids); });
    connect(m_selection, &PartnerSelection::changed, this, &MapPage::selectionChanged);
    connect(m_map, &InfluenceMapView::icpClicked, this, &MapPage::focusIcp);
    connect(m_coverage, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (QTableWidgetItem *name = m_coverage->item(item->row(), IcpColumn))
            focusIcp(name->data(Qt::UserRole).value<Id>());
    });
    connect(m_focus, &IcpFocusPanel::icpChosen, this, [this](Id id) {
        if (id != 0)
            m_map->focusIcpNode(id);
    });

    Portfolio *portfolio = document->portfolio();
    const auto onRows = [this](EntityKind kind) {
        if (kind == EntityKind::Icp || kind == EntityKind::Partner || kind == EntityKind::Link) {
            scheduleRebuild();
            m_overview->invalidate();
        }
    };
    if (scoring)
        connect(scoring, &ScoringController::scoresChanged, m_overview,
                &MapOverviewWidget::invalidate);
    connect(portfolio, &Portfolio::rowsInserted, this, onRows);
    connect(portfolio, &Portfolio::rowsRemoved, this, onRows);
    connect(portfolio, &Portfolio::entityChanged, this, onRows);
    connect(portfolio, &Portfolio::reset, this, [this] {
        // A heatmap cell of another portfolio means nothing here.
        m_cellPartners.clear();
        m_heatmap->clearHighlight();
        m_overview->invalidate();
        applyFilter();
        scheduleRebuild();
        // Another portfolio: its map may name its nodes readably, or no longer.
        chooseView();
    });
    rebuildCoverage();
    rebuildNames();
    applyFilter();
    selectionChanged(m_selection->ids());
}

QWidget *MapPage::createStrip() {
    auto *strip = new QWidget(this);
    auto *rows = new QVBoxLayout(strip);
    rows->setContentsMargins(0, 0, 0, 0);

    auto *first = new QHBoxLayout;
    m_layout = comboWithLabel(strip, first, tr("&Layout:"));
    m_layout->addItem(tr("Layered"), int(MapLayoutKind::Layered));
    m_layout->addItem(tr("Force-directed"), int(MapLayoutKind::Force));
    m_layout->setToolTip(tr("Layered: ICPs on the left, partners grouped by model, distributors "
                            "upstream. Force-directed: linked nodes pull together."));
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        m_map->setLayoutKind(MapLayoutKind(m_layout->currentData().toInt()));
        m_map->fitAll();
    });
    // A layout is the whole map's: choosing one shows it.
    connect(m_layout, &QComboBox::activated, this, [this] { showOverview(false, true); });
    first->addSpacing(12);
    m_search = new QLineEdit(strip);
    m_search->setPlaceholderText(tr("Find a partner..."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a partner"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_names = new QStringListModel(this);
    auto *completer = new QCompleter(m_names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { searchPartner(name); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { searchPartner(m_search->text()); });
    first->addWidget(m_search);
    // Ctrl+F while the page (not the whole window) has focus: other pages have their own search.
    auto *find = new QAction(tr("Find a Partner"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto *fit = new QToolButton(strip);
    fit->setText(tr("Fit to &Window"));
    fit->setToolTip(tr("Zoom to show the whole map"));
    connect(fit, &QToolButton::clicked, m_map, &InfluenceMapView::fitAll);
    first->addWidget(fit);
    m_overviewButton = new QToolButton(strip);
    m_overviewButton->setObjectName(QStringLiteral("overviewButton"));
    m_overviewButton->setText(tr("Overv&iew"));
    m_overviewButton->setCheckable(true);
    m_overviewButton->setToolTip(
        tr("Show ICPs, partner models and the strongest partners as flows, every name readable; "
           "click a partner to see it on the whole map"));
    connect(m_overviewButton, &QToolButton::toggled, this, [this, fit](bool on) {
        m_mapStack->setCurrentWidget(on ? static_cast<QWidget *>(m_overview) : m_map);
        fit->setEnabled(!on);
        updateOverviewHint();
    });
    // Clicked (mouse or Alt+I), unlike toggled, is the user's: the page no longer chooses.
    connect(m_overviewButton, &QToolButton::clicked, this, [this] { m_overviewChosen = true; });
    first->addWidget(m_overviewButton);
    first->addSpacing(12);
    m_cellLabel = new QLabel(strip);
    m_cellLabel->setVisible(false);
    first->addWidget(m_cellLabel);
    m_clearCell = new QToolButton(strip);
    m_clearCell->setText(tr("&Clear Filter"));
    m_clearCell->setToolTip(tr("Show all partners again after a heatmap cell narrowed the map"));
    m_clearCell->setEnabled(false);
    connect(m_clearCell, &QToolButton::clicked, this, &MapPage::clearCellFilter);
    first->addWidget(m_clearCell);
    m_message = new QLabel(strip);
    first->addWidget(m_message, 1);
    auto *exportMapButton = new QToolButton(strip);
    exportMapButton->setText(tr("Export Ma&p..."));
    exportMapButton->setToolTip(tr("Save the map as PNG, SVG or PDF"));
    connect(exportMapButton, &QToolButton::clicked, this, [this] {
        const QString path = m_exportPrompt(this, QStringLiteral("map"));
        if (!path.isEmpty())
            exportMap(path);
    });
    first->addWidget(exportMapButton);
    auto *exportHeatmapButton = new QToolButton(strip);
    exportHeatmapButton->setText(tr("Export He&atmap..."));
    exportHeatmapButton->setToolTip(tr("Save the heatmap as PNG, SVG or PDF"));
    connect(exportHeatmapButton, &QToolButton::clicked, this, [this] {
        const QString path = m_exportPrompt(this, QStringLiteral("heatmap"));
        if (!path.isEmpty())
            exportHeatmap(path);
    });
    first->addWidget(exportHeatmapButton);

    auto *second = new QHBoxLayout;
    m_modelFilter = comboWithLabel(strip, second, tr("M&odel:"));
    m_modelFilter->addItem(tr("All models"));
    for (PartnerModel model : enumValues<PartnerModel>())
        m_modelFilter->addItem(label(model), toKey(model));
    // An empty key (not an invalid QVariant) stands for partners without a model.
    m_modelFilter->addItem(tr("Needs classification"), QString(QLatin1String("")));
    m_statusFilter = comboWithLabel(strip, second, tr("S&tatus:"));
    m_statusFilter->addItem(tr("All statuses"));
    for (PartnerStatus status : enumValues<PartnerStatus>())
        m_statusFilter->addItem(label(status), toKey(status));
    m_roleFilter = comboWithLabel(strip, second, tr("&Role:"));
    m_roleFilter->addItem(tr("All roles"));
    for (LinkRole role : enumValues<LinkRole>())
        m_roleFilter->addItem(label(role), toKey(role));
    for (QComboBox *combo : {m_modelFilter, m_statusFilter, m_roleFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MapPage::applyFilter);
        // The filters narrow the whole map, not the overview: the user sees what they do.
        connect(combo, &QComboBox::activated, this, [this] { showOverview(false, true); });
    }
    auto *strengthLabel = new QLabel(tr("Minimum &strength:"), strip);
    m_minStrength = new QSpinBox(strip);
    m_minStrength->setRange(0, 5);
    m_minStrength->setAccessibleName(tr("Minimum strength"));
    m_minStrength->setToolTip(tr("Hide links weaker than this"));
    strengthLabel->setBuddy(m_minStrength);
    connect(m_minStrength, &QSpinBox::valueChanged, this, &MapPage::applyFilter);
    connect(m_minStrength, &QSpinBox::valueChanged, this, [this] { showOverview(false, true); });
    second->addWidget(strengthLabel);
    second->addWidget(m_minStrength);
    second->addStretch(1);

    rows->addLayout(first);
    rows->addLayout(second);
    return strip;
}

void MapPage::applyFilter() {
    MapFilter filter;
    for (QComboBox *combo : {m_modelFilter, m_statusFilter, m_roleFilter}) {
        const QVariant key = combo->currentData();
        if (!key.isValid())
            continue;
        QSet<QString> &set = combo == m_modelFilter    ? filter.modelKeys
                             : combo == m_statusFilter ? filter.statusKeys
                                                       : filter.roleKeys;
        set.insert(key.toString());
    }
    filter.minStrength = m_minStrength->value();
    filter.partnerIds = m_cellPartners;
    m_filter = filter;
    m_map->setFilter(filter);
    m_clearCell->setEnabled(!m_cellPartners.isEmpty());
    m_cellLabel->setVisible(!m_cellPartners.isEmpty());
}

bool MapPage::filterToCell(Id icpId, const QString &modelKey) {
    const Portfolio *portfolio = m_document->portfolio();
    const Icp *icp = portfolio->find<Icp>(icpId);
    if (!icp)
        return false;
    QSet<Id> ids;
    QList<Id> ordered;
    for (int row : portfolio->linkRowsOfIcp(icpId)) {
        const InfluenceLink &link = portfolio->links()[size_t(row)];
        const Partner *partner = portfolio->find<Partner>(link.partnerId);
        if (partner && modelKeyOf(*partner) == modelKey && !ids.contains(partner->id)) {
            ids.insert(partner->id);
            ordered << partner->id;
        }
    }
    const std::optional<PartnerModel> model = enumFromKey<PartnerModel>(modelKey);
    const QString modelName = model ? label(*model) : tr("Needs classification");
    if (ids.isEmpty()) {
        showMessage(tr("No %1 partner is linked to %2.").arg(modelName, icp->name));
        return false;
    }
    m_cellPartners = ids;
    m_cellLabel->setText(
        tr("Showing %1 × %2: %Ln partners", nullptr, int(ids.size())).arg(icp->name, modelName));
    m_heatmap->setHighlightedCell(icpId, modelKey);
    showMessage(QString());
    showOverview(false, true);
    applyFilter();
    m_selection->setIds(ordered);
    m_map->fitAll();
    return true;
}

bool MapPage::focusIcp(Id icpId) {
    if (!m_document->portfolio()->find<Icp>(icpId))
        return false;
    m_focus->setIcp(icpId);
    m_sideTabs->setCurrentWidget(m_focus);
    m_map->focusIcpNode(icpId);
    return true;
}

void MapPage::clearCellFilter() {
    if (m_cellPartners.isEmpty())
        return;
    m_cellPartners.clear();
    m_heatmap->clearHighlight();
    applyFilter();
    m_map->fitAll();
}

bool MapPage::searchPartner(const QString &name) {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return false;
    for (const Partner &partner : m_document->portfolio()->partners()) {
        if (partner.name.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        // The partner is shown where it is: on the whole map.
        showOverview(false, true);
        if (!m_map->centerOnPartner(partner.id)) {
            showMessage(tr("%1 is hidden by the filters.").arg(partner.name));
            return false;
        }
        showMessage(QString());
        m_selection->setIds({partner.id});
        return true;
    }
    showMessage(tr("No partner is named \"%1\".").arg(wanted));
    return false;
}

bool MapPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_mapColumn &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        chooseView();
    return QWidget::eventFilter(watched, event);
}

void MapPage::showOverview(bool on, bool chosen) {
    m_overviewChosen = m_overviewChosen || chosen;
    m_overviewButton->setChecked(on);
    updateOverviewHint();
}

void MapPage::chooseView() {
    // Hidden (another page is current), the map is not laid out to decide.
    if (!m_mapColumn->isVisible() || m_mapColumn->size().isEmpty())
        return;
    // The whole column: the hint is shown only with the overview.
    m_mapReadable = m_map->namesReadableAt(QSizeF(m_mapColumn->size()));
    if (!m_overviewChosen)
        showOverview(!m_mapReadable, false);
    else
        updateOverviewHint();
}

void MapPage::updateOverviewHint() {
    const bool on = m_overviewButton->isChecked();
    m_overviewHint->setVisible(on);
    if (!on)
        return;
    const QString button = m_overviewButton->text().remove(QLatin1Char('&'));
    const QString how = tr("Click a name, or turn off \"%1\", to see the whole map.").arg(button);
    m_overviewHint->setText(m_mapReadable ? how
                                          : tr("The whole map would print its names too small "
                                               "to read here; this overview names the partners "
                                               "with the strongest links.") +
                                                QLatin1Char(' ') + how);
}

void MapPage::scheduleRebuild() {
    // Bulk edits and undo of a cascade emit many signals; rebuild once after them, or when the
    // page is shown.
    m_rebuild->request();
}

void MapPage::pruneCellFilter() {
    // Deleted partners leave the heatmap cell's filter; once none is left the map shows all
    // again instead of an empty picture.
    if (m_cellPartners.isEmpty())
        return;
    const Portfolio *portfolio = m_document->portfolio();
    const qsizetype before = m_cellPartners.size();
    m_cellPartners.removeIf([portfolio](Id id) { return !portfolio->find<Partner>(id); });
    if (m_cellPartners.size() == before)
        return;
    if (m_cellPartners.isEmpty())
        m_heatmap->clearHighlight();
    applyFilter();
}

void MapPage::rebuildCoverage() {
    const Portfolio *portfolio = m_document->portfolio();
    const std::vector<IcpCoverage> coverage = computeCoverage(portfolio->data());
    m_coverage->setRowCount(int(coverage.size()));
    int row = 0;
    for (const IcpCoverage &c : coverage) {
        const Icp *icp = portfolio->find<Icp>(c.icpId);
        auto *name = new QTableWidgetItem(icp ? icp->name : QString());
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(c.icpId));
        auto *influence = new QTableWidgetItem(QLocale().toString(c.influence, 'f', 0));
        influence->setData(Qt::ToolTipRole,
                           tr("%Ln partners linked", nullptr, int(c.linkedPartners)));
        auto *strong = new QTableWidgetItem(QLocale().toString(c.strongPartners));
        auto *gap = new QTableWidgetItem(c.gap ? tr("Gap") : QString());
        const QList<QTableWidgetItem *> items{name, influence, strong, gap};
        for (int column = 0; column < CoverageColumns; ++column) {
            QTableWidgetItem *item = items.at(column);
            if (column != IcpColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c.gap) {
                item->setBackground(GapBackground);
                item->setForeground(QColor(Qt::black));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("Gap: no partner reaches this ICP strongly"));
            }
            m_coverage->setItem(row, column, item);
        }
        ++row;
    }
}

void MapPage::rebuildNames() {
    QStringList names;
    for (const Partner &partner : m_document->portfolio()->partners())
        names << partner.name;
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
}

void MapPage::selectionChanged(const QList<Id> &ids) {
    // Hidden, the map keeps the ids for when it is shown instead of building itself to compare.
    if (!m_map->isVisible() || m_map->selectedPartners() != ids)
        m_map->setSelectedPartners(ids);
}

void MapPage::showMessage(const QString &text) {
    m_message->setText(text);
}

bool MapPage::exportMap(const QString &path) {
    QString error;
    if (m_map->exportTo(path, &error))
        return true;
    QMessageBox::warning(this, tr("Export Map"),
                         error.isEmpty() ? tr("Could not export the map.") : error);
    return false;
}

bool MapPage::exportHeatmap(const QString &path) {
    QString error;
    if (m_heatmap->exportTo(path, HeatmapExportWidth, HeatmapExportHeight, &error))
        return true;
    QMessageBox::warning(this, tr("Export Heatmap"),
                         error.isEmpty() ? tr("Could not export the heatmap.") : error);
    return false;
}

} // namespace ps
