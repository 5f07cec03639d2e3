/// @file lc_readers.cpp
/// Light-curve products: which columns each product keeps (SPOC/Kepler/K2
/// LIGHTCURVE, TESS data alerts, K2SFF, K2SC, K2VARCAT, TGLC, eleanor) and the
/// bulk column reads (one fits_read_col per column).

#include <fitsio.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>

#include "io/fits_handle.h"
#include "io/header_keys.h"
#include "model/light_curve.h"

namespace exo::io::detail {

namespace {

struct ColSpec {
    std::string name;  ///< name exposed in LightCurveFile::columns
    int hdu = 0;
    std::string value;  ///< column holding the values
    std::string error;  ///< error column, empty if none
};

struct LcSpec {
    std::string time, cadence, quality, flags, centCol, centRow, pos1, pos2;
    std::vector<ColSpec> flux;
};

std::string upper(std::string s)
{
    for (auto& c : s)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Keep `value` (and `error`) if present in `h`.
void add(std::vector<ColSpec>& out, const HduInfo& h, const std::string& exposed, const std::string& value,
         const std::string& error = {})
{
    if (!h.hasColumn(value))
        return;
    out.push_back({exposed, h.index, value, h.hasColumn(error) ? error : std::string()});
}

/// The same-named columns of secondary extensions with the same row count
/// (K2SFF apertures, K2SC SAP), exposed as "EXTNAME.column".
void addSecondary(std::vector<ColSpec>& out, const FitsFile& f, const HduInfo& main, const std::string& marker,
                  const std::vector<std::pair<std::string, std::string>>& cols)
{
    for (const auto& h : f.hdus()) {
        if (h.index == main.index || !h.isTable() || !h.hasColumn(marker) || h.rows != main.rows)
            continue;
        const std::string prefix = (h.extname.empty() ? "HDU" + std::to_string(h.index - 1) : h.extname) + ".";
        for (const auto& [v, e] : cols)
            add(out, h, prefix + v, v, e);
    }
}

LcSpec specFor(const FitsFile& f, const Layout& L)
{
    const HduInfo& h = f.hdus()[std::size_t(L.mainHdu - 1)];
    LcSpec s;
    switch (L.product) {
    case ProductType::K2sff:
        s.time = "T";
        s.cadence = "CADENCENO";
        s.flags = "MOVING";
        add(s.flux, h, "FCOR", "FCOR");
        add(s.flux, h, "FRAW", "FRAW");
        addSecondary(s.flux, f, h, "FCOR", {{"FCOR", ""}, {"FRAW", ""}});
        break;
    case ProductType::K2sc:
        s.time = "time";
        s.cadence = "cadence";
        s.quality = "quality";
        s.flags = "mflags";
        s.centCol = "x";
        s.centRow = "y";
        add(s.flux, h, "flux", "flux", "error");
        add(s.flux, h, "trtime", "trtime");
        add(s.flux, h, "trposi", "trposi");
        addSecondary(s.flux, f, h, "trposi", {{"flux", "error"}, {"trtime", ""}, {"trposi", ""}});
        break;
    case ProductType::K2varcat:
        s.time = "TIME";
        s.centCol = "CENT_COL";
        s.centRow = "CENT_ROW";
        add(s.flux, h, "DETFLUX", "DETFLUX", "DETFLUX_ERR");
        add(s.flux, h, "APTFLUX", "APTFLUX", "APTFLUX_ERR");
        break;
    case ProductType::Tglc:
        s.time = "time";
        s.cadence = "cadence_num";
        s.quality = "TESS_flags";
        s.flags = "TGLC_flags";
        for (const char* c : {"cal_aper_flux", "cal_psf_flux", "aperture_flux", "psf_flux", "background"})
            add(s.flux, h, c, c);
        break;
    case ProductType::Eleanor:
        s.time = "TIME";
        s.cadence = "FFIINDEX";
        s.quality = "QUALITY";
        s.centCol = "X_CENTROID";
        s.centRow = "Y_CENTROID";
        add(s.flux, h, "CORR_FLUX", "CORR_FLUX", "FLUX_ERR");
        add(s.flux, h, "RAW_FLUX", "RAW_FLUX", "FLUX_ERR");
        add(s.flux, h, "PCA_FLUX", "PCA_FLUX");
        add(s.flux, h, "PSF_FLUX", "PSF_FLUX");
        add(s.flux, h, "FLUX_BKG", "FLUX_BKG");
        break;
    default:  // SPOC / Kepler / K2 LIGHTCURVE, data alerts, our own writer
        s.time = "TIME";
        s.cadence = "CADENCENO";
        s.quality = h.hasColumn("SAP_QUALITY") ? "SAP_QUALITY" : "QUALITY";
        s.centCol = "MOM_CENTR1";
        s.centRow = "MOM_CENTR2";
        s.pos1 = "POS_CORR1";
        s.pos2 = "POS_CORR2";
        for (const auto& c : h.columns) {
            const std::string u = upper(c);
            if ((u.find("FLUX") != std::string::npos || endsWith(u, "_BKG")) && !endsWith(u, "_ERR"))
                add(s.flux, h, c, c, c + "_ERR");
        }
        break;
    }
    return s;
}

double medianStep(const std::vector<double>& t)
{
    std::vector<double> d;
    for (std::size_t i = 1; i < t.size(); ++i)
        if (std::isfinite(t[i]) && std::isfinite(t[i - 1]) && t[i] > t[i - 1])
            d.push_back(t[i] - t[i - 1]);
    if (d.empty())
        return 0;
    std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(d.size() / 2), d.end());
    return d[d.size() / 2];
}

bool noneFinite(const std::vector<double>& v)
{
    return std::none_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

}  // namespace

std::pair<std::string, std::string> timeQualityColumns(const FitsFile& file, const Layout& layout)
{
    const LcSpec s = specFor(file, layout);
    return {s.time, s.quality};
}

std::vector<std::string> fluxColumnNames(const FitsFile& file, const Layout& layout)
{
    std::vector<std::string> names;
    for (const auto& c : specFor(file, layout).flux)
        names.push_back(c.name);
    return names;
}

Result<LightCurveFile> readLightCurveFrom(FitsFile& file, const Layout& L)
{
    using R = Result<LightCurveFile>;
    const std::string name = std::filesystem::path(file.path()).filename().string();
    const HduInfo& h = file.hdus()[std::size_t(L.mainHdu - 1)];
    const long long rows = h.rows;
    const LcSpec spec = specFor(file, L);
    LightCurveFile lc;
    lc.meta = readMetadata(file, L);

    const int timeCol = h.column(spec.time);
    if (timeCol == 0)
        return R::failure(ErrorCode::MissingColumn, name + ": no " + spec.time + " column");
    if (spec.flux.empty())
        return R::failure(ErrorCode::MissingColumn, name + ": no flux column");

    Status s = file.readColumn(L.mainHdu, timeCol, rows, lc.time);
    auto readOpt = [&](const std::string& col, auto& out) {
        if (s.ok() && !col.empty())
            if (int c = h.column(col))
                s = file.readColumn(L.mainHdu, c, rows, out);
    };
    readOpt(spec.cadence, lc.cadenceNo);
    std::vector<std::int32_t> q, flags;
    readOpt(spec.quality, q);
    readOpt(spec.flags, flags);
    readOpt(spec.centCol, lc.centroidCol);
    readOpt(spec.centRow, lc.centroidRow);
    readOpt(spec.pos1, lc.posCorr1);
    readOpt(spec.pos2, lc.posCorr2);
    for (const auto& cs : spec.flux) {
        if (!s.ok())
            break;
        const HduInfo& hh = file.hdus()[std::size_t(cs.hdu - 1)];
        FluxColumn fc;
        fc.name = cs.name;
        s = file.readColumn(cs.hdu, hh.column(cs.value), rows, fc.flux);
        if (s.ok() && !cs.error.empty())
            s = file.readColumn(cs.hdu, hh.column(cs.error), rows, fc.error);
        lc.columns.push_back(std::move(fc));
    }
    if (!s.ok())
        return R::failure(s.code, s.detail);

    lc.quality.assign(q.begin(), q.end());
    if (lc.quality.empty())
        lc.quality.assign(std::size_t(rows), 0u);
    lc.productFlags.assign(flags.begin(), flags.end());
    if (!lc.productFlags.empty())
        lc.productFlagsName = spec.flags;
    if (L.apertureHdu > 0) {
        Status a = file.readImage(L.apertureHdu, lc.aperture, lc.apertureRows, lc.apertureCols);
        if (!a.ok())
            return R::failure(a.code, a.detail);
    }
    if (lc.meta.cadenceDays <= 0)
        lc.meta.cadenceDays = medianStep(lc.time);

    if (noneFinite(lc.time))
        return R::failure(ErrorCode::AllNaN, name + ": every " + spec.time + " value is NaN");
    const FluxColumn* def = lc.defaultColumn();
    if (!def || noneFinite(def->flux))
        return R::failure(ErrorCode::AllNaN,
                          name + ": every " + (def ? def->name : std::string("flux")) + " value is NaN");
    return R::success(std::move(lc));
}

}  // namespace exo::io::detail
