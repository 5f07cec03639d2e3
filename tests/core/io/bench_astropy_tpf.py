#!/usr/bin/python3
"""Time astropy doing what exo::io::readTargetPixelFile does for one TPF:
open, read TIME/CADENCENO/QUALITY/POS_CORR1/2, the FLUX/FLUX_ERR/FLUX_BKG cubes
and the APERTURE image into memory, close. Prints the median of N runs in ms.

Run: /usr/bin/python3 tests/core/io/bench_astropy_tpf.py <tpf> [runs]
test_fits_reader_real.cpp (benchKepler62) runs it and compares with the C++ reader.
"""
import sys
import time
import numpy as np
from astropy.io import fits

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    with fits.open(path, memmap=False) as h:
        d = h[1].data
        cols = [np.array(d[c]) for c in ("TIME", "CADENCENO", "QUALITY", "POS_CORR1", "POS_CORR2",
                                        "FLUX", "FLUX_ERR", "FLUX_BKG")]
        ap = np.array(h[2].data)
        meta = dict(h[0].header), dict(h[1].header)
    times.append((time.perf_counter() - t0) * 1000.0)
print(f"{np.median(times):.3f}")
