// SPDX-License-Identifier: GPL-3.0-or-later
// The projector theme keeps its promise: every text colour it draws reaches 7:1 against its
// background (WCAG relative luminance, computed here, not trusted from a table), and its
// palette is Okabe-Ito's.
#include "core/analytics/segmenting.h"
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "ui/charts/qcp.h"
#include "ui/segments/segmentcharts.h"
#include "ui/theme/mapstyle.h"
#include "ui/theme/matrixpalette.h"
#include "ui/theme/projectortheme.h"

#include <QTest>

using namespace ps;

class TestProjectorTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contrastFormula_data();
    void contrastFormula();
    void everyTextPairReachesSevenToOne_data();
    void everyTextPairReachesSevenToOne();
    void paletteIsOkabeIto();
    void segmentChartsTakeTheProjectorTheme();
};

void TestProjectorTheme::contrastFormula_data() {
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Published WCAG figures: black on white is 21:1, #777 on white 4.48:1, #595959 7.00:1.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#595959 on white") << QColor(0x59, 0x59, 0x59) << QColor(Qt::white) << 7.0;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x77, 0x77, 0x77) << 4.48;
}

void TestProjectorTheme::contrastFormula() {
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(theme::contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QString::number(theme::contrastRatio(a, b))));
}

void TestProjectorTheme::everyTextPairReachesSevenToOne_data() {
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    for (const theme::TextPair &pair : theme::ProjectorTheme::instance().textPairs())
        QTest::newRow(qPrintable(QStringLiteral("workshop: ") + pair.role))
            << pair.text << pair.background;

    const matrix::MatrixStyle matrix = matrix::MatrixStyle::projector();
    QTest::newRow("matrix: axes and labels") << matrix.foreground << matrix.background;
    QTest::newRow("matrix: quadrant titles") << matrix.quadrantLabelColour << matrix.background;

    const map::MapStyle map = map::MapStyle::projector();
    QTest::newRow("map: labels") << map.foreground << map.background;
    QTest::newRow("map: ICP names on ICP nodes") << map.foreground << map.icpFill;
    QTest::newRow("map: legend") << map.foreground << map.legendBackground;
    QTest::newRow("map: gap badge") << QColor(Qt::white) << map.gapColour;
    for (Quadrant q :
         {Quadrant::Invest, Quadrant::Develop, Quadrant::Maintain, Quadrant::Deprioritize})
        QTest::newRow(qPrintable(QStringLiteral("map: badge ") + toKey(q)))
            << QColor(Qt::white) << map::quadrantColour(q);
}

void TestProjectorTheme::everyTextPairReachesSevenToOne() {
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    const double ratio = theme::contrastRatio(text, background);
    QVERIFY2(ratio >= theme::MinimumTextContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(text.name(), background.name())
                            .arg(ratio, 0, 'f', 2)));
}

void TestProjectorTheme::paletteIsOkabeIto() {
    // Okabe & Ito (2008), "Color Universal Design", in their order.
    const QList<QRgb> published = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                   0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
    const auto &palette = theme::okabeIto();
    QCOMPARE(int(palette.size()), published.size());
    for (int i = 0; i < published.size(); ++i) {
        QCOMPARE(palette[size_t(i)].rgb() & 0xFFFFFF, published[i]);
        // The bubbles of the matrix (in every theme) take the same colours for the first eight
        // partner models.
        QCOMPARE(matrix::modelColour(i).rgb() & 0xFFFFFF, published[i]);
    }
    // The accent of the workshop frame is Okabe-Ito blue, only darker (same hue) for contrast.
    const QColor accent = theme::ProjectorTheme::instance().accent;
    QVERIFY(std::abs(accent.hsvHue() - QColor(0x0072B2).hsvHue()) <= 2);
}

void TestProjectorTheme::segmentChartsTakeTheProjectorTheme() {
    // `render --view segments --theme projector` used to draw the default look.
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    const CriteriaTable criteria = computeCriteria(data);
    std::vector<PartnerScore> scores;
    scoreAll(criteria, *activeScenario(data), scores);
    const SegmentTable table = computeSegments(data, criteria, scores, SegmentBy::Model);
    SegmentCharts standard, projector;
    projector.setTheme(SegmentCharts::Theme::Projector);
    for (SegmentCharts *charts : {&standard, &projector})
        charts->setSegments(data, table.segments, table.stats, scores);
    const matrix::MatrixStyle style = matrix::MatrixStyle::projector();
    for (int i = 0; i < projector.plot()->axisRectCount(); ++i) {
        const QCPAxis *axis = projector.plot()->axisRect(i)->axis(QCPAxis::atBottom);
        const QCPAxis *plain = standard.plot()->axisRect(i)->axis(QCPAxis::atBottom);
        QCOMPARE(axis->tickLabelFont(), style.baseFont);
        QVERIFY(QFontInfo(axis->tickLabelFont()).pixelSize() >
                QFontInfo(plain->tickLabelFont()).pixelSize());
        QVERIFY(axis->basePen().widthF() >= 2.0);
        QVERIFY(theme::contrastRatio(axis->tickLabelColor(), style.background) >=
                theme::MinimumTextContrast);
        QVERIFY(theme::contrastRatio(axis->labelColor(), style.background) >=
                theme::MinimumTextContrast);
    }
}

QTEST_MAIN(TestProjectorTheme)
#include "tst_projectortheme.moc"
