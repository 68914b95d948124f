// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Ids of rows created in a team portfolio. Every editing session takes a block of ids from the
/// server's `id_blocks` sequence and numbers its new rows from it, so two people adding rows at
/// the same moment never pick the same id. A block holds 2^24 ids; blocks start above every id
/// the portfolio held when it was published.
namespace ps::TeamIds {

constexpr int BlockBits = 24;
constexpr qint64 BlockSize = qint64(1) << BlockBits;

inline qint64 blockOf(qint64 id) {
    return id >> BlockBits;
}
inline qint64 firstIdOf(qint64 block) {
    return block << BlockBits;
}

} // namespace ps::TeamIds
