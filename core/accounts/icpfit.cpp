// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/icpfit.h"

#include "core/accounts/regions.h"

#include <QHash>

#include <cmath>

namespace ps::accounts {
namespace {

constexpr qsizetype MinContainedLetters = 4;

struct SizeNumber {
    double value = 0;
    qsizetype end = 0; ///< index after the number and its k/m suffix
};

bool isGroupSeparator(QChar c) {
    return c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'') ||
           c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

/// The numbers of a band with their group separators ("1,000", "1.000", "1 000" is two
/// numbers) and "k"/"m" suffixes.
std::vector<SizeNumber> numbers(QStringView text) {
    std::vector<SizeNumber> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isDigit()) {
            ++i;
            continue;
        }
        double value = 0;
        while (i < text.size()) {
            if (text.at(i).isDigit()) {
                value = value * 10 + text.at(i).digitValue();
                ++i;
            } else if (isGroupSeparator(text.at(i)) && i + 3 < text.size() &&
                       text.at(i + 1).isDigit() && text.at(i + 2).isDigit() &&
                       text.at(i + 3).isDigit() &&
                       (i + 4 >= text.size() || !text.at(i + 4).isDigit())) {
                ++i; // a group separator: exactly three digits follow
            } else {
                break;
            }
        }
        if (i < text.size() && (text.at(i) == QLatin1Char('k') || text.at(i) == QLatin1Char('K'))) {
            value *= 1000;
            ++i;
        } else if (i < text.size() &&
                   (text.at(i) == QLatin1Char('m') || text.at(i) == QLatin1Char('M')) &&
                   (i + 1 >= text.size() || !text.at(i + 1).isLetter())) {
            value *= 1000000;
            ++i;
        }
        out.push_back({value, i});
    }
    return out;
}

bool containsAny(const QString &text, std::initializer_list<const char *> words) {
    for (const char *word : words)
        if (text.contains(QLatin1String(word)))
            return true;
    return false;
}

QString foldedIndustry(const QString &industry) {
    return foldedKey(industry);
}

} // namespace

std::optional<SizeRange> parseSizeBand(QStringView band) {
    const std::vector<SizeNumber> found = numbers(band);
    if (found.empty())
        return std::nullopt;
    const QString lower = band.toString().toLower();
    const auto rounded = [](double v) { return qint64(std::llround(v)); };
    if (found.size() >= 2) {
        qint64 a = rounded(found[0].value), b = rounded(found[1].value);
        if (a > b)
            std::swap(a, b);
        return SizeRange{a, b};
    }
    const qint64 n = rounded(found[0].value);
    const QString after = lower.mid(found[0].end).trimmed();
    if (after.startsWith(QLatin1Char('+')) || lower.contains(QLatin1Char('>')) ||
        lower.contains(QChar(0x2265)) ||
        containsAny(lower, {"more", "over", "above", "at least", "or larger", "plus", "min"}))
        return SizeRange{n, std::nullopt};
    if (lower.contains(QLatin1Char('<')) || lower.contains(QChar(0x2264)) ||
        containsAny(lower, {"under", "up to", "less", "fewer", "below", "max", "at most"}))
        return SizeRange{0, n};
    return SizeRange{n, n};
}

IcpMatcher::IcpMatcher(const Icp &icp, IcpFitOptions options)
    : m_icpId(icp.id)
    , m_options(options)
    , m_size(parseSizeBand(icp.sizeBand)) {
    for (const QString &industry : icp.industries) {
        const QString folded = foldedIndustry(industry);
        if (!folded.isEmpty())
            m_industries << folded;
    }
    for (const QString &region : icp.regions) {
        const QString folded = foldedKey(region);
        if (folded.isEmpty())
            continue;
        m_anyRegion = false;
        const QStringList codes = regionCountries(region);
        if (codes.isEmpty())
            m_regionTexts.insert(folded);
        for (const QString &code : codes)
            m_countries.insert(code);
    }
}

bool IcpMatcher::industryFits(const QString &industry) const {
    if (m_industries.isEmpty())
        return true;
    const QString folded = foldedIndustry(industry);
    if (folded.isEmpty())
        return m_options.unknownFits;
    for (const QString &wanted : m_industries) {
        if (folded == wanted)
            return true;
        const QString &shorter = folded.size() < wanted.size() ? folded : wanted;
        const QString &longer = folded.size() < wanted.size() ? wanted : folded;
        if (shorter.size() >= MinContainedLetters && longer.contains(shorter))
            return true;
    }
    return false;
}

bool IcpMatcher::sizeFits(const std::optional<qint64> &employees) const {
    if (!m_size)
        return true;
    if (!employees)
        return m_options.unknownFits;
    return m_size->contains(*employees);
}

bool IcpMatcher::countryFits(const QString &country) const {
    if (m_anyRegion)
        return true;
    const QString code = countryCode(country);
    if (!code.isEmpty())
        return m_countries.contains(code);
    const QString folded = foldedKey(country);
    if (folded.isEmpty())
        return m_options.unknownFits;
    return m_regionTexts.contains(folded);
}

bool IcpMatcher::fits(const Account &account) const {
    return industryFits(account.industry) && sizeFits(account.employees) &&
           countryFits(account.country);
}

bool fitsIcp(const Account &account, const Icp &icp, IcpFitOptions options) {
    return IcpMatcher(icp, options).fits(account);
}

std::vector<int> accountsFitting(const std::vector<Account> &accounts, const Icp &icp,
                                 IcpFitOptions options) {
    const IcpMatcher matcher(icp, options);
    std::vector<int> indexes;
    for (int i = 0; i < int(accounts.size()); ++i)
        if (matcher.fits(accounts[size_t(i)]))
            indexes.push_back(i);
    return indexes;
}

} // namespace ps::accounts

namespace ps::accounts {

std::vector<std::vector<int>> accountsFittingEach(const std::vector<Account> &accounts,
                                                  const std::vector<Icp> &icps,
                                                  IcpFitOptions options) {
    // Distinct industry and country texts, numbered in order of appearance.
    QHash<QString, int> industries, countries;
    const auto number = [](QHash<QString, int> &ids, const QString &text) {
        const auto it = ids.constFind(text);
        if (it != ids.constEnd())
            return it.value();
        const int id = int(ids.size());
        ids.insert(text, id);
        return id;
    };
    std::vector<int> industryOf(accounts.size()), countryOf(accounts.size());
    for (size_t i = 0; i < accounts.size(); ++i) {
        industryOf[i] = number(industries, accounts[i].industry);
        countryOf[i] = number(countries, accounts[i].country);
    }
    std::vector<std::vector<int>> result;
    for (const Icp &icp : icps) {
        const IcpMatcher matcher(icp, options);
        std::vector<char> industryFit(size_t(industries.size())),
            countryFit(size_t(countries.size()));
        for (auto it = industries.cbegin(); it != industries.cend(); ++it)
            industryFit[size_t(it.value())] = matcher.industryFits(it.key());
        for (auto it = countries.cbegin(); it != countries.cend(); ++it)
            countryFit[size_t(it.value())] = matcher.countryFits(it.key());
        std::vector<int> fitting;
        for (size_t i = 0; i < accounts.size(); ++i)
            if (industryFit[size_t(industryOf[i])] && countryFit[size_t(countryOf[i])] &&
                matcher.sizeFits(accounts[i].employees))
                fitting.push_back(int(i));
        result.push_back(std::move(fitting));
    }
    return result;
}

} // namespace ps::accounts
