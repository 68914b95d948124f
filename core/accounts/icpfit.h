// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"
#include "core/domain/entities.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Whether an account fits an ideal customer profile: its industry, size and region
/// (docs/account-mapping.md). Used to compute the overlap per ICP
/// (OverlapResult::restrictedTo()).
namespace ps::accounts {

/// A company size band as numbers of employees, both ends included.
struct SizeRange {
    qint64 min = 0;
    std::optional<qint64> max; ///< empty: no upper end ("1,000+ employees")
    bool contains(qint64 employees) const {
        return employees >= min && (!max || employees <= *max);
    }
    bool operator==(const SizeRange &o) const { return min == o.min && max == o.max; }
};

/// Reads a size band as ICPs write it: "200-1,000 employees", "1,000+", "5000 or more",
/// "over 5,000", "<50", "under 50", "up to 50", "1k-5k", "10K+", "1.000-5.000". nullopt when
/// the text holds no number (the band then does not constrain).
std::optional<SizeRange> parseSizeBand(QStringView band);

/// What an account that lacks a value is taken to do.
struct IcpFitOptions {
    /// When true, an account without an industry, employee count or country fits on that
    /// criterion (optimistic); when false (the default) it does not, so a count per ICP never
    /// includes accounts the list says nothing about.
    bool unknownFits = false;
};

/// One ICP prepared for testing many accounts.
class IcpMatcher {
public:
    explicit IcpMatcher(const Icp &icp, IcpFitOptions options = {});

    /// True when the account fits every criterion the ICP sets:
    /// - industry: the ICP names none, or the account's industry and one of the ICP's, reduced
    ///   to letters and digits, are equal or one contains the other (at least 4 letters), so
    ///   "Healthcare" fits "HOSPITAL_HEALTH_CARE" and "Logistics" fits "Logistics and Supply
    ///   Chain";
    /// - size: the ICP's band does not parse, or the account's employees are inside it;
    /// - region: the ICP names none, or the account's country is in one of its regions
    ///   (regionCountries()).
    bool fits(const Account &account) const;

    /// The three criteria one by one (fits() is their conjunction).
    bool industryFits(const QString &industry) const;
    bool sizeFits(const std::optional<qint64> &employees) const;
    bool countryFits(const QString &country) const;

    Id icpId() const { return m_icpId; }

private:
    Id m_icpId = 0;
    IcpFitOptions m_options;
    QStringList m_industries; ///< folded
    std::optional<SizeRange> m_size;
    bool m_anyRegion = true;
    QSet<QString> m_countries;   ///< alpha-2 codes of the ICP's regions
    QSet<QString> m_regionTexts; ///< folded region texts no table knows, compared to the country
};

/// True when `account` fits `icp` (see IcpMatcher::fits()).
bool fitsIcp(const Account &account, const Icp &icp, IcpFitOptions options = {});

/// Indexes of the accounts of `accounts` that fit `icp`.
std::vector<int> accountsFitting(const std::vector<Account> &accounts, const Icp &icp,
                                 IcpFitOptions options = {});

/// For each of `icps` (in order), the indexes of the accounts that fit it. Each distinct
/// industry and country text is read once, so a million accounts against dozens of ICPs take
/// a fraction of a second (the overview of overlap per ICP across partners).
std::vector<std::vector<int>> accountsFittingEach(const std::vector<Account> &accounts,
                                                  const std::vector<Icp> &icps,
                                                  IcpFitOptions options = {});

} // namespace ps::accounts
