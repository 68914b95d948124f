// SPDX-License-Identifier: GPL-3.0-or-later
// Website cell -> host -> registrable domain. The host is parsed by hand (QUrl costs several
// microseconds a row, and 2,000,000 rows are matched in a benchmark); libpsl decides what is a
// public suffix. On Debian 12 the list compiled into libpsl 0.21.2 and the one of the
// `publicsuffix` package are both of 2023-02-09 (see PublicSuffixList for which is loaded).
#include "core/accounts/domainkey.h"

#include "core/accounts/accounttext.h"

#include <QDateTime>
#include <QUrl>

#include <libpsl.h>

#include <cstring>

#include <sys/stat.h>

namespace ps::accounts {
namespace {

constexpr int MaxHostLength = 253;
constexpr int MaxLabelLength = 63;

/// The list libpsl looks up. Debian's `publicsuffix` package ships the list twice, as text
/// (psl_builtin_filename(), the file libpsl's built-in list was made from) and as a DAFSA (what
/// psl_latest() picks, being newer than the built-in list): the same data. libpsl's look-ups in
/// a list loaded from the text form take 0.3 us against 0.7 us in the DAFSA form, and a
/// matching run makes two million of them, so the text form is loaded when it is there and not
/// older than the built-in list; otherwise psl_latest(), which falls back to the built-in list.
struct PublicSuffixList {
    psl_ctx_t *loaded = load();
    const psl_ctx_t *ctx = loaded ? loaded : psl_builtin();
    ~PublicSuffixList() { psl_free(loaded); }

    static psl_ctx_t *load() {
        const char *text = psl_builtin_filename();
        struct stat info;
        if (text && ::stat(text, &info) == 0 && info.st_mtime >= psl_builtin_file_time())
            if (psl_ctx_t *ctx = psl_load_file(text))
                return ctx;
        return psl_latest(nullptr);
    }
};

const psl_ctx_t *suffixList() {
    static const PublicSuffixList list;
    return list.ctx;
}

/// The public suffixes met so far ("com", "co.uk", "com.au"), which most hosts end with: a
/// DAFSA look-up in libpsl costs 0.3-0.7 us, a hit here a few nanoseconds. Only public tails
/// are kept (a non-public tail such as "acme.com" rarely repeats), in a small direct-mapped
/// table per thread, so the memory stays fixed and no lock is needed.
class PublicTailCache {
public:
    bool isPublic(const psl_ctx_t *psl, const char *tail, size_t length) {
        if (length >= sizeof(Entry::text))
            return psl_is_public_suffix(psl, tail) != 0;
        quint64 hash = 1469598103934665603ull; // FNV-1a
        for (size_t i = 0; i < length; ++i)
            hash = (hash ^ quint8(tail[i])) * 1099511628211ull;
        Entry &e = m_entries[hash % Size];
        if (e.length == length && std::memcmp(e.text, tail, length) == 0)
            return true;
        if (psl_is_public_suffix(psl, tail) == 0)
            return false;
        e.length = quint8(length);
        std::memcpy(e.text, tail, length);
        return true;
    }

private:
    static constexpr size_t Size = 512;
    struct Entry {
        quint8 length = 0xFF; ///< 0xFF: empty
        char text[31];
    };
    Entry m_entries[Size];
};

thread_local PublicTailCache tailCache;

bool isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

bool isBlank(char16_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

bool endsHost(char16_t c) {
    return c == '/' || c == '?' || c == '#' || c == '\\' || c == ',' || c == ';' || isBlank(c);
}

bool isSchemeChar(char16_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '-' || c == '.';
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

/// The host part of a website cell, as written (not yet lowercased), in one pass: blanks
/// trimmed, then "mailto:", a scheme ("https://") or "//", user info up to the last '@', a
/// port, a trailing dot, and everything from the first '/', '?', '#', '\\', ',', ';' or blank.
QStringView hostPart(QStringView cell) {
    const char16_t *p = cell.utf16();
    const char16_t *end = p + cell.size();
    while (p < end && isBlank(*p))
        ++p;
    static constexpr char16_t mailto[] = u"mailto:";
    bool isMailto = end - p >= 7;
    for (int i = 0; isMailto && i < 7; ++i)
        isMailto = (p[i] | 0x20) == mailto[i];
    if (isMailto) {
        p += 7;
    } else {
        const char16_t *q = p;
        while (q < end && q - p < 16 && isSchemeChar(*q))
            ++q;
        if (q > p && end - q >= 3 && q[0] == ':' && q[1] == '/' && q[2] == '/')
            p = q + 3;
        else if (end - p >= 2 && p[0] == '/' && p[1] == '/')
            p += 2;
    }
    const char16_t *hostEnd = p;
    const char16_t *at = nullptr;
    while (hostEnd < end && !endsHost(*hostEnd)) {
        if (*hostEnd == '@')
            at = hostEnd;
        ++hostEnd;
    }
    if (at)
        p = at + 1;
    if (p < hostEnd && *p == '[')
        return {}; // an IPv6 address
    for (const char16_t *c = p; c < hostEnd; ++c)
        if (*c == ':') {
            hostEnd = c;
            break;
        }
    if (hostEnd > p && hostEnd[-1] == '.')
        --hostEnd;
    return QStringView(p, hostEnd - p);
}

/// Writes the lowercase ASCII host of `cell` into `out` (MaxHostLength + 1 bytes) and returns
/// its length, or -1 when the cell names no well-formed host.
int asciiHost(QStringView cell, char *out) {
    const QStringView host = hostPart(cell);
    if (host.isEmpty() || host.size() > 4 * MaxHostLength)
        return -1;
    int length = 0;
    bool ascii = true;
    const char16_t *chars = host.utf16();
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char16_t c = chars[i];
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
/// under a public "name" stay right); every suffix after the first is answered from the cache
/// when it is a public suffix seen before.
const char *registrable(const char *host) {
    const psl_ctx_t *psl = suffixList();
    const char *domain = host;
    const char *result = nullptr;
    bool first = true;
    for (;;) {
        const char *dot = std::strchr(domain, '.');
        const bool isPublic = first ? psl_is_public_suffix(psl, domain) != 0
                                    : tailCache.isPublic(psl, domain, std::strlen(domain));
        if (isPublic || !dot)
            return result;
        result = domain;
        domain = dot + 1;
        first = false;
    }
}

/// The host without a leading "www." label when at least two labels follow: "www" names a
/// web server, never an organisation, and skipping it saves a look-up for most websites. The
/// only hosts whose key this changes are "www." + a public suffix ("www.co.uk"), which are no
/// company's website.
const char *withoutWww(const char *host) {
    if (std::strncmp(host, "www.", 4) != 0)
        return host;
    const char *rest = host + 4;
    return std::strchr(rest, '.') ? rest : host;
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
    const char *domain = registrable(withoutWww(host));
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
        //: %1 the libpsl version, %2 the date of its built-in Public Suffix List
        return AccountText::tr("libpsl %1, built-in list of %2").arg(version, builtinDate);
    //: %1 the libpsl version, %2 a file, %3 the date of the built-in list
    return AccountText::tr("libpsl %1, list loaded from %2 (the built-in list is of %3)")
        .arg(version, QString::fromUtf8(psl_builtin_filename()), builtinDate);
}

} // namespace ps::accounts
