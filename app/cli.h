// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QCommandLineParser;

namespace ps {

/// The headless side of the `partnerscope` binary: a table of subcommands, each a small
/// function that takes its own arguments and returns an exit status. Subcommands run under a
/// QCoreApplication, so they work without a display (scripts, CI, tests).
class Cli {
    Q_DECLARE_TR_FUNCTIONS(ps::Cli)

public:
    /// Exit statuses of every command (product.md, "Command line").
    enum Exit {
        Success = 0,
        UsageError = 1, ///< unknown command or option, missing argument, bad number
        InputError = 2, ///< invalid or unreadable input, unwritable output
    };

    struct Command {
        const char *name;
        const char *synopsis; ///< arguments after the name, as shown in --help
        const char *summary;  ///< one line, translated in context ps::Cli
        /// Runs the command; `args` starts with the command name.
        int (*run)(const QStringList &args);
    };

    /// Every subcommand, in the order --help lists them.
    static const std::vector<Command> &commands();
    /// The subcommand called `name`, or nullptr.
    static const Command *find(const QString &name);

    /// The text of `partnerscope --help`: the GUI forms and every subcommand.
    static QString overallHelp();
    static QString versionText();

    static void printOut(const QString &text);
    /// Writes one line to stderr, prefixed with the program name.
    static void printError(const QString &sentence);
    /// Reports a usage error for `command` and returns UsageError.
    static int usageError(const QString &command, const QString &sentence);

    /// A number with a fixed count of decimals and a dot whatever the locale; never "-0.0".
    static QString decimals(double value, int places);
    /// A JSON string literal (quotes, escapes) for output written by hand in a stable order.
    static QString jsonString(const QString &text);

    /// A path as error messages show it: in double quotes, with native separators.
    static QString quoted(const QString &path);

    /// Opens a portfolio for a command (storage gives it a Baseline scenario if it has none):
    /// a file, or a team portfolio from a postgresql:// location. On failure prints the file's
    /// one-sentence error and returns nullopt: exit InputError.
    static std::optional<PortfolioData> loadPortfolio(const QString &path);
    /// Reads a small input file (a matrix, a term sheet) of at most 1 MiB; on failure prints
    /// "could not be read" or `tooLarge` (a sentence with %1 for the quoted path) and returns
    /// nullopt.
    static std::optional<QByteArray> readSmallFile(const QString &path, const QString &tooLarge);

    /// Makes the scenario named `name` the active one; an empty name keeps the active one.
    /// Prints an error naming the file and its scenarios and returns false when there is none.
    static bool selectScenario(PortfolioData &data, const QString &path, const QString &name);

    /// Parses `args` for `command` with `parser`, which must already hold the command's
    /// options; adds -h/--help. Returns an exit status when the command should stop now (help
    /// shown: Success; bad options or wrong positional count: UsageError), else nullopt.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                                    int positionals);

    /// Parses a whole number in [min, max] given to `option`; reports a usage error and
    /// returns nullopt when it is not one.
    static std::optional<qint64> number(const QString &command, const QString &option,
                                        const QString &text, qint64 min, qint64 max);

    // The commands themselves (cli_commands.cpp).
    static int runDemo(const QStringList &args);
    static int runCheck(const QStringList &args);
    static int runGenerate(const QStringList &args);
    static int runScore(const QStringList &args);      ///< cli_score.cpp
    static int runAhp(const QStringList &args);        ///< cli_ahp.cpp
    static int runRender(const QStringList &args);     ///< cli_render.cpp
    static int runMetrics(const QStringList &args);    ///< cli_metrics.cpp
    static int runReport(const QStringList &args);     ///< cli_report.cpp
    static int runImport(const QStringList &args);     ///< cli_import.cpp
    static int runRoyalty(const QStringList &args);    ///< cli_royalty.cpp
    static int runVoteServer(const QStringList &args); ///< cli_vote.cpp
    static int runPlan(const QStringList &args);       ///< cli_plan.cpp
    static int runPublish(const QStringList &args);    ///< cli_team.cpp
    static int runCopy(const QStringList &args);       ///< cli_team.cpp

    /// True for a team portfolio location (postgresql://...) where a FILE is expected: every
    /// command that reads a portfolio also opens one from a server (cli_team.cpp).
    static bool isLocation(const QString &text);

    /// `import --kind accounts|partner-accounts`, as cli_import.cpp parsed it.
    struct AccountImportRequest {
        QString portfolio;
        QString csv;
        bool forPartner = false; ///< partner-accounts
        QString partnerName;
        QString preset; ///< auto, salesforce, hubspot, generic
        QDate date;     ///< the list's date; today when invalid
        bool dryRun = false;
        QStringList columnMap; ///< --map FIELD=COLUMN, repeated
    };
    static int runAccountImport(const AccountImportRequest &request); ///< cli_accounts.cpp
    static int runOverlap(const QStringList &args);                   ///< cli_accounts.cpp
    static int runOverlapOffer(const QStringList &args);              ///< cli_overlap.cpp
    static int runOverlapAnswer(const QStringList &args);             ///< cli_overlap.cpp
    static int runOverlapFinish(const QStringList &args);             ///< cli_overlap.cpp

    /// Whether a command draws widgets and so needs a QApplication (cli_render.cpp).
    static bool needsGui(const QString &command);
};

} // namespace ps
