// SPDX-License-Identifier: GPL-3.0-or-later
// Remembered status rules (format 11): the rules an account list was imported with are saved
// with it, come back equal from the file, start the next import of the same list when its
// layout and columns fit, and a format 10 file or a damaged stored value gives the layout's
// rules with a sentence saying why.
#include "core/accounts/statusrulestext.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

using namespace ps;
using namespace ps::accounts;

namespace {

QString dataFile(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/accounts/") + QLatin1String(name);
}

/// The user's rules for the Salesforce export: resellers are customers of ours too, and
/// every unmatched row is a prospect.
StatusRules editedRules() {
    StatusRules rules = defaultStatusRules(AccountPreset::Salesforce);
    rules.rules.insert(
        rules.rules.begin(),
        {QStringLiteral("Type"), QStringLiteral("channel partner*"), AccountStatus::Customer});
    rules.fallback = AccountStatus::Prospect;
    return rules;
}

/// Accounts per status, counted.
std::map<AccountStatus, int> counts(const AccountList &list) {
    std::map<AccountStatus, int> out;
    for (const Account &a : list.accounts)
        ++out[a.status];
    return out;
}

// tests/data/accounts/salesforce_accounts.csv by hand. Types: Customer - Direct, Customer -
// Channel, Prospect, Channel Partner / Reseller, Opportunity, Other, Prospect.
const std::map<AccountStatus, int> byDefaults = {{AccountStatus::Customer, 2},
                                                 {AccountStatus::Prospect, 2},
                                                 {AccountStatus::OpenOpportunity, 1},
                                                 {AccountStatus::Other, 2}};
// Edited: the reseller (Delta) is a customer, "Other" (Zeta) falls back to prospect.
const std::map<AccountStatus, int> byEdited = {{AccountStatus::Customer, 3},
                                               {AccountStatus::Prospect, 3},
                                               {AccountStatus::OpenOpportunity, 1}};

int execSql(const QString &path, const char *sql, const QString &bound = QString()) {
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(st) > 0) {
        const QByteArray bytes = bound.toUtf8();
        sqlite3_bind_text(st, 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rc;
}

/// A portfolio whose first partner's list and our list were imported with the edited rules.
PortfolioData importedWithEditedRules(Id *partner) {
    PortfolioData data = test::everyFieldPortfolio();
    *partner = data.partners.at(0).id;
    const AccountImportResult r =
        importAccountFile(dataFile("salesforce_accounts.csv"), AccountPreset::Auto, editedRules());
    if (!r.ok())
        qFatal("import: %s", qPrintable(r.errorMessage()));
    data.accountBook.setOurs(*r.list);
    data.accountBook.addPartnerList(*partner, *r.list);
    return data;
}

} // namespace

class TestStatusRulesText : public QObject {
    Q_OBJECT

private slots:
    void textRoundTrip_data() {
        QTest::addColumn<int>("preset");
        QTest::addColumn<bool>("edited");
        for (AccountPreset p :
             {AccountPreset::Salesforce, AccountPreset::HubSpot, AccountPreset::Generic})
            QTest::newRow(qPrintable(toKey(p))) << int(p) << false;
        QTest::newRow("edited") << int(AccountPreset::Salesforce) << true;
    }

    void textRoundTrip() {
        QFETCH(int, preset);
        QFETCH(bool, edited);
        AccountMapping mapping;
        mapping.preset = AccountPreset(preset);
        mapping.statusRules = edited ? editedRules() : defaultStatusRules(mapping.preset);
        // Quotes, a backslash and non-Latin text survive.
        mapping.statusRules.rules.push_back(
            {QString(), QStringLiteral("\"VIP\" \\ Kunde ✓ *"), AccountStatus::OpenOpportunity});
        const QStringList header{QStringLiteral("Type"), QStringLiteral("Name")};
        const QString text = statusRulesToText(mapping, header);
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        QString error;
        const auto stored = statusRulesFromText(text, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->layout, mapping.preset);
        QVERIFY(stored->rules == mapping.statusRules);
        // HubSpot's Lifecycle Stage rules read a column this header lacks: noted as absent.
        QCOMPARE(stored->absentColumns.contains(QStringLiteral("Lifecycle Stage")),
                 mapping.preset == AccountPreset::HubSpot);
    }

    void rulesComeBackFromTheFileAndStartTheNextImport() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.partnerscope"));
        Id partner = 0;
        const PortfolioData data = importedWithEditedRules(&partner);
        QString message;
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileVersion, Schema::CurrentVersion);
        const AccountBook &book = loaded.data->accountBook;
        QVERIFY(book == data.accountBook);
        for (const Id whose : {Id(0), partner}) {
            const AccountList *previous = rememberedRulesList(book, whose);
            QVERIFY(previous);
            QString error;
            const auto stored = statusRulesFromText(previous->statusRules, &error);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(stored->layout, AccountPreset::Salesforce);
            QVERIFY(stored->rules == editedRules());

            // The next import of the same export starts with them: the statuses the user chose.
            AccountImportOptions options;
            options.remembered = previous;
            const AccountImportResult again = importAccountFile(
                dataFile("salesforce_accounts.csv"), AccountPreset::Auto, std::nullopt, options);
            QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
            QVERIFY(counts(*again.list) == byEdited);
            QVERIFY2(again.rulesNote.contains(QLatin1String("those used with")) &&
                         again.rulesNote.contains(QLatin1String("salesforce_accounts.csv")),
                     qPrintable(again.rulesNote));
        }
        // Another partner has nothing remembered: the layout's rules.
        QVERIFY(!rememberedRulesList(book, data.partners.at(1).id));
        const AccountImportResult fresh = importAccountFile(dataFile("salesforce_accounts.csv"));
        QVERIFY(counts(*fresh.list) == byDefaults);
        QVERIFY2(fresh.rulesNote.contains(QLatin1String("defaults of the layout")),
                 qPrintable(fresh.rulesNote));
    }

    void rulesThatDoNotFitTheFileGiveTheLayoutRules_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("expected");
        // HubSpot's rules: lifecycle stage "customer" is a customer.
        QTest::newRow("another layout")
            << QByteArray("Company name,Company Domain Name,Lifecycle Stage\nAcme,acme.com,"
                          "customer\n")
            << QStringLiteral("are for the layout \"Salesforce accounts\"")
            << int(AccountStatus::Customer);
        // Salesforce's rules read Type, which this export lacks: nothing matches (the edited
        // rules would have made it a prospect by their fallback).
        QTest::newRow("a column the rules read is missing")
            << QByteArray("Account ID,Account Name,Website,Account Kind\n001,Acme,acme.com,"
                          "Channel Partner\n")
            << QStringLiteral("read the column \"Type\"") << int(AccountStatus::Other);
    }

    void rulesThatDoNotFitTheFileGiveTheLayoutRules() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, why);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("next.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        Id partner = 0;
        const PortfolioData data = importedWithEditedRules(&partner);
        AccountImportOptions options;
        options.remembered = rememberedRulesList(data.accountBook, partner);
        QVERIFY(options.remembered);
        const AccountImportResult r =
            importAccountFile(path, AccountPreset::Auto, std::nullopt, options);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY2(r.rulesNote.contains(QLatin1String("defaults of the layout")) &&
                     r.rulesNote.contains(why),
                 qPrintable(r.rulesNote));
        QVERIFY(!r.list->accounts.empty());
        QCOMPARE(r.list->accounts.at(0).status, AccountStatus(expected));
    }

    void formatTenFileMigrates() {
        // Format 10 created account_lists without the column.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
            QVERIFY(Schema::upgradeToV1(db) && Schema::upgradeToV2(db) && Schema::upgradeToV3(db) &&
                    Schema::upgradeToV4(db) && Schema::upgradeToV5(db) && Schema::upgradeToV6(db) &&
                    Schema::upgradeToV7(db) && Schema::upgradeToV8(db) && Schema::upgradeToV9(db) &&
                    Schema::upgradeToAccountMapping(db));
            QVERIFY(!Schema::hasColumn(db, "account_lists", "status_rules"));
            QString error;
            QVERIFY2(Schema::upgradeToStatusRules(db, &error), qPrintable(error));
            QVERIFY(Schema::hasColumn(db, "account_lists", "status_rules"));
            sqlite3_close(db);
        }
        // A format 10 file with our list and a partner's: today's file without the column.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.partnerscope"));
        Id partner = 0;
        PortfolioData data = importedWithEditedRules(&partner);
        QVERIFY(PortfolioFile::save(data, path));
        QCOMPARE(execSql(path, "ALTER TABLE account_lists DROP COLUMN status_rules"), SQLITE_OK);
        QCOMPARE(execSql(path, "PRAGMA user_version = 10"), SQLITE_OK);
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileVersion, Schema::AccountMappingVersion);
        const AccountBook &book = loaded.data->accountBook;
        // The lists and their accounts as before, without remembered rules.
        for (StoredAccountList &l : data.accountBook.lists)
            l.list.statusRules.clear();
        QVERIFY(book == data.accountBook);
        QVERIFY(!rememberedRulesList(book, 0));
        QVERIFY(!rememberedRulesList(book, partner));
        const AccountImportResult next = importAccountFile(
            dataFile("salesforce_accounts.csv"), AccountPreset::Auto, std::nullopt, [&] {
                AccountImportOptions o;
                o.remembered = rememberedRulesList(book, 0);
                return o;
            }());
        QVERIFY(counts(*next.list) == byDefaults);

        // Migrating the file itself adds the column, empty; rerunning the step is harmless.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QString error;
            QVERIFY2(Schema::migrate(db, Schema::AccountMappingVersion, &error), qPrintable(error));
            QVERIFY(Schema::hasColumn(db, "account_lists", "status_rules"));
            QVERIFY2(Schema::upgradeToStatusRules(db, &error), qPrintable(error));
            sqlite3_close(db);
        }
        const auto migrated = PortfolioFile::load(path);
        QVERIFY2(migrated.ok(), qPrintable(migrated.message));
        QCOMPARE(migrated.fileVersion, Schema::StatusRulesVersion);
        QVERIFY(migrated.data->accountBook == book);
    }

    void damagedStoredRulesGiveTheLayoutRules_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("why");
        const QString rule = QStringLiteral(
            "{\"format\":1,\"layout\":\"salesforce\",\"fallback\":\"other\",\"rules\":[%1]}");
        QTest::newRow("not json") << QStringLiteral("customer=Type") << QStringLiteral("JSON");
        QTest::newRow("truncated")
            << QStringLiteral("{\"format\":1,\"layout\":\"sales") << QStringLiteral("JSON");
        QTest::newRow("array") << QStringLiteral("[1,2]") << QStringLiteral("JSON object");
        QTest::newRow("no format")
            << QStringLiteral("{\"layout\":\"salesforce\"}") << QStringLiteral("no format");
        QTest::newRow("format 2") << QStringLiteral("{\"format\":2}")
                                  << QStringLiteral("newer version");
        QTest::newRow("huge format") << QStringLiteral("{\"format\":1e300}")
                                     << QStringLiteral("format 1e+300, written by a newer");
        QTest::newRow("negative format")
            << QStringLiteral("{\"format\":-1e300}") << QStringLiteral("no format");
        QTest::newRow("fractional format")
            << QStringLiteral("{\"format\":1.5}") << QStringLiteral("no format");
        QTest::newRow("unknown layout")
            << QStringLiteral(
                   "{\"format\":1,\"layout\":\"sap\",\"fallback\":\"other\",\"rules\":[]}")
            << QStringLiteral("\"sap\" is not a known layout");
        QTest::newRow("auto layout")
            << QStringLiteral(
                   "{\"format\":1,\"layout\":\"auto\",\"fallback\":\"other\",\"rules\":[]}")
            << QStringLiteral("not a known layout");
        QTest::newRow("unknown fallback")
            << QStringLiteral(
                   "{\"format\":1,\"layout\":\"salesforce\",\"fallback\":\"vip\",\"rules\":[]}")
            << QStringLiteral("\"vip\" is not a known status");
        QTest::newRow("rules not a list")
            << QStringLiteral(
                   "{\"format\":1,\"layout\":\"salesforce\",\"fallback\":\"other\",\"rules\":7}")
            << QStringLiteral("not a list");
        QTest::newRow("rule not an object")
            << rule.arg(QStringLiteral("\"x\"")) << QStringLiteral("not a JSON object");
        QTest::newRow("number for text")
            << rule.arg(QStringLiteral("{\"column\":5,\"value\":\"a\",\"status\":\"customer\"}"))
            << QStringLiteral("rule 1: the field \"column\"");
        QTest::newRow("status missing")
            << rule.arg(QStringLiteral("{\"column\":\"\",\"value\":\"a\"}"))
            << QStringLiteral("rule 1: the field \"status\"");
        QTest::newRow("long value")
            << rule.arg(QStringLiteral("{\"column\":\"\",\"value\":\"%1\",\"status\":\"customer\"}")
                            .arg(QString(MaxStoredStatusRuleText + 1, QLatin1Char('a'))))
            << QStringLiteral("longer than");
        QStringList many;
        for (int i = 0; i <= MaxStoredStatusRules; ++i)
            many << QStringLiteral("{\"column\":\"\",\"value\":\"a\",\"status\":\"customer\"}");
        QTest::newRow("too many rules")
            << rule.arg(many.join(QLatin1Char(','))) << QStringLiteral("more than");
        QTest::newRow("deep nesting")
            << QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'))
            << QStringLiteral("JSON");
        QTest::newRow("absent not a list")
            << QStringLiteral("{\"format\":1,\"layout\":\"salesforce\",\"fallback\":\"other\","
                              "\"rules\":[],\"absent\":{}}")
            << QStringLiteral("\"absent\"");
        QTest::newRow("huge") << QString(MaxStatusRulesTextSize + 1, QLatin1Char(' '))
                              << QStringLiteral("longer than any rule table");
    }

    void damagedStoredRulesGiveTheLayoutRules() {
        QFETCH(QString, value);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.partnerscope"));
        Id partner = 0;
        QVERIFY(PortfolioFile::save(importedWithEditedRules(&partner), path));
        QCOMPARE(execSql(path,
                         "UPDATE account_lists SET status_rules = ?1 WHERE partner_id = 0 "
                         "OR partner_id IS NULL",
                         value),
                 SQLITE_OK);
        // The file opens: the value is read only when an import needs it.
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        const AccountList *previous = rememberedRulesList(loaded.data->accountBook, 0);
        QVERIFY(previous);
        QString error;
        QVERIFY(!statusRulesFromText(previous->statusRules, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        // The next import of our accounts uses the layout's rules and says why.
        AccountImportOptions options;
        options.remembered = previous;
        const AccountImportResult r = importAccountFile(dataFile("salesforce_accounts.csv"),
                                                        AccountPreset::Auto, std::nullopt, options);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(counts(*r.list) == byDefaults);
        QVERIFY2(r.rulesNote.contains(QLatin1String("defaults of the layout")) &&
                     r.rulesNote.contains(QLatin1String("could not be read")) &&
                     r.rulesNote.contains(why),
                 qPrintable(r.rulesNote));
        // The partner's list kept its rules.
        const AccountList *theirs = rememberedRulesList(loaded.data->accountBook, partner);
        QVERIFY(theirs && statusRulesFromText(theirs->statusRules, &error));
    }
};

QTEST_GUILESS_MAIN(TestStatusRulesText)
#include "tst_statusrulestext.moc"
