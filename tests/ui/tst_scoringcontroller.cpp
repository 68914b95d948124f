// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's scoring: scores follow edits and undo, previews leave the undo stack alone,
// stability is recomputed once changes settle.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "core/scoring/scoringevidence.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/undo/edits.h"
#include "ui/undo/edits_scenario.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

PortfolioData demo() {
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    return data;
}

/// The first partner whose readiness moves when its commitment rating changes.
/// `evidence`: one whose commitment rests on its deals and activities instead (issue 13).
Id partnerWithCommitment(const Document &doc, bool evidence = false) {
    const PortfolioData &data = doc.portfolio()->data();
    const CriteriaTable criteria = computeCriteria(data);
    for (size_t i = 0; i < data.partners.size(); ++i) {
        const Partner &p = data.partners[i];
        if (p.model && p.ratings.commitment && *p.ratings.commitment <= 3 &&
            doc.portfolio()->activeScenario()->profileFor(p.model).weight(Criterion::Commitment) >
                0.0 &&
            usesEvidence(criteria.evidence, i, Criterion::Commitment) == evidence)
            return p.id;
    }
    return 0;
}

} // namespace

class TestScoringController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scoresEveryPartnerAfterReset();
    void scoresFollowAnEditAndItsUndo();
    void previewRescoresWithoutTouchingTheUndoStack();
    void scenarioEditsRescore();
    void stabilityFollowsOnceChangesSettle();
};

void TestScoringController::scoresEveryPartnerAfterReset() {
    Document doc;
    ScoringController scoring(&doc);
    QVERIFY(scoring.scores().empty());
    QSignalSpy spy(&scoring, &ScoringController::scoresChanged);
    doc.reset(demo(), QString(), true);
    // Criteria are recomputed on the next event-loop turn, once.
    QTRY_COMPARE(scoring.scores().size(), doc.portfolio()->partners().size());
    QCOMPARE(spy.count(), 1);
    const Partner &first = doc.portfolio()->partners().front();
    QCOMPARE(scoring.rowOf(first.id), 0);
    QCOMPARE(scoring.rowOf(-5), -1);
    QCOMPARE(scoring.scenario().id, doc.portfolio()->activeScenario()->id);
    // Same numbers as the command line's engine.
    const std::vector<PartnerScore> expected = scorePortfolio(doc.portfolio()->data());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(scoring.scores()[i].potential, expected[i].potential);
        QCOMPARE(scoring.scores()[i].quadrant, expected[i].quadrant);
    }
}

void TestScoringController::scoresFollowAnEditAndItsUndo() {
    Document doc;
    doc.reset(demo(), QString(), true);
    ScoringController scoring(&doc);
    const Id id = partnerWithCommitment(doc);
    QVERIFY(id != 0);
    const int row = scoring.rowOf(id);
    const double before = scoring.scores()[size_t(row)].readiness;

    QVERIFY(edit::setPartnerField(doc, id, PartnerField::Commitment, 5));
    QTRY_VERIFY(scoring.scores()[size_t(row)].readiness > before + 1e-9);
    const double after = scoring.scores()[size_t(row)].readiness;
    QCOMPARE(scoring.scores()[size_t(row)].potential,
             scorePortfolio(doc.portfolio()->data())[size_t(row)].potential);

    doc.undoStack()->undo();
    QTRY_COMPARE(scoring.scores()[size_t(row)].readiness, before);
    doc.undoStack()->redo();
    QTRY_COMPARE(scoring.scores()[size_t(row)].readiness, after);

    // A partner with enough deals is scored on them: its rating is only the fallback, so
    // raising it leaves its readiness where its evidence puts it.
    const Id onEvidence = partnerWithCommitment(doc, true);
    QVERIFY(onEvidence != 0);
    const int evidenceRow = scoring.rowOf(onEvidence);
    const double evidenceBefore = scoring.scores()[size_t(evidenceRow)].readiness;
    QSignalSpy rescored(&scoring, &ScoringController::scoresChanged);
    QVERIFY(edit::setPartnerField(doc, onEvidence, PartnerField::Commitment, 5));
    QVERIFY(rescored.count() > 0 || rescored.wait(5000)); // rescored, not just not yet
    QCOMPARE(scoring.scores()[size_t(evidenceRow)].readiness, evidenceBefore);
    QCOMPARE(scoring.scores()[size_t(evidenceRow)].readiness,
             scorePortfolio(doc.portfolio()->data())[size_t(evidenceRow)].readiness);
}

void TestScoringController::previewRescoresWithoutTouchingTheUndoStack() {
    Document doc;
    doc.reset(demo(), QString(), true);
    ScoringController scoring(&doc);
    const std::vector<PartnerScore> stored = scoring.scores();

    Scenario preview = scoring.scenario();
    // Everything on market reach: every partner's potential becomes its market-reach value.
    for (WeightProfile &profile : preview.profiles)
        for (Criterion c : criteriaOf(Axis::Potential))
            profile.setWeight(c, c == Criterion::MarketReach ? 100.0 : 0.0);
    QSignalSpy spy(&scoring, &ScoringController::scoresChanged);
    scoring.previewScenario(preview);
    QCOMPARE(spy.count(), 1); // synchronous: the slider drag sees it at once
    QVERIFY(scoring.isPreviewing());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(scoring.scenario(), preview);
    bool anyMoved = false;
    for (size_t i = 0; i < stored.size(); ++i)
        anyMoved = anyMoved || std::abs(scoring.scores()[i].potential - stored[i].potential) > 1e-6;
    QVERIFY(anyMoved);
    QVERIFY(*doc.portfolio()->activeScenario() != preview);

    scoring.endPreview();
    QVERIFY(!scoring.isPreviewing());
    for (size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(scoring.scores()[i].potential, stored[i].potential);
        QCOMPARE(scoring.scores()[i].quadrant, stored[i].quadrant);
    }
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestScoringController::scenarioEditsRescore() {
    Document doc;
    doc.reset(demo(), QString(), true);
    ScoringController scoring(&doc);
    const auto countIn = [&](Quadrant q) {
        return std::count_if(scoring.scores().begin(), scoring.scores().end(),
                             [q](const PartnerScore &s) { return s.computedQuadrant == q; });
    };
    const auto investBefore = countIn(Quadrant::Invest);
    QVERIFY(investBefore > 0);

    Scenario strict = *doc.portfolio()->activeScenario();
    strict.potentialThreshold = 100.0;
    strict.readinessThreshold = 100.0;
    QVERIFY(edit::setScenario(doc, strict, edit::ScenarioEdit::Thresholds));
    // Scenario edits re-score at once: no criteria recomputation is needed.
    QCOMPARE(countIn(Quadrant::Invest), 0);
    doc.undoStack()->undo();
    QCOMPARE(countIn(Quadrant::Invest), investBefore);

    strict.id = 0;
    strict.name = QStringLiteral("Strict");
    const Id strictId = edit::addScenario(doc, strict, false);
    QCOMPARE(countIn(Quadrant::Invest), investBefore);
    QVERIFY(edit::setActiveScenario(doc, strictId));
    QCOMPARE(scoring.scenario().name, QStringLiteral("Strict"));
    QCOMPARE(countIn(Quadrant::Invest), 0);
}

void TestScoringController::stabilityFollowsOnceChangesSettle() {
    Document doc;
    doc.reset(demo(), QString(), true);
    ScoringController scoring(&doc);
    QCOMPARE(scoring.stability().size(), scoring.scores().size());
    for (double s : scoring.stability())
        QVERIFY(s >= 0.0 && s <= 1.0);
    QSignalSpy spy(&scoring, &ScoringController::stabilityChanged);

    // Never during a preview (a slider drag), however long it lasts.
    Scenario preview = scoring.scenario();
    preview.potentialThreshold = 70.0;
    scoring.previewScenario(preview);
    QTest::qWait(600);
    QCOMPARE(spy.count(), 0);
    scoring.endPreview();
    QTRY_COMPARE(spy.count(), 1);

    // A partner added: rows shift, so the old stability is dropped until recomputed.
    Partner extra;
    extra.name = QStringLiteral("Late entrant");
    extra.model = PartnerModel::Reseller;
    edit::addPartner(doc, extra, 0);
    QTRY_COMPARE(scoring.scores().size(), doc.portfolio()->partners().size());
    QVERIFY(scoring.stability().empty());
    QTRY_COMPARE(scoring.stability().size(), scoring.scores().size());
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestScoringController)
#include "tst_scoringcontroller.moc"
