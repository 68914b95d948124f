// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include "core/import/csvreader_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ps::csv {
namespace {

/// This file's translations, in the context lupdate files them under.
class ImportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Import)
};

constexpr qsizetype ProgressEvery = 4096; // records between progress calls

bool isBreak(char16_t c) {
    return c == '\n' || c == '\r';
}

/// Reads records from decoded text; positions are indexes into `text`.
class Parser {
public:
    Parser(const QString &text, QChar delimiter, const ReadOptions &options)
        : m_data(reinterpret_cast<const char16_t *>(text.constData()))
        , m_size(text.size())
        , m_delimiter(delimiter.unicode())
        , m_options(options) {}

    ReadResult run() {
        ReadResult result;
        Table table;
        table.delimiter = QChar(m_delimiter);
        auto store = std::make_shared<detail::CellStore>();
        m_store = store.get();
        bool haveHeader = false;
        qsizetype sinceProgress = 0;
        while (m_pos < m_size) {
            Record record;
            const qsizetype first = qsizetype(m_store->cells.size());
            if (!readRecord(record, result.error))
                return result;
            const qsizetype count = qsizetype(m_store->cells.size()) - first;
            if (count == 1 && m_store->cells.back().size == 0 && !m_quoted) {
                m_store->cells.pop_back();
                continue; // a blank line
            }
            detail::CellStore::setRange(record.fields, first, count);
            if (!haveHeader) {
                for (qsizetype i = first; i < first + count; ++i)
                    table.header << m_store->text(m_store->cells[size_t(i)]);
                m_store->cells.resize(size_t(first));
                table.headerLine = record.line;
                haveHeader = true;
                continue;
            }
            if (qsizetype(table.records.size()) >= m_options.limits.maxRows) {
                result.error = {
                    record.line,
                    ImportTr::tr("The file has more than %L1 rows.").arg(m_options.limits.maxRows)};
                return result;
            }
            table.records.push_back(std::move(record));
            if (m_options.progress && ++sinceProgress >= ProgressEvery) {
                sinceProgress = 0;
                if (!m_options.progress(m_pos, m_size)) {
                    result.cancelled = true;
                    result.error = {0, ImportTr::tr("The import was cancelled.")};
                    return result;
                }
            }
        }
        if (!haveHeader) {
            result.error = {0, ImportTr::tr("The file is empty.")};
            return result;
        }
        if (m_options.progress)
            m_options.progress(m_size, m_size);
        for (Record &record : table.records) {
            const auto [first, count] = detail::CellStore::range(record.fields);
            m_store->bind(record.fields, first, count);
        }
        table.store = std::move(store);
        result.table = std::move(table);
        return result;
    }

private:
    /// One record starting at m_pos; leaves m_pos after its line break.
    bool readRecord(Record &record, ReadError &error) {
        record.line = m_line;
        m_quoted = false;
        const size_t first = m_store->cells.size();
        for (;;) {
            QString field;
            if (!readField(field, error, record.line))
                return false;
            if (m_store->cells.size() - first >= size_t(m_options.limits.maxColumns)) {
                error = {record.line, ImportTr::tr("A row has more than %L1 columns.")
                                          .arg(m_options.limits.maxColumns)};
                return false;
            }
            if (field.isEmpty()) {
                m_store->cells.push_back({});
            } else {
                m_store->cells.push_back({quint32(m_store->texts.size()), -1});
                m_store->texts.push_back(std::move(field));
            }
            if (m_pos >= m_size)
                return true;
            const char16_t c = m_data[m_pos];
            if (c == m_delimiter) {
                ++m_pos; // "a,b," at the very end reads one more, empty, field
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

    bool tooLong(qsizetype length, int line, ReadError &error) const {
        if (length <= m_options.limits.maxFieldChars)
            return false;
        error = {line, ImportTr::tr("A field is longer than %L1 characters.")
                           .arg(m_options.limits.maxFieldChars)};
        return true;
    }

    /// A field up to (not including) the delimiter or line break that ends it.
    bool readField(QString &field, ReadError &error, int recordLine) {
        qsizetype start = m_pos;
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t') &&
               m_data[m_pos] != m_delimiter)
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '"') {
            m_quoted = true;
            return readQuoted(field, error);
        }
        m_pos = start;
        while (m_pos < m_size && m_data[m_pos] != m_delimiter && !isBreak(m_data[m_pos]))
            ++m_pos;
        if (tooLong(m_pos - start, recordLine, error))
            return false;
        field = QString(reinterpret_cast<const QChar *>(m_data + start), m_pos - start);
        return true;
    }

    /// A quoted field: delimiters and line breaks inside are text, "" is one quote. Text after
    /// the closing quote up to the delimiter is kept, as spreadsheets do.
    bool readQuoted(QString &field, ReadError &error) {
        const int startLine = m_line;
        ++m_pos; // opening quote
        // Most quoted fields have no doubled quote: they are built once, at their exact size.
        qsizetype chunk = m_pos;
        bool doubled = false;
        for (;;) {
            while (m_pos < m_size && m_data[m_pos] != '"') {
                if (m_data[m_pos] == '\n' ||
                    (m_data[m_pos] == '\r' && (m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')))
                    ++m_line;
                ++m_pos;
            }
            if (m_pos >= m_size) {
                error = {startLine,
                         ImportTr::tr("A quoted field that starts here is never closed.")};
                return false;
            }
            if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                // A doubled quote: from here on the field is built piece by piece.
                if (!doubled)
                    field.reserve(m_pos - chunk + 64);
                doubled = true;
                field.append(reinterpret_cast<const QChar *>(m_data + chunk), m_pos - chunk + 1);
                if (tooLong(field.size(), startLine, error))
                    return false;
                m_pos += 2;
                chunk = m_pos;
                continue;
            }
            if (doubled)
                field.append(reinterpret_cast<const QChar *>(m_data + chunk), m_pos - chunk);
            else
                field = QString(reinterpret_cast<const QChar *>(m_data + chunk), m_pos - chunk);
            if (tooLong(field.size(), startLine, error))
                return false;
            ++m_pos; // the closing quote
            break;
        }
        const qsizetype rest = m_pos;
        while (m_pos < m_size && m_data[m_pos] != m_delimiter && !isBreak(m_data[m_pos]))
            ++m_pos;
        for (qsizetype i = rest; i < m_pos; ++i) {
            if (!QChar::isSpace(m_data[i])) { // text after the closing quote is kept
                field.append(reinterpret_cast<const QChar *>(m_data + rest), m_pos - rest);
                break;
            }
        }
        return !tooLong(field.size(), startLine, error);
    }

    const char16_t *m_data;
    qsizetype m_size;
    char16_t m_delimiter;
    const ReadOptions &m_options;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_quoted = false; ///< the current record had a quoted field (so it is not blank)
    detail::CellStore *m_store = nullptr;
};

/// Delimiters per record for the first records of `text`, counted outside quotes.
std::vector<std::array<int, 3>> delimiterCounts(const QString &text, int maxRecords) {
    static constexpr char16_t candidates[3] = {',', ';', '\t'};
    std::vector<std::array<int, 3>> counts;
    std::array<int, 3> current{0, 0, 0};
    bool inQuotes = false, blank = true;
    const qsizetype limit = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < limit && int(counts.size()) < maxRecords; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == '"') {
            inQuotes = !inQuotes;
            blank = false;
        } else if (!inQuotes && isBreak(c)) {
            if (!blank)
                counts.push_back(current);
            current = {0, 0, 0};
            blank = true;
        } else if (!inQuotes) {
            blank = false;
            for (int k = 0; k < 3; ++k)
                current[size_t(k)] += c == candidates[k];
        }
    }
    if (!blank && int(counts.size()) < maxRecords)
        counts.push_back(current);
    return counts;
}

} // namespace

QString Fields::at(qsizetype i) const {
    Q_ASSERT(i >= 0 && i < m_count);
    return m_store->text(m_store->cells[size_t(m_first + i)]);
}

bool Fields::isEmptyAt(qsizetype i) const {
    return i < 0 || i >= m_count || m_store->cells[size_t(m_first + i)].size == 0;
}

QUtf8StringView Fields::utf8(qsizetype i) const {
    if (i < 0 || i >= m_count)
        return {};
    const detail::Cell cell = m_store->cells[size_t(m_first + i)];
    if (cell.size < 0)
        return {};
    return QUtf8StringView(m_store->data() + cell.pos, cell.size);
}

QStringList Fields::toList() const {
    QStringList list;
    list.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        list << at(i);
    return list;
}

namespace {

/// Whether `b` (fields or strings) holds the values of `a`, in order.
template <typename List> bool sameValues(const Fields &a, const List &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i))
            return false;
    return true;
}

} // namespace

bool operator==(const Fields &a, const Fields &b) {
    return sameValues(a, b);
}

bool operator==(const Fields &a, const QStringList &b) {
    return sameValues(a, b);
}

QString ReadError::describe(const QString &fileName) const {
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(fileName, message);
}

QChar detectDelimiter(const QString &text) {
    static constexpr char16_t candidates[3] = {',', ';', '\t'};
    const auto counts = delimiterCounts(text, 50);
    if (counts.empty())
        return QLatin1Char(',');
    int best = 0;
    std::pair<int, int> bestScore{-1, -1};
    for (int k = 0; k < 3; ++k) {
        const int inHeader = counts.front()[size_t(k)];
        if (inHeader == 0)
            continue;
        int consistent = 0;
        for (const auto &row : counts)
            consistent += row[size_t(k)] == inHeader;
        const std::pair<int, int> score{consistent, inHeader};
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return QChar(candidates[best]);
}

ReadResult parse(const QString &text, const ReadOptions &options) {
    const QChar delimiter = options.delimiter ? *options.delimiter : detectDelimiter(text);
    return Parser(text, delimiter, options).run();
}

ReadResult read(const QByteArray &bytes, const ReadOptions &options) {
    // UTF-8 files (what CRMs export) are read on their bytes; the encoding is told by the first
    // 4 KiB as detectEncoding() tells it, up to the last whole character, and the fast path
    // checks the rest. Anything else, or anything the fast path is not sure of, comes here.
    if (!bytes.startsWith("PK\x03\x04")) {
        qsizetype prefix = std::min<qsizetype>(bytes.size(), 4096);
        if (prefix < bytes.size())
            while (prefix > 0 && static_cast<unsigned char>(bytes[prefix - 1]) >= 0x80)
                --prefix;
        const Encoding encoding =
            options.encoding ? *options.encoding
                             : detectEncoding(QByteArray::fromRawData(bytes.constData(), prefix));
        if (encoding == Encoding::Utf8 || encoding == Encoding::Utf8Bom)
            if (auto fast = detail::readUtf8(bytes, encoding, options))
                return std::move(*fast);
    }
    QString error;
    const auto decoded = decodeText(bytes, options.encoding, &error);
    if (!decoded) {
        ReadResult result;
        result.error = {0, error};
        return result;
    }
    ReadResult result = parse(decoded->text, options);
    if (result.table)
        result.table->encoding = decoded->encoding;
    return result;
}

ReadResult readFile(const QString &path, const ReadOptions &options) {
    ReadResult result;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        result.error = {0, ImportTr::tr("The file cannot be read: %1.").arg(file.errorString())};
        return result;
    }
    if (file.size() > options.limits.maxFileBytes) {
        result.error = {0, ImportTr::tr("The file is larger than %L1 MiB.")
                               .arg(options.limits.maxFileBytes / (1024 * 1024))};
        return result;
    }
    return read(file.readAll(), options);
}

} // namespace ps::csv
