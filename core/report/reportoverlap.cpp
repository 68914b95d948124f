// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportoverlap.h"

#include <QCoreApplication>

#include <algorithm>

namespace ps {
namespace {

using namespace ps::accounts;

class ReportOverlapTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report)
};

constexpr OurPopulation ourRows[] = {OurPopulation::Customers, OurPopulation::Prospects,
                                     OurPopulation::OpenOpportunities};
constexpr TheirPopulation theirColumns[] = {TheirPopulation::Customers, TheirPopulation::Prospects};

} // namespace

ReportOverlap buildReportOverlap(const PortfolioData &data) {
    ReportOverlap overlap;
    const StoredAccountList *ours = data.accountBook.ours();
    if (!ours)
        return overlap;
    overlap.oursTotal = qint64(ours->list.accounts.size());
    OverlapOptions options;
    options.maxPairs = 0;
    for (const Partner &p : data.partners) {
        const StoredAccountList *theirs = data.accountBook.latestOf(p.id);
        if (!theirs)
            continue;
        ReportOverlapRow row;
        row.partner = p.name;
        row.listDate = theirs->list.importedOn;
        row.result = computeOverlap(ours->list, theirs->list, options);
        for (size_t i = 0; i < row.result.ourMatches.size(); ++i)
            if (row.result.ourMatches[i] & MatchesAny)
                row.sharedPipeline += ours->list.accounts[i].openPipeline;
        row.result.pairs.clear();
        row.result.ourMatches.clear();
        overlap.partners.push_back(std::move(row));
    }
    std::stable_sort(overlap.partners.begin(), overlap.partners.end(),
                     [](const ReportOverlapRow &a, const ReportOverlapRow &b) {
                         return a.result.overlapTotal > b.result.overlapTotal;
                     });
    return overlap;
}

namespace report::detail {

QStringList overlapHeader(const QString &currency) {
    QStringList header{ReportOverlapTr::tr("Partner"), ReportOverlapTr::tr("List date"),
                       ReportOverlapTr::tr("Their accounts"), ReportOverlapTr::tr("Shared"),
                       ReportOverlapTr::tr("By name only")};
    for (OurPopulation o : ourRows)
        for (TheirPopulation t : theirColumns)
            header << ReportOverlapTr::tr("%1 × %2").arg(label(o), label(t));
    header << ReportOverlapTr::tr("Shared open pipeline (%1)").arg(currency);
    return header;
}

QStringList overlapCells(const ReportOverlapRow &row) {
    const OverlapResult &r = row.result;
    QStringList cells{row.partner, row.listDate.toString(Qt::ISODate),
                      QString::number(r.theirsTotal), QString::number(r.overlapTotal),
                      QString::number(r.nameMatchedTotal)};
    for (OurPopulation o : ourRows)
        for (TheirPopulation t : theirColumns)
            cells << QString::number(r.cell(o, t).accounts);
    cells << QString::number(row.sharedPipeline, 'f', 0);
    return cells;
}

} // namespace report::detail
} // namespace ps
