// SPDX-License-Identifier: GPL-3.0-or-later
// The three steps of the private exchange. Every step spends its time in scalar
// multiplications, run on every core through parallelFor(); the rest (hashing domains to the
// group, checking points, shuffling, writing the file) is a small fraction of that.
#include "core/accounts/psi.h"

#include "core/accounts/accounttext.h"
#include "core/accounts/psicrypto.h"
#include "core/accounts/psifile.h"
#include "core/accounts/psiinternal.h"
#include "core/import/stringindex.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <map>

namespace ps::accounts {

using namespace psi_detail;

namespace {

bool validLabel(const QString &label) {
    if (label.toUtf8().size() > psifile::MaxLabelBytes)
        return false;
    for (const QChar c : label)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return false;
    return true;
}

/// The distinct domains of `accounts` by the exact set of selected populations each is in
/// (`bitsOf` gives an account's bits among the selected ones), every list shuffled. This runs
/// on one thread before the multiplications start, so it is kept lean: the domains are
/// deduplicated with core/import's StringIndex (a third of QHash's time at 100,000 domains),
/// and they are not sorted before the shuffle: a uniformly random permutation leaves no trace
/// of the order it was applied to (here the order of first appearance).
template <typename BitsOf>
std::map<PopulationMask, std::vector<QString>> shuffledLists(const std::vector<Account> &accounts,
                                                             BitsOf bitsOf) {
    import::detail::StringIndex<int> index; // domain -> position in `distinct`
    index.reserve(qsizetype(accounts.size()));
    std::vector<std::pair<QString, PopulationMask>> distinct;
    for (const Account &a : accounts) {
        if (a.domainKey.isEmpty())
            continue;
        const PopulationMask b = bitsOf(a);
        if (!b)
            continue;
        bool inserted = false;
        const int at = index.findOrInsert(a.domainKey, int(distinct.size()), &inserted);
        if (inserted)
            distinct.emplace_back(a.domainKey, b);
        else
            distinct[size_t(at)].second |= b;
    }
    std::map<PopulationMask, std::vector<QString>> lists;
    for (auto &[domain, mask] : distinct)
        lists[mask].push_back(std::move(domain));
    for (auto &[mask, domains] : lists) {
        const std::vector<quint32> order = psicrypto::randomPermutation(domains.size());
        std::vector<QString> shuffled(domains.size());
        for (size_t i = 0; i < order.size(); ++i)
            shuffled[i] = std::move(domains[order[i]]);
        domains = std::move(shuffled);
    }
    return lists;
}

} // namespace

qint64 PsiFileInfo::total() const {
    qint64 n = 0;
    for (const PsiList &list : lists)
        n += list.count;
    return n;
}

std::optional<PsiFileInfo> inspectExchangeFile(const QByteArray &file, const QString &fileName,
                                               QString *error) {
    const auto ex = psifile::read(file, fileName, error);
    if (!ex)
        return std::nullopt;
    PsiFileInfo info;
    info.kind = ex->kind;
    info.formatVersion = ex->version;
    info.sessionId = ex->sessionId;
    info.senderLabel = ex->label;
    info.createdAt = ex->createdAt;
    info.lists = ownLists(*ex);
    return info;
}

std::optional<PsiOffer> createOffer(const AccountList &ours, const PsiOfferOptions &options,
                                    QString *error) {
    if (!psicrypto::ready())
        return refused(error, PsiText::tr("The cryptographic library could not be started."));
    if (!validLabel(options.ourLabel))
        return refused(error, PsiText::tr("The organisation label must be at most %1 bytes of "
                                          "text without control characters.")
                                  .arg(psifile::MaxLabelBytes));
    PopulationMask selected = 0;
    for (const OurPopulation p : options.populations)
        selected |= PopulationMask(1u << int(p));
    if (!selected)
        return refused(error, PsiText::tr("Select at least one population to offer."));
    const auto lists = shuffledLists(ours.accounts, [&](const Account &a) {
        PopulationMask bits = 0;
        for (int p = 0; p < OurPopulationCount; ++p)
            if ((selected & (1u << p)) && inPopulation(a, OurPopulation(p)))
                bits |= PopulationMask(1u << p);
        return bits;
    });
    if (lists.empty())
        return refused(error, PsiText::tr("No account of the selected populations has a website "
                                          "with a registrable domain, so there is nothing to "
                                          "offer."));

    PsiOffer offer;
    PsiSession &session = offer.session;
    session.sessionId = QByteArray(psifile::SessionIdBytes, Qt::Uninitialized);
    psicrypto::randomBytes(session.sessionId.data(), size_t(session.sessionId.size()));
    psicrypto::randomScalar(PsiSessionAccess::secret(session));
    session.ourLabel = options.ourLabel;
    session.createdAt = QDateTime::currentDateTimeUtc();
    psifile::Exchange ex;
    ex.kind = Kind::Offer;
    ex.sessionId = session.sessionId;
    ex.offerDigest = QByteArray(psifile::DigestBytes, '\0');
    ex.createdAt = session.createdAt;
    ex.label = options.ourLabel;
    for (const auto &[mask, domains] : lists) {
        session.lists.push_back({mask, qint64(domains.size())});
        ex.lists.push_back({mask, psifile::Role::Own, qint64(domains.size())});
        session.domains.insert(session.domains.end(), domains.begin(), domains.end());
    }

    const qint64 n = qint64(session.domains.size());
    QByteArray points(n * psifile::PointBytes, Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(points.data());
    const unsigned char *secret = PsiSessionAccess::secret(session);
    FirstBad bad;
    const bool done = parallelFor(
        n, Chunk, workerCount(options.threads),
        [&](qint64 begin, qint64 end, int) {
            unsigned char h[psicrypto::PointBytes];
            for (qint64 i = begin; i < end; ++i) {
                psicrypto::hashToGroup(session.domains[size_t(i)].toLatin1(), h);
                if (!psicrypto::multiply(out + i * psifile::PointBytes, secret, h))
                    bad.report(i);
            }
        },
        options.progress);
    if (!done)
        return refused(error, PsiText::tr("The offer was cancelled."));
    if (bad.any())
        return refused(error, PsiText::tr("A domain could not be blinded; try again."));
    offer.file = psifile::write(ex, points);
    session.offerDigest = psifile::digest(offer.file);
    return offer;
}

std::optional<PsiAnswer> answerOffer(const QByteArray &offerFile, const QString &offerFileName,
                                     const AccountList &ours, const PsiAnswerOptions &options,
                                     QString *error) {
    if (!psicrypto::ready())
        return refused(error, PsiText::tr("The cryptographic library could not be started."));
    const auto ex = psifile::read(offerFile, offerFileName, error);
    if (!ex)
        return std::nullopt;
    if (ex->kind != Kind::Offer)
        return refused(error, inFile(offerFileName,
                                     PsiText::tr("This is an answer, not an offer: finish the "
                                                 "exchange with it in the portfolio that made the "
                                                 "offer.")));
    if (std::find(options.answeredOfferIds.begin(), options.answeredOfferIds.end(),
                  ex->sessionId) != options.answeredOfferIds.end())
        return refused(error,
                       inFile(offerFileName,
                              PsiText::tr("This offer (exchange %1) was already answered; a second "
                                          "answer would let its sender compare the two.")
                                  .arg(QString::fromLatin1(ex->sessionId.toHex().left(8)))));
    if (!validLabel(options.ourLabel))
        return refused(error, PsiText::tr("The organisation label must be at most %1 bytes of "
                                          "text without control characters.")
                                  .arg(psifile::MaxLabelBytes));
    PopulationMask revealed = 0;
    for (const TheirPopulation p : options.reveal)
        revealed |= PopulationMask(1u << int(p));
    const auto lists = shuffledLists(ours.accounts, [&](const Account &a) {
        PopulationMask bits = 0;
        for (int p = 0; p < TheirPopulationCount; ++p)
            if ((revealed & (1u << p)) && inPopulation(a, TheirPopulation(p)))
                bits |= PopulationMask(1u << p);
        return bits;
    });
    if (lists.empty())
        return refused(error, PsiText::tr("No account of the populations to reveal has a website "
                                          "with a registrable domain, so there is nothing to "
                                          "answer with."));

    psifile::Exchange answer;
    answer.kind = Kind::Answer;
    answer.sessionId = ex->sessionId;
    answer.offerDigest = psifile::digest(offerFile);
    answer.createdAt = QDateTime::currentDateTimeUtc();
    answer.label = options.ourLabel;
    for (const psifile::ListHeader &list : ex->lists)
        answer.lists.push_back({list.mask, psifile::Role::Reblinded, list.count});
    std::vector<const QString *> own;
    for (const auto &[mask, domains] : lists) {
        answer.lists.push_back({mask, psifile::Role::Own, qint64(domains.size())});
        for (const QString &d : domains)
            own.push_back(&d);
    }

    const qint64 received = ex->pointCount();
    const qint64 total = received + qint64(own.size());
    QByteArray points(total * psifile::PointBytes, Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(points.data());
    std::array<unsigned char, psicrypto::ScalarBytes> scalar;
    psicrypto::randomScalar(scalar.data());
    FirstBad bad;
    const bool done = parallelFor(
        total, Chunk, workerCount(options.threads),
        [&](qint64 begin, qint64 end, int) {
            unsigned char h[psicrypto::PointBytes];
            for (qint64 i = begin; i < end; ++i) {
                unsigned char *target = out + i * psifile::PointBytes;
                if (i < received) {
                    const unsigned char *p =
                        pointAt(offerFile, ex->pointsOffset + i * psifile::PointBytes);
                    if (!psicrypto::isValidPoint(p) ||
                        !psicrypto::multiply(target, scalar.data(), p))
                        bad.report(i);
                } else {
                    psicrypto::hashToGroup(own[size_t(i - received)]->toLatin1(), h);
                    if (!psicrypto::multiply(target, scalar.data(), h))
                        bad.report(i);
                }
            }
        },
        options.progress);
    psicrypto::wipe(scalar.data(), scalar.size());
    if (!done)
        return refused(error, PsiText::tr("The answer was cancelled."));
    if (bad.any()) {
        const QString sentence = bad.index() < received
                                     ? badPointSentence(*ex, bad.index())
                                     : PsiText::tr("A domain could not be blinded; try again.");
        return refused(error, inFile(offerFileName, sentence));
    }
    PsiAnswer result;
    result.file = psifile::write(answer, points);
    result.offerId = ex->sessionId;
    result.offerLabel = ex->label;
    result.offerLists = ownLists(*ex);
    return result;
}

AccountList psiPartnerList(const PsiResult &result, const QDate &importedOn) {
    AccountList list;
    list.importedOn = importedOn;
    list.sourceName = result.partnerLabel;
    list.declaredTotal = result.theirTotal;
    for (const PsiSharedDomain &shared : result.shared) {
        for (int p = 0; p < TheirPopulationCount; ++p) {
            if (!(shared.theirPopulations & (1u << p)))
                continue;
            Account a;
            a.crmSource = QStringLiteral("psi");
            a.website = shared.domainKey;
            a.domainKey = shared.domainKey;
            a.status = p == int(TheirPopulation::Customers) ? AccountStatus::Customer
                                                            : AccountStatus::Prospect;
            list.accounts.push_back(a);
        }
    }
    return list;
}

} // namespace ps::accounts
