// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report's prioritization matrix, read back from the SVG the report writes for the
// demo portfolio (QXmlStreamReader): readiness across and potential up, as the spec and the PDF
// say; every partner a bubble with its name as the bubble's <title>; and the names drawn cover
// no bubble, no other name and no quadrant title, and stay inside the plot. Text boxes are the
// report's width estimate, which is checked against the font's real advance widths.
#include "core/demo/demoportfolio.h"
#include "core/report/reportmatrix.h"
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"
#include "core/report/svgcharts_p.h"

#include <QHash>
#include <QLineF>
#include <QLocale>
#include <QRectF>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace ps;
using namespace ps::report;

namespace {

// DejaVu Sans, the font the SVG asks for: ascent and descent in em.
constexpr double Ascent = 0.928, Descent = 0.236;

struct Circle {
    QPointF centre;
    double radius = 0.0;
    double stroke = 0.0;
    QString title;
};

struct Text {
    QString cls;
    QPointF at; ///< x (as anchored), baseline
    double size = 0.0;
    bool bold = false;
    QString anchor;
    QString text;

    /// Its box by the estimate: from the ascent to the descent.
    QRectF box() const {
        const double w = detail::estimatedTextWidth(text, size, bold);
        const double left = anchor == QLatin1String("middle") ? at.x() - w / 2
                            : anchor == QLatin1String("end")  ? at.x() - w
                                                              : at.x();
        return QRectF(left, at.y() - Ascent * size, w, (Ascent + Descent) * size);
    }
};

struct Svg {
    bool ok = false;
    QString error;
    QRectF plot;
    std::vector<Circle> circles;
    std::vector<Text> texts;
    std::vector<QLineF> leaders;

    std::vector<Text> ofClass(const QString &cls) const {
        std::vector<Text> out;
        for (const Text &t : texts)
            if (t.cls == cls)
                out.push_back(t);
        return out;
    }
};

double number(const QXmlStreamAttributes &a, const char *name) {
    return a.value(QLatin1String(name)).toDouble();
}

/// The matrix's SVG as the HTML report writes it for `content`: the first chart after the
/// matrix's heading (in the language installed).
QString matrixOfReport(const ReportContent &content) {
    const QString html = QString::fromUtf8(htmlText(content));
    const qsizetype heading = html.indexOf(
        QStringLiteral("<h2>%1</h2>").arg(detail::ReportTr::tr("Prioritization matrix")));
    const qsizetype from = heading < 0 ? -1 : html.indexOf(QLatin1String("<svg"), heading);
    const qsizetype to = from < 0 ? -1 : html.indexOf(QLatin1String("</svg>"), from);
    return to < 0 ? QString() : html.mid(from, to + 6 - from);
}

Svg parse(const QString &text) {
    Svg svg;
    QXmlStreamReader xml(text);
    Circle *circle = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("circle"))
            circle = nullptr;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView cls = a.value(QLatin1String("class"));
        // The plot's frame: the rectangle of class "plot" (the first rectangle before it had one).
        if (xml.name() == QLatin1String("rect") &&
            (cls == QLatin1String("plot") || svg.plot.isNull())) {
            svg.plot =
                QRectF(number(a, "x"), number(a, "y"), number(a, "width"), number(a, "height"));
        } else if (xml.name() == QLatin1String("circle")) {
            svg.circles.push_back({QPointF(number(a, "cx"), number(a, "cy")), number(a, "r"),
                                   number(a, "stroke-width"), QString()});
            circle = &svg.circles.back();
        } else if (xml.name() == QLatin1String("title") && circle) {
            circle->title = xml.readElementText();
        } else if (xml.name() == QLatin1String("line") && cls == QLatin1String("leader")) {
            svg.leaders.emplace_back(number(a, "x1"), number(a, "y1"), number(a, "x2"),
                                     number(a, "y2"));
        } else if (xml.name() == QLatin1String("text")) {
            Text t;
            t.cls = cls.toString();
            t.at = QPointF(number(a, "x"), number(a, "y"));
            t.size = number(a, "font-size");
            t.bold = a.value(QLatin1String("font-weight")) == QLatin1String("bold");
            t.anchor = a.value(QLatin1String("text-anchor")).toString();
            t.text = xml.readElementText();
            svg.texts.push_back(t);
        }
    }
    svg.ok = !xml.hasError();
    svg.error = xml.errorString();
    return svg;
}

/// Distance from `p` to the nearest point of `rect` (0 inside).
double distanceTo(const QRectF &rect, const QPointF &p) {
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

bool overlaps(const QRectF &a, const QRectF &b) {
    return a.intersected(b).width() > 1e-6 && a.intersected(b).height() > 1e-6;
}

} // namespace

class TestHtmlMatrix : public QObject {
    Q_OBJECT

private:
    PortfolioData m_data;
    ReportContent m_content;
    QHash<QString, Svg> m_svgs;

    /// The matrix as the report writes it in `language` (en or de, with the built translation).
    const Svg &svg(const QString &language) {
        if (!m_svgs.contains(language)) {
            QTranslator translator;
            if (language != QLatin1String("en")) {
                if (!translator.load(QStringLiteral(PS_QM_DIR "/partnerscope_%1.qm").arg(language)))
                    qFatal("no translation for %s in %s", qPrintable(language), PS_QM_DIR);
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(language));
            }
            m_svgs.insert(language, parse(matrixOfReport(m_content)));
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        return m_svgs[language];
    }

    const Circle *circleOf(const Svg &svg, const QString &name) const {
        for (const Circle &c : svg.circles)
            if (c.title == name)
                return &c;
        return nullptr;
    }

    /// The partner names drawn: texts of class "name" (or, before the fix, any text that is a
    /// partner's name).
    std::vector<Text> namesOf(const Svg &svg) const {
        std::vector<Text> out;
        for (const Text &t : svg.texts)
            if (t.cls == QLatin1String("name") ||
                (t.cls.isEmpty() &&
                 std::any_of(m_content.partners.begin(), m_content.partners.end(),
                             [&](const Partner *p) { return p->name == t.text; })))
                out.push_back(t);
        return out;
    }

    static void addLanguages() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

private slots:
    void initTestCase() {
        m_data = demoPortfolio();
        ReportOptions options;
        options.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
        m_content = buildReport(m_data, options);
        QCOMPARE(m_content.partners.size(), size_t(64));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            const Svg &s = svg(language);
            QVERIFY2(s.ok, qPrintable(s.error));
            QVERIFY2(s.plot.width() > 300 && s.plot.height() > 300, "the plot area is a <rect>");
        }
    }

    // The estimate is never narrower than DejaVu Sans draws, regular or bold (advance widths
    // in font units of 2048 per em, summed from the fonts' hmtx tables: DejaVuSans.ttf and
    // DejaVuSans-Bold.ttf), so a box by the estimate holds the drawn text.
    void estimateErrsWide_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("units");
        QTest::addColumn<double>("boldUnits");
        QTest::newRow("W") << QStringLiteral("W") << 2025.0 << 2259.0;
        QTest::newRow("m") << QStringLiteral("m") << 1995.0 << 2134.0;
        QTest::newRow("MMM") << QStringLiteral("MMM") << 5301.0 << 6114.0;
        QTest::newRow("iii") << QStringLiteral("iii") << 1707.0 << 2106.0;
        QTest::newRow("a a") << QStringLiteral("a a") << 3161.0 << 3477.0;
        QTest::newRow("Äö") << QStringLiteral("Äö") << 2654.0 << 2992.0;
        QTest::newRow("2026") << QStringLiteral("2026") << 5212.0 << 5700.0;
        QTest::newRow("Œж") << QStringLiteral("Œж") << 4036.0 << 4428.0;
        QTest::newRow("Ǆ (a digraph)") << QStringLiteral("Ǆ") << 2912.0 << 3185.0;
        QTest::newRow("ľ!*") << QStringLiteral("ľ!*") << 2613.0 << 2987.0;
    }

    void estimateErrsWide() {
        QFETCH(QString, text);
        QFETCH(double, units);
        QFETCH(double, boldUnits);
        QVERIFY(detail::estimatedTextWidth(text, 2048, false) >= units);
        QVERIFY(detail::estimatedTextWidth(text, 2048, true) >= boldUnits);
    }

    void everyPartnerHasABubbleNamedInItsTitle() {
        const Svg &m_svg = svg(QStringLiteral("en"));
        QCOMPARE(m_svg.circles.size(), m_content.partners.size());
        for (const Partner *p : m_content.partners)
            QVERIFY2(circleOf(m_svg, p->name), qPrintable(p->name));
    }

    // x is readiness and y potential (up), by the scores of a few partners picked here.
    void axes_data() {
        QTest::addColumn<int>("partner");
        auto pick = [&](auto better) {
            size_t best = 0;
            for (size_t i = 1; i < m_content.scores.size(); ++i)
                if (better(m_content.scores[i], m_content.scores[best]))
                    best = i;
            return int(best);
        };
        QTest::newRow("most ready") << pick(
            [](const PartnerScore &a, const PartnerScore &b) { return a.readiness > b.readiness; });
        QTest::newRow("least ready") << pick(
            [](const PartnerScore &a, const PartnerScore &b) { return a.readiness < b.readiness; });
        QTest::newRow("most potential") << pick(
            [](const PartnerScore &a, const PartnerScore &b) { return a.potential > b.potential; });
        QTest::newRow("least potential") << pick(
            [](const PartnerScore &a, const PartnerScore &b) { return a.potential < b.potential; });
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << int(m_content.partners.size() / 2);
    }

    void axes() {
        const Svg &m_svg = svg(QStringLiteral("en"));
        QFETCH(int, partner);
        const PartnerScore &s = m_content.scores[size_t(partner)];
        const Circle *c = circleOf(m_svg, m_content.partners[size_t(partner)]->name);
        QVERIFY(c);
        const QRectF &plot = m_svg.plot;
        QVERIFY2(std::abs(c->centre.x() - (plot.left() + s.readiness / 100 * plot.width())) < 0.1,
                 qPrintable(
                     QStringLiteral("x %1 for readiness %2").arg(c->centre.x()).arg(s.readiness)));
        QVERIFY2(std::abs(c->centre.y() - (plot.bottom() - s.potential / 100 * plot.height())) <
                     0.1,
                 qPrintable(
                     QStringLiteral("y %1 for potential %2").arg(c->centre.y()).arg(s.potential)));
    }

    // Across all partners: more ready is further right, more potential further up.
    void axesOrder() {
        const Svg &m_svg = svg(QStringLiteral("en"));
        for (size_t a = 0; a < m_content.partners.size(); ++a)
            for (size_t b = 0; b < m_content.partners.size(); ++b) {
                const Circle *ca = circleOf(m_svg, m_content.partners[a]->name);
                const Circle *cb = circleOf(m_svg, m_content.partners[b]->name);
                QVERIFY(ca && cb);
                if (m_content.scores[a].readiness > m_content.scores[b].readiness + 0.5)
                    QVERIFY(ca->centre.x() > cb->centre.x());
                if (m_content.scores[a].potential > m_content.scores[b].potential + 0.5)
                    QVERIFY(ca->centre.y() < cb->centre.y());
            }
    }

    // Bubble area grows with revenue: the largest partner's bubble is the largest.
    void bubblesShowRevenue() {
        const Svg &m_svg = svg(QStringLiteral("en"));
        size_t largest = 0, smallest = 0;
        for (size_t i = 1; i < m_content.partners.size(); ++i) {
            if (detail::revenueOf(*m_content.partners[i]) >
                detail::revenueOf(*m_content.partners[largest]))
                largest = i;
            if (detail::revenueOf(*m_content.partners[i]) <
                detail::revenueOf(*m_content.partners[smallest]))
                smallest = i;
        }
        const Circle *big = circleOf(m_svg, m_content.partners[largest]->name);
        const Circle *small = circleOf(m_svg, m_content.partners[smallest]->name);
        QVERIFY(big && small);
        QVERIFY(big->radius > 3 * small->radius);
    }

    void quadrantTitles_data() { addLanguages(); }

    void quadrantTitles() {
        QFETCH(QString, language);
        const Svg &m_svg = svg(language);
        const std::vector<Text> titles = m_svg.ofClass(QStringLiteral("quadrant"));
        QCOMPARE(titles.size(), size_t(4));
        const QStringList expected =
            language == QLatin1String("en")
                ? QStringList{QStringLiteral("Invest"), QStringLiteral("Develop"),
                              QStringLiteral("Maintain"), QStringLiteral("Deprioritize")}
                : QStringList{QStringLiteral("Investieren"), QStringLiteral("Entwickeln"),
                              QStringLiteral("Halten"), QStringLiteral("Zurückstellen")};
        for (size_t k = 0; k < titles.size(); ++k)
            QCOMPARE(titles[k].text, expected[int(k)]);
        for (const Text &t : titles)
            QVERIFY2(m_svg.plot.contains(t.box()), qPrintable(t.text));
        // Invest top right (ready, with potential), develop top left, maintain bottom right.
        QVERIFY(titles[0].at.x() > m_svg.plot.center().x());
        QVERIFY(titles[0].at.y() < m_svg.plot.center().y());
        QVERIFY(titles[1].at.x() < m_svg.plot.center().x());
        QVERIFY(titles[1].at.y() < m_svg.plot.center().y());
        QVERIFY(titles[2].at.x() > m_svg.plot.center().x());
        QVERIFY(titles[2].at.y() > m_svg.plot.center().y());
    }

    void namesCoverNothing_data() { addLanguages(); }

    void namesCoverNothing() {
        QFETCH(QString, language);
        const Svg &m_svg = svg(language);
        const std::vector<Text> names = namesOf(m_svg);
        const std::vector<Text> titles = m_svg.ofClass(QStringLiteral("quadrant"));
        // As many names as the PDF's matrix page asks for.
        QVERIFY2(names.size() >= 10, qPrintable(QString::number(names.size())));
        for (size_t i = 0; i < names.size(); ++i) {
            const QRectF box = names[i].box();
            const QString what = names[i].text;
            QVERIFY2(m_svg.plot.contains(box), qPrintable(what));
            for (const Circle &c : m_svg.circles)
                QVERIFY2(distanceTo(box, c.centre) >= c.radius + c.stroke / 2,
                         qPrintable(what + QStringLiteral(" covers ") + c.title));
            for (size_t j = i + 1; j < names.size(); ++j)
                QVERIFY2(!overlaps(box, names[j].box()),
                         qPrintable(what + QStringLiteral(" on ") + names[j].text));
            for (const Text &t : titles)
                QVERIFY2(!overlaps(box, t.box()),
                         qPrintable(what + QStringLiteral(" on ") + t.text));
        }
    }

    // The partners that matter are named, most important first: the three largest always,
    // and nobody outside the named order.
    void namedPartners_data() { addLanguages(); }

    void namedPartners() {
        QFETCH(QString, language);
        const Svg &m_svg = svg(language);
        const std::vector<size_t> order = matrixNamedOrder(m_content);
        const std::vector<Text> names = namesOf(m_svg);
        QStringList drawn;
        for (const Text &t : names)
            drawn << t.text;
        for (const QString &name : drawn)
            QVERIFY2(std::any_of(order.begin(), order.end(),
                                 [&](size_t i) { return m_content.partners[i]->name == name; }),
                     qPrintable(name));
        std::vector<size_t> byRevenue(m_content.partners.size());
        for (size_t i = 0; i < byRevenue.size(); ++i)
            byRevenue[i] = i;
        std::stable_sort(byRevenue.begin(), byRevenue.end(), [&](size_t a, size_t b) {
            return detail::revenueOf(*m_content.partners[a]) >
                   detail::revenueOf(*m_content.partners[b]);
        });
        for (size_t k = 0; k < 3; ++k)
            QVERIFY2(drawn.contains(m_content.partners[byRevenue[k]]->name),
                     qPrintable(m_content.partners[byRevenue[k]]->name));
    }

    // A name set apart from its bubble has a leader from the bubble's rim to the name.
    void leaders_data() { addLanguages(); }

    void leaders() {
        QFETCH(QString, language);
        const Svg &m_svg = svg(language);
        const std::vector<Text> names = namesOf(m_svg);
        for (const QLineF &leader : m_svg.leaders) {
            const bool fromRim =
                std::any_of(m_svg.circles.begin(), m_svg.circles.end(), [&](const Circle &c) {
                    const double d = QLineF(c.centre, leader.p1()).length();
                    return std::abs(d - c.radius) < c.radius * 0.1 + 1.5;
                });
            QVERIFY(fromRim);
            const bool toName = std::any_of(names.begin(), names.end(), [&](const Text &t) {
                return distanceTo(t.box().adjusted(-3, -3, 3, 3), leader.p2()) < 0.5;
            });
            QVERIFY(toName);
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlMatrix)
#include "tst_htmlmatrix.moc"
