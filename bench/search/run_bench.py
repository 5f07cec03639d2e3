#!/usr/bin/python3
"""BLS benchmark: exo::search (bench_bls) vs astropy BoxLeastSquares(method='fast').

Usage: /usr/bin/python3 bench/search/run_bench.py [--bench-bin PATH] [--workdir DIR] [--threads 2]
                                                   [--astropy-seconds 60]

Makes three realistic synthetic light curves with injected box transits
(one Kepler quarter: 29.4-min cadence, ~4,400 points; one TESS sector at
2 min, ~19,000 points; the whole Kepler mission, ~65,000 points over 4 years
with quarterly gaps), writes them as CSV, and for each:
  * runs astropy BoxLeastSquares(t, y, dy).power(periods, durations,
    oversample=10, method='fast', objective='likelihood') on a period grid
    uniform in frequency (as autoperiod) between 0.5 d and baseline/2,
  * runs bench_bls on the IDENTICAL file, periods and durations with our
    default method (FastFold: fast folding of time-binned data) and with
    --method astropy (same binning as bls.c, for reference),
  * prints astropy's time, ours (wall and CPU), the ratios, whether both found
    the same peak (yes / +-1 grid step / NO), and ns per point per trial period.
For the full mission the number of periods is chosen so astropy needs about
--astropy-seconds (measured on a subset first). Finally it times our default
search (Ofir grid, oversampling 3, durations from the expected T14) alone on
the full mission, with FastFold and with the per-point Binned method.
The machine may be shared: CPU times (user, all threads) are printed next to
wall times.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
from astropy.timeseries import BoxLeastSquares

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def box(t, period, t0, dur, depth):
    ph = np.abs((t - t0 + 0.5 * period) % period - 0.5 * period)
    return np.where(ph < 0.5 * dur, -depth, 0.0)


def make_curves(rng):
    curves = {}
    # Kepler long cadence quarter: 29.4244 min, ~90 d, 100 ppm noise.
    cad = 29.4244 / 1440
    t = 540.0 + np.arange(4400) * cad
    y = 1 + 1e-4 * rng.standard_normal(t.size) + box(t, 4.887, 541.3, 3 / 24, 4e-4)
    curves["kepler_quarter"] = (t, y, np.full(t.size, 1e-4), (4.887, 541.3))
    # TESS sector at 2 min: 27.4 d with a 1-day downlink gap, 1000 ppm noise.
    cad = 2 / 1440
    t = 1325.3 + np.arange(int(27.4 / cad)) * cad
    t = t[(t < 1338.5) | (t > 1339.5)]
    y = 1 + 1e-3 * rng.standard_normal(t.size) + box(t, 3.21, 1326.1, 2.5 / 24, 3e-3)
    curves["tess_sector"] = (t, y, np.full(t.size, 1e-3), (3.21, 1326.1))
    # Whole Kepler mission: 4 years at 29.4 min, 16 quarterly 1.5-d gaps, random
    # 7 % dropped cadences (safe modes, flags) -> ~65,000 points; 100 ppm noise.
    cad = 29.4244 / 1440
    t = 131.5 + np.arange(int(1460 / cad)) * cad
    keep = np.ones(t.size, bool)
    for q in range(1, 17):
        keep &= ~((t > 131.5 + q * 91.3) & (t < 131.5 + q * 91.3 + 1.5))
    keep &= rng.random(t.size) > 0.07
    t = t[keep]
    y = 1 + 1e-4 * rng.standard_normal(t.size) + box(t, 13.77, 140.2, 5 / 24, 2e-4)
    curves["kepler_mission"] = (t, y, np.full(t.size, 1e-4), (13.77, 140.2))
    return curves


def freq_grid(baseline, n):
    fmin, fmax = 2.0 / baseline, 1 / 0.5
    return 1.0 / np.linspace(fmax, fmin, n)  # ascending periods


def run_ours(binary, csv, pfile, durations, method, threads, repeat=3):
    cmd = [binary, "--input", csv, "--periods", pfile, "--durations", ",".join(map(repr, durations)),
           "--oversample", "10", "--method", method, "--threads", str(threads), "--repeat", str(repeat)]
    return json.loads(subprocess.check_output(cmd, text=True))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-bin", default=None)
    ap.add_argument("--workdir", default="/tmp/exo_bench_search")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--astropy-seconds", type=float, default=60.0)
    a = ap.parse_args()
    binary = a.bench_bin
    if binary is None:
        for cand in (os.environ.get("EXO_BUILD_DIR", ""), os.path.join(ROOT, "build"), "/work/build-search-h"):
            p = os.path.join(cand, "bench", "search", "bench_bls")
            if cand and os.path.exists(p):
                binary = p
                break
    if binary is None:
        sys.exit("bench_bls not found: pass --bench-bin")
    os.makedirs(a.workdir, exist_ok=True)
    rng = np.random.default_rng(12345)
    curves = make_curves(rng)
    durations = [0.04, 0.08, 0.125, 0.2]  # days (~1-5 h)
    print("BLS benchmark: astropy %s method='fast' (single thread) vs exo::search on %d threads" %
          (__import__("astropy").__version__, a.threads))
    print("identical work: same CSV, periods, durations %s d, oversample 10, objective likelihood" % durations)
    print("ours = default method (FastFold); 'astropy-binning' = our AstropyFast mode (bit-compatible with bls.c)")
    print("%-15s %7s %8s %9s %9s %8s %7s %7s %5s %8s %8s %9s" % (
        "light curve", "points", "periods", "astropy_s", "ours_s", "ours_cpu", "ratio", "ratioCPU", "peak",
        "ns/pt/P", "astbin_s", "astbin_x"))
    for name, (t, y, dy, truth) in curves.items():
        csv = os.path.join(a.workdir, name + ".csv")
        np.savetxt(csv, np.column_stack([t, y, dy]), delimiter=",", fmt="%.10f,%.10f,%.4e")
        t, y, dy = np.loadtxt(csv, delimiter=",", unpack=True)  # identical values for both
        baseline = t.max() - t.min()
        bls = BoxLeastSquares(t, y, dy)
        n = {"kepler_quarter": 20000, "tess_sector": 10000}.get(name)
        if n is None:  # calibrate astropy on a subset spread over the grid
            probe = freq_grid(baseline, 100000)[::200]
            t0 = time.perf_counter()
            bls.power(probe, durations, oversample=10, method="fast")
            per = (time.perf_counter() - t0) / probe.size
            n = int(a.astropy_seconds / per)
        periods = freq_grid(baseline, n)
        pfile = os.path.join(a.workdir, name + "_periods.txt")
        np.savetxt(pfile, periods, fmt="%.17g")
        periods = np.loadtxt(pfile)
        t0, c0 = time.perf_counter(), time.process_time()
        r = bls.power(periods, durations, oversample=10, method="fast", objective="likelihood")
        ta, ca = time.perf_counter() - t0, time.process_time() - c0
        ia = int(np.argmax(r.power))
        ours = run_ours(binary, csv, pfile, durations, "fold", a.threads)
        same = run_ours(binary, csv, pfile, durations, "astropy", a.threads)
        io = ours["best_index"]
        peak = "yes" if io == ia else ("+-1" if abs(io - ia) == 1 else "NO")
        print("%-15s %7d %8d %9.2f %9.3f %8.3f %6.1fx %7.1fx %5s %8.4f %8.3f %7.1fx" % (
            name, t.size, periods.size, ta, ours["seconds"], ours["cpu_seconds"], ta / ours["seconds"],
            ca / ours["cpu_seconds"], peak, ours["ns_per_point_period"], same["seconds"], ta / same["seconds"]))
        print("    peak P: astropy %.6f d (truth %.3f), ours %.6f d, astropy-binning %.6f d (%s); "
              "power ours/astropy %.4f; astropy ns/pt/P %.3f"
              % (periods[ia], truth[0], ours["best_period"], same["best_period"],
                 "same" if same["best_index"] == ia else "DIFF", ours["power"] / r.power[ia],
                 ta * 1e9 / (t.size * periods.size)))
    # Our default search alone on the whole mission: default method and the previous per-point one.
    csv = os.path.join(a.workdir, "kepler_mission.csv")
    for method, rep in (("fold", "3"), ("binned", "1")):
        d = json.loads(subprocess.check_output([binary, "--input", csv, "--default-search", "--threads",
                                                str(a.threads), "--repeat", rep, "--search-method", method],
                                               text=True))
        print("default search (%s), whole Kepler mission (%d points, Ofir grid %d periods, durations from T14): "
              "%.2f s wall, %.2f s CPU on %d threads, %.4f ns/point/period; peak P=%.5f d (truth 13.77), "
              "depth %.0f ppm, SDE %.1f, SNR %.1f"
              % ("FastFold" if method == "fold" else "Binned, per-point", d["n_points"], d["n_periods"],
                 d["seconds"], d["cpu_seconds"], a.threads, d["ns_per_point_period"], d["best_period"],
                 d["depth_ppm"], d["sde"], d["snr"]))


if __name__ == "__main__":
    main()
