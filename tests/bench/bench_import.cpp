// SPDX-License-Identifier: GPL-3.0-or-later
// import_100k: a 100,000-row Salesforce-style account export (generated here, deterministic)
// read, mapped, validated and checked for duplicates against a generated 10,000-partner
// portfolio, then applied in memory: everything `partnerscope import` does before it saves.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/import/importplan.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

namespace ps::bench {
namespace {

constexpr int Rows = 100000;

/// Salesforce "Export Details" CSV: BOM, CRLF, every field quoted, thousand separators, a
/// multi-line Description every 10th row, names in four scripts, 2% of the rows repeating a
/// portfolio partner's website and 1% repeating an earlier row.
QByteArray salesforceExport(const PortfolioData &portfolio) {
    static const char *const types[] = {"Channel Partner / Reseller", "Technology Partner",
                                        "Installation Partner", "Integrator", "Customer - Channel"};
    static const char *const countries[] = {"Germany", "United States", "Japan", "Brazil",
                                            "United Arab Emirates"};
    static const QString scripts[] = {QStringLiteral("Systems"), QStringLiteral("システムズ"),
                                      QStringLiteral("Системы"), QStringLiteral("الأنظمة")};
    QString text = QStringLiteral(
        "\"Account ID\",\"Account Name\",\"Type\",\"Industry\",\"Annual Revenue\",\"Employees\","
        "\"Billing City\",\"Billing State/Province\",\"Billing Country\",\"Website\","
        "\"Account Owner\",\"Description\"\r\n");
    text.reserve(Rows * 190);
    for (int i = 0; i < Rows; ++i) {
        QString website = QStringLiteral("https://www.account-%1.example/").arg(i);
        if (i % 50 == 7 && !portfolio.partners.empty())
            website = portfolio.partners[size_t(i) % portfolio.partners.size()].website;
        else if (i % 100 == 3 && i > 100)
            website = QStringLiteral("account-%1.example").arg(i - 100);
        const QString description =
            i % 10 == 0 ? QStringLiteral("Key account.\r\nRenewal \"Q3\", %1").arg(i)
                        : QStringLiteral("Account %1").arg(i);
        text += QStringLiteral("\"001%1\",\"Account %2 %3\",\"%4\",\"Technology\",\"%5\",\"%6\","
                               "\"City\",\"\",\"%7\",\"%8\",\"Owner %9\",")
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(scripts[i % 4], QLatin1String(types[i % 5]),
                         QLocale(QLocale::English).toString(qint64(i) * 1250 + 50000),
                         QString::number(10 + i % 900), QLatin1String(countries[i % 5]), website)
                    .arg(i % 40);
        text += QLatin1Char('"') + description + QStringLiteral("\"\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

/// CPU time of this process (every thread of it: the import reads and plans big files on
/// every core), in milliseconds: the machine may be shared, and wall-clock time then measures
/// the neighbours too.
double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int importBenchmark(const Context &) {
    const PortfolioData portfolio = generatePortfolio(10000, 50, 42);
    const QByteArray bytes = salesforceExport(portfolio);
    int added = 0, duplicates = 0;
    bool ok = true;
    std::vector<double> readCpu, planCpu, applyCpu, totalCpu;
    std::vector<double> readWall, planWall, applyWall, freeWall;
    // The portfolio the import goes into: a copy per run, made before the clock starts.
    std::vector<PortfolioData> targets(5, portfolio);
    const double ms = medianMs(5, [&] {
        PortfolioData &result = targets.at(readCpu.size());
        QElapsedTimer wall;
        wall.start();
        const double t0 = processCpuMs();
        // Made here, freed at the end of the run, inside the clock: freeing them is timed too.
        auto read = std::make_unique<const csv::ReadResult>(csv::read(bytes));
        const double t1 = processCpuMs();
        const double w1 = double(wall.nsecsElapsed()) / 1e6;
        if (!read->ok()) {
            ok = false;
            return;
        }
        const import::Mapping mapping =
            import::buildMapping(import::Kind::Partners, import::Preset::Auto, read->table->header,
                                 read->table->delimiter);
        auto plan = std::make_unique<const import::ImportPlan>(
            import::buildPlan(*read->table, mapping, portfolio));
        const double t2 = processCpuMs();
        const double w2 = double(wall.nsecsElapsed()) / 1e6;
        auto changes = std::make_unique<const std::optional<import::ImportChanges>>(
            import::computeChanges(portfolio, *plan, false));
        if (!*changes) {
            ok = false;
            return;
        }
        import::applyChanges(result, **changes);
        const double t3 = processCpuMs();
        const double w3 = double(wall.nsecsElapsed()) / 1e6;
        readCpu.push_back(t1 - t0);
        planCpu.push_back(t2 - t1);
        applyCpu.push_back(t3 - t2);
        totalCpu.push_back(t3 - t0);
        readWall.push_back(w1);
        planWall.push_back(w2 - w1);
        applyWall.push_back(w3 - w2);
        added = (*changes)->addedCount();
        duplicates = (*changes)->skippedDuplicates;
        QElapsedTimer freeing;
        freeing.start();
        changes.reset();
        plan.reset();
        read.reset();
        freeWall.push_back(double(freeing.nsecsElapsed()) / 1e6);
    });
    if (!ok) {
        std::fprintf(stderr, "import_100k: the generated export did not import.\n");
        return 1;
    }
    std::fprintf(stderr, "import_100k: %d added, %d duplicates skipped, %.1f MiB of CSV\n", added,
                 duplicates, bytes.size() / 1048576.0);
    report(QStringLiteral("import_100k"), ms, QStringLiteral("ms"));
    report(QStringLiteral("import_100k.rows_per_s"), Rows / (ms / 1000.0), QString());
    report(QStringLiteral("import_100k.cpu"), median(totalCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.cpu_read"), median(readCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.cpu_plan"), median(planCpu), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.cpu_apply"), median(applyCpu), QStringLiteral("ms"));
    // Wall-clock time of each step (the steps work on every core), and, within import_100k, of
    // freeing the table, plan and changes at the end.
    report(QStringLiteral("import_100k.wall_read"), median(readWall), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.wall_plan"), median(planWall), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.wall_apply"), median(applyWall), QStringLiteral("ms"));
    report(QStringLiteral("import_100k.wall_free"), median(freeWall), QStringLiteral("ms"));
    return 0;
}

const Registration importReg(QStringLiteral("import_100k"),
                             QStringLiteral("import a 100k-row Salesforce export (read, map, "
                                            "validate, duplicates, apply)"),
                             importBenchmark);

} // namespace
} // namespace ps::bench
