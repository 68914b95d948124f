// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/import: where a table's fields are kept, and the fast path of csv::read()
// for UTF-8 files.
#include "core/import/csvreader.h"

#include <optional>
#include <vector>

namespace ps::csv::detail {

/// The text of a field's UTF-8 bytes. Unlike QString::fromUtf8(), a byte order mark at the
/// start is kept (as U+FEFF): it is part of the field, as it is when the whole file is decoded.
inline QString fieldText(const char *bytes, qsizetype size) {
    if (size >= 3 && bytes[0] == '\xEF' && bytes[1] == '\xBB' && bytes[2] == '\xBF')
        return QChar(0xFEFF) + QString::fromUtf8(bytes + 3, size - 3);
    return QString::fromUtf8(bytes, size);
}

/// Where one field is: `size` bytes at `pos` of the store's file (size >= 0), or the store's
/// text number `pos` (size < 0). An empty field is {0, 0}.
struct Cell {
    quint32 pos = 0;
    qint32 size = 0;
};

/// Every field of a table: byte ranges of the file, and the few fields that are not the file's
/// bytes as they stand (a doubled quote, text after a closing quote, a file decoded from
/// another encoding) as text.
struct CellStore {
    QByteArray bytes;           ///< the file as read (shared with the caller's array, not copied)
    qsizetype offset = 0;       ///< where the cells' positions count from (after a byte order mark)
    std::vector<Cell> cells;    ///< every record's fields, in file order
    std::vector<QString> texts; ///< the fields kept as text

    const char *data() const { return bytes.constData() + offset; }
    QString text(Cell cell) const {
        if (cell.size < 0)
            return texts[cell.pos];
        return fieldText(data() + cell.pos, cell.size);
    }
    /// Points `fields` at `count` cells of this store from `first`.
    void bind(Fields &fields, qsizetype first, qsizetype count) const {
        fields.m_store = this;
        fields.m_first = first;
        fields.m_count = count;
    }
    /// The first cell and the count of `fields` (while a reader builds the table).
    static std::pair<qsizetype, qsizetype> range(const Fields &fields) {
        return {fields.m_first, fields.m_count};
    }
    static void setRange(Fields &fields, qsizetype first, qsizetype count) {
        fields.m_first = first;
        fields.m_count = count;
    }
};

/// Reads UTF-8 `bytes` (a byte order mark at the start is skipped) without decoding the whole
/// file: records are split on the bytes and each field is kept as a range of them. The result
/// is the one parse() gives on the decoded text, with `encoding` as the table's. Returns
/// nullopt whenever that is not certain: the file is not valid UTF-8 or has control
/// characters, or reading fails (too many rows, a field too long, an unterminated quote); the
/// general path then reads the file and gives its answer and error. Progress counts bytes of
/// the file.
std::optional<ReadResult> readUtf8(const QByteArray &bytes, Encoding encoding,
                                   const ReadOptions &options);

} // namespace ps::csv::detail
