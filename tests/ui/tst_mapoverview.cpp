// SPDX-License-Identifier: GPL-3.0-or-later
// The influence map's overview (issue 14): at the sizes of a laptop and of projectors, in both
// themes, no two texts overlap, every text lies inside the picture, every name is at least 12 px
// (24 px in the projector theme), and every partner is either named or counted.
#include "core/demo/demoportfolio.h"
#include "ui/map/mapoverview.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QTest>

using namespace ps;

class TestMapOverview : public QObject {
    Q_OBJECT

private slots:
    void readableAtEverySize_data() {
        QTest::addColumn<bool>("projector");
        QTest::addColumn<QSize>("size");
        for (bool projector : {false, true})
            for (const QSize &size : {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 720),
                                      QSize(1200, 800), QSize(640, 480)})
                QTest::addRow("%s %dx%d", projector ? "projector" : "default", size.width(),
                              size.height())
                    << projector << size;
    }
    void readableAtEverySize() {
        QFETCH(bool, projector);
        QFETCH(QSize, size);
        const PortfolioData demo = demoPortfolio();
        const map::MapStyle style =
            projector ? map::MapStyle::projector() : map::MapStyle::standard();
        const map::MapOverview o =
            map::MapOverview::build(demo, {}, style, projector, QSizeF(size));
        const QRectF picture(QPointF(0, 0), QSizeF(size));
        QVERIFY(!o.texts.empty());
        for (size_t i = 0; i < o.texts.size(); ++i) {
            const map::OverviewText &t = o.texts[i];
            QVERIFY2(picture.contains(t.rect), qPrintable(t.text));
            QVERIFY2(t.font.pixelSize() >= map::minimumLabelPixels(projector), qPrintable(t.text));
            for (size_t j = i + 1; j < o.texts.size(); ++j)
                QVERIFY2(!t.rect.intersects(o.texts[j].rect),
                         qPrintable(t.text + QStringLiteral(" / ") + o.texts[j].text));
        }
        QCOMPARE(o.partnersNamed + o.partnersCounted, int(demo.partners.size()));
        // Every ICP is drawn with its name (wrapped or elided when narrow).
        int icps = 0;
        for (const map::OverviewText &t : o.texts)
            icps += t.kind == map::OverviewText::Icp ? 1 : 0;
        QCOMPARE(icps, int(demo.icps.size()));
    }

    void namesWrapRatherThanBeingCut() {
        // Issue 14: in the map page's pane of a 1366x768 window the model names were cut
        // ("Systems integ…") and so was the note. A model name wraps into the lines its group
        // has the height for and is shortened only when they are all used. The note takes two
        // lines rather than lose its end.
        const PortfolioData demo = demoPortfolio();
        const map::MapOverview o =
            map::MapOverview::build(demo, {}, map::MapStyle::standard(), false, QSizeF(655, 560));
        const QChar ellipsis(0x2026);
        int wrapped = 0;
        for (const map::OverviewText &t : o.texts) {
            if (t.kind == map::OverviewText::Note &&
                t.colour != map::MapStyle::standard().gapColour)
                QVERIFY2(!t.text.contains(ellipsis), qPrintable(t.text));
            if (t.kind != map::OverviewText::Model)
                continue;
            const QFontMetricsF metrics(t.font);
            wrapped += t.rect.height() > metrics.height() + 0.5 ? 1 : 0;
            if (!t.text.contains(ellipsis))
                continue;
            // Its bar: the model mark beside it, as tall as the group.
            const map::OverviewMark *bar = nullptr;
            for (const map::OverviewMark &m : o.marks)
                if (m.kind == map::OverviewText::Model && m.rect.top() <= t.rect.center().y() &&
                    m.rect.bottom() >= t.rect.center().y())
                    bar = &m;
            QVERIFY(bar);
            // Cut only where the group has no height for one more line.
            QVERIFY2(t.rect.height() + metrics.lineSpacing() > bar->rect.height() + 4 + 0.5,
                     qPrintable(t.text));
        }
        QVERIFY(wrapped > 0);
    }

    void strongestPartnersAreNamedFirst() {
        const PortfolioData demo = demoPortfolio();
        QHash<Id, int> strength;
        for (const InfluenceLink &link : demo.links)
            if (link.strength >= 1)
                strength[link.partnerId] += link.strength;
        Id strongest = 0;
        for (const Partner &p : demo.partners)
            if (!strongest || strength.value(p.id) > strength.value(strongest))
                strongest = p.id;
        const map::MapOverview o =
            map::MapOverview::build(demo, {}, map::MapStyle::projector(), true, QSizeF(1280, 720));
        bool named = false;
        for (const map::OverviewText &t : o.texts)
            named = named || (t.kind == map::OverviewText::Partner && t.id == strongest);
        QVERIFY(named);
        // A small projector picture cannot name all 64, so it counts the rest.
        QVERIFY(o.partnersCounted > 0);
        QVERIFY(o.partnersNamed >= 8);
    }
};

QTEST_MAIN(TestMapOverview)
#include "tst_mapoverview.moc"
