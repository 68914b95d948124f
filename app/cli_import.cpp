// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope import FILE --csv IN.csv [--kind partners|icps|links|deals|activities]
// [--partners-csv OPPPARTNERS.csv] [--preset auto|salesforce|hubspot|partnerscope|generic]
// [--date-order auto|dmy|mdy] [--lead-source-words WORDS] [--dry-run] [--skip-invalid]`:
// a CRM export into a portfolio, all or nothing, saved atomically.
#include "app/cli.h"

#include "core/import/importplan.h"
#include "core/storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QLocale>

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
    if (key == QLatin1String("deals"))
        return Kind::Deals;
    if (key == QLatin1String("activities"))
        return Kind::Activities;
    return std::nullopt;
}

QString delimiterName(QChar delimiter) {
    if (delimiter == QLatin1Char(';'))
        return Cli::tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return Cli::tr("tab");
    return Cli::tr("comma");
}

/// The columns a kind cannot do without, and what to call them.
std::vector<std::pair<int, QString>> requiredColumns(Kind kind) {
    switch (kind) {
    case Kind::Partners:
        return {{int(PartnerField::Name), Cli::tr("the partner name")}};
    case Kind::Icps:
        return {{int(IcpField::Name), Cli::tr("the ICP name")}};
    case Kind::Links:
        return {{int(LinkField::Icp), Cli::tr("the ICP")}};
    case Kind::Deals:
        return {{int(DealField::Name), Cli::tr("the deal name")}};
    case Kind::DealPartners:
        return {{int(DealPartnerField::Deal), Cli::tr("the opportunity id")},
                {int(DealPartnerField::Partner), Cli::tr("the partner account id")}};
    case Kind::Activities:
        return {{int(ActivityField::Date), Cli::tr("the date")}};
    }
    return {};
}

QString entityName(const PortfolioData &data, Kind kind, int index) {
    switch (kind) {
    case Kind::Partners:
        return data.partners[size_t(index)].name;
    case Kind::Icps:
        return data.icps[size_t(index)].name;
    case Kind::Deals:
        return data.deals[size_t(index)].name;
    case Kind::Links:
    case Kind::DealPartners:
    case Kind::Activities:
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
        case Duplicate::By::CrmId:
            return Cli::tr("skipped: same CRM record as line %1.").arg(line);
        case Duplicate::By::Content:
            return Cli::tr("skipped: same as line %1.").arg(line);
        }
    }
    const QString name = entityName(data, plan.kind, d.existingIndex);
    switch (d.by) {
    case Duplicate::By::Domain:
        return Cli::tr("skipped: same website as \"%1\" in the portfolio.").arg(name);
    case Duplicate::By::Name:
        return Cli::tr("skipped: same name as \"%1\" in the portfolio.").arg(name);
    case Duplicate::By::CrmId:
    case Duplicate::By::Content:
        return Cli::tr("skipped: already in the portfolio.");
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
    QString partnersCsv;
    Kind kind = Kind::Partners;
    Preset preset = Preset::Auto;
    DateOrder dateOrder = DateOrder::Auto;
    std::optional<QStringList> leadSourceWords;
    bool dryRun = false;
    bool skipInvalid = false;
};

/// Reads a CSV file and checks its required columns; prints the error and returns nullopt.
std::optional<csv::Table> readTable(const QString &path, Kind kind, Preset preset,
                                    Mapping *mapping) {
    const csv::ReadResult read = csv::readFile(path);
    if (!read.ok()) {
        Cli::printError(read.error.describe(path));
        return std::nullopt;
    }
    const csv::Table &table = *read.table;
    *mapping = buildMapping(kind, preset, table.header, table.delimiter);
    for (const auto &[required, requiredName] : requiredColumns(kind)) {
        if (mapping->columnOf(required) < 0) {
            Cli::printError(Cli::tr("%1:%2: no column holds %3 (headers: %4).")
                                .arg(path)
                                .arg(table.headerLine)
                                .arg(requiredName, table.header.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    Cli::printOut(
        Cli::tr("%1: %2, %3, %4-separated, %Ln row(s).", nullptr, int(table.records.size()))
            .arg(path, label(mapping->preset, kind), csv::encodingName(table.encoding),
                 delimiterName(table.delimiter)) +
        QLatin1Char('\n'));
    return *read.table;
}

QString countsText(const ImportChanges &changes) {
    return Cli::tr("%Ln new", nullptr, changes.addedCount()) + QStringLiteral(", ") +
           Cli::tr("%Ln changed", nullptr, changes.mergedCount()) + QStringLiteral(", ") +
           Cli::tr("%Ln unchanged", nullptr, changes.unchanged) + QStringLiteral(", ") +
           Cli::tr("%Ln skipped as duplicates", nullptr, changes.skippedDuplicates) +
           QStringLiteral(", ") + Cli::tr("%Ln invalid", nullptr, changes.skippedInvalid) +
           (changes.needsClassification > 0
                ? QStringLiteral(" (") +
                      Cli::tr("%Ln without a model", nullptr, changes.needsClassification) +
                      QLatin1Char(')')
                : QString());
}

int importCsv(const Options &o) {
    std::optional<PortfolioData> data = Cli::loadPortfolio(o.portfolio);
    if (!data)
        return Cli::InputError;
    Mapping mapping;
    const std::optional<csv::Table> table = readTable(o.csv, o.kind, o.preset, &mapping);
    if (!table)
        return Cli::InputError;
    mapping.dateOrder = o.dateOrder;
    if (o.dateOrder == DateOrder::Auto) {
        // A date such as 01/07/2025 that nothing in the file decides is not guessed.
        const DateOrderEvidence dates = inspectDateOrder(*table, mapping, 1);
        if (dates.found == DateOrder::Auto && !dates.ambiguous.empty()) {
            const DateSample &first = dates.ambiguous.front();
            const QDate dmy = parseDate(first.text, DateOrder::DayFirst).date;
            const QDate mdy = parseDate(first.text, DateOrder::MonthFirst).date;
            const QLocale locale;
            Cli::printError(
                Cli::tr("%1:%2: the date \"%3\" reads either way (%4 or %5) and no row of the "
                        "file decides; give --date-order dmy (day first) or --date-order mdy "
                        "(month first).")
                    .arg(o.csv)
                    .arg(first.line)
                    .arg(first.text, locale.toString(dmy, QStringLiteral("d MMMM yyyy")),
                         locale.toString(mdy, QStringLiteral("d MMMM yyyy"))));
            return Cli::InputError;
        }
    }
    if (o.leadSourceWords) {
        mapping.attribution.leadSourceWords = *o.leadSourceWords;
        mapping.attribution.fromLeadSource = !o.leadSourceWords->isEmpty();
    }
    LinkedFile partners;
    std::optional<csv::Table> partnerTable;
    if (!o.partnersCsv.isEmpty()) {
        partnerTable = readTable(o.partnersCsv, Kind::DealPartners, o.preset, &partners.mapping);
        if (!partnerTable)
            return Cli::InputError;
        partners.table = &*partnerTable;
    }

    const ImportPlan plan = buildPlan(*table, mapping, *data, {}, partners);
    for (const Issue &issue : plan.issues())
        if (issue.severity == Severity::Error)
            Cli::printError(issue.describe(issue.file == 1 ? o.partnersCsv : o.csv));
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
        if (row.valid && row.duplicate.isDuplicate() && row.action == DuplicateAction::Skip)
            Cli::printOut(QStringLiteral("%1:%2: %3\n")
                              .arg(o.csv)
                              .arg(row.line)
                              .arg(duplicateText(*data, plan, row)));

    const QString counts = countsText(*changes);
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
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("What the rows are: partners (default), icps, links, deals, activities, accounts (our "
           "account list) or partner-accounts (a partner's, with --partner)."),
        tr("KIND"), QStringLiteral("partners"));
    const QCommandLineOption partnersCsv(
        QStringLiteral("partners-csv"),
        tr("With --kind deals: the opportunity-partner export (OpportunityId, AccountToId, Role, "
           "IsPrimary) that says which partner accounts were on which deal."),
        tr("OPPPARTNERS.csv"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("Column layout: auto (default, from the headers), salesforce, hubspot, partnerscope "
           "or generic."),
        tr("PRESET"), QStringLiteral("auto"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        tr("How to read dates such as 03/04/2025: auto (default: from the file; an error when "
           "no row decides), dmy (day first) or mdy (month first)."),
        tr("ORDER"), QStringLiteral("auto"));
    const QCommandLineOption leadSourceWords(
        QStringLiteral("lead-source-words"),
        tr("With --kind deals: comma-separated words of a lead source that mean the primary "
           "partner sourced the deal (default: partner; empty: never from the lead source)."),
        tr("WORDS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported; write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         tr("Import the valid rows even when others are invalid."));
    const QCommandLineOption partner(
        QStringLiteral("partner"),
        tr("With --kind partner-accounts: the partner whose list it is, by name."), tr("NAME"));
    const QCommandLineOption listDate(
        QStringLiteral("date"),
        tr("With --kind accounts or partner-accounts: the list's date (default: today)."),
        tr("YYYY-MM-DD"));
    const QCommandLineOption columnMap(
        QStringLiteral("map"),
        tr("With --kind accounts or partner-accounts: read FIELD from COLUMN (a header or a "
           "1-based number); FIELD is name, website, status, industry, employees, country, "
           "crm_id or open_pipeline. Repeat for several fields."),
        tr("FIELD=COLUMN"));
    parser.addOptions({csv, kind, partnersCsv, preset, dateOrder, leadSourceWords, dryRun,
                       skipInvalid, partner, listDate, columnMap});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    Options o;
    o.portfolio = parser.positionalArguments().constFirst();
    if (!parser.isSet(csv))
        return usageError(command, tr("The CSV file is missing (--csv IN.csv)."));
    o.csv = parser.value(csv);
    const QString kindKey = parser.value(kind);
    const bool accountKind =
        kindKey == QLatin1String("accounts") || kindKey == QLatin1String("partner-accounts");
    if (accountKind) {
        AccountImportRequest request;
        request.portfolio = o.portfolio;
        request.csv = o.csv;
        request.forPartner = kindKey == QLatin1String("partner-accounts");
        if (request.forPartner != parser.isSet(partner))
            return usageError(command, tr("--partner NAME goes with --kind partner-accounts."));
        request.partnerName = parser.value(partner);
        request.preset = parser.value(preset);
        if (parser.isSet(listDate)) {
            request.date = QDate::fromString(parser.value(listDate), Qt::ISODate);
            if (!request.date.isValid())
                return usageError(command, tr("--date must be a date in YYYY-MM-DD form, not "
                                              "\"%1\".")
                                               .arg(parser.value(listDate)));
        }
        request.dryRun = parser.isSet(dryRun);
        request.columnMap = parser.values(columnMap);
        return runAccountImport(request);
    }
    if (parser.isSet(partner) || parser.isSet(listDate) || parser.isSet(columnMap))
        return usageError(command, tr("--partner, --date and --map go with account lists."));
    const auto k = kindFromKey(parser.value(kind));
    if (!k)
        return usageError(command, tr("Unknown kind \"%1\".").arg(parser.value(kind)));
    o.kind = *k;
    if (parser.isSet(partnersCsv)) {
        if (o.kind != Kind::Deals)
            return usageError(command, tr("--partners-csv goes with --kind deals."));
        o.partnersCsv = parser.value(partnersCsv);
    }
    const auto p = presetFromKey(parser.value(preset));
    if (!p)
        return usageError(command, tr("Unknown preset \"%1\".").arg(parser.value(preset)));
    o.preset = *p;
    const QString order = parser.value(dateOrder);
    if (order == QLatin1String("dmy"))
        o.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        o.dateOrder = DateOrder::MonthFirst;
    else if (order != QLatin1String("auto"))
        return usageError(command,
                          tr("--date-order must be auto, dmy or mdy, not \"%1\".").arg(order));
    if (parser.isSet(leadSourceWords))
        o.leadSourceWords =
            parser.value(leadSourceWords).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.dryRun = parser.isSet(dryRun);
    o.skipInvalid = parser.isSet(skipInvalid);
    return importCsv(o);
}

} // namespace ps
