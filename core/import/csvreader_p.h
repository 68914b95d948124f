// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/import: the fast path of csv::read() for UTF-8 files.
#include "core/import/csvreader.h"

#include <optional>

namespace ps::csv::detail {

/// Reads UTF-8 `bytes` (a byte order mark at the start is skipped) without decoding the whole
/// file first: records are split on the bytes and each field is decoded on its own, repeated
/// short values (stages, flags, dates, countries) once. The result is the one parse() gives on
/// the decoded text, with `encoding` as the table's. Returns nullopt whenever that is not
/// certain: the file is not valid UTF-8 or has control characters, or reading fails (too many
/// rows, a field too long, an unterminated quote); the general path then reads the file and
/// gives its answer and error. Progress counts bytes of the file.
std::optional<ReadResult> readUtf8(const QByteArray &bytes, Encoding encoding,
                                   const ReadOptions &options);

} // namespace ps::csv::detail
