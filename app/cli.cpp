// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <QFile>

#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include <cmath>
#include <cstdio>

namespace ps {

const std::vector<Cli::Command> &Cli::commands() {
    // Later commands (score, metrics, ahp, report, import, render) are added as rows here.
    static const std::vector<Command> table = {
        {"demo", "-o FILE",
         QT_TRANSLATE_NOOP("ps::Cli", "Write the built-in demo portfolio to FILE."), &runDemo},
        {"check", "FILE", QT_TRANSLATE_NOOP("ps::Cli", "Validate a portfolio file."), &runCheck},
        {"generate", "--partners N --icps M [--seed S] -o FILE",
         QT_TRANSLATE_NOOP("ps::Cli", "Write a synthetic portfolio for tests and benchmarks."),
         &runGenerate},
        {"score", "FILE [--scenario S] [--format table|csv|json]",
         QT_TRANSLATE_NOOP("ps::Cli", "Score every partner: axes, quadrant, stability, points."),
         &runScore},
        {"metrics", "FILE [--format table|json] [--as-of DATE] [--min-deals N]",
         QT_TRANSLATE_NOOP("ps::Cli", "Portfolio metrics: coverage of every ICP, gaps marked."),
         &runMetrics},
        {"ahp", "MATRIX.csv | --group DIR [--format table|json]",
         QT_TRANSLATE_NOOP("ps::Cli", "Derive weights from a pairwise comparison matrix (AHP)."),
         &runAhp},
        {"render",
         "FILE --view matrix|map|heatmap|segments [--scenario S] [--theme default|projector] -o "
         "OUT",
         QT_TRANSLATE_NOOP("ps::Cli",
                           "Draw a view as PNG, SVG or PDF, exactly as the window shows it."),
         &runRender},
        {"report", "FILE -o OUT.pdf|.xlsx|.csv|.html [--scenario S] [--segments BY]",
         QT_TRANSLATE_NOOP("ps::Cli", "Write the segmentation report as PDF, XLSX, CSV or HTML."),
         &runReport},
        {"import",
         "FILE --csv IN.csv [--kind partners|icps|links|deals|activities|accounts|"
         "partner-accounts] [--partner NAME] "
         "[--partners-csv OPPPARTNERS.csv] [--preset auto|salesforce|hubspot] "
         "[--date-order auto|dmy|mdy] [--dry-run] [--skip-invalid]",
         QT_TRANSLATE_NOOP("ps::Cli", "Import partners, ICPs, links, deals or activities from a "
                                      "CRM export; all or nothing."),
         &runImport},
        {"royalty", "TERMS.json [--format table|json]",
         QT_TRANSLATE_NOOP("ps::Cli",
                           "OEM royalty per year over a volume curve; does it break at scale?"),
         &runRoyalty},
        {"plan",
         "FILE [--budget B] [--objective revenue|margin] [--min-per-partner X] "
         "[--max-per-partner Y] [--scenario S] [--format table|json]",
         QT_TRANSLATE_NOOP("ps::Cli", "Allocate the program budget: returns, forecast, limits."),
         &runPlan},
        {"overlap",
         "FILE --partner NAME [--format table|json] | offer FILE --accounts LIST -o OUT.psx | "
         "answer FILE --offer OFFER.psx -o OUT.psx | finish FILE --answer ANSWER.psx --partner "
         "NAME",
         QT_TRANSLATE_NOOP("ps::Cli", "Account overlap with a partner, or a private exchange "
                                      "of account lists by file."),
         &runOverlap},
        {"vote-server", "FILE --port P [--bind ADDRESS]",
         QT_TRANSLATE_NOOP("ps::Cli", "Serve the workshop voting page headless until stopped."),
         &runVoteServer},
        {"publish", "FILE postgresql://USER@HOST/DB?portfolio=NAME",
         QT_TRANSLATE_NOOP("ps::Cli", "Put a portfolio file on a PostgreSQL server for a team."),
         &runPublish},
        {"copy", "postgresql://USER@HOST/DB?portfolio=NAME -o FILE",
         QT_TRANSLATE_NOOP("ps::Cli", "Take an offline copy of a team portfolio as a file."),
         &runCopy},
    };
    return table;
}

const Cli::Command *Cli::find(const QString &name) {
    for (const Command &command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

QString Cli::versionText() {
    return QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                         QCoreApplication::applicationVersion());
}

QString Cli::overallHelp() {
    QString text = tr("Usage: partnerscope [FILE]\n"
                      "       partnerscope --demo\n"
                      "       partnerscope COMMAND [OPTIONS]\n\n"
                      "Partner portfolio planner for channel leaders.\n\n"
                      "Without a command, opens the desktop application on FILE, or on the "
                      "start screen.\n\n"
                      "Options:\n");
    const auto row = [](const QString &left, const QString &right) {
        const QString padded = QStringLiteral("  ") + left;
        if (padded.size() < 28)
            return padded.leftJustified(28) + right + QLatin1Char('\n');
        return padded + QLatin1Char('\n') + QString(28, QLatin1Char(' ')) + right +
               QLatin1Char('\n');
    };
    text += row(QStringLiteral("--demo"), tr("Open the application on the built-in demo."));
    text += row(QStringLiteral("-h, --help"), tr("Show this help and exit."));
    text += row(QStringLiteral("--version"), tr("Show the version and exit."));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += row(QStringLiteral("%1 %2").arg(QLatin1String(c.name), QLatin1String(c.synopsis)),
                    QCoreApplication::translate("ps::Cli", c.summary));
    text += QLatin1Char('\n') +
            tr("FILE may also be a team portfolio on a PostgreSQL server:\n"
               "  postgresql://USER@HOST/DATABASE?portfolio=NAME (passwords from ~/.pgpass).\n") +
            QLatin1Char('\n') +
            tr("Run \"partnerscope COMMAND --help\" for the options of a command.\n"
               "Exit status: 0 success, 1 usage error, 2 invalid or unreadable input.\n");
    return text;
}

void Cli::printOut(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void Cli::printError(const QString &sentence) {
    const QString line = QStringLiteral("partnerscope: %1\n").arg(sentence.trimmed());
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QString Cli::decimals(double value, int places) {
    const double scale = std::pow(10.0, places);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0;
    return QString::number(rounded, 'f', places);
}

QString Cli::jsonString(const QString &text) {
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    return out + QLatin1Char('"');
}

QString Cli::quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

std::optional<PortfolioData> Cli::loadPortfolio(const QString &path) {
    if (isLocation(path)) {
        QString error;
        const std::optional<TeamLocation> location = TeamLocation::parse(path, &error);
        if (!location) {
            printError(error);
            return std::nullopt;
        }
        TeamStore::OpenResult opened = TeamStore::open(*location);
        if (opened.ok())
            return std::move(opened.portfolio->data);
        printError(opened.message);
        return std::nullopt;
    }
    PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
    if (loaded.ok())
        return std::move(loaded.data);
    printError(loaded.message.isEmpty() ? tr("%1 could not be read.").arg(quoted(path))
                                        : loaded.message);
    return std::nullopt;
}

bool Cli::selectScenario(PortfolioData &data, const QString &path, const QString &name) {
    if (name.isEmpty())
        return true;
    QStringList names;
    for (const Scenario &s : data.scenarios) {
        if (s.name == name) {
            data.activeScenarioId = s.id;
            return true;
        }
        names << QLatin1Char('"') + s.name + QLatin1Char('"');
    }
    printError(tr("%1 has no scenario named \"%2\" (it has: %3).")
                   .arg(quoted(path), name, names.join(QLatin1String(", "))));
    return false;
}

int Cli::usageError(const QString &command, const QString &sentence) {
    QString text = sentence.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    printError(tr("%1; see \"partnerscope %2 --help\".").arg(text, command));
    return UsageError;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QStringList &args,
                              int positionals) {
    const QString name = args.value(0);
    const Command *command = find(name);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        return usageError(name, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names the binary's full path and not the command: write our own.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        const QString synopsis = command ? QLatin1String(command->synopsis) : QString();
        const QString summary =
            command ? QCoreApplication::translate("ps::Cli", command->summary) : QString();
        printOut(tr("Usage: partnerscope %1 %2").arg(name, synopsis) + QLatin1Char('\n') + summary +
                 QLatin1Char('\n') + text);
        return Success;
    }
    const QStringList extra = parser.positionalArguments();
    if (extra.size() > positionals)
        return usageError(name, tr("Unexpected argument \"%1\".").arg(extra.value(positionals)));
    if (extra.size() < positionals)
        return usageError(name, tr("A file name is missing."));
    return std::nullopt;
}

std::optional<qint64> Cli::number(const QString &command, const QString &option,
                                  const QString &text, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        usageError(command,
                   tr("--%1 needs a whole number from %2 to %3, not \"%4\".")
                       .arg(option, QLocale().toString(min), QLocale().toString(max), text));
        return std::nullopt;
    }
    return value;
}

std::optional<QByteArray> Cli::readSmallFile(const QString &path, const QString &tooLarge) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1 could not be read (%2).").arg(quoted(path), file.errorString()));
        return std::nullopt;
    }
    // Matrices and term sheets are a few kilobytes; anything this large is not one.
    constexpr qint64 maxBytes = 1024 * 1024;
    if (file.size() > maxBytes) {
        printError(tooLarge.arg(quoted(path)));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace ps
