// SPDX-License-Identifier: GPL-3.0-or-later
// Reading account lists: the Salesforce and HubSpot presets, any layout by mapping, the status
// rules, and bad input refused as a whole with the file and line.
#include "core/accounts/accountimport.h"
#include "core/accounts/domainkey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ps::accounts;
namespace csv = ps::csv;

namespace {

QString dataFile(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/accounts/") + QLatin1String(name);
}

const Account *byName(const AccountList &list, const QString &name) {
    for (const Account &a : list.accounts)
        if (a.name == name)
            return &a;
    return nullptr;
}

AccountImportResult importText(const QByteArray &text, AccountPreset preset = AccountPreset::Auto) {
    const csv::ReadResult table = csv::read(text);
    if (!table.ok()) {
        AccountImportResult r;
        r.errors.push_back({table.error.line, table.error.message});
        return r;
    }
    return parseAccounts(*table.table,
                         buildAccountMapping(preset, table.table->header, table.table->delimiter),
                         QStringLiteral("in.csv"));
}

} // namespace

class TestAccountImport : public QObject {
    Q_OBJECT

private slots:
    void salesforcePreset() {
        const AccountImportResult r =
            importAccountFile(dataFile("salesforce_accounts.csv"), AccountPreset::Auto, {},
                              {QDate(2024, 3, 31), 0, {}, {}, 100, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const AccountList &list = *r.list;
        QCOMPARE(list.accounts.size(), size_t(7));
        QCOMPARE(list.importedOn, QDate(2024, 3, 31));
        const Account *acme = byName(list, QStringLiteral("Acme Ltd"));
        QVERIFY(acme);
        QCOMPARE(acme->crmSource, QStringLiteral("salesforce"));
        QCOMPARE(acme->crmId, QStringLiteral("0015g00000AbCdE"));
        QCOMPARE(acme->status, AccountStatus::Customer);
        QCOMPARE(acme->domainKey, QStringLiteral("acme.co.uk"));
        QCOMPARE(acme->nameKey, QStringLiteral("acme"));
        QCOMPARE(acme->industry, QStringLiteral("Healthcare"));
        QCOMPARE(acme->employees, std::optional<qint64>(850));
        QCOMPARE(acme->country, QStringLiteral("United Kingdom"));
        // "Customer - Channel" is a customer; "1,200" employees is a number.
        QCOMPARE(byName(list, QStringLiteral("Beta GmbH"))->status, AccountStatus::Customer);
        QCOMPARE(byName(list, QStringLiteral("Beta GmbH"))->employees, std::optional<qint64>(1200));
        QCOMPARE(byName(list, QStringLiteral("Gamma S.A."))->status, AccountStatus::Prospect);
        QCOMPARE(byName(list, QStringLiteral("Gamma S.A."))->employees, std::optional<qint64>());
        // A partner type is neither customer nor prospect.
        QCOMPARE(byName(list, QStringLiteral("Delta Inc."))->status, AccountStatus::Other);
        const Account *epsilon = byName(list, QStringLiteral("Epsilon Oy"));
        QCOMPARE(epsilon->status, AccountStatus::OpenOpportunity);
        QCOMPARE(epsilon->domainKey, QString());
        QCOMPARE(epsilon->nameKey, QStringLiteral("epsilon"));
        QVERIFY(byName(list, QStringLiteral("Zeta, \"the\" Company")));
        const Account *mueller = byName(list, QStringLiteral("Müller Bäckerei KG"));
        QVERIFY(mueller);
        QVERIFY(mueller->domainKey.startsWith(QLatin1String("xn--")));
        QCOMPARE(mueller->domainKey, registrableDomain(u"müller-bäckerei.de"));
        QCOMPARE(mueller->nameKey, QStringLiteral("mullerbackerei"));
        QVERIFY(r.warnings.empty());
    }

    void hubspotPreset() {
        const AccountImportResult r = importAccountFile(dataFile("hubspot_companies.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const AccountList &list = *r.list;
        QCOMPARE(list.accounts.size(), size_t(7));
        const auto status = [&](const char *name) {
            return byName(list, QString::fromUtf8(name))->status;
        };
        QCOMPARE(byName(list, QStringLiteral("Acme Limited"))->crmSource,
                 QStringLiteral("hubspot"));
        QCOMPARE(byName(list, QStringLiteral("Acme Limited"))->crmId, QStringLiteral("1001"));
        QCOMPARE(status("Acme Limited"), AccountStatus::Customer);
        QCOMPARE(status("Beta"), AccountStatus::Prospect);      // lifecycle "Lead"
        QCOMPARE(status("Gamma SAS"), AccountStatus::Prospect); // "Sales Qualified Lead"
        QCOMPARE(status("Omega Corp"), AccountStatus::OpenOpportunity);
        QCOMPARE(status("Sigma AB"), AccountStatus::Customer);  // "Evangelist"
        QCOMPARE(status("Tau Partners"), AccountStatus::Other); // "Other", type PARTNER
        QCOMPARE(status("Ypsilon"), AccountStatus::Prospect);   // no stage, type PROSPECT
        // No company domain: the Website URL column is used.
        QCOMPARE(byName(list, QStringLiteral("Beta"))->domainKey, QStringLiteral("beta.de"));
        QCOMPARE(byName(list, QStringLiteral("Gamma SAS"))->domainKey, QString());
        QCOMPARE(byName(list, QStringLiteral("Omega Corp"))->employees,
                 std::optional<qint64>(2500));
        QCOMPARE(byName(list, QStringLiteral("Omega Corp"))->industry,
                 QStringLiteral("LOGISTICS_AND_SUPPLY_CHAIN"));
    }

    void anyLayoutByMapping() {
        const AccountImportResult r = importAccountFile(dataFile("partner_semicolon.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const AccountList &list = *r.list;
        QCOMPARE(list.accounts.size(), size_t(4));
        QCOMPARE(list.accounts[0].crmSource, QStringLiteral("csv"));
        QCOMPARE(list.accounts[0].status, AccountStatus::Customer);
        QCOMPARE(list.accounts[1].status, AccountStatus::Prospect);
        QCOMPARE(list.accounts[1].openPipeline, 1250.5); // decimal comma in a ';' file
        QCOMPARE(list.accounts[2].status, AccountStatus::OpenOpportunity);
        QCOMPARE(list.accounts[2].openPipeline, 10000.0);
        QCOMPARE(list.accounts[3].status, AccountStatus::Other);
        QCOMPARE(list.accounts[3].domainKey, QStringLiteral("mu.it"));
    }

    void columnOverrides_data() {
        QTest::addColumn<QStringList>("overrides");
        QTest::addColumn<QString>("columns"); // the field key of each column, "-" for none
        QTest::addColumn<QString>("error");   // a part of the error, empty when accepted
        // Header: Firma, Webseite, Stage, Land. Detected: Stage -> status, nothing else.
        QTest::newRow("none") << QStringList() << "- - status -" << QString();
        QTest::newRow("by header, any case or spacing")
            << QStringList{"name=FIRMA", "website= webseite", "country=Land"}
            << "name website status country" << QString();
        QTest::newRow("by position")
            << QStringList{"name=1", "website=2"} << "name website status -" << QString();
        QTest::newRow("moving the status column")
            << QStringList{"status=Land"} << "- - - status" << QString();
        QTest::newRow("unmapping") << QStringList{"status="} << "- - - -" << QString();
        QTest::newRow("one column fills one field")
            << QStringList{"name=1", "website=1"} << "website - status -" << QString();
        QTest::newRow("unknown column") << QStringList{"name=Company"} << ""
                                        << "no column \"Company\" for Company name";
        QTest::newRow("position out of range") << QStringList{"name=5"} << ""
                                               << "no column \"5\"";
        QTest::newRow("unknown field") << QStringList{"colour=Firma"} << ""
                                       << "\"colour=Firma\" is not FIELD=COLUMN";
        QTest::newRow("no equals sign") << QStringList{"name"} << ""
                                        << "is not FIELD=COLUMN";
    }

    void columnOverrides() {
        QFETCH(QStringList, overrides);
        QFETCH(QString, columns);
        QFETCH(QString, error);
        const QStringList header{"Firma", "Webseite", "Stage", "Land"};
        AccountMapping m = buildAccountMapping(AccountPreset::Auto, header);
        QString message;
        const bool ok = applyColumnOverrides(m, header, overrides, &message);
        QCOMPARE(ok, error.isEmpty());
        if (!ok) {
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QStringList keys;
        for (AccountField f : m.columns)
            keys << (f == AccountField::Ignore ? QStringLiteral("-") : toKey(f));
        QCOMPARE(keys.join(QLatin1Char(' ')), columns);
    }

    void columnMapOfAFileNamesItsHeaderLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Firma,Webseite,Stage\nAcme,acme.com,Customer\nBeta,,Lead\n");
        f.close();
        AccountImportOptions options;
        options.columnMap = QStringList{QStringLiteral("name=Company")};
        AccountImportResult r = importAccountFile(path, AccountPreset::Auto, std::nullopt, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().startsWith(path + QStringLiteral(":1: The file has no column")),
                 qPrintable(r.errorMessage()));
        options.columnMap = QStringList{QStringLiteral("name=Firma"), QStringLiteral("website=2")};
        r = importAccountFile(path, AccountPreset::Auto, std::nullopt, options);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.list->accounts.size(), size_t(2));
        QCOMPARE(r.list->accounts[0].domainKey, QStringLiteral("acme.com"));
        QCOMPARE(r.list->accounts[0].status, AccountStatus::Customer);
        QCOMPARE(r.list->accounts[1].status, AccountStatus::Prospect);
    }

    void userRulesReplaceTheDefaults() {
        // The user says: Type "Channel Partner / Reseller" rows are customers of ours too, and
        // everything else unmatched is a prospect.
        StatusRules rules = defaultStatusRules(AccountPreset::Salesforce);
        rules.rules.insert(
            rules.rules.begin(),
            {QStringLiteral("Type"), QStringLiteral("channel partner*"), AccountStatus::Customer});
        rules.fallback = AccountStatus::Prospect;
        const AccountImportResult r =
            importAccountFile(dataFile("salesforce_accounts.csv"), AccountPreset::Auto, rules);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(byName(*r.list, QStringLiteral("Delta Inc."))->status, AccountStatus::Customer);
        QCOMPARE(byName(*r.list, QStringLiteral("Zeta, \"the\" Company"))->status,
                 AccountStatus::Prospect);
        QCOMPARE(byName(*r.list, QStringLiteral("Acme Ltd"))->status, AccountStatus::Customer);
    }

    void rulesCanReadAnyColumn() {
        // A rule on a column that is not mapped: "Is customer" = yes.
        const QByteArray text =
            "Company,Website,Is customer\nAcme,acme.com,yes\nBeta,beta.com,no\n";
        const csv::ReadResult table = csv::read(text);
        QVERIFY(table.ok());
        AccountMapping mapping = buildAccountMapping(AccountPreset::Generic, table.table->header);
        QCOMPARE(mapping.columnOf(AccountField::Status), -1);
        mapping.statusRules.rules = {
            {QStringLiteral("is customer"), QStringLiteral("YES"), AccountStatus::Customer}};
        const AccountImportResult r = parseAccounts(*table.table, mapping, QStringLiteral("x.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.list->accounts[0].status, AccountStatus::Customer);
        QCOMPARE(r.list->accounts[1].status, AccountStatus::Other);
    }

    void patterns_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact, any case") << "customer"
                                         << " CUSTOMER " << true;
        QTest::newRow("prefix") << "Customer*"
                                << "Customer - Direct" << true;
        QTest::newRow("prefix miss") << "Customer*"
                                     << "Former customer" << false;
        QTest::newRow("infix") << "*qualified*lead"
                               << "Marketing Qualified Lead" << true;
        QTest::newRow("star only") << "*"
                                   << "" << true;
        QTest::newRow("empty matches empty") << ""
                                             << "" << true;
        QTest::newRow("empty misses text") << ""
                                           << "x" << false;
        QTest::newRow("no partial") << "lead"
                                    << "leads" << false;
    }

    void patterns() {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(matchesPattern(pattern, text), matches);
    }

    void presetsAndHeaders() {
        QCOMPARE(detectAccountPreset({"Account ID", "Account Name", "Type", "Website"}),
                 AccountPreset::Salesforce);
        QCOMPARE(detectAccountPreset({"Record ID", "Company name", "Lifecycle Stage"}),
                 AccountPreset::HubSpot);
        QCOMPARE(detectAccountPreset({"Company", "Domain"}), AccountPreset::Generic);
        QCOMPARE(matchAccountHeader(QStringLiteral("Company domain name")), AccountField::Website);
        QCOMPARE(matchAccountHeader(QStringLiteral("Country/Region")), AccountField::Country);
        QCOMPARE(matchAccountHeader(QStringLiteral("Number of employees")),
                 AccountField::Employees);
        QCOMPARE(matchAccountHeader(QStringLiteral("Description")), AccountField::Ignore);
        QCOMPARE(accountPresetFromKey(u"HubSpot"),
                 std::optional<AccountPreset>(AccountPreset::HubSpot));
        QCOMPARE(accountStatusFromKey(toKey(AccountStatus::OpenOpportunity)),
                 std::optional<AccountStatus>(AccountStatus::OpenOpportunity));
    }

    void badFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *file, const char *message) {
            QTest::newRow(file) << dataFile(file) << dataFile(file) + QLatin1String(message);
        };
        row("bad_no_columns.csv", ":1: The list has neither a company name nor a website column.");
        row("bad_empty.csv", ": The list has no accounts: the file holds only a header.");
        row("bad_duplicate_id.csv", ":4: The CRM id \"001A\" repeats the row on line 2.");
        row("bad_duplicate_row.csv", ":3: The row repeats line 2.");
        row("bad_bidi.csv", ":3: The Website cell \"U+202Emoc.live\" holds control or "
                            "text-direction characters that no company list has.");
        row("bad_formula.csv",
            ":2: The Company cell \"=HYPERLINK(\"http://evil.example\",\"Acme\")\" "
            "is a spreadsheet formula, not a value.");
        row("bad_employees.csv", ":3: The Employees value \"many\" is not a number.");
        row("bad_no_name_no_website.csv", ":3: The row has neither a company name nor a website.");
        row("bad_line_break.csv", ":2: The Company cell \"AcmeU+000AEvil\" holds control or "
                                  "text-direction characters that no company list has.");
        row("bad_quote.csv", ":3: A quoted field that starts here is never closed.");
        row("does_not_exist.csv", ": The file does not exist.");
    }

    void badFiles() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const AccountImportResult r = importAccountFile(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorMessage(), message);
    }

    void binaryFileIsRefused() {
        const QString file = dataFile("bad_binary.xlsx");
        const AccountImportResult r = importAccountFile(file);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().startsWith(file + QLatin1String(": The file is not text")),
                 qPrintable(r.errorMessage()));
    }

    void allOrNothing() {
        // Nine good rows and one bad one: no list at all, and the bad line is named.
        QByteArray text = "Account Name,Website,Employees\n";
        for (int i = 0; i < 9; ++i)
            text += QByteArray("Company ") + QByteArray::number(i) + ",c" + QByteArray::number(i) +
                    ".com,10\n";
        text += "Broken,broken.com,-5\n";
        const AccountImportResult r = importText(text);
        QVERIFY(!r.list);
        QCOMPARE(r.errorMessage(),
                 QStringLiteral("in.csv:11: The Employees value \"-5\" is out of range."));
    }

    void everyErrorIsCollected() {
        const QByteArray text =
            "Account Name,Website,Employees\nA,a.com,x\nB,b.com,10\nC,c.com,y\n";
        const AccountImportResult r = importText(text);
        QCOMPARE(r.errors.size(), size_t(2));
        QCOMPARE(r.errors[0].line, 2);
        QCOMPARE(r.errors[1].line, 4);
    }

    void employeeRanges() {
        const QByteArray text = "Account Name,Employees\nA,51-200\nB,\"1,000+\"\nC,\"10,001\"\n";
        const AccountImportResult r = importText(text);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.list->accounts[0].employees, std::optional<qint64>(126));
        QCOMPARE(r.list->accounts[1].employees, std::optional<qint64>(1000));
        QCOMPARE(r.list->accounts[2].employees, std::optional<qint64>(10001));
    }

    void websiteWithoutDomainIsAWarning() {
        const AccountImportResult r = importText("Company,Website\nAcme,co.uk\nBeta,n/a\n");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), size_t(2));
        QCOMPARE(r.warnings[0].describe(QStringLiteral("in.csv")),
                 QStringLiteral("in.csv:2: The website \"co.uk\" names no registrable domain; the "
                                "account is matched by its name."));
        QCOMPARE(r.list->accounts[0].nameKey, QStringLiteral("acme"));
    }

    void sameDomainDifferentIdsIsFine() {
        // CRMs hold parent and child accounts with one website: not a duplicate row.
        const AccountImportResult r =
            importText("Account ID,Account Name,Website\n1,Acme UK,acme.com\n2,Acme DE,acme.com\n");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.list->accounts.size(), size_t(2));
    }

    void cancel() {
        QByteArray text = "Company,Website\n";
        for (int i = 0; i < 10000; ++i)
            text += "C" + QByteArray::number(i) + ",c" + QByteArray::number(i) + ".com\n";
        const csv::ReadResult table = csv::read(text);
        AccountImportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        const AccountImportResult r = parseAccounts(
            *table.table, buildAccountMapping(AccountPreset::Auto, table.table->header),
            QStringLiteral("in.csv"), options);
        QVERIFY(!r.ok());
        QVERIFY(r.cancelled);
        QCOMPARE(r.errorMessage(), QStringLiteral("in.csv: The import was cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestAccountImport)
#include "tst_accountimport.moc"
