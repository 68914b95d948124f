// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voting/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace ps::voting {

RateLimiter::RateLimiter(double rate, double burst) {
    setRate(rate, burst);
}

void RateLimiter::setRate(double rate, double burst) {
    m_rate = std::max(rate, 1e-3);
    m_burst = std::max(burst, 1.0);
}

void RateLimiter::prune(qint64 nowMs) {
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double refilled = it->tokens + double(nowMs - it->lastMs) * m_rate / 1000.0;
        it = refilled >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

bool RateLimiter::allow(const QHostAddress &client, qint64 nowMs, qint64 *retryAfterMs) {
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxClients)
            prune(nowMs);
        if (m_buckets.size() >= MaxClients) {
            // Every known client is busy: refuse newcomers rather than grow without bound.
            if (retryAfterMs)
                *retryAfterMs = 1000;
            return false;
        }
        it = m_buckets.insert(client, Bucket{m_burst, nowMs});
    }
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(nowMs - b.lastMs) * m_rate / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = qint64(std::ceil((1.0 - b.tokens) * 1000.0 / m_rate));
    return false;
}

} // namespace ps::voting
