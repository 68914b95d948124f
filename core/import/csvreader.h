// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/textdecoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUtf8StringView>

#include <functional>
#include <iterator>
#include <memory>
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

namespace detail {
struct CellStore;
} // namespace detail

/// The fields of one record, exactly as in the file: not trimmed, quotes removed, "" made ".
/// A table keeps a UTF-8 file's fields as byte ranges of the file and makes a QString of a
/// field only when it is read, so reading a big file costs no string per field; a caller reads
/// only the columns it maps. The values are the same as a QStringList of the decoded text
/// would hold. Valid while the table it belongs to (or a copy of that table) lives; the table
/// keeps the file's bytes (shared with the array read() was given) for as long.
class Fields {
public:
    /// Number of fields of the record (may differ from the header's).
    qsizetype size() const { return m_count; }
    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    /// Field `i` (0 <= i < size()) as text.
    QString at(qsizetype i) const;
    QString operator[](qsizetype i) const { return at(i); }
    QString front() const { return at(0); }
    /// Field `i`, or an empty string when the record has no such field.
    QString value(qsizetype i) const { return i >= 0 && i < m_count ? at(i) : QString(); }
    /// True when field `i` is empty (or missing); reads no text.
    bool isEmptyAt(qsizetype i) const;
    /// The UTF-8 bytes of field `i` when the table keeps it as bytes of the file (valid UTF-8,
    /// the field's text exactly); a null view when it does not (a field with a doubled quote,
    /// a file in another encoding) or the record has no such field: at() reads those.
    QUtf8StringView utf8(qsizetype i) const;
    /// Every field as text.
    QStringList toList() const;

    /// Iterates the fields as text.
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QString;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QString;
        const_iterator(const Fields *fields, qsizetype i)
            : m_fields(fields)
            , m_i(i) {}
        QString operator*() const { return m_fields->at(m_i); }
        const_iterator &operator++() {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const Fields *m_fields;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_count}; }

    friend bool operator==(const Fields &a, const Fields &b);
    friend bool operator==(const Fields &a, const QStringList &b);
    friend bool operator==(const QStringList &a, const Fields &b) { return b == a; }
    friend bool operator!=(const Fields &a, const Fields &b) { return !(a == b); }
    friend bool operator!=(const Fields &a, const QStringList &b) { return !(a == b); }

private:
    friend struct detail::CellStore;
    const detail::CellStore *m_store = nullptr;
    qsizetype m_first = 0; ///< index of the first field in the store
    qsizetype m_count = 0;
};

/// One data record and the physical line (1-based) of the file where it starts; a record with a
/// quoted multi-line Description spans several lines, and the next record's line counts them.
struct Record {
    int line = 0;
    Fields fields;
};

/// A whole file: its header and its records. Blank lines are skipped. Records may have fewer or
/// more fields than the header; the mapping decides what that means. Copies share the fields.
struct Table {
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    int headerLine = 1; ///< physical line of the header (1, unless blank lines precede it)
    std::vector<Record> records;
    /// Where the records' fields are (the file's bytes, and text of fields kept as text).
    std::shared_ptr<const detail::CellStore> store;

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
