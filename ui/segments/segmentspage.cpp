// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentspage.h"

#include "core/analytics/clustering.h"
#include "core/analytics/segmenting.h"
#include "core/domain/scenario.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/segments/ruleeditor.h"
#include "ui/segments/segmentcharts.h"
#include "ui/shell/lazyrefresh.h"
#include "ui/theme/wrappingheader.h"
#include "ui/undo/edits_segments.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <vector>

namespace ps {
namespace {

QTableWidgetItem *numberItem(double value, const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString money(double v) {
    return QLocale().toString(v, 'f', 0);
}

std::optional<SegmentRule> defaultRulePrompt(QWidget *parent, const PortfolioData &data,
                                             const SegmentRule &rule) {
    RuleEditor editor(data, parent);
    editor.setRule(rule);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return editor.rule();
}

std::optional<QString> defaultNamePrompt(QWidget *parent, const QString &suggested,
                                         const QString &explanation) {
    QDialog dialog(parent);
    dialog.setWindowTitle(SegmentsPage::tr("Save as Segment"));
    auto *text = new QLabel(explanation, &dialog);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLineEdit(suggested, &dialog);
    name->setAccessibleName(SegmentsPage::tr("Segment name"));
    name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(SegmentsPage::tr("&Name:"), name);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(name, &QLineEdit::textChanged, &dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!t.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(520);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return std::nullopt;
    return name->text().trimmed();
}

/// Up to five partner names, then "and N more".
QString someNames(const PortfolioData &data, const std::vector<Id> &ids) {
    QStringList names;
    for (Id id : ids) {
        if (names.size() == 5)
            break;
        for (const Partner &p : data.partners)
            if (p.id == id)
                names << p.name;
    }
    QString text = names.join(QStringLiteral(", "));
    if (ids.size() > size_t(names.size()))
        text = SegmentsPage::tr("%1 and %n more", nullptr, int(ids.size()) - int(names.size()))
                   .arg(text);
    return text;
}

} // namespace

SegmentsPage::SegmentsPage(Document *document, ScoringController *scoring,
                           PartnerSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scoring(scoring)
    , m_selection(selection)
    , m_charts(new SegmentCharts(this))
    , m_table(new QTableWidget(this))
    , m_partners(new QListWidget(this))
    , m_partnersTitle(new QLabel(this))
    , m_motion(new QLabel(this))
    , m_refresh(new LazyRefresh(this, [this] { refresh(); }))
    , m_rulePrompt(&defaultRulePrompt)
    , m_namePrompt(&defaultNamePrompt) {
    // Titles wrap, so columns of figures are as narrow as their figures.
    m_table->setHorizontalHeader(new WrappingHeader(m_table));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Segment"), tr("Partners"), tr("Revenue"),
                                        tr("Pipeline"), tr("Investment"), tr("ROI"),
                                        tr("Mean potential"), tr("Mean readiness"),
                                        tr("Quadrant mix"), tr("ICPs reached"), tr("Motion")});
    m_table->setAccessibleName(tr("Segments"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // fitColumns() shares the width out: the table never scrolls sideways; long texts are
    // elided, their tooltips hold them whole.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->viewport()->installEventFilter(this);
    // The motion is long prose, shown below the partner list for the selected segment (and in
    // the tooltip); its column is there where the table has room (fitColumns) and on demand,
    // with the others, from the header's menu.
    m_table->horizontalHeader()->setSectionHidden(MotionColumn, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to show or hide columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &SegmentsPage::showColumnMenu);
    m_partners->setAccessibleName(tr("Partners of the segment"));
    m_partners->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_motion->setWordWrap(true);
    m_motion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_partnersTitle);
    sideLayout->addWidget(m_partners, 1);
    sideLayout->addWidget(m_motion);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_table);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_charts);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStrip());
    layout->addWidget(vertical, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SegmentsPage::segmentSelected);
    connect(m_partners, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_refreshing)
            return;
        // Picking partners in the list narrows the shared selection to them.
        QList<Id> ids;
        for (QListWidgetItem *item : m_partners->selectedItems())
            ids << item->data(Qt::UserRole).toLongLong();
        if (!ids.isEmpty())
            m_selection->setIds(ids);
    });
    // Segments are recomputed while the page is visible, otherwise when it is next shown: a
    // slider drag on the matrix re-scores many times a second.
    connect(m_scoring, &ScoringController::scoresChanged, m_refresh, &LazyRefresh::request);
    connect(m_document->portfolio(), &Portfolio::segmentRulesChanged, m_refresh,
            &LazyRefresh::request);
    m_refresh->request();
}

QWidget *SegmentsPage::createStrip() {
    auto *strip = new QWidget(this);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    m_by = new QComboBox(strip);
    for (SegmentBy by : allValues(static_cast<SegmentBy *>(nullptr)))
        m_by->addItem(label(by), toKey(by));
    m_by->setAccessibleName(tr("Segment by"));
    auto *byLabel = new QLabel(tr("Segment &by:"), strip);
    byLabel->setBuddy(m_by);
    layout->addWidget(byLabel);
    layout->addWidget(m_by);
    layout->addSpacing(16);

    m_k = new QSpinBox(strip);
    m_k->setRange(1, 12);
    m_k->setValue(4);
    m_k->setAccessibleName(tr("Number of clusters"));
    auto *kLabel = new QLabel(tr("&Clusters:"), strip);
    kLabel->setBuddy(m_k);
    m_suggest = new QPushButton(tr("S&uggest"), strip);
    m_suggest->setToolTip(tr("Pick the number of clusters with the best silhouette and show "
                             "them"));
    m_saveCluster = new QPushButton(tr("Save as Se&gment"), strip);
    m_saveCluster->setToolTip(tr("Save the selected cluster as a named segment: a rule that holds "
                                 "its partners"));
    layout->addWidget(kLabel);
    layout->addWidget(m_k);
    layout->addWidget(m_suggest);
    layout->addWidget(m_saveCluster);
    layout->addStretch(1);

    m_addRule = new QPushButton(tr("&New Rule..."), strip);
    m_editRule = new QPushButton(tr("&Edit Rule..."), strip);
    m_deleteRule = new QPushButton(tr("&Delete Rule"), strip);
    layout->addWidget(m_addRule);
    layout->addWidget(m_editRule);
    layout->addWidget(m_deleteRule);

    connect(m_by, &QComboBox::currentIndexChanged, m_refresh, &LazyRefresh::request);
    connect(m_k, &QSpinBox::valueChanged, this, [this] {
        if (segmentBy() == SegmentBy::Cluster)
            m_refresh->request();
    });
    connect(m_suggest, &QPushButton::clicked, this, &SegmentsPage::suggestClusters);
    connect(m_saveCluster, &QPushButton::clicked, this, &SegmentsPage::saveClusterAsRule);
    connect(m_addRule, &QPushButton::clicked, this, &SegmentsPage::addRule);
    connect(m_editRule, &QPushButton::clicked, this, &SegmentsPage::editRule);
    connect(m_deleteRule, &QPushButton::clicked, this, &SegmentsPage::deleteRule);
    return strip;
}

SegmentBy SegmentsPage::segmentBy() const {
    return fromKey(m_by->currentData().toString(), static_cast<SegmentBy *>(nullptr))
        .value_or(SegmentBy::Model);
}

void SegmentsPage::setSegmentBy(SegmentBy by) {
    m_by->setCurrentIndex(m_by->findData(toKey(by)));
}

const SegmentTable &SegmentsPage::segments() const {
    m_refresh->flush();
    return m_result;
}

void SegmentsPage::refresh() {
    m_refresh->cancel();
    const int row = m_table->currentRow();
    const QString selectedKey = row >= 0 && size_t(row) < m_result.segments.size()
                                    ? m_result.segments[size_t(row)].key
                                    : QString();
    const SegmentBy by = segmentBy();
    m_result = computeSegments(m_document->portfolio()->data(), m_scoring->criteria(),
                               m_scoring->scores(), by, m_k->value());
    m_charts->setSegments(m_document->portfolio()->data(), m_result.segments, m_result.stats,
                          m_scoring->scores());
    fillTable();
    // Keep the drill-down on the same segment across re-scoring and rule edits.
    int again = -1;
    for (size_t i = 0; i < m_result.segments.size(); ++i)
        if (!selectedKey.isEmpty() && m_result.segments[i].key == selectedKey)
            again = int(i);
    selectSegment(again);
    updateButtons();
}

void SegmentsPage::fillTable() {
    const QScopedValueRollback<bool> guard(m_refreshing, true);
    m_table->clearContents();
    m_table->setRowCount(int(m_result.segments.size()));
    const QLocale locale;
    for (size_t i = 0; i < m_result.segments.size(); ++i) {
        const Segment &segment = m_result.segments[i];
        const SegmentStats &s = m_result.stats[i];
        const int row = int(i);
        auto *name = new QTableWidgetItem(segment.name);
        name->setToolTip(segment.name);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CountColumn, numberItem(s.count, locale.toString(s.count)));
        m_table->setItem(row, RevenueColumn, numberItem(s.revenue, money(s.revenue)));
        m_table->setItem(row, PipelineColumn, numberItem(s.pipeline, money(s.pipeline)));
        m_table->setItem(row, InvestmentColumn, numberItem(s.investment, money(s.investment)));
        m_table->setItem(
            row, RoiColumn,
            s.roi ? numberItem(*s.roi, locale.toString(*s.roi * 100.0, 'f', 0) + QLatin1Char('%'))
                  : numberItem(0.0, tr("n/a")));
        m_table->setItem(row, PotentialColumn,
                         numberItem(s.meanPotential, locale.toString(s.meanPotential, 'f', 1)));
        m_table->setItem(row, ReadinessColumn,
                         numberItem(s.meanReadiness, locale.toString(s.meanReadiness, 'f', 1)));
        QStringList mix;
        for (Quadrant q : allValues(static_cast<Quadrant *>(nullptr)))
            if (const int n = s.quadrantMix[size_t(q)])
                mix << QStringLiteral("%1 %2").arg(label(q)).arg(n);
        auto *mixItem = new QTableWidgetItem(mix.join(QLatin1String(", ")));
        mixItem->setToolTip(mixItem->text());
        m_table->setItem(row, QuadrantColumn, mixItem);
        m_table->setItem(row, IcpsColumn,
                         numberItem(s.icpsReached, locale.toString(s.icpsReached)));
        const QString motion = recommendedMotion(s.dominantModel);
        auto *motionItem = new QTableWidgetItem(motion);
        motionItem->setToolTip(motion);
        m_table->setItem(row, MotionColumn, motionItem);
    }
    fitColumns();
}

bool SegmentsPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void SegmentsPage::fitColumns() {
    QHeaderView *header = m_table->horizontalHeader();
    const int room = m_table->viewport()->width();
    if (room <= 0)
        return;
    // Until the user chooses, the motion column is there when the table has room for it beside
    // every other column at its full width, else the motion is below the partner list only.
    // QTableView keeps the hint protected; the item view's is public (and the same function).
    const QAbstractItemView *view = m_table;
    if (!m_motionChosen) {
        int others = 0;
        for (int c = 0; c < ColumnCount; ++c)
            if (c != MotionColumn && !header->isSectionHidden(c))
                others += std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        const bool fits = room - others >= 30 * m_table->fontMetrics().averageCharWidth();
        header->setSectionHidden(MotionColumn, !fits);
    }
    // Figures get what their widest cell or their title's widest word needs. The texts share
    // the rest: each at least its title's widest word and a few characters, then what they need
    // in this order (the name first), the last one shown taking what is left; an elided text
    // has its whole text as tooltip. Hidden columns take nothing.
    std::vector<int> texts;
    for (int c : {NameColumn, QuadrantColumn, MotionColumn})
        if (!header->isSectionHidden(c))
            texts.push_back(c);
    const auto isText = [&texts](int c) {
        return std::find(texts.begin(), texts.end(), c) != texts.end();
    };
    const int fewCharacters = 10 * m_table->fontMetrics().averageCharWidth();
    int rest = room;
    std::array<int, ColumnCount> want{};
    std::array<int, ColumnCount> width{};
    for (int c = 0; c < ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            continue;
        want[size_t(c)] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        width[size_t(c)] = isText(c) ? std::min(want[size_t(c)],
                                                std::max(header->sectionSizeHint(c), fewCharacters))
                                     : want[size_t(c)];
        rest -= width[size_t(c)];
    }
    for (int c : texts) {
        const int more = std::clamp(want[size_t(c)] - width[size_t(c)], 0, std::max(0, rest));
        width[size_t(c)] += more;
        rest -= more;
    }
    if (!texts.empty())
        width[size_t(texts.back())] += std::max(0, rest); // fills the row
    for (int c = 0; c < ColumnCount; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, width[size_t(c)]);
}

void SegmentsPage::showColumnMenu(const QPoint &pos) {
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = NameColumn + 1; c < ColumnCount; ++c) {
        QAction *action = menu.addAction(m_table->horizontalHeaderItem(c)->text());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void SegmentsPage::setColumnShown(int column, bool shown) {
    if (column <= NameColumn || column >= ColumnCount)
        return;
    if (column == MotionColumn)
        m_motionChosen = true;
    m_table->horizontalHeader()->setSectionHidden(column, !shown);
    fitColumns();
}

bool SegmentsPage::isColumnShown(int column) const {
    return !m_table->horizontalHeader()->isSectionHidden(column);
}

void SegmentsPage::selectSegment(int row) {
    if (row < 0 || row >= m_table->rowCount()) {
        m_table->clearSelection();
        m_table->setCurrentItem(nullptr);
        segmentSelected();
        return;
    }
    m_table->selectRow(row);
}

void SegmentsPage::segmentSelected() {
    if (m_refreshing)
        return;
    const QScopedValueRollback<bool> guard(m_refreshing, true);
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    m_partners->clear();
    if (row < 0 || size_t(row) >= m_result.segments.size()) {
        m_partnersTitle->setText(tr("Select a segment to list its partners."));
        m_motion->clear();
        updateButtons();
        return;
    }
    const Segment &segment = m_result.segments[size_t(row)];
    const Portfolio &portfolio = *m_document->portfolio();
    QList<Id> ids;
    for (Id id : segment.partnerIds) {
        const Partner *partner = portfolio.find<Partner>(id);
        if (!partner)
            continue;
        auto *item = new QListWidgetItem(partner->name, m_partners);
        item->setData(Qt::UserRole, id);
        ids << id;
    }
    m_partnersTitle->setText(tr("%1: %n partner(s)", nullptr, int(ids.size())).arg(segment.name));
    m_motion->setText(tr("Recommended motion: %1")
                          .arg(recommendedMotion(m_result.stats[size_t(row)].dominantModel)));
    m_selection->setIds(ids);
    updateButtons();
}

Id SegmentsPage::selectedRuleId() const {
    if (segmentBy() != SegmentBy::Rule)
        return 0;
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || size_t(items.first()->row()) >= m_result.segments.size())
        return 0;
    bool ok = false;
    const Id id = m_result.segments[size_t(items.first()->row())].key.toLongLong(&ok);
    for (const SegmentRule &rule : m_document->portfolio()->segmentRules())
        if (ok && rule.id == id)
            return id;
    return 0;
}

void SegmentsPage::updateButtons() {
    const bool cluster = segmentBy() == SegmentBy::Cluster;
    m_k->setEnabled(cluster);
    m_suggest->setEnabled(m_scoring->criteria().size() > 0);
    m_saveCluster->setEnabled(cluster && !m_table->selectedItems().isEmpty());
    const bool rule = selectedRuleId() != 0;
    m_editRule->setEnabled(rule);
    m_deleteRule->setEnabled(rule);
}

void SegmentsPage::suggestClusters() {
    if (m_scoring->criteria().size() == 0)
        return;
    const int k = suggestK(m_scoring->criteria());
    const QSignalBlocker blocker(m_k);
    m_k->setValue(k);
    if (segmentBy() == SegmentBy::Cluster)
        m_refresh->request();
    else
        setSegmentBy(SegmentBy::Cluster);
}

Id SegmentsPage::saveClusterAsRule() {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (segmentBy() != SegmentBy::Cluster || items.isEmpty() ||
        size_t(items.first()->row()) >= m_result.segments.size())
        return 0;
    const Segment cluster = m_result.segments[size_t(items.first()->row())];
    const PortfolioData &data = m_document->portfolio()->data();
    const RuleFit fit = ruleForMembers(data, m_scoring->scores(), cluster.partnerIds, cluster.name);
    const int members = int(cluster.partnerIds.size());
    if (fit.exact()) {
        m_saveExplanation =
            tr("The segment holds exactly the cluster's %n partner(s).", nullptr, members);
    } else {
        m_saveExplanation =
            tr("The cluster has %n partner(s); ", nullptr, members) +
            tr("the segment will hold %n, ", nullptr, fit.matched) +
            tr("because a segment is a rule on models, quadrants, tiers, statuses, regions and "
               "score ranges, while a cluster groups partners by similarity on every criterion.");
        if (!fit.extra.empty())
            m_saveExplanation +=
                QLatin1Char(' ') +
                tr("These partners are not in the cluster but share all its values and ranges: "
                   "%1.")
                    .arg(someNames(data, fit.extra));
        if (!fit.missing.empty())
            m_saveExplanation +=
                QLatin1Char(' ') + tr("Left out: %1.").arg(someNames(data, fit.missing));
    }
    const std::optional<QString> name = m_namePrompt(this, cluster.name, m_saveExplanation);
    if (!name || name->trimmed().isEmpty())
        return 0;
    SegmentRule rule = fit.rule;
    rule.name = name->trimmed();
    rule.id = 0;
    return edit::addSegmentRule(*m_document, rule);
}

Id SegmentsPage::addRule() {
    SegmentRule blank;
    blank.name = tr("New segment");
    const std::optional<SegmentRule> rule =
        m_rulePrompt(this, m_document->portfolio()->data(), blank);
    if (!rule)
        return 0;
    SegmentRule added = *rule;
    added.id = 0;
    const Id id = edit::addSegmentRule(*m_document, added);
    if (id != 0)
        setSegmentBy(SegmentBy::Rule);
    return id;
}

bool SegmentsPage::editRule() {
    const Id id = selectedRuleId();
    const auto &rules = m_document->portfolio()->segmentRules();
    const auto it =
        std::find_if(rules.begin(), rules.end(), [id](const SegmentRule &r) { return r.id == id; });
    if (id == 0 || it == rules.end())
        return false;
    std::optional<SegmentRule> edited = m_rulePrompt(this, m_document->portfolio()->data(), *it);
    if (!edited)
        return false;
    edited->id = id;
    return edit::setSegmentRule(*m_document, *edited);
}

bool SegmentsPage::deleteRule() {
    const Id id = selectedRuleId();
    return id != 0 && edit::removeSegmentRule(*m_document, id);
}

} // namespace ps
