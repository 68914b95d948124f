// SPDX-License-Identifier: GPL-3.0-or-later
// overlap_match_1m: plain account mapping of 1,000,000 of our accounts against 1,000,000 of a
// partner's, from website and name cells to the matrix: deriving the registrable domains and
// normalized names of both lists is inside the clock.
// psi_100k: the three steps of the private exchange, 100,000 accounts a side, each step
// against its floor: the scalar multiplications the step cannot avoid (offer N, answer 2N,
// finish N), timed as bare crypto_scalarmult_ristretto255 calls on every core in the same run,
// right before and after the step (the machine is shared; the mean of the two is the floor),
// three times (`--quick`: once); the medians are reported. The offer and the answer also hash
// domains to the group (SHA-512 and crypto_core_ristretto255_from_hash, which the protocol
// needs): psi_100k.hash_to_group is what that costs, in scalar multiplications (one thread,
// interleaved blocks, thread CPU time), and STEP.crypto_ratio is the step against its
// multiplications and its hashing, i.e. what the code adds to the cryptography it cannot avoid.
#include "benchutil.h"

#include "core/accounts/overlap.h"
#include "core/accounts/psi.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <thread>
#include <vector>

namespace ps::bench {
namespace {

using namespace ps::accounts;

constexpr int MatchRows = 1000000;
constexpr int PsiRows = 100000;

/// A list of `rows` accounts numbered from `first`, websites in the spellings CRM exports hold,
/// one in twenty without a website (matched by name).
AccountList generated(int first, int rows, quint32 seed) {
    QRandomGenerator rng(seed);
    const AccountStatus statuses[] = {AccountStatus::Customer, AccountStatus::Prospect,
                                      AccountStatus::OpenOpportunity, AccountStatus::Other};
    const char *forms[] = {
        "https://www.company%1.com/about", "company%1.co.uk",          "shop.company%1.de",
        "http://company%1.fr:8080/",       "mailto:info@company%1.io", "WWW.Company%1.com.au"};
    const QString source = QStringLiteral("salesforce");
    AccountList list;
    list.accounts.resize(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        Account &a = list.accounts[size_t(i)];
        const int n = first + i;
        a.crmSource = source;
        a.name = QStringLiteral("Company %1 Ltd").arg(n);
        if (rng.bounded(20) != 0)
            a.website = QString::fromLatin1(forms[n % 6]).arg(n);
        a.status = statuses[rng.bounded(4)];
        a.openPipeline = a.status == AccountStatus::OpenOpportunity ? 1000.0 * rng.bounded(100) : 0;
    }
    return list;
}

/// CPU time of the whole process (every thread), in milliseconds: on a shared machine the wall
/// clock also counts other people's work.
double processCpuMs() {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The 1-minute load average, to say how busy the machine was.
double loadAverage() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

void clearKeys(AccountList &list) {
    for (Account &a : list.accounts) {
        a.domainKey.clear();
        a.nameKey.clear();
    }
}

int overlapBenchmark(const Context &) {
    // 300,000 of ours are also theirs.
    AccountList ours = generated(0, MatchRows, 1);
    AccountList theirs = generated(MatchRows - 300000, MatchRows, 2);
    std::vector<double> totals, keys, matches, cpus;
    OverlapResult result;
    for (int run = 0; run < 5; ++run) {
        clearKeys(ours);
        clearKeys(theirs);
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        deriveKeys(ours.accounts);
        deriveKeys(theirs.accounts);
        const double keyMs = double(timer.nsecsElapsed()) / 1e6;
        result = computeOverlap(ours, theirs);
        const double totalMs = double(timer.nsecsElapsed()) / 1e6;
        cpus.push_back(processCpuMs() - cpuStart);
        totals.push_back(totalMs);
        keys.push_back(keyMs);
        matches.push_back(totalMs - keyMs);
    }
    std::fprintf(stderr,
                 "overlap_match_1m: %d x %d accounts, %lld of ours matched (%lld by name), "
                 "%zu pairs, customers x customers %lld, %d threads, load average %.1f\n",
                 MatchRows, MatchRows, qint64(result.overlapTotal), qint64(result.nameMatchedTotal),
                 result.pairs.size(),
                 qint64(result.cell(OurPopulation::Customers, TheirPopulation::Customers).accounts),
                 workerCount(), loadAverage());
    report(QStringLiteral("overlap_match_1m"), median(totals), QStringLiteral("ms"));
    report(QStringLiteral("overlap_match_1m.cpu"), median(cpus), QStringLiteral("ms"));
    report(QStringLiteral("overlap_match_1m.keys"), median(keys), QStringLiteral("ms"));
    report(QStringLiteral("overlap_match_1m.match"), median(matches), QStringLiteral("ms"));
    return 0;
}

/// Wall and CPU time of some work, in milliseconds.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing timed(const std::function<void()> &work) {
    const double cpuStart = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    return {double(timer.nsecsElapsed()) / 1e6, processCpuMs() - cpuStart};
}

/// `count` bare crypto_scalarmult_ristretto255 calls split over every core.
Timing floorTiming(qint64 count) {
    unsigned char scalar[crypto_core_ristretto255_SCALARBYTES];
    crypto_core_ristretto255_scalar_random(scalar);
    std::vector<std::array<unsigned char, 32>> points(256);
    for (auto &p : points)
        crypto_core_ristretto255_random(p.data());
    const int threads = workerCount();
    std::atomic<int> failures{0};
    const Timing t = timed([&] {
        std::vector<std::thread> pool;
        for (int k = 0; k < threads; ++k)
            pool.emplace_back([&, k] {
                unsigned char out[32];
                for (qint64 i = k; i < count; i += threads)
                    if (crypto_scalarmult_ristretto255(out, scalar,
                                                       points[size_t(i % 256)].data()) != 0)
                        ++failures;
            });
        for (std::thread &thread : pool)
            thread.join();
    });
    if (failures)
        std::fprintf(stderr, "psi_100k: %d floor multiplications failed\n", failures.load());
    return t;
}

/// CPU time of the calling thread, in seconds.
double threadCpuSeconds() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// What hashing one domain to the group costs (SHA-512 of the tag and the domain, then
/// crypto_core_ristretto255_from_hash), in crypto_scalarmult_ristretto255 calls: blocks of
/// each in turn on one thread, the median of the blocks' ratios.
double hashToGroupCost() {
    unsigned char scalar[crypto_core_ristretto255_SCALARBYTES];
    crypto_core_ristretto255_scalar_random(scalar);
    unsigned char point[32], out[32], hash[crypto_hash_sha512_BYTES];
    crypto_core_ristretto255_random(point);
    const char tag[] = "partnerscope/account-mapping/v1/ristretto255/registrable-domain";
    std::vector<double> ratios;
    int failures = 0;
    for (int block = 0; block < 25; ++block) {
        const double t0 = threadCpuSeconds();
        for (int i = 0; i < 200; ++i)
            failures += crypto_scalarmult_ristretto255(out, scalar, point) != 0;
        const double t1 = threadCpuSeconds();
        for (int i = 0; i < 200; ++i) {
            const QByteArray domain =
                QByteArray("company") + QByteArray::number(block * 200 + i) + QByteArray(".com");
            crypto_hash_sha512_state state;
            crypto_hash_sha512_init(&state);
            crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char *>(tag),
                                      sizeof tag);
            crypto_hash_sha512_update(&state,
                                      reinterpret_cast<const unsigned char *>(domain.constData()),
                                      size_t(domain.size()));
            crypto_hash_sha512_final(&state, hash);
            crypto_core_ristretto255_from_hash(out, hash);
        }
        const double t2 = threadCpuSeconds();
        if (t1 > t0)
            ratios.push_back((t2 - t1) / (t1 - t0));
    }
    if (failures)
        std::fprintf(stderr, "psi_100k: %d multiplications failed\n", failures);
    return median(ratios);
}

int psiBenchmark(const Context &context) {
    if (sodium_init() < 0)
        return 1;
    // Both lists have every account with a website; 30,000 domains are on both.
    AccountList a = generated(0, PsiRows, 3), b = generated(PsiRows - 30000, PsiRows, 4);
    for (AccountList *list : {&a, &b})
        for (size_t i = 0; i < list->accounts.size(); ++i) {
            Account &x = list->accounts[i];
            x.website = QStringLiteral("https://www.company%1.com/")
                            .arg(i + (list == &a ? 0 : PsiRows - 30000));
            x.status = i % 2 ? AccountStatus::Customer : AccountStatus::Prospect;
        }
    deriveKeys(a.accounts);
    deriveKeys(b.accounts);

    PsiOfferOptions offerOptions;
    offerOptions.ourLabel = QStringLiteral("Alpha");
    PsiAnswerOptions answerOptions;
    answerOptions.ourLabel = QStringLiteral("Bravo");
    // A step's floor: its multiplications at the per-multiplication time of the floors
    // measured just before and just after it.
    const auto floorOf = [](const Timing &before, const Timing &after, qint64 multiplications) {
        const double scale = double(multiplications) / PsiRows / 2;
        return Timing{(before.wall + after.wall) * scale, (before.cpu + after.cpu) * scale};
    };
    const char *stepNames[] = {"offer", "answer", "finish"};
    std::vector<double> stepMs[3], floorMs[3], ratios[3], cpuRatios[3], floors, hashCosts;
    qint64 offeredCount = 0, revealedCount = 0;

    // The whole exchange several times: the machine is shared, and the medians of the runs
    // say more than any one of them.
    const int runs = context.extraArgs.contains(QStringLiteral("--quick")) ? 1 : 3;
    for (int run = 0; run < runs; ++run) {
        QString error;
        std::optional<PsiOffer> offer;
        std::optional<PsiAnswer> answer;
        std::optional<PsiResult> result;
        Timing floor[4], step[3];
        floor[0] = floorTiming(PsiRows);
        step[0] = timed([&] { offer = createOffer(a, offerOptions, &error); });
        floor[1] = floorTiming(PsiRows);
        if (offer)
            step[1] = timed([&] {
                answer =
                    answerOffer(offer->file, QStringLiteral("offer"), b, answerOptions, &error);
            });
        floor[2] = floorTiming(PsiRows);
        if (answer)
            step[2] = timed([&] {
                result = finishExchange(offer->session, answer->file, QStringLiteral("answer"), {},
                                        &error);
            });
        floor[3] = floorTiming(PsiRows);
        if (!result)
            return std::fprintf(stderr, "psi_100k: %s\n", qPrintable(error)), 1;
        const qint64 offered = qint64(offer->session.domains.size());
        const qint64 revealed = result->theirTotal;
        offeredCount = offered;
        revealedCount = revealed;
        hashCosts.push_back(hashToGroupCost());
        const Timing stepFloor[3] = {floorOf(floor[0], floor[1], offered),
                                     floorOf(floor[1], floor[2], offered + revealed),
                                     floorOf(floor[2], floor[3], revealed)};
        for (int k = 0; k < 3; ++k) {
            stepMs[k].push_back(step[k].wall);
            floorMs[k].push_back(stepFloor[k].wall);
            ratios[k].push_back(step[k].wall / stepFloor[k].wall);
            cpuRatios[k].push_back(step[k].cpu / stepFloor[k].cpu);
        }
        for (const Timing &f : floor)
            floors.push_back(f.wall);
        std::fprintf(stderr,
                     "psi_100k run %d: %lld offered, %lld revealed, %zu shared; floors of %d "
                     "multiplications %.0f %.0f %.0f %.0f ms; steps %.0f %.0f %.0f ms; offer %lld "
                     "bytes, answer %lld bytes; %d threads, load average %.1f\n",
                     run + 1, offered, revealed, result->shared.size(), PsiRows, floor[0].wall,
                     floor[1].wall, floor[2].wall, floor[3].wall, step[0].wall, step[1].wall,
                     step[2].wall, qint64(offer->file.size()), qint64(answer->file.size()),
                     workerCount(), loadAverage());
    }
    report(QStringLiteral("psi_100k.floor"), median(floors), QStringLiteral("ms"));
    const double hashCost = median(hashCosts);
    report(QStringLiteral("psi_100k.hash_to_group"), hashCost, QString());
    // The steps' multiplications plus their hashing, in multiplications: the offer hashes its
    // N domains, the answer its own (the revealed ones), the finish none.
    const double cryptoScale[3] = {
        1 + hashCost,
        1 + hashCost * double(revealedCount) /
                double(std::max<qint64>(1, offeredCount + revealedCount)),
        1};
    for (int k = 0; k < 3; ++k) {
        const QString name = QStringLiteral("psi_100k.") + QLatin1String(stepNames[k]);
        report(name, median(stepMs[k]), QStringLiteral("ms"));
        report(name + QLatin1String(".floor"), median(floorMs[k]), QStringLiteral("ms"));
        report(name + QLatin1String(".ratio"), median(ratios[k]), QString());
        // CPU time is what the step costs whatever else the machine runs.
        report(name + QLatin1String(".cpu_ratio"), median(cpuRatios[k]), QString());
        if (k < 2)
            report(name + QLatin1String(".crypto_ratio"), median(ratios[k]) / cryptoScale[k],
                   QString());
    }
    return 0;
}

const Registration overlapReg(QStringLiteral("overlap_match_1m"),
                              QStringLiteral("plain account mapping, 1M x 1M, keys included"),
                              overlapBenchmark);
const Registration psiReg(QStringLiteral("psi_100k"),
                          QStringLiteral("private account exchange, 100k a side, per step"),
                          psiBenchmark);

} // namespace
} // namespace ps::bench
