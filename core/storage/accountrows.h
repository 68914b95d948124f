// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

struct sqlite3;

/// Writing the account mapping tables (account_lists, accounts, psi_sessions,
/// psi_answered_offers) of a portfolio file; RowReader::readAccountBook() reads them back.
namespace ps::AccountRows {

/// Inserts `data.accountBook` into the (empty) current-schema tables of `db`: our list and
/// the lists of partners that exist in `data` (a list of a removed partner is not saved), each
/// list's accounts in order, every session (serialized, base64) and every answered offer.
/// False on a SQLite error (the caller reports the connection's error).
bool write(sqlite3 *db, const PortfolioData &data);

} // namespace ps::AccountRows
