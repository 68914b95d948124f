// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/mapstyle.h"

#include <QApplication>
#include <QtMath>

namespace ps::map {

MapStyle MapStyle::standard() {
    MapStyle s;
    s.background = Qt::white;
    s.foreground = QColor(0x30, 0x30, 0x30);
    s.linkColour = QColor(0x5A, 0x6B, 0x7D);
    s.upstreamColour = QColor(0xA0, 0xA0, 0xA0);
    // Opaque and light: thousands of overlapping lines form a pale web the nodes stand out on.
    s.thinEdgeColour = QColor(0xC9, 0xD2, 0xDC);
    s.highlightColour = QColor(0x10, 0x20, 0x30);
    s.dimmedEdgeColour = QColor(0xEB, 0xEB, 0xEB);
    s.selectionColour = QColor(0x00, 0x00, 0x00);
    s.gapColour = QColor(0xD0, 0x1C, 0x1C);
    s.icpFill = QColor(0xDD, 0xE6, 0xF0);
    s.legendBackground = QColor(255, 255, 255, 230);
    // Pixel sizes, not points: the map is drawn in scene units on screen and in exports alike,
    // so type keeps its size relative to the nodes on any device.
    s.labelFont = QApplication::font();
    s.labelFont.setPixelSize(11);
    s.icpFont = s.labelFont;
    s.icpFont.setPixelSize(13);
    s.icpFont.setBold(true);
    s.badgeFont = s.labelFont;
    s.badgeFont.setPixelSize(9);
    s.badgeFont.setBold(true);
    s.legendFont = QApplication::font();
    s.legendFont.setPixelSize(12);
    return s;
}

MapStyle MapStyle::projector() {
    MapStyle s = standard();
    s.foreground = Qt::black;
    s.linkColour = QColor(0x2A, 0x3A, 0x4A);
    s.upstreamColour = QColor(0x70, 0x70, 0x70);
    s.thinEdgeColour = QColor(0xA8, 0xB4, 0xC0);
    s.highlightColour = Qt::black;
    s.dimmedEdgeColour = QColor(0xDD, 0xDD, 0xDD);
    s.icpFill = QColor(0xC4, 0xD4, 0xE6);
    s.legendBackground = Qt::white;
    // White badge text on it reaches 7:1 (tests/ui/tst_projectortheme.cpp).
    s.gapColour = QColor(0x9E, 0x10, 0x10);
    s.labelFont.setPixelSize(16);
    s.labelFont.setBold(true);
    s.icpFont.setPixelSize(19);
    s.badgeFont.setPixelSize(12);
    s.legendFont.setPixelSize(16);
    s.lineScale = 1.8;
    s.outlineWidth = 2.0;
    s.selectionWidth = 4.5;
    s.dimmedAlpha = 70;
    return s;
}

ShapeFamily shapeFamily(const std::optional<PartnerModel> &model) {
    if (!model)
        return ShapeFamily::Unclassified;
    switch (*model) {
    case PartnerModel::Referral:
    case PartnerModel::Agency:
    case PartnerModel::Affiliate:
        return ShapeFamily::Circle;
    case PartnerModel::Reseller:
    case PartnerModel::ValueAddedReseller:
        return ShapeFamily::Square;
    case PartnerModel::Distributor:
        return ShapeFamily::Triangle;
    case PartnerModel::Oem:
    case PartnerModel::Isv:
        return ShapeFamily::Diamond;
    case PartnerModel::SystemsIntegrator:
    case PartnerModel::ServiceDelivery:
        return ShapeFamily::Hexagon;
    }
    return ShapeFamily::Unclassified;
}

static QPainterPath polygonPath(int corners, double radius, double startDegrees) {
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = qDegreesToRadians(startDegrees + 360.0 * i / corners);
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath shapePath(ShapeFamily family, double r) {
    QPainterPath path;
    switch (family) {
    case ShapeFamily::Circle:
    case ShapeFamily::Unclassified:
        path.addEllipse(QPointF(0, 0), r, r);
        return path;
    case ShapeFamily::Square:
        // Same area as the circle, so families do not look more or less important.
        path.addRect(QRectF(-0.89 * r, -0.89 * r, 1.78 * r, 1.78 * r));
        return path;
    case ShapeFamily::Triangle:
        return polygonPath(3, 1.25 * r, -90.0);
    case ShapeFamily::Diamond:
        return polygonPath(4, 1.2 * r, -90.0);
    case ShapeFamily::Hexagon:
        return polygonPath(6, 1.05 * r, 0.0);
    }
    return path;
}

QString familyLabel(ShapeFamily family) {
    switch (family) {
    case ShapeFamily::Circle:
        return QCoreApplication::translate("ps::map", "Referral, agency, affiliate");
    case ShapeFamily::Square:
        return QCoreApplication::translate("ps::map", "Reseller, VAR");
    case ShapeFamily::Triangle:
        return QCoreApplication::translate("ps::map", "Distributor");
    case ShapeFamily::Diamond:
        return QCoreApplication::translate("ps::map", "OEM, ISV");
    case ShapeFamily::Hexagon:
        return QCoreApplication::translate("ps::map", "Integrator, service delivery");
    case ShapeFamily::Unclassified:
        return QCoreApplication::translate("ps::map", "Needs classification");
    }
    return {};
}

Qt::PenStyle roleStyle(LinkRole role) {
    switch (role) {
    case LinkRole::Sources:
        return Qt::SolidLine;
    case LinkRole::Influences:
        return Qt::DashLine;
    case LinkRole::Delivers:
        return Qt::DotLine;
    case LinkRole::Embeds:
        return Qt::DashDotLine;
    case LinkRole::CoSells:
        return Qt::DashDotDotLine;
    }
    return Qt::SolidLine;
}

double strengthWidth(int strength) {
    return strength <= 0 ? 0.5 : 0.6 + 0.7 * strength;
}

QColor quadrantColour(Quadrant quadrant) {
    // Dark enough that the white badge letter reaches 7:1 in every theme.
    switch (quadrant) {
    case Quadrant::Invest:
        return QColor(0x11, 0x65, 0x2E);
    case Quadrant::Develop:
        return QColor(0x1A, 0x4F, 0x96);
    case Quadrant::Maintain:
        return QColor(0x7A, 0x45, 0x00);
    case Quadrant::Deprioritize:
        return QColor(0x55, 0x55, 0x55);
    }
    return Qt::gray;
}

QString quadrantLetter(Quadrant quadrant) {
    switch (quadrant) {
    case Quadrant::Invest:
        return QCoreApplication::translate("ps::map", "I", "quadrant badge: invest");
    case Quadrant::Develop:
        return QCoreApplication::translate("ps::map", "D", "quadrant badge: develop");
    case Quadrant::Maintain:
        return QCoreApplication::translate("ps::map", "M", "quadrant badge: maintain");
    case Quadrant::Deprioritize:
        return QCoreApplication::translate("ps::map", "X", "quadrant badge: deprioritize");
    }
    return {};
}

} // namespace ps::map
