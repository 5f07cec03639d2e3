// bench_detrend: times exo::detrend on a synthetic 1-min-cadence light curve.
// Usage: bench_detrend [--dump DIR] [n ...] [method ...]
//   n defaults to 100000 300000 1300000; methods: biweight median mean savgol (default all)
//   --dump DIR writes DIR/curve_<n>.f64 (n times then n fluxes, little-endian float64)
//   and DIR/<method>_<n>.f64 (the trend) so run_bench.sh can time numpy on the same data
//   and check that it gets the same answer.
// Prints one line per (method, n): "RESULT <method> <n> wall <s> cpu <s> <ns/point>".
// The curve: 1-min cadence (TESS/Kepler short cadence), a 7-d 0.5 % sinusoid,
// 500 ppm white noise, 1 % flares every ~3 d, 1000 ppm 3-h transits every 5.3 d,
// and a 1-day gap every 27 days (so segments are exercised as in real data).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "detrend/detrenders.h"

namespace {

exo::Series makeCurve(std::size_t n)
{
    exo::Series s;
    s.time.reserve(n);
    s.flux.reserve(n);
    std::mt19937_64 rng(42);
    std::normal_distribution<double> noise(0.0, 5e-4);
    const double dt = 1.0 / 1440.0;
    double t = 1000.0;
    for (std::size_t i = 0; i < n; ++i) {
        t += dt;
        if (std::fmod(t - 1000.0, 27.0) < dt)
            t += 1.0;  // data downlink gap
        double f = 1.0 + 0.005 * std::sin(6.283185307179586 * t / 7.0) + noise(rng);
        if (std::abs(std::remainder(t - 1001.0, 5.3)) < 0.0625)
            f -= 1e-3;
        if (std::abs(std::remainder(t - 1002.0, 3.1)) < 0.003)
            f += 0.01;
        s.time.push_back(t);
        s.flux.push_back(f);
    }
    return s;
}

/// Wall-clock and CPU seconds: the build machine is shared, so CPU time is the
/// fairer figure when other jobs compete for the cores.
void dump(const std::string& path, const std::vector<double>& a, const std::vector<double>* b = nullptr)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        std::exit(1);
    }
    std::fwrite(a.data(), sizeof(double), a.size(), f);
    if (b)
        std::fwrite(b->data(), sizeof(double), b->size(), f);
    std::fclose(f);
}

double timeIt(const exo::Series& s, exo::detrend::DetrendMethod m, double& checksum, double& cpuSec,
              std::vector<double>& trend)
{
    exo::detrend::DetrendParams p;
    p.method = m;
    p.windowDays = 0.75;
    p.windowLength = 1081;  // ~0.75 d of 1-min cadences, for savgol
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    auto r = exo::detrend::detrendSeries(s, p);
    const auto t1 = std::chrono::steady_clock::now();
    cpuSec = double(std::clock() - c0) / CLOCKS_PER_SEC;
    if (!r.ok()) {
        std::fprintf(stderr, "detrend failed: %s %s\n", exo::errorCodeName(r.status.code), r.status.detail.c_str());
        std::exit(1);
    }
    trend = r.value.trend;
    checksum = 0;
    for (double v : r.value.trend)
        if (std::isfinite(v))
            checksum += v;
    return std::chrono::duration<double>(t1 - t0).count();
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<std::size_t> sizes;
    std::vector<std::string> only;
    std::string dumpDir;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--dump" && i + 1 < argc)
            dumpDir = argv[++i];
        else if (argv[i][0] >= '0' && argv[i][0] <= '9')
            sizes.push_back(std::size_t(std::strtoull(argv[i], nullptr, 10)));
        else
            only.emplace_back(argv[i]);
    }
    if (sizes.empty())
        sizes = {100000, 300000, 1300000};
    using M = exo::detrend::DetrendMethod;
    const std::pair<const char*, M> methods[] = {
        {"biweight", M::Biweight}, {"median", M::SlidingMedian}, {"mean", M::MovingMean}, {"savgol", M::SavGol}};
    std::printf("# window 0.75 d (1080 cadences at 1 min); savgol window_length 1081\n");
    for (std::size_t n : sizes) {
        const exo::Series s = makeCurve(n);
        if (!dumpDir.empty())
            dump(dumpDir + "/curve_" + std::to_string(n) + ".f64", s.time, &s.flux);
        for (const auto& [name, m] : methods) {
            if (!only.empty() && std::find(only.begin(), only.end(), std::string(name)) == only.end())
                continue;
            double checksum = 0, cpu = 0;
            std::vector<double> trend;
            const double sec = timeIt(s, m, checksum, cpu, trend);
            if (!dumpDir.empty())
                dump(dumpDir + "/" + name + "_" + std::to_string(n) + ".f64", trend);
            std::printf("RESULT %-8s %8zu wall %8.3f s cpu %8.3f s %8.1f ns/point(cpu)  (checksum %.6f)\n", name, n,
                        sec, cpu, cpu * 1e9 / double(n), checksum / double(n));
            std::fflush(stdout);
        }
    }
    return 0;
}
