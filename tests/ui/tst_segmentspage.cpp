// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments page as a user drives it: one row per model for the demo with counts that add
// up to the portfolio, drill-down selects a segment's partners everywhere, rules are added,
// edited and deleted with undo, and suggested clusters give k segments that can be saved.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/segments/ruleeditor.h"
#include "ui/segments/segmentcharts.h"
#include "ui/segments/segmentspage.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <set>

using namespace ps;

namespace {

struct Fixture {
    Document doc;
    std::unique_ptr<ScoringController> scoring;
    PartnerSelection selection;
    std::unique_ptr<SegmentsPage> page;
    Fixture() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        scoring = std::make_unique<ScoringController>(&doc);
        scoring->refreshNow();
        page = std::make_unique<SegmentsPage>(&doc, scoring.get(), &selection);
        page->resize(1400, 900);
        page->show();
    }
    int partnerCount() const { return int(doc.portfolio()->partners().size()); }
};

SegmentRule tierRule(const QString &name, PartnerTier tier) {
    SegmentRule rule;
    rule.name = name;
    SegmentCondition c;
    c.field = SegmentCondition::Field::Tier;
    c.anyOf << toKey(tier);
    rule.conditions.push_back(c);
    return rule;
}

} // namespace

class TestSegmentsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chartLegendsCoverNoChart() {
        // Issue 14: the score distributions' legend sat on the boxes near 80. Each legend is
        // below its chart, inside the picture, its entries inside it.
        Fixture f;
        f.page->resize(1216, 690);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        f.page->setSegmentBy(SegmentBy::Model);
        QCustomPlot *plot = f.page->charts()->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QRect picture = plot->viewport();
        QList<QCPLegend *> legends;
        // Wherever they are in the layout (an axis rect's inset included).
        for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
            if (auto *legend = qobject_cast<QCPLegend *>(element))
                legends << legend;
        QCOMPARE(legends.size(), plot->axisRectCount());
        for (QCPLegend *legend : legends) {
            QVERIFY(legend->itemCount() > 0);
            QVERIFY(picture.contains(legend->outerRect()));
            for (int r = 0; r < plot->axisRectCount(); ++r)
                QVERIFY(!legend->outerRect().intersects(plot->axisRect(r)->rect()));
            for (int i = 0; i < legend->itemCount(); ++i)
                if (const QCPAbstractLegendItem *item = legend->item(i)) // empty cells: null
                    QVERIFY2(legend->outerRect().contains(item->outerRect()),
                             qPrintable(QString::number(i)));
        }
    }

    void oneRowPerModelWithCountsSummingToPartners() {
        Fixture f;
        f.page->setSegmentBy(SegmentBy::Model);
        QTableWidget *table = f.page->table();
        std::set<QString> models;
        for (const Partner &p : f.doc.portfolio()->partners())
            models.insert(p.model ? toKey(*p.model) : QString());
        QCOMPARE(table->rowCount(), int(models.size()));
        int sum = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            sum += table->item(row, SegmentsPage::CountColumn)->data(Qt::UserRole).toInt();
        QCOMPARE(sum, f.partnerCount());
        QCOMPARE(f.page->charts()->segmentCount(), table->rowCount());
        // The first model's row is named by its label.
        QVERIFY(!table->item(0, SegmentsPage::NameColumn)->text().isEmpty());
        QVERIFY(!table->item(0, SegmentsPage::MotionColumn)->text().isEmpty());
    }

    void drillDownSelectsTheSegmentsPartners() {
        Fixture f;
        f.page->setSegmentBy(SegmentBy::Status);
        QVERIFY(f.page->table()->rowCount() > 0);
        f.page->selectSegment(0);
        const Segment &segment = f.page->segments().segments.front();
        QCOMPARE(f.page->partnerList()->count(), int(segment.partnerIds.size()));
        const QList<Id> expected(segment.partnerIds.begin(), segment.partnerIds.end());
        QCOMPARE(f.selection.ids(), expected);
        // Picking one partner in the list narrows the shared selection to it.
        f.page->partnerList()->item(0)->setSelected(true);
        QCOMPARE(f.selection.ids(), QList<Id>{expected.first()});
    }

    void rulesAddEditDeleteWithUndo() {
        Fixture f;
        const size_t before = f.doc.portfolio()->segmentRules().size();
        f.page->setRulePrompt([](QWidget *, const PortfolioData &, const SegmentRule &) {
            return std::optional<SegmentRule>(tierRule(QStringLiteral("Gold"), PartnerTier::Gold));
        });
        const Id id = f.page->addRule();
        QVERIFY(id != 0);
        QCOMPARE(f.page->segmentBy(), SegmentBy::Rule);
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before + 1);
        int row = -1;
        for (size_t i = 0; i < f.page->segments().segments.size(); ++i)
            if (f.page->segments().segments[i].key == QString::number(id))
                row = int(i);
        QVERIFY(row >= 0);
        int gold = 0;
        for (const Partner &p : f.doc.portfolio()->partners())
            gold += p.tier == PartnerTier::Gold;
        QCOMPARE(f.page->table()->item(row, SegmentsPage::CountColumn)->data(Qt::UserRole).toInt(),
                 gold);

        f.page->selectSegment(row);
        QVERIFY(f.page->editRuleButton()->isEnabled());
        f.page->setRulePrompt([](QWidget *, const PortfolioData &, const SegmentRule &) {
            return std::optional<SegmentRule>(
                tierRule(QStringLiteral("Platinum"), PartnerTier::Platinum));
        });
        QVERIFY(f.page->editRule());
        QCOMPARE(f.doc.portfolio()->segmentRules().back().name, QStringLiteral("Platinum"));
        QCOMPARE(f.doc.portfolio()->segmentRules().back().id, id);

        // The selection stays on the edited rule's row.
        QVERIFY(f.page->deleteRuleButton()->isEnabled());
        QVERIFY(f.page->deleteRule());
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->segmentRules().back().name, QStringLiteral("Platinum"));
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->segmentRules().back().name, QStringLiteral("Gold"));
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before);
    }

    void ruleEditorRoundTrips() {
        Fixture f;
        RuleEditor editor(f.doc.portfolio()->data());
        SegmentRule rule = tierRule(QStringLiteral("Top"), PartnerTier::Gold);
        SegmentCondition range;
        range.field = SegmentCondition::Field::Potential;
        range.minimum = 60.0;
        range.maximum = 100.0;
        rule.conditions.push_back(range);
        rule.id = 7;
        editor.setRule(rule);
        QCOMPARE(editor.rule(), rule);
    }

    void clusterSuggestionGivesKSegments() {
        Fixture f;
        f.page->setSegmentBy(SegmentBy::Cluster);
        f.page->clusterCountSpin()->setValue(3);
        QCOMPARE(f.page->table()->rowCount(), 3);
        int sum = 0;
        for (int row = 0; row < 3; ++row)
            sum +=
                f.page->table()->item(row, SegmentsPage::CountColumn)->data(Qt::UserRole).toInt();
        QCOMPARE(sum, f.partnerCount());

        f.page->suggestClusters();
        const int k = f.page->clusterCountSpin()->value();
        QVERIFY(k >= 2 && k <= 8);
        QCOMPARE(f.page->table()->rowCount(), k);

        f.page->selectSegment(0);
        QVERIFY(f.page->saveClusterButton()->isEnabled());
        f.page->setNamePrompt(
            [](QWidget *, const QString &, const QString &) { return QStringLiteral("Saved"); });
        const size_t before = f.doc.portfolio()->segmentRules().size();
        QVERIFY(f.page->saveClusterAsRule() != 0);
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before + 1);
    }

    // "Save as Segment" asks for a name; the saved rule holds every partner of the cluster, and
    // either exactly them or the prompt names the partners it adds and says why. Undo removes it.
    void saveAsSegmentKeepsTheClustersPartners() {
        Fixture f;
        f.page->setSegmentBy(SegmentBy::Cluster);
        f.page->clusterCountSpin()->setValue(4);
        QCOMPARE(f.page->table()->rowCount(), 4);
        const PortfolioData &data = f.doc.portfolio()->data();
        int exact = 0;
        for (int row = 0; row < 4; ++row) {
            f.page->segments(); // a refresh the last save asked for runs now
            f.page->selectSegment(row);
            const std::vector<Id> cluster = f.page->segments().segments[size_t(row)].partnerIds;
            QString suggested;
            QString told;
            f.page->setNamePrompt([&](QWidget *, const QString &name, const QString &text) {
                suggested = name;
                told = text;
                return std::optional<QString>(QStringLiteral("Cluster %1").arg(row));
            });
            const Id id = f.page->saveClusterAsRule();
            QVERIFY(id != 0);
            QVERIFY(!suggested.isEmpty());
            const auto &rules = f.doc.portfolio()->segmentRules();
            const auto it = std::find_if(rules.begin(), rules.end(),
                                         [id](const SegmentRule &r) { return r.id == id; });
            QVERIFY(it != rules.end());
            QCOMPARE(it->name, QStringLiteral("Cluster %1").arg(row));
            // Counted independently of ruleForMembers: the partners the saved rule matches.
            std::set<Id> held;
            for (size_t i = 0; i < data.partners.size(); ++i)
                if (matches(*it, data.partners[i], f.scoring->scores()[i], data))
                    held.insert(data.partners[i].id);
            const std::set<Id> wanted(cluster.begin(), cluster.end());
            for (Id member : wanted)
                QVERIFY2(held.count(member), "the rule leaves out a partner of the cluster");
            if (held == wanted) {
                ++exact;
                QVERIFY2(told.contains(QString::number(wanted.size())), qPrintable(told));
                QVERIFY2(told.contains(QStringLiteral("exactly")), qPrintable(told));
            } else {
                // Says how (both counts, the first partner it adds) and why.
                QVERIFY2(told.contains(QString::number(wanted.size())), qPrintable(told));
                QVERIFY2(told.contains(QString::number(held.size())), qPrintable(told));
                QString firstExtra;
                for (const Partner &p : data.partners)
                    if (held.count(p.id) && !wanted.count(p.id)) {
                        firstExtra = p.name;
                        break;
                    }
                QVERIFY2(told.contains(firstExtra), qPrintable(told));
                QVERIFY2(told.contains(QStringLiteral("because")), qPrintable(told));
            }
            f.page->setSegmentBy(SegmentBy::Cluster);
        }
        qInfo("%d of 4 clusters saved exactly", exact);
        QVERIFY(exact >= 1);

        // Cancelling the name saves nothing; undo takes a saved segment back.
        const size_t before = f.doc.portfolio()->segmentRules().size();
        f.page->segments();
        f.page->selectSegment(0);
        f.page->setNamePrompt(
            [](QWidget *, const QString &, const QString &) { return std::optional<QString>(); });
        QCOMPARE(f.page->saveClusterAsRule(), Id(0));
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->segmentRules().size(), before - 1);
    }

    void pageSitsAfterTheMatrix() {
        MainWindow window;
        window.prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
        QVERIFY(window.openDemo());
        QVERIFY(window.segmentsPage());
        window.showPage(5);
        QCOMPARE(window.currentPage(), 5);
    }
};

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
