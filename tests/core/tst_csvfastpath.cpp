// SPDX-License-Identifier: GPL-3.0-or-later
// csv::read() reads UTF-8 files on their bytes (csvutf8.cpp). Whatever it reads must be what
// the general path reads from the decoded text, csv::parse(csv::decodeText(bytes)): the same
// header, records, lines, encoding, and the same error in the same words.
#include "core/import/csvreader.h"

#include <QTest>

using namespace ps::csv;

namespace {

/// The general path: the whole file decoded, then parsed.
ReadResult generalPath(const QByteArray &bytes, const ReadOptions &options = {}) {
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

/// A column of values that repeat (and one that never does) over enough rows that the fast
/// path shares the repeated ones and gives up sharing the others.
QByteArray repeatingFile(int rows) {
    QByteArray bytes("Id;Stage;Won;Country\r\n");
    static const char *const stages[] = {"Prospecting", "Closed Won", "Closed Lost", "Négociation"};
    for (int i = 0; i < rows; ++i) {
        bytes += "\"006" + QByteArray::number(i) + "\";";
        bytes += stages[i % 4];
        bytes += i % 3 == 0 ? ";true;" : ";false;";
        bytes += "\"Country " + QByteArray::number(i % 300) + "\"\r\n";
    }
    return bytes;
}

/// A file big enough to be read in parts (several MiB), with every line break a part may start
/// at: records of CRLF lines, blank lines and doubled quotes, and around the middle one quoted
/// field of many lines, so that the guessed start of the second part falls inside it.
QByteArray bigFile(const QByteArray &insertLate = {}) {
    QByteArray bytes("\xEF\xBB\xBF\"Id\",\"Name\",\"Notes\"\r\n");
    const auto smallRecords = [&bytes](int from, qsizetype until) {
        for (int i = from; bytes.size() < until; ++i) {
            bytes += "\"006" + QByteArray::number(i) + "\",\"Acme \"\"" +
                     QByteArray::number(i % 97) + "\"\" GmbH\",";
            bytes += i % 7 == 0 ? "\"line one\nline two\r\nline three\"" : "plain";
            bytes += i % 11 == 0 ? "\r\n\r\n" : "\r\n";
        }
    };
    smallRecords(0, 2300 * 1024);
    bytes += "\"big\",\"Big\",\"";
    for (int k = 0; bytes.size() < 2800 * 1024; ++k)
        bytes += "a line of notes, " + QByteArray::number(k) + "\n";
    bytes += "\"\r\n";
    smallRecords(1000000, 4200 * 1024);
    bytes += insertLate;
    smallRecords(2000000, 5200 * 1024);
    return bytes;
}

} // namespace

class TestCsvFastPath : public QObject {
    Q_OBJECT

private slots:
    void sameAsGeneralPath_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxFieldChars");
        const int none = 1024 * 1024;
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << none;
        QTest::newRow("crlf, bom") << QByteArray("\xEF\xBB\xBFName,City\r\nAcme,Köln\r\n") << none;
        QTest::newRow("quoted, doubled, multi-line")
            << QByteArray("id,desc\n1,\"He said \"\"hi\"\"\r\nand left\"\n2,\"\"\"\"\n") << none;
        QTest::newRow("text after the closing quote")
            << QByteArray("a,b\n\"x\" y,\"z\"  \n\"q\"\xC2\xA0,w\n") << none;
        QTest::newRow("spaces before a quote") << QByteArray("a,b\n  \"x\",\t\"y\"\n") << none;
        QTest::newRow("blank lines") << QByteArray("\n\na,b\n\n1,2\n\r\n\"\"\n3,4") << none;
        QTest::newRow("trailing delimiter") << QByteArray("a,b,\n1,2,") << none;
        QTest::newRow("lone carriage returns") << QByteArray("a,b\r1,\"x\ry\"\r2,3\r") << none;
        QTest::newRow("tabs") << QByteArray("a\tb\tc\n1\t\t3\n") << none;
        QTest::newRow("semicolons") << QByteArray("a;b\n1,5;2\n") << none;
        QTest::newRow("scripts")
            << QStringLiteral("名前,Город\nシステムズ,Москва\n🙂,\"ع\"\n")
                   .toUtf8()
            << none;
        QTest::newRow("a bom inside a field") << QByteArray("a,b\n\xEF\xBB\xBFx,y\n") << none;
        QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4,5\n") << none;
        QTest::newRow("windows-1252") << QByteArray("name\nM\xFCller \x80\n") << none;
        QTest::newRow("invalid utf-8 late")
            << repeatingFile(50) + QByteArray("1;\xC3;x;y\n") << none;
        QTest::newRow("truncated sequence before a delimiter")
            << QByteArray("a,b\n\xE2\x82,x\n") << none;
        QTest::newRow("nul") << QByteArray("a,b\n1,\0002\n", 9) << none;
        QTest::newRow("control character") << QByteArray("a,b\n1,\x07\n") << none;
        QTest::newRow("dos end of file") << QByteArray("a,b\n1,2\n\x1A") << none;
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << none;
        QTest::newRow("empty") << QByteArray() << none;
        QTest::newRow("blank") << QByteArray("\n\r\n") << none;
        QTest::newRow("field too long") << QByteArray("a,b\n1,abcdefgh\n") << 5;
        QTest::newRow("quoted field too long") << QByteArray("a,b\n1,\"ab\"\"cdef\"\n") << 5;
        QTest::newRow("multi-byte field at the limit")
            << QStringLiteral("a\nüüüüü\n").toUtf8() << 5;
        QTest::newRow("repeated values") << repeatingFile(6000) << none;
        // Big files are read in parts on every core; they must read as one reading does.
        QTest::newRow("parts") << bigFile() << none;
        QTest::newRow("parts, lf only") << bigFile().replace("\r\n", "\n") << none;
        QTest::newRow("parts, semicolons") << bigFile().replace(',', ';') << none;
        QTest::newRow("parts, unterminated quote late")
            << bigFile("\"x\",\"open\n") + QByteArray("a,\"") << none;
        QTest::newRow("parts, invalid utf-8 late") << bigFile("\"x\",\"\xC3\",y\r\n") << none;
        QTest::newRow("parts, windows-1252 late") << bigFile("\"x\",\"M\xFCller\",y\r\n") << none;
        QTest::newRow("parts, field too long late")
            << bigFile("\"x\",\"" + QByteArray(70000, 'z') + "\",y\r\n") << 65536;
        QTest::newRow("parts, ragged and blank late")
            << bigFile("\r\n\r\n1\r\n1,2,3,4,5,6\r\n  \"q\" tail,\"\"\r\n") << none;
    }

    void sameAsGeneralPath() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxFieldChars);
        ReadOptions options;
        options.limits.maxFieldChars = maxFieldChars;
        const ReadResult fast = read(bytes, options);
        const ReadResult general = generalPath(bytes, options);
        QCOMPARE(fast.ok(), general.ok());
        QCOMPARE(fast.error.line, general.error.line);
        QCOMPARE(fast.error.message, general.error.message);
        if (!fast.ok())
            return;
        const Table &a = *fast.table;
        const Table &b = *general.table;
        QCOMPARE(int(a.encoding), int(b.encoding));
        QCOMPARE(a.delimiter, b.delimiter);
        QCOMPARE(a.header, b.header);
        QCOMPARE(a.headerLine, b.headerLine);
        QCOMPARE(a.records.size(), b.records.size());
        for (size_t i = 0; i < a.records.size(); ++i) {
            QCOMPARE(a.records[i].line, b.records[i].line);
            QCOMPARE(a.records[i].fields, b.records[i].fields);
        }
    }

    /// The row limit counts every part's rows.
    void partsRowLimit() {
        const QByteArray bytes = bigFile();
        const ReadResult all = read(bytes);
        QVERIFY(all.ok());
        const qsizetype rows = qsizetype(all.table->records.size());
        QVERIFY(rows > 10000);
        ReadOptions options;
        options.limits.maxRows = rows;
        QVERIFY(read(bytes, options).ok());
        options.limits.maxRows = rows - 1;
        const ReadResult over = read(bytes, options);
        const ReadResult general = generalPath(bytes, options);
        QVERIFY(!over.ok());
        QCOMPARE(over.error.message, general.error.message);
        QCOMPARE(over.error.line, general.error.line);
    }

    /// Progress reaches the end, and cancelling a read in parts cancels it.
    void partsProgress() {
        const QByteArray bytes = bigFile();
        ReadOptions options;
        qint64 last = -1, total = 0;
        options.progress = [&](qint64 done, qint64 of) {
            last = done;
            total = of;
            return true;
        };
        QVERIFY(read(bytes, options).ok());
        QCOMPARE(last, total);
        options.progress = [](qint64, qint64) { return false; };
        const ReadResult cancelled = read(bytes, options);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.error.message, QStringLiteral("The import was cancelled."));
    }

    /// The values of a shared column are each row's own, checked against the file as written.
    void repeatedValuesByRow() {
        const ReadResult result = read(repeatingFile(6000));
        QVERIFY(result.ok());
        const Table &t = *result.table;
        QCOMPARE(t.records.size(), size_t(6000));
        QCOMPARE(t.records[4098].fields.at(1), QStringLiteral("Closed Lost"));
        QCOMPARE(t.records[4098].fields.at(2), QStringLiteral("true"));
        QCOMPARE(t.records[4098].fields.at(3), QStringLiteral("Country 198"));
        QCOMPARE(t.records[5999].fields.at(0), QStringLiteral("0065999"));
        QCOMPARE(t.records[5999].fields.at(1), QStringLiteral("Négociation"));
        QCOMPARE(t.records[5999].fields.at(2), QStringLiteral("false"));
        QCOMPARE(t.records[5999].line, 6001);
    }

    /// An explicit encoding is kept, and a file that is not UTF-8 under it reads as the general
    /// path decodes it (replacement characters).
    void explicitEncoding() {
        ReadOptions options;
        options.encoding = Encoding::Utf8;
        const QByteArray bytes("a,b\nM\xFCller,x\n");
        const ReadResult fast = read(bytes, options);
        const ReadResult general = generalPath(bytes, options);
        QVERIFY(fast.ok());
        QCOMPARE(int(fast.table->encoding), int(Encoding::Utf8));
        QCOMPARE(fast.table->records.at(0).fields, general.table->records.at(0).fields);
        options.encoding = Encoding::Utf8Bom;
        const ReadResult bom = read(QByteArray("\xEF\xBB\xBF") + "a\nx\n", options);
        QCOMPARE(int(bom.table->encoding), int(Encoding::Utf8Bom));
        QCOMPARE(bom.table->header, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestCsvFastPath)
#include "tst_csvfastpath.moc"
