// SPDX-License-Identifier: GPL-3.0-or-later
// The two matching keys of account mapping: the registrable domain of a website (Public Suffix
// List through libpsl) and the normalized company name.
#include "core/accounts/companyname.h"
#include "core/accounts/domainkey.h"

#include <QRandomGenerator>
#include <QTest>

#include <libpsl.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace ps::accounts;

class TestAccountKeys : public QObject {
    Q_OBJECT

private slots:
    void registrableDomains_data() {
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const char *website, const char *key) {
            QTest::newRow(name) << QString::fromUtf8(website) << QString::fromUtf8(key);
        };
        // The examples: one account, whatever the spelling.
        row("url with scheme, case, path", "HTTPS://WWW.Acme.co.uk/about", "acme.co.uk");
        row("subdomain", "shop.acme.co.uk", "acme.co.uk");
        row("trailing slash", "acme.co.uk/", "acme.co.uk");
        row("port", "www.acme.com:8080", "acme.com");
        row("mailto", "mailto:x@acme.de", "acme.de");
        row("plain e-mail", "sales@ACME.de", "acme.de");
        row("user info, query, fragment", "http://user:pw@www.acme.fr:443/a/b?q=1#top", "acme.fr");
        row("spaces and trailing dot", "  acme.com.  ", "acme.com");
        row("several urls: the first", "acme.com, acme.de", "acme.com");
        row("protocol-relative", "//cdn.acme.io/lib.js", "acme.io");
        row("deep subdomain", "a.b.c.d.example.com", "example.com");
        row("backslash path", "acme.com\\index.html", "acme.com");
        // Public suffixes and private suffixes are never an account.
        row("co.uk", "co.uk", "");
        row("www.co.uk url", "https://co.uk/", "");
        row("com", "com", "");
        row("dot com", ".com", "");
        row("github.io", "https://github.io/", "");
        row("www and a public suffix: no company", "www.co.uk", "");
        row("www alone before a tld is kept", "www.com", "www.com");
        row("a github pages site", "https://acme.github.io/docs", "acme.github.io");
        row("blogspot.com", "blogspot.com", "");
        row("wildcard rule", "foo.kawasaki.jp", "");
        row("exception to a wildcard", "www.city.kawasaki.jp", "city.kawasaki.jp");
        // Not host names.
        row("single label", "localhost", "");
        row("company name", "acme", "");
        row("ipv4", "http://192.168.1.10:8080/", "");
        row("ipv6", "http://[::1]/", "");
        row("n/a", "n/a", "");
        row("empty", "", "");
        row("space inside", "acme .com", "");
        row("underscore is kept", "my_host.acme.com", "acme.com");
        row("label over 63", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
            "");
        row("bad characters", "acme!.com", "");
        // Internationalized names: one key in the ASCII ("xn--") form, whichever is written.
        row("idn unicode", "https://www.Bücher.de/", "xn--bcher-kva.de");
        row("idn upper case", "BÜCHER.DE", "xn--bcher-kva.de");
        row("idn ace", "xn--bcher-kva.de", "xn--bcher-kva.de");
        row("idn subdomain of idn", "shop.münchen.de", "xn--mnchen-3ya.de");
        row("idn full-width dot", "bücher\u3002de", "xn--bcher-kva.de");
        row("idn tld", "www.食狮.中国", "xn--85x722f.xn--fiqs8s");
        row("idn public suffix", "中国", "");
        row("idn public suffix ace", "xn--fiqs8s", "");
    }

    void registrableDomains() {
        QFETCH(QString, website);
        QFETCH(QString, key);
        QCOMPARE(registrableDomain(website), key);
    }

    void agreesWithLibpslOwnWalk_data() {
        QTest::addColumn<QString>("host");
        for (const char *host : {"acme.co.uk",
                                 "shop.acme.co.uk",
                                 "a.b.c.example.com",
                                 "x.blogspot.com",
                                 "blogspot.com",
                                 "foo.bar.github.io",
                                 "github.io",
                                 "city.kawasaki.jp",
                                 "x.city.kawasaki.jp",
                                 "foo.kawasaki.jp",
                                 "a.b.foo.kawasaki.jp",
                                 "a.www.ck",
                                 "www.ck",
                                 "foo.unknowntld",
                                 "a.foo.unknowntld",
                                 "xn--mnchen-3ya.de",
                                 "shop.xn--mnchen-3ya.de",
                                 "xn--85x722f.xn--fiqs8s",
                                 "s3.amazonaws.com",
                                 "bucket.s3.amazonaws.com",
                                 "a.b.compute.amazonaws.com",
                                 "co.uk",
                                 "uk",
                                 "com",
                                 "forgot.his.name",
                                 "his.name",
                                 "x.forgot.his.name",
                                 "a.b.c.d.e.f.g.co.jp",
                                 "example.com.au",
                                 "x.y.example.com.au",
                                 "gov.uk",
                                 "x.gov.uk"})
            QTest::newRow(host) << QString::fromLatin1(host);
    }

    void agreesWithLibpslOwnWalk() {
        // An independent check: libpsl's own psl_registrable_domain() on its built-in list
        // (the same data as the list registrableDomain() loads) gives the same key.
        QFETCH(QString, host);
        const QByteArray bytes = host.toLatin1();
        const char *expected = psl_registrable_domain(psl_builtin(), bytes.constData());
        QCOMPARE(registrableDomain(host), expected ? QString::fromLatin1(expected) : QString());
    }

    void hosts() {
        QCOMPARE(websiteHost(u"HTTPS://WWW.Acme.co.uk:8443/about"),
                 QStringLiteral("www.acme.co.uk"));
        QCOMPARE(websiteHost(u"mailto:x@Shop.Acme.de"), QStringLiteral("shop.acme.de"));
        QCOMPARE(websiteHost(u"https://www.Bücher.de"), QStringLiteral("www.xn--bcher-kva.de"));
        QCOMPARE(websiteHost(u"10.0.0.1"), QString());
    }

    void publicSuffixes_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("co.uk") << QStringLiteral("co.uk") << true;
        QTest::newRow("uk") << QStringLiteral("uk") << true;
        QTest::newRow("github.io") << QStringLiteral("github.io") << true;
        QTest::newRow("acme.co.uk") << QStringLiteral("acme.co.uk") << false;
        QTest::newRow("xn--fiqs8s") << QStringLiteral("xn--fiqs8s") << true;
    }

    void publicSuffixes() {
        QFETCH(QString, host);
        QFETCH(bool, isPublic);
        QCOMPARE(isPublicSuffix(host), isPublic);
    }

    void listInfoNamesTheList() {
        const QString info = publicSuffixListInfo();
        QVERIFY2(info.startsWith(QLatin1String("libpsl 0.")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("list")), qPrintable(info));
    }

    void threadsAgree() {
        // Many threads deriving keys at once (each with its own tail cache) give the answers one
        // thread gives.
        std::vector<QString> sites;
        for (int i = 0; i < 4000; ++i)
            sites.push_back(QStringLiteral("https://www.company%1.%2/x")
                                .arg(i)
                                .arg(i % 3 == 0   ? QStringLiteral("co.uk")
                                     : i % 3 == 1 ? QStringLiteral("com")
                                                  : QStringLiteral("github.io")));
        std::vector<QString> expected;
        for (const QString &s : sites)
            expected.push_back(registrableDomain(s));
        QCOMPARE(expected[0], QStringLiteral("company0.co.uk"));
        QCOMPARE(expected[2], QStringLiteral("company2.github.io"));
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (size_t i = 0; i < sites.size(); ++i)
                    if (registrableDomain(sites[i]) != expected[i])
                        ++mismatches;
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void companyNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const char *key) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(key);
        };
        row("Acme, Inc.", "acme");
        row("ACME Incorporated", "acme");
        row("Acme Ltd", "acme");
        row("Acme Limited", "acme");
        row("Acme LLC", "acme");
        row("Acme Corp.", "acme");
        row("Acme Corporation", "acme");
        row("Acme Co.", "acme");
        row("Acme Co., Ltd.", "acme");
        row("Acme GmbH", "acme");
        row("Acme GmbH & Co. KG", "acme");
        row("Acme AG", "acme");
        row("Acme S.A.", "acme");
        row("ACME SA", "acme");
        row("Acme S. A.", "acme");
        row("Acme S.A.S.", "acme");
        row("Acme SARL", "acme");
        row("Acme B.V.", "acme");
        row("Acme N.V.", "acme");
        row("Acme A/S", "acme");
        row("Acme AB (publ)", "acme");
        row("Acme Oy", "acme");
        row("Acme K.K.", "acme");
        row("Acme Pty Ltd", "acme");
        row("Acme Pty. Ltd.", "acme");
        row("Acme PLC", "acme");
        row("Acme S.p.A.", "acme");
        row("Acme S.r.l.", "acme");
        row("Acme S.A. de C.V.", "acme");
        row("Acme Sp. z o.o.", "acme");
        row("Acme Sdn. Bhd.", "acme");
        row("Acme Holdings", "acmeholdings");
        row("Société Générale S.A.", "societegenerale");
        row("Nestlé", "nestle");
        row("Ørsted A/S", "orsted");
        row("Straße AG", "strasse");
        row("Łódź Logistics", "lodzlogistics");
        row("ＡＣＭＥ Ｌｔｄ", "acme");
        row("The Boeing Company", "boeing");
        row("Marks & Spencer plc", "marksspencer");
        row("Marks and Spencer", "marksspencer");
        row("Coca-Cola", "cocacola");
        row("Coca Cola Co", "cocacola");
        row("O'Neill Ltd", "oneill");
        row("Limited", "limited");
        row("AG", "ag");
        row("株式会社アクメ", "アクメ");
        row("トヨタ自動車株式会社", "トヨタ自動車");
        row("ООО Ромашка", "ромашка");
        row("腾讯有限公司", "腾讯");
        row("", "");
        row("!!!", "");
    }

    void companyNames() {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(normalizedCompanyName(name), key);
    }

    void asciiAndUnicodePathsAgree() {
        // ASCII names take a fast path; the same name with a combining mark (dropped by the
        // decomposition) takes the general one. Both must give the same key.
        const char *vocabulary[] = {"Acme", "the",       "and",    "&",       "Co.",     "Ltd",
                                    "S.A.", "de",        "C.V.",   "GmbH",    "KG",      "Pty",
                                    "A/S",  "AB",        "(publ)", "Holding", "O'Brien", "-",
                                    "Inc.", "Sp.",       "z",      "o.o.",    "Limited", "s",
                                    "a",    "Kabushiki", "Kaisha", "Beta",    ",",       "Group"};
        QRandomGenerator rng(5);
        for (int i = 0; i < 20000; ++i) {
            QString name;
            const int words = 1 + int(rng.bounded(7));
            for (int w = 0; w < words; ++w)
                name += QString::fromLatin1(vocabulary[rng.bounded(int(std::size(vocabulary)))]) +
                        (rng.bounded(3) ? QStringLiteral(" ") : QString());
            const QString viaUnicode = normalizedCompanyName(name + QChar(0x0301));
            QCOMPARE(normalizedCompanyName(name), viaUnicode);
        }
    }

    void legalFormsAreListed() {
        const QStringList forms = legalFormSuffixes();
        for (const char *form :
             {"ltd", "limited", "llc", "inc", "corp", "gmbh", "ag",  "sa",  "sas", "sarl", "bv",
              "nv",  "as",      "ab",  "oy",  "kk",   "pty",  "plc", "spa", "srl", "co"})
            QVERIFY2(forms.contains(QLatin1String(form)), form);
        QVERIFY(legalFormAffixes().contains(QStringLiteral("株式会社")));
    }
};

QTEST_GUILESS_MAIN(TestAccountKeys)
#include "tst_accountkeys.moc"
