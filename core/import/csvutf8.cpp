// SPDX-License-Identifier: GPL-3.0-or-later
// csv::read() for UTF-8 files, the exports of every CRM: the records are split on the bytes and
// each field decoded on its own, so a file of a million rows is never held as UTF-16 text as a
// whole. The rules are csvreader.cpp's Parser's, step by step; anything that does not read
// cleanly (an error of any kind, bytes that are not UTF-8) goes back to that parser, so errors
// and their wording stay its own.
#include "core/import/csvreader_p.h"
#include "core/import/parallel.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>

namespace ps::csv::detail {
namespace {

/// This file's translations, in the context lupdate files them under.
class ImportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Import)
};

constexpr qsizetype ProgressEvery = 4096; // records between progress calls, as Parser's

bool isBreak(char c) {
    return c == '\n' || c == '\r';
}

/// True when `bytes` has a character decodeText() refuses: a NUL or a C0 control other than
/// tab, line feed, vertical tab, form feed and carriage return (a final 0x1A is tolerated). In
/// UTF-8 these are single bytes below 0x20, so eight bytes are tested at a time.
bool hasForeignControl(const char *data, qsizetype size) {
    if (size > 0 && data[size - 1] == 0x1A)
        --size;
    const auto foreign = [](unsigned char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r';
    };
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (((word - ones * 0x20) & ~word & highs) == 0)
            continue; // no byte below 0x20
        for (int k = 0; k < 8; ++k)
            if (foreign(static_cast<unsigned char>(data[i + k])))
                return true;
    }
    for (; i < size; ++i)
        if (foreign(static_cast<unsigned char>(data[i])))
            return true;
    return false;
}

bool isAscii(const char *data, qsizetype size) {
    quint64 bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        bits |= word;
    }
    for (; i < size; ++i)
        bits |= static_cast<unsigned char>(data[i]);
    return (bits & 0x8080808080808080ULL) == 0;
}

/// Short values repeat down a column (a stage, a flag, a date, a country): one QString per
/// distinct value, shared by every record that has it, saves an allocation per field. A column
/// whose values do not repeat (record ids, names) stops being looked up after a while.
class ColumnInterner {
public:
    static constexpr qsizetype MaxBytes = 24;
    static constexpr int MaxColumns = 64;

    /// The shared value of `bytes` in `column`, or nullptr when the caller makes its own.
    const QString *find(int column, const char *bytes, qsizetype size, quint32 *hash) {
        if (column >= MaxColumns || size > MaxBytes)
            return nullptr;
        Column &c = columnAt(column);
        if (c.off)
            return nullptr;
        quint32 h = 2166136261u; // FNV-1a
        for (qsizetype i = 0; i < size; ++i)
            h = (h ^ static_cast<unsigned char>(bytes[i])) * 16777619u;
        *hash = h;
        ++c.lookups;
        const Slot &slot = c.entries[h % Slots];
        if (slot.used && slot.hash == h && slot.size == size &&
            std::memcmp(slot.bytes, bytes, size_t(size)) == 0) {
            ++c.hits;
            return &slot.value;
        }
        if (c.lookups == 4096 && c.hits < 1024)
            c.off = true; // fewer than one in four repeat
        return nullptr;
    }

    /// Remembers `value` for `bytes` after find() returned nullptr for them.
    void remember(int column, const char *bytes, qsizetype size, quint32 hash,
                  const QString &value) {
        if (column >= MaxColumns || size > MaxBytes)
            return;
        Column &c = columnAt(column);
        if (c.off)
            return;
        Slot &slot = c.entries[hash % Slots];
        slot.used = true;
        slot.hash = hash;
        slot.size = int(size);
        std::memcpy(slot.bytes, bytes, size_t(size));
        slot.value = value;
    }

private:
    static constexpr quint32 Slots = 256;
    struct Slot {
        bool used = false;
        int size = 0;
        quint32 hash = 0;
        char bytes[MaxBytes] = {};
        QString value;
    };
    struct Column {
        std::array<Slot, Slots> entries;
        int lookups = 0;
        int hits = 0;
        bool off = false;
    };
    Column &columnAt(int column) {
        std::unique_ptr<Column> &c = m_columns[size_t(column)];
        if (!c)
            c = std::make_unique<Column>();
        return *c;
    }
    std::array<std::unique_ptr<Column>, MaxColumns> m_columns;
};

/// What one part of a file reads: its records, and where its last record ends.
struct PartRead {
    bool ok = false;        ///< false: a failure, a request for the general path
    bool cancelled = false; ///< progress returned false
    bool haveHeader = false;
    QStringList header;
    int headerLine = 0;
    std::vector<Record> records;
    qsizetype endPos = 0; ///< just after the last record read
    int endLine = 1;      ///< the line there, counted from the part's first line
};

/// Parser's rules on UTF-8 bytes; any failure is a request for the general path.
class Utf8Parser {
public:
    /// Reads the records that start in [begin, end) of `data` (a record may run on past `end`);
    /// lines are counted from 1 at `begin`, and the first record is the header when `header`.
    Utf8Parser(const char *data, qsizetype size, char delimiter, const ReadOptions &options,
               qsizetype begin, qsizetype end, bool header)
        : m_data(data)
        , m_size(size)
        , m_end(end)
        , m_delimiter(delimiter)
        , m_options(options)
        , m_pos(begin)
        , m_wantHeader(header) {}

    /// Reads on to `end` (the part's end, or the file's when a later part is not needed).
    void setEnd(qsizetype end) { m_end = end; }

    /// `progress` (may be empty) is told positions of the whole file: the part's times `scale`.
    /// `stop` ends the reading early when another part failed or was cancelled.
    void run(PartRead &out, const Progress &progress, int scale, const std::atomic<bool> *stop) {
        out.ok = false;
        qsizetype sinceProgress = 0;
        while (m_pos < m_end) {
            Record record;
            if (!readRecord(record))
                return;
            if (record.fields.size() == 1 && record.fields.front().isEmpty() && !m_quoted)
                continue; // a blank line
            if (m_wantHeader && !out.haveHeader) {
                out.header = std::move(record.fields);
                m_expectedColumns = out.header.size();
                out.headerLine = record.line;
                out.haveHeader = true;
                continue;
            }
            if (qsizetype(out.records.size()) >= m_options.limits.maxRows)
                return;
            if (out.records.empty() && !m_wantHeader)
                m_expectedColumns = record.fields.size(); // a later part: like its first record
            out.records.push_back(std::move(record));
            if (++sinceProgress >= ProgressEvery) {
                sinceProgress = 0;
                if (stop && stop->load(std::memory_order_relaxed))
                    return;
                if (progress && !progress(std::min(m_pos * scale, m_size), m_size)) {
                    out.cancelled = true;
                    return;
                }
            }
        }
        out.endPos = m_pos;
        out.endLine = m_line;
        out.ok = true;
    }

    /// The columns of the header, so that records rarely grow their list.
    void expectColumns(qsizetype columns) { m_expectedColumns = columns; }

private:
    bool readRecord(Record &record) {
        record.line = m_line;
        record.fields.reserve(m_expectedColumns);
        m_quoted = false;
        for (;;) {
            QString field;
            if (!readField(field, int(record.fields.size())))
                return false;
            if (record.fields.size() >= m_options.limits.maxColumns)
                return false;
            record.fields.append(std::move(field));
            if (m_pos >= m_size)
                return true;
            if (m_data[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipBreak();
            return true;
        }
    }

    void skipBreak() {
        if (m_pos < m_size && m_data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    /// The text of `size` bytes at `bytes`; false when they are not UTF-8 or too long.
    bool decode(const char *bytes, qsizetype size, int column, QString &out) {
        quint32 hash = 0;
        if (const QString *shared = m_interner.find(column, bytes, size, &hash)) {
            out = *shared;
            return true;
        }
        if (isAscii(bytes, size)) {
            out = QString::fromLatin1(bytes, size);
        } else {
            out = m_decoder.decode(QByteArrayView(bytes, size));
            if (m_decoder.hasError())
                return false;
        }
        if (out.size() > m_options.limits.maxFieldChars)
            return false;
        m_interner.remember(column, bytes, size, hash, out);
        return true;
    }

    bool readField(QString &field, int column) {
        const qsizetype start = m_pos;
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t') &&
               m_data[m_pos] != m_delimiter)
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '"') {
            m_quoted = true;
            return readQuoted(field, column);
        }
        m_pos = start;
        while (m_pos < m_size && m_data[m_pos] != m_delimiter && !isBreak(m_data[m_pos]))
            ++m_pos;
        return decode(m_data + start, m_pos - start, column, field);
    }

    bool readQuoted(QString &field, int column) {
        ++m_pos; // opening quote
        qsizetype chunk = m_pos;
        bool doubled = false;
        for (;;) {
            while (m_pos < m_size && m_data[m_pos] != '"') {
                if (m_data[m_pos] == '\n' ||
                    (m_data[m_pos] == '\r' && (m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')))
                    ++m_line;
                ++m_pos;
            }
            if (m_pos >= m_size)
                return false; // never closed
            if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                if (!doubled)
                    m_scratch.clear();
                doubled = true;
                m_scratch.append(m_data + chunk, m_pos - chunk + 1);
                m_pos += 2;
                chunk = m_pos;
                continue;
            }
            bool ok;
            if (doubled) {
                m_scratch.append(m_data + chunk, m_pos - chunk);
                ok = decode(m_scratch.constData(), m_scratch.size(), column, field);
            } else {
                ok = decode(m_data + chunk, m_pos - chunk, column, field);
            }
            if (!ok)
                return false;
            ++m_pos; // the closing quote
            break;
        }
        const qsizetype rest = m_pos;
        while (m_pos < m_size && m_data[m_pos] != m_delimiter && !isBreak(m_data[m_pos]))
            ++m_pos;
        if (m_pos == rest)
            return true;
        QString tail;
        if (!decode(m_data + rest, m_pos - rest, ColumnInterner::MaxColumns, tail))
            return false;
        for (QChar c : tail) {
            if (!c.isSpace()) { // text after the closing quote is kept
                field.append(tail);
                break;
            }
        }
        return field.size() <= m_options.limits.maxFieldChars;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_end;
    char m_delimiter;
    const ReadOptions &m_options;
    qsizetype m_pos = 0;
    bool m_wantHeader = true;
    int m_line = 1;
    bool m_quoted = false;
    qsizetype m_expectedColumns = 1;
    QByteArray m_scratch; ///< a field with doubled quotes, undoubled
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
    ColumnInterner m_interner;
};

/// The delimiter detectDelimiter() finds in the decoded text, from a decoded prefix long
/// enough for it (it reads at most 256 Ki characters); nullopt when no such prefix decodes.
std::optional<QChar> delimiterOf(const char *data, qsizetype size) {
    constexpr qsizetype Needed = 256 * 1024;
    qsizetype take = std::min<qsizetype>(size, 4 * Needed);
    if (take < size) // end on an ASCII byte, never inside a character
        while (take > 0 && static_cast<unsigned char>(data[take - 1]) >= 0x80)
            --take;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString prefix = decoder.decode(QByteArrayView(data, take));
    if (decoder.hasError() || (take < size && prefix.size() < Needed))
        return std::nullopt;
    return detectDelimiter(prefix);
}

/// Where part `part` of `parts` of the file starts: just after the first line feed at or after
/// its share of the bytes. Only a guess: a line feed inside a quoted field is no record break,
/// and readParts() checks that the part before ended exactly there.
qsizetype splitPoint(const char *data, qsizetype size, int parts, int part) {
    const qsizetype from = import::detail::partBegin(size, parts, part);
    const void *feed = std::memchr(data + from, '\n', size_t(size - from));
    return feed ? static_cast<const char *>(feed) - data + 1 : size;
}

/// The records of `data`, read in parts on every core for a big file: each part from a guessed
/// record start, then joined in order with the lines counted on. A part whose guessed start
/// was not where the part before ended (the guess fell inside a quoted field) is read again
/// from where it really starts, so the table is always the one a single reading gives.
std::optional<ReadResult> readParts(const char *data, qsizetype size, char delimiter,
                                    Encoding encoding, const ReadOptions &options) {
    constexpr qsizetype MinPartBytes = 2 * 1024 * 1024;
    const int parts = import::detail::partsFor(size, MinPartBytes);
    std::vector<qsizetype> splits(size_t(parts) + 1, size);
    splits[0] = 0;
    for (int p = 1; p < parts; ++p)
        splits[size_t(p)] = std::max(splits[size_t(p) - 1], splitPoint(data, size, parts, p));
    std::vector<PartRead> reads(static_cast<size_t>(parts));
    std::atomic<bool> stop{false};
    import::detail::runParts(parts, [&](int part) {
        Utf8Parser parser(data, size, delimiter, options, splits[size_t(part)],
                          splits[size_t(part) + 1], part == 0);
    PartRead &read = reads[size_t(part)];
    parser.run(read, part == 0 ? options.progress : Progress(), parts, &stop);
    if (read.cancelled)
        stop.store(true, std::memory_order_relaxed);
});
ReadResult result;
PartRead &first = reads.front();
if (first.cancelled) {
    result.cancelled = true;
    result.error = {0, ImportTr::tr("The import was cancelled.")};
    return result;
}
if (!first.ok || !first.haveHeader)
    return std::nullopt; // a failure; a header after megabytes of blank lines: rare either way
Table table;
table.delimiter = QLatin1Char(delimiter);
table.encoding = encoding;
table.header = std::move(first.header);
table.headerLine = first.headerLine;
qsizetype rows = 0;
for (const PartRead &read : reads)
    rows += qsizetype(read.records.size());
table.records.reserve(size_t(std::min(rows, options.limits.maxRows + 1)));
const auto append = [&](PartRead &read, int firstLine) {
    for (Record &record : read.records) {
        record.line += firstLine - 1;
        table.records.push_back(std::move(record));
    }
    std::vector<Record>().swap(read.records);
    return qsizetype(table.records.size()) <= options.limits.maxRows;
};
if (!append(first, 1))
    return std::nullopt;
qsizetype pos = first.endPos;
int line = first.endLine;
for (int p = 1; p < parts; ++p) {
    PartRead &read = reads[size_t(p)];
    if (pos == splits[size_t(p)]) {
        if (!read.ok)
            return std::nullopt; // what a single reading fails on too
        if (!append(read, line))
            return std::nullopt;
        pos = read.endPos;
        line = read.endLine + line - 1;
        continue;
    }
    // The part before ran on past this part's guessed start: read the rest from where it
    // really starts, on this thread.
    Utf8Parser parser(data, size, delimiter, options, pos, size, false);
    parser.expectColumns(table.header.size());
    PartRead rest;
    parser.run(rest, Progress(), 1, nullptr);
    if (!rest.ok || !append(rest, line))
        return std::nullopt;
    break;
}
if (options.progress)
    options.progress(size, size);
result.table = std::move(table);
return result;
} // namespace

} // namespace ps::csv::detail

std::optional<ReadResult> readUtf8(const QByteArray &bytes, Encoding encoding,
                                   const ReadOptions &options) {
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char *data = bytes.constData() + skip;
    const qsizetype size = bytes.size() - skip;
    if (hasForeignControl(data, size))
        return std::nullopt;
    QChar delimiter;
    if (options.delimiter) {
        delimiter = *options.delimiter;
    } else if (const auto detected = delimiterOf(data, size)) {
        delimiter = *detected;
    } else {
        return std::nullopt;
    }
    if (delimiter.unicode() >= 0x80 || delimiter == QLatin1Char('"') ||
        isBreak(char(delimiter.unicode())))
        return std::nullopt;
    return readParts(data, size, char(delimiter.unicode()), encoding, options);
}

} // namespace ps::csv::detail
