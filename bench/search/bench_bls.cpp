// bench_bls: time exo::search on a light curve file.
//   bench_bls --input lc.csv [--periods periods.txt] [--durations d1,d2,..] [--oversample k]
//             [--method fold|binned|astropy] [--search-method fold|binned] [--threads n] [--repeat r] [--default-search]
// lc.csv: "time,flux,flux_err" lines ('#' comments). periods.txt: one period (days) per line.
// Prints one JSON object: seconds (best of repeats) and its cpu_seconds (all threads), grid size, best period/t0/depth,
// ns per point per trial period.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "search/bls.h"
#include "search/multi.h"

using namespace exo::search;
using exo::Result;

namespace {

bool readCsv(const std::string& path, std::vector<double>& t, std::vector<double>& y, std::vector<double>& dy)
{
    std::ifstream f(path);
    if (!f)
        return false;
    std::string line;
    while (std::getline(f, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        double a, b, c;
        if (std::sscanf(line.c_str(), "%lf,%lf,%lf", &a, &b, &c) != 3)
            continue;
        t.push_back(a);
        y.push_back(b);
        dy.push_back(c);
    }
    return !t.empty();
}

std::vector<double> readList(const std::string& path)
{
    std::vector<double> v;
    std::ifstream f(path);
    double x;
    while (f >> x)
        v.push_back(x);
    return v;
}

std::vector<double> splitDoubles(const std::string& s)
{
    std::vector<double> v;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        v.push_back(std::atof(item.c_str()));
    return v;
}

double cpuNow() { return double(std::clock()) / CLOCKS_PER_SEC; }  // process CPU time, all threads

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

}  // namespace

int main(int argc, char** argv)
{
    std::string input, periodsFile, method = "binned";
    std::vector<double> durations;
    int oversample = 10, threads = 0, repeat = 1;
    bool defaultSearch = false;
    std::string searchMethod = "fold";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--input")
            input = next();
        else if (a == "--periods")
            periodsFile = next();
        else if (a == "--durations")
            durations = splitDoubles(next());
        else if (a == "--oversample")
            oversample = std::atoi(next().c_str());
        else if (a == "--method")
            method = next();
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else if (a == "--repeat")
            repeat = std::max(1, std::atoi(next().c_str()));
        else if (a == "--default-search")
            defaultSearch = true;
        else if (a == "--search-method")
            searchMethod = next();
        else {
            std::cerr << "unknown argument " << a << "\n";
            return 2;
        }
    }
    std::vector<double> t, y, dy;
    if (!readCsv(input, t, y, dy)) {
        std::cerr << "cannot read " << input << "\n";
        return 2;
    }
    double best = 1e300, bestCpu = 0;
    if (defaultSearch) {
        // One BLS pass of the default search (Ofir grid, durations from T14(P)).
        SearchParams sp;
        sp.threads = threads;
        sp.maxPlanets = 1;
        sp.method = searchMethod == "binned" ? BlsMethod::Binned : BlsMethod::FastFold;
        Result<SearchResult> r;
        for (int k = 0; k < repeat; ++k) {
            const double t0 = now(), c0 = cpuNow();
            r = runSearch(t, y, dy, sp);
            if (now() - t0 < best) {
                best = now() - t0;
                bestCpu = cpuNow() - c0;
            }
        }
        if (!r.ok()) {
            std::cerr << "error: " << r.status.detail << "\n";
            return 1;
        }
        const auto& pg = r.value.passes.at(0).periodogram;
        const std::size_t i = r.value.passes[0].sde.peakIndex;
        std::printf(
            "{\"seconds\": %.6f, \"cpu_seconds\": %.6f, \"n_points\": %zu, \"n_periods\": %lld, \"best_period\": %.9f, "
            "\"t0\": %.6f, \"depth_ppm\": %.2f, \"sde\": %.3f, \"snr\": %.3f, \"ns_per_point_period\": %.4f}\n",
            best, bestCpu, t.size(), r.value.gridSize, pg.period[i], pg.transitTime[i], pg.depth[i] * 1e6,
            r.value.passes[0].sde.sde, pg.depthSnr[i], best * 1e9 / (double(t.size()) * double(r.value.gridSize)));
        return 0;
    }
    BlsParams p;
    p.periods = readList(periodsFile);
    p.durations = durations;
    p.oversample = oversample;
    p.threads = threads;
    p.method = method == "astropy"  ? BlsMethod::AstropyFast
               : method == "binned" ? BlsMethod::Binned
                                    : BlsMethod::FastFold;
    Result<BlsPeriodogram> r;
    for (int k = 0; k < repeat; ++k) {
        const double t0 = now(), c0 = cpuNow();
        r = runBls(t, y, dy, p);
        if (now() - t0 < best) {
            best = now() - t0;
            bestCpu = cpuNow() - c0;
        }
    }
    if (!r.ok()) {
        std::cerr << "error: " << r.status.detail << "\n";
        return 1;
    }
    const std::size_t i = r.value.argmax();
    std::printf("{\"seconds\": %.6f, \"cpu_seconds\": %.6f, \"n_points\": %zu, \"n_periods\": %zu, \"best_index\": "
                "%zu, \"best_period\": %.9f, "
                "\"t0\": %.6f, \"depth_ppm\": %.2f, \"power\": %.9g, \"ns_per_point_period\": %.4f}\n",
                best, bestCpu, t.size(), r.value.size(), i, r.value.period[i], r.value.transitTime[i],
                r.value.depth[i] * 1e6, r.value.power[i], best * 1e9 / (double(t.size()) * double(r.value.size())));
    return 0;
}
