// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario edits through the undo facade: add, change, remove, switch; undo and redo of each.
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/undo/edits_scenario.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

/// A document with one Baseline scenario and one partner.
void openBaseline(Document &doc) {
    PortfolioData data;
    data.info.name = QStringLiteral("Scenarios");
    Partner partner;
    partner.id = 1;
    partner.name = QStringLiteral("Contoso");
    partner.model = PartnerModel::Reseller;
    data.partners = {partner};
    ensureScenario(data);
    doc.reset(std::move(data), QString(), false);
}

} // namespace

class TestScenarioEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addAndUndo();
    void replaceAndUndo();
    void invalidOrUnchangedIsRejected();
    void continuousEditsMerge();
    void removeMovesTheActiveScenario();
    void lastScenarioStays();
    void switchActive();
    void testIssue12MergeKeyIsTheEditKind();
};

void TestScenarioEdits::addAndUndo() {
    Document doc;
    openBaseline(doc);
    const Id baseline = doc.portfolio()->activeScenario()->id;
    Scenario growth = defaultScenario(QStringLiteral("  Growth  "));
    const Id id = edit::addScenario(doc, growth, true);
    QVERIFY(id != 0 && id != baseline);
    QCOMPARE(doc.portfolio()->scenarios().size(), size_t(2));
    QCOMPARE(doc.portfolio()->activeScenario()->id, id);
    QCOMPARE(doc.portfolio()->activeScenario()->name, QStringLiteral("Growth"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add scenario Growth"));

    doc.undoStack()->undo();
    QCOMPARE(doc.portfolio()->scenarios().size(), size_t(1));
    QCOMPARE(doc.portfolio()->activeScenario()->id, baseline);
    doc.undoStack()->redo();
    QCOMPARE(doc.portfolio()->activeScenario()->id, id);

    // Without makeActive the active scenario stays; an id already in use gets a fresh one.
    growth.id = baseline;
    const Id second = edit::addScenario(doc, growth, false);
    QVERIFY(second != baseline && second != id);
    QCOMPARE(doc.portfolio()->activeScenario()->id, id);
}

void TestScenarioEdits::replaceAndUndo() {
    Document doc;
    openBaseline(doc);
    const Scenario before = *doc.portfolio()->activeScenario();
    Scenario after = before;
    after.potentialThreshold = 62.5;
    after.profiles[size_t(profileIndex(PartnerModel::Reseller))].setWeight(Criterion::MarketReach,
                                                                           80.0);
    after.overrides.push_back({1, Quadrant::Invest, QStringLiteral("Board decision")});
    QVERIFY(edit::setScenario(doc, after, edit::ScenarioEdit::Other));
    QCOMPARE(*doc.portfolio()->activeScenario(), after);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change scenario Baseline"));
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(*doc.portfolio()->activeScenario(), before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(*doc.portfolio()->activeScenario(), after);

    after.name = QStringLiteral("Renamed");
    QVERIFY(edit::setScenario(doc, after, edit::ScenarioEdit::Name, edit::Merge::Separate,
                              QStringLiteral("Rename it")));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename it"));
}

void TestScenarioEdits::invalidOrUnchangedIsRejected() {
    Document doc;
    openBaseline(doc);
    Scenario s = *doc.portfolio()->activeScenario();
    QVERIFY(!edit::setScenario(doc, s, edit::ScenarioEdit::Other)); // nothing changes
    Scenario bad = s;
    bad.readinessThreshold = 120.0;
    QVERIFY(!edit::setScenario(doc, bad, edit::ScenarioEdit::Other));
    bad = s;
    bad.profiles[0].setWeight(Criterion::Capability, -1.0);
    QVERIFY(!edit::setScenario(doc, bad, edit::ScenarioEdit::Other));
    bad = s;
    bad.name = QStringLiteral("   ");
    QVERIFY(!edit::setScenario(doc, bad, edit::ScenarioEdit::Other));
    bad = s;
    bad.id = 999;
    QVERIFY(!edit::setScenario(doc, bad, edit::ScenarioEdit::Other));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestScenarioEdits::continuousEditsMerge() {
    Document doc;
    openBaseline(doc);
    const Scenario before = *doc.portfolio()->activeScenario();
    Scenario s = before;
    for (int w = 30; w <= 60; w += 10) {
        s.profiles[0].setWeight(Criterion::StrategicFit, w);
        QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Weights, edit::Merge::Continuous,
                                  QStringLiteral("Weights")));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    // A different kind of continuous edit is its own step.
    s.potentialThreshold = 40.0;
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Thresholds, edit::Merge::Continuous,
                              QStringLiteral("Thresholds")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(*doc.portfolio()->activeScenario(), before);

    // A separate edit never merges.
    s = before;
    s.potentialThreshold = 41.0;
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Thresholds, edit::Merge::Separate));
    s.potentialThreshold = 42.0;
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Thresholds, edit::Merge::Separate));
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestScenarioEdits::removeMovesTheActiveScenario() {
    Document doc;
    openBaseline(doc);
    const Id baseline = doc.portfolio()->activeScenario()->id;
    const Id growth = edit::addScenario(doc, defaultScenario(QStringLiteral("Growth")), true);
    QSignalSpy activeSpy(doc.portfolio(), &Portfolio::activeScenarioChanged);
    QVERIFY(edit::removeScenario(doc, growth));
    QCOMPARE(doc.portfolio()->scenarios().size(), size_t(1));
    QCOMPARE(doc.portfolio()->activeScenario()->id, baseline);
    QCOMPARE(doc.portfolio()->data().activeScenarioId, baseline);
    QVERIFY(activeSpy.count() >= 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete scenario Growth"));
    QVERIFY(validate(doc.portfolio()->data()).isEmpty());

    doc.undoStack()->undo();
    QCOMPARE(doc.portfolio()->scenarios().size(), size_t(2));
    QCOMPARE(doc.portfolio()->activeScenario()->id, growth);
    QCOMPARE(doc.portfolio()->scenarios()[1].name, QStringLiteral("Growth"));

    // Removing one that is not active leaves the active one alone.
    QVERIFY(edit::removeScenario(doc, baseline));
    QCOMPARE(doc.portfolio()->activeScenario()->id, growth);
    doc.undoStack()->undo();
    QCOMPARE(doc.portfolio()->scenarios().front().id, baseline);
}

void TestScenarioEdits::lastScenarioStays() {
    Document doc;
    openBaseline(doc);
    const Id only = doc.portfolio()->activeScenario()->id;
    QVERIFY(!edit::removeScenario(doc, only));
    QVERIFY(!edit::removeScenario(doc, 12345));
    QCOMPARE(doc.portfolio()->scenarios().size(), size_t(1));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestScenarioEdits::switchActive() {
    Document doc;
    openBaseline(doc);
    const Id baseline = doc.portfolio()->activeScenario()->id;
    const Id growth = edit::addScenario(doc, defaultScenario(QStringLiteral("Growth")), false);
    QVERIFY(!edit::setActiveScenario(doc, baseline)); // already active
    QVERIFY(!edit::setActiveScenario(doc, 777));
    QSignalSpy spy(doc.portfolio(), &Portfolio::activeScenarioChanged);
    QVERIFY(edit::setActiveScenario(doc, growth));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(doc.portfolio()->activeScenario()->id, growth);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Switch to scenario Growth"));
    doc.undoStack()->undo();
    QCOMPARE(doc.portfolio()->activeScenario()->id, baseline);
    doc.undoStack()->redo();
    QCOMPARE(doc.portfolio()->activeScenario()->id, growth);
}

// Merging follows the kind of edit, not the (translated) text of the step: a weight drag whose
// text changes on the way (another profile label, another language) is still one step, and two
// kinds of edit with the same text stay two.
void TestScenarioEdits::testIssue12MergeKeyIsTheEditKind() {
    Document doc;
    openBaseline(doc);
    const Scenario before = *doc.portfolio()->activeScenario();
    Scenario s = before;
    s.profiles[0].setWeight(Criterion::StrategicFit, 33);
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Weights, edit::Merge::Continuous,
                              QStringLiteral("Gewichte ändern")));
    s.profiles[0].setWeight(Criterion::StrategicFit, 44);
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Weights, edit::Merge::Continuous,
                              QStringLiteral("Change weights")));
    QCOMPARE(doc.undoStack()->count(), 1);
    s.readinessThreshold = 61.0;
    QVERIFY(edit::setScenario(doc, s, edit::ScenarioEdit::Thresholds, edit::Merge::Continuous,
                              QStringLiteral("Change weights")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(*doc.portfolio()->activeScenario(), before);
}

QTEST_GUILESS_MAIN(TestScenarioEdits)
#include "tst_scenarioedits.moc"
