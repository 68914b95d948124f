// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/psi.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

/// The exchange file format (internal to core/accounts; docs/account-mapping.md documents it).
/// Little-endian:
///
///     8   magic "PSPSI\r\n\x1a" (a text-mode transfer that rewrites line ends breaks it)
///     2   format version (1)
///     1   kind: 1 offer, 2 answer
///     1   flags, 0
///     16  session id (random, drawn by A; an answer repeats its offer's)
///     32  offer digest: BLAKE2b-256 of the whole offer file (answers); zeros (offers)
///     8   created, seconds since 1970 UTC
///     2   label length L (at most 200), then L bytes: the sender's organisation, UTF-8
///     1   number of lists K (1-16), then K x [1 population mask, 1 role, 4 count]
///         role 1: the sender's own blinded domains; role 2: the offer's points re-blinded
///         by the answerer (answers only, first, in the offer's order)
///     32 x (sum of counts)   the points: ristretto255 encodings, list after list
///     32  checksum: BLAKE2b-256 of every byte before it
namespace ps::accounts::psifile {

constexpr int FormatVersion = 1;
constexpr int PointBytes = 32;
constexpr int SessionIdBytes = 16;
constexpr int DigestBytes = 32;
constexpr int MaxLabelBytes = 200;
constexpr int MaxLists = 16;
constexpr qint64 MaxPointsPerFile = 20000000;

enum class Role : quint8 { Own = 1, Reblinded = 2 };

struct ListHeader {
    PopulationMask mask = 0;
    Role role = Role::Own;
    qint64 count = 0;
};

/// An exchange file's header, and where its points start.
struct Exchange {
    PsiFileInfo::Kind kind = PsiFileInfo::Kind::Offer;
    int version = FormatVersion;
    QByteArray sessionId;
    QByteArray offerDigest; ///< zeros in an offer
    QDateTime createdAt;
    QString label;
    std::vector<ListHeader> lists;
    qint64 pointsOffset = 0; ///< byte offset of the first point (set by read())

    qint64 pointCount() const;
    /// Byte offset of the first point of list `index`.
    qint64 listOffset(int index) const;
};

/// BLAKE2b-256 of `bytes`.
QByteArray digest(const QByteArray &bytes);

/// Writes a file: the header of `exchange`, `points` (32 bytes per point, list after list,
/// exactly pointCount() of them) and the checksum.
QByteArray write(const Exchange &exchange, const QByteArray &points);

/// Reads and checks the structure and checksum of a file (not the points). nullopt with
/// *error, one sentence naming `fileName`.
std::optional<Exchange> read(const QByteArray &file, const QString &fileName, QString *error);

} // namespace ps::accounts::psifile
