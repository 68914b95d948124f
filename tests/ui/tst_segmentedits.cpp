// SPDX-License-Identifier: GPL-3.0-or-later
// Saved segment rules edited through the undo facade: add, change and delete are one step
// each, undo brings back exactly the rules before, and edits that change nothing add no step.
#include "core/demo/demoportfolio.h"
#include "ui/document/document.h"
#include "ui/undo/edits_segments.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

SegmentRule resellerRule() {
    SegmentRule rule;
    rule.name = QStringLiteral("Resellers");
    SegmentCondition model;
    model.field = SegmentCondition::Field::Model;
    model.anyOf << toKey(PartnerModel::Reseller);
    rule.conditions.push_back(model);
    return rule;
}

} // namespace

class TestSegmentEdits : public QObject {
    Q_OBJECT
private slots:
    void addEditDeleteWithUndo() {
        Document doc;
        doc.reset(demoPortfolio(), QString(), false);
        const std::vector<SegmentRule> original = doc.portfolio()->segmentRules();
        QSignalSpy changed(doc.portfolio(), &Portfolio::segmentRulesChanged);

        const Id id = edit::addSegmentRule(doc, resellerRule());
        QVERIFY(id != 0);
        QCOMPARE(doc.portfolio()->segmentRules().size(), original.size() + 1);
        QCOMPARE(doc.portfolio()->segmentRules().back().name, QStringLiteral("Resellers"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.undoStack()->undoText().contains(QStringLiteral("Resellers")));
        QCOMPARE(changed.count(), 1);

        SegmentRule edited = doc.portfolio()->segmentRules().back();
        edited.name = QStringLiteral("Resellers and VARs");
        edited.conditions[0].anyOf << toKey(PartnerModel::ValueAddedReseller);
        QVERIFY(edit::setSegmentRule(doc, edited));
        QCOMPARE(doc.portfolio()->segmentRules().back(), edited);
        QCOMPARE(doc.undoStack()->count(), 2);
        // The same rule again is no edit.
        QVERIFY(!edit::setSegmentRule(doc, edited));
        QCOMPARE(doc.undoStack()->count(), 2);

        QVERIFY(edit::removeSegmentRule(doc, id));
        QCOMPARE(doc.portfolio()->segmentRules(), original);
        QVERIFY(!edit::removeSegmentRule(doc, id));

        doc.undoStack()->undo();
        QCOMPARE(doc.portfolio()->segmentRules().back(), edited);
        doc.undoStack()->undo();
        QCOMPARE(doc.portfolio()->segmentRules().back().name, QStringLiteral("Resellers"));
        doc.undoStack()->undo();
        QCOMPARE(doc.portfolio()->segmentRules(), original);
        doc.undoStack()->redo();
        QCOMPARE(doc.portfolio()->segmentRules().back().id, id);
    }

    void ruleWithoutConditionsIsRefused() {
        Document doc;
        doc.reset(demoPortfolio(), QString(), false);
        SegmentRule empty;
        empty.name = QStringLiteral("Everyone");
        QCOMPARE(edit::addSegmentRule(doc, empty), Id(0));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void freshIdsDoNotCollide() {
        Document doc;
        doc.reset(demoPortfolio(), QString(), false);
        const Id a = edit::addSegmentRule(doc, resellerRule());
        SegmentRule second = resellerRule();
        second.id = a; // taken: gets a fresh one
        const Id b = edit::addSegmentRule(doc, second);
        QVERIFY(a != 0 && b != 0 && a != b);
    }
};

QTEST_GUILESS_MAIN(TestSegmentEdits)
#include "tst_segmentedits.moc"
