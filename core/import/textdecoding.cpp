// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ps::csv {
namespace {

/// This file's translations, in the context lupdate files them under.
class ImportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Import)
};

/// Unicode of Windows-1252 bytes 0x80-0x9F; the five undefined bytes keep their C1 value.
const char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(const QByteArray &bytes, const char *prefix, int size) {
    return bytes.size() >= size && std::equal(prefix, prefix + size, bytes.constData());
}

/// UTF-16 without a byte order mark, recognized by its zero bytes: ASCII text in UTF-16 has a
/// zero in every other byte. Returns the byte order, or nullopt.
std::optional<Encoding> bomlessUtf16(const QByteArray &bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero == 0)
        return Encoding::Utf16LE;
    if (evenZero * 10 >= pairs * 9 && oddZero == 0)
        return Encoding::Utf16BE;
    return std::nullopt;
}

bool isValidUtf8(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

/// A control character no text file has: C0 controls other than tab, line feed, vertical tab,
/// form feed and carriage return. (DOS's end-of-file 0x1A is tolerated at the very end.)
bool isForeignControl(char16_t c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r';
}

std::optional<QString> notTextReason(const QString &text) {
    qsizetype end = text.size();
    if (end > 0 && text.at(end - 1).unicode() == 0x1A)
        --end;
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < end; ++i) {
        if (data[i] == 0)
            return ImportTr::tr("The file is not text: it contains NUL bytes.");
        if (isForeignControl(data[i]))
            return ImportTr::tr("The file is not text: it contains control characters (code %1).")
                .arg(int(data[i]));
    }
    return std::nullopt;
}

QString decodeUtf16(const QByteArray &bytes, Encoding encoding, bool *error) {
    QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                         : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *error = decoder.hasError() || bytes.size() % 2 != 0;
    return text;
}

} // namespace

QString encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8:
        return ImportTr::tr("UTF-8");
    case Encoding::Utf8Bom:
        return ImportTr::tr("UTF-8 (with BOM)");
    case Encoding::Utf16LE:
        return ImportTr::tr("UTF-16 little endian");
    case Encoding::Utf16BE:
        return ImportTr::tr("UTF-16 big endian");
    case Encoding::Windows1252:
        return ImportTr::tr("Windows-1252 (Western European)");
    }
    return {};
}

Encoding detectEncoding(const QByteArray &bytes) {
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return Encoding::Utf8Bom;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    if (const auto utf16 = bomlessUtf16(bytes))
        return *utf16;
    return isValidUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

bool looksBinary(const QByteArray &bytes) {
    const Encoding encoding = detectEncoding(bytes);
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE)
        return false;
    return bytes.contains('\0');
}

QString fromWindows1252(const QByteArray &bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char b = in[i];
        out[i] = (b >= 0x80 && b < 0xA0) ? cp1252High[b - 0x80] : char16_t(b);
    }
    return text;
}

QByteArray toWindows1252(const QString &text) {
    QByteArray bytes(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        char byte = '?';
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            byte = char(c);
        } else {
            for (int k = 0; k < 32; ++k)
                if (cp1252High[k] == c)
                    byte = char(0x80 + k);
        }
        bytes[i] = byte;
    }
    return bytes;
}

std::optional<DecodedText> decodeText(const QByteArray &bytes, std::optional<Encoding> encoding,
                                      QString *error) {
    const auto fail = [error](const QString &message) -> std::optional<DecodedText> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (startsWith(bytes, "PK\x03\x04", 4))
        return fail(
            ImportTr::tr("The file is not text: it is a ZIP archive, perhaps an Excel workbook. "
                         "Save it as CSV first."));
    DecodedText decoded;
    decoded.encoding = encoding ? *encoding : detectEncoding(bytes);
    switch (decoded.encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        const qsizetype skip = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
        decoded.text = QString::fromUtf8(bytes.constData() + skip, bytes.size() - skip);
        break;
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool bom = startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2);
        bool malformed = false;
        decoded.text = decodeUtf16(bom ? bytes.mid(2) : bytes, decoded.encoding, &malformed);
        if (malformed)
            return fail(ImportTr::tr("The file is not valid UTF-16 text."));
        break;
    }
    case Encoding::Windows1252:
        decoded.text = fromWindows1252(bytes);
        break;
    }
    if (const auto reason = notTextReason(decoded.text))
        return fail(*reason);
    return decoded;
}

} // namespace ps::csv
