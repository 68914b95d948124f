// SPDX-License-Identifier: GPL-3.0-or-later
// Account mapping on the command line (issue 15): our list and a partner's imported, the
// overlap matrix counted as by hand, the private exchange giving the plain result on shared
// domains, and hostile exchange files refused with a sentence naming them, never a crash.
#include "core/accounts/statusrulestext.h"
#include "core/storage/portfoliofile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;
using clitest::contents;
using clitest::Run;
using clitest::run;

namespace {

// Salesforce Account export (detected by its headers).
const char *const oursCsv = "Account ID,Account Name,Type,Website,Industry,Employees,Billing "
                            "Country\n"
                            "001A,Acme Ltd,Customer,https://www.acme.co.uk/about,Retail,250,UK\n"
                            "001B,Globex,Prospect,globex.com,Energy,40,US\n"
                            "001C,Initech,Customer,initech.io,Software,90,US\n"
                            "001D,Müller GmbH,Prospect,,Manufacturing,500,DE\n"
                            "001E,Umbrella,Customer - Direct,umbrella.com,Health,1200,US\n";

// A partner's list in its own layout.
const char *const theirsCsv = "Company name,Website,Status\n"
                              "ACME,shop.acme.co.uk,Customer\n"
                              "Globex Corporation,http://globex.com/,Prospect\n"
                              "Müller,,Customer\n"
                              "Hooli,hooli.com,Customer\n";

bool write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject json(const Run &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliAccounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_partner;

    QString path(const QString &name) { return m_dir.filePath(name); }

    /// A fresh demo portfolio with our list and the first partner's list imported.
    QString withLists() {
        const QString file = path(QStringLiteral("p%1.partnerscope").arg(++m_count));
        QString error;
        if (!clitest::saveDemo(file, &error))
            qFatal("%s", qPrintable(error));
        Run r = run({QStringLiteral("import"), file, QStringLiteral("--kind"),
                     QStringLiteral("accounts"), QStringLiteral("--csv"), path("ours.csv")});
        if (r.exitCode != 0)
            qFatal("%s", qPrintable(r.err));
        r = run({QStringLiteral("import"), file, QStringLiteral("--kind"),
                 QStringLiteral("partner-accounts"), QStringLiteral("--partner"), m_partner,
                 QStringLiteral("--date"), QStringLiteral("2026-04-01"), QStringLiteral("--csv"),
                 path("theirs.csv")});
        if (r.exitCode != 0)
            qFatal("%s", qPrintable(r.err));
        return file;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(write(path("ours.csv"), oursCsv));
        QVERIFY(write(path("theirs.csv"), theirsCsv));
        QString error;
        QVERIFY(clitest::saveDemo(path("demo.partnerscope"), &error));
        m_partner = PortfolioFile::load(path("demo.partnerscope")).data->partners.at(0).name;
    }

    void overlapMatrixAsCountedByHand() {
        const QString file = withLists();
        const Run r =
            run({QStringLiteral("overlap"), file, QStringLiteral("--partner"), m_partner.toUpper(),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        // Acme (customer x customer, by domain), Müller (prospect x customer, by name),
        // Globex (prospect x prospect, by domain); Initech, Umbrella and Hooli are alone.
        QCOMPARE(o.value("our_customers_x_their_customers").toInt(), 1);
        QCOMPARE(o.value("our_customers_x_their_prospects").toInt(), 0);
        QCOMPARE(o.value("our_prospects_x_their_customers").toInt(), 1);
        QCOMPARE(o.value("our_prospects_x_their_prospects").toInt(), 1);
        QCOMPARE(o.value("overlap_total").toInt(), 3);
        QCOMPARE(o.value("name_matched_total").toInt(), 1);
        QCOMPARE(o.value("ours_total").toInt(), 5);
        QCOMPARE(o.value("theirs_total").toInt(), 4);
        const QJsonArray accounts = o.value("accounts").toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toObject().value("domain").toString(), QString("acme.co.uk"));
        QCOMPARE(accounts.at(2).toObject().value("match").toString(), QString("name"));

        const Run table =
            run({QStringLiteral("overlap"), file, QStringLiteral("--partner"), m_partner});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains("Shared accounts: 3 of our 5 (1 by name only); their list: 4."),
                 qPrintable(table.out));
    }

    void latestPartnerListCountsAndEarlierStays() {
        const QString file = withLists();
        QVERIFY(write(path("theirs-q3.csv"), "Company name,Website,Status\n"
                                             "Initech,initech.io,Customer\n"));
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("--kind"),
                           QStringLiteral("partner-accounts"), QStringLiteral("--partner"),
                           m_partner, QStringLiteral("--date"), QStringLiteral("2026-07-01"),
                           QStringLiteral("--csv"), path("theirs-q3.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const PortfolioData data = *PortfolioFile::load(file).data;
        const Id partner = data.partners.at(0).id;
        QCOMPARE(data.accountBook.historyOf(partner).size(), size_t(2));
        const Run o = run({QStringLiteral("overlap"), file, QStringLiteral("--partner"), m_partner,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json(o).value("overlap_total").toInt(), 1);
        QCOMPARE(json(o).value("our_customers_x_their_customers").toInt(), 1);
        QCOMPARE(json(o).value("their_list_date").toString(), QString("2026-07-01"));
    }

    void badListsAreRefusedAndChangeNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name or website column")
            << QByteArray("Status,Industry\nCustomer,Retail\n") << QStringLiteral("bad.csv");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("bad.csv");
        QTest::newRow("formula cell")
            << QByteArray("Company name,Website,Status\n=HYPERLINK(\"x\"),a.com,Customer\n")
            << QStringLiteral("bad.csv:2");
        QTest::newRow("duplicate row")
            << QByteArray("Company name,Website,Status\nA,a.com,Customer\nA,a.com,Customer\n")
            << QStringLiteral("bad.csv:3");
    }

    void badListsAreRefusedAndChangeNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString file = withLists();
        const QByteArray before = contents(file);
        QVERIFY(write(path("bad.csv"), csv));
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("--kind"),
                           QStringLiteral("accounts"), QStringLiteral("--csv"), path("bad.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(contents(file), before);
    }

    void anyLayoutByColumnMap() {
        // Headers no preset knows: refused as they are, read with --map.
        const QString file = withLists();
        QVERIFY(write(path("odd.csv"), "Firma;Webseite;Kundenstatus;Land\n"
                                       "Acme;acme.co.uk;Customer;UK\n"
                                       "Hooli AG;https://hooli.com;Customer;DE\n"
                                       "Pied Piper;piedpiper.com;Prospect;US\n"));
        QStringList args{QStringLiteral("import"), file,
                         QStringLiteral("--kind"), QStringLiteral("accounts"),
                         QStringLiteral("--csv"),  path("odd.csv")};
        Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("odd.csv:1")), qPrintable(r.err));
        // A column the file does not have is named, with the file and header line.
        r = run(args + QStringList{QStringLiteral("--map"), QStringLiteral("name=Company")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("odd.csv:1")) &&
                     r.err.contains(QStringLiteral("no column \"Company\"")),
                 qPrintable(r.err));
        r = run(args + QStringList{QStringLiteral("--map"), QStringLiteral("colour=Firma")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"colour=Firma\" is not FIELD=COLUMN")),
                 qPrintable(r.err));
        // Mapped by header and by position (2 = Webseite).
        r = run(args + QStringList{QStringLiteral("--map"), QStringLiteral("name=firma"),
                                   QStringLiteral("--map"), QStringLiteral("website=2"),
                                   QStringLiteral("--map"), QStringLiteral("status=Kundenstatus"),
                                   QStringLiteral("--map"), QStringLiteral("country=Land")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("overlap"), file, QStringLiteral("--partner"), m_partner,
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Theirs: ACME and Hooli customers, Globex prospect, Müller customer. Our customers
        // Acme and Hooli match their customers; our prospect Pied Piper matches nothing.
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("ours_total")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("our_customers_x_their_customers")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("our_prospects_x_their_customers")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("overlap_total")).toInt(), 2);
    }

    void rememberedRulesDecideTheStatuses() {
        // The partner's list was imported (in the window) with edited rules: their "Customer"
        // rows are prospects to us, and any other row a customer.
        const QString file = withLists();
        PortfolioData data = *PortfolioFile::load(file).data;
        const Id partner = data.partners.at(0).id;
        const QStringList header{QStringLiteral("Company name"), QStringLiteral("Website"),
                                 QStringLiteral("Status")};
        accounts::AccountMapping mapping =
            accounts::buildAccountMapping(accounts::AccountPreset::Auto, header);
        QCOMPARE(mapping.preset, accounts::AccountPreset::Generic);
        mapping.statusRules.rules = {
            {QString(), QStringLiteral("customer"), accounts::AccountStatus::Prospect}};
        mapping.statusRules.fallback = accounts::AccountStatus::Customer;
        accounts::StoredAccountList &stored = data.accountBook.lists.back();
        QCOMPARE(stored.partnerId, partner);
        stored.list.statusRules = accounts::statusRulesToText(mapping, header);
        QString error;
        QVERIFY2(PortfolioFile::save(data, file, &error), qPrintable(error));
        // What was stored, kept apart: `data` is read again below.
        const QString storedRules = stored.list.statusRules;

        // The next quarter's list on the command line starts with them, and says so in one
        // line on stderr.
        const QStringList args{QStringLiteral("import"),    file,
                               QStringLiteral("--kind"),    QStringLiteral("partner-accounts"),
                               QStringLiteral("--partner"), m_partner,
                               QStringLiteral("--date"),    QStringLiteral("2026-07-01"),
                               QStringLiteral("--csv"),     path("theirs.csv")};
        Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("Status rules: those used with theirs.csv "
                                               "(2026-04-01).")),
                 qPrintable(r.err));
        data = *PortfolioFile::load(file).data;
        const accounts::AccountList &q3 = data.accountBook.latestOf(partner)->list;
        QCOMPARE(q3.importedOn, QDate(2026, 7, 1));
        // By hand: ACME, Müller and Hooli (Customer) prospects; Globex (Prospect) a customer.
        using S = accounts::AccountStatus;
        std::vector<S> statuses;
        for (const accounts::Account &a : q3.accounts)
            statuses.push_back(a.status);
        QCOMPARE(statuses, (std::vector<S>{S::Prospect, S::Customer, S::Prospect, S::Prospect}));
        QCOMPARE(q3.statusRules, storedRules);

        // Our list had the Salesforce layout's rules; a file in another layout gets that
        // layout's rules, and stderr says why.
        QVERIFY(write(path("ours-generic.csv"), "Company,Website,Status\nAcme,acme.co.uk,"
                                                "Customer\n"));
        r = run({QStringLiteral("import"), file, QStringLiteral("--kind"),
                 QStringLiteral("accounts"), QStringLiteral("--csv"), path("ours-generic.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("the defaults of the layout \"Other layout\"")) &&
                     r.err.contains(QStringLiteral("are for the layout \"Salesforce accounts\"")),
                 qPrintable(r.err));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partner list without partner")
            << QStringList{"import", "F", "--kind", "partner-accounts", "--csv", "x.csv"} << 1
            << QStringLiteral("--partner NAME goes with --kind partner-accounts");
        QTest::newRow("column map on deals")
            << QStringList{"import", "F", "--kind", "deals", "--csv", "x.csv", "--map", "name=A"}
            << 1 << QStringLiteral("--map go with account lists");
        QTest::newRow("unknown partner")
            << QStringList{"overlap", "F", "--partner", "Nobody Inc"} << 2
            << QStringLiteral("has no partner named \"Nobody Inc\"");
        QTest::newRow("bad population")
            << QStringList{"overlap", "offer", "F", "--accounts", "friends", "-o", "o.psx"} << 1
            << QStringLiteral("Unknown population \"friends\"");
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString file = withLists();
        args.replace(args.indexOf(QStringLiteral("F")), file);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void privateExchangeEqualsPlainResultOnDomains() {
        // A: our portfolio. B: the partner's own portfolio, whose "our accounts" is theirs.csv.
        const QString a = withLists();
        const QString b = path(QStringLiteral("partner.partnerscope"));
        QString error;
        QVERIFY(clitest::saveDemo(b, &error));
        Run r = run({QStringLiteral("import"), b, QStringLiteral("--kind"),
                     QStringLiteral("accounts"), QStringLiteral("--csv"), path("theirs.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString offer = path("offer.psx"), answer = path("answer.psx");
        r = run({QStringLiteral("overlap"), QStringLiteral("offer"), a,
                 QStringLiteral("--accounts"), QStringLiteral("customers,prospects"),
                 QStringLiteral("-o"), offer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray offerBytes = contents(offer);
        for (const char *domain : {"acme.co.uk", "globex.com", "initech.io", "umbrella.com"}) {
            QVERIFY(!offerBytes.contains(domain));
            for (auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Sha1}) {
                const QByteArray digest = QCryptographicHash::hash(domain, algorithm);
                QVERIFY(!offerBytes.contains(digest));
                QVERIFY(!offerBytes.contains(digest.toHex()));
            }
        }
        r = run({QStringLiteral("overlap"), QStringLiteral("answer"), b, QStringLiteral("--offer"),
                 offer, QStringLiteral("-o"), answer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Lumora"), qPrintable(r.out));

        // The same offer a second time is refused by B.
        r = run({QStringLiteral("overlap"), QStringLiteral("answer"), b, QStringLiteral("--offer"),
                 offer, QStringLiteral("-o"), path("again.psx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("offer.psx"), qPrintable(r.err));

        const PortfolioData data = *PortfolioFile::load(a).data;
        const QString other = data.partners.at(1).name;
        r = run({QStringLiteral("overlap"), QStringLiteral("finish"), a, QStringLiteral("--answer"),
                 answer, QStringLiteral("--partner"), other, QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        // The plain result without the name match (a private exchange matches domains only):
        // Acme customer x customer, Globex prospect x prospect; B revealed 3 domains.
        QCOMPARE(o.value("our_customers_x_their_customers").toInt(), 1);
        QCOMPARE(o.value("our_prospects_x_their_prospects").toInt(), 1);
        QCOMPARE(o.value("our_prospects_x_their_customers").toInt(), 0);
        QCOMPARE(o.value("overlap_total").toInt(), 2);
        QCOMPARE(o.value("theirs_total").toInt(), 3);

        // Replayed: refused, naming the file; the stored overlap stays.
        r = run({QStringLiteral("overlap"), QStringLiteral("finish"), a, QStringLiteral("--answer"),
                 answer, QStringLiteral("--partner"), other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("answer.psx"), qPrintable(r.err));
    }

    void hostileExchangeFilesAreRefused_data() {
        QTest::addColumn<int>("damage");
        QTest::newRow("flipped byte") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("garbage") << 2;
        QTest::newRow("empty") << 3;
        QTest::newRow("offer as answer") << 4;
    }

    void hostileExchangeFilesAreRefused() {
        QFETCH(int, damage);
        const QString a = withLists();
        const QString offer = path(QStringLiteral("h%1.psx").arg(damage));
        Run r = run(
            {QStringLiteral("overlap"), QStringLiteral("offer"), a, QStringLiteral("-o"), offer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QByteArray bytes = contents(offer);
        if (damage == 0)
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        else if (damage == 1)
            bytes.chop(40);
        else if (damage == 2)
            bytes = QByteArray(4096, '\x7f');
        else if (damage == 3)
            bytes.clear();
        const QString hostile = path(QStringLiteral("hostile%1.psx").arg(damage));
        QVERIFY(write(hostile, bytes));
        const QByteArray before = contents(a);
        // As an offer to answer, and as an answer to finish: refused either way.
        r = run({QStringLiteral("overlap"), QStringLiteral("answer"), a, QStringLiteral("--offer"),
                 hostile, QStringLiteral("-o"), path("out.psx")});
        if (damage != 4) {
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("hostile%1.psx").arg(damage)),
                     qPrintable(r.err));
            QCOMPARE(r.errLines().size(), 1);
        }
        r = run({QStringLiteral("overlap"), QStringLiteral("finish"), a, QStringLiteral("--answer"),
                 hostile, QStringLiteral("--partner"), m_partner});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hostile%1.psx").arg(damage)), qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        if (damage != 4)
            QCOMPARE(contents(a), before);
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
