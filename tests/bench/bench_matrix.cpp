// SPDX-License-Identifier: GPL-3.0-or-later
// partnerscope_bench_ui [NAME...]: benchmarks that paint widgets, so they need a QApplication
// (partnerscope_bench runs under a QCoreApplication). Same `NAME: VALUE UNIT` output.
//
// matrix_replot_10k: one frame of a weight-slider drag on a matrix of 10,000 partners: the
// weight changes, the controller re-scores (scoreAll), the view updates its bubbles, and the
// chart is re-plotted and painted at 1200x800, as the user sees it.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/matrixview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace ps::bench {
namespace {

constexpr int Partners = 10000;

int matrixReplotBenchmark(const Context &) {
    PortfolioData data = generatePortfolio(Partners, 50, 42);
    ensureScenario(data);
    Document document;
    document.reset(std::move(data), QString(), false);
    ScoringController scoring(&document);
    scoring.refreshNow(); // criteria and stability once, as after opening the file
    MatrixView view(&scoring);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    QCustomPlot *plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh); // stamps are cached on the first frame

    Scenario scenario = *document.portfolio()->activeScenario();
    WeightProfile &reseller = scenario.profiles[size_t(profileIndex(PartnerModel::Reseller))];
    int step = 0;
    double rescoreTotal = 0.0;
    const int runs = 41;
    const double ms = medianMs(runs, [&] {
        // A different slider position every frame, so nothing is reused from the last one.
        reseller.setWeight(Criterion::MarketReach, 10.0 + (step++ % 40));
        QElapsedTimer timer;
        timer.start();
        scoring.previewScenario(scenario); // scoreAll + the view's bubble update
        rescoreTotal += double(timer.nsecsElapsed()) / 1e6;
        plot->replot(QCustomPlot::rpImmediateRefresh); // draws every layer and paints
    });
    scoring.endPreview();
    std::fprintf(stderr, "matrix_replot_10k: %zu bubbles, platform %s, %dx%d pixels\n",
                 scoring.scores().size(), qPrintable(QGuiApplication::platformName()),
                 plot->width(), plot->height());
    report(QStringLiteral("matrix_replot_10k"), ms, QStringLiteral("ms"));
    report(QStringLiteral("matrix_replot_10k.rescore"), rescoreTotal / runs, QStringLiteral("ms"));
    return 0;
}

const Registration
    matrixReplot(QStringLiteral("matrix_replot_10k"),
                 QStringLiteral("re-score and re-plot 10,000 bubbles as during a slider drag"),
                 &matrixReplotBenchmark);

} // namespace
} // namespace ps::bench

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return ps::bench::runBenchmarks(app.arguments().mid(1), "partnerscope_bench_ui");
}
