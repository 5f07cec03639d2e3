#include "io/header_keys.h"

#include "io/header_scan.h"

#include <fitsio.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>

namespace exo::io::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string upper(std::string s)
{
    for (auto& c : s)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

bool startsWith(const std::string& s, const std::string& p)
{
    return s.size() >= p.size() && std::equal(p.begin(), p.end(), s.begin());
}

/// First value of `key` among the given HDUs.
template <typename F>
auto firstOf(const std::vector<const HduInfo*>& hdus, F&& get) -> decltype(get(*hdus.front()))
{
    for (const HduInfo* h : hdus)
        if (h)
            if (auto v = get(*h))
                return v;
    return std::nullopt;
}

const HduInfo* firstTableWith(const FitsFile& f, const char* column)
{
    for (const auto& h : f.hdus())
        if (h.isTable() && h.hasColumn(column))
            return &h;
    return nullptr;
}

/// "EPIC 211121743" / "TIC 25155310" / "KIC 9002278" -> the number.
std::optional<long long> idFromObject(const std::string& object, const std::string& prefix)
{
    const std::string u = upper(object);
    if (!startsWith(u, upper(prefix)))
        return std::nullopt;
    const char* p = object.c_str() + prefix.size();
    while (*p == ' ')
        ++p;
    char* end = nullptr;
    const long long v = std::strtoll(p, &end, 10);
    if (end == p)
        return std::nullopt;
    return v;
}

}  // namespace

bool parseTdim(const std::string& tdim, int& rows, int& cols)
{
    std::vector<long long> axes;
    long long n = 0;
    if (!parseTdimAxes(tdim, axes, n) || axes.size() != 2 || axes[0] < 1 || axes[1] < 1 || axes[0] > 65535
        || axes[1] > 65535)
        return false;
    rows = int(axes[1]);
    cols = int(axes[0]);
    return true;
}

double bjdRefFromUnit(const std::string& unit)
{
    const auto pos = unit.find('-');
    if (upper(unit).find("BJD") == std::string::npos || pos == std::string::npos)
        return 0;
    return std::strtod(unit.c_str() + pos + 1, nullptr);
}

Result<Layout> classifyFile(const FitsFile& f)
{
    using R = Result<Layout>;
    const std::string name = std::filesystem::path(f.path()).filename().string();
    Layout L;

    for (const auto& h : f.hdus())
        if (auto t = h.keys.str("TELESCOP")) {
            L.telescope = *t;
            break;
        }
    const std::string tel = upper(L.telescope);
    if (L.telescope.empty())
        return R::failure(ErrorCode::Unsupported, name + ": no TELESCOP keyword (not a Kepler/K2/TESS product)");
    if (tel == "TESS") {
        L.mission = Mission::TESS;
    } else if (tel == "KEPLER") {
        const HeaderMap& p = f.primary().keys;
        const bool k2 = upper(p.str("MISSION").value_or("")) == "K2" || p.integer("CAMPAIGN").has_value();
        L.mission = k2 ? Mission::K2 : Mission::Kepler;
    } else {
        return R::failure(ErrorCode::ForeignTelescope, name + ": TELESCOP='" + L.telescope + "' is not Kepler or TESS");
    }

    for (const auto& h : f.hdus()) {
        const std::string en = upper(h.extname);
        if (startsWith(en, "MODOUT_") || startsWith(en, "CBV"))
            return R::failure(ErrorCode::Unsupported,
                              name + ": cotrending basis vector (CBV) file, extension " + h.extname);
    }
    if (upper(f.primary().keys.str("CREATOR").value_or("")).find("CBV") != std::string::npos)
        return R::failure(ErrorCode::Unsupported, name + ": cotrending basis vector (CBV) file");

    const HduInfo* main = nullptr;
    bool anyTable = false;
    for (const auto& h : f.hdus())
        anyTable = anyTable || h.isTable();
    if (!anyTable)
        return R::failure(ErrorCode::NoTable, name + ": no binary table (image-only FITS file)");

    const HduInfo* tpf = f.findExt("TARGETTABLES");
    if (!tpf)
        tpf = f.findExt("PIXELS");
    if (tpf && tpf->isTable() && tpf->hasColumn("FLUX")) {
        main = tpf;
        const std::string creator = upper(f.primary().keys.str("CREATOR").value_or(""));
        const std::string origin = upper(f.primary().keys.str("ORIGIN").value_or(""));
        const bool cutout = creator.find("ASTROCUT") != std::string::npos || origin == "STSCI/MAST";
        L.product = cutout ? ProductType::FfiCutout : ProductType::TargetPixelFile;
        const int fc = tpf->column("FLUX");
        if (auto td = tpf->keys.str("TDIM" + std::to_string(fc)); !td || !parseTdim(*td, L.pixelRows, L.pixelCols))
            return R::failure(ErrorCode::Unsupported, name + ": FLUX column has no TDIM image shape");
    } else if ((main = firstTableWith(f, "CORR_FLUX"))) {
        L.product = ProductType::Eleanor;
        if (int tc = main->column("TPF"); tc > 0)
            if (auto td = main->keys.str("TDIM" + std::to_string(tc)))
                parseTdim(*td, L.pixelRows, L.pixelCols);
    } else if ((main = firstTableWith(f, "cal_aper_flux"))) {
        L.product = ProductType::Tglc;
    } else if ((main = f.findExt("BESTAPER")) || (main = firstTableWith(f, "FCOR"))) {
        L.product = ProductType::K2sff;
    } else if ((main = firstTableWith(f, "trposi"))) {
        L.product = ProductType::K2sc;
        if (const HduInfo* pdc = f.findExt("PDC"); pdc && pdc->isTable())
            main = pdc;
    } else if ((main = firstTableWith(f, "DETFLUX")) || (main = firstTableWith(f, "APTFLUX"))) {
        L.product = ProductType::K2varcat;
    } else {
        main = f.findExt("LIGHTCURVE");
        if (!main || !main->isTable())
            for (const auto& h : f.hdus())
                if (h.isTable()) {
                    main = &h;
                    break;
                }
        L.product = name.find("tess-data-alerts") != std::string::npos ? ProductType::DataAlertLightCurve
                                                                       : ProductType::LightCurve;
        if (!main->hasColumn("TIME"))
            return R::failure(ErrorCode::MissingColumn,
                              name + ": no TIME column in extension " + std::to_string(main->index - 1));
        bool flux = false;
        for (const auto& c : main->columns) {
            const std::string u = upper(c);
            flux = flux || (u.find("FLUX") != std::string::npos && u.find("_ERR") == std::string::npos);
        }
        if (!flux)
            return R::failure(ErrorCode::MissingColumn,
                              name + ": no FLUX column in extension " + std::to_string(main->index - 1));
    }
    L.mainHdu = main->index;
    // Pipeline products (TPF, SPOC/Kepler light curves) always carry every
    // extension their NEXTEND announces: fewer means the file was cut at an
    // HDU boundary. (K2VARCAT keeps a stale NEXTEND, hence not checked there.)
    const bool pipeline = L.product == ProductType::TargetPixelFile || L.product == ProductType::FfiCutout
                          || L.product == ProductType::LightCurve || L.product == ProductType::DataAlertLightCurve;
    if (pipeline && f.missingExtensions() > 0)
        return R::failure(ErrorCode::Truncated,
                          name + ": " + std::to_string(f.missingExtensions())
                              + " extension(s) announced by NEXTEND are missing (file cut short)");
    if (const HduInfo* ap = f.findExt("APERTURE"); ap && ap->type == IMAGE_HDU && ap->naxes.size() == 2)
        L.apertureHdu = ap->index;
    if (main->rows <= 0)
        return R::failure(ErrorCode::NoRows, name + ": table '" + main->extname + "' has zero rows");
    return R::success(L);
}

Metadata readMetadata(const FitsFile& f, const Layout& L)
{
    Metadata m;
    m.path = f.path();
    m.telescope = L.telescope;
    m.mission = L.mission;
    m.product = L.product;
    const HduInfo* ext = L.mainHdu > 0 ? &f.hdus()[std::size_t(L.mainHdu - 1)] : nullptr;
    const HduInfo* ap = L.apertureHdu > 0 ? &f.hdus()[std::size_t(L.apertureHdu - 1)] : nullptr;
    const std::vector<const HduInfo*> order{ext, &f.primary()};
    auto num = [&](const char* k) { return firstOf(order, [&](const HduInfo& h) { return h.keys.num(k); }); };
    auto integer = [&](const char* k) { return firstOf(order, [&](const HduInfo& h) { return h.keys.integer(k); }); };
    auto str = [&](const char* k) { return firstOf(order, [&](const HduInfo& h) { return h.keys.str(k); }); };

    m.objectName = str("OBJECT").value_or("");
    switch (L.mission) {
    case Mission::Kepler:
        m.idPrefix = "KIC";
        m.targetId = integer("KEPLERID").value_or(-1);
        m.quarter = int(integer("QUARTER").value_or(-1));
        break;
    case Mission::K2:
        m.idPrefix = "EPIC";
        m.targetId = integer("KEPLERID").value_or(integer("EPIC").value_or(-1));
        m.campaign = int(integer("CAMPAIGN").value_or(-1));
        break;
    case Mission::TESS:
        m.idPrefix = "TIC";
        m.targetId = integer("TICID").value_or(-1);
        m.sector = int(integer("SECTOR").value_or(-1));
        break;
    case Mission::Unknown: break;
    }
    if (L.product == ProductType::Tglc) {
        m.idPrefix = "Gaia DR3";
        m.targetId = integer("GAIADR3").value_or(idFromObject(m.objectName, "Gaia DR3").value_or(-1));
    } else if (m.targetId < 0) {
        m.targetId = idFromObject(m.objectName, m.idPrefix).value_or(-1);
    }
    if (m.targetId == 0)
        m.targetId = -1;  // astrocut writes TCID = 0 for coordinate cutouts
    m.camera = int(integer("CAMERA").value_or(-1));
    m.ccd = int(integer("CCD").value_or(-1));
    m.channel = int(integer("CHANNEL").value_or(-1));
    m.cadenceDays = num("TIMEDEL").value_or(0.0);
    m.magnitude = num(L.mission == Mission::TESS ? "TESSMAG" : "KEPMAG").value_or(kNaN);
    m.ra = num("RA_OBJ").value_or(kNaN);
    m.dec = num("DEC_OBJ").value_or(kNaN);
    m.timeSystem = L.mission == Mission::TESS ? TimeSystem::BTJD : TimeSystem::BKJD;
    const long defaultRef = L.mission == Mission::TESS ? 2457000 : 2454833;
    if (auto ri = integer("BJDREFI")) {
        m.bjdRefI = long(*ri);
        m.bjdRefF = num("BJDREFF").value_or(0.0);
    } else {
        double fromUnit = 0;
        if (ext)
            for (const char* t : {"TIME", "time", "T"})
                if (int c = ext->column(t); c > 0) {
                    fromUnit = bjdRefFromUnit(ext->keys.str("TUNIT" + std::to_string(c)).value_or(""));
                    break;
                }
        m.bjdRefI = fromUnit > 0 ? long(std::floor(fromUnit)) : defaultRef;
        m.bjdRefF = fromUnit > 0 ? fromUnit - std::floor(fromUnit) : 0.0;
    }
    m.timePixR = num("TIMEPIXR").value_or(0.5);
    m.crowdSap = num("CROWDSAP").value_or(kNaN);
    m.flfrcSap = num("FLFRCSAP").value_or(kNaN);
    m.tstart = num("TSTART").value_or(kNaN);
    m.tstop = num("TSTOP").value_or(kNaN);
    std::optional<long long> npix = ap ? ap->keys.integer("NPIXSAP") : std::nullopt;
    m.npixSap = int(npix.value_or(integer("NPIXSAP").value_or(-1)));
    m.teff = num("TEFF").value_or(kNaN);
    m.logg = num("LOGG").value_or(kNaN);
    m.radiusSun = num("RADIUS").value_or(kNaN);
    return m;
}

}  // namespace exo::io::detail
