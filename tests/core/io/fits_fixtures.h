#pragma once
// Synthetic FITS fixtures written with CFITSIO for the io tests (never real
// mission files). Each helper returns false and fills `why` on a CFITSIO error.

#include <fitsio.h>

#include <cmath>
#include <string>
#include <vector>

namespace fixtures {

struct LcSpec {
    std::string telescope = "TESS";  ///< empty: no TELESCOP keyword
    long rows = 50;
    bool withTime = true;
    bool withFlux = true;
    bool fluxAllNaN = false;
    bool imageOnly = false;  ///< primary image, no table at all
};

inline bool writeLc(const std::string& path, const LcSpec& s, std::string& why)
{
    int st = 0;
    fitsfile* f = nullptr;
    fits_create_diskfile(&f, path.c_str(), &st);
    long axes[2] = {4, 3};
    if (s.imageOnly) {
        fits_create_img(f, FLOAT_IMG, 2, axes, &st);
        std::vector<float> px(12, 1.f);
        fits_write_img(f, TFLOAT, 1, 12, px.data(), &st);
    } else {
        fits_create_img(f, 8, 0, nullptr, &st);
    }
    if (!s.telescope.empty())
        fits_update_key(f, TSTRING, "TELESCOP", const_cast<char*>(s.telescope.c_str()), "", &st);
    long long tic = 123456789;
    fits_update_key(f, TLONGLONG, "TICID", &tic, "", &st);
    int sector = 3;
    fits_update_key(f, TINT, "SECTOR", &sector, "", &st);
    if (!s.imageOnly) {
        std::vector<char*> type, form;
        if (s.withTime) {
            type.push_back(const_cast<char*>("TIME"));
            form.push_back(const_cast<char*>("D"));
        }
        if (s.withFlux) {
            type.push_back(const_cast<char*>("SAP_FLUX"));
            form.push_back(const_cast<char*>("E"));
            type.push_back(const_cast<char*>("SAP_FLUX_ERR"));
            form.push_back(const_cast<char*>("E"));
        }
        type.push_back(const_cast<char*>("QUALITY"));
        form.push_back(const_cast<char*>("J"));
        fits_create_tbl(f, BINARY_TBL, s.rows, int(type.size()), type.data(), form.data(), nullptr, "LIGHTCURVE", &st);
        std::vector<double> t(static_cast<std::size_t>(s.rows)), fl(static_cast<std::size_t>(s.rows)),
            fe(static_cast<std::size_t>(s.rows), 1.0);
        std::vector<int> q(static_cast<std::size_t>(s.rows), 0);
        for (long i = 0; i < s.rows; ++i) {
            t[std::size_t(i)] = 1400.0 + i * 0.02;
            fl[std::size_t(i)] = s.fluxAllNaN ? NAN : 1000.0 + std::sin(i * 0.1);
        }
        int col = 1;
        if (s.rows > 0) {
            if (s.withTime)
                fits_write_col(f, TDOUBLE, col++, 1, 1, s.rows, t.data(), &st);
            if (s.withFlux) {
                fits_write_col(f, TDOUBLE, col++, 1, 1, s.rows, fl.data(), &st);
                fits_write_col(f, TDOUBLE, col++, 1, 1, s.rows, fe.data(), &st);
            }
            fits_write_col(f, TINT, col++, 1, 1, s.rows, q.data(), &st);
        }
    }
    int cst = 0;
    fits_close_file(f, &cst);
    if (st || cst) {
        char msg[FLEN_STATUS] = {0};
        fits_get_errstatus(st ? st : cst, msg);
        why = msg;
        return false;
    }
    return true;
}

/// Minimal Kepler TPF: TARGETTABLES with TIME, CADENCENO, FLUX/FLUX_ERR (2x3 pixels), QUALITY + APERTURE.
inline bool writeTpf(const std::string& path, long rows, bool fluxNaN, std::string& why)
{
    int st = 0;
    fitsfile* f = nullptr;
    fits_create_diskfile(&f, path.c_str(), &st);
    fits_create_img(f, 8, 0, nullptr, &st);
    fits_update_key(f, TSTRING, "TELESCOP", const_cast<char*>("Kepler"), "", &st);
    long kic = 1234567;
    fits_update_key(f, TLONG, "KEPLERID", &kic, "", &st);
    int quarter = 7, nextend = 2;
    fits_update_key(f, TINT, "QUARTER", &quarter, "", &st);
    fits_update_key(f, TINT, "NEXTEND", &nextend, "number of standard extensions", &st);
    char* type[] = {const_cast<char*>("TIME"), const_cast<char*>("CADENCENO"), const_cast<char*>("FLUX"),
                    const_cast<char*>("FLUX_ERR"), const_cast<char*>("QUALITY")};
    char* form[] = {const_cast<char*>("D"), const_cast<char*>("J"), const_cast<char*>("6E"), const_cast<char*>("6E"),
                    const_cast<char*>("J")};
    fits_create_tbl(f, BINARY_TBL, rows, 5, type, form, nullptr, "TARGETTABLES", &st);
    fits_update_key(f, TSTRING, "TDIM3", const_cast<char*>("(3,2)"), "", &st);
    fits_update_key(f, TSTRING, "TDIM4", const_cast<char*>("(3,2)"), "", &st);
    std::vector<double> t(static_cast<std::size_t>(rows));
    std::vector<int> cad(static_cast<std::size_t>(rows)), q(std::size_t(rows), 0);
    std::vector<float> flux(static_cast<std::size_t>(rows) * 6), err(static_cast<std::size_t>(rows) * 6, 1.f);
    for (long i = 0; i < rows; ++i) {
        t[std::size_t(i)] = 600.0 + i * 0.0204;
        cad[std::size_t(i)] = int(1000 + i);
        for (int p = 0; p < 6; ++p)
            flux[std::size_t(i) * 6 + std::size_t(p)] =
                fluxNaN ? NAN : float(100 * p + i);  // value = 100*(r*3+c) + cadence
    }
    fits_write_col(f, TDOUBLE, 1, 1, 1, rows, t.data(), &st);
    fits_write_col(f, TINT, 2, 1, 1, rows, cad.data(), &st);
    fits_write_col(f, TFLOAT, 3, 1, 1, rows * 6, flux.data(), &st);
    fits_write_col(f, TFLOAT, 4, 1, 1, rows * 6, err.data(), &st);
    fits_write_col(f, TINT, 5, 1, 1, rows, q.data(), &st);
    long axes[2] = {3, 2};
    fits_create_img(f, LONG_IMG, 2, axes, &st);
    fits_update_key(f, TSTRING, "EXTNAME", const_cast<char*>("APERTURE"), "", &st);
    int ap[6] = {1, 3, 1, 3, 3, 1};
    fits_write_img(f, TINT, 1, 6, ap, &st);
    int cst = 0;
    fits_close_file(f, &cst);
    if (st || cst) {
        char msg[FLEN_STATUS] = {0};
        fits_get_errstatus(st ? st : cst, msg);
        why = msg;
        return false;
    }
    return true;
}

}  // namespace fixtures
