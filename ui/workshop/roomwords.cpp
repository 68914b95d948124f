// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/roomwords.h"

#include <QLocale>
#include <QStringList>

namespace ps {

QString RoomWords::consensusLevel(double consensus) {
    if (consensus < 0.5)
        return tr("very low");
    if (consensus < 0.625)
        return tr("low");
    if (consensus < 0.75)
        return tr("moderate");
    if (consensus < 0.875)
        return tr("high");
    return tr("very high");
}

QString RoomWords::consensusSentence(double consensus) {
    if (consensus < 0.5)
        return tr("Very low agreement: the room is split. Discuss the comparisons below before "
                  "applying.");
    if (consensus < 0.625)
        return tr("Low agreement: views differ widely. Discuss the comparisons below.");
    if (consensus < 0.75)
        return tr("Moderate agreement: the room leans the same way, with exceptions.");
    if (consensus < 0.875)
        return tr("High agreement: most of the room weighs the criteria alike.");
    return tr("Very high agreement: the room weighs the criteria alike.");
}

QString RoomWords::voteCounts(const std::array<int, 5> &counts) {
    QStringList parts;
    for (Decision d : {Decision::Invest, Decision::Develop, Decision::Maintain, Decision::Exit})
        parts << tr("%1 %2").arg(label(d)).arg(counts[size_t(d)]);
    return parts.join(QStringLiteral(" · "));
}

QString RoomWords::ratio(double cr) {
    return QLocale().toString(cr, 'f', 3);
}

QString RoomWords::percent(double share) {
    return tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 0));
}

} // namespace ps
