// SPDX-License-Identifier: GPL-3.0-or-later
// The report's prioritization matrix names its partners through matrix::LabelPlacer: at the
// report's chart sizes, for the demo portfolio, in English and German, no name covers a bubble,
// another name or a quadrant title, and a name placed away from its bubble has a leader line
// from the bubble's rim that crosses no other bubble or name. What matrixChart() says it drew
// (MatrixChartLayout) is checked against what the picture really paints: every name's text
// inside its box, every bubble and leader where the layout says.
#include "core/demo/demoportfolio.h"
#include "tests/support/paintrecorder.h"
#include "tests/support/uitables.h"
#include "ui/report/reportcharts.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ps;

namespace {

ReportContent demoContent(const PortfolioData &data) {
    ReportOptions options;
    options.segmentBy = SegmentBy::Model;
    options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return buildReport(data, options);
}

/// Half the width of a bubble's outline pen (0.6 point): the outline is part of the bubble.
constexpr double Outline = 0.3;

double distance(const QPointF &a, const QPointF &b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// Distance from `p` to the nearest point of `rect` (0 inside).
double distanceToRect(const QPointF &p, const QRectF &rect) {
    return distance(p, QPointF(std::clamp(p.x(), rect.left(), rect.right()),
                               std::clamp(p.y(), rect.top(), rect.bottom())));
}

/// Whether a circle covers part of `rect` (touching is not covering).
bool circleCovers(const QPointF &centre, double radius, const QRectF &rect) {
    return distanceToRect(centre, rect) < radius - 1e-6;
}

/// Whether two rectangles share an area, not only an edge.
bool overlap(const QRectF &a, const QRectF &b) {
    return a.adjusted(0.01, 0.01, -0.01, -0.01).intersects(b.adjusted(0.01, 0.01, -0.01, -0.01));
}

/// Distance from `p` to the segment.
double distanceToSegment(const QPointF &p, const QLineF &segment) {
    const QPointF d = segment.p2() - segment.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0
                         ? std::clamp(QPointF::dotProduct(p - segment.p1(), d) / length2, 0.0, 1.0)
                         : 0.0;
    return distance(p, segment.p1() + d * t);
}

/// Whether the segment passes through the inside of `rect` (sampled every tenth of a point).
bool segmentCrosses(const QLineF &segment, const QRectF &rect) {
    const QRectF inner = rect.adjusted(0.05, 0.05, -0.05, -0.05);
    const int steps = std::max(2, int(segment.length() * 10));
    for (int k = 0; k <= steps; ++k)
        if (inner.contains(segment.pointAt(double(k) / steps)))
            return true;
    return false;
}

/// Everything wrong with a layout: names over bubbles, names, titles or outside the plot,
/// missing or wrong leaders. Empty when the matrix is readable.
QStringList problemsOf(const report::MatrixChartLayout &layout) {
    QStringList problems;
    const auto &bubbles = layout.bubbles;
    for (size_t i = 0; i < layout.names.size(); ++i) {
        const report::MatrixChartLayout::Name &name = layout.names[i];
        if (name.partner >= bubbles.size()) {
            problems << name.text + QStringLiteral(": no bubble");
            continue;
        }
        if (!layout.area.contains(name.rect))
            problems << name.text + QStringLiteral(" leaves the plot");
        for (size_t b = 0; b < bubbles.size(); ++b)
            if (circleCovers(bubbles[b].centre, bubbles[b].radius + Outline, name.rect))
                problems << QStringLiteral("%1 covers bubble %2%3")
                                .arg(name.text)
                                .arg(b)
                                .arg(b == name.partner ? QStringLiteral(" (its own)") : QString());
        for (size_t j = i + 1; j < layout.names.size(); ++j)
            if (overlap(name.rect, layout.names[j].rect))
                problems << name.text + QStringLiteral(" overlaps ") + layout.names[j].text;
        for (const QRectF &title : layout.titles)
            if (overlap(name.rect, title))
                problems << name.text + QStringLiteral(" overlaps a quadrant title");

        // Beside its bubble (within two points of air) or with a leader from the rim to the name.
        const report::MatrixChartLayout::Bubble &own = bubbles[name.partner];
        const double apart = distanceToRect(own.centre, name.rect) - own.radius;
        if (name.leader.isNull()) {
            if (apart > 2.5)
                problems << QStringLiteral("%1 is %2 pt from its bubble without a leader")
                                .arg(name.text)
                                .arg(apart);
            continue;
        }
        if (std::abs(distance(name.leader.p1(), own.centre) - own.radius) > 1.0)
            problems << name.text + QStringLiteral("'s leader does not start at its bubble");
        if (distanceToRect(name.leader.p2(), name.rect) > 0.01 ||
            segmentCrosses(name.leader, name.rect))
            problems << name.text + QStringLiteral("'s leader does not end at its name");
        for (size_t b = 0; b < bubbles.size(); ++b)
            if (b != name.partner &&
                distanceToSegment(bubbles[b].centre, name.leader) < bubbles[b].radius)
                problems << QStringLiteral("%1's leader crosses bubble %2").arg(name.text).arg(b);
        for (size_t j = 0; j < layout.names.size(); ++j)
            if (j != i && segmentCrosses(name.leader, layout.names[j].rect))
                problems << name.text + QStringLiteral("'s leader crosses ") + layout.names[j].text;
        for (const QRectF &title : layout.titles)
            if (segmentCrosses(name.leader, title))
                problems << name.text + QStringLiteral("'s leader crosses a quadrant title");
    }
    return problems;
}

/// Where the drawn picture disagrees with the layout it reported.
QStringList mismatchesOf(const QPicture &picture, const QSizeF &size,
                         const report::MatrixChartLayout &layout) {
    // QCPPainter draws an antialiased item half a pixel over (QCPPainter::setAntialiasing);
    // the layout is in the item's own coordinates.
    const test::Recording drawn = test::playBack(picture, size, QPointF(-0.5, -0.5));
    QStringList problems;
    for (const report::MatrixChartLayout::Name &name : layout.names) {
        const auto text = std::find_if(drawn.texts.begin(), drawn.texts.end(),
                                       [&](const auto &t) { return t.text == name.text; });
        if (text == drawn.texts.end())
            problems << name.text + QStringLiteral(" is not drawn");
        else if (!name.rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(text->box))
            problems << name.text + QStringLiteral(" is drawn outside its box");
        if (!name.leader.isNull() &&
            std::none_of(drawn.lines.begin(), drawn.lines.end(), [&](const QLineF &l) {
                return distance(l.p1(), name.leader.p1()) < 0.1 &&
                       distance(l.p2(), name.leader.p2()) < 0.1;
            }))
            problems << name.text + QStringLiteral("'s leader is not drawn");
    }
    // Only the names of the layout: a partner's name drawn anywhere else was placed by no one.
    int names = 0;
    for (const auto &text : drawn.texts)
        for (const report::MatrixChartLayout::Name &name : layout.names)
            names += text.text == name.text ? 1 : 0;
    if (names != int(layout.names.size()))
        problems << QStringLiteral("%1 names drawn, %2 placed").arg(names).arg(layout.names.size());
    for (const report::MatrixChartLayout::Bubble &b : layout.bubbles)
        if (std::none_of(drawn.ellipses.begin(), drawn.ellipses.end(), [&](const QRectF &e) {
                return distance(e.center(), b.centre) < 0.05 &&
                       std::abs(e.width() / 2 - b.radius) < 0.05;
            }))
            problems << QStringLiteral("a bubble at %1,%2 is not drawn")
                            .arg(b.centre.x())
                            .arg(b.centre.y());
    return problems;
}

} // namespace

class TestReportMatrix : public QObject {
    Q_OBJECT

    PortfolioData m_data = demoPortfolio();

private slots:
    void namesCoverNothing_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("aspect");
        QTest::addColumn<int>("named");
        // 0.95: the demo on A4 (the matrix's page has room for the tallest chart); 1.4: the
        // flattest the report lays it out. `named`: as many names as the report's own placer
        // found room for before it went (13, 11 and 9, in both languages).
        const struct {
            double aspect;
            int named;
        } sizes[] = {{0.95, 13}, {1.2, 11}, {1.4, 9}};
        for (const char *language : {"en", "de"})
            for (const auto &size : sizes)
                QTest::addRow("%s %.2f", language, size.aspect)
                    << QString::fromLatin1(language) << size.aspect << size.named;
    }

    void namesCoverNothing() {
        QFETCH(QString, language);
        QFETCH(double, aspect);
        QFETCH(int, named);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        const ReportContent c = demoContent(m_data);
        const QSizeF size = report::chartSize(aspect);
        report::MatrixChartLayout layout;
        const QPicture picture = report::matrixChart(c, size, &layout);

        QCOMPARE(layout.bubbles.size(), c.partners.size());
        QCOMPARE(layout.titles.size(), size_t(4));
        QVERIFY(QRectF(QPointF(0, 0), size).contains(layout.area));
        QVERIFY2(int(layout.names.size()) >= named,
                 qPrintable(QString::number(layout.names.size())));
        // The three largest partners are always named (the report's own placer lost the second
        // at 1.2 and 1.4); names follow matrixNamedOrder().
        const std::vector<size_t> order = report::matrixNamedOrder(c);
        QCOMPARE(layout.names.front().partner, order.front());
        for (size_t k = 0; k < 3; ++k)
            QVERIFY2(std::any_of(layout.names.begin(), layout.names.end(),
                                 [&](const auto &name) { return name.partner == order[k]; }),
                     qPrintable(c.partners[order[k]]->name));
        for (size_t i = 1; i < layout.names.size(); ++i) {
            const auto rank = [&](size_t partner) {
                return std::find(order.begin(), order.end(), partner) - order.begin();
            };
            QVERIFY(rank(layout.names[i - 1].partner) < rank(layout.names[i].partner));
        }
        const QStringList problems = problemsOf(layout);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Some names sit further out, with their leaders.
        int leaders = 0;
        for (const report::MatrixChartLayout::Name &name : layout.names)
            leaders += name.leader.isNull() ? 0 : 1;
        QVERIFY(leaders > 0);
        const QStringList mismatches = mismatchesOf(picture, size, layout);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void checksCatchNamesOnTheirBubbles() {
        // Names drawn centred on their bubbles (no placer), or nudged onto one another: the
        // checks above see it.
        const ReportContent c = demoContent(m_data);
        const QSizeF size = report::chartSize(0.95);
        report::MatrixChartLayout layout;
        report::matrixChart(c, size, &layout);
        QVERIFY(layout.names.size() >= 2);
        report::MatrixChartLayout centred = layout;
        for (report::MatrixChartLayout::Name &name : centred.names) {
            name.rect.moveCenter(layout.bubbles[name.partner].centre);
            name.leader = QLineF();
        }
        QVERIFY(problemsOf(centred).size() >= int(layout.names.size()));

        report::MatrixChartLayout stacked = layout;
        stacked.names[1].rect.moveTopLeft(stacked.names[0].rect.topLeft() + QPointF(2, 2));
        QVERIFY(problemsOf(stacked)
                    .join(QLatin1Char('\n'))
                    .contains(stacked.names[0].text + QStringLiteral(" overlaps ")));

        report::MatrixChartLayout onTitle = layout;
        onTitle.names[0].rect.moveCenter(onTitle.titles[0].center());
        QVERIFY(problemsOf(onTitle).join(QLatin1Char('\n')).contains(QStringLiteral("title")));
    }
};

QTEST_MAIN(TestReportMatrix)
#include "tst_reportmatrix.moc"
