// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/parallel.h"

#include "core/import/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace ps::accounts {

int workerCount(int requested) {
    if (requested > 0)
        return requested;
    const unsigned cores = std::thread::hardware_concurrency();
    return int(std::clamp(cores, 1u, 16u));
}

bool parallelFor(qint64 count, qint64 chunk, int threads,
                 const std::function<void(qint64, qint64, int)> &work, const Progress &progress) {
    if (count <= 0)
        return !progress || progress(0, 0);
    chunk = std::max<qint64>(chunk, 1);
    threads = int(std::clamp<qint64>(threads, 1, (count + chunk - 1) / chunk));
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    const auto loop = [&](int worker, bool reports) {
        while (!cancelled.load(std::memory_order_relaxed)) {
            const qint64 begin = next.fetch_add(chunk, std::memory_order_relaxed);
            if (begin >= count)
                return;
            const qint64 end = std::min(count, begin + chunk);
            work(begin, end, worker);
            const qint64 total =
                done.fetch_add(end - begin, std::memory_order_relaxed) + end - begin;
            if (reports && progress && !progress(total, count))
                cancelled.store(true, std::memory_order_relaxed);
        }
    };
    // The threads are core/import's (a part whose thread cannot start runs on this one);
    // the chunks are handed out here, so a part that starts late finds less to do.
    ps::import::detail::runParts(threads, [&loop](int worker) { loop(worker, worker == 0); });
    if (cancelled.load())
        return false;
    return !progress || progress(count, count);
}

} // namespace ps::accounts
