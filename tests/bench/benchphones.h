// SPDX-License-Identifier: GPL-3.0-or-later
// What the voting benchmarks (bench_voting.cpp, bench_workshop.cpp) send as phones: raw HTTP
// requests over a keep-alive socket, a generated set of judgments, and a wrk flood.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ps::bench {

/// A raw HTTP/1.1 POST of a JSON `body`, with a bearer `token` when given.
QByteArray httpPost(quint16 port, const QByteArray &path, const QByteArray &body,
                    const QByteArray &token = QByteArray());

/// Takes one complete response off `buffer`; returns its body, or a null array if incomplete.
QByteArray takeResponse(QByteArray &buffer);

/// The Saaty value phone `phone` gives to comparison `pair` (0-11: six per axis), spread over
/// the whole scale so that the room disagrees.
double judgmentValue(int phone, int pair);

/// The body of POST /api/judgments with all twelve judgments of `phone`.
QByteArray judgmentsBody(int phone);

/// Runs wrk (1 thread, 50 connections, 5 s) against GET /api/state as a joined phone with
/// `token`, in a nested event loop (timers keep firing), and prints its output. The requests per
/// second, or nothing when wrk is missing (`name` says which benchmark needs it), failed or saw
/// a non-2xx answer.
std::optional<double> floodState(const char *name, quint16 port, const QByteArray &token);

} // namespace ps::bench
