// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voting/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace ps::voting {

std::optional<QrMatrix> encodeQr(const QByteArray &text) {
    if (text.isEmpty() || text.size() > 1024)
        return std::nullopt;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()),
                          reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0)
        return std::nullopt;
    QrMatrix matrix;
    matrix.size = code->width;
    const size_t count = size_t(code->width) * size_t(code->width);
    matrix.dark.resize(count);
    for (size_t i = 0; i < count; ++i)
        matrix.dark[i] = char(code->data[i] & 1); // bit 0: dark module (qrencode.h)
    return matrix;
}

} // namespace ps::voting
