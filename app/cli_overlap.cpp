// SPDX-License-Identifier: GPL-3.0-or-later
// The private exchange on the command line (issue 15, docs/account-mapping.md):
//   partnerscope overlap offer FILE --accounts customers,prospects -o offer.psx [--label ORG]
//   partnerscope overlap answer FILE --offer offer.psx -o answer.psx [--reveal customers,prospects]
//   partnerscope overlap finish FILE --answer answer.psx --partner NAME [--format table|json]
// Exchange files come from another company: every refusal is one sentence naming the file.
#include "app/cli.h"
#include "app/cli_accounts.h"

#include "core/accounts/psi.h"
#include "core/storage/portfoliofile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace ps {
namespace {

using namespace ps::accounts;

QCommandLineOption outputOption(const QString &what) {
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, what,
                              Cli::tr("OUT.psx"));
}

/// The organisation label to write: --label, else the portfolio's organisation or name.
QString labelFor(const PortfolioData &data, const QString &given) {
    if (!given.isEmpty())
        return given;
    return data.info.organization.isEmpty() ? data.info.name : data.info.organization;
}

bool save(const PortfolioData &data, const QString &path) {
    QString message;
    if (PortfolioFile::save(data, path, &message))
        return true;
    Cli::printError(message);
    return false;
}

const AccountList *ourList(const PortfolioData &data) {
    if (const StoredAccountList *ours = data.accountBook.ours())
        return &ours->list;
    Cli::printError(
        Cli::tr("The portfolio has no list of our accounts; import one with --kind accounts."));
    return nullptr;
}

/// The populations a comma-separated `list` names, through `fromKey`; the first key it does
/// not know is put in `unknown`.
template <typename Population, typename FromKey>
std::vector<Population> populationsFrom(const QString &list, FromKey fromKey, QString *unknown) {
    std::vector<Population> out;
    for (const QString &key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto population = fromKey(key.trimmed());
        if (!population) {
            *unknown = key.trimmed();
            return {};
        }
        out.push_back(*population);
    }
    return out;
}

} // namespace

int Cli::runOverlapOffer(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("Our portfolio (keeps the exchange's secret)."));
    const QCommandLineOption populations(
        QStringLiteral("accounts"),
        tr("Our populations to offer, comma-separated: customers, prospects, "
           "open_opportunities (default: customers,prospects)."),
        tr("LIST"), QStringLiteral("customers,prospects"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   tr("Our organisation as the partner will see it (default: the "
                                      "portfolio's organisation)."),
                                   tr("ORG"));
    const QCommandLineOption output = outputOption(tr("Write the offer to OUT.psx."));
    parser.addOptions({populations, label, output});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(output))
        return usageError(args.value(0), tr("The output file is missing (-o OUT.psx)."));
    PsiOfferOptions options;
    QString unknown;
    options.populations =
        populationsFrom<OurPopulation>(parser.value(populations), &ourPopulationFromKey, &unknown);
    if (!unknown.isEmpty())
        return usageError(args.value(0), tr("Unknown population \"%1\" (customers, prospects "
                                            "or open_opportunities).")
                                             .arg(unknown));
    if (options.populations.empty())
        return usageError(args.value(0), tr("--accounts names no population."));
    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    const AccountList *ours = ourList(*data);
    if (!ours)
        return InputError;
    options.ourLabel = labelFor(*data, parser.value(label));
    QString error;
    std::optional<PsiOffer> offer = createOffer(*ours, options, &error);
    if (!offer) {
        printError(error);
        return InputError;
    }
    const QString out = parser.value(output);
    // The secret is kept first: an offer whose session was not saved could never be finished.
    data->accountBook.storeSession(offer->session);
    if (!save(*data, path) || !accountcli::writeFile(out, offer->file))
        return InputError;
    printOut(tr("Offer %1 written to %2: %Ln domain(s) blinded; send it to the partner and keep "
                "%3, which holds the exchange's secret.",
                nullptr, int(offer->session.domains.size()))
                 .arg(offer->session.idText().left(8), quoted(out), quoted(path)) +
             QLatin1Char('\n'));
    return Success;
}

int Cli::runOverlapAnswer(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("Our portfolio (the partner's side)."));
    const QCommandLineOption offerOption(QStringLiteral("offer"), tr("The offer received."),
                                         tr("OFFER.psx"));
    const QCommandLineOption reveal(
        QStringLiteral("reveal"),
        tr("Our populations to reveal, comma-separated: customers, prospects (default: both)."),
        tr("LIST"), QStringLiteral("customers,prospects"));
    const QCommandLineOption label(
        QStringLiteral("label"), tr("Our organisation as the other side will see it."), tr("ORG"));
    const QCommandLineOption output = outputOption(tr("Write the answer to OUT.psx."));
    parser.addOptions({offerOption, reveal, label, output});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(offerOption))
        return usageError(args.value(0), tr("The offer is missing (--offer OFFER.psx)."));
    if (!parser.isSet(output))
        return usageError(args.value(0), tr("The output file is missing (-o OUT.psx)."));
    PsiAnswerOptions options;
    QString unknown;
    options.reveal =
        populationsFrom<TheirPopulation>(parser.value(reveal), &theirPopulationFromKey, &unknown);
    if (!unknown.isEmpty())
        return usageError(args.value(0),
                          tr("Unknown population \"%1\" (customers or prospects).").arg(unknown));
    if (options.reveal.empty())
        return usageError(args.value(0), tr("--reveal names no population."));
    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    const AccountList *ours = ourList(*data);
    if (!ours)
        return InputError;
    const QString offerPath = parser.value(offerOption);
    const std::optional<QByteArray> offerFile = accountcli::readExchangeFile(offerPath);
    if (!offerFile)
        return InputError;
    options.ourLabel = labelFor(*data, parser.value(label));
    options.answeredOfferIds = data->accountBook.answeredOfferIds();
    QString error;
    std::optional<PsiAnswer> answer = answerOffer(*offerFile, offerPath, *ours, options, &error);
    if (!answer) {
        printError(error);
        return InputError;
    }
    data->accountBook.answeredOffers.push_back({answer->offerId, QDateTime::currentDateTimeUtc()});
    const QString out = parser.value(output);
    if (!save(*data, path) || !accountcli::writeFile(out, answer->file))
        return InputError;
    qint64 theirTotal = 0;
    for (const PsiList &l : answer->offerLists)
        theirTotal += l.count;
    const QLocale locale;
    printOut(tr("Answer to %1 written to %2; they offered %3 domain(s).")
                 .arg(answer->offerLabel, quoted(out), locale.toString(theirTotal)) +
             QLatin1Char('\n'));
    return Success;
}

int Cli::runOverlapFinish(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("Our portfolio, which made the offer."));
    const QCommandLineOption answerOption(QStringLiteral("answer"), tr("The answer received."),
                                          tr("ANSWER.psx"));
    const QCommandLineOption partner(QStringLiteral("partner"),
                                     tr("The partner the overlap is stored for, by name."),
                                     tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default) or json."),
                                    tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({answerOption, partner, format});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(answerOption))
        return usageError(args.value(0), tr("The answer is missing (--answer ANSWER.psx)."));
    if (!parser.isSet(partner))
        return usageError(args.value(0), tr("The partner is missing (--partner NAME)."));
    const QString f = parser.value(format);
    if (f != QLatin1String("table") && f != QLatin1String("json"))
        return usageError(args.value(0), tr("--format must be table or json, not \"%1\".").arg(f));
    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    const Partner *p = accountcli::findPartner(*data, path, parser.value(partner));
    if (!p)
        return InputError;
    const QString answerPath = parser.value(answerOption);
    const std::optional<QByteArray> answerFile = accountcli::readExchangeFile(answerPath);
    if (!answerFile)
        return InputError;
    QString error;
    const int index = findPsiSession(data->accountBook.sessions, *answerFile, answerPath, &error);
    if (index < 0) {
        printError(error);
        return InputError;
    }
    PsiSession &session = data->accountBook.sessions[size_t(index)];
    std::optional<PsiResult> result = finishExchange(session, *answerFile, answerPath, {}, &error);
    if (!result) {
        printError(error);
        return InputError;
    }
    AccountList list = psiPartnerList(*result, QDate::currentDate());
    list.sourceName = QFileInfo(answerPath).fileName();
    data->accountBook.addPartnerList(p->id, std::move(list));
    if (!save(*data, path))
        return InputError;
    return accountcli::printOverlap(*data, *p, f == QLatin1String("json"));
}

} // namespace ps
