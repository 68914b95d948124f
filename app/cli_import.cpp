// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope import FILE --csv IN.csv [--kind partners|icps|links]
// [--preset auto|salesforce|hubspot|partnerscope|generic] [--dry-run] [--skip-invalid]`:
// a CRM export into a portfolio, all or nothing, saved atomically.
#include "app/cli.h"

#include "core/import/importplan.h"
#include "core/storage/portfoliofile.h"

#include <QCommandLineParser>

namespace ps {
namespace {

using namespace ps::import;

std::optional<Kind> kindFromKey(const QString &key) {
    if (key == QLatin1String("partners"))
        return Kind::Partners;
    if (key == QLatin1String("icps"))
        return Kind::Icps;
    if (key == QLatin1String("links"))
        return Kind::Links;
    return std::nullopt;
}

QString delimiterName(QChar delimiter) {
    if (delimiter == QLatin1Char(';'))
        return Cli::tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return Cli::tr("tab");
    return Cli::tr("comma");
}

/// The column a kind cannot do without, and what to call it.
std::pair<int, QString> requiredColumn(Kind kind) {
    switch (kind) {
    case Kind::Partners:
        return {int(PartnerField::Name), Cli::tr("the partner name")};
    case Kind::Icps:
        return {int(IcpField::Name), Cli::tr("the ICP name")};
    case Kind::Links:
        return {int(LinkField::Icp), Cli::tr("the ICP")};
    }
    return {0, {}};
}

QString entityName(const PortfolioData &data, Kind kind, int index) {
    switch (kind) {
    case Kind::Partners:
        return data.partners[size_t(index)].name;
    case Kind::Icps:
        return data.icps[size_t(index)].name;
    case Kind::Links:
        break;
    }
    return {};
}

/// One sentence on why a row was skipped as a duplicate.
QString duplicateText(const PortfolioData &data, const ImportPlan &plan, const PlannedRow &row) {
    const Duplicate &d = row.duplicate;
    if (d.of == Duplicate::Of::EarlierRow) {
        const int line = plan.rows[size_t(d.earlierRow)].line;
        switch (d.by) {
        case Duplicate::By::Domain:
            return Cli::tr("skipped: same website as line %1.").arg(line);
        case Duplicate::By::Name:
            return Cli::tr("skipped: same name as line %1.").arg(line);
        case Duplicate::By::Pair:
            return Cli::tr("skipped: same ICP and partner as line %1.").arg(line);
        }
    }
    const QString name = entityName(data, plan.kind, d.existingIndex);
    switch (d.by) {
    case Duplicate::By::Domain:
        return Cli::tr("skipped: same website as \"%1\" in the portfolio.").arg(name);
    case Duplicate::By::Name:
        return Cli::tr("skipped: same name as \"%1\" in the portfolio.").arg(name);
    case Duplicate::By::Pair:
        break;
    }
    return Cli::tr("skipped: the portfolio already links this ICP and partner.");
}

/// Unknown type values once each, not once per row.
void reportUnknownTypes(const ImportPlan &plan, const QString &csvName) {
    for (const QString &value : plan.unknownTypeValues)
        Cli::printError(Cli::tr("%1: the type \"%2\" is not a known partner model; those partners "
                                "are imported without a model (needs classification).")
                            .arg(csvName, value));
}

struct Options {
    QString portfolio;
    QString csv;
    Kind kind = Kind::Partners;
    Preset preset = Preset::Auto;
    bool dryRun = false;
    bool skipInvalid = false;
};

int importCsv(const Options &o) {
    std::optional<PortfolioData> data = Cli::loadPortfolio(o.portfolio);
    if (!data)
        return Cli::InputError;
    const csv::ReadResult read = csv::readFile(o.csv);
    if (!read.ok()) {
        Cli::printError(read.error.describe(o.csv));
        return Cli::InputError;
    }
    const csv::Table &table = *read.table;
    const Mapping mapping = buildMapping(o.kind, o.preset, table.header, table.delimiter);
    const auto [required, requiredName] = requiredColumn(o.kind);
    if (mapping.columnOf(required) < 0) {
        Cli::printError(Cli::tr("%1:%2: no column holds %3 (headers: %4).")
                            .arg(o.csv)
                            .arg(table.headerLine)
                            .arg(requiredName, table.header.join(QStringLiteral(", "))));
        return Cli::InputError;
    }
    Cli::printOut(
        Cli::tr("%1: %2, %3, %4-separated, %Ln row(s).", nullptr, int(table.records.size()))
            .arg(o.csv, label(mapping.preset), csv::encodingName(table.encoding),
                 delimiterName(table.delimiter)) +
        QLatin1Char('\n'));

    const ImportPlan plan = buildPlan(table, mapping, *data);
    for (const PlannedRow &row : plan.rows)
        for (const Issue &issue : row.issues)
            if (issue.severity == Severity::Error)
                Cli::printError(issue.describe(o.csv));
    reportUnknownTypes(plan, o.csv);
    const int invalid = plan.invalidCount();
    const std::optional<ImportChanges> changes = computeChanges(*data, plan, o.skipInvalid);
    if (!changes) {
        Cli::printError(Cli::tr("%1: nothing was imported: %Ln row(s) are invalid (--skip-invalid "
                                "imports the others).",
                                nullptr, invalid)
                            .arg(o.csv));
        return Cli::InputError;
    }
    for (const PlannedRow &row : plan.rows)
        if (row.valid && row.duplicate.isDuplicate())
            Cli::printOut(QStringLiteral("%1:%2: %3\n")
                              .arg(o.csv)
                              .arg(row.line)
                              .arg(duplicateText(*data, plan, row)));

    const QString counts =
        Cli::tr("%Ln added", nullptr, changes->addedCount()) + QStringLiteral(", ") +
        Cli::tr("%Ln skipped as duplicates", nullptr, changes->skippedDuplicates) +
        QStringLiteral(", ") + Cli::tr("%Ln invalid", nullptr, changes->skippedInvalid) +
        (changes->needsClassification > 0
             ? QStringLiteral(" (") +
                   Cli::tr("%Ln without a model", nullptr, changes->needsClassification) +
                   QLatin1Char(')')
             : QString());
    if (o.dryRun) {
        Cli::printOut(
            Cli::tr("Dry run, nothing written to %1: %2.").arg(Cli::quoted(o.portfolio), counts) +
            QLatin1Char('\n'));
        return Cli::Success;
    }
    if (!changes->isEmpty() && Cli::isLocation(o.portfolio)) {
        // Others may be editing a team portfolio: rows go in as edits, from the window.
        Cli::printError(Cli::tr("%1 is a team portfolio: import into it from the window (File > "
                                "Import), or check the CSV here with --dry-run.")
                            .arg(o.portfolio));
        return Cli::InputError;
    }
    if (!changes->isEmpty()) {
        applyChanges(*data, *changes);
        QString message;
        if (!PortfolioFile::save(*data, o.portfolio, &message)) {
            Cli::printError(message);
            return Cli::InputError;
        }
    }
    Cli::printOut(Cli::tr("Imported into %1: %2.").arg(Cli::quoted(o.portfolio), counts) +
                  QLatin1Char('\n'));
    return Cli::Success;
}

} // namespace

int Cli::runImport(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio to import into."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("The CSV file to import."),
                                 tr("IN.csv"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("What the rows are: partners (default), icps or links."),
                                  tr("KIND"), QStringLiteral("partners"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("Column layout: auto (default, from the headers), salesforce, hubspot, partnerscope "
           "or generic."),
        tr("PRESET"), QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported; write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         tr("Import the valid rows even when others are invalid."));
    parser.addOptions({csv, kind, preset, dryRun, skipInvalid});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    Options o;
    o.portfolio = parser.positionalArguments().constFirst();
    if (!parser.isSet(csv))
        return usageError(command, tr("The CSV file is missing (--csv IN.csv)."));
    o.csv = parser.value(csv);
    const auto k = kindFromKey(parser.value(kind));
    if (!k)
        return usageError(command, tr("Unknown kind \"%1\".").arg(parser.value(kind)));
    o.kind = *k;
    const auto p = presetFromKey(parser.value(preset));
    if (!p)
        return usageError(command, tr("Unknown preset \"%1\".").arg(parser.value(preset)));
    o.preset = *p;
    o.dryRun = parser.isSet(dryRun);
    o.skipInvalid = parser.isSet(skipInvalid);
    return importCsv(o);
}

} // namespace ps
