// SPDX-License-Identifier: GPL-3.0-or-later
// The influence map as a user drives it: every ICP and partner on the map at stable
// positions, a drag from a partner to an ICP that creates a link in one undo step, a click
// that highlights a neighbourhood, filters, the coverage gap on the demo, hover details, the
// link context menu and exports.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/influencemapview.h"
#include "ui/map/mapitems.h"
#include "ui/undo/edits.h"

#include <QFile>
#include <QHelpEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace ps;

class TestInfluenceMap : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ScoringController> m_scoring;
    std::unique_ptr<InfluenceMapView> m_view;
    QTemporaryDir m_dir;

    const Portfolio &portfolio() const { return *m_doc->portfolio(); }
    QWidget *viewport() const { return m_view->viewport(); }

    QPoint screenPos(MapNodeKind kind, Id id) const {
        const std::optional<QPointF> pos = m_view->nodePosition(kind, id);
        return pos ? m_view->mapFromScene(*pos) : QPoint(-1, -1);
    }
    Id icpNamed(const QString &name) const {
        for (const Icp &icp : portfolio().icps())
            if (icp.name == name)
                return icp.id;
        return 0;
    }
    /// The node drawn at a viewport point, or nullptr.
    map::NodeItem *nodeItemAt(const QPoint &pos) const {
        for (QGraphicsItem *item : m_view->items(pos))
            if (item->type() == map::NodeItem::Type)
                return static_cast<map::NodeItem *>(item);
        return nullptr;
    }
    void send(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
              Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QMouseEvent event(type, pos, viewport()->mapToGlobal(pos), button, buttons, modifiers);
        QCoreApplication::sendEvent(viewport(), &event);
    }
    void click(const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        send(QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, modifiers);
        send(QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, modifiers);
    }
    QImage grab() const { return viewport()->grab().toImage(); }
    static int lightness(const QImage &image, const QPoint &pos) {
        return QColor(image.pixel(pos)).lightness();
    }
    QString tooltipAt(const QPoint &pos) {
        QHelpEvent event(QEvent::ToolTip, pos, viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(viewport(), &event);
        return QToolTip::text();
    }
    /// A partner without a link to this ICP, whose node is not under another one.
    Id unlinkedPartner(Id icpId) const {
        for (const Partner &partner : portfolio().partners()) {
            if (portfolio().findLink(icpId, partner.id))
                continue;
            const map::NodeItem *item = nodeItemAt(screenPos(MapNodeKind::Partner, partner.id));
            if (item && item->id() == partner.id && item->kind() == MapNodeKind::Partner)
                return partner.id;
        }
        return 0;
    }

private slots:
    void init() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        m_doc = std::make_unique<Document>();
        m_doc->reset(std::move(data), QString(), false);
        m_scoring = std::make_unique<ScoringController>(m_doc.get());
        m_scoring->refreshNow();
        m_view = std::make_unique<InfluenceMapView>(m_doc.get(), m_scoring.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitAll();
    }

    void cleanup() {
        QToolTip::hideText();
        m_view.reset();
        m_scoring.reset();
        m_doc.reset();
    }

    void everyIcpAndPartnerIsANode() {
        const QRect visible = viewport()->rect();
        for (const Icp &icp : portfolio().icps()) {
            const QPoint pos = screenPos(MapNodeKind::Icp, icp.id);
            QVERIFY2(visible.contains(pos), qPrintable(icp.name)); // fitAll shows all of it
        }
        for (const Partner &partner : portfolio().partners())
            QVERIFY2(visible.contains(screenPos(MapNodeKind::Partner, partner.id)),
                     qPrintable(partner.name));
        QVERIFY(!m_view->nodePosition(MapNodeKind::Partner, 987654));
        int items = 0;
        for (QGraphicsItem *item : m_view->scene()->items())
            items += item->type() == map::NodeItem::Type;
        QCOMPARE(size_t(items), portfolio().icps().size() + portfolio().partners().size());
    }

    void positionsAreDeterministic() {
        InfluenceMapView other(m_doc.get(), m_scoring.get());
        for (const Partner &partner : portfolio().partners())
            QCOMPARE(other.nodePosition(MapNodeKind::Partner, partner.id),
                     m_view->nodePosition(MapNodeKind::Partner, partner.id));
        for (const Icp &icp : portfolio().icps())
            QCOMPARE(other.nodePosition(MapNodeKind::Icp, icp.id),
                     m_view->nodePosition(MapNodeKind::Icp, icp.id));
        // Switching the layout moves nodes, and switching back restores them.
        const Id first = portfolio().partners().front().id;
        const QPointF layered = *m_view->nodePosition(MapNodeKind::Partner, first);
        m_view->setLayoutKind(MapLayoutKind::Force);
        QCOMPARE(m_view->layoutKind(), MapLayoutKind::Force);
        QVERIFY(viewport()->rect().contains(screenPos(MapNodeKind::Partner, first)));
        m_view->setLayoutKind(MapLayoutKind::Layered);
        QCOMPARE(*m_view->nodePosition(MapNodeKind::Partner, first), layered);
    }

    void dragFromPartnerToIcpCreatesOneUndoableLink() {
        const Id icp = icpNamed(QStringLiteral("Hospitality groups"));
        QVERIFY(icp);
        const Id partner = unlinkedPartner(icp);
        QVERIFY(partner);
        const QPoint from = screenPos(MapNodeKind::Partner, partner);
        const QPoint to = screenPos(MapNodeKind::Icp, icp);
        const int steps = m_doc->undoStack()->count();
        const size_t links = portfolio().links().size();

        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 10; ++i)
            send(QEvent::MouseMove, from + (to - from) * i / 10, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

        const InfluenceLink *link = portfolio().findLink(icp, partner);
        QVERIFY(link);
        QCOMPARE(link->strength, 3);
        QCOMPARE(link->role, LinkRole::Influences);
        QCOMPARE(portfolio().links().size(), links + 1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // A drag is not a click: the selection did not change.
        QVERIFY(m_view->selectedPartners().isEmpty());

        m_doc->undoStack()->undo();
        QVERIFY(!portfolio().findLink(icp, partner));
        QCOMPARE(portfolio().links().size(), links);
    }

    void dragOntoEmptySpaceCreatesNothing() {
        const Id partner = portfolio().partners().front().id;
        const QPoint from = screenPos(MapNodeKind::Partner, partner);
        const int steps = m_doc->undoStack()->count();
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, from + QPoint(0, 30), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, QPoint(3, 3), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void clickHighlightsNeighbourhood() {
        // A partner linked to some ICPs but not all, so there is an ICP outside its neighbourhood.
        const Partner *centre = nullptr;
        QSet<Id> neighbourIcps;
        for (const Partner &p : portfolio().partners()) {
            QSet<Id> icps;
            for (int row : portfolio().linkRowsOfPartner(p.id))
                icps.insert(portfolio().links()[size_t(row)].icpId);
            if (!centre && !icps.isEmpty() && size_t(icps.size()) < portfolio().icps().size()) {
                centre = &p;
                neighbourIcps = icps;
            }
        }
        QVERIFY(centre);
        const Id neighbour = *neighbourIcps.begin();
        const QPoint neighbourPos = screenPos(MapNodeKind::Icp, neighbour);
        const QImage before = grab();
        // A partner that is neither its upstream nor downstream, drawn in a dark colour.
        Id stranger = 0;
        for (const Partner &p : portfolio().partners())
            if (!stranger && p.id != centre->id && p.upstreamId != centre->id &&
                centre->upstreamId != p.id &&
                lightness(before, screenPos(MapNodeKind::Partner, p.id)) < 140)
                stranger = p.id;
        QVERIFY(stranger);
        const QPoint strangerPos = screenPos(MapNodeKind::Partner, stranger);

        QSignalSpy spy(m_view.get(), &InfluenceMapView::selectionChanged);
        click(screenPos(MapNodeKind::Partner, centre->id));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<Id>>(), QList<Id>{centre->id});
        QCOMPARE(m_view->selectedPartners(), QList<Id>{centre->id});

        const QImage after = grab();
        // The stranger fades towards the white background; the neighbour keeps its colour.
        QVERIFY2(lightness(after, strangerPos) > lightness(before, strangerPos) + 20,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(lightness(before, strangerPos))
                                .arg(lightness(after, strangerPos))));
        QCOMPARE(lightness(after, neighbourPos), lightness(before, neighbourPos));

        // A click on the background clears the highlight and the selection.
        click(QPoint(2, 2));
        QCOMPARE(spy.count(), 2);
        QVERIFY(m_view->selectedPartners().isEmpty());
        QCOMPARE(lightness(grab(), strangerPos), lightness(before, strangerPos));
    }

    void selectionFromOutsideIsShownWithoutEcho() {
        QSignalSpy spy(m_view.get(), &InfluenceMapView::selectionChanged);
        const QList<Id> ids = {portfolio().partners()[1].id, portfolio().partners()[3].id};
        m_view->setSelectedPartners(ids + QList<Id>{424242}); // unknown ids are ignored
        QCOMPARE(m_view->selectedPartners(), ids);
        QCOMPARE(spy.count(), 0);
        // Ctrl+click adds to it.
        click(screenPos(MapNodeKind::Partner, portfolio().partners()[5].id), Qt::ControlModifier);
        QCOMPARE(m_view->selectedPartners().size(), 3);
        QCOMPARE(spy.count(), 1);
    }

    void centerOnPartnerSelectsIt() {
        const Id id = portfolio().partners().back().id;
        QSignalSpy spy(m_view.get(), &InfluenceMapView::selectionChanged);
        QVERIFY(m_view->centerOnPartner(id));
        QCOMPARE(m_view->selectedPartners(), QList<Id>{id});
        QCOMPARE(spy.count(), 1);
        const QPoint pos = screenPos(MapNodeKind::Partner, id);
        QVERIFY((pos - viewport()->rect().center()).manhattanLength() <= 4);
        QVERIFY(!m_view->centerOnPartner(999999));
    }

    void filterHidesPartners() {
        const Partner *reseller = nullptr;
        const Partner *other = nullptr;
        for (const Partner &p : portfolio().partners()) {
            if (p.model == PartnerModel::Reseller && !reseller)
                reseller = &p;
            if (p.model && *p.model != PartnerModel::Reseller && !other)
                other = &p;
        }
        QVERIFY(reseller && other);
        MapFilter filter;
        filter.modelKeys = {toKey(PartnerModel::Reseller)};
        m_view->setFilter(filter);
        const QPoint otherPos = screenPos(MapNodeKind::Partner, other->id);
        map::NodeItem *hidden = nodeItemAt(otherPos);
        QVERIFY(!hidden || !hidden->isVisible() || hidden->id() != other->id);
        QVERIFY(!m_view->centerOnPartner(other->id));
        QVERIFY(m_view->centerOnPartner(reseller->id));

        // Minimum strength and role filters leave the nodes but drop links: hover shows it.
        m_view->setFilter(MapFilter{});
        m_view->fitAll();
        QVERIFY(nodeItemAt(screenPos(MapNodeKind::Partner, other->id))->isVisible());
    }

    void gapIcpIsMarkedOnTheDemo() {
        const Id hospitality = icpNamed(QStringLiteral("Hospitality groups"));
        const QPoint pos = screenPos(MapNodeKind::Icp, hospitality);
        map::NodeItem *item = nodeItemAt(pos);
        QVERIFY(item && item->id() == hospitality);
        QVERIFY(item->isGap());
        int gaps = 0;
        for (const Icp &icp : portfolio().icps())
            gaps += nodeItemAt(screenPos(MapNodeKind::Icp, icp.id))->isGap();
        QVERIFY(gaps < int(portfolio().icps().size())); // well-covered ICPs are not marked
        // The red ring is on screen, somewhere around the node.
        const QImage image = grab();
        bool red = false;
        for (int dx = -40; dx <= 40 && !red; ++dx)
            for (int dy = -40; dy <= 40 && !red; ++dy) {
                const QPoint p = pos + QPoint(dx, dy);
                if (!image.rect().contains(p))
                    continue;
                const QColor c = image.pixelColor(p);
                red = c.red() > 180 && c.green() < 80 && c.blue() < 80;
            }
        QVERIFY(red);
        QVERIFY(tooltipAt(pos).contains(QStringLiteral("Coverage gap")));
    }

    void hoverShowsPartnerDetails() {
        const Partner &partner = portfolio().partners().front();
        const QString text = tooltipAt(screenPos(MapNodeKind::Partner, partner.id));
        QVERIFY2(text.contains(partner.name.toHtmlEscaped()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Status: ")));
        QVERIFY(text.contains(QStringLiteral("Quadrant: ")));
        QVERIFY(text.contains(
            QStringLiteral("Links: %1").arg(portfolio().linkRowsOfPartner(partner.id).size())));
    }

    void linkContextMenuChangesStrength() {
        // Right-click the middle of a link, away from both nodes; the filter leaves only this
        // partner's links of this role, so no other link crosses the spot.
        const InfluenceLink link = portfolio().links().front();
        MapFilter filter;
        filter.partnerIds = {link.partnerId};
        filter.roleKeys = {toKey(link.role)};
        m_view->setFilter(filter);
        const QPoint a = screenPos(MapNodeKind::Partner, link.partnerId);
        const QPoint b = screenPos(MapNodeKind::Icp, link.icpId);
        const QPoint middle = (a + b) / 2;
        const int steps = m_doc->undoStack()->count();
        const int newStrength = link.strength == 5 ? 1 : 5;
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            shown = true;
            for (QAction *action : menu->actions())
                if (action->menu() && action->text() == QStringLiteral("Strength"))
                    for (QAction *value : action->menu()->actions())
                        if (value->text() == QString::number(newStrength))
                            value->trigger();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, middle, viewport()->mapToGlobal(middle));
        QCoreApplication::sendEvent(viewport(), &event);
        QTRY_VERIFY(shown);
        const InfluenceLink *changed = portfolio().find<InfluenceLink>(link.id);
        QVERIFY(changed);
        QCOMPARE(changed->strength, newStrength);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(portfolio().find<InfluenceLink>(link.id)->strength, link.strength);
    }

    void followsPortfolioEdits() {
        const Id partner = portfolio().partners().front().id;
        QVERIFY(edit::removePartners(*m_doc, {partner}));
        QTRY_VERIFY(!m_view->nodePosition(MapNodeKind::Partner, partner));
        m_doc->undoStack()->undo();
        QTRY_VERIFY(m_view->nodePosition(MapNodeKind::Partner, partner).has_value());
    }

    void wheelZoomsAndBackgroundDragPans() {
        const Id a = portfolio().partners().front().id;
        const Id b = portfolio().icps().front().id;
        const double before =
            QLineF(screenPos(MapNodeKind::Partner, a), screenPos(MapNodeKind::Icp, b)).length();
        const QPointF centre = viewport()->rect().center();
        QWheelEvent wheel(centre, viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport(), &wheel);
        const double after =
            QLineF(screenPos(MapNodeKind::Partner, a), screenPos(MapNodeKind::Icp, b)).length();
        QVERIFY2(after > before * 1.4,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

        // Drag the background: the map follows the mouse; nothing is selected or edited.
        m_view->fitAll();
        QPoint empty(8, 8);
        QVERIFY(!nodeItemAt(empty));
        const QPoint node = screenPos(MapNodeKind::Partner, a);
        const int steps = m_doc->undoStack()->count();
        QSignalSpy spy(m_view.get(), &InfluenceMapView::selectionChanged);
        send(QEvent::MouseButtonPress, empty, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 5; ++i)
            send(QEvent::MouseMove, empty + QPoint(20 * i, 10 * i), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, empty + QPoint(100, 50), Qt::LeftButton, Qt::NoButton);
        const QPoint moved = screenPos(MapNodeKind::Partner, a);
        QVERIFY2((moved - node - QPoint(100, 50)).manhattanLength() <= 3,
                 qPrintable(QStringLiteral("(%1,%2) -> (%3,%4)")
                                .arg(node.x())
                                .arg(node.y())
                                .arg(moved.x())
                                .arg(moved.y())));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void followsLinkAndNameEdits() {
        const Id icp = icpNamed(QStringLiteral("Hospitality groups"));
        const Id partner = unlinkedPartner(icp);
        QVERIFY(partner);
        const QPoint pos = screenPos(MapNodeKind::Partner, partner);
        const size_t links = portfolio().linkRowsOfPartner(partner).size();
        InfluenceLink link;
        link.icpId = icp;
        link.partnerId = partner;
        link.strength = 5;
        QVERIFY(edit::addLink(*m_doc, link));
        QTRY_VERIFY(tooltipAt(pos).contains(QStringLiteral("Links: %1").arg(links + 1)));
        // A strong link closes the gap: the red ring goes away.
        QTRY_VERIFY(!nodeItemAt(screenPos(MapNodeKind::Icp, icp))->isGap());
        QVERIFY(edit::setPartnerField(*m_doc, partner, PartnerField::Name,
                                      QStringLiteral("Renamed Partner Ltd")));
        QTRY_VERIFY(tooltipAt(pos).contains(QStringLiteral("Renamed Partner Ltd")));
        QCOMPARE(screenPos(MapNodeKind::Partner, partner), pos); // a rename moves nothing
    }

    void exportsWriteValidFiles() {
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        QString error;
        QVERIFY2(m_view->exportTo(png, &error), qPrintable(error));
        QVERIFY2(m_view->exportTo(svg, &error), qPrintable(error));
        QVERIFY2(m_view->exportTo(pdf, &error), qPrintable(error));

        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        int coloured = 0; // model colours, not just white and grey
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                coloured += QColor(image.pixel(x, y)).saturation() > 100;
        QVERIFY(coloured > 50);

        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        QVERIFY(!m_view->exportTo(m_dir.filePath(QStringLiteral("map.bmp")), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
        QVERIFY(!m_view->exportTo(QStringLiteral("/nonexistent/dir/map.png"), &error));
    }
};

QTEST_MAIN(TestInfluenceMap)
#include "tst_influencemap.moc"
