#!/usr/bin/python3
"""numpy reference sliders for bench/detrend/run_bench.sh (not wotan: wotan and
numba are not installed here, so this is the plain-numpy equivalent of wotan's
slider loop, one numpy call per cadence).

usage: reference_sliders.py DIR N [N ...]
Reads DIR/curve_<N>.f64 and DIR/{median,biweight}_<N>.f64 written by
`bench_detrend --dump DIR`, times
  * the time-windowed median (|t - t_i| <= w/2, numpy.median per cadence), and
  * wotan's biweight (location_iter re-written in numpy, window t_i - w/2 <= t < t_i + w/2)
  * lightkurve's flatten() loop (savgol 1081/2, niters=3, sigma=3, break_tolerance=5),
    re-written with numpy/scipy as in tests/core/detrend/make_savgol_reference.py
    (vectorised: scipy's savgol_filter is compiled code, so this ratio is the fair one)
on the same data, checks them against the C++ trends and prints
"PYREF <method> <n> <cpu seconds> <max abs diff vs C++>".
The sliders are only run for N <= MEDIAN_MAX / BIWEIGHT_MAX (they are slow in numpy).
"""
import sys
import time
import numpy as np
from scipy.interpolate import interp1d
from scipy.signal import savgol_filter

WINDOW = 0.75
GAP = WINDOW / 2          # detrendSeries' default break tolerance (wotan: window / 2)
BIWEIGHT_MAX = 100000
MEDIAN_MAX = 300000


def segments(t):
    cut = np.where(np.diff(t) > GAP)[0] + 1
    return np.split(np.arange(t.size), cut)


def median_slider(t, f):
    out = np.empty_like(f)
    hw = WINDOW / 2
    for idx in segments(t):
        ts, fs = t[idx], f[idx]
        lo = np.searchsorted(ts, ts - hw, side="left")
        hi = np.searchsorted(ts, ts + hw, side="right")
        out[idx] = [np.median(fs[a:b]) for a, b in zip(lo, hi)]
    return out


def biweight_location(x, c=5.0, tol=1e-6, maxit=100):
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    if mad == 0:
        return med
    cmad = 1.0 / (c * mad)
    centre = med
    for _ in range(maxit):
        d = x - centre
        u = d * cmad
        w = (1 - u * u) ** 2
        w[np.abs(u) >= 1] = 0
        step = np.sum(d * w) / np.sum(w)
        centre += step
        if not abs(step) > tol:
            break
    return centre


def biweight_slider(t, f):
    out = np.empty_like(f)
    hw = WINDOW / 2
    for idx in segments(t):
        ts, fs = t[idx], f[idx]
        lo = np.searchsorted(ts, ts - hw, side="left")
        hi = np.searchsorted(ts, ts + hw, side="left")
        out[idx] = [biweight_location(fs[a:b]) for a, b in zip(lo, hi)]
    return out


def lightkurve_flatten_trend(time, flux, window_length=1081, polyorder=2, break_tolerance=5, niters=3, sigma=3):
    mask = np.isfinite(flux)
    mask &= np.nan_to_num(np.abs(flux - np.nanmedian(flux))) <= (np.nanstd(flux) * sigma)
    for _ in range(niters):
        dtm = time[mask][1:] - time[mask][0:-1]
        cut = np.where(dtm > break_tolerance * np.nanmedian(dtm))[0] + 1
        low = np.append([0], cut)
        high = np.append(cut, len(time[mask]))
        trend_signal = np.zeros(len(time[mask]))
        for l, h in zip(low, high):
            if np.any([window_length > (h - l), (h - l) < break_tolerance]):
                trend_signal[l:h] = np.nanmedian(flux[mask][l:h])
            else:
                trend_signal[l:h] = savgol_filter(flux[mask][l:h], window_length, polyorder)
        mask1 = np.nan_to_num(np.abs(flux[mask] - trend_signal)) < (
            np.nanstd(flux[mask] - trend_signal) * sigma + 1e-14)
        f = interp1d(time[mask][mask1], trend_signal[mask1], fill_value="extrapolate")
        trend_signal = f(time)
        mask[mask] &= mask1
    return trend_signal


def main():
    d = sys.argv[1]
    for n in map(int, sys.argv[2:]):
        curve = np.fromfile("%s/curve_%d.f64" % (d, n))
        t, f = curve[:n], curve[n:]
        if n <= MEDIAN_MAX:
            c0 = time.process_time()
            med = median_slider(t, f)
            sec = time.process_time() - c0
            ref = np.fromfile("%s/median_%d.f64" % (d, n))
            print("PYREF median   %8d cpu %8.3f s  max|diff| %.3g" % (n, sec, np.nanmax(np.abs(med - ref))),
                  flush=True)
        c0 = time.process_time()
        sg = lightkurve_flatten_trend(t, f)
        sec = time.process_time() - c0
        ref = np.fromfile("%s/savgol_%d.f64" % (d, n))
        print("PYREF savgol   %8d cpu %8.3f s  max|diff| %.3g" % (n, sec, np.nanmax(np.abs(sg - ref))), flush=True)
        if n <= BIWEIGHT_MAX:
            c0 = time.process_time()
            bw = biweight_slider(t, f)
            sec = time.process_time() - c0
            ref = np.fromfile("%s/biweight_%d.f64" % (d, n))
            # numpy sums pairwise, C++ in four lanes: same algorithm, last-bit rounding differs
            print("PYREF biweight %8d cpu %8.3f s  max|diff| %.3g" % (n, sec, np.nanmax(np.abs(bw - ref))),
                  flush=True)


if __name__ == "__main__":
    main()
