// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

/// Private account mapping between two companies, by files sent by mail, with no third party:
/// Diffie-Hellman private set intersection over ristretto255 (libsodium). docs/account-mapping.md
/// explains the protocol, what each side learns, the file format and the threat model.
///
/// A (who wants to know the overlap) and B (the partner):
/// 1. A: createOffer() -> an offer file to send to B, and a PsiSession to keep (secret).
/// 2. B: answerOffer() on B's own list -> an answer file to send back to A; B keeps the offer's
///    id in its list of answered offers.
/// 3. A: finishExchange() with the session -> the shared registrable domains, each with A's and
///    B's populations. B learns only the sizes of A's lists (run the steps the other way round
///    for B to learn the overlap too).
namespace ps::accounts {

/// Bits of a list's population mask: OurPopulation (A's lists) or TheirPopulation (B's lists),
/// bit = 1 << index ("customers" = 1, "prospects" = 2, "open opportunities" = 4).
using PopulationMask = quint8;

/// One list of an exchange: the domains whose exact population set is `mask`, and how many.
/// Each domain is sent once, in the list of all the sender's selected populations it is in.
struct PsiList {
    PopulationMask mask = 0;
    qint64 count = 0;
    bool operator==(const PsiList &o) const { return mask == o.mask && count == o.count; }
};

/// What A keeps between its offer and B's answer. Holds the secret scalar and A's domains in
/// the order of the offer's points: it never goes in a file sent out. Store it in the
/// portfolio with serialize(); finishExchange() marks it finished and wipes the scalar.
class PsiSession {
public:
    PsiSession();
    ~PsiSession();
    PsiSession(const PsiSession &other);
    PsiSession &operator=(const PsiSession &other);

    QByteArray sessionId;         ///< 16 random bytes, also in the offer and the answer
    QString ourLabel;             ///< A's organisation label as written in the offer
    QDateTime createdAt;          ///< UTC
    std::vector<PsiList> lists;   ///< the offer's lists, in file order
    std::vector<QString> domains; ///< registrable domains, in the order of the offer's points
    QByteArray offerDigest;       ///< BLAKE2b-256 of the offer file, to bind the answer
    bool finished = false;
    QDateTime finishedAt; ///< UTC, when finished
    QString partnerLabel; ///< B's label, when finished

    /// The session as bytes (magic, version, fields, checksum), secret included, for the
    /// portfolio. Never send them to anyone.
    QByteArray serialize() const;
    /// Reads serialize()'s bytes; nullopt with *error (one sentence) when they are damaged or
    /// not a session.
    static std::optional<PsiSession> deserialize(const QByteArray &bytes, QString *error = nullptr);

    /// The session id as 32 hexadecimal digits (for display, first 8 are enough).
    QString idText() const { return QString::fromLatin1(sessionId.toHex()); }

    bool hasSecret() const; ///< false once finished (the scalar is wiped)

private:
    friend struct PsiSessionAccess;
    std::array<unsigned char, 32> m_secret{};
};

/// A's options for an offer.
struct PsiOfferOptions {
    QString ourLabel; ///< A's organisation, shown to B (at most 200 bytes of UTF-8)
    std::vector<OurPopulation> populations{OurPopulation::Customers, OurPopulation::Prospects};
    int threads = 0;   ///< 0: every core
    Progress progress; ///< counts domains; may cancel
};

/// The offer to send and the session to keep.
struct PsiOffer {
    QByteArray file;
    PsiSession session;
};

/// Step 1 (A). Blinds the distinct registrable domains of A's accounts in the selected
/// populations with a fresh secret scalar and writes them, one shuffled list per population
/// set, into an offer. Accounts without a domain key are not offered (a private exchange
/// matches on domains only). nullopt with *error when nothing can be offered, the options
/// are invalid, or progress cancelled.
std::optional<PsiOffer> createOffer(const AccountList &ours, const PsiOfferOptions &options,
                                    QString *error = nullptr);

/// What an exchange file says about itself, read without the secret (for a wizard to show
/// before answering, and to find the session an answer belongs to).
struct PsiFileInfo {
    enum class Kind { Offer, Answer };
    Kind kind = Kind::Offer;
    int formatVersion = 1;
    QByteArray sessionId;
    QString senderLabel;
    QDateTime createdAt;        ///< UTC
    std::vector<PsiList> lists; ///< the sender's own lists (an answer's re-blinded ones aside)
    qint64 total() const;       ///< sum of the lists' counts
};

/// Reads and checks an exchange file's structure and checksum (not its points). nullopt with
/// *error: one sentence naming `fileName` (foreign, newer format, truncated, damaged).
std::optional<PsiFileInfo> inspectExchangeFile(const QByteArray &file, const QString &fileName,
                                               QString *error = nullptr);

/// The index in `sessions` of the session `answerFile` answers (by its session id), for a
/// portfolio that keeps several exchanges open. -1 with *error, one sentence naming
/// `answerFileName`, when the file cannot be read or answers an exchange none of `sessions`
/// started (an answer meant for another portfolio, or for an exchange that was deleted).
int findPsiSession(const std::vector<PsiSession> &sessions, const QByteArray &answerFile,
                   const QString &answerFileName, QString *error = nullptr);

/// B's options for an answer.
struct PsiAnswerOptions {
    QString ourLabel; ///< B's organisation, shown to A
    /// B's populations to reveal, as A's matrix columns: customers, and prospects (B's
    /// prospects and open opportunities).
    std::vector<TheirPopulation> reveal{TheirPopulation::Customers, TheirPopulation::Prospects};
    /// Session ids of offers B already answered (kept by the caller; answerOffer() refuses
    /// them). Add PsiAnswer::offerId after a successful answer.
    std::vector<QByteArray> answeredOfferIds;
    int threads = 0;
    Progress progress; ///< counts scalar multiplications; may cancel
};

/// The answer to send back.
struct PsiAnswer {
    QByteArray file;
    QByteArray offerId;              ///< to add to the answered ids
    QString offerLabel;              ///< A's label
    std::vector<PsiList> offerLists; ///< what B learns: the sizes of A's lists
};

/// Step 2 (B). Checks the offer (format, checksum, every point), re-blinds A's points in the
/// same order with a fresh scalar of B's, blinds B's own distinct domains of the revealed
/// populations (one shuffled list per population set) and writes the answer. The scalar is
/// wiped when the function returns. nullopt with *error naming `offerFileName` when the offer
/// is refused (foreign, newer format, truncated, damaged, an answer rather than an offer,
/// already answered), B has nothing to reveal, or progress cancelled.
std::optional<PsiAnswer> answerOffer(const QByteArray &offerFile, const QString &offerFileName,
                                     const AccountList &ours, const PsiAnswerOptions &options,
                                     QString *error = nullptr);

/// A domain both lists have.
struct PsiSharedDomain {
    QString domainKey;
    PopulationMask ourPopulations = 0;   ///< OurPopulation bits (of the offered populations)
    PopulationMask theirPopulations = 0; ///< TheirPopulation bits (of the revealed ones)
    bool operator==(const PsiSharedDomain &o) const {
        return domainKey == o.domainKey && ourPopulations == o.ourPopulations &&
               theirPopulations == o.theirPopulations;
    }
};

/// What A learns.
struct PsiResult {
    QByteArray sessionId;
    QString partnerLabel;
    QDateTime answeredAt;                ///< UTC, from the answer
    std::vector<PsiSharedDomain> shared; ///< sorted by domain
    std::vector<PsiList> theirLists;     ///< sizes of B's lists
    qint64 theirTotal = 0;               ///< distinct domains B revealed
    qint64 ourTotal = 0;                 ///< distinct domains A offered
};

struct PsiFinishOptions {
    int threads = 0;
    Progress progress; ///< counts points; may cancel
};

/// Step 3 (A). Checks the answer (format, checksum, every point; that it answers this
/// session's offer and the session is not finished), blinds B's points with A's scalar and
/// intersects. On success the session is marked finished (store it again) and its scalar
/// wiped, so a replayed answer is refused. nullopt with *error naming `answerFileName`.
std::optional<PsiResult> finishExchange(PsiSession &session, const QByteArray &answerFile,
                                        const QString &answerFileName,
                                        const PsiFinishOptions &options = {},
                                        QString *error = nullptr);

/// The partner's side of a finished exchange as an account list, to store "like an imported
/// list" and to feed computeOverlap(): one account per shared domain and revealed population
/// (website = domain, crmSource "psi"), declaredTotal = theirTotal.
AccountList psiPartnerList(const PsiResult &result, const QDate &importedOn);

} // namespace ps::accounts
