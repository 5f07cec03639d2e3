#!/bin/sh
# Time exo::detrend against a plain-numpy reference on the same synthetic data.
# Builds nothing: pass the build directory that holds bench/detrend/bench_detrend.
#   bench/detrend/run_bench.sh /work/build-detrend
# Prints the C++ CPU times for 100k, 300k and 1.3M cadences (1-min cadence,
# 0.75 d window), the numpy times for the sizes numpy can do in reasonable time,
# and the numpy / C++ CPU-time ratios. CPU time, not wall time, because the
# machine is shared.
set -eu
BUILD=${1:-build}
EXE="$BUILD/bench/detrend/bench_detrend"
PY=/usr/bin/python3   # the one with numpy/scipy, not the python3 on PATH
HERE=$(cd "$(dirname "$0")" && pwd)
[ -x "$EXE" ] || { echo "no $EXE; build the bench_detrend target first" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "== C++ (exo::detrend::detrendSeries)"
"$EXE" --dump "$TMP" 100000 300000 1300000 | tee "$TMP/cpp.txt"
echo "== numpy reference (sliders: one numpy call per cadence, median up to 300k, biweight 100k;"
echo "   savgol: lightkurve's flatten loop with scipy, vectorised, all sizes)"
"$PY" "$HERE/reference_sliders.py" "$TMP" 100000 300000 1300000 | tee "$TMP/py.txt"

echo "== ratios (numpy CPU / C++ CPU)"
awk '
  /^RESULT/ { cpp[$2 " " $3] = $8 }
  /^PYREF/  { py[$2 " " $3] = $5 }
  END {
    for (k in py) if ((k in cpp) && cpp[k] + 0 > 0)
      printf "%-18s numpy %8.3f s  C++ %7.3f s  ratio %6.1fx\n", k, py[k], cpp[k], py[k] / cpp[k]
  }' "$TMP/cpp.txt" "$TMP/py.txt" | sort
