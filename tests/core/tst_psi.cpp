// SPDX-License-Identifier: GPL-3.0-or-later
// Private account mapping by files: the private result equals the plain one, the files carry
// no domain (nor its SHA-256 or SHA-1), and damaged, truncated, replayed or foreign files are
// refused with a sentence naming the file.
#include "core/accounts/overlap.h"
#include "core/accounts/psi.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

#include <set>

using namespace ps::accounts;
using S = AccountStatus;

namespace {

AccountList randomList(quint32 seed, int size, int pool) {
    QRandomGenerator rng(seed);
    const S statuses[] = {S::Customer, S::Prospect, S::OpenOpportunity};
    const char *forms[] = {"https://www.%1.com/", "%1.co.uk", "shop.%1.de", "http://%1.fr:8080/x",
                           "mailto:info@%1.io"};
    AccountList list;
    for (int i = 0; i < size; ++i) {
        Account a;
        const int n = int(rng.bounded(pool));
        a.name = QStringLiteral("Company %1").arg(n);
        a.website = QString::fromLatin1(forms[n % 5]).arg(QStringLiteral("company%1").arg(n));
        a.status = statuses[rng.bounded(3)];
        a.openPipeline = rng.bounded(4) == 0 ? 1000.0 * rng.bounded(50) : 0.0;
        list.accounts.push_back(a);
    }
    deriveKeys(list.accounts);
    return list;
}

struct Exchange {
    PsiOffer offer;
    PsiAnswer answer;
};

Exchange run(const AccountList &a, const AccountList &b) {
    QString error;
    PsiOfferOptions offerOptions;
    offerOptions.ourLabel = QStringLiteral("Alpha Software GmbH");
    offerOptions.populations = {OurPopulation::Customers, OurPopulation::Prospects,
                                OurPopulation::OpenOpportunities};
    auto offer = createOffer(a, offerOptions, &error);
    if (!offer)
        qFatal("offer: %s", qPrintable(error));
    PsiAnswerOptions answerOptions;
    answerOptions.ourLabel = QStringLiteral("Bravo Systems Ltd");
    auto answer = answerOffer(offer->file, QStringLiteral("offer.psx"), b, answerOptions, &error);
    if (!answer)
        qFatal("answer: %s", qPrintable(error));
    return {*offer, *answer};
}

/// Recomputes the trailing BLAKE2b-256 checksum the way the format defines it, so a test can
/// forge a file that passes the checksum (as an attacker could).
QByteArray withChecksum(QByteArray file) {
    const QByteArray body = file.left(file.size() - 32);
    return body + QCryptographicHash::hash(body, QCryptographicHash::Blake2b_256);
}

bool containsHex(const QByteArray &haystack, const QByteArray &digest) {
    return haystack.contains(digest) || haystack.contains(digest.toHex()) ||
           haystack.contains(digest.toHex().toUpper());
}

} // namespace

class TestPsi : public QObject {
    Q_OBJECT

private slots:
    void privateResultEqualsPlainResult_data() {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("pool");
        QTest::newRow("small, dense") << 1u << 60 << 80;
        QTest::newRow("duplicates on both sides") << 2u << 400 << 300;
        QTest::newRow("sparse") << 3u << 500 << 5000;
    }

    void privateResultEqualsPlainResult() {
        QFETCH(quint32, seed);
        QFETCH(int, size);
        QFETCH(int, pool);
        const AccountList a = randomList(seed, size, pool);
        const AccountList b = randomList(seed + 1000, size, pool);
        Exchange ex = run(a, b);
        QString error;
        const auto result = finishExchange(ex.offer.session, ex.answer.file,
                                           QStringLiteral("answer.psx"), {}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->partnerLabel, QStringLiteral("Bravo Systems Ltd"));

        const OverlapResult plain = computeOverlap(a, b);
        const OverlapResult viaPsi = computeOverlap(a, psiPartnerList(*result, QDate(2024, 4, 1)));
        QCOMPARE(viaPsi.cells, plain.cells);
        QCOMPARE(viaPsi.overlapTotal, plain.overlapTotal);
        QVERIFY(plain.overlapTotal > 0);

        // The shared domains and their populations, from the plain pairs.
        std::map<QString, std::pair<int, int>> expected;
        for (const AccountPair &p : plain.pairs) {
            const Account &x = a.accounts[size_t(p.ours)];
            const Account &y = b.accounts[size_t(p.theirs)];
            auto &bits = expected[x.domainKey];
            for (int o = 0; o < OurPopulationCount; ++o)
                bits.first |= inPopulation(x, OurPopulation(o)) ? 1 << o : 0;
            for (int t = 0; t < TheirPopulationCount; ++t)
                bits.second |= inPopulation(y, TheirPopulation(t)) ? 1 << t : 0;
        }
        QCOMPARE(result->shared.size(), expected.size());
        for (const PsiSharedDomain &s : result->shared) {
            QVERIFY2(expected.count(s.domainKey), qPrintable(s.domainKey));
            QCOMPARE(int(s.ourPopulations), expected[s.domainKey].first);
            QCOMPARE(int(s.theirPopulations), expected[s.domainKey].second);
        }
        // Sizes: each side's distinct domains.
        std::set<QString> ourDomains, theirDomains;
        for (const Account &x : a.accounts)
            ourDomains.insert(x.domainKey);
        for (const Account &y : b.accounts)
            theirDomains.insert(y.domainKey);
        QCOMPARE(result->ourTotal, qint64(ourDomains.size()));
        QCOMPARE(result->theirTotal, qint64(theirDomains.size()));
        qint64 sum = 0;
        for (const PsiList &l : ex.answer.offerLists)
            sum += l.count;
        QCOMPARE(sum, qint64(ourDomains.size())); // what B learns: the sizes
    }

    void filesCarryNoDomainNorItsHash() {
        const AccountList a = randomList(11, 300, 1000);
        const AccountList b = randomList(12, 300, 1000);
        const Exchange ex = run(a, b);
        for (const QByteArray *file : {&ex.offer.file, &ex.answer.file}) {
            for (const AccountList *list : {&a, &b}) {
                for (const Account &x : list->accounts) {
                    const QByteArray domain = x.domainKey.toLatin1();
                    QVERIFY(!domain.isEmpty());
                    QVERIFY2(!file->contains(domain), domain.constData());
                    QVERIFY(!file->contains(x.website.toUtf8()));
                    QVERIFY(!file->contains(
                        QByteArray::fromRawData(reinterpret_cast<const char *>(x.domainKey.utf16()),
                                                x.domainKey.size() * 2)));
                    for (const auto algorithm :
                         {QCryptographicHash::Sha256, QCryptographicHash::Sha1,
                          QCryptographicHash::Sha512, QCryptographicHash::Md5})
                        QVERIFY2(!containsHex(*file, QCryptographicHash::hash(domain, algorithm)),
                                 domain.constData());
                }
            }
        }
        // The check can fail: a file with a domain in it is caught.
        QVERIFY(QByteArray("xx" + a.accounts[0].domainKey.toLatin1() + "yy")
                    .contains(a.accounts[0].domainKey.toLatin1()));
        QVERIFY(
            containsHex(QCryptographicHash::hash("acme.com", QCryptographicHash::Sha256).toHex(),
                        QCryptographicHash::hash("acme.com", QCryptographicHash::Sha256)));
    }

    void freshSecretEachExchange() {
        // The same list offered twice: other session ids and other points for every domain.
        AccountList one;
        Account a;
        a.website = QStringLiteral("acme.com");
        a.status = S::Customer;
        one.accounts = {a};
        deriveKeys(one.accounts);
        PsiOfferOptions options;
        options.ourLabel = QStringLiteral("Alpha");
        const auto first = createOffer(one, options);
        const auto second = createOffer(one, options);
        QVERIFY(first && second);
        QVERIFY(first->session.sessionId != second->session.sessionId);
        QCOMPARE(first->file.size(), second->file.size());
        const QByteArray p1 = first->file.mid(first->file.size() - 64, 32);
        const QByteArray p2 = second->file.mid(second->file.size() - 64, 32);
        QVERIFY(p1 != p2);
        QVERIFY(first->session.serialize() != second->session.serialize());
    }

    void offeredDomainsAreShuffled() {
        // 300 customers in file order company0.com, company1.com...: the offer's points (in
        // the session's domain order) follow neither the file's order nor the sorted one, nor
        // the order of an earlier offer of the same list (each by chance with odds 1/300!).
        AccountList list;
        for (int i = 0; i < 300; ++i) {
            Account a;
            a.website = QStringLiteral("company%1.com").arg(i);
            a.status = S::Customer;
            list.accounts.push_back(a);
        }
        deriveKeys(list.accounts);
        std::vector<QString> fileOrder;
        for (const Account &a : list.accounts)
            fileOrder.push_back(a.domainKey);
        std::vector<QString> sorted = fileOrder;
        std::sort(sorted.begin(), sorted.end());
        PsiOfferOptions options;
        options.ourLabel = QStringLiteral("Alpha");
        const auto first = createOffer(list, options);
        const auto second = createOffer(list, options);
        QVERIFY(first && second);
        QCOMPARE(first->session.domains.size(), size_t(300));
        std::vector<QString> offered = first->session.domains;
        QVERIFY(offered != fileOrder);
        QVERIFY(offered != sorted);
        QVERIFY(offered != second->session.domains);
        std::sort(offered.begin(), offered.end());
        QCOMPARE(offered, sorted); // every domain once
    }

    void fileInfo() {
        const Exchange ex = run(randomList(21, 50, 100), randomList(22, 50, 100));
        QString error;
        const auto offer = inspectExchangeFile(ex.offer.file, QStringLiteral("o.psx"), &error);
        QVERIFY2(offer, qPrintable(error));
        QCOMPARE(offer->kind, PsiFileInfo::Kind::Offer);
        QCOMPARE(offer->senderLabel, QStringLiteral("Alpha Software GmbH"));
        QCOMPARE(offer->sessionId, ex.offer.session.sessionId);
        QCOMPARE(offer->lists, ex.offer.session.lists);
        const auto answer = inspectExchangeFile(ex.answer.file, QStringLiteral("a.psx"), &error);
        QVERIFY(answer);
        QCOMPARE(answer->kind, PsiFileInfo::Kind::Answer);
        QCOMPARE(answer->sessionId, ex.offer.session.sessionId);
        QCOMPARE(answer->senderLabel, QStringLiteral("Bravo Systems Ltd"));
    }

    void badFilesAreRefused_data() {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("flipped byte")
            << 0
            << "answer.psx: The file is damaged or was changed after it was written: its checksum "
               "does not match.";
        QTest::newRow("truncated") << 1 << "answer.psx: The file is truncated: it should hold";
        QTest::newRow("truncated header")
            << 2 << "answer.psx: The file is truncated: it ends inside its header.";
        QTest::newRow("foreign") << 3
                                 << "answer.psx: This is not a Partnerscope account-mapping file.";
        QTest::newRow("newer format")
            << 4
            << "answer.psx: The file was written by a newer version of Partnerscope (exchange "
               "format 2); this version reads format 1.";
        QTest::newRow("forged point")
            << 5
            << "answer.psx: The file holds an entry that is not a valid ristretto255 point (list ";
        QTest::newRow("bytes appended")
            << 6 << "answer.psx: The file is damaged: 3 bytes follow its end.";
        QTest::newRow("offer instead of answer")
            << 7 << "answer.psx: This is an offer, not an answer:";
        QTest::newRow("empty") << 8
                               << "answer.psx: This is not a Partnerscope account-mapping file.";
    }

    void badFilesAreRefused() {
        QFETCH(int, damage);
        QFETCH(QString, message);
        Exchange ex = run(randomList(31, 40, 60), randomList(32, 40, 60));
        QByteArray file = ex.answer.file;
        switch (damage) {
        case 0:
            file[file.size() / 2] = char(file[file.size() / 2] ^ 0x01);
            break;
        case 1:
            file.chop(100);
            break;
        case 2:
            file.truncate(30);
            break;
        case 3:
            file = "Account Name,Website\nAcme,acme.com\n" + file;
            break;
        case 4:
            file[8] = 2;
            file = withChecksum(file);
            break;
        case 5: {
            // The first point of B's own list (list 2, after the re-blinded list) set to a
            // non-canonical encoding, with a valid checksum: a forgery, not an accident.
            const auto info = inspectExchangeFile(file, QStringLiteral("x"));
            qint64 reblinded = 0;
            for (const PsiList &l : ex.offer.session.lists)
                reblinded += l.count;
            const qint64 pointsStart = file.size() - 32 - 32 * (reblinded + info->total());
            file.replace(pointsStart + 32 * reblinded, 32, QByteArray(32, char(0xFF)));
            file = withChecksum(file);
            message += QStringLiteral("%1, entry 1): it was damaged or forged.")
                           .arg(ex.offer.session.lists.size() + 1);
            break;
        }
        case 6:
            file += "abc";
            break;
        case 7:
            file = ex.offer.file;
            break;
        case 8:
            file.clear();
            break;
        }
        QString error;
        const QByteArray sessionBefore = ex.offer.session.serialize();
        QVERIFY(!finishExchange(ex.offer.session, file, QStringLiteral("answer.psx"), {}, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error + QLatin1String(" / ") + message));
        // A refused answer leaves the session as it was: the right answer still finishes it.
        QCOMPARE(ex.offer.session.serialize(), sessionBefore);
        QVERIFY(finishExchange(ex.offer.session, ex.answer.file, QStringLiteral("answer.psx")));
    }

    void replayedAndMisdirectedFiles() {
        const AccountList a = randomList(41, 30, 50), b = randomList(42, 30, 50);
        Exchange first = run(a, b);
        Exchange second = run(a, b);
        QString error;
        // An answer to another exchange.
        QVERIFY(!finishExchange(first.offer.session, second.answer.file, QStringLiteral("a2.psx"),
                                {}, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("a2.psx: This answer belongs to another exchange (%1)")
                                 .arg(second.offer.session.idText().left(8))),
            qPrintable(error));
        // A portfolio with several open exchanges finds the one an answer belongs to.
        const std::vector<PsiSession> open = {second.offer.session, first.offer.session};
        QCOMPARE(findPsiSession(open, first.answer.file, QStringLiteral("a1.psx")), 1);
        QCOMPARE(findPsiSession({second.offer.session}, first.answer.file, QStringLiteral("a1.psx"),
                                &error),
                 -1);
        QCOMPARE(error, QStringLiteral("a1.psx: This answer belongs to an exchange (%1) this "
                                       "portfolio did not start, or no longer keeps.")
                            .arg(first.offer.session.idText().left(8)));
        QCOMPARE(findPsiSession(open, first.offer.file, QStringLiteral("o1.psx"), &error), -1);
        QVERIFY2(error.startsWith(QLatin1String("o1.psx: This is an offer, not an answer")),
                 qPrintable(error));
        // The right answer, then the same answer again: finished sessions refuse it.
        QVERIFY(finishExchange(first.offer.session, first.answer.file, QStringLiteral("a1.psx")));
        QVERIFY(first.offer.session.finished);
        QVERIFY(!first.offer.session.hasSecret());
        QVERIFY(!finishExchange(first.offer.session, first.answer.file, QStringLiteral("a1.psx"),
                                {}, &error));
        QVERIFY2(error.contains(QLatin1String("was already finished on")), qPrintable(error));
        // A finished session stored and read back still refuses it.
        auto stored = PsiSession::deserialize(first.offer.session.serialize(), &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(!finishExchange(*stored, first.answer.file, QStringLiteral("a1.psx"), {}, &error));
        QVERIFY(error.contains(QLatin1String("already finished")));
        // B refuses to answer an offer twice.
        PsiAnswerOptions options;
        options.ourLabel = QStringLiteral("Bravo");
        options.answeredOfferIds = {first.answer.offerId};
        QVERIFY(!answerOffer(first.offer.file, QStringLiteral("o1.psx"), b, options, &error));
        QVERIFY2(error.startsWith(QStringLiteral("o1.psx: This offer (exchange %1) was already "
                                                 "answered")
                                      .arg(first.offer.session.idText().left(8))),
                 qPrintable(error));
        // An answer given where an offer is expected.
        options.answeredOfferIds.clear();
        QVERIFY(!answerOffer(first.answer.file, QStringLiteral("a1.psx"), b, options, &error));
        QVERIFY2(error.startsWith(QLatin1String("a1.psx: This is an answer, not an offer")),
                 qPrintable(error));
        // An answer to a different offer under a copied session id: the offer digest differs.
        Exchange third = run(a, b);
        PsiSession impostor = third.offer.session;
        impostor.sessionId = second.offer.session.sessionId;
        QVERIFY(
            !finishExchange(impostor, second.answer.file, QStringLiteral("a2.psx"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("different offer")), qPrintable(error));
    }

    void forgedOfferPointIsRefusedByB() {
        const AccountList a = randomList(51, 20, 40), b = randomList(52, 20, 40);
        const Exchange ex = run(a, b);
        QByteArray offer = ex.offer.file;
        offer.replace(offer.size() - 64, 32, QByteArray(32, '\0')); // the identity
        offer = withChecksum(offer);
        QString error;
        QVERIFY(!answerOffer(offer, QStringLiteral("o.psx"), b, {}, &error));
        QVERIFY2(error.contains(QLatin1String("not a valid ristretto255 point")),
                 qPrintable(error));
    }

    void sessionBytesRoundTrip() {
        const AccountList a = randomList(61, 100, 200), b = randomList(62, 100, 200);
        Exchange ex = run(a, b);
        QString error;
        const QByteArray bytes = ex.offer.session.serialize();
        auto restored = PsiSession::deserialize(bytes, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->sessionId, ex.offer.session.sessionId);
        QCOMPARE(restored->domains, ex.offer.session.domains);
        QCOMPARE(restored->lists, ex.offer.session.lists);
        QCOMPARE(restored->ourLabel, ex.offer.session.ourLabel);
        QVERIFY(restored->hasSecret());
        // A portfolio reopened later finishes the exchange with the stored session.
        const auto viaRestored = finishExchange(*restored, ex.answer.file, QStringLiteral("a.psx"));
        const auto viaOriginal =
            finishExchange(ex.offer.session, ex.answer.file, QStringLiteral("a.psx"));
        QVERIFY(viaRestored && viaOriginal);
        QCOMPARE(viaRestored->shared, viaOriginal->shared);
        // Damaged bytes are refused.
        QByteArray damaged = bytes;
        damaged[40] = char(damaged[40] ^ 0x10);
        QVERIFY(!PsiSession::deserialize(damaged, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(!PsiSession::deserialize(QByteArray("nonsense"), &error));
        QVERIFY(!PsiSession::deserialize(bytes.left(bytes.size() - 5), &error));
    }

    void offerWithoutDomainsIsRefused() {
        AccountList a;
        Account x;
        x.name = QStringLiteral("Acme");
        x.status = S::Customer;
        a.accounts = {x};
        deriveKeys(a.accounts);
        QString error;
        QVERIFY(!createOffer(a, {}, &error));
        QVERIFY2(error.contains(QLatin1String("nothing to offer")), qPrintable(error));
        PsiOfferOptions none;
        none.populations.clear();
        QVERIFY(!createOffer(randomList(1, 5, 5), none, &error));
        QCOMPARE(error, QStringLiteral("Select at least one population to offer."));
    }

    void progressAndCancel() {
        const AccountList a = randomList(71, 2000, 5000);
        PsiOfferOptions options;
        qint64 lastDone = -1, lastTotal = -1;
        options.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        };
        const auto offer = createOffer(a, options);
        QVERIFY(offer);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, qint64(offer->session.domains.size()));
        options.progress = [](qint64, qint64) { return false; };
        QString error;
        QVERIFY(!createOffer(a, options, &error));
        QCOMPARE(error, QStringLiteral("The offer was cancelled."));
    }

    void populationsChosenByEachSide() {
        // A offers customers only; B reveals prospects only.
        const AccountList a = randomList(81, 300, 400), b = randomList(82, 300, 400);
        PsiOfferOptions offerOptions;
        offerOptions.populations = {OurPopulation::Customers};
        auto offer = createOffer(a, offerOptions);
        QVERIFY(offer);
        for (const PsiList &l : offer->session.lists)
            QCOMPARE(l.mask, PopulationMask(1));
        PsiAnswerOptions answerOptions;
        answerOptions.reveal = {TheirPopulation::Prospects};
        const auto answer = answerOffer(offer->file, QStringLiteral("o"), b, answerOptions);
        QVERIFY(answer);
        const auto result = finishExchange(offer->session, answer->file, QStringLiteral("a"));
        QVERIFY(result);
        QVERIFY(!result->shared.empty());
        for (const PsiSharedDomain &s : result->shared) {
            QCOMPARE(s.ourPopulations, PopulationMask(1));
            QCOMPARE(s.theirPopulations, PopulationMask(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestPsi)
#include "tst_psi.moc"
