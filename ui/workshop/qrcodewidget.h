// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voting/qrcode.h"

#include <QWidget>

#include <optional>

namespace ps {

/**
 * A QR code drawn crisp for a camera across a room: every module is the same whole number of
 * pixels, no smoothing, black on white, with the quiet zone of four modules the standard asks
 * for. It takes the largest module size that fits the widget.
 */
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int QuietZone = 4; ///< modules of white around the code

    explicit QrCodeWidget(QWidget *parent = nullptr);

    /// Encodes `text` (a join URL); an empty or too long text draws nothing.
    void setText(const QByteArray &text);
    QByteArray text() const { return m_text; }
    const std::optional<voting::QrMatrix> &matrix() const { return m_matrix; }
    /// Pixels per module at the current size (0 when nothing is drawn).
    int moduleSize() const;
    /// Where the code with its quiet zone is drawn, in widget coordinates.
    QRect codeRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int modulesWithQuietZone() const;

    QByteArray m_text;
    std::optional<voting::QrMatrix> m_matrix;
};

} // namespace ps
