#!/usr/bin/python3
"""Reference values for tests/core/search/test_bls.cpp, from astropy.

Run (from this folder):   /usr/bin/python3 make_bls_reference.py
Writes bls_lightcurve.csv (the deterministic synthetic input, re-read here so
that astropy and the C++ test see identical numbers) and bls_reference.json
(astropy BoxLeastSquares power(), methods 'fast' and 'slow', objectives
'likelihood' and 'snr', on a fixed period grid and durations, plus
compute_stats() at the best 'fast' likelihood peak).
Produced with astropy 5.2.1 / numpy 1.24.2 (Debian 12).
"""
import json
import os

import numpy as np
import astropy
from astropy.timeseries import BoxLeastSquares

HERE = os.path.dirname(os.path.abspath(__file__))

# Synthetic light curve: 30-min cadence over ~21 days starting at BKJD-like 1000,
# a 10-point gap, Gaussian noise 1e-3 with varying errors, box transit
# P = 3.1234 d, depth 2500 ppm, duration 0.12 d, T0 = 1001.3.
rng = np.random.default_rng(20240601)
n = 1000
t = 1000.0 + np.arange(n) * (30.0 / 1440.0)
t = np.delete(t, np.arange(400, 410))
dy = 1e-3 * (1.0 + 0.3 * np.sin(t / 3.0) ** 2)
y = 1.0 + dy * rng.standard_normal(t.size)
P, T0, DUR, DEPTH = 3.1234, 1001.3, 0.12, 2.5e-3
intr = np.abs((t - T0 + 0.5 * P) % P - 0.5 * P) < 0.5 * DUR
y[intr] -= DEPTH
csv = os.path.join(HERE, "bls_lightcurve.csv")
with open(csv, "w") as f:
    f.write("# time_days,flux,flux_err  (written by make_bls_reference.py)\n")
    for a, b, c in zip(t, y, dy):
        f.write("%.10f,%.10f,%.10e\n" % (a, b, c))
t, y, dy = np.loadtxt(csv, delimiter=",", unpack=True)

periods = np.linspace(1.0, 6.0, 150)
durations = np.array([0.05, 0.08, 0.12, 0.16])
oversample = 5
out = {
    "astropy": astropy.__version__,
    "numpy": np.__version__,
    "periods": periods.tolist(),
    "durations": durations.tolist(),
    "oversample": oversample,
    "runs": {},
}
bls = BoxLeastSquares(t, y, dy)
for method in ("fast", "slow"):
    for obj in ("likelihood", "snr"):
        r = bls.power(periods, durations, objective=obj, method=method, oversample=oversample)
        i = int(np.argmax(r.power))
        out["runs"][method + "_" + obj] = {
            "power": r.power.tolist(),
            "depth": r.depth.tolist(),
            "duration": r.duration.tolist(),
            "transit_time": r.transit_time.tolist(),
            "depth_snr": r.depth_snr.tolist(),
            "log_likelihood": r.log_likelihood.tolist(),
            "best_index": i,
        }
        print(method, obj, "best", periods[i], r.transit_time[i], r.depth[i], r.duration[i])

best = out["runs"]["fast_likelihood"]
i = best["best_index"]
st = bls.compute_stats(periods[i], best["duration"][i], best["transit_time"][i])
out["stats"] = {
    "period": periods[i], "duration": best["duration"][i], "transit_time": best["transit_time"][i],
    "depth": list(st["depth"]), "depth_odd": list(st["depth_odd"]), "depth_even": list(st["depth_even"]),
    "depth_half": list(st["depth_half"]), "depth_phased": list(st["depth_phased"]),
    "harmonic_amplitude": float(st["harmonic_amplitude"]),
    "harmonic_delta_log_likelihood": float(st["harmonic_delta_log_likelihood"]),
    "transit_times": list(map(float, st["transit_times"])),
    "per_transit_count": list(map(int, st["per_transit_count"])),
    "per_transit_log_likelihood": list(map(float, st["per_transit_log_likelihood"])),
}
with open(os.path.join(HERE, "bls_reference.json"), "w") as f:
    json.dump(out, f, indent=0)
