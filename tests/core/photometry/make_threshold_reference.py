#!/usr/bin/python3
"""Threshold-mask and target-position references for test_photometry_realdata.cpp.

Run:  /usr/bin/python3 tests/core/photometry/make_threshold_reference.py /work/shared/data/real
(astropy, numpy and scipy: scipy.ndimage.label is what lightkurve itself uses).

Threshold mask: lightkurve TargetPixelFile.create_threshold_mask(threshold=3,
reference_pixel='center') verbatim in numpy, on ALL cadences (quality bitmask 0):
  median_image = nanmedian(FLUX, axis=0)
  cut = 1.4826 * MAD(finite values) * 3 + nanmedian(median_image)
  mask = nan_to_num(median_image) >= cut, then the label() region nearest to
  (cols/2, rows/2). Printed in our compact form "ROWSxCOLS:HEX" (row-major bits,
  most significant bit first, padded with zeros to whole nibbles).
Target position: astropy WCS built from the FLUX column keywords (as lightkurve's
tpf.wcs does), all_world2pix(RA_OBJ, DEC_OBJ, 0) -> 0-based (column, row), with
RA_OBJ/DEC_OBJ of the primary header (lightkurve's tpf.ra/tpf.dec). Printed as
ra, dec, column, row.
"""
import sys
import warnings

import numpy as np
from astropy.io import fits
from astropy.stats import median_absolute_deviation as MAD
from astropy.wcs import WCS
from scipy.ndimage import label

FILES = [
    "kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz",
    "kepler/tpf/kplr012644822_q12_first500cad_lpd-targ_subset.fits",
    "kepler/tpf/kplr006804648_q10_1000cad_lpd-targ_subset.fits",
    "kepler/tpf/kplr008462852_q8_100cad_lpd-targ_subset.fits",
    "k2/tpf/ktwo221312395-c91_lpd-targ.fits.gz",
    "tess/tpf/tic273589987_s15_100cad_tp_subset.fits",
    "tess/tpf/tess25155310-s01-first-cadences_tp_subset.fits.gz",
    "tess/ffi_cutout/tesscut_s18_asteroid_1cad_astrocut.fits",
]


def threshold_mask(flux, threshold=3):
    rows, cols = flux.shape[1:]
    reference_pixel = (cols / 2, rows / 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        median_image = np.nanmedian(flux, axis=0)
    vals = median_image[np.isfinite(median_image)].flatten()
    mad_cut = (1.4826 * MAD(vals) * threshold) + np.nanmedian(median_image)
    threshold_mask = np.nan_to_num(median_image) >= mad_cut
    if not threshold_mask.any():
        return threshold_mask
    labels = label(threshold_mask)[0]
    label_args = np.argwhere(labels > 0)
    distances = [np.hypot(crd[0], crd[1]) for crd in label_args - np.array([reference_pixel[1], reference_pixel[0]])]
    closest_arg = label_args[np.argmin(distances)]
    return labels == labels[closest_arg[0], closest_arg[1]]


def compact(mask):
    bits = mask.astype(int).flatten().tolist()
    bits += [0] * (-len(bits) % 4)
    hexd = "".join("%x" % int("".join(map(str, bits[i:i + 4])), 2) for i in range(0, len(bits), 4))
    return f"{mask.shape[0]}x{mask.shape[1]}:{hexd}"


def target_pixel(hdul):
    h = hdul[1].header
    n = [i + 1 for i, name in enumerate(hdul[1].columns.names) if name == "FLUX"][0]
    keys = {"CTYPE1": f"1CTYP{n}", "CTYPE2": f"2CTYP{n}", "CRPIX1": f"1CRPX{n}", "CRPIX2": f"2CRPX{n}",
            "CRVAL1": f"1CRVL{n}", "CRVAL2": f"2CRVL{n}", "CDELT1": f"1CDLT{n}", "CDELT2": f"2CDLT{n}",
            "PC1_1": f"11PC{n}", "PC1_2": f"12PC{n}", "PC2_1": f"21PC{n}", "PC2_2": f"22PC{n}"}
    hdr = fits.Header()
    for std, col in keys.items():
        if col in h:
            hdr[std] = h[col]
    if "CRVAL1" not in hdr:
        return None
    ra, dec = hdul[0].header.get("RA_OBJ"), hdul[0].header.get("DEC_OBJ")
    if ra is None or dec is None:
        return None
    c, r = WCS(hdr).all_world2pix(ra, dec, 0)
    return float(ra), float(dec), float(c), float(r)


def main(root):
    for rel in FILES:
        with fits.open(f"{root}/{rel}") as hdul:
            flux = np.asarray(hdul[1].data["FLUX"], dtype=np.float64)
            pos = target_pixel(hdul)
        short = rel.split("/")[-1][:28]
        pc = "qQNaN() << qQNaN() << qQNaN() << qQNaN()" if pos is None else " << ".join(repr(v) for v in pos)
        print(f'QTest::newRow("{short}") << QString("{rel}") << QString("{compact(threshold_mask(flux))}") << {pc};')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/real")
