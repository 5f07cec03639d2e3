// Interactive latencies of the ExoWorld window (run offscreen):
//  1. aperture edit -> new raw and flattened light curves on screen (Kepler-62 Q5 pixel file,
//     and a full-mission-sized 17-quarter demo set);
//  2. opening a file -> first periodogram shown (one Kepler quarter);
//  3. replotting one million points after a zoom.
// Prints medians in milliseconds. Goals: aperture edit < 50 ms, first periodogram < 0.5 s.
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include "demo/demo_star.h"
#include "gui/analysis_controller.h"
#include "gui/main_window.h"
#include "panels/pipeline_panel.h"
#include "plots/light_curve_plot.h"
#include "session/session.h"

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? NAN : v[v.size() / 2];
}

bool waitFor(const std::function<bool()>& cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Aperture edits on the current file: toggles one pixel each time; measures until the
// controller delivered the new prepared light curve and both plots replotted.
double apertureEditLatency(exo::app::MainWindow& w, int repeats)
{
    auto* s = w.session();
    const QString path = s->currentFile();
    auto f = w.controller()->file(path);
    if (!f || !f->tpf)
        return NAN;
    std::vector<double> ms;
    auto base = exo::pipeline::resolveAperture(*f->tpf, s->aperture(path)).value;
    for (int i = 0; i < repeats; ++i) {
        exo::pipeline::ApertureChoice c;
        c.mode = exo::pipeline::ApertureMode::Custom;
        c.rows = f->tpf->rows();
        c.cols = f->tpf->cols();
        c.custom = base;
        const std::size_t px = std::size_t(i) % c.custom.size();
        c.custom[px] = c.custom[px] ? 0 : 1;
        if (std::count(c.custom.begin(), c.custom.end(), 1) == 0)
            c.custom[px] = 1;
        QSignalSpy ready(w.controller(), &exo::app::AnalysisController::preparedReady);
        QElapsedTimer t;
        t.start();
        s->setAperture(path, c);
        if (!waitFor([&] { return ready.count() > 0; }, 20000))
            return NAN;
        w.rawPlot()->replot(QCustomPlot::rpImmediateRefresh);
        w.flatPlot()->replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}
}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui KEPLER62_TPF\n");
        return 2;
    }
    const QString k62 = QString::fromLocal8Bit(argv[1]);

    // 2. Open -> first periodogram (coarse pass of the progressive search).
    std::vector<double> firstPg;
    for (int i = 0; i < 5; ++i) {
        exo::app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        QSignalSpy pg(w.controller(), &exo::app::AnalysisController::periodogramProgress);
        QSignalSpy done(w.controller(), &exo::app::AnalysisController::searchFinished);
        QElapsedTimer t;
        t.start();
        w.openPaths({k62});
        if (!waitFor([&] { return pg.count() > 0 || done.count() > 0; }, 60000)) {
            std::printf("timeout\n");
            return 1;
        }
        QCoreApplication::processEvents();
        firstPg.push_back(double(t.nsecsElapsed()) / 1e6);
        waitFor([&] { return w.isIdle(); }, 60000);
    }
    std::printf("open_to_first_periodogram_ms %.1f   (Kepler-62 Q5, goal < 500)\n", median(firstPg));

    // 1a. Aperture edit on Kepler-62 Q5.
    {
        exo::app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        w.openPaths({k62});
        waitFor([&] { return w.isIdle(); }, 60000);
        w.findChild<exo::ui::PipelinePanel*>()->setAutoSearch(false);  // isolate the light-curve path
        std::printf("aperture_edit_ms %.1f   (Kepler-62 Q5, 4634 cadences, goal < 50)\n", apertureEditLatency(w, 15));
    }

    // 1b. Aperture edit on a full-mission-sized demo set (17 quarters, ~69,000 cadences).
    {
        QTemporaryDir dir;
        exo::demo::DemoParams p;
        p.fullMission = true;
        p.quarters = 17;
        auto r = exo::demo::generateDemoStar(p, dir.path().toStdString());
        if (!r.ok()) {
            std::printf("demo generation failed\n");
            return 1;
        }
        exo::app::MainWindow w;
        w.resize(1440, 900);
        w.show();
        w.findChild<exo::ui::PipelinePanel*>()->setAutoSearch(false);
        w.openPaths({dir.path()});
        waitFor([&] { return w.isIdle() && w.controller()->prepared(); }, 120000);
        const auto n = w.controller()->prepared() ? w.controller()->prepared()->clean.size() : 0;
        std::printf("aperture_edit_full_mission_ms %.1f   (17 quarters, %zu cadences, goal < 50)\n",
                    apertureEditLatency(w, 10), n);
    }

    // 3. Replot one million points after a zoom.
    {
        exo::ui::LightCurvePlot plot;
        plot.resize(1000, 300);
        plot.show();
        std::vector<double> t(1000000), y(1000000);
        std::mt19937 rng(1);
        std::normal_distribution<double> g(1.0, 1e-3);
        for (std::size_t i = 0; i < t.size(); ++i) {
            t[i] = double(i) * (1.0 / 1440.0);
            y[i] = g(rng);
        }
        plot.setData(t, y, {});
        plot.replot(QCustomPlot::rpImmediateRefresh);
        std::vector<double> ms;
        for (int i = 0; i < 20; ++i) {
            const double a = 10.0 * i, b = a + 300.0 + 10.0 * i;
            QElapsedTimer tm;
            tm.start();
            plot.xAxis->setRange(a, b);
            plot.replot(QCustomPlot::rpImmediateRefresh);
            ms.push_back(double(tm.nsecsElapsed()) / 1e6);
        }
        std::printf("replot_1M_after_zoom_ms %.1f   (%d points drawn of 1,000,000)\n", median(ms),
                    plot.drawnPointCount());
    }
    return 0;
}
