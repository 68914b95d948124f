// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope plan FILE [--budget B] [--objective revenue|margin] [--min-per-partner X]
// [--max-per-partner Y] [--scenario S] [--draws N] [--format table|json]`: the optimal
// allocation of the program budget with its marginal returns, the budget's shadow price and the
// Monte Carlo forecast, from the same core functions as the Plan page (core/plan/portfolioplan.h).
// Options override the plan stored for the scenario; without --budget its budget is used.
#include "app/cli.h"

#include "core/plan/forecast.h"
#include "core/plan/portfolioplan.h"
#include "core/plan/programkinds.h"

#include <QCommandLineParser>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ps {
namespace {

struct Planned {
    const PortfolioData &data;
    const Scenario &scenario;
    const plan::PlanBasis &basis;
    const plan::PlanRun &run;
    const plan::Forecast &forecast;
};

QString jsonOptional(const std::optional<double> &value, int places) {
    return value ? Cli::decimals(*value, places) : QStringLiteral("null");
}

QString json(const Planned &p) {
    const plan::Plan &plan = p.run.result.plan;
    const plan::PlanConstraints &c = p.run.problem.constraints;
    QString out = QStringLiteral("{\"scenario\": %1, \"currency\": %2, \"objective\": %3,\n")
                      .arg(Cli::jsonString(p.scenario.name), Cli::jsonString(p.data.info.currency),
                           Cli::jsonString(c.objective == plan::Objective::Margin
                                               ? QStringLiteral("margin")
                                               : QStringLiteral("revenue")));
    out += QStringLiteral("\"budget\": %1, \"allocated\": %2, \"expected_total\": %3, "
                          "\"baseline_total\": %4, \"shadow_price\": %5, \"exact\": %6,\n")
               .arg(Cli::decimals(plan.budget, 2), Cli::decimals(plan.allocated, 2),
                    Cli::decimals(plan.expectedTotal, 2), Cli::decimals(plan.baselineTotal, 2),
                    Cli::decimals(plan.shadowPrice, 6),
                    plan.exact ? QStringLiteral("true") : QStringLiteral("false"));
    out += QStringLiteral("\"forecast\": {\"p10\": %1, \"p50\": %2, \"p90\": %3, \"mean\": %4, "
                          "\"draws\": %5},\n")
               .arg(Cli::decimals(p.forecast.p10, 2), Cli::decimals(p.forecast.p50, 2),
                    Cli::decimals(p.forecast.p90, 2), Cli::decimals(p.forecast.mean, 2))
               .arg(p.forecast.draws);
    const double kinds[4] = {plan.byKind.mdf, plan.byKind.enablement, plan.byKind.incentives,
                             plan.byKind.technicalSupport};
    QStringList byKind;
    for (int k = 0; k < 4; ++k)
        byKind << QStringLiteral("\"%1\": %2").arg(plan::kindKey(k), Cli::decimals(kinds[k], 2));
    out += QStringLiteral("\"by_kind\": {") + byKind.join(QLatin1String(", ")) +
           QStringLiteral("},\n");
    QStringList notes;
    for (const QString &note : plan.notes)
        notes << Cli::jsonString(note);
    out += QStringLiteral("\"notes\": [") + notes.join(QLatin1String(", ")) +
           QStringLiteral("],\n\"partners\": [");
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        const plan::PartnerAllocation &a = plan.partners[i];
        const plan::PlanPartner &pp = p.run.problem.partners[i];
        const QString binding = plan::bindingKey(a, c);
        out += i == 0 ? QStringLiteral("\n  ") : QStringLiteral(",\n  ");
        out +=
            QStringLiteral("{\"id\": %1, \"name\": %2, \"quadrant\": \"%3\", \"today\": %4, "
                           "\"allocation\": %5, \"expected\": %6, \"marginal\": %7, "
                           "\"binding\": %8, \"payback\": %9, \"curve_source\": \"%10\"}")
                .arg(QString::number(a.id), Cli::jsonString(pp.name), toKey(pp.quadrant),
                     Cli::decimals(pp.currentSpend, 2), Cli::decimals(a.allocation, 2),
                     Cli::decimals(a.expected, 2), Cli::decimals(a.marginal, 6),
                     binding.isEmpty() ? QStringLiteral("null") : Cli::jsonString(binding),
                     jsonOptional(
                         i < p.forecast.payback.size() ? p.forecast.payback[i] : std::nullopt, 4),
                     plan::toKey(p.basis.fit.partners[i].source));
    }
    return out + QStringLiteral("\n]}\n");
}

/// An amount in whole units with digit grouping ("2,400,000"), the same in every locale.
QString money(double amount) {
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(std::round(amount), 'f', 0);
}

QString table(const Planned &p) {
    const plan::Plan &plan = p.run.result.plan;
    const plan::PlanConstraints &c = p.run.problem.constraints;
    const QStringList header = {Cli::tr("Partner"),    Cli::tr("Quadrant"), Cli::tr("Today"),
                                Cli::tr("Allocation"), Cli::tr("Expected"), Cli::tr("Marginal"),
                                Cli::tr("Binding"),    Cli::tr("Payback")};
    // Largest allocations first, as the budget's story is told.
    std::vector<size_t> order(plan.partners.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return plan.partners[a].allocation > plan.partners[b].allocation;
    });
    std::vector<QStringList> rows;
    for (size_t i : order) {
        const plan::PartnerAllocation &a = plan.partners[i];
        const plan::PlanPartner &pp = p.run.problem.partners[i];
        // -1: no payback figure (unfunded, or no forecast); a plain double keeps GCC's
        // -Wmaybe-uninitialized quiet about an optional here.
        const double payback =
            i < p.forecast.payback.size() ? p.forecast.payback[i].value_or(-1.0) : -1.0;
        rows.push_back(
            {pp.name, label(pp.quadrant), money(pp.currentSpend), money(a.allocation),
             money(a.expected), Cli::decimals(a.marginal, 2),
             plan::bindingKey(a, c).isEmpty() ? QStringLiteral("-") : plan::bindingKey(a, c),
             payback >= 0.0 ? Cli::decimals(payback * 100.0, 0) + QLatin1Char('%')
                            : QStringLiteral("-")});
    }
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype col = 0; col < header.size(); ++col)
        widths[size_t(col)] = header[col].size();
    for (const QStringList &row : rows)
        for (qsizetype col = 0; col < row.size(); ++col)
            widths[size_t(col)] = std::max(widths[size_t(col)], row[col].size());
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype col = 0; col < cells.size(); ++col)
            padded << (col >= 2 && col <= 5 ? cells[col].rightJustified(widths[size_t(col)])
                                            : cells[col].leftJustified(widths[size_t(col)]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    const QString currency = p.data.info.currency;
    QString out =
        Cli::tr("Scenario: %1. Budget %2 %3, allocated %4; expected return %5 %3; shadow price "
                "of the budget %6.")
            .arg(p.scenario.name, money(plan.budget), currency, money(plan.allocated),
                 money(plan.expectedTotal), Cli::decimals(plan.shadowPrice, 2)) +
        QLatin1Char('\n') +
        Cli::tr("Forecast (%1 draws): P10 %2, P50 %3, P90 %4 %5.")
            .arg(p.forecast.draws)
            .arg(money(p.forecast.p10), money(p.forecast.p50), money(p.forecast.p90), currency) +
        QLatin1Char('\n');
    for (const QString &note : plan.notes)
        out += note + QLatin1Char('\n');
    out += QLatin1Char('\n') + line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

/// An amount given to `option`: a number from 0 to the largest budget the plan accepts.
std::optional<double> amount(const QString &command, const QString &option, const QString &text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > plan::MaxBudget) {
        Cli::usageError(command,
                        Cli::tr("--%1 needs an amount from 0 to %2, not \"%3\".")
                            .arg(option, QLocale::c().toString(plan::MaxBudget, 'g', 3), text));
        return std::nullopt;
    }
    return value;
}

} // namespace

int Cli::runPlan(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to plan."));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget"),
        tr("The program budget per year (default: the budget stored with the scenario's plan)."),
        tr("B"));
    const QCommandLineOption objectiveOption(
        QStringLiteral("objective"), tr("Maximise revenue or margin (default: the stored plan's)."),
        tr("OBJECTIVE"));
    const QCommandLineOption minOption(QStringLiteral("min-per-partner"),
                                       tr("The least every optimized partner gets."), tr("X"));
    const QCommandLineOption maxOption(QStringLiteral("max-per-partner"),
                                       tr("The most any optimized partner gets."), tr("Y"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), tr("Plan with the scenario named S (default: the active one)."),
        tr("S"));
    const QCommandLineOption drawsOption(QStringLiteral("draws"),
                                         tr("Monte Carlo draws of the forecast (default 10000)."),
                                         tr("N"), QStringLiteral("10000"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table or json (default table)."),
                                          tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({budgetOption, objectiveOption, minOption, maxOption, scenarioOption,
                       drawsOption, formatOption});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(command, tr("--format must be table or json, not \"%1\".").arg(format));
    const QString objective = parser.value(objectiveOption);
    if (parser.isSet(objectiveOption) && !enumFromKey<PlanObjective>(objective))
        return usageError(command,
                          tr("--objective must be revenue or margin, not \"%1\".").arg(objective));
    std::optional<double> budget, minimum, maximum;
    if (parser.isSet(budgetOption) &&
        !(budget = amount(command, QStringLiteral("budget"), parser.value(budgetOption))))
        return UsageError;
    if (parser.isSet(minOption) &&
        !(minimum = amount(command, QStringLiteral("min-per-partner"), parser.value(minOption))))
        return UsageError;
    if (parser.isSet(maxOption) &&
        !(maximum = amount(command, QStringLiteral("max-per-partner"), parser.value(maxOption))))
        return UsageError;
    const auto draws =
        number(command, QStringLiteral("draws"), parser.value(drawsOption), 100, 1000000);
    if (!draws)
        return UsageError;

    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> loaded = loadPortfolio(path);
    if (!loaded || !selectScenario(*loaded, path, parser.value(scenarioOption)))
        return InputError;
    const PortfolioData &data = *loaded;
    const Scenario *scenario = activeScenario(data);
    if (!scenario) {
        printError(tr("%1 has no scenario to plan with.").arg(quoted(path)));
        return InputError;
    }
    ScenarioPlan settings = plan::planSettings(data, scenario->id);
    if (budget)
        settings.budget = *budget;
    if (parser.isSet(objectiveOption))
        settings.objective = *enumFromKey<PlanObjective>(objective);
    if (minimum)
        settings.minPerPartner = *minimum;
    if (maximum)
        settings.maxPerPartner = *maximum;

    plan::PlanBasis basis = plan::planBasis(data, *scenario);
    plan::fitBasis(basis, data, settings);
    const plan::PlanRun run = plan::runPlan(basis, data, settings);
    if (!run.ok()) {
        // Infeasible constraints, or no curve for some partner: the sentence says which.
        printError(tr("%1: %2").arg(quoted(path), run.error()));
        return InputError;
    }
    plan::ForecastOptions options;
    options.draws = int(*draws);
    const plan::Forecast forecast = plan::forecastPlan(run.problem, run.result.plan, options);
    if (!forecast.ok()) {
        printError(tr("%1: %2").arg(quoted(path), forecast.error));
        return InputError;
    }
    const Planned planned{data, *scenario, basis, run, forecast};
    printOut(format == QLatin1String("json") ? json(planned) : table(planned));
    return Success;
}

} // namespace ps
