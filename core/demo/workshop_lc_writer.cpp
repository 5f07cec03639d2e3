// Mission-format light-curve files for the workshop folder (see workshop_lc_writer.h).
#include "demo/workshop_lc_writer.h"

#include <fitsio.h>

#include <algorithm>
#include <cstdio>

#include "demo/kepler_calendar.h"

namespace exo::demo {

namespace {

std::string fitsError(int status)
{
    char text[FLEN_STATUS] = {0};
    fits_get_errstatus(status, text);
    return text;
}

struct Column {
    const char* name;
    const char* form;
    const char* unit;
};

// The real Kepler/TESS LIGHTCURVE columns this writer fills (same order as MAST files,
// without PSF_CENTR*, which the real files leave empty).
const Column kColumns[] = {
    {"TIME", "D", ""},
    {"TIMECORR", "E", "d"},
    {"CADENCENO", "J", ""},
    {"SAP_FLUX", "E", "e-/s"},
    {"SAP_FLUX_ERR", "E", "e-/s"},
    {"SAP_BKG", "E", "e-/s"},
    {"SAP_BKG_ERR", "E", "e-/s"},
    {"PDCSAP_FLUX", "E", "e-/s"},
    {"PDCSAP_FLUX_ERR", "E", "e-/s"},
    {"QUALITY", "J", ""},
    {"MOM_CENTR1", "D", "pixel"},
    {"MOM_CENTR2", "D", "pixel"},
    {"POS_CORR1", "E", "pixels"},
    {"POS_CORR2", "E", "pixels"},
};
constexpr int kNCols = int(sizeof kColumns / sizeof kColumns[0]);

void key(fitsfile* f, const char* k, const std::string& v, const char* c, int* st)
{
    fits_write_key_str(f, k, v.c_str(), c, st);
}
void key(fitsfile* f, const char* k, long long v, const char* c, int* st)
{
    fits_write_key_lng(f, k, LONGLONG(v), c, st);
}
void keyd(fitsfile* f, const char* k, double v, const char* c, int* st) { fits_write_key_dbl(f, k, v, -15, c, st); }

template <typename T>
void writeCol(fitsfile* f, int type, int col, const std::vector<T>& v, int* st)
{
    fits_write_col(f, type, col, 1, 1, LONGLONG(v.size()), const_cast<T*>(v.data()), st);
}

}  // namespace

std::string workshopFileName(const WorkshopLightCurve& lc)
{
    char buf[128];
    if (lc.tess) {
        // SPOC 2-min names: tess<launch stamp>-s<sector>-<TIC, 16 digits>-<pipeline id>-s_lc.fits
        std::snprintf(buf, sizeof buf, "tess2019%03d000000-s%04d-%016lld-0150-s_lc.fits",
                      100 + lc.quarterOrSector % 200, lc.quarterOrSector, lc.targetId);
    } else {
        const KeplerQuarterInfo* q = keplerQuarter(lc.quarterOrSector);
        std::snprintf(buf, sizeof buf, "kplr%09lld-%s_llc.fits", lc.targetId, q ? q->timestamp : "0000000000000");
    }
    return buf;
}

Status writeWorkshopLightCurve(const std::string& path, const WorkshopLightCurve& lc)
{
    const std::size_t n = lc.time.size();
    for (std::size_t m : {lc.cadenceNo.size(), lc.sap.size(), lc.sapErr.size(), lc.bkg.size(), lc.pdcsap.size(),
                          lc.pdcsapErr.size(), lc.quality.size(), lc.centCol.size(), lc.centRow.size()})
        if (m != n)
            return Status::error(ErrorCode::InvalidParameter, "column sizes differ");
    if (n == 0)
        return Status::error(ErrorCode::InvalidParameter, "no cadence");

    fitsfile* f = nullptr;
    int st = 0;
    const std::string target = "!" + path;
    if (fits_create_file(&f, target.c_str(), &st))
        return Status::error(ErrorCode::WriteFailed, path + ": " + fitsError(st));

    // Primary header.
    fits_create_img(f, BYTE_IMG, 0, nullptr, &st);
    key(f, "NEXTEND", 2, "number of standard extensions", &st);
    key(f, "EXTNAME", std::string("PRIMARY"), "name of extension", &st);
    key(f, "ORIGIN", std::string("ExoWorld Explorer"), "synthetic workshop file, not from NASA", &st);
    key(f, "DATE", std::string("2024-01-01"), "file creation date (fixed: reproducible output)", &st);
    key(f, "CREATOR", std::string("exoworld-cli demo --workshop"), "pipeline job and program used", &st);
    key(f, "TELESCOP", std::string(lc.tess ? "TESS" : "Kepler"), "telescope", &st);
    key(f, "INSTRUME", std::string(lc.tess ? "TESS Photometer" : "Kepler Photometer"), "detector type", &st);
    key(f, "OBJECT", lc.object, "string version of target id", &st);
    key(f, lc.tess ? "TICID" : "KEPLERID", lc.targetId, "unique identifier (synthetic)", &st);
    key(f, lc.tess ? "SECTOR" : "QUARTER", lc.quarterOrSector, lc.tess ? "Observing sector" : "Observing quarter", &st);
    keyd(f, "RA_OBJ", lc.ra, "[deg] right ascension", &st);
    keyd(f, "DEC_OBJ", lc.dec, "[deg] declination", &st);
    keyd(f, lc.tess ? "TESSMAG" : "KEPMAG", lc.magnitude, "[mag] magnitude", &st);
    key(f, "TEFF", 5700, "[K] effective temperature", &st);
    keyd(f, "LOGG", 4.44, "[cm/s2] log10 surface gravity", &st);
    keyd(f, "RADIUS", 1.0, "[solar radii] stellar radius", &st);
    fits_write_key_log(f, "DEMOSTAR", 1, "synthetic star of the ExoWorld workshop", &st);
    key(f, "WSKIND", lc.kind, "workshop star kind (answer key)", &st);

    // LIGHTCURVE table.
    char* ttype[kNCols];
    char* tform[kNCols];
    char* tunit[kNCols];
    std::string names[kNCols], units[kNCols];
    for (int i = 0; i < kNCols; ++i) {
        names[i] = kColumns[i].name;
        if (!lc.tess && names[i] == "QUALITY")
            names[i] = "SAP_QUALITY";
        units[i] = kColumns[i].unit;
        if (i == 0)
            units[i] = lc.tess ? "BJD - 2457000, days" : "BJD - 2454833";
        ttype[i] = names[i].data();
        tform[i] = const_cast<char*>(kColumns[i].form);
        tunit[i] = units[i].data();
    }
    fits_create_tbl(f, BINARY_TBL, LONGLONG(n), kNCols, ttype, tform, tunit, "LIGHTCURVE", &st);
    key(f, "TELESCOP", std::string(lc.tess ? "TESS" : "Kepler"), "telescope", &st);
    key(f, "OBJECT", lc.object, "string version of target id", &st);
    key(f, "TIMEREF", std::string("SOLARSYSTEM"), "barycentric correction applied to times", &st);
    key(f, "TIMESYS", std::string("TDB"), "time system is barycentric JD", &st);
    key(f, "BJDREFI", lc.tess ? 2457000 : 2454833, "integer part of BJD reference date", &st);
    keyd(f, "BJDREFF", 0.0, "fraction of the day in BJD reference date", &st);
    key(f, "TIMEUNIT", std::string("d"), "time unit for TIME, TSTART and TSTOP", &st);
    keyd(f, "TSTART", lc.time.front() - lc.cadenceDays / 2, "observation start time in BJD-BJDREF", &st);
    keyd(f, "TSTOP", lc.time.back() + lc.cadenceDays / 2, "observation stop time in BJD-BJDREF", &st);
    keyd(f, "TELAPSE", lc.time.back() - lc.time.front() + lc.cadenceDays, "[d] TSTOP - TSTART", &st);
    keyd(f, "TIMEDEL", lc.cadenceDays, "[d] time resolution of data", &st);
    keyd(f, "TIMEPIXR", 0.5, "bin time beginning=0 middle=0.5 end=1", &st);
    keyd(f, "CROWDSAP", lc.crowdsap, "Ratio of target flux to total flux in op. ap.", &st);
    keyd(f, "FLFRCSAP", lc.flfrcsap, "Frac. of target flux w/in the op. aperture", &st);
    std::vector<float> timecorr(n, 0.0f), bkgErr(n), zero(n, 0.0f);
    for (std::size_t i = 0; i < n; ++i)
        bkgErr[i] = float(std::max(1.0, lc.bkg[i] * 0.01));
    auto asFloat = [](const std::vector<double>& v) { return std::vector<float>(v.begin(), v.end()); };
    writeCol(f, TDOUBLE, 1, lc.time, &st);
    writeCol(f, TFLOAT, 2, timecorr, &st);
    writeCol(f, TINT, 3, lc.cadenceNo, &st);
    writeCol(f, TFLOAT, 4, asFloat(lc.sap), &st);
    writeCol(f, TFLOAT, 5, asFloat(lc.sapErr), &st);
    writeCol(f, TFLOAT, 6, asFloat(lc.bkg), &st);
    writeCol(f, TFLOAT, 7, bkgErr, &st);
    writeCol(f, TFLOAT, 8, asFloat(lc.pdcsap), &st);
    writeCol(f, TFLOAT, 9, asFloat(lc.pdcsapErr), &st);
    writeCol(f, TINT, 10, lc.quality, &st);
    writeCol(f, TDOUBLE, 11, lc.centCol, &st);
    writeCol(f, TDOUBLE, 12, lc.centRow, &st);
    writeCol(f, TFLOAT, 13, zero, &st);
    writeCol(f, TFLOAT, 14, zero, &st);

    // APERTURE image: a 3x3 optimal aperture (bit 2) in a 7x7 stamp of collected pixels (bit 1).
    long naxes[2] = {7, 7};
    fits_create_img(f, LONG_IMG, 2, naxes, &st);
    key(f, "EXTNAME", std::string("APERTURE"), "name of extension", &st);
    key(f, "NPIXSAP", 9, "Number of pixels in optimal aperture", &st);
    std::vector<std::int32_t> ap(49, 1);
    for (int r = 2; r <= 4; ++r)
        for (int c = 2; c <= 4; ++c)
            ap[std::size_t(r * 7 + c)] = 3;
    fits_write_img(f, TINT, 1, 49, ap.data(), &st);

    int closeStatus = 0;
    fits_close_file(f, &closeStatus);
    if (st == 0)
        st = closeStatus;
    if (st != 0) {
        std::remove(path.c_str());
        return Status::error(ErrorCode::WriteFailed, path + ": " + fitsError(st));
    }
    return Status::success();
}

}  // namespace exo::demo
