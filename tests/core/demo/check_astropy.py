#!/usr/bin/python3
"""Open every demo-star TPF in a directory with astropy.io.fits and check the
layout against the real Kepler TPF layout (column units, TDIM, HDU names) and
that the data load. Run by test_demo_star (astropyReadsDemo) as
    /usr/bin/python3 tests/core/demo/check_astropy.py <dir>
Exit 0 and print "OK <n> files" on success, 77 if astropy is missing, 1 on failure.
"""
import glob
import json
import os
import sys

try:
    import numpy as np
    from astropy.io import fits
except ImportError:
    print("astropy missing")
    sys.exit(77)

# Units and dims as in kplr009002278-2010174085026_lpd-targ.fits.gz (Kepler-62 Q5).
EXPECTED = [
    ("TIME", "D", "BJD - 2454833"), ("TIMECORR", "E", "d"), ("CADENCENO", "J", None),
    ("RAW_CNTS", "144J", "count"), ("FLUX", "144E", "e-/s"), ("FLUX_ERR", "144E", "e-/s"),
    ("FLUX_BKG", "144E", "e-/s"), ("FLUX_BKG_ERR", "144E", "e-/s"), ("COSMIC_RAYS", "144E", "e-/s"),
    ("QUALITY", "J", None), ("POS_CORR1", "E", "pixel"), ("POS_CORR2", "E", "pixel"),
]


def fail(msg):
    print("FAIL", msg)
    sys.exit(1)


def main():
    folder = sys.argv[1]
    sidecar = json.load(open(os.path.join(folder, "demo_star.json")))
    files = sorted(glob.glob(os.path.join(folder, "kplr*_lpd-targ.fits*")))
    if [os.path.basename(f) for f in files] != sorted(sidecar["files"]):
        fail("file list differs from sidecar")
    for path in files:
        with fits.open(path) as h:
            if [x.name for x in h] != ["PRIMARY", "TARGETTABLES", "APERTURE"]:
                fail(path + ": HDUs " + str([x.name for x in h]))
            p0 = h[0].header
            if p0["TELESCOP"] != "Kepler" or not p0["DEMOSTAR"] or p0["OBJECT"] != "KIC %d" % sidecar["kepler_id"]:
                fail(path + ": primary keywords")
            cols = h[1].columns
            for (name, form, unit), col in zip(EXPECTED, cols):
                if col.name != name or col.format != form or (unit and col.unit != unit):
                    fail("%s: column %s %s %s" % (path, col.name, col.format, col.unit))
                if form.startswith("144") and col.dim != "(12,12)":
                    fail("%s: %s dim %s" % (path, name, col.dim))
            d = h[1].data
            flux = d["FLUX"]
            if flux.shape != (len(d), 12, 12):
                fail("%s: FLUX shape %s" % (path, flux.shape))
            good = np.isfinite(d["TIME"]) & (d["QUALITY"] == 0)
            if good.sum() < 0.8 * len(d) * (0.9 if p0["QUARTER"] != 1 else 1.0):
                fail("%s: only %d good cadences" % (path, good.sum()))
            ap = h[2].data
            if ap.dtype.kind != "i" or ap.shape != (12, 12) or (ap & 2).astype(bool).sum() != h[2].header["NPIXSAP"]:
                fail(path + ": aperture")
            sap = flux[good][:, (ap & 2).astype(bool)].sum(axis=1)
            if not np.all(np.isfinite(sap)) or np.median(sap) <= 0:
                fail(path + ": aperture sum")
            h1 = h[1].header
            if h1["BJDREFI"] != 2454833 or h1["TIMESYS"] != "TDB" or not (0 < h1["CROWDSAP"] < 1):
                fail(path + ": time/crowding keywords")
            print("%s Q%d rows=%d good=%d npixsap=%d median_sap=%.0f e-/s" % (
                os.path.basename(path), p0["QUARTER"], len(d), good.sum(), h[2].header["NPIXSAP"], np.median(sap)))
    print("OK %d files" % len(files))


main()
