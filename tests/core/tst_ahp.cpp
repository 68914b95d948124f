// SPDX-License-Identifier: GPL-3.0-or-later
// AHP weights against published worked examples, consistency, malformed matrices and CSV input.
#include "core/scoring/ahp.h"

#include <QTest>

#include <cmath>

using namespace ps;
using ahp::Matrix;

namespace {

constexpr double third = 1.0 / 3.0;

/// Saaty, T. L. (1990), "How to make a decision: The Analytic Hierarchy Process", European
/// Journal of Operational Research 48, 9-26, the house example (also in Saaty, "Hard
/// Mathematics Applied to Soft Decisions"): eight criteria of a family buying a house.
/// Published priorities: size 0.173, transportation 0.054, neighborhood 0.188, age 0.018,
/// yard 0.031, modern facilities 0.036, general condition 0.167, financing 0.333;
/// lambda max 9.669, C.I. 0.238, C.R. 0.169 (inconsistent: above 0.10).
const Matrix saatyHouse = {
    {1, 5, 3, 7, 6, 6, third, 1.0 / 4},
    {1.0 / 5, 1, third, 5, 3, 3, 1.0 / 5, 1.0 / 7},
    {third, 3, 1, 6, 3, 4, 6, 1.0 / 5},
    {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, third, 1.0 / 4, 1.0 / 7, 1.0 / 8},
    {1.0 / 6, third, third, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
    {1.0 / 6, third, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
    {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
    {4, 7, 5, 8, 6, 6, 2, 1},
};

/// Wikipedia, "Analytic hierarchy process – leader example" (criteria level): experience,
/// education, charisma, age. Published priorities .547, .127, .270, .056 and C.R. 0.044.
const Matrix wikipediaLeader = {
    {1, 4, 3, 7},
    {1.0 / 4, 1, third, 3},
    {third, 3, 1, 5},
    {1.0 / 7, third, 1.0 / 5, 1},
};

/// A matrix built from weights, a[i][j] = w[i] / w[j]: perfectly consistent.
Matrix fromWeights(const std::vector<double> &w) {
    Matrix m(w.size(), std::vector<double>(w.size()));
    for (size_t i = 0; i < w.size(); ++i)
        for (size_t j = 0; j < w.size(); ++j)
            m[i][j] = w[i] / w[j];
    return m;
}

void compareWeights(const std::vector<double> &actual, const std::vector<double> &expected,
                    double tolerance) {
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance,
                 qPrintable(QStringLiteral("weight %1: %2, expected %3")
                                .arg(i)
                                .arg(actual[i])
                                .arg(expected[i])));
}

} // namespace

class TestAhp : public QObject {
    Q_OBJECT

private slots:
    void randomIndexIsSaatysTable() {
        QCOMPARE(ahp::randomIndex(1), 0.0);
        QCOMPARE(ahp::randomIndex(2), 0.0);
        QCOMPARE(ahp::randomIndex(3), 0.58);
        QCOMPARE(ahp::randomIndex(4), 0.90);
        QCOMPARE(ahp::randomIndex(8), 1.41);
        QCOMPARE(ahp::randomIndex(12), 1.48);
        QCOMPARE(ahp::randomIndex(15), 1.59);
    }

    void saatysHouseExample() {
        const auto r = ahp::compute(saatyHouse);
        QVERIFY(r);
        // Published to three decimals, so half a unit in the third decimal.
        compareWeights(r->weights, {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333},
                       0.0005);
        QVERIFY(std::abs(r->lambdaMax - 9.669) < 0.0005);
        QVERIFY(std::abs(r->ci - 0.238) < 0.0005);
        QVERIFY(std::abs(r->cr - 0.169) < 0.0005);
        QVERIFY(!r->consistent);
    }

    void wikipediaLeaderExample() {
        const auto r = ahp::compute(wikipediaLeader);
        QVERIFY(r);
        compareWeights(r->weights, {0.547, 0.127, 0.270, 0.056}, 0.0006);
        QVERIFY(std::abs(r->cr - 0.044) < 0.0005);
        QVERIFY(r->consistent);
    }

    void perfectlyConsistentMatrix() {
        const std::vector<double> w = {0.4, 0.3, 0.2, 0.1};
        const auto r = ahp::compute(fromWeights(w));
        QVERIFY(r);
        compareWeights(r->weights, w, 1e-12);
        QVERIFY(std::abs(r->lambdaMax - 4.0) < 1e-9);
        QCOMPARE(r->ci, 0.0);
        QCOMPARE(r->cr, 0.0);
        QVERIFY(r->consistent);
    }

    void weightsSumToOne() {
        const auto r = ahp::compute(saatyHouse);
        QVERIFY(r);
        double total = 0.0;
        for (double w : r->weights)
            total += w;
        QVERIFY(std::abs(total - 1.0) < 1e-12);
    }

    void oneAndTwoCriteria() {
        const auto one = ahp::compute({{1}});
        QVERIFY(one);
        compareWeights(one->weights, {1.0}, 1e-15);
        QCOMPARE(one->lambdaMax, 1.0);
        QCOMPARE(one->cr, 0.0);
        QVERIFY(one->consistent);

        // 3 : 1 gives 0.75 / 0.25; every 2 x 2 reciprocal matrix is consistent.
        const auto two = ahp::compute({{1, 3}, {third, 1}});
        QVERIFY(two);
        compareWeights(two->weights, {0.75, 0.25}, 1e-12);
        QVERIFY(std::abs(two->lambdaMax - 2.0) < 1e-12);
        QCOMPARE(two->ci, 0.0);
        QCOMPARE(two->cr, 0.0);
        QVERIFY(two->consistent);
    }

    void circularJudgmentsAreInconsistent() {
        // A over B, B over C, yet C strongly over A: a cycle no weights can honour.
        const Matrix cycle = {{1, 5, 1.0 / 5}, {1.0 / 5, 1, 5}, {5, 1.0 / 5, 1}};
        const auto r = ahp::compute(cycle);
        QVERIFY(r);
        QVERIFY(r->cr > 0.10);
        QVERIFY(!r->consistent);
        compareWeights(r->weights, {third, third, third}, 1e-9);
    }

    void malformedMatrices_data() {
        QTest::addColumn<Matrix>("matrix");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty") << Matrix{} << QStringLiteral("empty");
        QTest::newRow("not square")
            << Matrix{{1, 2}, {0.5, 1, 3}} << QStringLiteral("row 2 has 3 values");
        QTest::newRow("zero") << Matrix{{1, 0}, {0, 1}} << QStringLiteral("row 1, column 2 is 0");
        QTest::newRow("negative") << Matrix{{1, 2}, {-0.5, 1}}
                                  << QStringLiteral("row 2, column 1 is -0.5");
        QTest::newRow("not finite") << Matrix{{1, std::nan("")}, {1, 1}}
                                    << QStringLiteral("row 1, column 2 is not a finite");
        QTest::newRow("infinite") << Matrix{{1, 1}, {HUGE_VAL, 1}}
                                  << QStringLiteral("row 2, column 1 is not a finite");
        QTest::newRow("diagonal") << Matrix{{1, 2}, {0.5, 2}}
                                  << QStringLiteral("diagonal value in row 2");
        QTest::newRow("not reciprocal") << Matrix{{1, 3, 2}, {third, 1, 4}, {0.5, 0.5, 1}}
                                        << QStringLiteral("not reciprocal: row 2, column 3 is 4");
    }

    void malformedMatrices() {
        QFETCH(Matrix, matrix);
        QFETCH(QString, phrase);
        const QString message = ahp::checkMatrix(matrix);
        QVERIFY2(message.contains(phrase), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1Char('.')));
        QString error;
        QVERIFY(!ahp::compute(matrix, &error));
        QCOMPARE(error, message);
    }

    void roundedReciprocalsAreAccepted() {
        // People type 0.333 for 1/3; that must not be called "not reciprocal".
        QCOMPARE(ahp::checkMatrix({{1, 3}, {0.333, 1}}), QString());
        QVERIFY(!ahp::checkMatrix({{1, 3}, {0.3, 1}}).isEmpty());
    }

    void csvWithFractions() {
        const QByteArray csv = ",Reach,Fit,Cost\n"
                               "Reach,1,3,5\n"
                               "Fit,1/3,1,2\n"
                               "Cost,1/5,1/2,1\n";
        QString error;
        const auto table = ahp::parseCsv(csv, QStringLiteral("m.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->names, QStringList({"Reach", "Fit", "Cost"}));
        QCOMPARE(table->matrix.size(), size_t(3));
        QCOMPARE(table->matrix[1][0], third);
        QCOMPARE(table->matrix[2][1], 0.5);
        QCOMPARE(table->matrix[0][2], 5.0);
    }

    void csvWithBomCrlfSemicolonsAndQuotes() {
        const QByteArray csv = "\xEF\xBB\xBF;\"Market reach\";Fit\r\n"
                               "\"Market reach\";1;2,5\r\n"
                               "Fit; 1/2,5 ;1\r\n"
                               "\r\n";
        QString error;
        const auto table = ahp::parseCsv(csv, QStringLiteral("m.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->names, QStringList({"Market reach", "Fit"}));
        QCOMPARE(table->matrix[0][1], 2.5); // decimal comma beside semicolons
        QCOMPARE(table->matrix[1][0], 0.4);
        QVERIFY(ahp::compute(table->matrix));
    }

    void csvErrorsNameFileAndLine_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty") << QByteArray("\n\n")
                               << QStringLiteral("\"bad.csv\": the file is empty");
        QTest::newRow("header cell") << QByteArray("X,A,B\nA,1,2\nB,1/2,1\n")
                                     << QStringLiteral("\"bad.csv\", line 1: the first cell");
        QTest::newRow("duplicate name")
            << QByteArray(",A,A\nA,1,1\nA,1,1\n")
            << QStringLiteral("line 1: the criterion \"A\" appears twice");
        QTest::newRow("bad cell") << QByteArray(",A,B\nA,1,two\nB,1/2,1\n")
                                  << QStringLiteral(
                                         "\"bad.csv\", line 2: column 3 (\"B\") holds \"two\"");
        QTest::newRow("zero denominator")
            << QByteArray(",A,B\nA,1,2\nB,1/0,1\n") << QStringLiteral("line 3: column 2");
        QTest::newRow("wrong row name") << QByteArray(",A,B\nB,1,2\nA,1/2,1\n")
                                        << QStringLiteral("line 2: the row should be for \"A\"");
        QTest::newRow("short row") << QByteArray(",A,B\nA,1\nB,1/2,1\n")
                                   << QStringLiteral("line 2: the row for \"A\" has 1 values");
        QTest::newRow("missing row")
            << QByteArray(",A,B\r\nA,1,2\r\n")
            << QStringLiteral("line 2: the file ends here, but the row for \"B\"");
        QTest::newRow("extra row")
            << QByteArray(",A\nA,1\nB,1\n") << QStringLiteral("line 3: there are more rows");
        QTest::newRow("blank lines keep numbering")
            << QByteArray(",A,B\n\nA,1,x\nB,1,1\n") << QStringLiteral("line 3: column 3");
        QTest::newRow("not utf-8") << QByteArray(",A\xff\nA,1\n") << QStringLiteral("not UTF-8");
    }

    void csvErrorsNameFileAndLine() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, phrase);
        QString error;
        QVERIFY(!ahp::parseCsv(csv, QStringLiteral("bad.csv"), &error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("\"bad.csv\"")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAhp)
#include "tst_ahp.moc"
