// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

/// Which ideal customer profiles a deal's buyer belongs to, so that the deal log can count as
/// evidence for an ICP's influence links (docs/scoring.md, "Evidence from deals").
namespace ps {

/// A range of employee counts; no `high` means no upper end.
struct EmployeeRange {
    int low = 0;
    std::optional<int> high;
    bool contains(int employees) const { return employees >= low && (!high || employees <= *high); }
    bool operator==(const EmployeeRange &o) const { return low == o.low && high == o.high; }
};

/// The employee range of an ICP size band written as people write it: "200-1,000 employees"
/// gives {200, 1000}, "1,000+ employees" {1000, none}, "under 50" {0, 50}. nullopt when the
/// text holds no number.
std::optional<EmployeeRange> sizeBandRange(const QString &band);

/// True when a buyer in `buyerRegion` (a country or a region, any case) is in `icpRegion`: the
/// same name, or a country of that region ("Germany" is in "DACH", "EMEA" and "Europe"; "Japan"
/// in "APAC").
bool regionContains(const QString &icpRegion, const QString &buyerRegion);

/**
 * Matches deals to ICPs. A deal whose ICP is set by hand (Deal::icpId) counts for that ICP
 * only. Otherwise its buyer matches every ICP whose industries, size band and regions it meets:
 * each of the three the ICP sets must hold (industry equal to one of the ICP's, ignoring case;
 * employees within the band; region in one of the ICP's regions), and a buyer that does not
 * say (an empty industry, say) does not meet it. An ICP that sets none of the three matches
 * no buyer. Lookups of the same industry or region text are cached, so a million deals match
 * in well under a second.
 */
class IcpMatcher {
public:
    /// `stableStrings`: the deals matched during this matcher's life are not changed or freed,
    /// so the text of a buyer's industry and region may be recognized by its address as well as
    /// by its value. Deals generated or imported share those texts, so a million deals then match
    /// without hashing a million strings. Never set it for a matcher that outlives an edit.
    explicit IcpMatcher(const std::vector<Icp> &icps, bool stableStrings = false);

    /// Indexes into the ICP vector the deal counts for, ascending, into `out` (cleared first).
    void match(const Deal &deal, std::vector<int> &out) const;
    /// Whether the buyer meets ICP number `index` by its attributes (Deal::icpId aside).
    bool buyerMatches(const Buyer &buyer, int index) const;
    int icpCount() const { return int(m_icps.size()); }

private:
    using Mask = std::vector<std::uint64_t>;
    struct Profile {
        Id id = 0;
        QStringList industries; ///< case-folded
        QStringList regions;
        std::optional<EmployeeRange> size;
        bool setsSomething = false;
    };
    /// Masks already worked out, by text and (with stable strings) by the text's address.
    struct MaskCache {
        std::vector<Mask> masks;
        QHash<QString, int> byText;
        std::unordered_map<const void *, int> byAddress;
    };
    const Mask &industryMask(const QString &industry) const;
    const Mask &regionMask(const QString &region) const;
    Mask computeIndustryMask(const QString &industry) const;
    Mask computeRegionMask(const QString &region) const;
    template <typename Compute>
    const Mask &cached(MaskCache &cache, const QString &text, Compute compute) const;
    bool sizeMatches(const Profile &p, const std::optional<int> &employees) const;

    std::vector<Profile> m_icps;
    QHash<Id, int> m_indexOfId;
    Mask m_noIndustry; ///< ICPs that set no industry (any buyer meets them)
    Mask m_noRegion;   ///< ICPs that set no region
    bool m_stableStrings = false;
    mutable MaskCache m_industries;
    mutable MaskCache m_regions;
};

} // namespace ps
