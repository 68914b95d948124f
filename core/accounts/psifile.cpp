// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/psifile.h"

#include "core/accounts/accounttext.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace ps::accounts::psifile {
namespace {

const char Magic[8] = {'P', 'S', 'P', 'S', 'I', '\r', '\n', '\x1a'};
constexpr int FixedHeaderBytes = 8 + 2 + 1 + 1 + SessionIdBytes + DigestBytes + 8 + 2;
constexpr int ListEntryBytes = 6;

template <typename T> void put(QByteArray &out, T value) {
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> T get(const char *at) {
    return qFromLittleEndian<T>(at);
}

bool hasControlCharacters(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
            (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
            (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            return true;
    return false;
}

QString refuse(QString *error, const QString &fileName, const QString &sentence) {
    if (error)
        //: %1 file name, %2 the problem
        *error = PsiText::tr("%1: %2").arg(fileName, sentence);
    return {};
}

} // namespace

qint64 Exchange::pointCount() const {
    qint64 total = 0;
    for (const ListHeader &list : lists)
        total += list.count;
    return total;
}

qint64 Exchange::listOffset(int index) const {
    qint64 offset = pointsOffset;
    for (int i = 0; i < index; ++i)
        offset += lists[size_t(i)].count * PointBytes;
    return offset;
}

QByteArray digest(const QByteArray &bytes) {
    QByteArray out(DigestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       size_t(bytes.size()), nullptr, 0);
    return out;
}

QByteArray write(const Exchange &exchange, const QByteArray &points) {
    const QByteArray label = exchange.label.toUtf8().left(MaxLabelBytes);
    QByteArray out;
    out.reserve(FixedHeaderBytes + label.size() + 1 + int(exchange.lists.size()) * ListEntryBytes +
                points.size() + DigestBytes);
    out.append(Magic, sizeof Magic);
    put<quint16>(out, quint16(FormatVersion));
    out.append(char(exchange.kind == PsiFileInfo::Kind::Offer ? 1 : 2));
    out.append(char(0));
    out.append(exchange.sessionId.leftJustified(SessionIdBytes, '\0', true));
    out.append(exchange.offerDigest.leftJustified(DigestBytes, '\0', true));
    put<qint64>(out, exchange.createdAt.toSecsSinceEpoch());
    put<quint16>(out, quint16(label.size()));
    out.append(label);
    out.append(char(exchange.lists.size()));
    for (const ListHeader &list : exchange.lists) {
        out.append(char(list.mask));
        out.append(char(list.role));
        put<quint32>(out, quint32(list.count));
    }
    out.append(points);
    out.append(digest(out));
    return out;
}

std::optional<Exchange> read(const QByteArray &file, const QString &fileName, QString *error) {
    const auto fail = [&](const QString &sentence) -> std::optional<Exchange> {
        refuse(error, fileName, sentence);
        return std::nullopt;
    };
    if (file.size() < qsizetype(sizeof Magic) || std::memcmp(file.constData(), Magic, sizeof Magic))
        return fail(PsiText::tr("This is not a Partnerscope account-mapping file."));
    if (file.size() < FixedHeaderBytes + 1)
        return fail(PsiText::tr("The file is truncated: it ends inside its header."));
    const char *data = file.constData();
    Exchange ex;
    ex.version = get<quint16>(data + 8);
    if (ex.version > FormatVersion)
        return fail(PsiText::tr("The file was written by a newer version of Partnerscope (exchange "
                                "format %1); this version reads format %2.")
                        .arg(ex.version)
                        .arg(FormatVersion));
    const int kind = quint8(data[10]);
    if (ex.version < 1 || (kind != 1 && kind != 2) || data[11] != 0)
        return fail(PsiText::tr("The file is damaged: its header is not valid."));
    ex.kind = kind == 1 ? PsiFileInfo::Kind::Offer : PsiFileInfo::Kind::Answer;
    qint64 at = 12;
    ex.sessionId = file.mid(at, SessionIdBytes);
    at += SessionIdBytes;
    ex.offerDigest = file.mid(at, DigestBytes);
    at += DigestBytes;
    ex.createdAt = QDateTime::fromSecsSinceEpoch(get<qint64>(data + at), Qt::UTC);
    at += 8;
    const int labelBytes = get<quint16>(data + at);
    at += 2;
    if (labelBytes > MaxLabelBytes)
        return fail(PsiText::tr("The file is damaged: its sender label is too long."));
    if (file.size() < at + labelBytes + 1)
        return fail(PsiText::tr("The file is truncated: it ends inside its header."));
    const QByteArray labelBytesRaw = file.mid(at, labelBytes);
    ex.label = QString::fromUtf8(labelBytesRaw);
    if (ex.label.toUtf8() != labelBytesRaw || hasControlCharacters(ex.label))
        return fail(PsiText::tr("The file is damaged: its sender label is not valid text."));
    at += labelBytes;
    const int listCount = quint8(data[at++]);
    if (listCount < 1 || listCount > MaxLists)
        return fail(PsiText::tr("The file is damaged: it declares %1 lists.").arg(listCount));
    if (file.size() < at + listCount * ListEntryBytes)
        return fail(PsiText::tr("The file is truncated: it ends inside its header."));
    qint64 points = 0;
    for (int i = 0; i < listCount; ++i, at += ListEntryBytes) {
        ListHeader list;
        list.mask = PopulationMask(data[at]);
        const int role = quint8(data[at + 1]);
        list.count = get<quint32>(data + at + 2);
        if (list.mask == 0 || list.mask > 7 || (role != 1 && role != 2) ||
            (role == 2 && ex.kind == PsiFileInfo::Kind::Offer))
            return fail(PsiText::tr("The file is damaged: list %1 is not valid.").arg(i + 1));
        list.role = Role(role);
        points += list.count;
        if (points > MaxPointsPerFile)
            return fail(
                PsiText::tr("The file declares more than %L1 entries.").arg(MaxPointsPerFile));
        ex.lists.push_back(list);
    }
    ex.pointsOffset = at;
    const qint64 expected = at + points * PointBytes + DigestBytes;
    if (file.size() < expected)
        return fail(PsiText::tr("The file is truncated: it should hold %L1 bytes but holds %L2.")
                        .arg(expected)
                        .arg(file.size()));
    if (file.size() > expected)
        return fail(PsiText::tr("The file is damaged: %L1 bytes follow its end.")
                        .arg(file.size() - expected));
    const QByteArray body = QByteArray::fromRawData(data, qsizetype(expected - DigestBytes));
    if (digest(body) != file.right(DigestBytes))
        return fail(
            PsiText::tr("The file is damaged or was changed after it was written: its checksum "
                        "does not match."));
    return ex;
}

} // namespace ps::accounts::psifile
