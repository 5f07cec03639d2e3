#pragma once
// Minimal independent CFITSIO reader for the demo-star tests (does not use
// core/io, so the generator and the reader are checked against each other).

#include <fitsio.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace demotest {

struct Tpf {
    bool ok = false;
    std::string error;
    int rows = 0, cols = 0;
    long long n = 0;
    std::vector<double> time;
    std::vector<int> quality, cadenceNo, aperture;
    std::vector<float> flux, posCorr1, posCorr2;
    double crowdsap = 0, timedel = 0;
    int quarter = 0;

    std::size_t npix() const { return std::size_t(rows) * std::size_t(cols); }
    /// Sum of FLUX over APERTURE & 2 pixels at cadence i.
    double sap(long long i) const
    {
        double s = 0;
        for (std::size_t p = 0; p < npix(); ++p)
            if (aperture[p] & 2)
                s += flux[std::size_t(i) * npix() + p];
        return s;
    }
};

inline Tpf readTpf(const std::string& path)
{
    Tpf t;
    fitsfile* f = nullptr;
    int st = 0, col = 0, anynul = 0;
    if (fits_open_file(&f, path.c_str(), READONLY, &st)) {
        t.error = "open failed";
        return t;
    }
    long q = 0;
    fits_read_key(f, TLONG, "QUARTER", &q, nullptr, &st);
    t.quarter = int(q);
    fits_movnam_hdu(f, BINARY_TBL, const_cast<char*>("TARGETTABLES"), 0, &st);
    fits_get_num_rowsll(f, &t.n, &st);
    fits_read_key(f, TDOUBLE, "CROWDSAP", &t.crowdsap, nullptr, &st);
    fits_read_key(f, TDOUBLE, "TIMEDEL", &t.timedel, nullptr, &st);
    int naxis = 0;
    long naxes[2] = {0, 0};
    fits_get_colnum(f, CASESEN, const_cast<char*>("FLUX"), &col, &st);
    fits_read_tdim(f, col, 2, &naxis, naxes, &st);
    t.cols = int(naxes[0]);
    t.rows = int(naxes[1]);
    const auto n = std::size_t(t.n);
    auto readCol = [&](const char* name, int type, void* out, long long count) {
        int c = 0;
        fits_get_colnum(f, CASESEN, const_cast<char*>(name), &c, &st);
        fits_read_col(f, type, c, 1, 1, count, nullptr, out, &anynul, &st);
    };
    t.time.resize(n);
    t.quality.resize(n);
    t.cadenceNo.resize(n);
    t.posCorr1.resize(n);
    t.posCorr2.resize(n);
    t.flux.resize(n * t.npix());
    readCol("TIME", TDOUBLE, t.time.data(), t.n);
    readCol("QUALITY", TINT, t.quality.data(), t.n);
    readCol("CADENCENO", TINT, t.cadenceNo.data(), t.n);
    readCol("POS_CORR1", TFLOAT, t.posCorr1.data(), t.n);
    readCol("POS_CORR2", TFLOAT, t.posCorr2.data(), t.n);
    readCol("FLUX", TFLOAT, t.flux.data(), t.n * (long long)t.npix());
    fits_movnam_hdu(f, IMAGE_HDU, const_cast<char*>("APERTURE"), 0, &st);
    t.aperture.resize(t.npix());
    fits_read_img(f, TINT, 1, (long long)t.npix(), nullptr, t.aperture.data(), &anynul, &st);
    int cst = 0;
    fits_close_file(f, &cst);
    t.ok = st == 0;
    if (!t.ok) {
        char text[FLEN_STATUS];
        fits_get_errstatus(st, text);
        t.error = text;
    }
    return t;
}

}  // namespace demotest
