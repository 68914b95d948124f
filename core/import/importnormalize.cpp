// SPDX-License-Identifier: GPL-3.0-or-later
// Keys for duplicate matching: website domains and company names.
#include "core/import/importplan.h"

#include <QSet>
#include <QVarLengthArray>

#include <optional>

namespace ps::import {
namespace {

/// Legal forms dropped from the end of a name ("Acme Corp." and "ACME" are one company).
const QSet<QString> &legalForms() {
    static const QSet<QString> forms = {
        QStringLiteral("inc"),         QStringLiteral("incorporated"), QStringLiteral("llc"),
        QStringLiteral("llp"),         QStringLiteral("lp"),           QStringLiteral("ltd"),
        QStringLiteral("limited"),     QStringLiteral("plc"),          QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("co"),           QStringLiteral("company"),
        QStringLiteral("gmbh"),        QStringLiteral("mbh"),          QStringLiteral("ag"),
        QStringLiteral("kg"),          QStringLiteral("kgaa"),         QStringLiteral("ohg"),
        QStringLiteral("ug"),          QStringLiteral("se"),           QStringLiteral("sa"),
        QStringLiteral("sas"),         QStringLiteral("sarl"),         QStringLiteral("srl"),
        QStringLiteral("spa"),         QStringLiteral("sl"),           QStringLiteral("bv"),
        QStringLiteral("nv"),          QStringLiteral("oy"),           QStringLiteral("oyj"),
        QStringLiteral("ab"),          QStringLiteral("as"),           QStringLiteral("asa"),
        QStringLiteral("aps"),         QStringLiteral("kk"),           QStringLiteral("pty"),
        QStringLiteral("pte"),         QStringLiteral("sro"),          QStringLiteral("zoo"),
        QStringLiteral("spzoo"),       QStringLiteral("ooo"),          QStringLiteral("ооо"),
        QStringLiteral("зао"),         QStringLiteral("оао"),          QStringLiteral("пао"),
    };
    return forms;
}

/// Legal forms written as one word before or after a Japanese or Chinese name.
const QString eastAsianForms[] = {QStringLiteral("株式会社"), QStringLiteral("有限会社"),
                                  QStringLiteral("合同会社"), QStringLiteral("有限公司"),
                                  QStringLiteral("股份有限公司")};

} // namespace

namespace {

/// normalizedDomain() of an ASCII website, step by step the same, on positions of the text:
/// only the result is made a string. nullopt when the text is not ASCII.
std::optional<QString> asciiDomain(const QString &website) {
    const char16_t *data = reinterpret_cast<const char16_t *>(website.constData());
    const auto lower = [](char16_t c) { return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c; };
    const auto space = [](char16_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    qsizetype begin = 0, end = website.size();
    for (qsizetype i = 0; i < end; ++i)
        if (data[i] >= 0x80)
            return std::nullopt;
    while (begin < end && space(data[begin]))
        ++begin;
    while (end > begin && space(data[end - 1]))
        --end;
    const QStringView s(data + begin, end - begin);
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        begin += scheme + 3;
    for (qsizetype i = begin; i < end; ++i) {
        if (data[i] == '/' || data[i] == '?' || data[i] == '#') {
            end = i;
            break;
        }
    }
    const qsizetype at = QStringView(data + begin, end - begin).lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        begin += at + 1;
    const qsizetype colon = QStringView(data + begin, end - begin).indexOf(QLatin1Char(':'));
    if (colon >= 0)
        end = begin + colon;
    while (end > begin && data[end - 1] == '.')
        --end;
    if (end - begin >= 4 && lower(data[begin]) == 'w' && lower(data[begin + 1]) == 'w' &&
        lower(data[begin + 2]) == 'w' && data[begin + 3] == '.')
        begin += 4;
    const QStringView host(data + begin, end - begin);
    if (!host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.')))
        return QString();
    QString out(host.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char16_t c = host.at(i).unicode();
        if (space(c))
            return QString();
        o[i] = lower(c);
    }
    return out;
}

} // namespace

QString normalizedDomain(const QString &website) {
    if (auto ascii = asciiDomain(website))
        return std::move(*ascii);
    QString s = website.trimmed().toLower();
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            s.truncate(i);
            break;
        }
    }
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        s = s.mid(at + 1);
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        s.truncate(colon);
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.startsWith(QLatin1String("www.")))
        s = s.mid(4);
    if (!s.contains(QLatin1Char('.')) || s.startsWith(QLatin1Char('.')))
        return {};
    for (QChar c : s)
        if (c.isSpace())
            return {};
    return s;
}

QString normalizedName(const QString &name) {
    // One pass: letters and digits of any script are kept, case-folded; `wordStarts` remembers
    // where each word began so that legal forms can be dropped from the end. The key is written
    // in place (case folding keeps one character one character) and cut to its length.
    QString key(name.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(key.data());
    qsizetype length = 0;
    QVarLengthArray<qsizetype, 8> wordStarts;
    bool inWord = false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        bool keep;
        char16_t folded = u;
        if (u < 0x80) { // ASCII: no table needed
            keep = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z');
            if (u >= 'A' && u <= 'Z')
                folded = char16_t(u + 32);
        } else {
            keep = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
            if (keep && !c.isSurrogate())
                folded = c.toCaseFolded().unicode();
        }
        if (keep) {
            if (!inWord)
                wordStarts.append(length);
            inWord = true;
            out[length++] = folded;
        } else {
            inWord = false;
        }
    }
    key.truncate(length);
    // "Acme Co. Ltd.", "Acme GmbH & Co. KG": drop legal forms from the end, keep one word.
    while (wordStarts.size() > 1) {
        const qsizetype start = wordStarts.back();
        if (key.size() - start > 6 || !legalForms().contains(key.mid(start)))
            break;
        key.truncate(start);
        wordStarts.removeLast();
    }
    // The Japanese and Chinese forms start with a CJK ideograph (U+4E00 and above).
    const bool eastAsian =
        !key.isEmpty() && (key.front().unicode() >= 0x4E00 || key.back().unicode() >= 0x4E00);
    for (const QString &form : eastAsianForms) {
        if (!eastAsian)
            break;
        if (key.size() > form.size() && key.startsWith(form))
            key = key.mid(form.size());
        else if (key.size() > form.size() && key.endsWith(form))
            key.chop(form.size());
    }
    return key;
}

} // namespace ps::import
