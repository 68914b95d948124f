// SPDX-License-Identifier: GPL-3.0-or-later
// What the faster import planners (issue 13, performance) must keep exactly: a partner's notes
// made of the Description and the note columns, character for character, and which row of a
// file is "the earlier row" a duplicate points at.
#include "core/import/importplan.h"

#include <QTest>

using namespace ps;
using namespace ps::import;

namespace {

ImportPlan planOf(const QByteArray &csvText, Kind kind, const PortfolioData &data = {}) {
    const csv::ReadResult read = csv::read(csvText);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.message));
    static csv::Table table; // the plan refers to nothing in it after buildPlan
    table = *read.table;
    return buildPlan(table, buildMapping(kind, Preset::Auto, table.header, table.delimiter), data);
}

} // namespace

class TestImportNotes : public QObject {
    Q_OBJECT

private slots:
    void notes_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("notes");
        // Columns (after Account ID): Account Name, Annual Revenue, Employees, Account Owner,
        // Description.
        QTest::newRow("description and every note column")
            << QByteArray("Acme,\"1,250,000\",85,Helena Brandt,\"Line one\r\nLine two\"")
            << QStringLiteral("Line one\r\nLine two\nAnnual revenue: 1,250,000\nEmployees: "
                              "85\nAccount owner: Helena Brandt");
        QTest::newRow("note columns only")
            << QByteArray("Acme,,85,Helena Brandt,")
            << QStringLiteral("Employees: 85\nAccount owner: Helena Brandt");
        QTest::newRow("description only")
            << QByteArray("Acme,,,,Just this") << QStringLiteral("Just this");
        QTest::newRow("one note column")
            << QByteArray("Acme,12,,,") << QStringLiteral("Annual revenue: 12");
        QTest::newRow("nothing") << QByteArray("Acme,,,,") << QString();
    }

    void notes() {
        QFETCH(QByteArray, row);
        QFETCH(QString, notes);
        const ImportPlan plan = planOf(
            "Account ID,Account Name,Annual Revenue,Employees,Account Owner,Description\n0019," +
                row + "\n",
            Kind::Partners);
        QCOMPARE(plan.rows.size(), size_t(1));
        QVERIFY(plan.rows[0].valid);
        QCOMPARE(plan.rows[0].partner().notes, notes);
        const bool noted = plan.rows[0].setFields & (quint64(1) << int(PartnerField::Notes));
        QCOMPARE(noted, !notes.isEmpty());
    }

    /// A key seen three times: the second and third rows point at the first, not at each other.
    void duplicatesPointAtTheFirstRow() {
        const ImportPlan partners = planOf("Account ID,Account Name,Website\n"
                                           "0011,Acme,acme.example\n"
                                           "0012,Bolt,bolt.example\n"
                                           "0011,Acme again,acme.example\n"
                                           "0013,Acme Inc.,www.acme.example\n"
                                           "0011,Acme thrice,acme.example\n",
                                           Kind::Partners);
        QCOMPARE(partners.rows.size(), size_t(5));
        QCOMPARE(partners.rows[2].duplicate.earlierRow, 0);
        QVERIFY(partners.rows[2].duplicate.by == Duplicate::By::CrmId);
        QCOMPARE(partners.rows[3].duplicate.earlierRow, 0);
        QVERIFY(partners.rows[3].duplicate.by == Duplicate::By::Domain);
        QCOMPARE(partners.rows[4].duplicate.earlierRow, 0);
        QVERIFY(!partners.rows[1].duplicate.isDuplicate());

        const ImportPlan deals = planOf("Id,Name,StageName,CreatedDate\n"
                                        "006A,First,Prospecting,2025-01-02\n"
                                        "006B,Second,Closed Won,2025-01-03\n"
                                        "006A,First again,Closed Lost,2025-01-02\n"
                                        "006A,First thrice,Closed Won,2025-01-02\n",
                                        Kind::Deals);
        QCOMPARE(deals.rows.size(), size_t(4));
        QVERIFY(!deals.rows[1].duplicate.isDuplicate());
        QCOMPARE(deals.rows[2].duplicate.earlierRow, 0);
        QCOMPARE(deals.rows[3].duplicate.earlierRow, 0);
        QVERIFY(deals.rows[3].action == DuplicateAction::Update);
    }
};

QTEST_GUILESS_MAIN(TestImportNotes)
#include "tst_importnotes.moc"
