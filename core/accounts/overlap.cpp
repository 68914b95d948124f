// SPDX-License-Identifier: GPL-3.0-or-later
// A hash join: their accounts are grouped by key once (an open-addressing table over groups of
// equal keys, each group with the populations it covers), then our accounts look their keys up
// on every core. The counts need only each group's population bits, so they stay exact and
// linear even when a key repeats on both sides; only the pair list is capped.
#include "core/accounts/overlap.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <thread>

namespace ps::accounts {
namespace {

quint8 theirBits(const Account &account) {
    quint8 bits = 0;
    if (inPopulation(account, TheirPopulation::Customers))
        bits |= MatchesTheirCustomers;
    if (inPopulation(account, TheirPopulation::Prospects))
        bits |= MatchesTheirProspects;
    return bits;
}

/// Their accounts grouped by one key (domain or name).
class KeyIndex {
public:
    struct Group {
        quint8 bits = 0;         ///< theirBits() of every member
        quint8 bitsNoDomain = 0; ///< theirBits() of the members without a domain key
        int noDomainCount = 0;
        int first = 0; ///< into members()
        int count = 0;
    };

    KeyIndex(const std::vector<Account> &accounts, QString Account::*key, int threads)
        : m_accounts(accounts)
        , m_key(key) {
        const size_t n = accounts.size();
        std::vector<quint32> hashes(n);
        parallelFor(qint64(n), 8192, threads, [&](qint64 begin, qint64 end, int) {
            for (qint64 i = begin; i < end; ++i)
                hashes[size_t(i)] = quint32(qHash(accounts[size_t(i)].*m_key));
        });
        size_t capacity = 16;
        while (capacity < 2 * n)
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, 0);
        m_slotHashes.assign(capacity, 0);
        std::vector<int> groupOf(n, -1);
        for (size_t i = 0; i < n; ++i) {
            const QString &k = accounts[i].*m_key;
            if (k.isEmpty())
                continue;
            size_t slot = hashes[i] & m_mask;
            for (;;) {
                const quint32 g = m_slots[slot];
                if (g == 0) {
                    m_slots[slot] = quint32(m_groups.size() + 1);
                    m_slotHashes[slot] = hashes[i];
                    m_representative.push_back(int(i));
                    groupOf[i] = int(m_groups.size());
                    m_groups.emplace_back();
                    break;
                }
                if (m_slotHashes[slot] == hashes[i] &&
                    accounts[size_t(m_representative[g - 1])].*m_key == k) {
                    groupOf[i] = int(g - 1);
                    break;
                }
                slot = (slot + 1) & m_mask;
            }
        }
        // Members of each group, contiguous and in list order (a counting sort).
        for (size_t i = 0; i < n; ++i)
            if (groupOf[i] >= 0)
                ++m_groups[size_t(groupOf[i])].count;
        int offset = 0;
        for (Group &g : m_groups) {
            g.first = offset;
            offset += g.count;
            g.count = 0;
        }
        m_members.resize(size_t(offset));
        for (size_t i = 0; i < n; ++i) {
            if (groupOf[i] < 0)
                continue;
            Group &g = m_groups[size_t(groupOf[i])];
            m_members[size_t(g.first + g.count++)] = int(i);
            const quint8 bits = theirBits(accounts[i]);
            g.bits |= bits;
            if (accounts[i].domainKey.isEmpty()) {
                g.bitsNoDomain |= bits;
                ++g.noDomainCount;
            }
        }
    }

    /// The group of `key`, or nullptr.
    const Group *find(const QString &key) const {
        if (key.isEmpty() || m_groups.empty())
            return nullptr;
        const quint32 hash = quint32(qHash(key));
        size_t slot = hash & m_mask;
        for (;;) {
            const quint32 g = m_slots[slot];
            if (g == 0)
                return nullptr;
            if (m_slotHashes[slot] == hash &&
                m_accounts[size_t(m_representative[g - 1])].*m_key == key)
                return &m_groups[g - 1];
            slot = (slot + 1) & m_mask;
        }
    }

    const int *members(const Group &g) const { return m_members.data() + g.first; }

private:
    const std::vector<Account> &m_accounts;
    QString Account::*m_key;
    size_t m_mask = 0;
    std::vector<quint32> m_slots; ///< group index + 1; 0 = empty
    std::vector<quint32> m_slotHashes;
    std::vector<int> m_representative; ///< per group, an account holding the key
    std::vector<Group> m_groups;
    std::vector<int> m_members;
};

struct Tally {
    std::array<std::array<OverlapCell, TheirPopulationCount>, OurPopulationCount> cells{};
    qint64 overlap = 0;
    qint64 nameOnly = 0;
};

void count(const Account &account, quint8 matches, Tally &tally) {
    if (!(matches & MatchesAny))
        return;
    ++tally.overlap;
    if (!(matches & MatchesByDomain))
        ++tally.nameOnly;
    for (int o = 0; o < OurPopulationCount; ++o) {
        if (!inPopulation(account, OurPopulation(o)))
            continue;
        for (int t = 0; t < TheirPopulationCount; ++t) {
            if (!(matches & (t == 0 ? MatchesTheirCustomers : MatchesTheirProspects)))
                continue;
            OverlapCell &cell = tally.cells[size_t(o)][size_t(t)];
            ++cell.accounts;
            cell.openPipeline += account.openPipeline;
        }
    }
}

void addTally(OverlapResult &result, const Tally &tally) {
    for (size_t o = 0; o < size_t(OurPopulationCount); ++o)
        for (size_t t = 0; t < size_t(TheirPopulationCount); ++t) {
            result.cells[o][t].accounts += tally.cells[o][t].accounts;
            result.cells[o][t].openPipeline += tally.cells[o][t].openPipeline;
        }
    result.overlapTotal += tally.overlap;
    result.nameMatchedTotal += tally.nameOnly;
}

} // namespace

QString toKey(MatchKind kind) {
    return kind == MatchKind::Domain ? QStringLiteral("domain") : QStringLiteral("name");
}

QString cellKey(OurPopulation ours, TheirPopulation theirs) {
    return QStringLiteral("our_%1_x_their_%2").arg(toKey(ours), toKey(theirs));
}

OverlapResult computeOverlap(const AccountList &ours, const AccountList &theirs,
                             const OverlapOptions &options) {
    const int threads = workerCount(options.threads);
    OverlapResult result;
    result.oursTotal = qint64(ours.accounts.size());
    result.theirsTotal = theirs.total();
    result.ourMatches.assign(ours.accounts.size(), 0);

    // The two indexes are built at once, one on this thread and one on another.
    std::optional<KeyIndex> nameIndex;
    std::thread nameBuilder;
    if (threads > 1)
        nameBuilder = std::thread(
            [&] { nameIndex.emplace(theirs.accounts, &Account::nameKey, (threads + 1) / 2); });
    const KeyIndex byDomain(theirs.accounts, &Account::domainKey, threads > 1 ? threads / 2 : 1);
    if (nameBuilder.joinable())
        nameBuilder.join();
    else
        nameIndex.emplace(theirs.accounts, &Account::nameKey, 1);
    const KeyIndex &byName = *nameIndex;

    std::vector<Tally> tallies(static_cast<size_t>(threads));
    const bool finished = parallelFor(
        qint64(ours.accounts.size()), 4096, threads,
        [&](qint64 begin, qint64 end, int worker) {
            Tally &tally = tallies[size_t(worker)];
            for (qint64 i = begin; i < end; ++i) {
                const Account &a = ours.accounts[size_t(i)];
                quint8 matches = 0;
                if (const KeyIndex::Group *g = byDomain.find(a.domainKey))
                    matches |= g->bits | MatchesAny | MatchesByDomain;
                if (const KeyIndex::Group *g = byName.find(a.nameKey)) {
                    if (a.domainKey.isEmpty())
                        matches |= g->bits | MatchesAny;
                    else if (g->noDomainCount > 0)
                        matches |= g->bitsNoDomain | MatchesAny;
                }
                result.ourMatches[size_t(i)] = matches;
                count(a, matches, tally);
            }
        },
        options.progress);
    if (!finished) {
        OverlapResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    for (const Tally &tally : tallies)
        addTally(result, tally);

    for (size_t i = 0; i < ours.accounts.size() && !result.pairsTruncated; ++i) {
        if (!(result.ourMatches[i] & MatchesAny))
            continue;
        const Account &a = ours.accounts[i];
        const auto add = [&](int theirs, MatchKind kind) {
            if (qint64(result.pairs.size()) >= options.maxPairs) {
                result.pairsTruncated = true;
                return false;
            }
            result.pairs.push_back({int(i), theirs, kind});
            return true;
        };
        if (const KeyIndex::Group *g = byDomain.find(a.domainKey)) {
            const int *m = byDomain.members(*g);
            for (int k = 0; k < g->count && add(m[k], MatchKind::Domain); ++k) {
            }
        }
        if (const KeyIndex::Group *g = byName.find(a.nameKey)) {
            const int *m = byName.members(*g);
            for (int k = 0; k < g->count; ++k)
                if ((a.domainKey.isEmpty() || theirs.accounts[size_t(m[k])].domainKey.isEmpty()) &&
                    !add(m[k], MatchKind::Name))
                    break;
        }
    }
    return result;
}

OverlapResult OverlapResult::restrictedTo(const std::vector<Account> &ours,
                                          const std::function<bool(int)> &keep) const {
    OverlapResult r;
    r.theirsTotal = theirsTotal;
    r.pairsTruncated = pairsTruncated;
    r.ourMatches.assign(ourMatches.size(), 0);
    Tally tally;
    for (size_t i = 0; i < ourMatches.size() && i < ours.size(); ++i) {
        if (!keep(int(i)))
            continue;
        ++r.oursTotal;
        r.ourMatches[i] = ourMatches[i];
        count(ours[i], ourMatches[i], tally);
    }
    addTally(r, tally);
    for (const AccountPair &pair : pairs)
        if (r.ourMatches[size_t(pair.ours)] & MatchesAny)
            r.pairs.push_back(pair);
    return r;
}

std::vector<AccountPair> OverlapResult::pairsIn(OurPopulation ourPopulation,
                                                TheirPopulation theirPopulation,
                                                const std::vector<Account> &ours,
                                                const std::vector<Account> &theirs) const {
    std::vector<AccountPair> out;
    for (const AccountPair &pair : pairs)
        if (inPopulation(ours[size_t(pair.ours)], ourPopulation) &&
            inPopulation(theirs[size_t(pair.theirs)], theirPopulation))
            out.push_back(pair);
    return out;
}

} // namespace ps::accounts
