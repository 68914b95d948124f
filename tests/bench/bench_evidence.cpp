// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence from the CRM (issue 13):
// - import_deals_1m: a 1,000,000-opportunity Salesforce export (Data Loader layout, generated
//   here) with its 1,500,000-row OpportunityPartner export, read, mapped, validated, matched to
//   the partners of a 10,000-partner portfolio by CRM id, attributed and applied in memory:
//   everything `partnerscope import --kind deals --partners-csv` does before it saves.
// - impact_100k: every partner impact figure (partners, models, tiers, ICPs by buyer matching,
//   the program, 90% intervals) for 100,000 partners over 1,000,000 deals.
#include "benchutil.h"

#include "core/economics/partnerimpact.h"
#include "core/generate/deals.h"
#include "core/generate/generator.h"
#include "core/import/importplan.h"

#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace ps::bench {
namespace {

constexpr int Opportunities = 1000000;

/// CPU time of this process, every thread of it (the import works on every core), in ms.
double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

void quoted(QByteArray &out, const QString &text) {
    out += '"';
    out += text.toUtf8();
    out += '"';
}

/// The two Data Loader exports of `deals`: every field quoted, ISO dates and timestamps,
/// Account fields through the relationship, LF line ends.
std::pair<QByteArray, QByteArray> salesforceExports(const PortfolioData &portfolio,
                                                    const std::vector<Deal> &deals) {
    QByteArray opportunities;
    opportunities.reserve(qsizetype(deals.size()) * 230);
    opportunities += "\"Id\",\"AccountId\",\"Name\",\"StageName\",\"Amount\",\"CloseDate\","
                     "\"CreatedDate\",\"IsClosed\",\"IsWon\",\"LeadSource\",\"Account.Name\","
                     "\"Account.Industry\",\"Account.BillingCountry\","
                     "\"Account.NumberOfEmployees\"\n";
    QByteArray partners;
    partners.reserve(qsizetype(deals.size()) * 150);
    partners +=
        "\"Id\",\"OpportunityId\",\"AccountToId\",\"Role\",\"IsPrimary\",\"ReversePartnerId\"\n";
    QHash<Id, QString> crmOf;
    for (const Partner &p : portfolio.partners)
        crmOf.insert(p.id, p.crm.id);
    quint64 partnerRow = 0;
    for (const Deal &d : deals) {
        const bool closed = d.outcome != DealOutcome::Open;
        // An open opportunity's close date is the expected one.
        const QDate close = closed ? d.closedOn : d.createdOn.addDays(90);
        const QList<QString> cells = {
            d.crm.id,
            d.buyer.crmId,
            d.name,
            d.stage,
            QString::number(d.amount, 'f', 2),
            close.toString(Qt::ISODate),
            d.createdOn.toString(Qt::ISODate) + QStringLiteral("T09:30:00.000Z"),
            closed ? QStringLiteral("true") : QStringLiteral("false"),
            d.outcome == DealOutcome::Won ? QStringLiteral("true") : QStringLiteral("false"),
            d.leadSource,
            d.buyer.name,
            d.buyer.industry,
            d.buyer.region,
            QString::number(d.buyer.employees.value_or(0))};
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                opportunities += ',';
            quoted(opportunities, cells[c]);
        }
        opportunities += '\n';
        for (size_t i = 0; i < d.partners.size(); ++i) {
            const QList<QString> row = {generate::salesforceId("00I", ++partnerRow),
                                        d.crm.id,
                                        crmOf.value(d.partners[i].partnerId),
                                        d.partners[i].crmRole,
                                        i == 0 ? QStringLiteral("true") : QStringLiteral("false"),
                                        QString()};
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c > 0)
                    partners += ',';
                quoted(partners, row[c]);
            }
            partners += '\n';
        }
    }
    return {opportunities, partners};
}

int importDealsBenchmark(const Context &) {
    const PortfolioData portfolio = generatePortfolio(10000, 50, 42);
    PortfolioData scratch = portfolio;
    scratch.deals.clear();
    generate::appendDeals(scratch, Opportunities, 7);
    const auto [opportunities, partnerRows] = salesforceExports(portfolio, scratch.deals);
    size_t linkedRows = 0;
    for (const Deal &d : scratch.deals)
        linkedRows += d.partners.size();
    scratch = PortfolioData(); // the exports are all the import sees
    const double rows = double(Opportunities + linkedRows);
    std::fprintf(stderr,
                 "import_deals_1m: %d opportunities (%.1f MiB), %zu opportunity-partner "
                 "rows (%.1f MiB)\n",
                 Opportunities, opportunities.size() / 1048576.0, linkedRows,
                 partnerRows.size() / 1048576.0);
    bool ok = true;
    int added = 0;
    std::vector<double> readCpu, planCpu, applyCpu;
    const double ms = medianMs(3, [&] {
        PortfolioData target = portfolio;
        const double t0 = processCpuMs();
        const csv::ReadResult deals = csv::read(opportunities);
        const csv::ReadResult links = csv::read(partnerRows);
        const double t1 = processCpuMs();
        if (!deals.ok() || !links.ok()) {
            ok = false;
            return;
        }
        const import::Mapping mapping = import::buildMapping(
            import::Kind::Deals, import::Preset::Auto, deals.table->header, deals.table->delimiter);
        import::LinkedFile linked;
        linked.table = &*links.table;
        linked.mapping = import::buildMapping(import::Kind::DealPartners, import::Preset::Auto,
                                              links.table->header, links.table->delimiter);
        const import::ImportPlan plan =
            import::buildPlan(*deals.table, mapping, target, {}, linked);
        const double t2 = processCpuMs();
        const auto changes = import::computeChanges(target, plan, false);
        if (!changes) {
            ok = false;
            for (const import::Issue &issue : plan.issues())
                if (issue.severity == import::Severity::Error) {
                    std::fprintf(stderr, "%s\n", qPrintable(issue.describe(QStringLiteral("x"))));
                    break;
                }
            return;
        }
        import::applyChanges(target, *changes);
        const double t3 = processCpuMs();
        added = changes->addedCount();
        readCpu.push_back(t1 - t0);
        planCpu.push_back(t2 - t1);
        applyCpu.push_back(t3 - t2);
    });
    if (!ok) {
        std::fprintf(stderr, "import_deals_1m: the generated exports did not import.\n");
        return 1;
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::fprintf(stderr, "import_deals_1m: %d deals added\n", added);
    report(QStringLiteral("import_deals_1m"), ms, QStringLiteral("ms"));
    report(QStringLiteral("import_deals_1m.rows_per_s"), rows / (ms / 1000.0), QString());
    report(QStringLiteral("import_deals_1m.cpu_read"), median(readCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_deals_1m.cpu_plan"), median(planCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_deals_1m.cpu_apply"), median(applyCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_deals_1m.peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

int impactBenchmark(const Context &) {
    PortfolioData data = generatePortfolio(100000, 50, 42);
    data.deals.clear();
    generate::appendDeals(data, Opportunities, 11);
    size_t rows = 0;
    for (const Deal &d : data.deals)
        rows += d.partners.size();
    int withRate = 0;
    std::vector<double> cpu;
    const double ms = medianMs(5, [&] {
        const double t0 = processCpuMs();
        const PartnerImpact impact = computePartnerImpact(data);
        cpu.push_back(processCpuMs() - t0);
        withRate = int(std::count_if(impact.partners.begin(), impact.partners.end(),
                                     [](const ImpactRow &r) { return r.with.enough; }));
    });
    std::sort(cpu.begin(), cpu.end());
    std::fprintf(stderr,
                 "impact_100k: %zu deals, %zu partner rows, %d partners with enough "
                 "closed deals for rates\n",
                 data.deals.size(), rows, withRate);
    report(QStringLiteral("impact_100k"), ms, QStringLiteral("ms"));
    report(QStringLiteral("impact_100k.cpu"), cpu[cpu.size() / 2], QStringLiteral("ms"));
    return 0;
}

const Registration importReg(QStringLiteral("import_deals_1m"),
                             QStringLiteral("import 1M opportunities + 1.5M opportunity-partner "
                                            "rows (read, map, validate, attribute, apply)"),
                             importDealsBenchmark);
const Registration impactReg(QStringLiteral("impact_100k"),
                             QStringLiteral("partner impact of 100k partners over 1M deals"),
                             impactBenchmark);

} // namespace
} // namespace ps::bench
