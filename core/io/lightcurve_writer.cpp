#include "io/lightcurve_writer.h"

#include <fitsio.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

#include "io/fits_handle.h"

namespace exo::io {

namespace {

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

Status checkSeries(const std::string& path, const Series& s)
{
    const std::size_t n = s.size();
    if (n == 0)
        return Status::error(ErrorCode::InvalidParameter, baseName(path) + ": empty series");
    if (s.flux.size() != n || (!s.fluxErr.empty() && s.fluxErr.size() != n)
        || (!s.quality.empty() && s.quality.size() != n) || (!s.cadenceNo.empty() && s.cadenceNo.size() != n))
        return Status::error(ErrorCode::InvalidParameter, baseName(path) + ": series columns differ in length");
    return Status::success();
}

bool isTess(const Metadata& m) { return m.mission == Mission::TESS || m.timeSystem == TimeSystem::BTJD; }

long bjdRefI(const Metadata& m) { return m.bjdRefI > 0 ? m.bjdRefI : (isTess(m) ? 2457000L : 2454833L); }

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

Status writeLightCurveCsv(const std::string& path, const Series& s, const Metadata& meta)
{
    if (Status c = checkSeries(path, s); !c.ok())
        return c;
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "w"));
    if (!f)
        return Status::error(ErrorCode::WriteFailed, baseName(path) + ": cannot create file");
    const long ref = bjdRefI(meta);
    const char* ts = isTess(meta) ? "BTJD" : "BKJD";
    std::fprintf(f.get(), "# ExoWorld Explorer light curve\n");
    std::fprintf(f.get(), "# target: %s\n", meta.targetLabel().c_str());
    std::fprintf(f.get(), "# mission: %s\n", missionName(meta.mission));
    if (meta.season() >= 0)
        std::fprintf(f.get(), "# season: %s %d\n",
                     meta.quarter >= 0 ? "quarter" : (meta.campaign >= 0 ? "campaign" : "sector"), meta.season());
    std::fprintf(f.get(), "# time: %s = BJD_TDB - %.6f (days)\n", ts, double(ref) + meta.bjdRefF);
    std::fprintf(f.get(), "time,flux,flux_err,quality,cadenceno\n");
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::fprintf(f.get(), "%.9f,%.10g,", s.time[i], s.flux[i]);
        if (!s.fluxErr.empty())
            std::fprintf(f.get(), "%.10g", s.fluxErr[i]);
        std::fputc(',', f.get());
        if (!s.quality.empty())
            std::fprintf(f.get(), "%u", s.quality[i]);
        std::fputc(',', f.get());
        if (!s.cadenceNo.empty())
            std::fprintf(f.get(), "%d", s.cadenceNo[i]);
        std::fputc('\n', f.get());
    }
    if (std::ferror(f.get()))
        return Status::error(ErrorCode::WriteFailed, baseName(path) + ": write error");
    if (std::fclose(f.release()) != 0)
        return Status::error(ErrorCode::WriteFailed, baseName(path) + ": cannot close file");
    return Status::success();
}

Status writeLightCurveFits(const std::string& path, const Series& s, const Metadata& meta)
{
    if (Status c = checkSeries(path, s); !c.ok())
        return c;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Status::error(ErrorCode::WriteFailed, baseName(path) + ": is a directory");
    std::filesystem::remove(path, ec);  // replace an existing file

    const std::size_t n = s.size();
    const bool tess = isTess(meta);
    const long ref = bjdRefI(meta);
    int status = 0;
    fitsfile* f = nullptr;
    fits_create_diskfile(&f, path.c_str(), &status);
    if (status)
        return Status::error(ErrorCode::WriteFailed,
                             baseName(path) + ": cannot create file (" + detail::cfitsioMessage(status) + ")");

    auto keyStr = [&](const char* k, const std::string& v, const char* c) {
        fits_update_key(f, TSTRING, k, const_cast<char*>(v.c_str()), c, &status);
    };
    auto keyLong = [&](const char* k, long long v, const char* c) { fits_update_key(f, TLONGLONG, k, &v, c, &status); };
    auto keyDbl = [&](const char* k, double v, const char* c) {
        if (std::isfinite(v))
            fits_update_key(f, TDOUBLE, k, &v, c, &status);
    };
    auto common = [&]() {
        keyStr("TELESCOP", tess ? "TESS" : "Kepler", "telescope");
        keyStr("OBJECT", meta.objectName.empty() ? meta.targetLabel() : meta.objectName, "target");
        if (meta.targetId >= 0 && meta.product != ProductType::Tglc)
            keyLong(tess ? "TICID" : "KEPLERID", meta.targetId, "target identifier");
        keyDbl("RA_OBJ", meta.ra, "[deg] right ascension");
        keyDbl("DEC_OBJ", meta.dec, "[deg] declination");
    };

    // Primary HDU (no data).
    fits_create_img(f, 8, 0, nullptr, &status);
    common();
    if (meta.mission == Mission::K2)
        keyStr("MISSION", "K2", "mission");
    if (meta.quarter >= 0)
        keyLong("QUARTER", meta.quarter, "observing quarter");
    if (meta.campaign >= 0)
        keyLong("CAMPAIGN", meta.campaign, "observing campaign");
    if (meta.sector >= 0)
        keyLong("SECTOR", meta.sector, "observing sector");
    keyStr("ORIGIN", "ExoWorld Explorer", "institution responsible for file");
    keyStr("CREATOR", "exo::io::writeLightCurveFits", "software that wrote the file");

    const std::string timeUnit = tess ? "BJD - 2457000, days" : "BJD - 2454833";
    const std::string tunit = ref == (tess ? 2457000L : 2454833L) ? timeUnit : "BJD - " + std::to_string(ref);
    char* ttype[] = {const_cast<char*>("TIME"), const_cast<char*>("FLUX"), const_cast<char*>("FLUX_ERR"),
                     const_cast<char*>("QUALITY"), const_cast<char*>("CADENCENO")};
    char* tform[] = {const_cast<char*>("D"), const_cast<char*>("D"), const_cast<char*>("D"), const_cast<char*>("J"),
                     const_cast<char*>("J")};
    char* tunits[] = {const_cast<char*>(tunit.c_str()), const_cast<char*>(""), const_cast<char*>(""),
                      const_cast<char*>(""), const_cast<char*>("")};
    fits_create_tbl(f, BINARY_TBL, LONGLONG(n), 5, ttype, tform, tunits, "LIGHTCURVE", &status);
    common();
    keyStr("TIMEREF", "SOLARSYSTEM", "barycentric correction applied to times");
    keyStr("TIMESYS", "TDB", "time system is Barycentric Dynamical Time (TDB)");
    keyLong("BJDREFI", ref, "integer part of BJD reference date");
    double bjdF = meta.bjdRefF;
    fits_update_key(f, TDOUBLE, "BJDREFF", &bjdF, "fraction of the day in BJD reference date", &status);
    keyStr("TIMEUNIT", "d", "time unit for TIME, TSTART and TSTOP");
    keyDbl("TIMEPIXR", meta.timePixR, "bin time beginning=0 middle=0.5 end=1");
    if (meta.cadenceDays > 0)
        keyDbl("TIMEDEL", meta.cadenceDays, "[d] time resolution of data");
    double t0 = INFINITY, t1 = -INFINITY;
    for (double t : s.time)
        if (std::isfinite(t)) {
            t0 = std::min(t0, t);
            t1 = std::max(t1, t);
        }
    keyDbl("TSTART", std::isfinite(meta.tstart) && meta.tstart != 0 ? meta.tstart : t0,
           "observation start time in BJD-BJDREF");
    keyDbl("TSTOP", std::isfinite(meta.tstop) && meta.tstop != 0 ? meta.tstop : t1,
           "observation stop time in BJD-BJDREF");

    std::vector<double> err = s.fluxErr.empty() ? std::vector<double>(n, NAN) : s.fluxErr;
    std::vector<std::int32_t> q(n, 0), cad(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        q[i] = s.quality.empty() ? 0 : std::int32_t(s.quality[i]);
        cad[i] = s.cadenceNo.empty() ? std::int32_t(i) : s.cadenceNo[i];
    }
    fits_write_col(f, TDOUBLE, 1, 1, 1, LONGLONG(n), const_cast<double*>(s.time.data()), &status);
    fits_write_col(f, TDOUBLE, 2, 1, 1, LONGLONG(n), const_cast<double*>(s.flux.data()), &status);
    fits_write_col(f, TDOUBLE, 3, 1, 1, LONGLONG(n), err.data(), &status);
    fits_write_col(f, TINT, 4, 1, 1, LONGLONG(n), q.data(), &status);
    fits_write_col(f, TINT, 5, 1, 1, LONGLONG(n), cad.data(), &status);
    fits_write_chksum(f, &status);
    const int writeStatus = status;
    int closeStatus = 0;
    fits_close_file(f, &closeStatus);
    if (writeStatus || closeStatus) {
        std::filesystem::remove(path, ec);
        return Status::error(ErrorCode::WriteFailed,
                             baseName(path) + ": " + detail::cfitsioMessage(writeStatus ? writeStatus : closeStatus));
    }
    return Status::success();
}

}  // namespace exo::io
