#!/usr/bin/env bash
# Open the Kepler-62 Q5 pixel file and produce its pipeline-aperture light curve:
# ExoWorld (CFITSIO) against astropy doing the same, in the same run. Prints the ratio.
# usage: bench/io/run_bench.sh [BUILD_DIR] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
data="${2:-$root/../shared/data/real}"
file="$data/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"
cmake --build "$build" --target bench_open_tpf >/dev/null
ours=$("$build/bench/io/bench_open_tpf" "$file" 15)
echo "$ours"
theirs=$(/usr/bin/python3 - "$file" <<'PY'
import sys, time
import numpy as np
from astropy.io import fits
path = sys.argv[1]
times = []
for _ in range(15):
    t0 = time.perf_counter()
    with fits.open(path) as h:
        flux = np.array(h[1].data['FLUX'])
        ap = np.array(h[2].data)
    mask = (ap & 2) > 0
    lc = np.nansum(flux[:, mask], axis=1)   # lightkurve's to_lightcurve(aperture_mask='pipeline')
    lc[np.all(np.isnan(flux[:, mask]), axis=1)] = np.nan
    times.append((time.perf_counter() - t0) * 1e3)
times.sort()
print("astropy_ms %.3f" % times[len(times) // 2])
print("astropy_checksum %.6f" % np.nansum(lc))
PY
)
echo "$theirs"
awk -v a="$(echo "$ours" | awk '/exoworld_ms/{print $2}')" -v b="$(echo "$theirs" | awk '/astropy_ms/{print $2}')" \
    'BEGIN { printf "ratio astropy/exoworld: %.1fx faster (goal >= 5x)\n", b / a }'
