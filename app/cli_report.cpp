// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope report FILE -o OUT.pdf|.xlsx|.csv|.html [--scenario S] [--segments BY]`: the
// segmentation report, its format chosen by the output's suffix. CSV, HTML and XLSX are written
// by core; PDF is painted by ui/report, so the command runs under a QApplication (needsGui).
#include "app/cli.h"

#include "core/report/reportwriters.h"
#include "ui/report/pdfreport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ps {
namespace {

QStringList segmentKeys() {
    QStringList keys;
    for (SegmentBy by : allValues(static_cast<SegmentBy *>(nullptr)))
        keys << toKey(by);
    return keys;
}

using Writer = bool (*)(const ReportContent &, const QString &, QString *);

bool writePdf(const ReportContent &content, const QString &path, QString *error) {
    return report::writePdf(content, path, error);
}

Writer writerFor(const QString &suffix) {
    if (suffix == QLatin1String("csv"))
        return &report::writeCsv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return &report::writeHtml;
    if (suffix == QLatin1String("xlsx"))
        return &report::writeXlsx;
    if (suffix == QLatin1String("pdf"))
        return &writePdf;
    return nullptr;
}

} // namespace

int Cli::runReport(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to report on."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("The report to write; its suffix picks the format: pdf, xlsx, csv or html."), tr("OUT"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("Score with the scenario named S (default: the active one)."), tr("S"));
    const QCommandLineOption segmentsOption(QStringLiteral("segments"),
                                            tr("Segment partners by BY: %1 (default model).")
                                                .arg(segmentKeys().join(QLatin1String(", "))),
                                            tr("BY"), QStringLiteral("model"));
    parser.addOptions({outputOption, scenarioOption, segmentsOption});
    if (const auto stop = parse(parser, args, 1))
        return *stop;

    if (!parser.isSet(outputOption))
        return usageError(command, tr("An output file is required (-o OUT)."));
    const QString out = parser.value(outputOption);
    const Writer writer = writerFor(QFileInfo(out).suffix().toLower());
    if (!writer)
        return usageError(command,
                          tr("%1 must end in .pdf, .xlsx, .csv or .html.").arg(quoted(out)));
    const auto segmentBy = fromKey(parser.value(segmentsOption), static_cast<SegmentBy *>(nullptr));
    if (!segmentBy)
        return usageError(command, tr("--segments must be one of %1, not \"%2\".")
                                       .arg(segmentKeys().join(QLatin1String(", ")),
                                            parser.value(segmentsOption)));

    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> loaded = loadPortfolio(path);
    if (!loaded || !selectScenario(*loaded, path, parser.value(scenarioOption)))
        return InputError;
    const PortfolioData &data = *loaded;
    ReportOptions options;
    options.segmentBy = *segmentBy;
    options.scenarioId = data.activeScenarioId;

    const ReportContent content = buildReport(data, options);
    QString error;
    if (!writer(content, out, &error)) {
        printError(error.isEmpty() ? tr("%1 could not be written.").arg(quoted(out)) : error);
        return InputError;
    }
    return Success;
}

} // namespace ps
