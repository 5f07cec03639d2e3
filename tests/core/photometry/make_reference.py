#!/usr/bin/python3
"""Reference values for tests/core/photometry/test_photometry_realdata.cpp.

Run:  /usr/bin/python3 tests/core/photometry/make_reference.py /work/shared/data/real
(astropy + numpy only). Prints C++ QTest::newRow(...) lines to paste into the
_data() functions of the test.

Semantics reproduced (lightkurve TargetPixelFile._aperture_photometry and
_estimate_centroids_via_moments, on ALL cadences, no quality mask):
  flux      = nansum(FLUX[:, mask]);  NaN if no aperture pixel is finite
  flux_err  = sqrt(nansum(FLUX_ERR[:, mask]**2)); NaN if none finite
  bkg       = nansum(FLUX_BKG[:, mask]); NaN if none finite
  centroid  = nansum(x * FLUX) / nansum(FLUX) over the aperture, x = 1CRV5P + column index
              (row: 2CRV5P + row index); the printed value is the nanmean over cadences.
Sums are done in float64 (lightkurve sums the float32 column in float32, which
differs by ~1e-7 relative; the C++ test tolerance is 1e-6).
"""
import sys
import warnings

import numpy as np
from astropy.io import fits

FILES = [
    "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz",
    "kepler/tpf/kplr012644822_q12_first500cad_lpd-targ_subset.fits",
    "k2/tpf/ktwo221312395-c91_lpd-targ.fits.gz",
    "tess/tpf/tic273589987_s15_100cad_tp_subset.fits",
    "tess/ffi_cutout/tesscut_s12_1x1_astrocut.fits",
]


def nansum_or_nan(a, axis):
    s = np.nansum(a, axis=axis)
    s[~np.any(np.isfinite(a), axis=axis)] = np.nan
    return s


def fmt(v):
    return "qQNaN()" if not np.isfinite(v) else repr(float(v))


def main(root):
    for rel in FILES:
        with fits.open(f"{root}/{rel}") as hdul:
            tab = hdul[1].data
            hdr = hdul[1].header
            flux = np.asarray(tab["FLUX"], dtype=np.float64)
            err = np.asarray(tab["FLUX_ERR"], dtype=np.float64)
            bkg = np.asarray(tab["FLUX_BKG"], dtype=np.float64)
            ap = np.asarray(hdul[2].data)
            col0, row0 = hdr["1CRV5P"], hdr["2CRV5P"]
        n = flux.shape[0]
        idx = sorted({0, 1, n // 3, n // 2, n - 1})
        for name, mask in (("pipeline", (ap & 2) == 2), ("all", np.ones(ap.shape, dtype=bool))):
            npix = int(mask.sum())
            f = nansum_or_nan(flux[:, mask], 1)
            # lightkurve: a frame that is exactly zero everywhere gives NaN
            f[np.all(flux == 0, axis=(1, 2))] = np.nan
            e = np.sqrt(nansum_or_nan(err[:, mask] ** 2, 1))
            b = nansum_or_nan(bkg[:, mask], 1)
            yy, xx = np.indices(ap.shape)
            xx = xx + col0
            yy = yy + row0
            with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                tot = np.nansum(flux[:, mask], axis=1)
                cc = np.nansum(xx * mask * flux, axis=(1, 2)) / tot
                cr = np.nansum(yy * mask * flux, axis=(1, 2)) / tot
                mcc, mcr = np.nanmean(cc), np.nanmean(cr)
            short = rel.split("/")[-1][:24]
            # an empty aperture (K2 C91, the TESScut) needs one row only
            for i in idx if npix > 0 else idx[:1]:
                print(
                    f'QTest::newRow("{short} {name} c{i}") << QString("{rel}") << {int(name == "pipeline")} '
                    f"<< {npix} << {i} << {fmt(f[i])} << {fmt(e[i])} << {fmt(b[i])} << {fmt(mcc)} << {fmt(mcr)};"
                )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/real")
