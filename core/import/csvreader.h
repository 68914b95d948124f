// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/textdecoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

/// RFC 4180 reading of exported tables, with the limits untrusted files need.
namespace ps::csv {

/// Reports progress (`done` of `total`, in the unit the caller documents) and asks whether to
/// go on: return false to cancel. Called from the thread doing the work, every few thousand
/// rows, so it may be used to update a progress bar or check a cancel flag.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Limits against hostile or mistaken input; exceeding one stops reading with a clear error.
struct Limits {
    qint64 maxFileBytes = qint64(512) * 1024 * 1024; ///< larger files are refused unread
    qsizetype maxFieldChars = 1024 * 1024;           ///< one cell (a long Description is fine)
    int maxColumns = 1000;
    qsizetype maxRows = 5000000; ///< data rows, header excluded
};

/// What a reader may be told instead of detecting it.
struct ReadOptions {
    std::optional<Encoding> encoding; ///< detected when empty
    std::optional<QChar> delimiter;   ///< ',', ';' or '\t'; detected when empty
    Limits limits;
    /// `done`/`total` in characters of the decoded text (bytes of the file when read() reads
    /// UTF-8 on its bytes): a share of the work, not a unit to show; may be empty
    Progress progress;
};

/// One data record and the physical line (1-based) of the file where it starts; a record with a
/// quoted multi-line Description spans several lines, and the next record's line counts them.
struct Record {
    int line = 0;
    QStringList fields; ///< exactly as in the file: not trimmed, quotes removed, "" made "
};

/// A whole file: its header and its records. Blank lines are skipped. Records may have fewer or
/// more fields than the header; the mapping decides what that means.
struct Table {
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    int headerLine = 1; ///< physical line of the header (1, unless blank lines precede it)
    std::vector<Record> records;

    /// Number of columns: the header's.
    int columnCount() const { return int(header.size()); }
};

/// Why reading failed: `line` is 0 when the problem is the file as a whole (not text, too big).
struct ReadError {
    int line = 0;
    QString message; ///< one sentence, without the file name

    /// "IN.csv:17: message" or "IN.csv: message", with the file name as given.
    QString describe(const QString &fileName) const;
};

struct ReadResult {
    std::optional<Table> table; ///< set on success
    ReadError error;
    bool cancelled = false; ///< progress returned false
    bool ok() const { return table.has_value(); }
};

/// The delimiter that splits the first lines of `text` most consistently: comma, semicolon or
/// tab (comma when nothing decides). Quoted text is not counted.
QChar detectDelimiter(const QString &text);

/// Parses decoded text. A file without a header line is an error ("The file is empty.").
/// Errors: an unterminated quoted field (naming the line it starts on), a field or row count
/// beyond the limits.
ReadResult parse(const QString &text, const ReadOptions &options = {});

/// Decodes and parses bytes: decodeText() then parse(). Binary content is an error.
ReadResult read(const QByteArray &bytes, const ReadOptions &options = {});

/// Reads a file from disk (refusing files above Limits::maxFileBytes unread).
ReadResult readFile(const QString &path, const ReadOptions &options = {});

} // namespace ps::csv
