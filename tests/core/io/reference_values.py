#!/usr/bin/python3
"""Reference values for test_fits_reader_real.cpp, computed with astropy.io.fits.

Run: /usr/bin/python3 tests/core/io/reference_values.py /work/shared/data/real
Each printed line is a (file, quantity, value) triple that the C++ test hard-codes
with this script named as its source.
"""
import sys
import numpy as np
from astropy.io import fits

root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/real"

def show(path, what, value):
    print(f"{path}\t{what}\t{value!r}")

p = "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz"
with fits.open(f"{root}/{p}") as h:
    d = h[1].data
    show(p, "FLUX[100][1,3]", float(d["FLUX"][100][1, 3]))
    show(p, "FLUX_ERR[100][1,3]", float(d["FLUX_ERR"][100][1, 3]))
    show(p, "FLUX_BKG[2000][3,5]", float(d["FLUX_BKG"][2000][3, 5]))
    show(p, "nansum(FLUX[100])", float(np.nansum(d["FLUX"][100])))
    show(p, "count(QUALITY!=0)", int(np.count_nonzero(d["QUALITY"])))
    show(p, "CADENCENO[0]", int(d["CADENCENO"][0]))
    show(p, "APERTURE&2 count", int(np.count_nonzero(h[2].data & 2)))
    show(p, "NPIXSAP", int(h[2].header["NPIXSAP"]))
    show(p, "1CRV5P,2CRV5P", (h[1].header["1CRV5P"], h[1].header["2CRV5P"]))

p = "kepler/lc/kepler90/kplr011442793-2010174085026_llc.fits"
with fits.open(f"{root}/{p}") as h:
    d = h[1].data
    show(p, "PDCSAP_FLUX[1000]", float(d["PDCSAP_FLUX"][1000]))
    show(p, "PDCSAP_FLUX_ERR[1000]", float(d["PDCSAP_FLUX_ERR"][1000]))
    show(p, "count(SAP_QUALITY!=0)", int(np.count_nonzero(d["SAP_QUALITY"])))
    show(p, "MOM_CENTR1[1000]", float(d["MOM_CENTR1"][1000]))

p = "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
with fits.open(f"{root}/{p}") as h:
    d = h[1].data
    show(p, "count(QUALITY!=0)", int(np.count_nonzero(d["QUALITY"])))
    show(p, "count(isnan(TIME))", int(np.count_nonzero(np.isnan(d["TIME"]))))
    show(p, "SAP_FLUX[5000]", float(d["SAP_FLUX"][5000]))

p = "tess/ffi_lc/toi519/hlsp_tglc_tess_ffi_gaiaid-5707485527450614656-s0007-cam2-ccd3_tess_v2_llc.fits"
with fits.open(f"{root}/{p}") as h:
    d = h[1].data
    show(p, "cal_aper_flux[10]", float(d["cal_aper_flux"][10]))
    show(p, "count(TGLC_flags!=0)", int(np.count_nonzero(d["TGLC_flags"])))
