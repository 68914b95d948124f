// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/decisionlog.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace ps {

/// The words a room reads for its own figures: how far it agrees (Goepel's consensus S*, read on
/// his scale), its placement votes, a consistency ratio. Shared by the projector panel and the
/// workshop summary export, so both say the same thing.
class RoomWords {
    Q_DECLARE_TR_FUNCTIONS(ps::RoomWords)
public:
    /// Goepel's reading of S*: "very low" (< 0.5), "low" (< 0.625), "moderate" (< 0.75),
    /// "high" (< 0.875), "very high".
    static QString consensusLevel(double consensus);
    /// One plain sentence for the room, such as "High agreement: most of the room weighs the
    /// criteria alike."
    static QString consensusSentence(double consensus);
    /// "Invest 5 · Develop 2 · Maintain 0 · Exit 1" (counts indexed by int(Decision)).
    static QString voteCounts(const std::array<int, 5> &counts);
    /// "0.042" with the locale's decimal point.
    static QString ratio(double cr);
    /// "82 %".
    static QString percent(double share);
};

} // namespace ps
