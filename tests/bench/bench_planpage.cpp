// SPDX-License-Identifier: GPL-3.0-or-later
// plan_drag_100k: the Plan page on 100,000 partners while the budget slider is dragged: a new
// slider position every 16 ms for three seconds, as a hand moves it. Reported: the re-plans that
// reached the screen during the drag, the time from a value change to the repaint that shows
// its plan (median and worst), and the GUI thread's longest stall between two positions (the
// plan runs on a worker; the GUI thread only stores the setting, updates and paints).
// plan_basis_100k: the first plan after opening (scores, evidence and curve fit of 100,000
// partners, then the allocation), the work a data edit starts.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/plan/planconstraints.h"
#include "ui/plan/planpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <memory>

namespace ps::bench {
namespace {

constexpr int Partners = 100000;

struct Opened {
    std::unique_ptr<Document> document;
    std::unique_ptr<PlanPage> page;
    double firstPlanMs = 0.0;
};

Opened open() {
    PortfolioData data = generatePortfolio(Partners, 50, 42);
    ensureScenario(data);
    Opened o;
    o.document = std::make_unique<Document>();
    o.document->reset(std::move(data), QString(), false);
    QElapsedTimer timer;
    timer.start();
    o.page = std::make_unique<PlanPage>(o.document.get());
    o.page->controller()->setAutoForecastLimit(0);
    o.page->resize(1600, 900);
    o.page->show();
    o.page->controller()->waitForIdle(600000);
    o.firstPlanMs = double(timer.nsecsElapsed()) / 1e6;
    return o;
}

int basisBenchmark(const Context &) {
    const Opened o = open();
    const auto run = o.page->controller()->run();
    std::fprintf(stderr, "plan_basis_100k: %zu partners, %d history periods, plan %s\n",
                 run->problem.partners.size(), o.page->controller()->basis()->evidence.periods,
                 run->ok() ? "ok" : qPrintable(run->error()));
    report(QStringLiteral("plan_basis_100k"), o.firstPlanMs, QStringLiteral("ms"));
    return run->ok() ? 0 : 1;
}

int dragBenchmark(const Context &) {
    Opened o = open();
    PlanPage *page = o.page.get();
    PlanController *controller = page->controller();
    QSlider *slider = page->constraints()->budgetSlider();
    QElapsedTimer clock;
    clock.start();
    std::deque<qint64> changes; // when each position not yet on screen was set
    std::vector<double> latencies;
    qint64 lastTick = -1;
    double worstStall = 0.0;
    QObject::connect(controller, &PlanController::planChanged, page, [&] {
        if (changes.empty())
            return;
        page->repaint(); // the screen shows this plan once this returns
        const qint64 now = clock.nsecsElapsed();
        // The run included every change made before it started; the oldest is the wait.
        latencies.push_back(double(now - changes.front()) / 1e6);
        changes.clear();
    });
    slider->setSliderDown(true);
    QTimer ticks;
    ticks.setInterval(16);
    int step = 0;
    const int steps = 3000 / 16;
    QObject::connect(&ticks, &QTimer::timeout, page, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            worstStall = std::max(worstStall, double(now - lastTick) / 1e6);
        lastTick = now;
        if (step++ >= steps) {
            ticks.stop();
            return;
        }
        // Down from the start and back, a new position every time.
        const int offset = step < steps / 2 ? -step : step - steps;
        changes.push_back(clock.nsecsElapsed());
        slider->setValue(std::max(1, slider->value() + (offset < 0 ? -2 : 2)));
    });
    ticks.start();
    while (ticks.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    slider->setSliderDown(false);
    controller->waitForIdle(600000);
    std::vector<double> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.empty() ? -1.0 : sorted[sorted.size() / 2];
    const double worst = sorted.empty() ? -1.0 : sorted.back();
    std::fprintf(stderr,
                 "plan_drag_100k: %d slider positions in %.0f ms, %zu re-plans shown during the "
                 "drag, platform %s\n",
                 steps, double(clock.nsecsElapsed()) / 1e6, latencies.size(),
                 qPrintable(QGuiApplication::platformName()));
    report(QStringLiteral("plan_drag_100k.replans"), double(latencies.size()),
           QStringLiteral("re-plans"));
    report(QStringLiteral("plan_drag_100k.latency_median"), median, QStringLiteral("ms"));
    report(QStringLiteral("plan_drag_100k.latency_max"), worst, QStringLiteral("ms"));
    report(QStringLiteral("plan_drag_100k.gui_stall_max"), worstStall, QStringLiteral("ms"));
    return latencies.empty() ? 1 : 0;
}

const Registration basis(QStringLiteral("plan_basis_100k"),
                         QStringLiteral("the Plan page's first plan of 100,000 partners"),
                         &basisBenchmark);
const Registration drag(QStringLiteral("plan_drag_100k"),
                        QStringLiteral("re-planning 100,000 partners while the budget slider "
                                       "is dragged"),
                        &dragBenchmark);

} // namespace
} // namespace ps::bench
