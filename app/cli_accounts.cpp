// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope import FILE --kind accounts|partner-accounts [--partner NAME] --csv IN.csv
// [--preset auto|salesforce|hubspot|generic] [--map FIELD=COLUMN]... [--date YYYY-MM-DD]
// [--dry-run]` and
// `partnerscope overlap FILE --partner NAME [--format table|json]`: account lists into the
// portfolio, all or nothing, and the overlap matrix with one partner (issue 15).
#include "app/cli_accounts.h"
#include "app/cli.h"

#include "core/accounts/accountimport.h"
#include "core/accounts/psifile.h"
#include "core/accounts/statusrulestext.h"
#include "core/storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace ps {
namespace accountcli {

using namespace ps::accounts;

const Partner *findPartner(const PortfolioData &data, const QString &path, const QString &name) {
    for (const Partner &p : data.partners)
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    Cli::printError(
        Cli::tr("%1 has no partner named \"%2\".").arg(Cli::quoted(path), name.left(200)));
    return nullptr;
}

std::optional<QByteArray> readExchangeFile(const QString &path) {
    // The largest file the format allows: its points plus a generous header.
    constexpr qint64 maxBytes =
        psifile::MaxPointsPerFile * psifile::PointBytes + psifile::MaxLabelBytes + 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Cli::printError(
            Cli::tr("%1 could not be read (%2).").arg(Cli::quoted(path), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        Cli::printError(
            Cli::tr("%1 is larger than any account-mapping file can be.").arg(Cli::quoted(path)));
        return std::nullopt;
    }
    return file.read(maxBytes + 1);
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    Cli::printError(
        Cli::tr("%1 could not be written (%2).").arg(Cli::quoted(path), file.errorString()));
    return false;
}

namespace {

constexpr OurPopulation ourRows[] = {OurPopulation::Customers, OurPopulation::Prospects,
                                     OurPopulation::OpenOpportunities};
constexpr TheirPopulation theirColumns[] = {TheirPopulation::Customers, TheirPopulation::Prospects};

QString jsonAccounts(const OverlapResult &result, const AccountList &ours,
                     const AccountList &theirs) {
    QStringList items;
    for (const AccountPair &pair : result.pairs) {
        const Account &a = ours.accounts[size_t(pair.ours)];
        const Account &b = theirs.accounts[size_t(pair.theirs)];
        items << QStringLiteral("{\"name\": %1, \"domain\": %2, \"our_status\": %3, "
                                "\"their_name\": %4, \"their_status\": %5, \"match\": %6, "
                                "\"open_pipeline\": %7}")
                     .arg(Cli::jsonString(a.name), Cli::jsonString(a.domainKey),
                          Cli::jsonString(toKey(a.status)), Cli::jsonString(b.name),
                          Cli::jsonString(toKey(b.status)), Cli::jsonString(toKey(pair.kind)),
                          Cli::decimals(a.openPipeline, 2));
    }
    return items.isEmpty() ? QStringLiteral("[]")
                           : QStringLiteral("[\n    ") + items.join(QStringLiteral(",\n    ")) +
                                 QStringLiteral("\n  ]");
}

} // namespace

int printOverlap(const PortfolioData &data, const Partner &partner, bool json) {
    const StoredAccountList *ours = data.accountBook.ours();
    const StoredAccountList *theirs = data.accountBook.latestOf(partner.id);
    if (!ours) {
        Cli::printError(Cli::tr("The portfolio has no list of our accounts; import one with "
                                "--kind accounts."));
        return Cli::InputError;
    }
    if (!theirs) {
        Cli::printError(Cli::tr("The portfolio has no account list of %1; import one with "
                                "--kind partner-accounts or run a private exchange.")
                            .arg(partner.name));
        return Cli::InputError;
    }
    const OverlapResult result = computeOverlap(ours->list, theirs->list);
    QString text;
    if (json) {
        text = QStringLiteral("{\n  \"partner\": %1,\n  \"their_list_date\": %2,\n")
                   .arg(Cli::jsonString(partner.name),
                        Cli::jsonString(theirs->list.importedOn.toString(Qt::ISODate)));
        QStringList pipeline;
        for (OurPopulation o : ourRows)
            for (TheirPopulation t : theirColumns) {
                text += QStringLiteral("  \"%1\": %2,\n")
                            .arg(cellKey(o, t))
                            .arg(result.cell(o, t).accounts);
                pipeline << QStringLiteral("\"%1\": %2")
                                .arg(cellKey(o, t),
                                     Cli::decimals(result.cell(o, t).openPipeline, 2));
            }
        text += QStringLiteral("  \"open_pipeline\": {%1},\n").arg(pipeline.join(u", "));
        text += QStringLiteral("  \"overlap_total\": %1,\n  \"name_matched_total\": %2,\n"
                               "  \"ours_total\": %3,\n  \"theirs_total\": %4,\n")
                    .arg(result.overlapTotal)
                    .arg(result.nameMatchedTotal)
                    .arg(result.oursTotal)
                    .arg(result.theirsTotal);
        text += QStringLiteral("  \"accounts\": %1\n}\n")
                    .arg(jsonAccounts(result, ours->list, theirs->list));
        Cli::printOut(text);
        return Cli::Success;
    }
    const QLocale locale;
    text = Cli::tr("Overlap with %1 (their list of %2)")
               .arg(partner.name, locale.toString(theirs->list.importedOn, QLocale::ShortFormat)) +
           QLatin1Char('\n');
    text += QStringLiteral("%1  %2  %3\n")
                .arg(QString(), -26)
                .arg(label(TheirPopulation::Customers), -24)
                .arg(label(TheirPopulation::Prospects), -24);
    for (OurPopulation o : ourRows) {
        QString line = QStringLiteral("%1").arg(label(o), -26);
        for (TheirPopulation t : theirColumns) {
            const OverlapCell &cell = result.cell(o, t);
            line += QStringLiteral("  %1").arg(Cli::tr("%1 (%2)")
                                                   .arg(locale.toString(cell.accounts))
                                                   .arg(Cli::decimals(cell.openPipeline, 0)),
                                               -24);
        }
        text += line.trimmed().isEmpty() ? QString() : line + QLatin1Char('\n');
    }
    text +=
        Cli::tr("Shared accounts: %1 of our %2 (%3 by name only); their list: %4.")
            .arg(locale.toString(result.overlapTotal), locale.toString(result.oursTotal),
                 locale.toString(result.nameMatchedTotal), locale.toString(result.theirsTotal)) +
        QLatin1Char('\n');
    Cli::printOut(text);
    return Cli::Success;
}

} // namespace accountcli

namespace {

using namespace ps::accounts;

/// Open deals of the deal log, to mark the accounts they are with.
std::vector<OpenDeal> openDeals(const PortfolioData &data) {
    std::vector<OpenDeal> deals;
    for (const Deal &d : data.deals)
        if (d.outcome == DealOutcome::Open && d.amount > 0)
            deals.push_back({d.buyer.crmId, d.buyer.name, QString(), d.amount});
    return deals;
}

} // namespace

int Cli::runAccountImport(const AccountImportRequest &request) {
    std::optional<PortfolioData> data = loadPortfolio(request.portfolio);
    if (!data)
        return InputError;
    const Partner *partner = nullptr;
    if (request.forPartner) {
        partner = accountcli::findPartner(*data, request.portfolio, request.partnerName);
        if (!partner)
            return InputError;
    }
    const auto preset = accountPresetFromKey(request.preset);
    if (!preset)
        return usageError(QStringLiteral("import"),
                          tr("Unknown preset \"%1\" for account lists (auto, salesforce, hubspot "
                             "or generic).")
                              .arg(request.preset));
    AccountImportOptions options;
    options.importedOn = request.date;
    options.columnMap = request.columnMap;
    // The rules used last time for this list, as the import dialog starts with them.
    options.remembered = rememberedRulesList(data->accountBook, partner ? partner->id : 0);
    AccountImportResult result = importAccountFile(request.csv, *preset, std::nullopt, options);
    if (!result.ok()) {
        for (const AccountIssue &issue : result.errors)
            printError(issue.describe(request.csv));
        if (result.errors.empty())
            printError(result.errorMessage());
        printError(tr("%1: nothing was imported.").arg(request.csv));
        return InputError;
    }
    printError(result.rulesNote);
    for (const AccountIssue &issue : result.warnings)
        printOut(issue.describe(request.csv) + QLatin1Char('\n'));
    AccountList list = std::move(*result.list);
    list.sourceName = QFileInfo(request.csv).fileName();
    int unmatchedDeals = 0;
    if (!partner)
        unmatchedDeals = applyOpenDeals(list.accounts, openDeals(*data));
    const qint64 count = qint64(list.accounts.size());
    const QString whose = partner ? partner->name : tr("our accounts");
    if (request.dryRun) {
        printOut(tr("Dry run, nothing written to %1: %Ln account(s) for %2.", nullptr, int(count))
                     .arg(quoted(request.portfolio), whose) +
                 QLatin1Char('\n'));
        return Success;
    }
    if (partner)
        data->accountBook.addPartnerList(partner->id, std::move(list));
    else
        data->accountBook.setOurs(std::move(list));
    QString message;
    if (!PortfolioFile::save(*data, request.portfolio, &message)) {
        printError(message);
        return InputError;
    }
    printOut(tr("Imported into %1: %Ln account(s) for %2.", nullptr, int(count))
                 .arg(quoted(request.portfolio), whose) +
             QLatin1Char('\n'));
    if (unmatchedDeals > 0)
        printOut(tr("%Ln open deal(s) of the deal log match no account of the list.", nullptr,
                    unmatchedDeals) +
                 QLatin1Char('\n'));
    return Success;
}

int Cli::runOverlap(const QStringList &args) {
    const QString step = args.value(1);
    if (step == QLatin1String("offer") || step == QLatin1String("answer") ||
        step == QLatin1String("finish")) {
        QStringList rest = args.mid(2);
        rest.prepend(args.value(0) + QLatin1Char(' ') + step);
        if (step == QLatin1String("offer"))
            return runOverlapOffer(rest);
        if (step == QLatin1String("answer"))
            return runOverlapAnswer(rest);
        return runOverlapFinish(rest);
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio."));
    const QCommandLineOption partner(QStringLiteral("partner"), tr("The partner, by name."),
                                     tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default) or json."),
                                    tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({partner, format});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(partner))
        return usageError(args.value(0), tr("The partner is missing (--partner NAME)."));
    const QString f = parser.value(format);
    if (f != QLatin1String("table") && f != QLatin1String("json"))
        return usageError(args.value(0), tr("--format must be table or json, not \"%1\".").arg(f));
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    const Partner *p = accountcli::findPartner(*data, path, parser.value(partner));
    if (!p)
        return InputError;
    return accountcli::printOverlap(*data, *p, f == QLatin1String("json"));
}

} // namespace ps
