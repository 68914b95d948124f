// SPDX-License-Identifier: GPL-3.0-or-later
// The ICP x partner-model heatmap: every cell shows exactly the core influence matrix, follows
// edits, a click names the cell's ICP and model, and it exports to PNG, SVG and PDF.
#include "core/analytics/coverage.h"
#include "core/demo/demoportfolio.h"
#include "core/domain/scenario.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/map/heatmapview.h"

#include <QFontMetricsF>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ps;

namespace {

/// Two ICPs, three partners (one without a model), links of known strengths.
PortfolioData handMade() {
    PortfolioData data;
    data.info.name = QStringLiteral("Hand-made");
    Icp a;
    a.id = 1;
    a.name = QStringLiteral("Hospitals");
    Icp b;
    b.id = 2;
    b.name = QStringLiteral("Hotels");
    data.icps = {a, b};
    Partner var;
    var.id = 10;
    var.name = QStringLiteral("Andes VAR");
    var.model = PartnerModel::ValueAddedReseller;
    Partner var2 = var;
    var2.id = 11;
    var2.name = QStringLiteral("Bolt VAR");
    Partner unknown;
    unknown.id = 12;
    unknown.name = QStringLiteral("Cedar");
    data.partners = {var, var2, unknown};
    const auto link = [](Id id, Id icp, Id partner, int strength) {
        InfluenceLink l;
        l.id = id;
        l.icpId = icp;
        l.partnerId = partner;
        l.strength = strength;
        return l;
    };
    data.links = {link(100, 1, 10, 4), link(101, 1, 11, 2), link(102, 2, 12, 5)};
    return data;
}

int columnOf(const HeatmapView &view, const QString &key) {
    for (int c = 0; c < view.columnCount(); ++c)
        if (view.columnKey(c) == key)
            return c;
    return -1;
}

/// Checks every cell of the view against the core matrix of the document's data.
void compareWithCore(const HeatmapView &view, const Document &doc) {
    const PortfolioData &data = doc.portfolio()->data();
    const InfluenceMatrix core = computeInfluenceMatrix(data);
    QCOMPARE(view.matrix().icpIds, core.icpIds);
    QCOMPARE(view.rowCount(), int(data.icps.size()));
    for (int r = 0; r < view.rowCount(); ++r) {
        for (int c = 0; c < view.columnCount(); ++c) {
            const QString key = view.columnKey(c);
            const std::optional<PartnerModel> model = enumFromKey<PartnerModel>(key);
            const double expected = core.cells[size_t(r)][size_t(profileIndex(model))];
            QCOMPARE(view.cellValue(r, c), expected);
            QCOMPARE(view.cellText(r, c), QLocale().toString(expected, 'f', 0));
            // The colour map holds the value itself; cells without influence are NaN (grey).
            const double drawn = view.colorMap()->data()->cell(c, r);
            if (expected > 0.0)
                QCOMPARE(drawn, expected);
            else
                QVERIFY(std::isnan(drawn));
        }
    }
}

} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT

private slots:
    void demoCellsEqualTheCoreMatrix() {
        Document doc;
        doc.reset(demoPortfolio(), QString(), true);
        HeatmapView view(&doc);
        compareWithCore(view, doc);
        // The demo has influence to show, so the colour scale spans the largest cell.
        const double maximum = computeInfluenceMatrix(doc.portfolio()->data()).maximum();
        QVERIFY(maximum > 0.0);
        QCOMPARE(view.colorMap()->dataRange().upper, maximum);
    }

    void icpNamesNeverPrintOverEachOther_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("twoLines");
        // Beside the map in a 1366x768 window; alone on a large screen.
        QTest::newRow("short rows") << QSize(540, 360) << false;
        QTest::newRow("tall rows") << QSize(900, 800) << true;
    }
    void icpNamesNeverPrintOverEachOther() {
        // Issue 14: two-line ICP names in rows one line tall printed over each other.
        QFETCH(QSize, size);
        QFETCH(bool, twoLines);
        Document doc;
        doc.reset(demoPortfolio(), QString(), true);
        HeatmapView view(&doc);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot *plot = view.plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QCoreApplication::processEvents(); // a queued replot with the other labels
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis->ticker());
        QVERIFY(ticker);
        const QMap<double, QString> &labels = ticker->ticks();
        QCOMPARE(labels.size(), view.rowCount());
        const double pitch = plot->axisRect()->height() / double(view.rowCount());
        const QFontMetricsF metrics(plot->yAxis->tickLabelFont());
        bool wrapped = false;
        for (const QString &label : labels) {
            const int lines = int(label.count(QLatin1Char('\n'))) + 1;
            wrapped = wrapped || lines > 1;
            // A name's lines fit its row: it cannot reach its neighbour's.
            QVERIFY2(
                lines * metrics.lineSpacing() <= pitch + 0.5,
                qPrintable(
                    QStringLiteral("\"%1\": %2 lines in %3 px").arg(label).arg(lines).arg(pitch)));
        }
        // Where rows have the room, long names still take two lines rather than the cells' width.
        QCOMPARE(wrapped, twoLines);
    }

    void handMadeCellsAndTheNoModelColumn() {
        Document doc;
        doc.reset(handMade(), QString(), true);
        HeatmapView view(&doc);
        QCOMPARE(view.columnCount(), int(enumValues<PartnerModel>().size()) + 1);
        QCOMPARE(view.columnKey(view.columnCount() - 1), QString());
        const int var = columnOf(view, toKey(PartnerModel::ValueAddedReseller));
        QVERIFY(var >= 0);
        QCOMPARE(view.cellValue(0, var), 6.0); // 4 + 2
        QCOMPARE(view.cellText(0, var), QStringLiteral("6"));
        QCOMPARE(view.cellValue(1, view.columnCount() - 1), 5.0);
        QCOMPARE(view.cellValue(1, var), 0.0);
        compareWithCore(view, doc);

        // Once every partner has a model, the "needs classification" column goes away.
        Partner cedar = doc.portfolio()->partners()[2];
        cedar.model = PartnerModel::ValueAddedReseller;
        doc.portfolio()->replace(cedar);
        QTRY_COMPARE(view.columnCount(), int(enumValues<PartnerModel>().size()));
        QCOMPARE(view.cellValue(1, var), 5.0);
        compareWithCore(view, doc);
    }

    void followsLinkEdits() {
        Document doc;
        doc.reset(handMade(), QString(), true);
        HeatmapView view(&doc);
        const int var = columnOf(view, toKey(PartnerModel::ValueAddedReseller));
        InfluenceLink link;
        link.icpId = 2;
        link.partnerId = 10;
        link.strength = 3;
        doc.portfolio()->insert(int(doc.portfolio()->links().size()), link);
        QTRY_COMPARE(view.cellValue(1, var), 3.0);
        compareWithCore(view, doc);
        doc.portfolio()->removeAt<InfluenceLink>(0);
        QTRY_COMPARE(view.cellValue(0, var), 2.0);
        compareWithCore(view, doc);
    }

    void clickingACellNamesItsIcpAndModel() {
        Document doc;
        doc.reset(handMade(), QString(), true);
        HeatmapView view(&doc);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        QSignalSpy spy(&view, &HeatmapView::cellClicked);
        const int var = columnOf(view, toKey(PartnerModel::ValueAddedReseller));
        const QPoint hospitalsVar = view.plot()->mapFrom(&view, view.cellCenter(0, var).toPoint());
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, hospitalsVar);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Id>(), Id(1));
        QCOMPARE(spy.at(0).at(1).toString(), toKey(PartnerModel::ValueAddedReseller));
        const QPoint hotelsNoModel =
            view.plot()->mapFrom(&view, view.cellCenter(1, view.columnCount() - 1).toPoint());
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, hotelsNoModel);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Id>(), Id(2));
        QCOMPARE(spy.at(1).at(1).toString(), QString());
        // Outside the cells (the title above them) nothing is clicked.
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, QPoint(view.plot()->width() / 2, 4));
        QCOMPARE(spy.count(), 2);
    }

    void emptyPortfolioShowsNoCells() {
        Document doc;
        doc.reset(PortfolioData{}, QString(), false);
        HeatmapView view(&doc);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.rowCount(), 0);
        QCOMPARE(view.columnCount(), int(enumValues<PartnerModel>().size()));
        QSignalSpy spy(&view, &HeatmapView::cellClicked);
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, view.plot()->rect().center());
        QCOMPARE(spy.count(), 0);
        // The first ICP and link bring the first row.
        doc.reset(handMade(), QString(), false);
        QTRY_COMPARE(view.rowCount(), 2);
        compareWithCore(view, doc);
    }

    void exportsPngSvgAndPdf() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document doc;
        doc.reset(demoPortfolio(), QString(), true);
        HeatmapView view(&doc);
        view.resize(800, 600);
        const QString png = dir.filePath(QStringLiteral("heatmap.png"));
        QString error;
        QVERIFY2(view.exportTo(png, 1000, 700, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 700));
        // Viridis cells, not a blank picture: some pixel is the dark end's purple-blue.
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; y += 3)
            for (int x = 0; x < image.width() && !coloured; x += 3) {
                const QColor c = image.pixelColor(x, y);
                coloured = c.blue() > c.green() + 20 && c.red() < 120;
            }
        QVERIFY(coloured);
        const QString svg = dir.filePath(QStringLiteral("heatmap.svg"));
        QVERIFY2(view.exportTo(svg, 1000, 700, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        // The ICP names label the rows (long ones wrapped over two lines).
        for (const QString &word : doc.portfolio()->icps().front().name.split(QLatin1Char(' ')))
            QVERIFY2(svgText.contains(word.toHtmlEscaped().toUtf8()), qPrintable(word));
        const QString pdf = dir.filePath(QStringLiteral("heatmap.pdf"));
        QVERIFY2(view.exportTo(pdf, 1000, 700, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));
        QVERIFY(!view.exportTo(dir.filePath(QStringLiteral("heatmap.bmp")), 100, 100, &error));
        QVERIFY(error.contains(QLatin1String(".png")));
    }
};

QTEST_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
