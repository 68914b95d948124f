// SPDX-License-Identifier: GPL-3.0-or-later
// csv::Table keeps a UTF-8 file's fields as byte ranges of the file (csv::Fields) and makes text
// of a field only when it is read (issue 13, performance). What a caller reads must be what the
// file says, as the decoded text read as a whole says it; and a partner import planned on the
// bytes must be the plan of the same export read as text (UTF-16, where every field is text).
#include "core/import/csvreader.h"
#include "core/import/importplan.h"

#include <QStringDecoder>
#include <QTest>

using namespace ps;
using namespace ps::csv;

namespace {

/// The values of `bytes` by another method: the whole file decoded, then parsed.
ReadResult generalPath(const QByteArray &bytes) {
    QString error;
    const auto decoded = decodeText(bytes, std::nullopt, &error);
    if (!decoded) {
        ReadResult result;
        result.error = {0, error};
        return result;
    }
    ReadResult result = parse(decoded->text);
    if (result.table)
        result.table->encoding = decoded->encoding;
    return result;
}

QByteArray utf16(const QByteArray &utf8) {
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes;
}

/// normalizedDomain() as it read every website before its ASCII fast path: the reference.
QString referenceDomain(const QString &website) {
    QString s = website.trimmed().toLower();
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            s.truncate(i);
            break;
        }
    }
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        s = s.mid(at + 1);
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        s.truncate(colon);
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.startsWith(QLatin1String("www.")))
        s = s.mid(4);
    if (!s.contains(QLatin1Char('.')) || s.startsWith(QLatin1Char('.')))
        return {};
    for (QChar c : s)
        if (c.isSpace())
            return {};
    return s;
}

/// True when normalizedName() drops `word` after a name.
bool isLegalForm(const QString &word) {
    return import::normalizedName(QStringLiteral("acme ") + word) == QStringLiteral("acme");
}

/// normalizedName() as it was before it wrote its key in place: the reference. The legal forms
/// are the ones normalizedName() drops (checked through it, on one word after another).
QString referenceName(const QString &name) {
    // One pass: letters and digits of any script are kept, case-folded; `wordStarts` remembers
    // where each word began so that legal forms can be dropped from the end.
    QString key;
    key.reserve(name.size());
    QVarLengthArray<qsizetype, 8> wordStarts;
    bool inWord = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (!inWord)
                wordStarts.append(key.size());
            inWord = true;
            key.append(c.isSurrogate() ? c : c.toCaseFolded());
        } else {
            inWord = false;
        }
    }
    // "Acme Co. Ltd.", "Acme GmbH & Co. KG": drop legal forms from the end, keep one word.
    while (wordStarts.size() > 1) {
        const qsizetype start = wordStarts.back();
        if (key.size() - start > 6 || !isLegalForm(key.mid(start)))
            break;
        key.truncate(start);
        wordStarts.removeLast();
    }
    for (const QString &form :
         {QStringLiteral("株式会社"), QStringLiteral("有限会社"), QStringLiteral("合同会社"),
          QStringLiteral("有限公司"), QStringLiteral("股份有限公司")}) {
        if (key.size() > form.size() && key.startsWith(form))
            key = key.mid(form.size());
        else if (key.size() > form.size() && key.endsWith(form))
            key.chop(form.size());
    }
    return key;
}

/// A Salesforce account export with the cells an import must read alike on bytes and on text:
/// spaces around values, formula guards, numbers with and without separators, a number that
/// is not one, known and unknown types, several scripts, multi-line and quoted descriptions,
/// websites of every form, duplicates by website, name and record id.
QByteArray partnerExport() {
    QByteArray bytes("\"Account ID\",\"Account Name\",\"Type\",\"Industry\",\"Annual Revenue\","
                     "\"Employees\",\"Billing City\",\"Billing Country\",\"Website\","
                     "\"Account Owner\",\"Description\"\r\n");
    static const char *const names[] = {"Acme %1",      " Acme %1 ",        "'=Acme %1",
                                        "Système %1",   "株式会社アクメ%1", "Acme %1 GmbH",
                                        "Acme, Inc. %1"};
    static const char *const types[] = {
        "Technology Partner", "Customer - Channel", " Reseller ", "Intégrateur", "", "integrator"};
    static const char *const revenues[] = {"1,250,000", "1250000", " 12 ", "$ 5,000",
                                           "n/a",       "",        "1.5"};
    static const char *const websites[] = {"https://www.acme-%1.example/about",
                                           "ACME-%1.example",
                                           " www.acme-%1.example. ",
                                           "mailto:info@acme-%1.example",
                                           "acme-%1.example:8080",
                                           "not a site %1",
                                           "https://bücher-%1.example/",
                                           ""};
    static const char *const descriptions[] = {
        "Key account %1", "\"\"Quoted\"\" %1", "Line one\r\nLine two %1", "  spaced %1  ", "",
        "Ünïcode %1"};
    for (int i = 0; i < 300; ++i) {
        const QByteArray n = QByteArray::number(i % 250); // rows 250-299 repeat earlier ones
        const auto fill = [&n](const char *pattern) {
            return QByteArray(pattern).replace("%1", n);
        };
        bytes += "\"001" + QByteArray::number(i % 280) + "\",";
        bytes += "\"" + fill(names[i % 7]) + "\",";
        bytes += "\"" + QByteArray(types[i % 6]) + "\",";
        bytes += i % 4 == 0 ? "\"Software; Hardware\"," : "Technology,";
        bytes += "\"" + QByteArray(revenues[i % 7]) + "\",";
        bytes += QByteArray::number(i % 9) + ",";
        bytes += "City,";
        bytes += i % 3 == 0 ? "\"Germany, Austria\"," : "Japan,";
        bytes += "\"" + fill(websites[i % 8]) + "\",";
        bytes += i % 5 == 0 ? QByteArray(",") : "Owner " + n + ",";
        bytes += "\"" + fill(descriptions[i % 6]) + "\"\r\n";
    }
    return bytes;
}

} // namespace

class TestCsvTable : public QObject {
    Q_OBJECT

private slots:
    /// Every kind of field reads as written, checked against values typed by hand.
    void valuesAsWritten() {
        const QByteArray bytes("\xEF\xBB\xBF"
                               "Id,Name,Notes\r\n"
                               "1,Acme,plain\r\n"
                               "2,\"Beta, Inc.\",\"He said \"\"hi\"\"\"\r\n"
                               "3,\"Gamma\",\"line one\r\nline two\nline three\"\r\n"
                               "\r\n"
                               "4,  Delta  ,\"q\" tail\r\n"
                               "5,\xEF\xBB\xBFx,Köln\r\n"
                               "6,,\r\n"
                               "7\r\n");
        const ReadResult result = read(bytes);
        QVERIFY(result.ok());
        const Table &t = *result.table;
        QCOMPARE(int(t.encoding), int(Encoding::Utf8Bom));
        QCOMPARE(t.header, (QStringList{"Id", "Name", "Notes"}));
        QCOMPARE(t.records.size(), size_t(7));
        QCOMPARE(t.records[0].fields, (QStringList{"1", "Acme", "plain"}));
        QCOMPARE(t.records[1].fields, (QStringList{"2", "Beta, Inc.", "He said \"hi\""}));
        QCOMPARE(t.records[2].fields.at(2), QStringLiteral("line one\r\nline two\nline three"));
        QCOMPARE(t.records[2].line, 4);
        QCOMPARE(t.records[3].line, 8); // the record of three lines, then a blank line
        QCOMPARE(t.records[3].fields, (QStringList{"4", "  Delta  ", "q tail"}));
        QCOMPARE(t.records[4].fields.at(1), QString(QChar(0xFEFF)) + QLatin1Char('x'));
        QCOMPARE(t.records[4].fields.at(2), QStringLiteral("Köln"));
        QCOMPARE(t.records[5].fields, (QStringList{"6", "", ""}));
        QCOMPARE(t.records[6].fields, QStringList{"7"});

        // Fields read without text: emptiness, the bytes of a field kept as bytes, and none
        // for a field the file does not hold as it stands.
        const Fields &beta = t.records[1].fields;
        QCOMPARE(beta.utf8(1), QUtf8StringView("Beta, Inc."));
        QVERIFY(beta.utf8(2).isNull());                // a doubled quote: text
        QVERIFY(t.records[3].fields.utf8(2).isNull()); // text after the closing quote
        QCOMPARE(t.records[4].fields.utf8(2), QUtf8StringView("Köln"));
        QVERIFY(t.records[5].fields.isEmptyAt(1));
        QVERIFY(!t.records[5].fields.isEmptyAt(0));
        QVERIFY(t.records[6].fields.isEmptyAt(3)); // beyond the record
        QVERIFY(t.records[6].fields.utf8(3).isNull());
        QCOMPARE(t.records[6].fields.value(3), QString());
        QStringList iterated;
        for (const QString &field : t.records[1].fields)
            iterated << field;
        QCOMPARE(iterated, t.records[1].fields.toList());
        QVERIFY(t.records[0].fields != t.records[1].fields);
    }

    /// The same files through the byte view and through the decoded text give the same values,
    /// lines and errors.
    void sameAsDecodedText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF"
                                                    "a,b\r\n1,2\r\n");
        QTest::newRow("quoted, multi-line")
            << QByteArray("a,b\n\"x\r\ny\",\"1\"\"2\"\"\"\n\"\",\" \"\n");
        QTest::newRow("scripts") << QStringLiteral("名前;Город\nシステムズ;\"Москва\"\n").toUtf8();
        QTest::newRow("invalid utf-8: Windows-1252, as documented")
            << QByteArray("name,city\nM\xFCller,K\xC3\xB6ln\n");
        QTest::newRow("a partner export") << partnerExport();
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n");
    }

    void sameAsDecodedText() {
        QFETCH(QByteArray, bytes);
        const ReadResult views = read(bytes);
        const ReadResult text = generalPath(bytes);
        QCOMPARE(views.ok(), text.ok());
        QCOMPARE(views.error.describe(QStringLiteral("in.csv")),
                 text.error.describe(QStringLiteral("in.csv")));
        if (!views.ok())
            return;
        QCOMPARE(int(views.table->encoding), int(text.table->encoding));
        QCOMPARE(views.table->header, text.table->header);
        QCOMPARE(views.table->records.size(), text.table->records.size());
        for (size_t i = 0; i < views.table->records.size(); ++i) {
            QCOMPARE(views.table->records[i].line, text.table->records[i].line);
            QCOMPARE(views.table->records[i].fields.toList(),
                     text.table->records[i].fields.toList());
        }
    }

    /// Errors still name the file and the line, on the byte path as on the text path.
    void errorsNameFileAndLine() {
        const ReadResult open = read(QByteArray("a,b\n1,2\n3,\"open\n4,5\n"));
        QVERIFY(!open.ok());
        QCOMPARE(open.error.describe(QStringLiteral("partners.csv")),
                 QStringLiteral("partners.csv:3: A quoted field that starts here is never "
                                "closed."));
        ReadOptions options;
        options.limits.maxFieldChars = 4;
        const ReadResult tooLong = read(QStringLiteral("a\nüüüü\nüüüüü\n").toUtf8(), options);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error.describe(QStringLiteral("partners.csv")),
                 QStringLiteral("partners.csv:3: A field is longer than 4 characters."));
        // Bytes that are not UTF-8 in a file told to be UTF-8 read as replacement characters,
        // as the decoded text has them.
        options = {};
        options.encoding = Encoding::Utf8;
        const ReadResult told = read(QByteArray("a,b\nM\xFCller,x\n"), options);
        QVERIFY(told.ok());
        QCOMPARE(told.table->records[0].fields.at(0), QStringLiteral("M\uFFFDller"));
    }

    /// A copy of a table reads the same after the original is gone.
    void copiesShareTheFields() {
        std::optional<Table> copy;
        {
            const ReadResult result = read(QByteArray("a,b\n\"x\"\"y\",z\n"));
            QVERIFY(result.ok());
            copy = *result.table;
        }
        QCOMPARE(copy->records[0].fields, (QStringList{"x\"y", "z"}));
    }

    /// A partner import planned on the bytes (UTF-8: plain ASCII cells read without strings)
    /// is the plan of the same export read as text (UTF-16: every cell a string): partners,
    /// issues, duplicates, the fields a row sets and the unknown types.
    void partnerPlanSameAsFromText() {
        const QByteArray bytes = partnerExport();
        const ReadResult views = read(bytes);
        const ReadResult text = read(utf16(bytes));
        QVERIFY(views.ok());
        QVERIFY(text.ok());
        QCOMPARE(int(text.table->encoding), int(Encoding::Utf16LE));
        QVERIFY(!views.table->records[0].fields.utf8(1).isNull());
        QVERIFY(text.table->records[0].fields.utf8(1).isNull());
        PortfolioData portfolio;
        Partner existing;
        existing.id = 1;
        existing.name = QStringLiteral("Acme 7");
        existing.website = QStringLiteral("acme-3.example");
        portfolio.partners.push_back(existing);
        const auto planOf = [&portfolio](const Table &t) {
            return import::buildPlan(t,
                                     import::buildMapping(import::Kind::Partners,
                                                          import::Preset::Auto, t.header,
                                                          t.delimiter),
                                     portfolio);
        };
        const import::ImportPlan a = planOf(*views.table);
        const import::ImportPlan b = planOf(*text.table);
        QCOMPARE(a.rows.size(), size_t(300));
        QCOMPARE(a.rows.size(), b.rows.size());
        int invalid = 0, duplicates = 0, warned = 0;
        for (size_t i = 0; i < a.rows.size(); ++i) {
            const import::PlannedRow &x = a.rows[i];
            const import::PlannedRow &y = b.rows[i];
            QCOMPARE(x.line, y.line);
            QCOMPARE(x.valid, y.valid);
            QVERIFY2(x.partner() == y.partner(), qPrintable(QString::number(x.line)));
            QCOMPARE(x.setFields, y.setFields);
            QCOMPARE(x.needsClassification, y.needsClassification);
            QCOMPARE(int(x.duplicate.of), int(y.duplicate.of));
            QCOMPARE(int(x.duplicate.by), int(y.duplicate.by));
            QCOMPARE(x.duplicate.existingIndex, y.duplicate.existingIndex);
            QCOMPARE(x.duplicate.earlierRow, y.duplicate.earlierRow);
            QCOMPARE(int(x.action), int(y.action));
            QCOMPARE(x.issues.size(), y.issues.size());
            for (size_t k = 0; k < x.issues.size(); ++k) {
                QCOMPARE(x.issues[k].describe(QStringLiteral("in.csv")),
                         y.issues[k].describe(QStringLiteral("in.csv")));
                warned += x.issues[k].severity == import::Severity::Warning;
            }
            invalid += !x.valid;
            duplicates += x.duplicate.isDuplicate();
        }
        QCOMPARE(a.unknownTypeValues, b.unknownTypeValues);
        // The export has what the comparison is about (counted from its patterns): "n/a" and
        // "$ 5,000"... are checked, unknown types warned about, duplicates found.
        QVERIFY(invalid > 0);
        QVERIFY(warned > 0);
        QVERIFY(duplicates >= 20); // 31: by record id, website and name among rows 250-299
        QVERIFY(a.unknownTypeValues.contains(QStringLiteral("Customer - Channel")));
        // A few values by hand: a trimmed name, a formula guard removed, notes in order.
        QCOMPARE(a.rows[1].partner().name, QStringLiteral("Acme 1"));
        QCOMPARE(a.rows[2].partner().name, QStringLiteral("=Acme 2"));
        QCOMPARE(a.rows[0].partner().notes,
                 QStringLiteral("Key account 0\nAnnual revenue: 1,250,000\nEmployees: 0"));
        QCOMPARE(a.rows[0].partner().industries,
                 (QStringList{QStringLiteral("Software"), QStringLiteral("Hardware")}));
        QCOMPARE(a.rows[1].partner().regions, QStringList{QStringLiteral("Japan")});
    }

    /// The ASCII fast path of normalizedDomain() gives what the general one gives.
    void normalizedDomainAscii_data() {
        QTest::addColumn<QString>("website");
        for (const char *w :
             {"https://WWW.Example.com:8443/about?x=1", "www.example.com.", "Acme Corp", "",
              "  http://user:pw@Host.example:81/p  ", "mailto:info@acme.example", ".example.com",
              "WWW.a.b", "www.", "example", "a.b/c#d", "a b.example", "https://x.example?y",
              "\tSPACE.example\n", "www.www.example.com", "ftp://.hidden", "a@b@c.example"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }

    void normalizedName_data() {
        QTest::addColumn<QString>("name");
        for (const QString &n :
             {QStringLiteral("Acme, Inc."), QStringLiteral("Müller GmbH & Co. KG"),
              QStringLiteral("株式会社ヤマト"), QStringLiteral("ヤマト有限会社"), QString(),
              QStringLiteral("  "), QStringLiteral("ÉCOLE Systèmes SAS"),
              QStringLiteral("Account 12 Системы ООО"), QStringLiteral("Ｆｕｌｌ Ｗｉｄｔｈ"),
              QStringLiteral("𝔄𝔠𝔪𝔢 Ltd"), QStringLiteral("İstanbul Ltd Şti"),
              QStringLiteral("Straße AG"), QStringLiteral("Co"), QStringLiteral("A.B.C. Corp."),
              QStringLiteral("الأنظمة 7"), QStringLiteral("Cafe\u0301 LLC")})
            QTest::newRow(qPrintable(n)) << n;
    }

    /// The in-place key of normalizedName() is the key it made by appending.
    void normalizedName() {
        QFETCH(QString, name);
        QCOMPARE(import::normalizedName(name), referenceName(name));
    }

    void normalizedDomainAscii() {
        QFETCH(QString, website);
        QCOMPARE(import::normalizedDomain(website), referenceDomain(website));
    }
};

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
