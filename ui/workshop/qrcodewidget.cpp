// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/qrcodewidget.h"

#include <QPainter>

#include <algorithm>

namespace ps {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code of the voting page"));
}

void QrCodeWidget::setText(const QByteArray &text) {
    m_text = text;
    m_matrix = voting::encodeQr(text);
    setAccessibleDescription(QString::fromUtf8(text));
    update();
}

int QrCodeWidget::modulesWithQuietZone() const {
    return m_matrix ? m_matrix->size + 2 * QuietZone : 0;
}

int QrCodeWidget::moduleSize() const {
    const int modules = modulesWithQuietZone();
    return modules > 0 ? std::min(width(), height()) / modules : 0;
}

QRect QrCodeWidget::codeRect() const {
    const int side = moduleSize() * modulesWithQuietZone();
    return QRect((width() - side) / 2, (height() - side) / 2, side, side);
}

QSize QrCodeWidget::sizeHint() const {
    const int side = std::max(8, modulesWithQuietZone()) * 10;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const {
    // Three pixels a module still scans from a few metres on a projector.
    const int side = std::max(8, modulesWithQuietZone()) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *) {
    const int module = moduleSize();
    if (!m_matrix || module == 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = codeRect();
    painter.fillRect(area, Qt::white);
    const int origin = QuietZone * module;
    for (int y = 0; y < m_matrix->size; ++y)
        for (int x = 0; x < m_matrix->size; ++x)
            if (m_matrix->isDark(x, y))
                painter.fillRect(area.x() + origin + x * module, area.y() + origin + y * module,
                                 module, module, Qt::black);
}

} // namespace ps
