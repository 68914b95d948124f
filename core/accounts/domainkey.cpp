// SPDX-License-Identifier: GPL-3.0-or-later
// Website cell -> host -> registrable domain. The host is parsed by hand (QUrl costs several
// microseconds a row, and 2,000,000 rows are matched in a benchmark); libpsl decides what is a
// public suffix. psl_latest() loads the newest of the list compiled into libpsl and the one of
// Debian's `publicsuffix` package (both dated 2023-02-09 on Debian 12); psl_builtin() is the
// fallback when no file can be read.
#include "core/accounts/domainkey.h"

#include <QDateTime>
#include <QUrl>

#include <libpsl.h>

#include <cstring>
#include <string>
#include <unordered_map>

namespace ps::accounts {
namespace {

constexpr int MaxHostLength = 253;
constexpr int MaxLabelLength = 63;

struct PublicSuffixList {
    psl_ctx_t *loaded = psl_latest(nullptr);
    const psl_ctx_t *ctx = loaded ? loaded : psl_builtin();
    ~PublicSuffixList() { psl_free(loaded); }
};

const psl_ctx_t *suffixList() {
    static const PublicSuffixList list;
    return list.ctx;
}

/// Answers of psl_is_public_suffix() for short tails ("com", "co.uk"), which most hosts share.
/// A DAFSA look-up costs about 0.3-0.7 us; a hit here a tenth of that. One cache per thread.
class TailCache {
public:
    bool isPublic(const psl_ctx_t *psl, const char *suffix, size_t length) {
        std::string key(suffix, length);
        const auto it = m_answers.find(key);
        if (it != m_answers.end())
            return it->second;
        const bool answer = psl_is_public_suffix(psl, key.c_str()) != 0;
        if (m_answers.size() >= 4096)
            m_answers.clear();
        m_answers.emplace(std::move(key), answer);
        return answer;
    }

private:
    std::unordered_map<std::string, bool> m_answers;
};

thread_local TailCache tailCache;

bool isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

/// Checks label lengths and that the host is a name, not an address: at least two labels, none
/// empty, none over 63 characters, and a top-level label that is not all digits.
bool wellFormed(const char *host, int length) {
    if (length == 0 || length > MaxHostLength)
        return false;
    int labels = 0, labelLength = 0;
    bool digitsOnly = true;
    for (int i = 0; i <= length; ++i) {
        if (i == length || host[i] == '.') {
            if (labelLength == 0 || labelLength > MaxLabelLength)
                return false;
            ++labels;
            labelLength = 0;
            if (i < length)
                digitsOnly = true;
            continue;
        }
        ++labelLength;
        digitsOnly = digitsOnly && host[i] >= '0' && host[i] <= '9';
    }
    return labels >= 2 && !digitsOnly;
}

bool endsHost(char16_t c) {
    return c == '/' || c == '?' || c == '#' || c == '\\' || c == ',' || c == ';' || c == ' ' ||
           c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000;
}

/// The host part of a website cell, as written (not yet lowercased).
QStringView hostPart(QStringView cell) {
    cell = cell.trimmed();
    if (cell.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        cell = cell.mid(7);
    const qsizetype scheme = cell.indexOf(QLatin1String("://"));
    if (scheme >= 0 && scheme < 16)
        cell = cell.mid(scheme + 3);
    else if (cell.startsWith(QLatin1String("//")))
        cell = cell.mid(2);
    qsizetype end = 0;
    while (end < cell.size() && !endsHost(cell.at(end).unicode()))
        ++end;
    cell = cell.left(end);
    const qsizetype at = cell.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        cell = cell.mid(at + 1);
    if (cell.startsWith(QLatin1Char('[')))
        return {}; // an IPv6 address
    const qsizetype colon = cell.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        cell = cell.left(colon);
    if (cell.endsWith(QLatin1Char('.')))
        cell.chop(1);
    return cell;
}

/// Writes the lowercase ASCII host of `cell` into `out` (MaxHostLength + 1 bytes) and returns
/// its length, or -1 when the cell names no well-formed host.
int asciiHost(QStringView cell, char *out) {
    const QStringView host = hostPart(cell);
    if (host.isEmpty() || host.size() > 4 * MaxHostLength)
        return -1;
    bool ascii = true;
    int length = 0;
    for (const QChar qc : host) {
        const char16_t c = qc.unicode();
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        const char lower = (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
        if (!isHostChar(lower) || length >= MaxHostLength)
            return -1;
        out[length++] = lower;
    }
    if (!ascii) {
        // Internationalized names: Qt's IDNA (UTS #46) maps case, full-width dots and
        // compatibility characters and returns the "xn--" form; rare enough to afford QUrl.
        const QByteArray ace = QUrl::toAce(host.toString());
        if (ace.isEmpty() || ace.size() > MaxHostLength)
            return -1;
        length = 0;
        for (const char c : ace) {
            const char lower = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
            if (!isHostChar(lower))
                return -1;
            out[length++] = lower;
        }
        if (length > 0 && out[length - 1] == '.')
            --length;
    }
    out[length] = '\0';
    return wellFormed(out, length) ? length : -1;
}

/// psl_registrable_domain()'s walk from the left (so that rules such as "forgot.his.name"
/// under a public "name" stay right), with the shared short tails answered from the cache.
const char *registrable(const char *host) {
    const psl_ctx_t *psl = suffixList();
    const char *domain = host;
    const char *result = nullptr;
    bool first = true;
    for (;;) {
        const size_t length = std::strlen(domain);
        const char *dot = std::strchr(domain, '.');
        const bool shortTail = !first && (!dot || !std::strchr(dot + 1, '.'));
        const bool isPublic = shortTail ? tailCache.isPublic(psl, domain, length)
                                        : psl_is_public_suffix(psl, domain) != 0;
        if (isPublic || !dot)
            return result;
        result = domain;
        domain = dot + 1;
        first = false;
    }
}

} // namespace

QString websiteHost(QStringView website) {
    char host[MaxHostLength + 1];
    const int length = asciiHost(website, host);
    return length < 0 ? QString() : QString::fromLatin1(host, length);
}

QString registrableDomain(QStringView website) {
    char host[MaxHostLength + 1];
    if (asciiHost(website, host) < 0)
        return {};
    const char *domain = registrable(host);
    return domain ? QString::fromLatin1(domain) : QString();
}

bool isPublicSuffix(QStringView host) {
    const QByteArray bytes = host.toString().toUtf8();
    return psl_is_public_suffix(suffixList(), bytes.constData()) != 0;
}

QString publicSuffixListInfo() {
    const QString builtinDate = QDateTime::fromSecsSinceEpoch(psl_builtin_file_time(), Qt::UTC)
                                    .date()
                                    .toString(Qt::ISODate);
    const QString version = QString::fromUtf8(psl_get_version());
    if (suffixList() == psl_builtin())
        return QStringLiteral("libpsl %1, built-in list of %2").arg(version, builtinDate);
    return QStringLiteral("libpsl %1, list loaded from %2 (newer than the built-in list of %3)")
        .arg(version, QString::fromUtf8(psl_dist_filename()), builtinDate);
}

} // namespace ps::accounts
