// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/companyname.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps::accounts {
namespace {

// Normalized (case-folded, punctuation joined) forms. Several-word forms appear joined
// ("ptyltd", "sadecv", "spzoo"): the suffix loop tries the last five words joined, then four,
// down to one.
constexpr qsizetype MaxFormWords = 5;
// clang-format off
const char *const suffixForms[] = {
    // English-speaking countries
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "llp", "lp", "lllp", "plc", "pllc", "pc", "pty", "ptyltd", "pte", "pteltd", "pvt", "pvtltd",
    // German-speaking countries
    "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "eg", "ev", "gbr", "gesmbh",
    // Romance languages
    "sa", "sas", "sasu", "sarl", "eurl", "sca", "snc", "spa", "srl", "sapa", "sl", "slu", "sau",
    "sadecv", "sderl", "sderldecv", "sapi", "sapidecv", "ltda", "lda", "cia", "sc", "scs",
    // Benelux
    "bv", "nv", "bvba", "vof", "cv", "cva",
    // Nordic countries
    "ab", "publ", "abpubl", "oy", "oyj", "as", "asa", "aps", "hf", "ehf",
    // Central and Eastern Europe
    "spzoo", "sro", "sroo", "kft", "zrt", "nyrt", "doo", "ood", "ead", "oü", "uab", "sia",
    // European forms
    "se", "sce", "eeig",
    // Asia
    "kk", "gk", "yk", "kabushikikaisha", "godokaisha", "bhd", "sdnbhd", "tbk", "jsc", "ojsc",
    "pjsc", "cjsc",
};

// Written before or after the name, in scripts without spaces (so also inside one word).
const char *const affixForms[] = {
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "股份有限公司", "有限公司",
    "有限责任公司", "有限責任公司", "公司", "주식회사", "유한회사", "ооо", "зао", "оао", "пао", "ао",
    "株", "有",
};
// clang-format on

/// Letters that compatibility decomposition leaves as they are, spelled as ASCII.
const char *transliteration(char32_t c) {
    static constexpr struct {
        char32_t letter;
        const char *ascii;
    } table[] = {{U'ß', "ss"}, {U'æ', "ae"}, {U'Æ', "ae"}, {U'ø', "o"}, {U'Ø', "o"}, {U'œ', "oe"},
                 {U'Œ', "oe"}, {U'ł', "l"},  {U'Ł', "l"},  {U'đ', "d"}, {U'Đ', "d"}, {U'ð', "d"},
                 {U'Ð', "d"},  {U'þ', "th"}, {U'Þ', "th"}, {U'ı', "i"}};
    for (const auto &entry : table)
        if (entry.letter == c)
            return entry.ascii;
    return nullptr;
}

bool joinsWord(char32_t c) {
    return c == U'.' || c == U'/' || c == U'\'' || c == U'’' || c == U'`';
}

bool isAscii(QStringView text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

/// The words of `text` (already decomposed), case-folded, marks dropped.
QVarLengthArray<QString, 8> words(QStringView text) {
    QVarLengthArray<QString, 8> result;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            result.append(std::move(word));
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                word.append(QChar(c));
            else if (c >= 'A' && c <= 'Z')
                word.append(QChar(c + 32));
            else if (!joinsWord(c))
                endWord();
            continue;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        if (const char *ascii = transliteration(c)) {
            word.append(QLatin1String(ascii));
        } else if (QChar::isLetterOrNumber(c) || category == QChar::Mark_SpacingCombining) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                word.append(QChar(QChar::highSurrogate(folded)));
                word.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                word.append(QChar(char16_t(folded)));
            }
        } else if (!joinsWord(c)) {
            endWord();
        }
    }
    endWord();
    return result;
}

/// A legal form as the words of a name become: decomposed, marks dropped, folded, joined.
QString normalizedForm(const char *form) {
    const QString text = QString::fromUtf8(form).normalized(QString::NormalizationForm_KD);
    QString joined;
    for (const QString &word : words(text))
        joined += word;
    return joined;
}

const QSet<QString> &suffixes() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *form : suffixForms)
            s.insert(normalizedForm(form));
        return s;
    }();
    return set;
}

struct Affix {
    QString form;
    bool glued; ///< also removed when written without a space (scripts without spaces)
};

const std::vector<Affix> &affixes() {
    static const std::vector<Affix> list = [] {
        std::vector<Affix> l;
        for (const char *text : affixForms) {
            const QString form = normalizedForm(text);
            l.push_back({form, form.size() >= 2 && form.front().unicode() >= 0x1100});
        }
        return l;
    }();
    return list;
}

void dropLegalForms(QVarLengthArray<QString, 8> &w) {
    bool changed = true;
    while (changed && w.size() > 1) {
        changed = false;
        // The longest form first: "S. A. de C. V." is one form, not "C. V." (Benelux) alone.
        for (qsizetype k = std::min<qsizetype>(MaxFormWords, w.size() - 1); k >= 1; --k) {
            QString joined;
            for (qsizetype i = w.size() - k; i < w.size(); ++i)
                joined += w.at(i);
            if (suffixes().contains(joined)) {
                w.resize(w.size() - k);
                changed = true;
                break;
            }
        }
    }
    // Forms written before or after the name, also glued to it ("トヨタ自動車株式会社").
    for (const Affix &affix : affixes()) {
        const QString &form = affix.form;
        if (w.size() > 1 && w.front() == form)
            w.erase(w.begin());
        else if (w.size() > 1 && w.back() == form)
            w.removeLast();
        else if (affix.glued && w.front().size() > form.size() && w.front().startsWith(form))
            w.front().remove(0, form.size());
        else if (affix.glued && w.back().size() > form.size() && w.back().endsWith(form))
            w.back().chop(form.size());
    }
}

/// The ASCII legal forms, sorted, for the fast path.
const std::vector<std::string> &asciiSuffixes() {
    static const std::vector<std::string> list = [] {
        std::vector<std::string> l;
        for (const QString &form : suffixes())
            l.push_back(form.toStdString());
        std::sort(l.begin(), l.end());
        return l;
    }();
    return list;
}

constexpr int MaxFastChars = 512;
constexpr int MaxFastWords = 64;
constexpr int MaxFormChars = 15; // "kabushikikaisha"

/// normalizedCompanyName() for ASCII names, without allocating per word: the same steps on
/// index ranges into one buffer. Names of ASCII text are nearly all names, and two million of
/// them are normalized in the overlap benchmark. nullopt: too long for the buffers.
std::optional<QString> asciiKey(QStringView name) {
    if (name.size() > MaxFastChars)
        return std::nullopt;
    char text[MaxFastChars];
    struct Range {
        int begin, end;
        std::string_view in(const char *t) const { return {t + begin, size_t(end - begin)}; }
    };
    Range w[MaxFastWords];
    int words = 0, length = 0;
    bool inWord = false;
    for (const QChar qc : name) {
        const char16_t c = qc.unicode();
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            if (!inWord) {
                if (words == MaxFastWords)
                    return std::nullopt;
                w[words++] = {length, length};
                inWord = true;
            }
            text[length++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            w[words - 1].end = length;
        } else if (!joinsWord(c)) {
            inWord = false;
        }
    }
    const auto erase = [&](int i) {
        std::copy(w + i + 1, w + words, w + i);
        --words;
    };
    for (int i = words - 2; i >= 1; --i)
        if (w[i].in(text) == "and")
            erase(i);
    if (words > 1 && w[0].in(text) == "the")
        erase(0);
    if (words == 0)
        return QString();
    const std::vector<std::string> &forms = asciiSuffixes();
    bool changed = true;
    while (changed && words > 1) {
        changed = false;
        for (int k = std::min(int(MaxFormWords), words - 1); k >= 1; --k) {
            char joined[MaxFormChars + 1];
            int n = 0;
            for (int i = words - k; i < words && n <= MaxFormChars; ++i) {
                const std::string_view word = w[i].in(text);
                if (n + int(word.size()) > MaxFormChars) {
                    n = MaxFormChars + 1;
                    break;
                }
                std::memcpy(joined + n, word.data(), word.size());
                n += int(word.size());
            }
            if (n > MaxFormChars)
                continue;
            const std::string_view candidate(joined, size_t(n));
            const auto it = std::lower_bound(forms.begin(), forms.end(), candidate,
                                             [](const std::string &form, std::string_view c) {
                                                 return std::string_view(form) < c;
                                             });
            if (it != forms.end() && std::string_view(*it) == candidate) {
                words -= k;
                changed = true;
                break;
            }
        }
    }
    // The words are in order in `text`; join them in place.
    int out = 0;
    for (int i = 0; i < words; ++i) {
        std::memmove(text + out, text + w[i].begin, size_t(w[i].end - w[i].begin));
        out += w[i].end - w[i].begin;
    }
    return QString::fromLatin1(text, out);
}

} // namespace

QString normalizedCompanyName(QStringView name) {
    QVarLengthArray<QString, 8> w;
    if (isAscii(name)) {
        if (const auto key = asciiKey(name))
            return *key;
        w = words(name);
    } else {
        const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
        w = words(decomposed);
    }
    for (qsizetype i = w.size() - 1; i >= 1; --i)
        if (w.at(i) == QLatin1String("and") && i + 1 < w.size())
            w.erase(w.begin() + i);
    if (w.size() > 1 && w.front() == QLatin1String("the"))
        w.erase(w.begin());
    if (w.isEmpty())
        return {};
    dropLegalForms(w);
    QString key;
    for (const QString &word : w)
        key += word;
    return key;
}

QStringList legalFormSuffixes() {
    QStringList list;
    for (const char *form : suffixForms)
        if (!list.contains(QString::fromUtf8(form)))
            list << QString::fromUtf8(form);
    return list;
}

QStringList legalFormAffixes() {
    QStringList list;
    for (const char *form : affixForms)
        list << QString::fromUtf8(form);
    return list;
}

} // namespace ps::accounts
