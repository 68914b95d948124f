// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountbook.h"
#include "core/accounts/overlap.h"
#include "core/domain/portfoliodata.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Helpers shared by the account mapping commands (cli_accounts.cpp, cli_overlap.cpp).
namespace ps::accountcli {

/// The partner called `name` (case-insensitive), or nullptr after printing an error that
/// names the portfolio file.
const Partner *findPartner(const PortfolioData &data, const QString &path, const QString &name);

/// Reads an exchange file (at most what the format allows); nullopt after printing an error
/// naming the file.
std::optional<QByteArray> readExchangeFile(const QString &path);

/// Writes `bytes` to `path` atomically; false after printing an error naming the file.
bool writeFile(const QString &path, const QByteArray &bytes);

/// Our list against the partner's latest list, printed as a table or JSON (the keys of
/// issue 15). Returns the exit status.
int printOverlap(const PortfolioData &data, const Partner &partner, bool json);

} // namespace ps::accountcli
