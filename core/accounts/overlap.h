// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"

#include <QString>

#include <array>
#include <functional>
#include <vector>

/// Account mapping on plain lists: which of our accounts a partner also has, and the overlap
/// matrix of our populations against theirs (docs/account-mapping.md).
namespace ps::accounts {

/// How a pair of accounts was matched.
enum class MatchKind {
    Domain, ///< the same registrable domain
    Name,   ///< the same normalized name, one of the two having no website: shown as such
};

/// Stored key "domain" / "name".
QString toKey(MatchKind kind);

/// One of our accounts and one of theirs that are the same company; indexes into the lists.
struct AccountPair {
    int ours = 0;
    int theirs = 0;
    MatchKind kind = MatchKind::Domain;
    bool operator==(const AccountPair &o) const {
        return ours == o.ours && theirs == o.theirs && kind == o.kind;
    }
};

/// One cell of the matrix: our accounts of the row's population that match at least one
/// account of the column's population, and the sum of their open pipeline (each of our
/// accounts counted once, however many of their accounts it matches).
struct OverlapCell {
    qint64 accounts = 0;
    double openPipeline = 0.0;
    bool operator==(const OverlapCell &o) const {
        return accounts == o.accounts && openPipeline == o.openPipeline;
    }
};

/// Bits of OverlapResult::ourMatches.
enum OurMatchBit : quint8 {
    MatchesTheirCustomers = 1, ///< matches an account in their Customers population
    MatchesTheirProspects = 2, ///< matches an account in their Prospects population
    MatchesAny = 4,            ///< matches any of their accounts (any status)
    MatchesByDomain = 8,       ///< at least one match is by domain
};

struct OverlapOptions {
    int threads = 0;           ///< 0: every core
    qint64 maxPairs = 5000000; ///< pairs listed at most (the counts are always exact)
    Progress progress;         ///< counts our accounts; may cancel
};

/// The overlap of our list with a partner's.
struct OverlapResult {
    /// cells[our population][their population]
    std::array<std::array<OverlapCell, TheirPopulationCount>, OurPopulationCount> cells{};
    qint64 oursTotal = 0;        ///< our accounts considered
    qint64 theirsTotal = 0;      ///< their list's size (AccountList::total())
    qint64 overlapTotal = 0;     ///< distinct accounts of ours that match any of theirs
    qint64 nameMatchedTotal = 0; ///< of overlapTotal, those matched by name only
    /// Matched pairs, ordered by our index, then domain before name matches, then their index.
    std::vector<AccountPair> pairs;
    bool pairsTruncated = false; ///< more pairs than OverlapOptions::maxPairs
    /// Per account of ours, OurMatchBit flags (0: no match).
    std::vector<quint8> ourMatches;
    bool cancelled = false;

    const OverlapCell &cell(OurPopulation ours, TheirPopulation theirs) const {
        return cells[size_t(ours)][size_t(theirs)];
    }

    /// The same overlap counted over the accounts of ours for which `keep(index)` is true
    /// (for example IcpMatcher::fits, for the overlap per ICP): cells, oursTotal, overlapTotal,
    /// nameMatchedTotal and pairs are restricted; theirsTotal stays. `ours` is the list the
    /// result was computed from.
    OverlapResult restrictedTo(const std::vector<Account> &ours,
                               const std::function<bool(int index)> &keep) const;

    /// The pairs behind one cell: our accounts in `ourPopulation` with their matches in
    /// `theirPopulation` (what a click on the cell lists).
    std::vector<AccountPair> pairsIn(OurPopulation ourPopulation, TheirPopulation theirPopulation,
                                     const std::vector<Account> &ours,
                                     const std::vector<Account> &theirs) const;
};

/// The JSON key of a cell: "our_customers_x_their_customers", ...,
/// "our_open_opportunities_x_their_prospects".
QString cellKey(OurPopulation ours, TheirPopulation theirs);

/// Matches `ours` against `theirs`: first on the registrable domain (Account::domainKey), then
/// on the normalized name (Account::nameKey) where at least one of the two accounts has no
/// domain key. Two accounts whose domains differ never match by name; nothing fuzzy is
/// matched. Keys must have been derived (the importer does it; deriveKeys()). Uses `threads`
/// threads for our side. The cells count our accounts in each population against their
/// populations (inPopulation()); their accounts of status Other are matched and listed but in
/// no column.
OverlapResult computeOverlap(const AccountList &ours, const AccountList &theirs,
                             const OverlapOptions &options = {});

} // namespace ps::accounts
