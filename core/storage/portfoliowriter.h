// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

namespace ps {

class RowSink;

/// Writes every row of `data` into `sink`, table by table as core/storage/tables.h lists the
/// columns: the one place that turns a portfolio into rows, for files (PortfolioFile::save) and
/// team portfolios alike. Each table's rows come in display order, `position` counting from 0.
/// Returns false as soon as the sink refuses a row.
bool writePortfolio(const PortfolioData &data, RowSink &sink);

} // namespace ps
