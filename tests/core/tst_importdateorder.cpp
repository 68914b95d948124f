// SPDX-License-Identifier: GPL-3.0-or-later
// The day/month order of a file's dates: which dates read either way (the wizard's question,
// the command line's error) and which row decides.
#include "core/import/csvreader.h"
#include "core/import/importplan.h"

#include <QTest>

using namespace ps;
using namespace ps::import;

class TestImportDateOrder : public QObject {
    Q_OBJECT
private slots:
    void evidence_data();
    void evidence();
    void chosenOrderIsUsed();
};

void TestImportDateOrder::evidence_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<int>("found");
    QTest::addColumn<int>("decidingLine");
    QTest::addColumn<QString>("decidingText");
    QTest::addColumn<QStringList>("ambiguous"); ///< "line:text"
    const QString header = QStringLiteral("name,model,status,enrolled_on,first_commercial_on\n");
    QTest::newRow("every date reads either way")
        << header + QStringLiteral("A,agency,active,01/07/2025,\nB,agency,active,02/03/2024,"
                                   "05/06/2024\nC,agency,active,2025-01-01,\n")
        << int(DateOrder::Auto) << 0 << QString()
        << QStringList{QStringLiteral("2:01/07/2025"), QStringLiteral("3:02/03/2024"),
                       QStringLiteral("3:05/06/2024")};
    QTest::newRow("line 4 decides day first")
        << header + QStringLiteral("A,agency,active,01/07/2025,\nB,agency,active,2024-03-02,\n"
                                   "C,agency,active,13/07/2025,\n")
        << int(DateOrder::DayFirst) << 4 << QStringLiteral("13/07/2025")
        << QStringList{QStringLiteral("2:01/07/2025")};
    QTest::newRow("month first") << header +
                                        QStringLiteral("A,agency,active,07/31/2025,01/07/2025\n")
                                 << int(DateOrder::MonthFirst) << 2 << QStringLiteral("07/31/2025")
                                 << QStringList{QStringLiteral("2:01/07/2025")};
    // 04.03.2025 and ISO dates are always clear; 05/05/2025 reads the same either way.
    QTest::newRow("nothing to ask")
        << header + QStringLiteral("A,agency,active,04.03.2025,2025-03-04\nB,agency,active,"
                                   "05/05/2025,\n")
        << int(DateOrder::Auto) << 0 << QString() << QStringList{};
    QTest::newRow("rows disagree")
        << header + QStringLiteral("A,agency,active,13/07/2025,\nB,agency,active,07/14/2025,\n")
        << int(DateOrder::Auto) << 2 << QStringLiteral("13/07/2025") << QStringList{};
}

void TestImportDateOrder::evidence() {
    QFETCH(QString, csv);
    QFETCH(int, found);
    QFETCH(int, decidingLine);
    QFETCH(QString, decidingText);
    QFETCH(QStringList, ambiguous);
    const csv::ReadResult read = csv::parse(csv);
    QVERIFY(read.ok());
    const Mapping mapping = buildMapping(Kind::Partners, Preset::Auto, read.table->header);
    const DateOrderEvidence e = inspectDateOrder(*read.table, mapping, 3);
    QCOMPARE(int(e.found), found);
    // The same answer as the planner's detection.
    QCOMPARE(int(detectDateOrder(*read.table, mapping)), found);
    QCOMPARE(e.deciding.line, decidingLine);
    QCOMPARE(e.deciding.text, decidingText);
    QStringList got;
    for (const DateSample &s : e.ambiguous)
        got << QStringLiteral("%1:%2").arg(s.line).arg(s.text);
    QCOMPARE(got, ambiguous);
}

void TestImportDateOrder::chosenOrderIsUsed() {
    const csv::ReadResult read =
        csv::parse(QStringLiteral("name,model,status,enrolled_on\nA,agency,active,01/07/2025\n"));
    QVERIFY(read.ok());
    Mapping mapping = buildMapping(Kind::Partners, Preset::Auto, read.table->header);
    mapping.dateOrder = DateOrder::DayFirst;
    PortfolioData data;
    ImportPlan plan = buildPlan(*read.table, mapping, data);
    QCOMPARE(plan.ambiguousDates, 0);
    QCOMPARE(plan.invalidCount(), 0);
    const auto changes = computeChanges(data, plan, false);
    QVERIFY(changes);
    QCOMPARE(changes->addedPartners.front().enrolledOn, QDate(2025, 7, 1));
    mapping.dateOrder = DateOrder::MonthFirst;
    plan = buildPlan(*read.table, mapping, data);
    QCOMPARE(computeChanges(data, plan, false)->addedPartners.front().enrolledOn,
             QDate(2025, 1, 7));
}

QTEST_GUILESS_MAIN(TestImportDateOrder)
#include "tst_importdateorder.moc"
