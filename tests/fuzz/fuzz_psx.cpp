// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the account-mapping exchange files (offer and answer) and the stored session.
// Each input is read as it is, and once more with its session id, offer digest and checksum
// fixed up to those of this process's own exchange, so the mutations reach the lists and the
// points behind the checks an accidental change already fails.
//
// Properties beyond "no crash, no sanitizer finding":
// - an accepted offer yields an answer that reads back as an answer to the same session;
// - an accepted answer finishes the session, and the shared domains are domains it offered;
// - a refused file leaves the session unfinished, with its secret.
#include "fuzzcheck.h"

#include "core/accounts/psi.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>
#include <set>

using namespace ps::accounts;

namespace {

constexpr qint64 MaxPoints = 64; // each point costs a scalar multiplication (~0.15 ms)

AccountList list(std::initializer_list<const char *> sites) {
    AccountList l;
    for (const char *site : sites) {
        Account a;
        a.website = QString::fromLatin1(site);
        a.status = AccountStatus::Customer;
        l.accounts.push_back(a);
    }
    deriveKeys(l.accounts, 1);
    return l;
}

const AccountList &ours() {
    static const AccountList l = list({"acme.com", "beta.de", "gamma.co.uk"});
    return l;
}

const AccountList &theirs() {
    static const AccountList l = list({"beta.de", "delta.fr", "gamma.co.uk", "zeta.io"});
    return l;
}

const PsiOffer &offer() {
    static const PsiOffer o = [] {
        PsiOfferOptions options;
        options.ourLabel = QStringLiteral("Fuzz");
        options.threads = 1;
        return *createOffer(ours(), options);
    }();
    return o;
}

QByteArray fixedUp(QByteArray file) {
    if (file.size() < 8 + 4 + 16 + 32 + 32)
        return file;
    file.replace(12, 16, offer().session.sessionId);
    file.replace(28, 32, offer().session.offerDigest);
    const QByteArray body = file.left(file.size() - 32);
    return body + QCryptographicHash::hash(body, QCryptographicHash::Blake2b_256);
}

void exercise(const QByteArray &bytes) {
    QString error;
    const auto info = inspectExchangeFile(bytes, QStringLiteral("fuzz.psx"), &error);
    PS_FUZZ_CHECK(info || !error.isEmpty(), "a refusal without a sentence");
    if (!info || info->total() > MaxPoints)
        return;
    PsiAnswerOptions answerOptions;
    answerOptions.ourLabel = QStringLiteral("Partner");
    answerOptions.threads = 1;
    const auto answer =
        answerOffer(bytes, QStringLiteral("fuzz.psx"), theirs(), answerOptions, &error);
    if (answer) {
        const auto back = inspectExchangeFile(answer->file, QStringLiteral("answer.psx"), &error);
        PS_FUZZ_CHECK(back && back->kind == PsiFileInfo::Kind::Answer &&
                          back->sessionId == info->sessionId,
                      "an answer that does not read back");
    }
    PsiSession session = offer().session;
    PsiFinishOptions finishOptions;
    finishOptions.threads = 1;
    const auto result =
        finishExchange(session, bytes, QStringLiteral("fuzz.psx"), finishOptions, &error);
    if (!result) {
        PS_FUZZ_CHECK(!session.finished && session.hasSecret(),
                      "a refused answer changed the session");
        return;
    }
    PS_FUZZ_CHECK(session.finished && !session.hasSecret(), "a finished session kept its secret");
    const std::set<QString> offered(session.domains.begin(), session.domains.end());
    for (const PsiSharedDomain &shared : result->shared)
        PS_FUZZ_CHECK(offered.count(shared.domainKey) == 1, "a shared domain that was not offered");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    exercise(bytes);
    exercise(fixedUp(bytes));
    QString error;
    if (const auto session = PsiSession::deserialize(bytes, &error))
        PS_FUZZ_CHECK(PsiSession::deserialize(session->serialize()).has_value(),
                      "a stored session that does not read back");
    return 0;
}
