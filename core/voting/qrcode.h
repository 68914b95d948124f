// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace ps::voting {

/// A QR code as a square of modules, for the GUI to paint (with a quiet zone of 4 modules
/// around it, which the matrix does not include).
struct QrMatrix {
    int size = 0;           ///< modules per side
    std::vector<char> dark; ///< size * size, row by row; non-zero = dark module

    bool isDark(int x, int y) const { return dark[size_t(y) * size_t(size) + size_t(x)] != 0; }
};

/// Encodes `text` (a join URL) with libqrencode: 8-bit mode, error correction level M, the
/// smallest version that holds it. std::nullopt when it cannot (empty or too long).
std::optional<QrMatrix> encodeQr(const QByteArray &text);

} // namespace ps::voting
