// SPDX-License-Identifier: GPL-3.0-or-later
// PsiSession: A's state between offer and answer, and its bytes for the portfolio.
//
//     8   magic "PSSESS\r\n"
//     2   version (1)
//     16  session id
//     32  secret scalar (zeros once finished)
//     1   finished
//     8   created, 8 finished (seconds since 1970 UTC; finished 0 when not)
//     2+n our label, 2+n partner label (UTF-8)
//     32  offer digest
//     1   K lists, K x [1 mask, 4 count]
//     4   domain count D, then D x [1 length, bytes] in the offer's point order
//     32  checksum: BLAKE2b-256 of every byte before it
#include "core/accounts/psi.h"

#include "core/accounts/accounttext.h"
#include "core/accounts/psicrypto.h"
#include "core/accounts/psifile.h"
#include "core/accounts/psiinternal.h"

#include <QtEndian>

#include <cstring>

namespace ps::accounts {
namespace {

const char SessionMagic[8] = {'P', 'S', 'S', 'E', 'S', 'S', '\r', '\n'};
constexpr int SessionVersion = 1;

template <typename T> void put(QByteArray &out, T value) {
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void putText(QByteArray &out, const QString &text) {
    const QByteArray utf8 = text.toUtf8().left(0xFFFF);
    put<quint16>(out, quint16(utf8.size()));
    out.append(utf8);
}

/// Reads fields in order; any read past the end makes ok() false.
class Reader {
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes) {}
    bool ok() const { return m_ok; }
    QByteArray take(qint64 n) {
        if (!m_ok || n < 0 || m_at + n > m_bytes.size()) {
            m_ok = false;
            return {};
        }
        const QByteArray out = m_bytes.mid(m_at, n);
        m_at += n;
        return out;
    }
    template <typename T> T get() {
        const QByteArray b = take(sizeof(T));
        return m_ok ? qFromLittleEndian<T>(b.constData()) : T(0);
    }
    QString text() { return QString::fromUtf8(take(get<quint16>())); }
    quint8 byte() {
        const QByteArray b = take(1);
        return m_ok ? quint8(b.at(0)) : 0;
    }
    qint64 position() const { return m_at; }

private:
    const QByteArray m_bytes; // a shared copy: the reader may be built from a temporary
    qint64 m_at = 0;
    bool m_ok = true;
};

} // namespace

PsiSession::PsiSession() = default;

PsiSession::~PsiSession() {
    psicrypto::wipe(m_secret.data(), m_secret.size());
}

PsiSession::PsiSession(const PsiSession &other) = default;
PsiSession &PsiSession::operator=(const PsiSession &other) = default;

bool PsiSession::hasSecret() const {
    for (unsigned char byte : m_secret)
        if (byte)
            return true;
    return false;
}

QByteArray PsiSession::serialize() const {
    QByteArray out;
    out.append(SessionMagic, sizeof SessionMagic);
    put<quint16>(out, SessionVersion);
    out.append(sessionId.leftJustified(psifile::SessionIdBytes, '\0', true));
    out.append(reinterpret_cast<const char *>(m_secret.data()), int(m_secret.size()));
    out.append(char(finished ? 1 : 0));
    put<qint64>(out, createdAt.toSecsSinceEpoch());
    put<qint64>(out, finished ? finishedAt.toSecsSinceEpoch() : 0);
    putText(out, ourLabel);
    putText(out, partnerLabel);
    out.append(offerDigest.leftJustified(psifile::DigestBytes, '\0', true));
    out.append(char(lists.size()));
    for (const PsiList &list : lists) {
        out.append(char(list.mask));
        put<quint32>(out, quint32(list.count));
    }
    put<quint32>(out, quint32(domains.size()));
    for (const QString &domain : domains) {
        const QByteArray ascii = domain.toLatin1().left(255);
        out.append(char(ascii.size()));
        out.append(ascii);
    }
    out.append(psifile::digest(out));
    return out;
}

std::optional<PsiSession> PsiSession::deserialize(const QByteArray &bytes, QString *error) {
    const auto fail = [&](const QString &sentence) -> std::optional<PsiSession> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (bytes.size() < qsizetype(sizeof SessionMagic) + psifile::DigestBytes ||
        std::memcmp(bytes.constData(), SessionMagic, sizeof SessionMagic) != 0)
        return fail(PsiText::tr("The stored exchange is not an account-mapping session."));
    if (psifile::digest(bytes.left(bytes.size() - psifile::DigestBytes)) !=
        bytes.right(psifile::DigestBytes))
        return fail(PsiText::tr("The stored exchange is damaged: its checksum does not match."));
    Reader in(bytes.left(bytes.size() - psifile::DigestBytes));
    in.take(sizeof SessionMagic);
    if (in.get<quint16>() != SessionVersion)
        return fail(PsiText::tr("The stored exchange was written by another version of "
                                "Partnerscope."));
    PsiSession s;
    s.sessionId = in.take(psifile::SessionIdBytes);
    const QByteArray secret = in.take(32);
    if (in.ok())
        std::memcpy(s.m_secret.data(), secret.constData(), 32);
    s.finished = in.byte() == 1;
    s.createdAt = QDateTime::fromSecsSinceEpoch(in.get<qint64>(), Qt::UTC);
    const qint64 finishedAt = in.get<qint64>();
    if (s.finished)
        s.finishedAt = QDateTime::fromSecsSinceEpoch(finishedAt, Qt::UTC);
    s.ourLabel = in.text();
    s.partnerLabel = in.text();
    s.offerDigest = in.take(psifile::DigestBytes);
    const int listCount = in.byte();
    qint64 listed = 0;
    for (int i = 0; i < listCount && in.ok(); ++i) {
        PsiList list;
        list.mask = PopulationMask(in.byte());
        list.count = in.get<quint32>();
        listed += list.count;
        s.lists.push_back(list);
    }
    const quint32 domainCount = in.get<quint32>();
    if (!in.ok() || qint64(domainCount) != listed)
        return fail(PsiText::tr("The stored exchange is damaged: its lists are not valid."));
    s.domains.reserve(domainCount);
    for (quint32 i = 0; i < domainCount && in.ok(); ++i)
        s.domains.push_back(QString::fromLatin1(in.take(in.byte())));
    if (!in.ok() || in.position() != bytes.size() - psifile::DigestBytes)
        return fail(PsiText::tr("The stored exchange is damaged: it is truncated."));
    return s;
}

} // namespace ps::accounts
