// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope render FILE --view VIEW [--scenario S] [--theme default|projector]
// -o OUT.png|.svg|.pdf [--size WxH]`: draws a view headlessly with the very widget the GUI
// shows, so a script gets exactly what a user sees. Views are rows of a small table.
#include "app/cli.h"

#include "core/analytics/segmenting.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/economics/economicsdashboard.h"
#include "ui/map/heatmapview.h"
#include "ui/map/influencemapview.h"
#include "ui/matrix/matrixview.h"
#include "ui/segments/segmentcharts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace ps {
namespace {

/// What every view gets: the open document and its scoring, and where and how to draw.
struct RenderJob {
    Document *document;
    ScoringController *scoring;
    bool projector;
    QString output;
    QSize size;
    SegmentBy segmentBy = SegmentBy::Model; ///< --segments, for the segments view
    QString error;                          ///< one sentence naming the output file, on failure
};

bool renderMatrix(RenderJob &job) {
    MatrixView view(job.scoring);
    view.setTheme(job.projector ? MatrixView::Theme::Projector : MatrixView::Theme::Default);
    view.resize(job.size);
    return view.exportTo(job.output, job.size.width(), job.size.height(), &job.error);
}

bool renderHeatmap(RenderJob &job) {
    HeatmapView view(job.document);
    view.setTheme(job.projector ? HeatmapView::Theme::Projector : HeatmapView::Theme::Default);
    view.resize(job.size);
    return view.exportTo(job.output, job.size.width(), job.size.height(), &job.error);
}

/// The influence map at WxH. Where the whole map, fitted to that size, would draw its names too
/// small to read, the map's overview (a Sankey of ICP, partner model and partner with every drawn
/// name readable) is drawn instead, at exactly WxH in every format. Otherwise the whole map as the
/// GUI's Export Map draws it: SVG and PDF keep the map's own proportions as vectors; a PNG is
/// fitted, centred, into exactly WxH pixels so that scripts get the size they asked for.
bool renderMap(RenderJob &job) {
    InfluenceMapView view(job.document, job.scoring);
    view.setTheme(job.projector ? InfluenceMapView::Theme::Projector
                                : InfluenceMapView::Theme::Default);
    view.resize(job.size);
    view.fitAll();
    if (!view.namesReadableAt(QSizeF(job.size)))
        return view.exportOverview(job.output, job.size, &job.error);
    if (QFileInfo(job.output).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
        return view.exportTo(job.output, &job.error);
    const QTemporaryDir scratch;
    const QString full = scratch.filePath(QStringLiteral("map.png"));
    if (!scratch.isValid() || !view.exportTo(full, &job.error))
        return false;
    const QImage map(full);
    QImage picture(job.size, QImage::Format_ARGB32_Premultiplied);
    // The map's own background, from its top-left corner, so the margins do not show.
    picture.fill(map.isNull() ? QColor(Qt::white) : map.pixelColor(0, 0));
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = map.size().scaled(job.size, Qt::KeepAspectRatio);
    painter.drawImage(QRect(QPoint((job.size.width() - fitted.width()) / 2,
                                   (job.size.height() - fitted.height()) / 2),
                            fitted),
                      map);
    painter.end();
    if (picture.save(job.output, "PNG"))
        return true;
    job.error = Cli::tr("Could not write %1.").arg(Cli::quoted(job.output));
    return false;
}

/// The Segmentation page's charts for the segments of --segments (default: by model).
bool renderSegments(RenderJob &job) {
    const PortfolioData &data = job.document->portfolio()->data();
    const SegmentTable table =
        computeSegments(data, job.scoring->criteria(), job.scoring->scores(), job.segmentBy);
    SegmentCharts charts;
    charts.setTheme(job.projector ? SegmentCharts::Theme::Projector
                                  : SegmentCharts::Theme::Default);
    charts.resize(job.size);
    charts.setSegments(data, table.segments, table.stats, job.scoring->scores());
    return charts.exportTo(job.output, job.size.width(), job.size.height(), &job.error);
}

/// The Economics page's program dashboard: metric cards, ROI by model, win rate, OEM summary.
bool renderEconomics(RenderJob &job) {
    const PortfolioData &data = job.document->portfolio()->data();
    const ProgramMetrics metrics = computeProgramMetrics(data);
    EconomicsDashboard dashboard;
    dashboard.setTheme(job.projector ? EconomicsDashboard::Theme::Projector
                                     : EconomicsDashboard::Theme::Default);
    dashboard.setData(data, metrics, assessOemDeals(data));
    return dashboard.exportTo(job.output, job.size.width(), job.size.height(), &job.error);
}

struct View {
    const char *name;
    bool (*render)(RenderJob &job);
};

const std::vector<View> &views() {
    static const std::vector<View> table = {
        {"matrix", &renderMatrix},       {"map", &renderMap},
        {"heatmap", &renderHeatmap},     {"segments", &renderSegments},
        {"economics", &renderEconomics},
    };
    return table;
}

QStringList viewNames() {
    QStringList names;
    for (const View &view : views())
        names << QLatin1String(view.name);
    return names;
}

const View *findView(const QString &name) {
    for (const View &view : views())
        if (name == QLatin1String(view.name))
            return &view;
    return nullptr;
}

/// Parses WxH (each 16-20000 pixels); std::nullopt when it is not one.
std::optional<QSize> parseSize(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const auto fits = [](int v) { return v >= 16 && v <= 20000; };
    if (!fits(size.width()) || !fits(size.height()))
        return std::nullopt;
    return size;
}

} // namespace

bool Cli::needsGui(const QString &command) {
    return command == QLatin1String("render") || command == QLatin1String("report");
}

int Cli::runRender(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to draw."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        tr("The view to draw: %1.").arg(viewNames().join(QLatin1String(", "))), tr("VIEW"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), tr("Draw with the scenario named S (default: the active one)."),
        tr("S"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         tr("default, or projector for large type and high "
                                            "contrast (default: default)."),
                                         tr("THEME"), QStringLiteral("default"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the picture to OUT; .png, .svg or .pdf (SVG and PDF are vector graphics)."),
        tr("OUT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("Picture size in pixels (default 1200x800)."), tr("WxH"),
                                        QStringLiteral("1200x800"));
    QStringList segmentKeys;
    for (SegmentBy by : allValues(static_cast<SegmentBy *>(nullptr)))
        segmentKeys << toKey(by);
    const QCommandLineOption segmentsOption(
        QStringLiteral("segments"),
        tr("For --view segments: segment by %1 (default: model).")
            .arg(segmentKeys.join(QLatin1String(", "))),
        tr("BY"), QStringLiteral("model"));
    parser.addOptions(
        {viewOption, scenarioOption, themeOption, outputOption, sizeOption, segmentsOption});
    if (const auto stop = parse(parser, args, 1))
        return *stop;

    if (!parser.isSet(viewOption))
        return usageError(
            command,
            tr("The view is missing (--view %1).").arg(viewNames().join(QLatin1Char('|'))));
    const View *view = findView(parser.value(viewOption));
    if (!view)
        return usageError(
            command, tr("Unknown view \"%1\"; the views are: %2.")
                         .arg(parser.value(viewOption), viewNames().join(QLatin1String(", "))));
    const std::optional<SegmentBy> segmentBy =
        fromKey(parser.value(segmentsOption), static_cast<SegmentBy *>(nullptr));
    if (!segmentBy)
        return usageError(
            command, tr("Unknown segmentation \"%1\"; --segments takes: %2.")
                         .arg(parser.value(segmentsOption), segmentKeys.join(QLatin1String(", "))));
    if (parser.isSet(segmentsOption) && parser.value(viewOption) != QLatin1String("segments"))
        return usageError(command, tr("--segments applies to --view segments only."));
    const QString theme = parser.value(themeOption);
    if (theme != QLatin1String("default") && theme != QLatin1String("projector"))
        return usageError(command,
                          tr("--theme must be default or projector, not \"%1\".").arg(theme));
    if (!parser.isSet(outputOption))
        return usageError(command, tr("The output file is missing (-o OUT.png|.svg|.pdf)."));
    const QString output = parser.value(outputOption);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf"))
        return usageError(
            command,
            tr("The output file must end in .png, .svg or .pdf, not %1.").arg(quoted(output)));
    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    if (!size)
        return usageError(command, tr("--size needs WxH with each side from 16 to 20000 "
                                      "pixels, not \"%1\".")
                                       .arg(parser.value(sizeOption)));

    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data || !selectScenario(*data, path, parser.value(scenarioOption)))
        return InputError;

    Document document;
    document.reset(std::move(*data), path, false);
    ScoringController scoring(&document);
    scoring.refreshNow();
    RenderJob job{&document,  &scoring, theme == QLatin1String("projector"), output, *size,
                  *segmentBy, {}};
    if (!view->render(job)) {
        printError(job.error.isEmpty() ? tr("Could not write %1.").arg(quoted(output)) : job.error);
        return InputError;
    }
    return Success;
}

} // namespace ps
