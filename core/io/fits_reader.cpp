/// @file fits_reader.cpp
/// probe(), readTargetPixelFile() and readProduct(). Light-curve products are
/// read in lc_readers.cpp. Every call owns one FitsFile for its duration.

#include "io/fits_reader.h"

#include <fitsio.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "io/fits_handle.h"
#include "io/gts.h"
#include "io/header_keys.h"
#include "io/quality.h"

namespace exo::io {

using detail::FitsFile;
using detail::HduInfo;
using detail::Layout;

namespace detail {
// lc_readers.cpp
Result<LightCurveFile> readLightCurveFrom(FitsFile& file, const Layout& layout);
std::vector<std::string> fluxColumnNames(const FitsFile& file, const Layout& layout);
std::pair<std::string, std::string> timeQualityColumns(const FitsFile& file, const Layout& layout);
}  // namespace detail

namespace {

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

bool isPixelProduct(ProductType p) { return p == ProductType::TargetPixelFile || p == ProductType::FfiCutout; }

/// Open + classify, shared by every entry point.
Result<Layout> openAndClassify(FitsFile& file, const std::string& path)
{
    Status s = file.open(path);
    if (!s.ok())
        return Result<Layout>::failure(s.code, s.detail);
    return detail::classifyFile(file);
}

int countPipelinePixels(const std::vector<std::int32_t>& aperture)
{
    return int(std::count_if(aperture.begin(), aperture.end(), [](std::int32_t v) { return (v & kApOptimal) != 0; }));
}

/// WCS from the per-column keywords of the FLUX column (1CRPXn...), else from
/// the standard keywords of the APERTURE extension.
PixelWcs readWcs(const HduInfo& table, int fluxCol, const HduInfo* aperture)
{
    PixelWcs w;
    const std::string n = std::to_string(fluxCol);
    const auto& k = table.keys;
    if (auto c1 = k.num("1CRVL" + n); c1 && k.num("2CRVL" + n)) {
        w.crpix1 = k.num("1CRPX" + n).value_or(0);
        w.crpix2 = k.num("2CRPX" + n).value_or(0);
        w.crval1 = *c1;
        w.crval2 = *k.num("2CRVL" + n);
        w.cdelt1 = k.num("1CDLT" + n).value_or(1);
        w.cdelt2 = k.num("2CDLT" + n).value_or(1);
        w.pc11 = k.num("11PC" + n).value_or(1);
        w.pc12 = k.num("12PC" + n).value_or(0);
        w.pc21 = k.num("21PC" + n).value_or(0);
        w.pc22 = k.num("22PC" + n).value_or(1);
        w.valid = true;
    } else if (aperture && aperture->keys.num("CRVAL1") && aperture->keys.num("CRVAL2")) {
        const auto& a = aperture->keys;
        w.crpix1 = a.num("CRPIX1").value_or(0);
        w.crpix2 = a.num("CRPIX2").value_or(0);
        w.crval1 = *a.num("CRVAL1");
        w.crval2 = *a.num("CRVAL2");
        w.cdelt1 = a.num("CDELT1").value_or(1);
        w.cdelt2 = a.num("CDELT2").value_or(1);
        w.pc11 = a.num("PC1_1").value_or(1);
        w.pc12 = a.num("PC1_2").value_or(0);
        w.pc21 = a.num("PC2_1").value_or(0);
        w.pc22 = a.num("PC2_2").value_or(1);
        w.valid = true;
    }
    return w;
}

bool allNaN(const std::vector<float>& v)
{
    return std::none_of(v.begin(), v.end(), [](float x) { return std::isfinite(x); });
}

}  // namespace

namespace {
ProbeInfo probeFrom(FitsFile& file, const Layout& L)
{
    ProbeInfo info;
    info.meta = detail::readMetadata(file, L);
    info.rows = file.hdus()[std::size_t(L.mainHdu - 1)].rows;
    info.pixelRows = L.pixelRows;
    info.pixelCols = L.pixelCols;
    if (L.apertureHdu > 0) {
        std::vector<std::int32_t> ap;
        int r = 0, c = 0;
        if (file.readImage(L.apertureHdu, ap, r, c).ok())
            info.pipelineAperturePixels = countPipelinePixels(ap);
    }
    if (isPixelProduct(L.product))
        info.fluxColumns = {"FLUX"};
    else
        info.fluxColumns = detail::fluxColumnNames(file, L);
    return info;
}

Result<CadenceSummary> summarizeFrom(FitsFile& file, const Layout& L);
}  // namespace

Result<ProbeInfo> probe(const std::string& path)
{
    if (isGtsPath(path)) {  // a GTS text has no header: read it whole
        auto g = readGtsLightCurve(path);
        if (!g.ok())
            return Result<ProbeInfo>::failure(g.status.code, g.status.detail);
        ProbeInfo info;
        info.meta = g.value.meta;
        info.rows = (long long)g.value.size();
        for (const auto& c : g.value.columns)
            info.fluxColumns.push_back(c.name);
        return Result<ProbeInfo>::success(std::move(info));
    }
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return Result<ProbeInfo>::failure(lay.status.code, lay.status.detail);
    return Result<ProbeInfo>::success(probeFrom(file, lay.value));
}

Result<FileSummary> describeFile(const std::string& path)
{
    using R = Result<FileSummary>;
    if (isGtsPath(path)) {
        auto p = probe(path);
        auto c = summarizeCadences(path);
        if (!p.ok())
            return R::failure(p.status.code, p.status.detail);
        if (!c.ok())
            return R::failure(c.status.code, c.status.detail);
        return R::success(FileSummary{std::move(p.value), c.value});
    }
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return R::failure(lay.status.code, lay.status.detail);
    FileSummary out;
    out.probe = probeFrom(file, lay.value);
    auto c = summarizeFrom(file, lay.value);
    if (!c.ok())
        return R::failure(c.status.code, c.status.detail);
    out.cadences = c.value;
    return R::success(std::move(out));
}

namespace {
CadenceSummary summarizeValues(const std::vector<double>& time, const std::vector<std::uint32_t>& quality,
                               Mission mission)
{
    const auto mask = qualityBitmask(mission, QualityPreset::Default);
    CadenceSummary out;
    out.timeStart = out.timeStop = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double t = time[i];
        if (!std::isfinite(t))
            continue;
        if (!(out.timeStart <= t))
            out.timeStart = t;
        if (!(out.timeStop >= t))
            out.timeStop = t;
        const auto q = i < quality.size() ? quality[i] : 0u;
        if ((q & mask) == 0)
            ++out.goodCadences;
    }
    return out;
}
}  // namespace

Result<CadenceSummary> summarizeCadences(const std::string& path)
{
    if (isGtsPath(path)) {
        auto g = readGtsLightCurve(path);
        if (!g.ok())
            return Result<CadenceSummary>::failure(g.status.code, g.status.detail);
        return Result<CadenceSummary>::success(summarizeValues(g.value.time, g.value.quality, g.value.meta.mission));
    }
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return Result<CadenceSummary>::failure(lay.status.code, lay.status.detail);
    return summarizeFrom(file, lay.value);
}

namespace {
Result<CadenceSummary> summarizeFrom(FitsFile& file, const Layout& L)
{
    using R = Result<CadenceSummary>;
    const std::string& path = file.path();
    const HduInfo& h = file.hdus()[std::size_t(L.mainHdu - 1)];
    const auto [timeName, qualityName] = isPixelProduct(L.product)
                                             ? std::make_pair(std::string("TIME"), std::string("QUALITY"))
                                             : detail::timeQualityColumns(file, L);
    const int tc = h.column(timeName);
    if (tc == 0)
        return R::failure(ErrorCode::MissingColumn, baseName(path) + ": no " + timeName + " column");
    std::vector<double> time;
    std::vector<std::int32_t> quality;
    Status s = file.readColumn(L.mainHdu, tc, h.rows, time);
    if (s.ok() && !qualityName.empty())
        if (int qc = h.column(qualityName))
            s = file.readColumn(L.mainHdu, qc, h.rows, quality);
    if (!s.ok())
        return R::failure(s.code, s.detail);
    return R::success(summarizeValues(time, std::vector<std::uint32_t>(quality.begin(), quality.end()), L.mission));
}
}  // namespace

namespace {
Result<TargetPixelFile> readTpfFrom(FitsFile& file, const Layout& L)
{
    using R = Result<TargetPixelFile>;
    const std::string& path = file.path();
    if (!isPixelProduct(L.product))
        return R::failure(ErrorCode::Unsupported, baseName(path) + ": not a target pixel file (it is a "
                                                      + productTypeName(L.product) + " product)");
    const HduInfo& t = file.hdus()[std::size_t(L.mainHdu - 1)];
    const long long rows = t.rows;
    TargetPixelFile tpf;
    tpf.meta = detail::readMetadata(file, L);
    tpf.backgroundSubtracted = L.product != ProductType::FfiCutout;

    const int timeCol = t.column("TIME");
    const int fluxCol = t.column("FLUX");
    if (timeCol == 0)
        return R::failure(ErrorCode::MissingColumn, baseName(path) + ": no TIME column");
    Status s = file.readColumn(L.mainHdu, timeCol, rows, tpf.time);
    if (s.ok())
        if (int c = t.column("CADENCENO"))
            s = file.readColumn(L.mainHdu, c, rows, tpf.cadenceNo);
    if (s.ok()) {
        std::vector<std::int32_t> q;
        if (int c = t.column("QUALITY"))
            s = file.readColumn(L.mainHdu, c, rows, q);
        tpf.quality.assign(q.begin(), q.end());
        if (q.empty())
            tpf.quality.assign(std::size_t(rows), 0u);
    }
    auto readCube = [&](const char* name, PixelCube& cube) {
        cube.rows = L.pixelRows;
        cube.cols = L.pixelCols;
        cube.cadences = std::size_t(rows);
        const int c = t.column(name);
        if (c == 0)
            return Status::success();
        if (file.repeat(L.mainHdu, c) != (long long)L.pixelRows * L.pixelCols)
            return Status::error(ErrorCode::Unsupported, baseName(path) + ": column " + name + " does not match TDIM");
        return file.readColumn(L.mainHdu, c, rows, cube.data);
    };
    if (s.ok())
        s = readCube("FLUX", tpf.flux);
    if (s.ok())
        s = readCube("FLUX_ERR", tpf.fluxErr);
    if (s.ok())
        s = readCube("FLUX_BKG", tpf.fluxBkg);
    if (s.ok())
        if (int c = t.column("POS_CORR1"))
            s = file.readColumn(L.mainHdu, c, rows, tpf.posCorr1);
    if (s.ok())
        if (int c = t.column("POS_CORR2"))
            s = file.readColumn(L.mainHdu, c, rows, tpf.posCorr2);
    if (!s.ok())
        return R::failure(s.code, s.detail);
    if (tpf.fluxBkg.data.empty())
        tpf.fluxBkg.cadences = 0;

    R result;
    const HduInfo* apHdu = L.apertureHdu ? &file.hdus()[std::size_t(L.apertureHdu - 1)] : nullptr;
    if (apHdu) {
        int ar = 0, ac = 0;
        s = file.readImage(L.apertureHdu, tpf.aperture, ar, ac);
        if (!s.ok())
            return R::failure(s.code, s.detail);
        if (ar != L.pixelRows || ac != L.pixelCols) {
            result.warnings.push_back(Warning(WarningCode::ApertureIgnored));
            tpf.aperture.clear();
        }
    }
    tpf.wcs = readWcs(t, fluxCol, apHdu);
    const std::string n = std::to_string(fluxCol);
    if (auto c = t.keys.integer("1CRV" + n + "P"))
        tpf.ccdColumn = int(*c);
    else if (apHdu)
        tpf.ccdColumn = int(apHdu->keys.integer("CRVAL1P").value_or(0));
    if (auto r = t.keys.integer("2CRV" + n + "P"))
        tpf.ccdRow = int(*r);
    else if (apHdu)
        tpf.ccdRow = int(apHdu->keys.integer("CRVAL2P").value_or(0));

    if (allNaN(tpf.flux.data))
        return R::failure(ErrorCode::AllNaN, baseName(path) + ": every FLUX pixel value is NaN");
    if (std::none_of(tpf.time.begin(), tpf.time.end(), [](double x) { return std::isfinite(x); }))
        return R::failure(ErrorCode::AllNaN, baseName(path) + ": every TIME value is NaN");
    result.value = std::move(tpf);
    return result;
}
}  // namespace

Result<TargetPixelFile> readTargetPixelFile(const std::string& path)
{
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return Result<TargetPixelFile>::failure(lay.status.code, lay.status.detail);
    return readTpfFrom(file, lay.value);
}

Result<LightCurveFile> readLightCurveFile(const std::string& path)
{
    using R = Result<LightCurveFile>;
    if (isGtsPath(path))
        return readGtsLightCurve(path);
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return R::failure(lay.status.code, lay.status.detail);
    if (isPixelProduct(lay.value.product))
        return R::failure(ErrorCode::Unsupported,
                          baseName(path) + ": target pixel file; read it with readTargetPixelFile and do photometry");
    return detail::readLightCurveFrom(file, lay.value);
}

Result<Product> readProduct(const std::string& path)
{
    using R = Result<Product>;
    if (isGtsPath(path)) {  // Warp 10 GTS text (io/gts.h)
        auto g = readGtsLightCurve(path);
        if (!g.ok())
            return R::failure(g.status.code, g.status.detail);
        return R::success(std::move(g.value));
    }
    FitsFile file;
    auto lay = openAndClassify(file, path);
    if (!lay.ok())
        return R::failure(lay.status.code, lay.status.detail);
    R out;
    if (isPixelProduct(lay.value.product)) {
        auto r = readTpfFrom(file, lay.value);
        out.status = r.status;
        out.warnings = std::move(r.warnings);
        if (r.ok())
            out.value = std::move(r.value);
    } else {
        auto r = detail::readLightCurveFrom(file, lay.value);
        out.status = r.status;
        out.warnings = std::move(r.warnings);
        if (r.ok())
            out.value = std::move(r.value);
    }
    return out;
}

}  // namespace exo::io
