// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// Turning the bytes of an exported file into text: the encodings CRM exports and spreadsheets
/// actually produce, detected from a byte order mark or from the bytes themselves.
namespace ps::csv {

/// The encodings an import understands.
enum class Encoding {
    Utf8,        ///< UTF-8 without a byte order mark (also plain ASCII)
    Utf8Bom,     ///< UTF-8 with EF BB BF, as Excel's "CSV UTF-8" writes it
    Utf16LE,     ///< UTF-16 little endian with FF FE (Excel's "Unicode text")
    Utf16BE,     ///< UTF-16 big endian with FE FF
    Windows1252, ///< the fallback for bytes that are not valid UTF-8 (Excel on Western Windows)
};

/// A short translated name for the wizard, for example "UTF-8 (with BOM)".
QString encodingName(Encoding encoding);

/// Decoded text and how it was decoded. The byte order mark is not part of `text`.
struct DecodedText {
    QString text;
    Encoding encoding = Encoding::Utf8;
};

/// The encoding of `bytes`: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is
/// Windows-1252.
Encoding detectEncoding(const QByteArray &bytes);

/// True when `bytes` look like binary rather than text: NUL bytes outside a UTF-16 file, or
/// many control characters. Checked on decoded text by decodeText().
bool looksBinary(const QByteArray &bytes);

/// Decodes `bytes` with `encoding` (detected when not given). Returns nullopt and sets *error to
/// one sentence (without a file name) when the content is not text: NUL bytes or other control
/// characters that no text file has, or malformed UTF-16.
std::optional<DecodedText> decodeText(const QByteArray &bytes,
                                      std::optional<Encoding> encoding = std::nullopt,
                                      QString *error = nullptr);

/// Windows-1252 to Unicode; the five undefined bytes (81, 8D, 8F, 90, 9D) map to the C1
/// controls of the same value, as Windows does.
QString fromWindows1252(const QByteArray &bytes);

/// Unicode to Windows-1252 (for tests that write what a German Excel writes); characters that
/// have no Windows-1252 byte become '?'.
QByteArray toWindows1252(const QString &text);

} // namespace ps::csv
