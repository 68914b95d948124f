// SPDX-License-Identifier: GPL-3.0-or-later
// Saved segment rules in the portfolio file (format 4): round trip, readable JSON, bad JSON.
#include "core/demo/demoportfolio.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "core/storage/segmentrulejson.h"
#include "core/storage/sqlitedb.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;
using ErrorKind = PortfolioFile::ErrorKind;

namespace {

SegmentCondition condition(SegmentCondition::Field field, QStringList anyOf, double lo = 0,
                           double hi = 100) {
    SegmentCondition c;
    c.field = field;
    c.anyOf = anyOf;
    c.minimum = lo;
    c.maximum = hi;
    return c;
}

/// The demo with three rules covering every field, odd numbers and non-ASCII text.
PortfolioData withRules() {
    using F = SegmentCondition::Field;
    PortfolioData d = demoPortfolio();
    SegmentRule a;
    a.id = 3;
    a.name = QStringLiteral("Strong resellers in Zürich \"Nord\"");
    a.conditions = {condition(F::Model, {"reseller", "var", ""}),
                    condition(F::Potential, {}, 62.125, 100),
                    condition(F::Region, {QStringLiteral("Zürich"), QStringLiteral("EMEA")})};
    SegmentRule b;
    b.id = 1;
    b.name = QStringLiteral("Everyone");
    SegmentRule c;
    c.id = 8;
    c.name = QStringLiteral("ICP and quadrant");
    c.conditions = {condition(F::Icp, {QString::number(d.icps.front().id)}),
                    condition(F::Quadrant, {"invest", "develop"}), condition(F::Tier, {"", "gold"}),
                    condition(F::Status, {"active"}),
                    condition(F::Readiness, {}, 0.1, 33.3333333333333)};
    d.segmentRules = {a, b, c};
    return d;
}

bool runSql(const QString &path, const char *sql) {
    SqliteDb db;
    return db.open(path, SQLITE_OPEN_READWRITE) == SQLITE_OK && db.exec(sql);
}

} // namespace

class TestSegmentFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString saved(const QString &name, const PortfolioData &data) {
        const QString file = m_dir.filePath(name);
        QString message;
        [&] { QVERIFY2(PortfolioFile::save(data, file, &message), qPrintable(message)); }();
        return file;
    }

private slots:
    void rulesRoundTripExactly() {
        const PortfolioData d = withRules();
        const QString file = saved(QStringLiteral("rules.partnerscope"), d);
        const auto loaded = PortfolioFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.data->segmentRules.size(), size_t(3));
        QVERIFY(loaded.data->segmentRules == d.segmentRules); // saved order, every value
        QVERIFY(*loaded.data == d);
        QCOMPARE(PortfolioFile::check(file), QStringList());
    }

    void conditionsAreReadableJson() {
        SqliteDb db;
        const QString file = saved(QStringLiteral("readable.partnerscope"), withRules());
        QCOMPARE(db.open(file, SQLITE_OPEN_READONLY), SQLITE_OK);
        Statement st(db.handle(), "SELECT conditions FROM segment_rules WHERE id = 3");
        QVERIFY(st.isValid() && st.step() == SQLITE_ROW);
        const QString json =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), 0)));
        QVERIFY2(json.startsWith(QStringLiteral("[{\"anyOf\":[\"reseller\",\"var\",\"\"],"
                                                "\"field\":\"model\"}")),
                 qPrintable(json));
        QVERIFY2(json.contains(QStringLiteral("\"min\":62.125")), qPrintable(json));
        QVERIFY2(json.contains(QStringLiteral("Zürich")), qPrintable(json));
    }

    void badRuleJsonIsRefused_data() {
        QTest::addColumn<QByteArray>("conditions");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("not JSON") << QByteArray("[{\"field\":\"model\",") << "not valid JSON";
        QTest::newRow("not an array") << QByteArray("{\"field\":\"model\"}") << "JSON array";
        QTest::newRow("unknown field")
            << QByteArray("[{\"field\":\"colour\"}]") << "unknown field \"colour\"";
        QTest::newRow("unknown model")
            << QByteArray("[{\"field\":\"model\",\"anyOf\":[\"wizard\"]}]")
            << "\"wizard\" is not a valid model value";
        QTest::newRow("icp id not a number")
            << QByteArray("[{\"field\":\"icp\",\"anyOf\":[\"retail\"]}]") << "valid icp value";
        QTest::newRow("range outside 0-100")
            << QByteArray("[{\"field\":\"potential\",\"min\":-5,\"max\":50}]")
            << "min must be a number from 0 to 100";
        QTest::newRow("min above max")
            << QByteArray("[{\"field\":\"readiness\",\"min\":70,\"max\":20}]")
            << "min is above max";
        QTest::newRow("unknown member") << QByteArray("[{\"field\":\"tier\",\"anyof\":[\"gold\"]}]")
                                        << "unknown member \"anyof\"";
    }

    void badRuleJsonIsRefused() {
        QFETCH(QByteArray, conditions);
        QFETCH(QString, phrase);
        const QString file = saved(QStringLiteral("bad.partnerscope"), withRules());
        const QByteArray sql = "UPDATE segment_rules SET conditions = '" +
                               QByteArray(conditions).replace('\'', "''") + "' WHERE id = 8";
        QVERIFY(runSql(file, sql.constData()));
        const auto result = PortfolioFile::load(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, ErrorKind::InvalidData);
        // The message names the file, the table, the rule and the problem.
        for (const QString &part :
             {QStringLiteral("bad.partnerscope"), QStringLiteral("segment_rules"),
              QStringLiteral("row id 8"), QStringLiteral("conditions"), phrase})
            QVERIFY2(result.message.contains(part), qPrintable(result.message));
        QVERIFY(!PortfolioFile::check(file).isEmpty());
    }

    void jsonCodecRoundTripsOddConditions() {
        // A value field with a range set away from its default still comes back the same.
        std::vector<SegmentCondition> odd = {
            condition(SegmentCondition::Field::Model, {"isv"}, 10, 90),
            condition(SegmentCondition::Field::Region, {}),
            condition(SegmentCondition::Field::Potential, {"ignored"}, 0, 0)};
        QString error;
        const auto back = SegmentRuleJson::read(SegmentRuleJson::write(odd), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == odd);
        QCOMPARE(SegmentRuleJson::write({}), QByteArray("[]"));
    }

    void segmentRulesArriveInFormatFour() {
        QVERIFY(Schema::CurrentVersion >= 4);
        QVERIFY(Schema::requiredTables(4).contains(QStringLiteral("segment_rules")));
        QVERIFY(!Schema::requiredTables(3).contains(QStringLiteral("segment_rules")));
    }
};

QTEST_GUILESS_MAIN(TestSegmentFile)
#include "tst_segmentfile.moc"
