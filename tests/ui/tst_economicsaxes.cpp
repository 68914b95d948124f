// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the Economics page's charts on a 1366x768 screen, in English and in German (longer
// titles): every vertical axis title is whole; a title longer than its axis wraps into lines
// that each fit beside the chart, instead of being clipped at the chart's top and bottom.
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/economics/economicsdashboard.h"
#include "ui/economics/economicspage.h"
#include "ui/economics/impactview.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/support/uitables.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

constexpr int EconomicsPageIndex = 6;

/// Every line of every shown vertical axis title fits the height of its axis; the lines put
/// together are the whole title.
void checkTitlesFit(QCustomPlot *plot, const QString &expected) {
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCPAxis *axis = plot->yAxis;
    const QString title = axis->label();
    QCOMPARE(QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')), expected);
    const QFontMetrics metrics(axis->labelFont());
    const int room = axis->axisRect()->height();
    for (const QString &line : title.split(QLatin1Char('\n')))
        QVERIFY2(metrics.horizontalAdvance(line) <= room,
                 qPrintable(QStringLiteral("\"%1\": %2 px beside a %3 px axis")
                                .arg(line)
                                .arg(metrics.horizontalAdvance(line))
                                .arg(room)));
    // The wrapped title has its room to the left of the axis: the margin holds every line.
    const int lines = int(title.count(QLatin1Char('\n'))) + 1;
    QVERIFY(axis->axisRect()->margins().left() >= lines * metrics.height());
}

} // namespace

class TestEconomicsAxes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    }

    void axisTitlesFit_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("winRateTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Won of closed deals (%)");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Gewonnene unter den abgeschlossenen Deals (%)");
    }
    void axisTitlesFit() {
        QFETCH(QString, language);
        QFETCH(QString, winRateTitle);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(QSize(1366, 768));
        QVERIFY(window);
        window->showPage(EconomicsPageIndex);
        EconomicsPage *page = window->economicsPage();
        QCustomPlot *winRate = page->dashboard()->winRatePlot();
        QTRY_COMPARE(winRate->plottableCount(), 2);
        QTest::qWait(50); // the page lays out after the switch
        checkTitlesFit(winRate, winRateTitle);
        if (QTest::currentTestFailed())
            return;

        // A shorter chart wraps the title into more lines; a tall one joins them again.
        winRate->setFixedHeight(200);
        QTest::qWait(50);
        checkTitlesFit(winRate, winRateTitle);
        if (QTest::currentTestFailed())
            return;
        winRate->setFixedHeight(600);
        QTest::qWait(50);
        checkTitlesFit(winRate, winRateTitle);
        QVERIFY(!winRate->yAxis->label().contains(QLatin1Char('\n')));
        if (QTest::currentTestFailed())
            return;

        window->document()->undoStack()->clear();
    }
};

QTEST_MAIN(TestEconomicsAxes)
#include "tst_economicsaxes.moc"
