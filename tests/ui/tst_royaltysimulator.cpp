// SPDX-License-Identifier: GPL-3.0-or-later
// The royalty simulator's term sheet as a user edits it: numbers computed by hand for both tier
// modes with a floor and a setup fee, the "breaks at scale" banner at the required margin, a
// term sheet that cannot be simulated, tiers added and removed, and JSON save and load.
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/economics/royaltypanel.h"
#include "ui/economics/royaltysimulator.h"
#include "ui/economics/termsheeteditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

/// Marginal tiers 10 / 8 from 1,000 units, floor 5,000, setup fee 2,000, cost 3, keep 4.
RoyaltyTerms handTerms() {
    RoyaltyTerms t;
    t.tiers = {{0, 10.0}, {1000, 8.0}};
    t.baseRate = 10.0;
    t.tierMode = RoyaltyTierMode::Marginal;
    t.minAnnual = 5000;
    t.setupFee = 2000;
    t.costPerUnit = 3.0;
    t.minMarginPerUnit = 4.0;
    t.volumes = {300, 1500, 4000};
    return t;
}

double cellValue(QTableWidget *table, int row, int column) {
    return table->item(row, column)->data(Qt::UserRole).toDouble();
}

} // namespace

class TestRoyaltySimulator : public QObject {
    Q_OBJECT

    Document m_doc;

private slots:
    void marginalTiersFloorAndSetupFee() {
        RoyaltyPanel panel(&m_doc, QStringLiteral("A"));
        panel.setTerms(handTerms());
        const RoyaltyResult &r = panel.result();
        QCOMPARE(r.years.size(), size_t(3));
        // Year 1: 300 x 10 = 3,000 is under the 5,000 floor; plus the 2,000 setup fee.
        QCOMPARE(r.years[0].royalty, 5000.0);
        QCOMPARE(r.years[0].revenue, 7000.0);
        QCOMPARE(r.years[0].margin, 7000.0 - 900.0);
        // Year 2: 1,000 x 10 + 500 x 8.
        QCOMPARE(r.years[1].revenue, 14000.0);
        // Year 3: 1,000 x 10 + 3,000 x 8 = 34,000; cost 12,000; 5.50 a unit.
        QCOMPARE(r.years[2].revenue, 34000.0);
        QCOMPARE(r.years[2].marginPerUnit, 5.5);
        QVERIFY(!r.breaksAtScale);
        QVERIFY(panel.banner()->text().startsWith(QStringLiteral("Holds at scale")));
        // The year table shows the same numbers the chart draws.
        QTableWidget *years = panel.yearTable();
        QCOMPARE(years->rowCount(), 3);
        QCOMPARE(cellValue(years, 2, 3), 34000.0);
        QCOMPARE(cellValue(years, 2, 6), 5.5);
        auto *revenue = qobject_cast<QCPBars *>(panel.plot()->plottable(0));
        QVERIFY(revenue);
        QCOMPARE(revenue->data()->size(), 3);
        QCOMPARE((revenue->data()->constBegin() + 2)->value, 34000.0);
    }

    void allUnitsModeAndBreakingAtScale() {
        RoyaltyPanel panel(&m_doc, QStringLiteral("A"));
        panel.setTerms(handTerms());
        // Every unit at the highest tier reached: year 3 is 4,000 x 8.
        auto *mode = panel.editor()->findChild<QComboBox *>();
        QVERIFY(mode);
        mode->setCurrentIndex(1);
        QCOMPARE(panel.terms().tierMode, RoyaltyTierMode::AllUnits);
        QCOMPARE(panel.result().years[2].revenue, 32000.0);
        QCOMPARE(panel.result().years[2].marginPerUnit, 5.0);
        // Back to marginal, and a support cost of 4.50 leaves exactly the required 4.00 a unit:
        // "at or below" the minimum breaks.
        mode->setCurrentIndex(0);
        panel.editor()->costSpin()->setValue(4.5);
        QCOMPARE(panel.result().years[2].marginPerUnit, 4.0);
        QVERIFY(panel.result().breaksAtScale);
        QVERIFY(panel.banner()->text().startsWith(QStringLiteral("Breaks at scale")));
        QVERIFY(panel.banner()->text().contains(QStringLiteral("year 3")));
    }

    void termsThatCannotBeSimulatedSayWhy() {
        RoyaltyPanel panel(&m_doc, QStringLiteral("A"));
        panel.setTerms(handTerms());
        QLineEdit *volumes = panel.editor()->volumesEdit();
        volumes->clear();
        QTest::keyClicks(volumes, QStringLiteral("300; lots"));
        QVERIFY(panel.result().years.empty());
        QVERIFY(panel.banner()->text().contains(QStringLiteral("lots")));
        QCOMPARE(panel.yearTable()->rowCount(), 0);
        volumes->clear();
        QTest::keyClicks(volumes, QStringLiteral("300 1500"));
        QCOMPARE(panel.result().years.size(), size_t(2));

        // A second tier that starts below the first is rejected with a sentence.
        QTableWidget *tiers = panel.editor()->tiersTable();
        tiers->item(1, 0)->setData(Qt::EditRole, 0);
        QVERIFY(!panel.editor()->problems().isEmpty());
        QVERIFY(panel.result().years.empty());
        QVERIFY(panel.banner()->text().startsWith(QStringLiteral("These terms cannot")));
        tiers->item(1, 0)->setData(Qt::EditRole, 1000);
        QVERIFY(panel.editor()->problems().isEmpty());
    }

    void tiersAddAndRemove() {
        RoyaltyPanel panel(&m_doc, QStringLiteral("A"));
        panel.setTerms(handTerms());
        auto buttons = panel.editor()->findChildren<QPushButton *>();
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        for (QPushButton *b : buttons)
            (b->text() == QStringLiteral("Add tier") ? add : remove) = b;
        QVERIFY(add && remove);
        add->click();
        QCOMPARE(panel.terms().tiers.size(), size_t(3));
        QVERIFY(panel.terms().tiers[2].fromUnits > 1000);
        QVERIFY(panel.editor()->problems().isEmpty());
        panel.editor()->tiersTable()->setCurrentCell(2, 0);
        remove->click();
        QCOMPARE(panel.terms().tiers.size(), size_t(2));
        QCOMPARE(panel.result().years[2].revenue, 34000.0);
    }

    void termSheetsSaveAndLoadAsJson() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RoyaltySimulator simulator(&m_doc);
        simulator.current()->setTerms(handTerms());
        const QString path = dir.filePath(QStringLiteral("terms.json"));
        QString error;
        QVERIFY2(simulator.current()->saveTo(path, &error), qPrintable(error));
        QVERIFY(simulator.alternative()->loadFrom(path, &error));
        QVERIFY(simulator.alternative()->terms() == handTerms());
        QCOMPARE(simulator.alternative()->result().years[2].revenue, 34000.0);

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"tiers\": [");
        file.close();
        QVERIFY(!simulator.alternative()->loadFrom(bad, &error));
        QVERIFY(error.contains(bad));
        // A failed load leaves the sheet as it was.
        QVERIFY(simulator.alternative()->terms() == handTerms());
    }
};

QTEST_MAIN(TestRoyaltySimulator)
#include "tst_royaltysimulator.moc"
