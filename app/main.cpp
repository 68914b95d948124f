// SPDX-License-Identifier: GPL-3.0-or-later
// One binary, two faces: a known subcommand (or --help, --version) runs headless under a
// QCoreApplication; anything else opens the desktop application through ps::runGui().
#include "app/cli.h"

#include "ui/shell/guiapp.h"
#include "ui/shell/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

namespace {

using ps::Cli;

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Partnerscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Partnerscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("partnerscope.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERSCOPE_VERSION));
}

/// The language setting (or PARTNERSCOPE_LANG, or the system locale): translations and the
/// locale for numbers, currencies and dates.
void installTranslators(QCoreApplication &app) {
    ps::language::apply(app, ps::language::effectiveLocale());
}

bool isHelp(const QString &arg) {
    return arg == QLatin1String("-h") || arg == QLatin1String("--help") ||
           arg == QLatin1String("-help");
}

/// Options that QApplication itself consumes (-platform offscreen, -style fusion, ...); they
/// may come first without being a usage error.
bool isQtOption(const QString &arg) {
    static const QStringList qtOptions = {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("style"),           QStringLiteral("stylesheet"),
        QStringLiteral("reverse"),         QStringLiteral("session"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
        QStringLiteral("qwindowicon"),     QStringLiteral("widgetcount"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("qmljsdebugger")};
    QString name = arg;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return qtOptions.contains(name.section(QLatin1Char('='), 0, 0));
}

/// A bare word such as "scroe" that is neither a command nor an existing file: a portfolio to
/// open has a path or a suffix, so this is a typo of a command, not a file name.
bool looksLikeMistypedCommand(const QString &arg) {
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return word.match(arg).hasMatch() && !QFileInfo::exists(arg);
}

int runHeadless(int argc, char *argv[], const QString &first) {
    // Drawing commands paint widgets, which need a QApplication; without a display it runs
    // on the offscreen platform so scripts and CI can draw too.
    const bool gui = Cli::needsGui(first);
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    installTranslators(app);
    if (isHelp(first)) {
        Cli::printOut(Cli::overallHelp());
        return Cli::Success;
    }
    if (first == QLatin1String("--version")) {
        Cli::printOut(Cli::versionText());
        return Cli::Success;
    }
    const Cli::Command *command = Cli::find(first);
    return command->run(app.arguments().mid(1));
}

int runDesktop(int argc, char *argv[]) {
    QApplication app(argc, argv);
    installTranslators(app);
    // QApplication has removed its own options; what is left is ours.
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Cli::tr("Open the application on the built-in demo."));
    parser.addOption(demo);
    // For scripts/screenshots.sh: screenshots of every page of the demo, then quit.
    const QCommandLineOption grab(QStringLiteral("grab-pages"),
                                  Cli::tr("Save a screenshot of every page of the demo to DIR."),
                                  QStringLiteral("DIR"));
    parser.addOption(grab);
    const QCommandLineOption grabSize(
        QStringLiteral("grab-size"),
        Cli::tr("The window size for --grab-pages, such as 1366x768 (default 1440x900)."),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1440x900"));
    parser.addOption(grabSize);
    if (!parser.parse(app.arguments())) {
        QString text = parser.errorText();
        text.chop(text.endsWith(QLatin1Char('.')) ? 1 : 0);
        Cli::printError(Cli::tr("%1; see \"partnerscope --help\".").arg(text));
        return Cli::UsageError;
    }
    if (parser.isSet(grab)) {
        const QStringList wh = parser.value(grabSize).split(QLatin1Char('x'));
        const int width = wh.size() == 2 ? wh[0].toInt() : 0;
        const int height = wh.size() == 2 ? wh[1].toInt() : 0;
        if (width < 640 || height < 480 || width > 7680 || height > 4320) {
            Cli::printError(Cli::tr("--grab-size takes a size such as 1366x768, from 640x480 to "
                                    "7680x4320; see \"partnerscope --help\"."));
            return Cli::UsageError;
        }
        return ps::grabPages(parser.value(grab), QSize(width, height));
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (parser.isSet(demo) && !files.isEmpty())) {
        Cli::printError(Cli::tr("Give one portfolio file or --demo, not both or several; "
                                "see \"partnerscope --help\"."));
        return Cli::UsageError;
    }
    return ps::runGui(app, files.value(0), parser.isSet(demo));
}

} // namespace

int main(int argc, char *argv[]) {
    describeApplication();
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (isHelp(first) || first == QLatin1String("--version") || Cli::find(first))
        return runHeadless(argc, argv, first);
    // Reject an unknown option or a mistyped command before QApplication needs a display, so a
    // typo in a script gets a usage error rather than "could not connect to display".
    if (first.startsWith(QLatin1Char('-')) && first != QLatin1String("--demo") &&
        !first.startsWith(QLatin1String("--grab-pages")) && !isQtOption(first)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        Cli::printError(Cli::tr("Unknown option \"%1\"; see \"partnerscope --help\".").arg(first));
        return Cli::UsageError;
    }
    if (looksLikeMistypedCommand(first)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        Cli::printError(Cli::tr("Unknown command \"%1\"; see \"partnerscope --help\".").arg(first));
        return Cli::UsageError;
    }
    return runDesktop(argc, argv);
}
