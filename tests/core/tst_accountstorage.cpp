// SPDX-License-Identifier: GPL-3.0-or-later
// Account mapping in the portfolio file (format 9): lists, their dates and accounts, private
// exchanges and answered offers come back as saved; an older file opens without them; bad
// rows written by another tool are refused with the table, row and column.
#include "core/accounts/overlap.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/schema.h"
#include "helpers/sampleportfolios.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;
using namespace ps::accounts;

namespace {

Account account(const char *name, const char *website, AccountStatus status,
                std::optional<qint64> employees = std::nullopt, double pipeline = 0.0) {
    Account a;
    a.crmSource = QStringLiteral("salesforce");
    a.crmId = QStringLiteral("001%1").arg(QLatin1String(name).size());
    a.name = QString::fromUtf8(name);
    a.website = QLatin1String(website);
    a.status = status;
    a.industry = QStringLiteral("Healthcare");
    a.employees = employees;
    a.country = QStringLiteral("DE");
    a.openPipeline = pipeline;
    return a;
}

AccountList list(std::vector<Account> accounts, QDate date, const char *source) {
    AccountList l;
    l.accounts = std::move(accounts);
    deriveKeys(l.accounts);
    l.importedOn = date;
    l.sourceName = QLatin1String(source);
    return l;
}

PortfolioData withAccounts() {
    PortfolioData data = test::everyFieldPortfolio();
    const Id alpha = data.partners.at(0).id;
    AccountBook &book = data.accountBook;
    book.setOurs(list(
        {account("Acme Ltd", "https://www.acme.co.uk/about", AccountStatus::Customer, 250, 0.0),
         account("Müller Bäckerei GmbH", "", AccountStatus::Prospect),
         account("Globex", "globex.com", AccountStatus::OpenOpportunity, 40, 1250.5)},
        QDate(2026, 10, 1), "accounts.csv"));
    book.addPartnerList(alpha, list({account("ACME", "shop.acme.co.uk", AccountStatus::Prospect)},
                                    QDate(2026, 4, 1), "alpha-q2.csv"));
    AccountList q3 = list({account("Globex Corp", "http://globex.com", AccountStatus::Customer)},
                          QDate(2026, 7, 1), "alpha-q3.psx");
    q3.accounts[0].crmSource = QStringLiteral("psi");
    q3.declaredTotal = 4200;
    book.addPartnerList(alpha, q3);

    PsiOfferOptions options;
    options.ourLabel = QStringLiteral("Lumora");
    QString error;
    auto offer = createOffer(book.ours()->list, options, &error);
    if (!offer)
        qFatal("offer: %s", qPrintable(error));
    book.storeSession(offer->session);
    book.answeredOffers.push_back(
        {QByteArray(16, '\x5a'), QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)});
    return data;
}

int exec(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

class TestAccountStorage : public QObject {
    Q_OBJECT

private slots:
    void listsAndExchangesComeBackAsSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.partnerscope"));
        const PortfolioData data = withAccounts();
        QString message;
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileVersion, Schema::CurrentVersion);
        const AccountBook &book = loaded.data->accountBook;
        QVERIFY(book == data.accountBook);

        // What a user sees: our three accounts with their figures, the partner's latest list.
        QVERIFY(book.ours());
        QCOMPARE(book.ours()->list.accounts.size(), size_t(3));
        const Account &muller = book.ours()->list.accounts[1];
        QCOMPARE(muller.name, QStringLiteral("Müller Bäckerei GmbH"));
        QVERIFY(!muller.employees.has_value());
        QCOMPARE(book.ours()->list.accounts[2].openPipeline, 1250.5);
        QCOMPARE(book.ours()->list.accounts[0].domainKey, QStringLiteral("acme.co.uk"));
        const Id alpha = data.partners.at(0).id;
        QCOMPARE(book.historyOf(alpha).size(), size_t(2));
        QCOMPARE(book.latestOf(alpha)->list.sourceName, QStringLiteral("alpha-q3.psx"));
        QCOMPARE(book.latestOf(alpha)->list.total(), qint64(4200));
        QCOMPARE(book.sessions.size(), size_t(1));
        QVERIFY(book.sessions[0].hasSecret());
        QCOMPARE(book.answeredOffers.at(0).answeredAt,
                 QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));

        // The overlap computed from the reloaded lists is the one computed before saving.
        const OverlapResult before = computeOverlap(data.accountBook.ours()->list,
                                                    data.accountBook.historyOf(alpha)[0]->list);
        const OverlapResult after =
            computeOverlap(book.ours()->list, book.historyOf(alpha)[0]->list);
        QCOMPARE(after.overlapTotal, qint64(1)); // acme.co.uk, by hand
        QCOMPARE(after.cell(OurPopulation::Customers, TheirPopulation::Prospects).accounts,
                 qint64(1));
        QCOMPARE(after.overlapTotal, before.overlapTotal);
    }

    void reimportReplacesOnlyTheSameList() {
        AccountBook book;
        const Id first = book.addPartnerList(7, list({}, QDate(2026, 1, 1), "q1.csv"));
        const Id again = book.addPartnerList(
            7, list({account("A", "a.com", AccountStatus::Customer)}, QDate(2026, 1, 1), "q1.csv"));
        const Id next = book.addPartnerList(7, list({}, QDate(2026, 4, 1), "q2.csv"));
        QCOMPARE(again, first);
        QVERIFY(next != first);
        QCOMPARE(book.lists.size(), size_t(2));
        QCOMPARE(book.latestOf(7)->id, next);
        const Id ours = book.setOurs(list({}, QDate(2026, 1, 1), "ours.csv"));
        QCOMPARE(book.setOurs(list({}, QDate(2026, 2, 1), "ours2.csv")), ours);
        QCOMPARE(book.ours()->list.sourceName, QStringLiteral("ours2.csv"));
    }

    void listOfRemovedPartnerIsNotSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.partnerscope"));
        PortfolioData data = withAccounts();
        data.accountBook.addPartnerList(99999, list({}, QDate(2026, 1, 1), "gone.csv"));
        QString message;
        QVERIFY2(PortfolioFile::save(data, path, &message), qPrintable(message));
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(!loaded.data->accountBook.latestOf(99999));
        QCOMPARE(loaded.data->accountBook.lists.size(), data.accountBook.lists.size() - 1);
    }

    void finishedExchangeStaysFinishedAfterReload() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.partnerscope"));
        PortfolioData data = withAccounts();
        AccountList theirs =
            list({account("Acme", "acme.co.uk", AccountStatus::Customer)}, QDate(), "");
        QString error;
        auto answer = answerOffer(
            [&] {
                PsiOfferOptions o;
                o.ourLabel = QStringLiteral("Lumora");
                auto offer = createOffer(data.accountBook.ours()->list, o, &error);
                data.accountBook.storeSession(offer->session);
                return offer->file;
            }(),
            QStringLiteral("offer.psx"), theirs, {}, &error);
        QVERIFY2(answer, qPrintable(error));
        PsiSession &session = data.accountBook.sessions.back();
        QVERIFY(finishExchange(session, answer->file, QStringLiteral("answer.psx"), {}, &error));
        QVERIFY(PortfolioFile::save(data, path, &error));
        auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        PsiSession &reloaded = loaded.data->accountBook.sessions.back();
        QVERIFY(reloaded.finished);
        QVERIFY(!reloaded.hasSecret());
        QVERIFY(!finishExchange(reloaded, answer->file, QStringLiteral("answer.psx"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("answer.psx")), qPrintable(error));
    }

    void version8FileOpensWithoutAccounts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.partnerscope"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QVERIFY(Schema::upgradeToV1(db) && Schema::upgradeToV2(db) && Schema::upgradeToV3(db) &&
                Schema::upgradeToV4(db) && Schema::upgradeToV5(db) && Schema::upgradeToV6(db) &&
                Schema::upgradeToV7(db) && Schema::upgradeToV8(db));
        sqlite3_close(db);
        const auto loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileVersion, 8);
        QVERIFY(loaded.data->accountBook.isEmpty());
    }

    void badRowsAreRefused_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown status")
            << QByteArray("UPDATE accounts SET status = 'vip' WHERE position = 0")
            << QStringLiteral("column status");
        QTest::newRow("negative pipeline")
            << QByteArray("UPDATE accounts SET open_pipeline = -5 WHERE position = 2")
            << QStringLiteral("column open_pipeline");
        QTest::newRow("bad date") << QByteArray("UPDATE account_lists SET imported_on = 'soon'")
                                  << QStringLiteral("column imported_on");
        QTest::newRow("two lists of ours")
            << QByteArray("UPDATE account_lists SET partner_id = NULL")
            << QStringLiteral("a second list of our own accounts");
        QTest::newRow("damaged session") << QByteArray("UPDATE psi_sessions SET session = 'AAAA'")
                                         << QStringLiteral("column session");
        QTest::newRow("bad offer id")
            << QByteArray("UPDATE psi_answered_offers SET session_id = 'xyz'")
            << QStringLiteral("column session_id");
    }

    void badRowsAreRefused() {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.partnerscope"));
        QVERIFY(PortfolioFile::save(withAccounts(), path));
        QCOMPARE(exec(path, sql.constData()), SQLITE_OK);
        const auto loaded = PortfolioFile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.message.contains(expected), qPrintable(loaded.message));
        QVERIFY2(loaded.message.contains(QLatin1String("bad.partnerscope")),
                 qPrintable(loaded.message));
    }
};

QTEST_GUILESS_MAIN(TestAccountStorage)
#include "tst_accountstorage.moc"
