// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 of the private exchange: A intersects its re-blinded points with B's points blinded
// once more by A.
#include "core/accounts/psi.h"

#include "core/accounts/psicrypto.h"
#include "core/accounts/psiinternal.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace ps::accounts {

using namespace psi_detail;

namespace {

using Point = std::array<unsigned char, psicrypto::PointBytes>;

struct TaggedPoint {
    Point point;
    PopulationMask mask;
    bool operator<(const TaggedPoint &o) const { return point < o.point; }
};

/// Why `ex` cannot be the answer to `session`, or "" when it can.
QString mismatch(const PsiSession &session, const psifile::Exchange &ex) {
    if (ex.kind != Kind::Answer)
        return PsiText::tr("This is an offer, not an answer: the partner answers it in their "
                           "portfolio and sends the answer back.");
    if (ex.sessionId != session.sessionId)
        return PsiText::tr("This answer belongs to another exchange (%1), not to this one (%2).")
            .arg(QString::fromLatin1(ex.sessionId.toHex().left(8)),
                 QString::fromLatin1(session.sessionId.toHex().left(8)));
    if (session.finished)
        return PsiText::tr("This exchange was already finished on %1; an answer is accepted "
                           "only once.")
            .arg(session.finishedAt.toString(Qt::ISODate));
    if (!session.hasSecret())
        return PsiText::tr("The stored exchange has lost its secret; start a new exchange.");
    if (ex.offerDigest != session.offerDigest)
        return PsiText::tr("This answer was made for a different offer than the one sent in "
                           "this exchange.");
    size_t k = 0;
    for (const psifile::ListHeader &list : ex.lists) {
        if (list.role != psifile::Role::Reblinded)
            break;
        if (k >= session.lists.size() || session.lists[k].mask != list.mask ||
            session.lists[k].count != list.count)
            return PsiText::tr("The answer does not return the lists this exchange offered.");
        ++k;
    }
    if (k != session.lists.size())
        return PsiText::tr("The answer does not return the lists this exchange offered.");
    for (size_t i = k; i < ex.lists.size(); ++i)
        if (ex.lists[i].role != psifile::Role::Own || ex.lists[i].mask > 3)
            return PsiText::tr("The file is damaged: list %1 is not valid.").arg(i + 1);
    return {};
}

} // namespace

int findPsiSession(const std::vector<PsiSession> &sessions, const QByteArray &answerFile,
                   const QString &answerFileName, QString *error) {
    const auto ex = psifile::read(answerFile, answerFileName, error);
    if (!ex)
        return -1;
    if (ex->kind != Kind::Answer) {
        fail(error, inFile(answerFileName, mismatch(PsiSession(), *ex)));
        return -1;
    }
    for (size_t i = 0; i < sessions.size(); ++i)
        if (sessions[i].sessionId == ex->sessionId)
            return int(i);
    fail(error, inFile(answerFileName,
                       PsiText::tr("This answer belongs to an exchange (%1) this portfolio did not "
                                   "start, or no longer keeps.")
                           .arg(QString::fromLatin1(ex->sessionId.toHex().left(8)))));
    return -1;
}

std::optional<PsiResult> finishExchange(PsiSession &session, const QByteArray &answerFile,
                                        const QString &answerFileName,
                                        const PsiFinishOptions &options, QString *error) {
    if (!psicrypto::ready())
        return refused(error, PsiText::tr("The cryptographic library could not be started."));
    const auto ex = psifile::read(answerFile, answerFileName, error);
    if (!ex)
        return std::nullopt;
    const QString wrong = mismatch(session, *ex);
    if (!wrong.isEmpty())
        return refused(error, inFile(answerFileName, wrong));

    // Points 0..offered-1: our domains blinded by both scalars, in the order of session.domains.
    // Points offered..: the partner's domains blinded by their scalar; we multiply them by ours.
    const qint64 offered = qint64(session.domains.size());
    const qint64 total = ex->pointCount();
    const qint64 theirs = total - offered;
    std::vector<TaggedPoint> theirPoints(static_cast<size_t>(theirs));
    {
        qint64 index = 0;
        for (size_t l = session.lists.size(); l < ex->lists.size(); ++l)
            for (qint64 j = 0; j < ex->lists[l].count; ++j)
                theirPoints[size_t(index++)].mask = ex->lists[l].mask;
    }
    const unsigned char *secret = PsiSessionAccess::secret(session);
    FirstBad bad;
    const bool done = parallelFor(
        total, Chunk, workerCount(options.threads),
        [&](qint64 begin, qint64 end, int) {
            for (qint64 i = begin; i < end; ++i) {
                const unsigned char *p =
                    pointAt(answerFile, ex->pointsOffset + i * psifile::PointBytes);
                if (!psicrypto::isValidPoint(p))
                    bad.report(i);
                else if (i >= offered &&
                         !psicrypto::multiply(theirPoints[size_t(i - offered)].point.data(), secret,
                                              p))
                    bad.report(i);
            }
        },
        options.progress);
    if (!done)
        return refused(error, PsiText::tr("Finishing the exchange was cancelled."));
    if (bad.any())
        return refused(error, inFile(answerFileName, badPointSentence(*ex, bad.index())));

    std::sort(theirPoints.begin(), theirPoints.end());
    PsiResult result;
    result.sessionId = session.sessionId;
    result.partnerLabel = ex->label;
    result.answeredAt = ex->createdAt;
    result.ourTotal = offered;
    result.theirLists = ownLists(*ex);
    result.theirTotal = theirs;
    qint64 offset = 0;
    for (const PsiList &list : session.lists) {
        for (qint64 j = 0; j < list.count; ++j) {
            TaggedPoint probe;
            std::memcpy(probe.point.data(),
                        pointAt(answerFile, ex->pointsOffset + (offset + j) * psifile::PointBytes),
                        psicrypto::PointBytes);
            auto it = std::lower_bound(theirPoints.begin(), theirPoints.end(), probe);
            PopulationMask theirMask = 0;
            for (; it != theirPoints.end() && it->point == probe.point; ++it)
                theirMask |= it->mask; // a point listed twice (a forged answer) merges
            if (theirMask)
                result.shared.push_back(
                    {session.domains[size_t(offset + j)], list.mask, theirMask});
        }
        offset += list.count;
    }
    std::sort(result.shared.begin(), result.shared.end(),
              [](const PsiSharedDomain &a, const PsiSharedDomain &b) {
                  return a.domainKey < b.domainKey;
              });

    session.finished = true;
    session.finishedAt = QDateTime::currentDateTimeUtc();
    session.partnerLabel = ex->label;
    psicrypto::wipe(PsiSessionAccess::secret(session), psicrypto::ScalarBytes);
    return result;
}

} // namespace ps::accounts
