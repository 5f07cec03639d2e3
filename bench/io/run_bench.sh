#!/usr/bin/env bash
# Open the Kepler-62 Q5 pixel file and produce its pipeline-aperture light curve:
# ExoWorld (CFITSIO) against astropy doing the same, in the same run. Prints the ratio.
# usage: bench/io/run_bench.sh [BUILD_DIR] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
data="${2:-$root/../shared/data/real}"
cmake --build "$build" --target bench_open_tpf >/dev/null
# The Kepler-62 Q5 file (gzip, 1.7 MB -> 2.8 MB), then an uncompressed TPF (KOI-6771, 1000
# cadences) to show the cost outside decompression, which bounds the first ratio: plain
# zlib alone needs ~14 ms for this file, for us and for astropy alike.
for file in "$data/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz" \
            "$data/kepler/tpf/kplr006804648_q10_1000cad_lpd-targ_subset.fits"; do
echo "== $(basename "$file")"
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
    # What lightkurve's tpf.to_lightcurve(aperture_mask='pipeline') computes, in plain astropy:
    # time, quality, flux (nansum), flux_err (quadrature), background sum and moment centroids.
    with fits.open(path) as h:
        d = h[1].data
        times_col = np.array(d['TIME'])
        quality = np.array(d['QUALITY'])
        flux = np.array(d['FLUX'])
        err = np.array(d['FLUX_ERR'])
        bkg = np.array(d['FLUX_BKG'])
        ap = np.array(h[2].data)
    mask = (ap & 2) > 0
    f = flux[:, mask]
    lc = np.nansum(f, axis=1)
    lc[np.all(np.isnan(f), axis=1)] = np.nan
    lc_err = np.sqrt(np.nansum(err[:, mask] ** 2, axis=1))
    lc_bkg = np.nansum(bkg[:, mask], axis=1)
    rows, cols = np.nonzero(mask)
    total = np.nansum(f, axis=1)
    with np.errstate(invalid='ignore', divide='ignore'):
        col_c = np.nansum(f * cols, axis=1) / total
        row_c = np.nansum(f * rows, axis=1) / total
    times.append((time.perf_counter() - t0) * 1e3)
times.sort()
print("astropy_ms %.3f" % times[len(times) // 2])
print("astropy_checksum %.6f" % np.nansum(lc))
PY
)
echo "$theirs"
awk -v a="$(echo "$ours" | awk '/exoworld_ms/{print $2}')" -v b="$(echo "$theirs" | awk '/astropy_ms/{print $2}')" \
    'BEGIN { printf "ratio astropy/exoworld: %.1fx faster (goal >= 5x)\n", b / a }'
done
