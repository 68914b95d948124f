// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/rowtext.h"

#include <charconv>

namespace ps::RowText {

QByteArray real(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(buffer, int(end - buffer));
}

QByteArray canonicalReal(const QByteArray &text) {
    double value = 0.0;
    const char *begin = text.constData();
    const char *end = begin + text.size();
    const auto [stop, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || stop != end || text.isEmpty())
        return text;
    return real(value);
}

void appendCopyEscaped(QByteArray &out, const char *data, qsizetype size) {
    qsizetype plain = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        const char *escape = nullptr;
        switch (c) {
        case '\\':
            escape = "\\\\";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        default:
            continue;
        }
        out.append(data + plain, i - plain);
        out.append(escape, 2);
        plain = i + 1;
    }
    out.append(data + plain, size - plain);
}

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

char *unescapeCopy(char *begin, char *end) {
    char *out = begin;
    for (char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 >= end) {
            *out++ = *p;
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'b':
            *out++ = '\b';
            break;
        case 'f':
            *out++ = '\f';
            break;
        case 'n':
            *out++ = '\n';
            break;
        case 'r':
            *out++ = '\r';
            break;
        case 't':
            *out++ = '\t';
            break;
        case 'v':
            *out++ = '\v';
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && p + 1 < end && hexValue(p[1]) >= 0) {
                value = value * 16 + hexValue(*++p);
                ++digits;
            }
            *out++ = digits ? char(value) : 'x';
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && p + 1 < end && p[1] >= '0' && p[1] <= '7';
                     ++digits)
                    value = value * 8 + (*++p - '0');
                *out++ = char(value);
            } else {
                *out++ = c;
            }
        }
    }
    return out;
}

} // namespace ps::RowText
