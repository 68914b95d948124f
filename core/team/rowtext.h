// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ps::RowText {

/// The shortest text that reads back as exactly `value` ("0.1", "1e+20"), whatever the locale:
/// how a real cell is written to the server and compared with what the server holds.
QByteArray real(double value);
/// The same for a real cell's text from elsewhere (the server's own formatting): parsed and
/// written again, so two texts of one number compare equal. Text that is no number is kept.
QByteArray canonicalReal(const QByteArray &text);

/// Appends `size` bytes escaped for COPY's text format (backslash, tab, newline, carriage
/// return). NULL is written as \N by the caller.
void appendCopyEscaped(QByteArray &out, const char *data, qsizetype size);
inline void appendCopyEscaped(QByteArray &out, const QByteArray &text) {
    appendCopyEscaped(out, text.constData(), text.size());
}

/// Undoes COPY's text escapes in place ([begin, end) shrinks); returns the new end. Octal
/// (\123) and hex (\x41) escapes are decoded; an unknown escape stands for the character.
char *unescapeCopy(char *begin, char *end);

} // namespace ps::RowText
