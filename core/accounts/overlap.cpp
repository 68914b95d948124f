// A hash join: their accounts are grouped by domain once (an open-addressing table over groups
// of equal keys, each group with the populations it covers), then our accounts look their keys
// up on every core. Names matter only where one side has no domain, a small share of the
// rows, so the name indexes hold only those rows: their accounts without a domain (looked up
// by all of ours) and ours without a domain (looked up by their accounts with one). The counts
// need only each group's population bits, so they stay exact and linear even when a key
// repeats on both sides; only the pair list is capped.
#include "core/accounts/overlap.h"

#include <QHash>

#include <algorithm>
#include <functional>
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

/// Accounts of one list grouped by one key (domain or name), optionally only some of them.
class KeyIndex {
public:
    struct Group {
        quint8 bits = 0; ///< theirBits() of every member
        int first = 0;   ///< into members()
        int count = 0;
    };

    /// Indexes the accounts with a non-empty `key` for which `include(i)` is true (all when
    /// `include` is empty).
    KeyIndex(const std::vector<Account> &accounts, QString Account::*key,
             const std::function<bool(size_t)> &include, int threads)
        : m_accounts(accounts)
        , m_key(key) {
        const size_t n = accounts.size();
        std::vector<int> groupOf(n, -1);
        std::vector<quint32> hashes(n, 0);
        qint64 included = 0;
        std::vector<qint64> perWorker(size_t(std::max(threads, 1)), 0);
        parallelFor(qint64(n), 8192, threads, [&](qint64 begin, qint64 end, int worker) {
            for (qint64 i = begin; i < end; ++i) {
                const QString &k = accounts[size_t(i)].*m_key;
                if (k.isEmpty() || (include && !include(size_t(i))))
                    continue;
                hashes[size_t(i)] = quint32(qHash(k)) | 1u; // 0 marks "not included"
                ++perWorker[size_t(worker)];
            }
        });
        for (const qint64 count : perWorker)
            included += count;
        size_t capacity = 16;
        while (capacity < size_t(2 * included))
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{});
        for (size_t i = 0; i < n; ++i) {
            if (!hashes[i])
                continue;
            const QString &k = accounts[i].*m_key;
            size_t at = hashes[i] & m_mask;
            for (;;) {
                Slot &slot = m_slots[at];
                if (slot.group == 0) {
                    slot = {quint32(m_groups.size() + 1), hashes[i]};
                    m_representative.push_back(int(i));
                    groupOf[i] = int(m_groups.size());
                    m_groups.emplace_back();
                    break;
                }
                if (slot.hash == hashes[i] &&
                    accounts[size_t(m_representative[slot.group - 1])].*m_key == k) {
                    groupOf[i] = int(slot.group - 1);
                    break;
                }
                at = (at + 1) & m_mask;
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
            g.bits |= theirBits(accounts[i]);
        }
    }

    /// The index of the group of `key`, or -1.
    int find(const QString &key) const {
        if (key.isEmpty() || m_groups.empty())
            return -1;
        const quint32 hash = quint32(qHash(key)) | 1u;
        size_t at = hash & m_mask;
        for (;;) {
            const Slot &slot = m_slots[at];
            if (slot.group == 0)
                return -1;
            if (slot.hash == hash &&
                m_accounts[size_t(m_representative[slot.group - 1])].*m_key == key)
                return int(slot.group - 1);
            at = (at + 1) & m_mask;
        }
    }

    const Group &group(int index) const { return m_groups[size_t(index)]; }
    const int *members(const Group &g) const { return m_members.data() + g.first; }
    int groupCount() const { return int(m_groups.size()); }

private:
    struct Slot {
        quint32 group = 0; ///< group index + 1; 0 = empty
        quint32 hash = 0;
    };
    const std::vector<Account> &m_accounts;
    QString Account::*m_key;
    size_t m_mask = 0;
    std::vector<Slot> m_slots;
    std::vector<int> m_representative; ///< per group, an account holding the key
    std::vector<Group> m_groups;
    std::vector<int> m_members;
};

/// Their accounts with a domain, matched by name to our accounts without one: for each group
/// of `oursByName`, the population bits and the (sorted) indexes of their accounts.
struct ReverseNameMatches {
    std::vector<quint8> bits;
    std::vector<int> first; ///< per group, into theirs; size groupCount() + 1
    std::vector<int> theirs;

    ReverseNameMatches(const KeyIndex &oursByName, const std::vector<Account> &their) {
        const size_t groups = size_t(oursByName.groupCount());
        bits.assign(groups, 0);
        std::vector<std::pair<int, int>> found; // (group, their index)
        if (groups > 0)
            for (size_t i = 0; i < their.size(); ++i) {
                if (their[i].domainKey.isEmpty())
                    continue; // matched through their own name index
                const int g = oursByName.find(their[i].nameKey);
                if (g < 0)
                    continue;
                bits[size_t(g)] |= theirBits(their[i]) | MatchesAny;
                found.push_back({g, int(i)});
            }
        std::sort(found.begin(), found.end());
        first.assign(groups + 1, 0);
        for (const auto &[g, i] : found)
            ++first[size_t(g) + 1];
        for (size_t g = 0; g < groups; ++g)
            first[g + 1] += first[g];
        theirs.reserve(found.size());
        for (const auto &[g, i] : found)
            theirs.push_back(i);
    }
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

    // The domain index on this thread; the small name indexes and the reverse name matches on
    // another, at the same time.
    const auto noDomain = [](const std::vector<Account> &list) {
        return [&list](size_t i) { return list[i].domainKey.isEmpty(); };
    };
    std::optional<KeyIndex> theirsByName, oursByName;
    std::optional<ReverseNameMatches> reverse;
    const auto buildNames = [&] {
        theirsByName.emplace(theirs.accounts, &Account::nameKey, noDomain(theirs.accounts), 1);
        oursByName.emplace(ours.accounts, &Account::nameKey, noDomain(ours.accounts), 1);
        reverse.emplace(*oursByName, theirs.accounts);
    };
    std::thread nameBuilder;
    if (threads > 1)
        nameBuilder = std::thread(buildNames);
    const KeyIndex byDomain(theirs.accounts, &Account::domainKey, {}, std::max(1, threads - 1));
    if (nameBuilder.joinable())
        nameBuilder.join();
    else
        buildNames();

    std::vector<Tally> tallies(static_cast<size_t>(threads));
    const bool finished = parallelFor(
        qint64(ours.accounts.size()), 4096, threads,
        [&](qint64 begin, qint64 end, int worker) {
            Tally &tally = tallies[size_t(worker)];
            for (qint64 i = begin; i < end; ++i) {
                const Account &a = ours.accounts[size_t(i)];
                quint8 matches = 0;
                if (const int g = byDomain.find(a.domainKey); g >= 0)
                    matches |= byDomain.group(g).bits | MatchesAny | MatchesByDomain;
                if (const int g = theirsByName->find(a.nameKey); g >= 0)
                    matches |= theirsByName->group(g).bits | MatchesAny;
                if (a.domainKey.isEmpty())
                    if (const int g = oursByName->find(a.nameKey); g >= 0)
                        matches |= reverse->bits[size_t(g)];
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

    std::vector<int> nameMatches;
    for (size_t i = 0; i < ours.accounts.size() && !result.pairsTruncated; ++i) {
        if (!(result.ourMatches[i] & MatchesAny))
            continue;
        const Account &a = ours.accounts[i];
        const auto add = [&](int their, MatchKind kind) {
            if (qint64(result.pairs.size()) >= options.maxPairs) {
                result.pairsTruncated = true;
                return false;
            }
            result.pairs.push_back({int(i), their, kind});
            return true;
        };
        if (const int g = byDomain.find(a.domainKey); g >= 0) {
            const KeyIndex::Group &group = byDomain.group(g);
            const int *m = byDomain.members(group);
            for (int k = 0; k < group.count && add(m[k], MatchKind::Domain); ++k) {
            }
        }
        nameMatches.clear();
        if (const int g = theirsByName->find(a.nameKey); g >= 0) {
            const KeyIndex::Group &group = theirsByName->group(g);
            nameMatches.insert(nameMatches.end(), theirsByName->members(group),
                               theirsByName->members(group) + group.count);
        }
        if (a.domainKey.isEmpty())
            if (const int g = oursByName->find(a.nameKey); g >= 0)
                nameMatches.insert(nameMatches.end(),
                                   reverse->theirs.begin() + reverse->first[size_t(g)],
                                   reverse->theirs.begin() + reverse->first[size_t(g) + 1]);
        std::sort(nameMatches.begin(), nameMatches.end());
        for (const int their : nameMatches)
            if (!add(their, MatchKind::Name))
                break;
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
