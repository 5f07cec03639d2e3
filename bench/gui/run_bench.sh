#!/usr/bin/env bash
# Interactive latencies of the window, headless. usage: bench/gui/run_bench.sh [BUILD_DIR] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
data="${2:-$root/../shared/data/real}"
cmake --build "$build" --target bench_gui >/dev/null
QT_QPA_PLATFORM=offscreen "$build/bench/gui/bench_gui" "$data/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"
