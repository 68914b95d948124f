// SPDX-License-Identifier: GPL-3.0-or-later
// csv::read() for UTF-8 files, the exports of every CRM: the records are split on the bytes and
// each field is kept as a range of them (csvreader_p.h's CellStore), made text only when a
// caller reads it, so a file of a million rows costs no string per field. The rules are
// csvreader.cpp's Parser's, step by step; anything that does not read cleanly (an error of any
// kind, bytes that are not UTF-8) goes back to that parser, so errors and their wording stay its
// own.
#include "core/import/csvreader_p.h"
#include "core/import/parallel.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <atomic>
#include <cstring>
#include <limits>
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

/// The number of UTF-16 code units of valid UTF-8 `bytes`: one per character, two for one
/// beyond the Basic Multilingual Plane (a four-byte sequence).
qsizetype utf16Length(const char *bytes, qsizetype size) {
    qsizetype units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        units += (c & 0xC0) != 0x80; // not a continuation byte
        units += c >= 0xF0;          // a surrogate pair
    }
    return units;
}

/// What one part of a file reads: its records (their fields counted in `cells` from 0), and
/// where its last record ends.
struct PartRead {
    bool ok = false;        ///< false: a failure, a request for the general path
    bool cancelled = false; ///< progress returned false
    bool haveHeader = false;
    QStringList header;
    int headerLine = 0;
    std::vector<Record> records;
    std::vector<Cell> cells;
    std::vector<QString> texts;
    qsizetype endPos = 0; ///< just after the last record read
    int endLine = 1;      ///< the line there, counted from the part's first line
};

/// Parser's rules on UTF-8 bytes (checked to be valid UTF-8 before); any failure is a request
/// for the general path. Fields are kept as ranges of the bytes; only a field that is not its
/// bytes as they stand (a doubled quote, text after the closing quote) is made text.
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

    /// `progress` (may be empty) is told positions of the whole file: the part's times `scale`.
    /// `stop` ends the reading early when another part failed or was cancelled.
    void run(PartRead &out, const Progress &progress, int scale, const std::atomic<bool> *stop) {
        out.ok = false;
        m_out = &out;
        qsizetype sinceProgress = 0;
        while (m_pos < m_end) {
            Record record;
            const qsizetype first = qsizetype(out.cells.size());
            if (!readRecord(record))
                return;
            const qsizetype count = qsizetype(out.cells.size()) - first;
            if (count == 1 && out.cells.back().size == 0 && !m_quoted) {
                out.cells.pop_back();
                continue; // a blank line
            }
            if (m_wantHeader && !out.haveHeader) {
                for (qsizetype i = first; i < first + count; ++i)
                    out.header << textOf(out.cells[size_t(i)]);
                out.cells.resize(size_t(first));
                out.headerLine = record.line;
                out.haveHeader = true;
                continue;
            }
            if (qsizetype(out.records.size()) >= m_options.limits.maxRows)
                return;
            CellStore::setRange(record.fields, first, count);
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

private:
    QString textOf(Cell cell) const {
        if (cell.size < 0)
            return m_out->texts[cell.pos];
        return fieldText(m_data + cell.pos, cell.size);
    }

    bool readRecord(Record &record) {
        record.line = m_line;
        m_quoted = false;
        const size_t first = m_out->cells.size();
        for (;;) {
            Cell cell;
            if (!readField(cell))
                return false;
            if (m_out->cells.size() - first >= size_t(m_options.limits.maxColumns))
                return false;
            m_out->cells.push_back(cell);
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

    /// The field of `size` bytes at `start`; false when it is too long.
    bool bytesField(qsizetype start, qsizetype size, Cell &cell) const {
        if (size > m_options.limits.maxFieldChars &&
            utf16Length(m_data + start, size) > m_options.limits.maxFieldChars)
            return false;
        cell = size == 0 ? Cell{} : Cell{quint32(start), qint32(size)};
        return true;
    }

    /// A field kept as text; false when it is too long.
    bool textField(QString text, Cell &cell) {
        if (text.size() > m_options.limits.maxFieldChars)
            return false;
        if (text.isEmpty()) {
            cell = {};
            return true;
        }
        cell = {quint32(m_out->texts.size()), -1};
        m_out->texts.push_back(std::move(text));
        return true;
    }

    bool readField(Cell &cell) {
        const qsizetype start = m_pos;
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t') &&
               m_data[m_pos] != m_delimiter)
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '"') {
            m_quoted = true;
            return readQuoted(cell);
        }
        m_pos = start;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == m_delimiter || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return bytesField(start, m_pos - start, cell);
    }

    bool readQuoted(Cell &cell) {
        ++m_pos; // opening quote
        const qsizetype opened = m_pos;
        qsizetype chunk = m_pos;
        bool doubled = false;
        for (;;) {
            const void *quote = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
            const qsizetype at = quote ? static_cast<const char *>(quote) - m_data : m_size;
            m_line += lineBreaks(m_pos, at);
            m_pos = at;
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
                ok = textField(fieldText(m_scratch.constData(), m_scratch.size()), cell);
            } else {
                ok = bytesField(opened, m_pos - opened, cell);
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
        const QString tail = fieldText(m_data + rest, m_pos - rest);
        for (QChar c : tail) {
            if (!c.isSpace()) // text after the closing quote is kept
                return textField(textOf(cell) + tail, cell);
        }
        return true;
    }

    /// Line breaks in [from, to) as Parser counts them inside a quoted field: a line feed, or
    /// a carriage return not followed by one.
    int lineBreaks(qsizetype from, qsizetype to) const {
        int lines = 0;
        for (qsizetype i = from; i < to; ++i) {
            const char c = m_data[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n')))
                ++lines;
        }
        return lines;
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
    PartRead *m_out = nullptr;
    QByteArray m_scratch; ///< a field with doubled quotes, undoubled
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

/// The records of `bytes` from `offset`, read in parts on every core for a big file: each part
/// from a guessed record start, then joined in order with the lines counted on. A part whose
/// guessed start was not where the part before ended (the guess fell inside a quoted field) is
/// read again from where it really starts, so the table is always the one a single reading
/// gives. Each part also checks that its bytes are UTF-8.
std::optional<ReadResult> readParts(const QByteArray &bytes, qsizetype offset, char delimiter,
                                    Encoding encoding, const ReadOptions &options) {
    const char *data = bytes.constData() + offset;
    const qsizetype size = bytes.size() - offset;
    constexpr qsizetype MinPartBytes = 2 * 1024 * 1024;
    const int parts = import::detail::partsFor(size, MinPartBytes);
    std::vector<qsizetype> splits(size_t(parts) + 1, size);
    splits[0] = 0;
    for (int p = 1; p < parts; ++p)
        splits[size_t(p)] = std::max(splits[size_t(p) - 1], splitPoint(data, size, parts, p));
    std::vector<PartRead> reads(static_cast<size_t>(parts));
    std::atomic<bool> stop{false};
    std::atomic<bool> utf8{true};
    import::detail::runParts(parts, [&](int part) {
        // Parts start after a line feed, never inside a character.
        const qsizetype begin = splits[size_t(part)], end = splits[size_t(part) + 1];
    if (!QByteArrayView(data + begin, end - begin).isValidUtf8()) {
        utf8.store(false);
        stop.store(true, std::memory_order_relaxed);
        return;
    }
    Utf8Parser parser(data, size, delimiter, options, begin, end, part == 0);
    PartRead &read = reads[size_t(part)];
    read.records.reserve(size_t((end - begin) / 64));
    read.cells.reserve(size_t((end - begin) / 8));
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
if (!utf8.load() || !first.ok || !first.haveHeader)
    return std::nullopt; // a failure; a header after megabytes of blank lines: rare either way
Table table;
table.delimiter = QLatin1Char(delimiter);
table.encoding = encoding;
table.header = std::move(first.header);
table.headerLine = first.headerLine;
auto store = std::make_shared<CellStore>();
store->bytes = bytes;
store->offset = offset;
qsizetype rows = 0, cells = 0;
for (const PartRead &read : reads) {
    rows += qsizetype(read.records.size());
    cells += qsizetype(read.cells.size());
}
table.records.reserve(size_t(std::min(rows, options.limits.maxRows + 1)));
store->cells.reserve(size_t(cells));
// Appends a part's records, with their lines counted on from `firstLine`, and their fields.
const auto append = [&](PartRead &read, int firstLine) {
    const qsizetype cellBase = qsizetype(store->cells.size());
    const auto textBase = quint32(store->texts.size());
    for (Cell cell : read.cells) {
        if (cell.size < 0)
            cell.pos += textBase;
        store->cells.push_back(cell);
    }
    for (QString &text : read.texts)
        store->texts.push_back(std::move(text));
    for (Record &record : read.records) {
        record.line += firstLine - 1;
        const auto [begin, count] = CellStore::range(record.fields);
        store->bind(record.fields, cellBase + begin, count);
        table.records.push_back(std::move(record));
    }
    std::vector<Record>().swap(read.records);
    std::vector<Cell>().swap(read.cells);
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
    PartRead rest;
    parser.run(rest, Progress(), 1, nullptr);
    if (!rest.ok || !append(rest, line))
        return std::nullopt;
    break;
}
if (options.progress)
    options.progress(size, size);
table.store = std::move(store);
result.table = std::move(table);
return result;
} // namespace

} // namespace ps::csv::detail

std::optional<ReadResult> readUtf8(const QByteArray &bytes, Encoding encoding,
                                   const ReadOptions &options) {
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char *data = bytes.constData() + skip;
    const qsizetype size = bytes.size() - skip;
    if (size >= qsizetype(std::numeric_limits<qint32>::max()) || hasForeignControl(data, size))
        return std::nullopt; // fields are kept by 32-bit positions
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
    return readParts(bytes, skip, char(delimiter.unicode()), encoding, options);
}

} // namespace ps::csv::detail
