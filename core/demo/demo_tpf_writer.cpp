#include "demo/demo_tpf_writer.h"

#include <fitsio.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "demo/kepler_calendar.h"

namespace exo::demo {

namespace {

/// Thin keyword helper: appends (or, after seek(), inserts) keywords and keeps
/// the first CFITSIO error.
class Keys {
public:
    explicit Keys(fitsfile* f) : m_f(f) {}
    int& status() { return m_status; }

    /// Subsequent keywords are inserted right after `key` (which must exist).
    void seek(const std::string& key)
    {
        char card[FLEN_CARD];
        fits_read_card(m_f, key.c_str(), card, &m_status);
        m_insert = true;
    }
    void append() { m_insert = false; }

    void str(const std::string& k, const std::string& v, const char* c)
    {
        if (m_insert)
            fits_insert_key_str(m_f, k.c_str(), v.c_str(), c, &m_status);
        else
            fits_write_key_str(m_f, k.c_str(), v.c_str(), c, &m_status);
    }
    void lng(const std::string& k, long long v, const char* c)
    {
        if (m_insert)
            fits_insert_key_lng(m_f, k.c_str(), LONGLONG(v), c, &m_status);
        else
            fits_write_key_lng(m_f, k.c_str(), LONGLONG(v), c, &m_status);
    }
    /// Fixed-point with `decimals` digits (the style of the real headers).
    void fix(const std::string& k, double v, int decimals, const char* c)
    {
        if (m_insert)
            fits_insert_key_fixdbl(m_f, k.c_str(), v, decimals, c, &m_status);
        else
            fits_write_key_fixdbl(m_f, k.c_str(), v, decimals, c, &m_status);
    }
    /// Full-precision double ('G' format).
    void dbl(const std::string& k, double v, const char* c)
    {
        if (m_insert)
            fits_insert_key_dbl(m_f, k.c_str(), v, -15, c, &m_status);
        else
            fits_write_key_dbl(m_f, k.c_str(), v, -15, c, &m_status);
    }
    void log(const std::string& k, bool v, const char* c)
    {
        if (m_insert)
            fits_insert_key_log(m_f, k.c_str(), v ? 1 : 0, c, &m_status);
        else
            fits_write_key_log(m_f, k.c_str(), v ? 1 : 0, c, &m_status);
    }
    void null(const std::string& k, const char* c)
    {
        if (m_insert)
            fits_insert_key_null(m_f, k.c_str(), c, &m_status);
        else
            fits_write_key_null(m_f, k.c_str(), c, &m_status);
    }
    void history(const std::string& text) { fits_write_history(m_f, text.c_str(), &m_status); }
    void comment(const std::string& text) { fits_write_comment(m_f, text.c_str(), &m_status); }

private:
    fitsfile* m_f;
    int m_status = 0;
    bool m_insert = false;
};

std::string fmt(const char* f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

void writePrimary(Keys& k, const QuarterData& q, const DemoParams& p, const std::vector<DemoPlanet>& planets)
{
    const std::string object = "KIC " + std::to_string(p.keplerId);
    const double kp = p.kepmag;
    k.lng("NEXTEND", 2, "number of standard extensions");
    k.str("EXTNAME", "PRIMARY", "name of extension");
    k.lng("EXTVER", 1, "extension version number (not format version)");
    k.str("ORIGIN", "ExoWorld Explorer", "synthetic demo file, not from NASA/Ames");
    k.str("DATE", "2024-01-01", "file creation date (fixed: reproducible output)");
    k.str("CREATOR", "exoworld-demo TargetPixelExporterPipelineModule", "pipeline job and program");
    k.str("PROCVER", "exoworld demo_star 1", "SW version");
    k.str("FILEVER", "6.1", "file format version");
    k.str("TIMVERSN", "OGIP/93-003", "OGIP memo number for file format");
    k.str("TELESCOP", "Kepler", "telescope");
    k.str("INSTRUME", "Kepler Photometer", "detector type");
    k.str("OBJECT", object, "synthetic demo star, not in the real KIC");
    k.lng("KEPLERID", p.keplerId, "unique Kepler target identifier");
    k.lng("CHANNEL", q.channel, "CCD channel");
    k.lng("SKYGROUP", 31, "roll-independent location of channel");
    k.lng("MODULE", q.module, "CCD module");
    k.lng("OUTPUT", q.output, "CCD output");
    k.lng("QUARTER", q.quarter, "Observing quarter");
    k.lng("SEASON", q.season, "mission season during which data was collected");
    k.lng("DATA_REL", 25, "version of data release notes for this file");
    k.str("OBSMODE", "long cadence", "observing mode");
    k.str("RADESYS", "ICRS", "reference frame of celestial coordinates");
    k.fix("RA_OBJ", DemoSky::kRa, 6, "[deg] right ascension");
    k.fix("DEC_OBJ", DemoSky::kDec, 6, "[deg] declination");
    k.fix("EQUINOX", 2000.0, 1, "equinox of celestial coordinate system");
    k.fix("PMRA", 0.0012, 4, "[arcsec/yr] RA proper motion");
    k.fix("PMDEC", -0.0034, 4, "[arcsec/yr] Dec proper motion");
    k.fix("PMTOTAL", 0.0036, 4, "[arcsec/yr] total proper motion");
    k.null("PARALLAX", "[arcsec] parallax");
    k.fix("GLON", 76.789920, 6, "[deg] galactic longitude");
    k.fix("GLAT", 13.420004, 6, "[deg] galactic latitude");
    k.fix("GMAG", kp + 0.372, 3, "[mag] SDSS g band magnitude");
    k.fix("RMAG", kp - 0.061, 3, "[mag] SDSS r band magnitude");
    k.fix("IMAG", kp - 0.183, 3, "[mag] SDSS i band magnitude");
    k.fix("ZMAG", kp - 0.224, 3, "[mag] SDSS z band magnitude");
    k.fix("D51MAG", kp + 0.289, 3, "[mag] D51 magnitude,");
    k.fix("JMAG", kp - 1.118, 3, "[mag] J band magnitude from 2MASS");
    k.fix("HMAG", kp - 1.457, 3, "[mag] H band magnitude from 2MASS");
    k.fix("KMAG", kp - 1.521, 3, "[mag] K band magnitude from 2MASS");
    k.fix("KEPMAG", kp, 3, "[mag] Kepler magnitude (Kp)");
    k.fix("GRCOLOR", 0.433, 3, "[mag] (g-r) color, SDSS bands");
    k.fix("JKCOLOR", 0.403, 3, "[mag] (J-K) color, 2MASS bands");
    k.fix("GKCOLOR", 1.893, 3, "[mag] (g-K) color, SDSS g - 2MASS K");
    k.lng("TEFF", 5650, "[K] Effective temperature");
    k.fix("LOGG", 4.452, 3, "[cm/s2] log10 surface gravity");
    k.fix("FEH", 0.050, 3, "[log10([Fe/H])]  metallicity");
    k.fix("EBMINUSV", 0.061, 3, "[mag] E(B-V) redenning");
    k.fix("AV", 0.189, 3, "[mag] A_v extinction");
    k.fix("RADIUS", 0.951, 3, "[solar radii] stellar radius");
    k.null("TMINDEX", "unique 2MASS catalog ID");
    k.null("SCPID", "unique SCP processing ID");
    // Demo bookkeeping: flag, seed and the injected ephemerides.
    k.log("DEMOSTAR", true, "synthetic ExoWorld demo star, not real data");
    k.lng("DEMOSEED", p.seed, "random seed of the demo generator");
    k.lng("DEMONPL", (long long)planets.size(), "number of injected planets");
    for (std::size_t i = 0; i < planets.size() && i < 9; ++i) {
        const std::string n = std::to_string(i + 1);
        const DemoPlanet& pl = planets[i];
        k.str("DEMONAM" + n, pl.name, "injected planet name");
        k.fix("DEMOPER" + n, pl.periodDays, 7, "[d] injected period");
        k.fix("DEMOT0_" + n, pl.t0Bkjd, 6, "[BJD-2454833] injected mid-transit time");
        k.fix("DEMODUR" + n, pl.durationHours, 4, "[h] injected duration T14");
        k.fix("DEMODEP" + n, pl.depthPpm, 1, "[ppm] injected undiluted central depth");
    }
    k.comment("SYNTHETIC DATA generated by ExoWorld Explorer (core/demo).");
    k.comment("Layout of a Kepler long-cadence target pixel file;");
    k.comment("the star, its neighbours and the planets are fake.");
    for (const DemoPlanet& pl : planets)
        k.history(pl.name + ": P=" + fmt("%.7f", pl.periodDays) + " d T0=" + fmt("%.6f", pl.t0Bkjd)
                  + " BKJD T14=" + fmt("%.3f", pl.durationHours) + " h D=" + fmt("%.0f", pl.depthPpm) + " ppm");
}

/// Target keywords repeated in each extension (as in real files).
void writeTargetKeys(Keys& k, const DemoParams& p)
{
    k.str("TELESCOP", "Kepler", "telescope");
    k.str("INSTRUME", "Kepler Photometer", "detector type");
    k.str("OBJECT", "KIC " + std::to_string(p.keplerId), "synthetic demo star, not in the real KIC");
    k.lng("KEPLERID", p.keplerId, "unique Kepler target identifier");
    k.str("RADESYS", "ICRS", "reference frame of celestial coordinates");
    k.fix("RA_OBJ", DemoSky::kRa, 6, "[deg] right ascension");
    k.fix("DEC_OBJ", DemoSky::kDec, 6, "[deg] declination");
    k.fix("EQUINOX", 2000.0, 1, "equinox of celestial coordinate system");
}

struct ColumnDef {
    const char* name;
    const char* form;  // without repeat count for image columns
    const char* unit;
    const char* disp;
    bool image;
};

constexpr ColumnDef kColumns[12] = {
    {"TIME", "D", "BJD - 2454833", "D12.7", false}, {"TIMECORR", "E", "d", "E13.6", false},
    {"CADENCENO", "J", "", "I10", false},           {"RAW_CNTS", "J", "count", "I8", true},
    {"FLUX", "E", "e-/s", "E13.6", true},           {"FLUX_ERR", "E", "e-/s", "E13.6", true},
    {"FLUX_BKG", "E", "e-/s", "E13.6", true},       {"FLUX_BKG_ERR", "E", "e-/s", "E13.6", true},
    {"COSMIC_RAYS", "E", "e-/s", "E13.6", true},    {"QUALITY", "J", "", "B16.16", false},
    {"POS_CORR1", "E", "pixel", "E13.6", false},    {"POS_CORR2", "E", "pixel", "E13.6", false},
};

void writeColumnKeys(Keys& k, const QuarterData& q, int col, const ColumnDef& def)
{
    const std::string n = std::to_string(col);
    k.seek(std::string(*def.unit ? "TUNIT" : "TFORM") + n);
    k.str("TDISP" + n, def.disp, "column display format");
    if (!def.image)
        return;
    std::string dims = "(";  // appended: "(" + std::string&& trips GCC 12's false -Wrestrict
    dims += std::to_string(q.cols) + "," + std::to_string(q.rows) + ")";
    k.str("TDIM" + n, dims, "column dimensions: pixel aperture array");
    if (std::string(def.name) == "RAW_CNTS")
        k.lng("TNULL" + n, -1, "column null value indicator");
    k.str("WCSN" + n + "P", "PHYSICAL", "table column WCS name");
    k.lng("WCAX" + n + "P", 2, "table column physical WCS dimensions");
    k.str("1CTY" + n + "P", "RAWX", "table column physical WCS axis 1 type, CCD col");
    k.str("2CTY" + n + "P", "RAWY", "table column physical WCS axis 2 type, CCD row");
    k.str("1CUN" + n + "P", "PIXEL", "table column physical WCS axis 1 unit");
    k.str("2CUN" + n + "P", "PIXEL", "table column physical WCS axis 2 unit");
    k.lng("1CRV" + n + "P", q.ccdColumn, "table column physical WCS ax 1 ref value");
    k.lng("2CRV" + n + "P", q.ccdRow, "table column physical WCS ax 2 ref value");
    k.fix("1CDL" + n + "P", 1.0, 1, "table column physical WCS a1 step");
    k.fix("2CDL" + n + "P", 1.0, 1, "table column physical WCS a2 step");
    k.lng("1CRP" + n + "P", 1, "table column physical WCS a1 reference");
    k.lng("2CRP" + n + "P", 1, "table column physical WCS a2 reference");
    k.lng("WCAX" + n, 2, "number of WCS axes");
    k.str("1CTYP" + n, "RA---TAN", "right ascension coordinate type");
    k.str("2CTYP" + n, "DEC--TAN", "declination coordinate type");
    k.dbl("1CRPX" + n, q.targetX + 1.0, "[pixel] reference pixel along image axis 1");
    k.dbl("2CRPX" + n, q.targetY + 1.0, "[pixel] reference pixel along image axis 2");
    k.dbl("1CRVL" + n, DemoSky::kRa, "[deg] right ascension at reference pixel");
    k.dbl("2CRVL" + n, DemoSky::kDec, "[deg] declination at reference pixel");
    k.str("1CUNI" + n, "deg", "physical unit in column dimension");
    k.str("2CUNI" + n, "deg", "physical unit in row dimension");
    k.dbl("1CDLT" + n, -DemoSky::kPixelScaleDeg, "[deg] pixel scale in RA dimension");
    k.dbl("2CDLT" + n, DemoSky::kPixelScaleDeg, "[deg] pixel scale in DEC dimension");
    k.dbl("11PC" + n, q.pc11, "linear transformation matrix element cos(th)");
    k.dbl("12PC" + n, q.pc12, "linear transformation matrix element -sin(th)");
    k.dbl("21PC" + n, q.pc21, "linear transformation matrix element sin(th)");
    k.dbl("22PC" + n, q.pc22, "linear transformation matrix element cos(th)");
}

void writeTableKeys(Keys& k, const QuarterData& q, const DemoParams& p)
{
    using LC = KeplerLongCadence;
    k.append();
    k.log("INHERIT", true, "inherit the primary header");
    k.str("EXTNAME", "TARGETTABLES", "name of extension");
    k.lng("EXTVER", 1, "extension version number (not format version)");
    writeTargetKeys(k, p);
    const double telapse = q.tstop - q.tstart;
    const double livetime = telapse * LC::kDeadC;
    k.fix("EXPOSURE", double(q.validCadences) * LC::kTimedel * LC::kDeadC, 8, "[d] time on source");
    k.str("TIMEREF", "SOLARSYSTEM", "barycentric correction applied to times");
    k.str("TASSIGN", "SPACECRAFT", "where time is assigned");
    k.str("TIMESYS", "TDB", "time system is barycentric JD");
    k.lng("BJDREFI", 2454833, "integer part of BJD reference date");
    k.fix("BJDREFF", 0.0, 8, "fraction of the day in BJD reference date");
    k.str("TIMEUNIT", "d", "time unit for TIME, TSTART and TSTOP");
    k.fix("TELAPSE", telapse, 8, "[d] TSTOP - TSTART");
    k.fix("LIVETIME", livetime, 8, "[d] TELAPSE multiplied by DEADC");
    k.fix("TSTART", q.tstart, 8, "observation start time in BJD-BJDREF");
    k.fix("TSTOP", q.tstop, 8, "observation stop time in BJD-BJDREF");
    k.fix("LC_START", q.lcStartMjd, 8, "mid point of first cadence in MJD");
    k.fix("LC_END", q.lcEndMjd, 8, "mid point of last cadence in MJD");
    k.fix("DEADC", LC::kDeadC, 8, "deadtime correction");
    k.dbl("TIMEPIXR", 0.5, "bin time beginning=0 middle=0.5 end=1");
    k.dbl("TIERRELA", 5.78e-07, "[d] relative time error");
    k.null("TIERABSO", "[d] absolute time error");
    k.fix("INT_TIME", LC::kIntTime, 12, "[s] photon accumulation time per frame");
    k.fix("READTIME", LC::kReadTime, 12, "[s] readout time per frame");
    k.fix("FRAMETIM", LC::kIntTime + LC::kReadTime, 12, "[s] frame time (INT_TIME + READTIME)");
    k.lng("NUM_FRM", LC::kNumFrames, "number of frames per time stamp");
    k.fix("TIMEDEL", LC::kTimedel, 14, "[d] time resolution of data");
    // Spacecraft-time edges of the first/last cadence, as the real DATE-OBS/DATE-END.
    const double half = 0.5 * LC::kTimedel;
    k.str("DATE-OBS", bkjdToIsoUtc(q.lcStartMjd - 54832.5 - half), "TSTART as UTC calendar date");
    k.str("DATE-END", bkjdToIsoUtc(q.lcEndMjd - 54832.5 + half), "TSTOP as UTC calendar date");
    k.log("BACKAPP", true, "background is subtracted");
    k.log("DEADAPP", true, "deadtime applied");
    k.log("VIGNAPP", true, "vignetting or collimator correction applied");
    k.fix("GAIN", LC::kGain, 2, "[electrons/count] channel gain");
    k.fix("READNOIS", LC::kReadNoise, 6, "[electrons] read noise");
    k.lng("NREADOUT", LC::kNumFrames, "number of read per cadence");
    k.lng("TIMSLICE", 3, "time-slice readout sequence section");
    k.lng("MEANBLCK", LC::kMeanBlack, "[count] FSW mean black level");
    k.lng("LCFXDOFF", LC::kLcFixedOffset, "long cadence fixed offset");
    k.lng("SCFXDOFF", LC::kScFixedOffset, "short cadence fixed offset");
    k.dbl("CDPP3_0", q.cdpp3, "RMS CDPP on 3.0-hr time scales");
    k.dbl("CDPP6_0", q.cdpp6, "RMS CDPP on 6.0-hr time scales");
    k.dbl("CDPP12_0", q.cdpp12, "RMS CDPP on 12.0-hr time scales");
    k.fix("CROWDSAP", q.crowdsap, 4, "Ratio of target flux to total flux in op. ap.");
    k.fix("FLFRCSAP", q.flfrcsap, 4, "Frac. of target flux w/in the op. aperture");
}

void writeApertureKeys(Keys& k, const QuarterData& q, const DemoParams& p)
{
    k.log("INHERIT", true, "inherit the primary header");
    k.str("EXTNAME", "APERTURE", "name of extension");
    k.lng("EXTVER", 1, "extension version number (not format version)");
    writeTargetKeys(k, p);
    k.lng("WCSAXES", 2, "number of WCS axes");
    k.str("CTYPE1", "RA---TAN", "right ascension coordinate type");
    k.str("CTYPE2", "DEC--TAN", "declination coordinate type");
    k.dbl("CRPIX1", q.targetX + 1.0, "[pixel] reference pixel along image axis 1");
    k.dbl("CRPIX2", q.targetY + 1.0, "[pixel] reference pixel along image axis 2");
    k.dbl("CRVAL1", DemoSky::kRa, "[deg] right ascension at reference pixel");
    k.dbl("CRVAL2", DemoSky::kDec, "[deg] declination at reference pixel");
    k.str("CUNIT1", "deg", "physical unit in column dimension");
    k.str("CUNIT2", "deg", "physical unit in row dimension");
    k.dbl("CDELT1", -DemoSky::kPixelScaleDeg, "[deg] pixel scale in RA dimension");
    k.dbl("CDELT2", DemoSky::kPixelScaleDeg, "[deg] pixel scale in Dec dimension");
    k.dbl("PC1_1", q.pc11, "linear transformation element cos(th)");
    k.dbl("PC1_2", q.pc12, "linear transformation element -sin(th)");
    k.dbl("PC2_1", q.pc21, "linear transformation element sin(th)");
    k.dbl("PC2_2", q.pc22, "linear transformation element cos(th)");
    k.str("WCSNAMEP", "PHYSICAL", "name of world coordinate system alternate P");
    k.lng("WCSAXESP", 2, "number of WCS physical axes");
    k.str("CTYPE1P", "RAWX", "physical WCS axis 1 type CCD col");
    k.str("CUNIT1P", "PIXEL", "physical WCS axis 1 unit");
    k.lng("CRPIX1P", 1, "reference CCD column");
    k.lng("CRVAL1P", q.ccdColumn, "value at reference CCD column");
    k.fix("CDELT1P", 1.0, 1, "physical WCS axis 1 step");
    k.str("CTYPE2P", "RAWY", "physical WCS axis 2 type CCD row");
    k.str("CUNIT2P", "PIXEL", "physical WCS axis 2 units");
    k.lng("CRPIX2P", 1, "reference CCD row");
    k.lng("CRVAL2P", q.ccdRow, "value at reference CCD row");
    k.fix("CDELT2P", 1.0, 1, "physical WCS axis 2 step");
    k.lng("NPIXSAP", q.npixsap, "Number of pixels in optimal aperture");
    k.lng("NPIXMISS", 0, "Number of op. aperture pixels not collected");
}

/// Write the table data in row chunks so CFITSIO's buffers stay warm.
int writeTableData(fitsfile* f, const QuarterData& q)
{
    int st = 0;
    const long long n = (long long)q.cadences;
    const long long npix = (long long)q.rows * q.cols;
    constexpr long long kChunk = 24;
    auto img = [&](int col, int type, const void* base, std::size_t elemSize, long long r0, long long nr) {
        const char* p = static_cast<const char*>(base) + std::size_t(r0 * npix) * elemSize;
        fits_write_col(f, type, col, r0 + 1, 1, nr * npix, const_cast<char*>(p), &st);
    };
    for (long long r0 = 0; r0 < n && st == 0; r0 += kChunk) {
        const long long nr = std::min(kChunk, n - r0);
        const std::size_t o = std::size_t(r0);
        fits_write_col(f, TDOUBLE, 1, r0 + 1, 1, nr, const_cast<double*>(q.time.data() + o), &st);
        fits_write_col(f, TFLOAT, 2, r0 + 1, 1, nr, const_cast<float*>(q.timecorr.data() + o), &st);
        fits_write_col(f, TINT, 3, r0 + 1, 1, nr, const_cast<std::int32_t*>(q.cadenceNo.data() + o), &st);
        img(4, TINT, q.rawCounts.data(), sizeof(std::int32_t), r0, nr);
        img(5, TFLOAT, q.flux.data(), sizeof(float), r0, nr);
        img(6, TFLOAT, q.fluxErr.data(), sizeof(float), r0, nr);
        img(7, TFLOAT, q.fluxBkg.data(), sizeof(float), r0, nr);
        img(8, TFLOAT, q.fluxBkgErr.data(), sizeof(float), r0, nr);
        img(9, TFLOAT, q.cosmicRays.data(), sizeof(float), r0, nr);
        fits_write_col(f, TINT, 10, r0 + 1, 1, nr, const_cast<std::int32_t*>(q.quality.data() + o), &st);
        fits_write_col(f, TFLOAT, 11, r0 + 1, 1, nr, const_cast<float*>(q.posCorr1.data() + o), &st);
        fits_write_col(f, TFLOAT, 12, r0 + 1, 1, nr, const_cast<float*>(q.posCorr2.data() + o), &st);
    }
    return st;
}

std::string cfitsioText(int status)
{
    char text[FLEN_STATUS] = {0};
    fits_get_errstatus(status, text);
    std::string msg = text;
    char line[FLEN_ERRMSG];
    while (fits_read_errmsg(line))
        msg += std::string("; ") + line;
    return msg;
}

}  // namespace

std::string demoTpfFileName(long long keplerId, int quarter, bool gzip)
{
    const KeplerQuarterInfo* info = keplerQuarter(quarter);
    char buf[96];
    std::snprintf(buf, sizeof buf, "kplr%09lld-%s_lpd-targ.fits%s", keplerId, info ? info->timestamp : "0000000000000",
                  gzip ? ".gz" : "");
    return buf;
}

Status writeDemoTpf(const std::string& path, const QuarterData& q, const DemoParams& params,
                    const std::vector<DemoPlanet>& planets)
{
    fitsfile* f = nullptr;
    int st = 0;
    const std::string target = "!" + path;  // '!' = overwrite
    if (fits_create_file(&f, target.c_str(), &st))
        return Status::error(ErrorCode::WriteFailed, path + ": " + cfitsioText(st));

    Keys k(f);
    fits_create_img(f, BYTE_IMG, 0, nullptr, &k.status());
    writePrimary(k, q, params, planets);

    // Extension 1: TARGETTABLES.
    const std::string repeat = std::to_string(q.rows * q.cols);
    std::string forms[12];
    char* ttype[12];
    char* tform[12];
    char* tunit[12];
    for (int i = 0; i < 12; ++i) {
        forms[i] = (kColumns[i].image ? repeat : std::string()) + kColumns[i].form;
        ttype[i] = const_cast<char*>(kColumns[i].name);
        tform[i] = const_cast<char*>(forms[i].c_str());
        tunit[i] = const_cast<char*>(kColumns[i].unit);
    }
    fits_create_tbl(f, BINARY_TBL, LONGLONG(q.cadences), 12, ttype, tform, tunit, nullptr, &k.status());
    for (int i = 0; i < 12; ++i)
        writeColumnKeys(k, q, i + 1, kColumns[i]);
    writeTableKeys(k, q, params);
    if (k.status() == 0)
        k.status() = writeTableData(f, q);

    // Extension 2: APERTURE.
    long naxes[2] = {q.cols, q.rows};
    fits_create_img(f, LONG_IMG, 2, naxes, &k.status());
    Keys ka(f);
    ka.status() = k.status();
    writeApertureKeys(ka, q, params);
    fits_write_img(f, TINT, 1, LONGLONG(q.aperture.size()), const_cast<std::int32_t*>(q.aperture.data()), &ka.status());

    st = ka.status();
    int closeStatus = 0;
    fits_close_file(f, &closeStatus);
    if (st == 0)
        st = closeStatus;
    if (st != 0) {
        std::remove(path.c_str());
        return Status::error(ErrorCode::WriteFailed, path + ": " + cfitsioText(st));
    }
    return Status::success();
}

}  // namespace exo::demo
