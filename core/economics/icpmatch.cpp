// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/economics/icpmatch.h"

#include <QSet>

#include <algorithm>

namespace ps {
namespace {

QString folded(const QString &text) {
    return text.simplified().toCaseFolded();
}

/// Regions as CRMs and ICPs name them, with the countries and smaller regions in them. Names
/// are case-folded; a region may list another region, whose members it then includes.
struct RegionEntry {
    const char *region;
    const char *members; ///< separated by '|'
};

// clang-format off
const RegionEntry regionTable[] = {
    {"dach", "germany|deutschland|de|austria|österreich|at|switzerland|schweiz|suisse|ch|liechtenstein"},
    {"uk & ireland", "united kingdom|uk|great britain|england|scotland|wales|northern ireland|gb|ireland|ie"},
    {"uk", "united kingdom|great britain|england|scotland|wales|northern ireland|gb"},
    {"nordics", "sweden|se|norway|no|denmark|dk|finland|fi|iceland|is"},
    {"benelux", "belgium|be|netherlands|the netherlands|nl|luxembourg|lu"},
    {"southern europe", "spain|es|italy|it|portugal|pt|greece|gr|malta|cyprus"},
    {"cee", "poland|pl|czech republic|czechia|cz|slovakia|hungary|romania|bulgaria|croatia|slovenia|estonia|latvia|lithuania"},
    {"europe", "dach|uk & ireland|nordics|benelux|southern europe|cee|france|fr"},
    {"middle east", "united arab emirates|uae|ae|saudi arabia|sa|qatar|israel|il|kuwait|bahrain|oman|jordan|turkey|tr"},
    {"africa", "south africa|za|nigeria|ng|kenya|ke|egypt|eg|morocco|ma|ghana"},
    {"emea", "europe|middle east|africa"},
    {"north america", "united states|united states of america|usa|us|canada|ca"},
    {"latam", "brazil|br|mexico|mx|argentina|ar|chile|cl|colombia|co|peru|pe|uruguay"},
    {"americas", "north america|latam"},
    {"apac", "japan|jp|china|cn|australia|au|new zealand|nz|india|in|singapore|sg|south korea|korea|kr|indonesia|malaysia|thailand|vietnam|philippines|hong kong|taiwan"},
};
// clang-format on

/// Every region with its full membership (countries and smaller regions, transitively).
const QHash<QString, QSet<QString>> &regionMembers() {
    static const QHash<QString, QSet<QString>> table = [] {
        QHash<QString, QSet<QString>> direct;
        for (const RegionEntry &e : regionTable) {
            QSet<QString> &members = direct[QString::fromUtf8(e.region)];
            for (const QString &m : QString::fromUtf8(e.members).split(QLatin1Char('|')))
                members.insert(m);
        }
        QHash<QString, QSet<QString>> full;
        for (auto it = direct.constBegin(); it != direct.constEnd(); ++it) {
            QSet<QString> members;
            QStringList pending(it->values());
            while (!pending.isEmpty()) {
                const QString m = pending.takeLast();
                if (members.contains(m))
                    continue;
                members.insert(m);
                if (const auto sub = direct.constFind(m); sub != direct.constEnd())
                    pending << sub->values();
            }
            full.insert(it.key(), members);
        }
        return full;
    }();
    return table;
}

bool isGroupSeparator(QChar c) {
    return c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'') ||
           c == QChar(0x202F) || c == QChar(0x00A0);
}

/// Exactly three digits at `at`, then no further digit.
bool groupOfThreeAt(const QString &text, qsizetype at) {
    if (at + 3 > text.size())
        return false;
    for (qsizetype k = at; k < at + 3; ++k)
        if (!text.at(k).isDigit())
            return false;
    return at + 3 == text.size() || !text.at(at + 3).isDigit();
}

/// Whole numbers in a text, with thousands separators (",", ".", "'", spaces) inside them.
std::vector<int> numbersIn(const QString &text) {
    std::vector<int> out;
    qint64 value = -1;
    auto flush = [&] {
        if (value >= 0)
            out.push_back(int(std::min<qint64>(value, 2000000000)));
        value = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            value = (value < 0 ? 0 : value) * 10 + c.digitValue();
            if (value > 2000000000)
                value = 2000000000;
        } else if (value >= 0 && isGroupSeparator(c) && groupOfThreeAt(text, i + 1)) {
            continue; // "1,000": the number goes on
        } else if (c.toLower() == QLatin1Char('k') && value >= 0) {
            value *= 1000;
            flush();
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace

std::optional<EmployeeRange> sizeBandRange(const QString &band) {
    const std::vector<int> numbers = numbersIn(band);
    if (numbers.empty())
        return std::nullopt;
    const QString lower = band.toCaseFolded();
    EmployeeRange range;
    if (numbers.size() >= 2) {
        range.low = std::min(numbers[0], numbers[1]);
        range.high = std::max(numbers[0], numbers[1]);
        return range;
    }
    if (band.contains(QLatin1Char('+')) || lower.contains(QLatin1String("more")) ||
        lower.contains(QLatin1String("over")) || lower.contains(QLatin1String("above")) ||
        lower.contains(QLatin1String("at least"))) {
        range.low = numbers[0];
        return range;
    }
    if (band.contains(QLatin1Char('<')) || lower.contains(QLatin1String("under")) ||
        lower.contains(QLatin1String("up to")) || lower.contains(QLatin1String("less")) ||
        lower.contains(QLatin1String("below"))) {
        range.high = numbers[0];
        return range;
    }
    range.low = numbers[0];
    range.high = numbers[0];
    return range;
}

bool regionContains(const QString &icpRegion, const QString &buyerRegion) {
    const QString region = folded(icpRegion);
    const QString buyer = folded(buyerRegion);
    if (region.isEmpty() || buyer.isEmpty())
        return false;
    if (region == buyer)
        return true;
    const auto it = regionMembers().constFind(region);
    return it != regionMembers().constEnd() && it->contains(buyer);
}

IcpMatcher::IcpMatcher(const std::vector<Icp> &icps, bool stableStrings)
    : m_stableStrings(stableStrings) {
    const size_t words = (icps.size() + 63) / 64;
    m_noIndustry.assign(words, 0);
    m_noRegion.assign(words, 0);
    m_icps.reserve(icps.size());
    for (size_t i = 0; i < icps.size(); ++i) {
        const Icp &icp = icps[i];
        Profile p;
        p.id = icp.id;
        for (const QString &industry : icp.industries)
            p.industries << folded(industry);
        for (const QString &region : icp.regions)
            p.regions << region;
        p.size = sizeBandRange(icp.sizeBand);
        p.setsSomething = !p.industries.isEmpty() || !p.regions.isEmpty() || p.size.has_value();
        if (p.industries.isEmpty())
            m_noIndustry[i / 64] |= std::uint64_t(1) << (i % 64);
        if (p.regions.isEmpty())
            m_noRegion[i / 64] |= std::uint64_t(1) << (i % 64);
        m_indexOfId.insert(icp.id, int(i));
        m_icps.push_back(std::move(p));
    }
}

template <typename Compute>
const IcpMatcher::Mask &IcpMatcher::cached(MaskCache &cache, const QString &text,
                                           Compute compute) const {
    // Addresses first (only when the deals' texts cannot change or be freed meanwhile), a few
    // thousand at most: imported texts that are not shared would only fill the table.
    const void *address = text.constData();
    if (m_stableStrings) {
        const auto known = cache.byAddress.find(address);
        if (known != cache.byAddress.end())
            return cache.masks[size_t(known->second)];
    }
    auto it = cache.byText.constFind(text);
    if (it == cache.byText.constEnd()) {
        cache.masks.push_back(compute(text));
        it = cache.byText.insert(text, int(cache.masks.size()) - 1);
    }
    if (m_stableStrings && cache.byAddress.size() < 4096)
        cache.byAddress.emplace(address, *it);
    return cache.masks[size_t(*it)];
}

const IcpMatcher::Mask &IcpMatcher::industryMask(const QString &industry) const {
    return cached(m_industries, industry,
                  [this](const QString &text) { return computeIndustryMask(text); });
}

const IcpMatcher::Mask &IcpMatcher::regionMask(const QString &region) const {
    return cached(m_regions, region,
                  [this](const QString &text) { return computeRegionMask(text); });
}

IcpMatcher::Mask IcpMatcher::computeIndustryMask(const QString &industry) const {
    // ICPs without an industry rule hold for every buyer; a buyer without an industry meets
    // no industry rule.
    Mask mask = m_noIndustry;
    const QString key = folded(industry);
    if (!key.isEmpty())
        for (size_t i = 0; i < m_icps.size(); ++i)
            if (m_icps[i].industries.contains(key))
                mask[i / 64] |= std::uint64_t(1) << (i % 64);
    return mask;
}

IcpMatcher::Mask IcpMatcher::computeRegionMask(const QString &region) const {
    Mask mask = m_noRegion;
    if (!region.trimmed().isEmpty()) {
        for (size_t i = 0; i < m_icps.size(); ++i)
            for (const QString &icpRegion : m_icps[i].regions)
                if (regionContains(icpRegion, region)) {
                    mask[i / 64] |= std::uint64_t(1) << (i % 64);
                    break;
                }
    }
    return mask;
}

bool IcpMatcher::sizeMatches(const Profile &p, const std::optional<int> &employees) const {
    if (!p.size)
        return true;
    return employees && p.size->contains(*employees);
}

bool IcpMatcher::buyerMatches(const Buyer &buyer, int index) const {
    if (index < 0 || index >= int(m_icps.size()) || !m_icps[size_t(index)].setsSomething)
        return false;
    const std::uint64_t bit = std::uint64_t(1) << (index % 64);
    return (industryMask(buyer.industry)[size_t(index / 64)] & bit) &&
           (regionMask(buyer.region)[size_t(index / 64)] & bit) &&
           sizeMatches(m_icps[size_t(index)], buyer.employees);
}

void IcpMatcher::match(const Deal &deal, std::vector<int> &out) const {
    out.clear();
    if (deal.icpId != 0) {
        if (const auto it = m_indexOfId.constFind(deal.icpId); it != m_indexOfId.constEnd())
            out.push_back(*it);
        return;
    }
    const Buyer &b = deal.buyer;
    if (b.industry.isEmpty() && b.region.isEmpty() && !b.employees)
        return;
    const Mask &industries = industryMask(b.industry);
    const Mask &regions = regionMask(b.region);
    for (size_t w = 0; w < industries.size(); ++w) {
        std::uint64_t bits = industries[w] & regions[w];
        while (bits) {
            const int bit = __builtin_ctzll(bits);
            bits &= bits - 1;
            const size_t i = w * 64 + size_t(bit);
            if (m_icps[i].setsSomething && sizeMatches(m_icps[i], b.employees))
                out.push_back(int(i));
        }
    }
}

} // namespace ps
