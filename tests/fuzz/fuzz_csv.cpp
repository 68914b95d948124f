// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: reading a CSV export (decoding, delimiter detection, RFC 4180 parsing, limits).
//
// Properties beyond "no crash, no sanitizer finding":
// - a refusal is one sentence, with a line number inside the file when it names one;
// - records come in file order, after the header;
// - RFC 4180 round trip: the table written back with every field quoted parses to the same
//   header and fields.
#include "fuzzcheck.h"

#include "core/import/csvreader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace ps;

namespace {

QString quoteAll(const csv::Table &table) {
    const QString quote(QLatin1Char('"'));
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (QString field : fields)
            quoted << quote + field.replace(quote, quote + quote) + quote;
        return quoted.join(table.delimiter) + QLatin1String("\r\n");
    };
    QString text = line(table.header);
    for (const csv::Record &record : table.records)
        text += line(record.fields.toList());
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    csv::ReadOptions options;
    options.limits.maxFieldChars = 4096; // small limits, so the fuzzer reaches them
    options.limits.maxColumns = 64;
    options.limits.maxRows = 2000;
    const csv::ReadResult result = csv::read(bytes, options);
    if (!result.ok()) {
        PS_FUZZ_CHECK(!result.error.message.isEmpty(), "refused without a reason");
        PS_FUZZ_CHECK(result.error.message.endsWith(QLatin1Char('.')),
                      "the reason is not a sentence");
        PS_FUZZ_CHECK(result.error.line >= 0 &&
                          result.error.line <= bytes.count('\n') + bytes.count('\r') + 1,
                      "the error names a line the file does not have");
        return 0;
    }
    const csv::Table &table = *result.table;
    PS_FUZZ_CHECK(table.columnCount() >= 1, "a table without a header");
    int previous = table.headerLine;
    for (const csv::Record &record : table.records) {
        PS_FUZZ_CHECK(record.line > previous, "records out of file order");
        previous = record.line;
        for (const QString &field : record.fields)
            PS_FUZZ_CHECK(field.size() <= options.limits.maxFieldChars, "a field beyond the limit");
    }
    PS_FUZZ_CHECK(qsizetype(table.records.size()) <= options.limits.maxRows,
                  "rows beyond the limit");

    csv::ReadOptions again = options;
    again.delimiter = table.delimiter;
    again.limits.maxFieldChars = options.limits.maxFieldChars * 2 + 2;
    const csv::ReadResult reread = csv::parse(quoteAll(table), again);
    PS_FUZZ_CHECK(reread.ok(), "the quoted table does not parse");
    PS_FUZZ_CHECK(reread.table->header == table.header, "the header changed in a round trip");
    PS_FUZZ_CHECK(reread.table->records.size() == table.records.size(),
                  "the record count changed in a round trip");
    for (size_t i = 0; i < table.records.size(); ++i)
        PS_FUZZ_CHECK(reread.table->records[i].fields == table.records[i].fields,
                      "a record changed in a round trip");
    return 0;
}
