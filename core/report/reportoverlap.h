// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/overlap.h"
#include "core/domain/portfoliodata.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

/// The report's account overlap section (issue 15): per partner with an account list, our
/// list against the partner's latest, from the same computeOverlap() as the Accounts page and
/// `partnerscope overlap`.
namespace ps {

struct ReportOverlapRow {
    QString partner;
    QDate listDate;
    accounts::OverlapResult result; ///< pairs dropped: only the counts are reported
    double sharedPipeline = 0.0;    ///< open pipeline of our accounts the partner also has
};

struct ReportOverlap {
    qint64 oursTotal = 0;                   ///< our accounts; 0 when we have no list
    std::vector<ReportOverlapRow> partners; ///< partners with a list, most shared first
    bool isEmpty() const { return partners.empty(); }
};

/// The overlap of our list with every partner's latest list (empty without our list).
ReportOverlap buildReportOverlap(const PortfolioData &data);

namespace report::detail {
/// Columns: partner, list date, their accounts, shared, by name only, then one column per
/// matrix cell (our customers x their customers, ...), then our open pipeline shared.
QStringList overlapHeader(const QString &currency);
QStringList overlapCells(const ReportOverlapRow &row);
} // namespace report::detail

} // namespace ps
