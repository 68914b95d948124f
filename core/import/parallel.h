// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core (core/import, and core/accounts/parallel.cpp for its threads): the rows of
// a big file worked on by every core, in contiguous ranges, so that what each row gives does
// not depend on how many there are.
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace ps::import::detail {

/// The most parts partsFor() gives; 0 (the default): one per core, at most 8. Tests set it to
/// compare what is made in parts with what one thread makes.
inline std::atomic<int> &partsLimit() {
    static std::atomic<int> limit{0};
    return limit;
}

/// How many parts `count` items are split into: one per core (at most 8, or partsLimit()),
/// each of at least `minPerPart` items; 1 when the work is too small to be worth a thread.
inline int partsFor(qsizetype count, qsizetype minPerPart) {
    const int limit = partsLimit().load(std::memory_order_relaxed);
    const qsizetype most =
        limit > 0 ? limit
                  : std::min<qsizetype>(8, std::max(1u, std::thread::hardware_concurrency()));
    const qsizetype byWork = std::max<qsizetype>(1, count / std::max<qsizetype>(1, minPerPart));
    return int(std::min(most, byWork));
}

/// The first item of part `part` of `parts` over `count` items (part == parts: `count`).
inline qsizetype partBegin(qsizetype count, int parts, int part) {
    return count / parts * part + std::min<qsizetype>(part, count % parts);
}

/// Runs `work(part)` for every part in [0, parts): part 0 on the calling thread, the others on
/// threads of their own, and returns when all are done. A thread that cannot be started runs
/// its part on the calling thread afterwards.
template <typename F> void runParts(int parts, F &&work) {
    std::vector<std::thread> threads;
    std::vector<int> inline_;
    threads.reserve(size_t(std::max(0, parts - 1)));
    for (int part = 1; part < parts; ++part) {
        try {
            threads.emplace_back([&work, part] { work(part); });
        } catch (const std::system_error &) {
            inline_.push_back(part);
        }
    }
    work(0);
    for (std::thread &t : threads)
        t.join();
    for (int part : inline_)
        work(part);
}

} // namespace ps::import::detail
