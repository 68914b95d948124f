// SPDX-License-Identifier: GPL-3.0-or-later
// Reading exported tables: encodings, delimiters, RFC 4180 quoting, line numbers and limits.
#include "core/import/csvreader.h"

#include <QTest>

using namespace ps::csv;

namespace {

QString dataFile(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QByteArray utf16le(const QString &text) {
    QByteArray bytes("\xFF\xFE");
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("firstName");
        const QString name = QStringLiteral("Müller €");
        QTest::newRow("utf-8") << QByteArray("name\n") + name.toUtf8() << int(Encoding::Utf8)
                               << name;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBFname\n") + name.toUtf8() << int(Encoding::Utf8Bom) << name;
        QTest::newRow("utf-16 le")
            << utf16le(QStringLiteral("name\n") + name) << int(Encoding::Utf16LE) << name;
        QByteArray be("\xFE\xFF");
        for (QChar c : QStringLiteral("name\n") + name) {
            be.append(char(c.unicode() >> 8));
            be.append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16 be") << be << int(Encoding::Utf16BE) << name;
        // "Müller €" as a German Excel writes it: ü = FC, € = 80. Not valid UTF-8.
        QTest::newRow("windows-1252")
            << QByteArray("name\nM\xFCller \x80") << int(Encoding::Windows1252) << name;
    }

    void encodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, firstName);
        const ReadResult result = read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(int(result.table->encoding), encoding);
        QCOMPARE(result.table->header, QStringList{QStringLiteral("name")});
        QCOMPARE(result.table->records.at(0).fields.at(0), firstName);
    }

    void windows1252RoundTrip() {
        QString all;
        for (int b = 0x20; b < 0x100; ++b)
            if (b != 0x7F && (b < 0x80 || b >= 0xA0))
                all.append(QChar(b));
        all += QStringLiteral("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
        QCOMPARE(fromWindows1252(toWindows1252(all)), all);
    }

    void delimiters_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(',');
        QTest::newRow("semicolon with decimal commas")
            << QStringLiteral("Firma;Umsatz;Land\nA;1,5;DE\nB;2,25;AT\n") << QChar(';');
        QTest::newRow("tab") << QStringLiteral("a\tb\n\"x, y\"\t2\n") << QChar('\t');
        QTest::newRow("quoted commas do not count")
            << QStringLiteral("a;b\n\"1,2,3,4\";x\n") << QChar(';');
        QTest::newRow("single column") << QStringLiteral("name\nAcme\n") << QChar(',');
    }

    void delimiters() {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(detectDelimiter(text), delimiter);
    }

    void rfc4180() {
        const QString text =
            QStringLiteral("Name,Description,Revenue\r\n"
                           "\"Acme, Inc.\",\"Line one\r\nline \"\"two\"\"\",\"1,250\"\r\n"
                           "\r\n"
                           "Beta,,\r\n"
                           "\"Gamma\",\"last\"");
        const ReadResult result = parse(text);
        QVERIFY(result.ok());
        const Table &t = *result.table;
        QCOMPARE(t.header, (QStringList{"Name", "Description", "Revenue"}));
        QCOMPARE(t.records.size(), size_t(3));
        QCOMPARE(t.records[0].fields,
                 (QStringList{"Acme, Inc.", "Line one\r\nline \"two\"", "1,250"}));
        QCOMPARE(t.records[0].line, 2);
        // The quoted newline moves the next record down; the blank line is skipped.
        QCOMPARE(t.records[1].line, 5);
        QCOMPARE(t.records[1].fields, (QStringList{"Beta", "", ""}));
        QCOMPARE(t.records[2].line, 6);
        QCOMPARE(t.records[2].fields, (QStringList{"Gamma", "last"}));
    }

    void trailingDelimiterAtEndOfFile() {
        const ReadResult result = parse(QStringLiteral("a,b\n1,"));
        QVERIFY(result.ok());
        QCOMPARE(result.table->records[0].fields, (QStringList{"1", ""}));
        ReadOptions narrow;
        narrow.limits.maxColumns = 2;
        const ReadResult tooWide = parse(QStringLiteral("a,b\n1,2,"), narrow);
        QVERIFY(!tooWide.ok());
        QCOMPARE(tooWide.error.line, 2);
    }

    void lineFeedsOnly() {
        const ReadResult result = parse(QStringLiteral("a,b\n1,\"x\ny\nz\"\n2,3\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.table->records[0].fields.at(1), QStringLiteral("x\ny\nz"));
        QCOMPARE(result.table->records[1].line, 5);
    }

    void scriptsKeptExactly() {
        const QStringList names = {
            QStringLiteral("株式会社ヤマトシステムズ"), QStringLiteral("شركة الخليج للحلول"),
            QStringLiteral("ООО «Северный Интегратор»"), QStringLiteral("Ελληνικά Συστήματα Α.Ε."),
            QStringLiteral("e\u0301cole (decomposed)")};
        const QString text = QStringLiteral("name\n") + names.join(QLatin1Char('\n'));
        const ReadResult result = read(text.toUtf8());
        QVERIFY(result.ok());
        for (size_t i = 0; i < size_t(names.size()); ++i)
            QCOMPARE(result.table->records[i].fields.at(0), names.at(qsizetype(i)));
    }

    void salesforceFile() {
        const ReadResult result = readFile(dataFile("salesforce_accounts.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const Table &t = *result.table;
        QCOMPARE(t.encoding, Encoding::Utf8Bom);
        QCOMPARE(t.header.first(), QStringLiteral("Account ID")); // no BOM in the first header
        QCOMPARE(t.columnCount(), 12);
        QCOMPARE(t.records.size(), size_t(7));
        QVERIFY(t.records[0].fields.at(11).contains(QStringLiteral("\r\nStrong in the North")));
        QCOMPARE(t.records[1].line, 4); // record 1 spans lines 2 and 3
    }

    void notText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray::fromHex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000");
        QTest::newRow("nul in utf-8") << QByteArray("name\nAcme\0Corp\n", 15);
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8);
        QTest::newRow("control bytes") << QByteArray("name\n\x01\x02\x03\x04\n");
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFEn\0a\0m", 7);
    }

    void notText() {
        QFETCH(QByteArray, bytes);
        const ReadResult result = read(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, 0);
        QVERIFY2(result.error.message.contains(QStringLiteral("not")),
                 qPrintable(result.error.message));
    }

    void errors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unterminated quote") << QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n")
                                            << 3 << QStringLiteral("never closed");
        QTest::newRow("empty") << QString() << 0 << QStringLiteral("empty");
        QTest::newRow("too many columns") << QStringLiteral("a\n") + QString(1200, QLatin1Char(','))
                                          << 2 << QStringLiteral("columns");
        QTest::newRow("field too long")
            << QStringLiteral("a\nok\n\"") + QString(1024 * 1024 + 1, QLatin1Char('x')) +
                   QStringLiteral("\"\n")
            << 3 << QStringLiteral("longer");
    }

    void errors() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const ReadResult result = parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, line);
        QVERIFY2(result.error.message.contains(fragment), qPrintable(result.error.message));
        if (line > 0)
            QVERIFY(result.error.describe(QStringLiteral("in.csv"))
                        .startsWith(QStringLiteral("in.csv:%1: ").arg(line)));
    }

    void rowLimit() {
        ReadOptions options;
        options.limits.maxRows = 3;
        QVERIFY(parse(QStringLiteral("a\n1\n2\n3\n"), options).ok());
        const ReadResult result = parse(QStringLiteral("a\n1\n2\n3\n4\n"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, 5);
    }

    void progressAndCancel() {
        QString text = QStringLiteral("name\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("Partner %1\n").arg(i);
        ReadOptions options;
        qint64 last = -1, total = 0;
        int calls = 0;
        bool monotonic = true;
        options.progress = [&](qint64 done, qint64 of) {
            monotonic = monotonic && done >= last;
            last = done;
            total = of;
            ++calls;
            return true;
        };
        QVERIFY(parse(text, options).ok());
        QVERIFY(monotonic);
        QVERIFY(calls >= 2);
        QCOMPARE(last, total);

        options.progress = [](qint64, qint64) { return false; };
        const ReadResult cancelled = parse(text, options);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.cancelled);
    }

    void fileTooLarge() {
        ReadOptions options;
        options.limits.maxFileBytes = 100;
        const ReadResult result = readFile(dataFile("salesforce_accounts.csv"), options);
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains(QStringLiteral("larger")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
