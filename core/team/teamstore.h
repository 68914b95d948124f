// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/team/pgconnection.h"
#include "core/team/pgschema.h"
#include "core/team/pgtables.h"
#include "core/team/teamlocation.h"

#include <QHash>

#include <memory>
#include <optional>

namespace ps {

/// A team portfolio as opened from the server: its data, and what editing it together needs.
struct TeamPortfolio {
    TeamLocation location;
    PortfolioData data;
    TeamSchema::Role role = TeamSchema::Role::None;
    QString database; ///< current_database()
    QString user;     ///< current_user
    /// Id, row version and position of every row of each entity table, as read.
    QHash<QByteArray, std::vector<RowMeta>> rowMeta;
    /// The connection it was read on: the portfolio's schema selected, already LISTENing for
    /// the portfolio's changes (since before the rows were read, so none is missed).
    std::unique_ptr<PgConnection> connection;
};

/**
 * Team portfolios on a PostgreSQL server (docs/team.md): publish a portfolio, open one, take an
 * offline copy. Every table of core/storage/tables.h goes through COPY, in the text format:
 * publishing writes rows with the file's writer (ps::writePortfolio), opening reads them with the
 * file's reader (ps::RowReader), so both engines hold the same rows and apply the same checks.
 */
namespace TeamStore {

struct OpenResult {
    std::optional<TeamPortfolio> portfolio;
    QString message;      ///< one sentence naming the location, on failure
    QStringList problems; ///< every problem found (check), each a sentence
    bool ok() const { return portfolio.has_value(); }
};

/// Opens a team portfolio: connects, upgrades an older format (owners only), reads every table
/// in one consistent snapshot and validates the rows as a file's are. `maxProblems` as for
/// RowReader (1 to open, many to check).
OpenResult open(const TeamLocation &location, const QString &password = QString(),
                int maxProblems = 1);

/// Puts `data` on the server as a new portfolio named by the location, in one transaction:
/// the schema by the file's migrations, every row with COPY, then the triggers, the audit
/// table and the roles; the publisher becomes its owner. Refuses a name already in use.
bool publish(const PortfolioData &data, const TeamLocation &location, const QString &password,
             QString *message);

/// Writes an offline copy of a team portfolio to a file (PortfolioFile::save).
bool copyToFile(const TeamLocation &location, const QString &path, const QString &password,
                QString *message);

} // namespace TeamStore
} // namespace ps
