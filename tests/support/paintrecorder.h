// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a QPicture paints, in device space: the text items (with the clip around each), the
// ellipses and the lines. The report tests play a chart back through it to check the picture
// itself, not the layout the code meant to draw.

#include <QLineF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QRectF>
#include <QString>

#include <vector>

namespace ps::test {

struct RecordedText {
    QString text;
    QRectF box;  ///< from the item's advance, ascent and descent
    QRectF clip; ///< null: no clip
};

struct Recording {
    std::vector<RecordedText> texts;
    std::vector<QRectF> ellipses;
    std::vector<QLineF> lines;
};

class RecordingEngine : public QPaintEngine {
public:
    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    // Other shapes are not recorded; the defaults would call each other for ever.
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override {
        // A QPicture plays a line back as a polyline of two points.
        if (mode == PolylineMode && count == 2)
            recording.lines.push_back(
                painter()->combinedTransform().map(QLineF(points[0], points[1])));
    }
    void drawEllipse(const QRectF &rect) override {
        recording.ellipses.push_back(painter()->combinedTransform().mapRect(rect));
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override {
        const QRectF local(p.x(), p.y() - item.ascent(), item.width(),
                           item.ascent() + item.descent());
        const QTransform t = painter()->combinedTransform();
        RecordedText text{item.text(), t.mapRect(local), QRectF()};
        if (painter()->hasClipping())
            text.clip = t.mapRect(painter()->clipBoundingRect());
        recording.texts.push_back(text);
    }
    Type type() const override { return QPaintEngine::User; }

    Recording recording;
};

/// A 72 dpi device of `size` points that records what is painted on it.
class RecordingDevice : public QPaintDevice {
public:
    explicit RecordingDevice(const QSizeF &size)
        : m_size(size.toSize()) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const Recording &recording() const { return m_engine.recording; }

protected:
    int metric(PaintDeviceMetric m) const override {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 1;
        }
    }

private:
    QSize m_size;
    mutable RecordingEngine m_engine;
};

/// `picture` played back at its logical size (as the report's PageFlow plays it), moved by
/// `offset` device points first.
inline Recording playBack(const QPicture &picture, const QSizeF &size, QPointF offset = {}) {
    RecordingDevice device(size);
    QPainter painter(&device);
    painter.translate(offset);
    painter.scale(double(picture.logicalDpiX()) / device.logicalDpiX(),
                  double(picture.logicalDpiY()) / device.logicalDpiY());
    painter.drawPicture(0, 0, picture);
    painter.end();
    return device.recording();
}

} // namespace ps::test
