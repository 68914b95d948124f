// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>

namespace ps::voting {

/// A token bucket per client address: `burst` requests at once, refilled at `rate` per second.
/// The table holds at most MaxClients addresses; when it is full, buckets that have refilled
/// completely (idle clients) are dropped first.
class RateLimiter {
public:
    RateLimiter(double rate, double burst);
    /// Takes one token for `client` at time `nowMs` (a monotonic clock); false when the bucket
    /// is empty, and then *retryAfterMs tells when the next token is due.
    bool allow(const QHostAddress &client, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    void setRate(double rate, double burst);
    static constexpr int MaxClients = 4096;

private:
    struct Bucket {
        double tokens = 0.0;
        qint64 lastMs = 0;
    };
    void prune(qint64 nowMs);
    double m_rate;
    double m_burst;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace ps::voting
