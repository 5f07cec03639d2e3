/// @file gts.cpp
/// Warp 10 GTS input format: writer and reader of light curves (see gts.h).

#include "io/gts.h"
#include "io/gts_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <istream>
#include <map>
#include <ostream>

namespace exo::io {

using namespace gts_text;

namespace {

// --- reading ---------------------------------------------------------------

struct Reading {
    long long ts;
    double value;
};

/// One series of a block: readings per class, in order of first appearance.
struct StarSeries {
    std::string labelKey, labelValue;  ///< the id label (KEPLERID/TICID/...) and value
    std::vector<std::string> classes;
    std::map<std::string, std::vector<Reading>> data;
};

struct Block {
    std::map<std::string, std::string> meta;  ///< from "# exoworld.file" (decoded)
    std::vector<StarSeries> stars;            ///< by label set, first-appearance order
    std::map<std::string, std::size_t> byLabels;
};

/// Metadata of a star: the export's comment when present, else what the label implies.
Metadata blockMetadata(const Block& b, const StarSeries& s, const std::string& name)
{
    Metadata m;
    m.path = name;
    m.product = ProductType::LightCurve;
    const auto& c = b.meta;
    char* end = nullptr;
    const long long labelId = std::strtoll(s.labelValue.c_str(), &end, 10);
    m.targetId = (end && *end == '\0') ? labelId : -1;
    m.mission = missionFromName(metaText(c, "mission"));
    if (m.mission == Mission::Unknown) {
        if (s.labelKey == "TICID")
            m.mission = Mission::TESS;
        else
            m.mission = (m.targetId >= 200000000) ? Mission::K2 : Mission::Kepler;
    }
    const bool tess = m.mission == Mission::TESS;
    m.telescope = tess ? "TESS" : "Kepler";
    m.idPrefix = tess ? "TIC" : (m.mission == Mission::K2 ? "EPIC" : "KIC");
    m.timeSystem = tess ? TimeSystem::BTJD : TimeSystem::BKJD;
    m.bjdRefI = long(metaNumber(c, "bjdrefi", tess ? 2457000 : 2454833));
    m.bjdRefF = metaNumber(c, "bjdreff", 0.0);
    m.objectName = metaText(c, "object");
    m.quarter = int(metaNumber(c, "quarter", -1));
    m.campaign = int(metaNumber(c, "campaign", -1));
    m.sector = int(metaNumber(c, "sector", -1));
    m.camera = int(metaNumber(c, "camera", -1));
    m.ccd = int(metaNumber(c, "ccd", -1));
    m.channel = int(metaNumber(c, "channel", -1));
    m.cadenceDays = metaNumber(c, "cadence_days", 0.0);
    m.magnitude = metaNumber(c, "magnitude", std::nan(""));
    m.ra = metaNumber(c, "ra", std::nan(""));
    m.dec = metaNumber(c, "dec", std::nan(""));
    m.timePixR = metaNumber(c, "timepixr", 0.5);
    m.crowdSap = metaNumber(c, "crowdsap", std::nan(""));
    m.flfrcSap = metaNumber(c, "flfrcsap", std::nan(""));
    m.npixSap = int(metaNumber(c, "npixsap", -1));
    const auto prod = metaText(c, "product");
    for (ProductType p : {ProductType::LightCurve, ProductType::DataAlertLightCurve, ProductType::K2sff,
                          ProductType::K2sc, ProductType::K2varcat, ProductType::Tglc, ProductType::Eleanor})
        if (prod == productTypeName(p))
            m.product = p;
    return m;
}

/// Build the light curve of one star of one block.
Result<LightCurveFile> buildLightCurve(const Block& b, const StarSeries& s, const std::string& name)
{
    using R = Result<LightCurveFile>;
    LightCurveFile lc;
    lc.meta = blockMetadata(b, s, name);
    std::vector<long long> ts;
    for (const auto& [cls, rs] : s.data)
        for (const auto& r : rs)
            ts.push_back(r.ts);
    std::sort(ts.begin(), ts.end());
    ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
    if (ts.empty())
        return R::failure(ErrorCode::NoRows, name);
    const std::size_t n = ts.size();
    auto indexOf = [&](long long t) { return std::size_t(std::lower_bound(ts.begin(), ts.end(), t) - ts.begin()); };
    auto fill = [&](const std::vector<Reading>& rs, double dflt) {
        std::vector<double> v(n, dflt);
        for (const auto& r : rs)
            v[indexOf(r.ts)] = r.value;
        return v;
    };
    lc.time.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        lc.time[i] = gtsMicrosToMissionDays(ts[i], lc.meta.bjdRefI, lc.meta.bjdRefF);

    std::map<std::string, const std::vector<Reading>*> errors;
    for (const auto& cls : s.classes) {
        const auto& rs = s.data.at(cls);
        if (cls == "quality" || cls == "sap.quality") {
            const auto v = fill(rs, 0.0);
            lc.quality.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                lc.quality[i] = std::uint32_t(std::max(0.0, v[i]));
        } else if (cls == "cadenceno") {
            const auto v = fill(rs, -1.0);
            lc.cadenceNo.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                lc.cadenceNo[i] = std::int32_t(v[i]);
        } else if (cls == "time") {
            continue;  // the fits-parser also wrote TIME as a class; the timestamp carries it
        } else if (cls.size() > 4 && cls.compare(cls.size() - 4, 4, ".err") == 0) {
            errors[cls.substr(0, cls.size() - 4)] = &rs;
        } else {
            FluxColumn col;
            col.name = columnName(cls);
            col.flux = fill(rs, std::nan(""));
            lc.columns.push_back(std::move(col));
        }
    }
    for (auto& col : lc.columns)
        if (auto it = errors.find(className(col.name)); it != errors.end())
            col.error = fill(*it->second, std::nan(""));
    if (lc.columns.empty())
        return R::failure(ErrorCode::MissingColumn, name + ": no flux class (sap.flux, pdcsap.flux...)");
    if (lc.quality.empty())
        lc.quality.assign(n, 0);
    lc.meta.tstart = lc.time.front();
    lc.meta.tstop = lc.time.back();
    if (!(lc.meta.cadenceDays > 0) && n > 1) {
        std::vector<double> d(n - 1);
        for (std::size_t i = 1; i < n; ++i)
            d[i - 1] = lc.time[i] - lc.time[i - 1];
        std::nth_element(d.begin(), d.begin() + long(d.size() / 2), d.end());
        lc.meta.cadenceDays = d[d.size() / 2];
    }
    return R::success(std::move(lc));
}

/// Join light curves of one star (blocks of one export) in time order.
LightCurveFile joinBlocks(std::vector<LightCurveFile> parts)
{
    std::sort(parts.begin(), parts.end(),
              [](const LightCurveFile& a, const LightCurveFile& b) { return a.time.front() < b.time.front(); });
    LightCurveFile out;
    out.meta = parts.front().meta;
    std::vector<std::string> names;
    bool cadences = true, sameSeason = true;
    for (const auto& p : parts) {
        for (const auto& c : p.columns)
            if (std::find(names.begin(), names.end(), c.name) == names.end())
                names.push_back(c.name);
        cadences = cadences && p.cadenceNo.size() == p.size();
        sameSeason = sameSeason && p.meta.season() == out.meta.season();
    }
    for (const auto& nm : names)
        out.columns.push_back(FluxColumn{nm, {}, {}});
    for (const auto& p : parts) {
        const std::size_t n = p.size();
        out.time.insert(out.time.end(), p.time.begin(), p.time.end());
        out.quality.insert(out.quality.end(), p.quality.begin(), p.quality.end());
        if (cadences)
            out.cadenceNo.insert(out.cadenceNo.end(), p.cadenceNo.begin(), p.cadenceNo.end());
        for (auto& oc : out.columns) {
            const FluxColumn* c = p.column(oc.name);
            if (c)
                oc.flux.insert(oc.flux.end(), c->flux.begin(), c->flux.end());
            else
                oc.flux.insert(oc.flux.end(), n, std::nan(""));
            if (c && c->error.size() == n)
                oc.error.insert(oc.error.end(), c->error.begin(), c->error.end());
            else
                oc.error.insert(oc.error.end(), n, std::nan(""));
        }
    }
    for (auto& oc : out.columns)
        if (std::all_of(oc.error.begin(), oc.error.end(), [](double v) { return std::isnan(v); }))
            oc.error.clear();
    out.meta.tstart = parts.front().meta.tstart;
    out.meta.tstop = parts.back().meta.tstop;
    if (!sameSeason)
        out.meta.quarter = out.meta.campaign = out.meta.sector = -1;
    return out;
}

}  // namespace

long long missionDaysToGtsMicros(double missionDays, long bjdRefI, double bjdRefF)
{
    return std::llround((missionDays + epochOffsetDays(bjdRefI, bjdRefF)) * kMicrosPerDay);
}

double gtsMicrosToMissionDays(long long micros, long bjdRefI, double bjdRefF)
{
    return double(micros) / kMicrosPerDay - epochOffsetDays(bjdRefI, bjdRefF);
}

const char* gtsIdLabel(Mission m) { return m == Mission::TESS ? "TICID" : "KEPLERID"; }

Status writeGts(std::ostream& out, const LightCurveFile& lc)
{
    const Metadata& m = lc.meta;
    const std::size_t n = lc.size();
    std::vector<long long> ts(n);
    std::size_t finite = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(lc.time[i])) {
            ts[i] = missionDaysToGtsMicros(lc.time[i], m.bjdRefI, m.bjdRefF);
            ++finite;
        }
    }
    if (finite == 0)
        return Status::error(ErrorCode::NoRows, m.path.empty() ? "no finite time" : m.path);

    // The metadata comment: what a GTS line cannot carry.
    std::string head = "# exoworld.file";
    auto kv = [&](const char* k, const std::string& v) {
        if (!v.empty())
            head += std::string(" ") + k + "=" + urlEncode(v);
    };
    auto kn = [&](const char* k, double v) {
        if (std::isfinite(v))
            kv(k, fmt(v));
    };
    auto ki = [&](const char* k, long long v) {
        if (v >= 0)
            kv(k, std::to_string(v));
    };
    kv("mission", missionName(m.mission));
    kv("product", productTypeName(m.product));
    kv("idprefix", m.idPrefix);
    ki("targetid", m.targetId);
    kv("object", m.objectName);
    ki("quarter", m.quarter);
    ki("campaign", m.campaign);
    ki("sector", m.sector);
    ki("camera", m.camera);
    ki("ccd", m.ccd);
    ki("channel", m.channel);
    kn("cadence_days", m.cadenceDays);
    ki("bjdrefi", m.bjdRefI);
    kn("bjdreff", m.bjdRefF);
    kv("timesys", timeSystemName(m.timeSystem));
    kn("timepixr", m.timePixR);
    kn("ra", m.ra);
    kn("dec", m.dec);
    kn("magnitude", m.magnitude);
    kn("crowdsap", m.crowdSap);
    kn("flfrcsap", m.flfrcSap);
    ki("npixsap", m.npixSap);
    if (!m.path.empty())
        kv("source", std::filesystem::path(m.path).filename().string());
    out << head << "\n";

    const std::string labels = std::string("{") + gtsIdLabel(m.mission) + "=" + std::to_string(m.targetId) + "}";
    std::string buf;
    buf.reserve(1 << 16);
    auto flush = [&] {
        out.write(buf.data(), std::streamsize(buf.size()));
        buf.clear();
    };
    auto series = [&](const std::string& cls, auto valueAt, auto valid) {
        const std::string tail = "// " + urlEncode(cls) + labels + " ";
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(lc.time[i]) || !valid(i))
                continue;
            appendLong(buf, ts[i]);
            buf += tail;
            valueAt(i);
            buf += '\n';
            if (buf.size() > (1 << 16) - 256)
                flush();
        }
    };
    for (const auto& c : lc.columns) {
        if (c.flux.size() != n)
            continue;
        const std::string cls = className(c.name);
        series(
            cls, [&](std::size_t i) { appendDouble(buf, c.flux[i]); },
            [&](std::size_t i) { return !std::isnan(c.flux[i]); });
        if (c.error.size() == n)
            series(
                cls + ".err", [&](std::size_t i) { appendDouble(buf, c.error[i]); },
                [&](std::size_t i) { return !std::isnan(c.error[i]); });
    }
    if (lc.quality.size() == n)
        series(
            "quality", [&](std::size_t i) { appendLong(buf, lc.quality[i]); }, [](std::size_t) { return true; });
    if (lc.cadenceNo.size() == n)
        series(
            "cadenceno", [&](std::size_t i) { appendLong(buf, lc.cadenceNo[i]); }, [](std::size_t) { return true; });
    flush();
    out.flush();
    if (!out)
        return Status::error(ErrorCode::WriteFailed, m.path);
    return Status::success();
}

Result<std::vector<LightCurveFile>> readGts(std::istream& in, const std::string& name)
{
    using R = Result<std::vector<LightCurveFile>>;
    std::vector<Block> blocks(1);
    std::string line, cls, key, val;
    StarSeries* last = nullptr;
    std::string lastClass;
    long long lineNo = 0, readings = 0;
    auto bad = [&](const std::string& why) {
        return R::failure(ErrorCode::BadSyntax, name + ": line " + std::to_string(lineNo) + ": " + why);
    };
    while (std::getline(in, line)) {
        ++lineNo;
        std::string_view s = trim(line);
        if (s.empty())
            continue;
        if (s.front() == '#') {
            constexpr std::string_view tag = "# exoworld.file";
            if (s.substr(0, tag.size()) == tag) {
                if (blocks.back().stars.empty())
                    blocks.back().meta.clear();
                else
                    blocks.emplace_back();
                blocks.back().meta = parseMetaComment(s.substr(tag.size()));
                last = nullptr;
            }
            continue;
        }
        const bool continuation = s.front() == '=';
        if (continuation)
            s.remove_prefix(1);
        // TS/LAT:LON/ELEV
        const auto slash = s.find('/');
        if (slash == std::string_view::npos)
            return bad("expected TS/LAT:LON/ELEV CLASS{LABELS} VALUE");
        if (slash == 0)
            return bad("no timestamp");
        long long ts = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + slash, ts);
        if (ec != std::errc() || p != s.data() + slash)
            return bad("bad timestamp '" + std::string(s.substr(0, slash)) + "'");
        const auto space = s.find_first_of(" \t", slash);
        if (space == std::string_view::npos)
            return bad("missing value");
        if (s.find('/', slash + 1) == std::string_view::npos || s.find('/', slash + 1) > space)
            return bad("expected TS/LAT:LON/ELEV");
        std::string_view rest = trim(s.substr(space));
        StarSeries* star = last;
        std::string_view valueText;
        if (continuation) {
            if (!last)
                return bad("continuation line '=' without a previous reading");
            valueText = rest;
        } else {
            const auto brace = rest.find('{');
            const auto close = rest.find('}', brace == std::string_view::npos ? 0 : brace);
            if (brace == std::string_view::npos || close == std::string_view::npos)
                return bad("expected CLASS{LABELS}");
            if (!urlDecode(rest.substr(0, brace), cls) || cls.empty())
                return bad("bad class name");
            std::string_view labels = rest.substr(brace + 1, close - brace - 1);
            std::string_view after = rest.substr(close + 1);
            if (!after.empty() && after.front() == '{') {  // optional {ATTRIBUTES}
                const auto ac = after.find('}');
                if (ac == std::string_view::npos)
                    return bad("unterminated attributes");
                after = after.substr(ac + 1);
            }
            if (after.empty() || !std::isspace(static_cast<unsigned char>(after.front())))
                return bad("missing value");
            valueText = trim(after);
            // The star's id label: KEPLERID / TICID, else the fits-parser's objectId, else the first label.
            std::string idKey, idVal, firstKey, firstVal;
            while (!labels.empty()) {
                const auto comma = labels.find(',');
                std::string_view kvp = labels.substr(0, comma);
                labels = comma == std::string_view::npos ? std::string_view{} : labels.substr(comma + 1);
                const auto eq = kvp.find('=');
                if (eq == std::string_view::npos)
                    return bad("label without '='");
                if (!urlDecode(kvp.substr(0, eq), key) || !urlDecode(kvp.substr(eq + 1), val))
                    return bad("bad label encoding");
                if (firstKey.empty()) {
                    firstKey = key;
                    firstVal = val;
                }
                if (key == "KEPLERID" || key == "TICID" || key == "objectId") {
                    idKey = key == "objectId" ? "KEPLERID" : key;
                    idVal = val;
                }
            }
            if (idKey.empty()) {
                idKey = firstKey;
                idVal = firstVal;
            }
            if (idKey.empty())
                return bad("no KEPLERID or TICID label");
            Block& blk = blocks.back();
            const std::string lk = idKey + "=" + idVal;
            auto it = blk.byLabels.find(lk);
            if (it == blk.byLabels.end()) {
                it = blk.byLabels.emplace(lk, blk.stars.size()).first;
                blk.stars.push_back(StarSeries{idKey, idVal, {}, {}});
            }
            star = &blk.stars[it->second];
            lastClass = cls;
            last = star;
        }
        double v = 0;
        std::string why;
        if (!parseValue(valueText, v, why)) {
            if (why == "string value" || why == "non-numeric value")
                return R::failure(ErrorCode::Unsupported, name + ": line " + std::to_string(lineNo) + ": " + why);
            return bad(why);
        }
        auto [dit, inserted] = star->data.try_emplace(lastClass);
        if (inserted)
            star->classes.push_back(lastClass);
        dit->second.push_back(Reading{ts, v});
        ++readings;
    }
    if (readings == 0)
        return R::failure(ErrorCode::NoRows, name + ": no reading");
    R out;
    for (const auto& b : blocks) {
        for (const auto& s : b.stars) {
            auto lc = buildLightCurve(b, s, name);
            if (!lc.ok())
                return R::failure(lc.status.code, lc.status.detail);
            out.value.push_back(std::move(lc.value));
        }
    }
    return out;
}

Result<std::vector<LightCurveFile>> readGtsFile(const std::string& path)
{
    using R = Result<std::vector<LightCurveFile>>;
    std::error_code ec;
    const auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st))
        return R::failure(ErrorCode::FileNotFound, path);
    if (!std::filesystem::is_regular_file(st))
        return R::failure(ErrorCode::NotAFile, path);
    if (std::filesystem::file_size(path, ec) == 0)
        return R::failure(ErrorCode::EmptyFile, path);
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return R::failure(ErrorCode::FileNotFound, path);
    return readGts(f, path);
}

Result<LightCurveFile> readGtsLightCurve(const std::string& path)
{
    using R = Result<LightCurveFile>;
    auto all = readGtsFile(path);
    if (!all.ok())
        return R::failure(all.status.code, all.status.detail);
    auto& v = all.value;
    for (std::size_t i = 1; i < v.size(); ++i)
        if (v[i].meta.mission != v[0].meta.mission || v[i].meta.targetId != v[0].meta.targetId)
            return R::failure(ErrorCode::MixedTargets, path + ": " + v[0].meta.targetLabel() + " and "
                                                           + v[i].meta.targetLabel() + "; split it with 'gts import'");
    LightCurveFile lc = v.size() == 1 ? std::move(v[0]) : joinBlocks(std::move(v));
    lc.meta.path = path;
    return R::success(std::move(lc));
}

bool isGtsPath(const std::string& path)
{
    std::string s = path;
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    auto ends = [&](const char* suf) {
        const std::size_t k = std::char_traits<char>::length(suf);
        return s.size() >= k && s.compare(s.size() - k, k, suf) == 0;
    };
    return ends(".gts") || ends(".gts.txt");
}

}  // namespace exo::io
