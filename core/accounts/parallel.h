// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

/// Splitting bulk account work (domain keys, matching, scalar multiplications) over the cores.
namespace ps::accounts {

/// Reports progress (`done` of `total`, in the unit the caller documents) and asks whether to go
/// on: return false to cancel. Always called on the thread that called the function taking it,
/// so it may update a progress bar or read a cancel flag without locking. Same signature as
/// ps::csv::Progress.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// The number of threads to use: `requested` when it is above 0, else the number of cores
/// (at least 1, at most 16).
int workerCount(int requested = 0);

/// Runs `work(begin, end, worker)` over [0, count) in chunks of at most `chunk` items on
/// `threads` threads, the calling thread being one of them; `worker` is 0..threads-1 and lets
/// the work keep per-thread accumulators. Chunks are handed out in order as threads get free.
/// `progress` (items done of `count`) is called on the calling thread between its chunks;
/// when it returns false every thread stops after its current chunk and the function returns
/// false. Returns true when every chunk ran.
bool parallelFor(qint64 count, qint64 chunk, int threads,
                 const std::function<void(qint64 begin, qint64 end, int worker)> &work,
                 const Progress &progress = {});

} // namespace ps::accounts
