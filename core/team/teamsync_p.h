// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team/teamsync.h"

#include <QCoreApplication>

namespace ps {

/// The translations of core/team, in one context.
class TeamTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Team)
};

/// One SQL statement of a change set, and the unit it belongs to.
struct TeamSync::Statement {
    enum Phase { Insert, Update, Delete };
    QByteArray sql;
    Unit unit;
    int table = -1;
    Phase phase = Update;
    /// The result's first cell is the new row version of the unit's own row.
    bool returnsVersion = false;
    /// Changes exactly one row at the version its author saw (ps_expect), or fails.
    bool checked = false;
};

/// A unit's rows as the server holds them now (empty: not there).
struct TeamSync::Fetched {
    RowImage image;
    qint64 version = 0;
};

/**
 * Gives the rejected link suggestions of `rest`, a portfolio without its entities, stand-ins
 * for their ICPs and partners (entities that hold only an id): the writer writes a rejected
 * suggestion only while both exist. With `full`, only those that exist there get one; without
 * it (rows read from the server), all do.
 */
void addRejectedLinkStandIns(PortfolioData &rest, const PortfolioData *full);

} // namespace ps
