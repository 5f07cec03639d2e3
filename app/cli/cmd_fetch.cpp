// exoworld-cli fetch / planets: the MAST and NASA Exoplanet Archive client, headless.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <ostream>
#include <set>

#include "archive/archive_session.h"
#include "archive/downloader.h"
#include "archive/exoplanet_archive.h"
#include "archive/http_client.h"
#include "archive/mast_client.h"
#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/json_writer.h"

namespace exo::cli {

namespace {

const char* kFetchHelp = "usage: exoworld-cli fetch TARGET [--mission kepler|k2|tess] [--product lc|tpf|cutout]\n"
                         "                         [--author A] [--quarter Q|--campaign C|--sector S]\n"
                         "                         [--cadence long|short|120|20|ffi] [--cutout-size N]\n"
                         "                         [--list] [--out DIR] [--json]\n"
                         "\n"
                         "Find a star in the MAST archive and download its Kepler, K2 or TESS files.\n"
                         "TARGET is a name (\"Kepler-62\", \"TOI-700\", \"WASP-126\"), a catalogue number\n"
                         "(\"KIC 9002278\", \"EPIC 201367065\", \"TIC 25155310\") or \"RA DEC\" in degrees.\n"
                         "Files go to the cache (mastDownload/Mission/obs_id/file, as lightkurve lays it out);\n"
                         "a file already there is not downloaded again. Without network, cached listings\n"
                         "and files are still used.\n"
                         "\n"
                         "  --mission M      kepler, k2 or tess\n"
                         "  --product P      lc (light curve), tpf (target pixel file) or cutout (TESS FFI cut-out)\n"
                         "  --author A       pipeline or HLSP: Kepler, K2, SPOC, TESS-SPOC, QLP, K2SFF, TESScut...\n"
                         "  --quarter Q / --campaign C / --sector S   one season (only one of them)\n"
                         "  --cadence C      long, short (Kepler/K2), 120, 20 (TESS seconds), ffi\n"
                         "  --cutout-size N  side of a TESScut cut-out in pixels (1-100, default 10)\n"
                         "  --list           only list the matching products\n"
                         "  --out DIR        also copy the downloaded files into DIR\n"
                         "  --json           machine-readable output\n"
                         "\n"
                         "Environment: EXOWORLD_MAST_URL, EXOWORLD_EXOARCHIVE_URL replace the archive base URLs;\n"
                         "EXOWORLD_CACHE_DIR the cache folder. Exit status 4: the archive failed or nothing matched.\n";

const char* kPlanetsHelp = "usage: exoworld-cli planets TARGET [--json]\n"
                           "\n"
                           "Known planets and candidates of a star from the NASA Exoplanet Archive (confirmed\n"
                           "planets, KOIs, TOIs): name, period, mid-transit epoch (BJD_TDB), duration, depth.\n"
                           "TARGET is a host name (\"Kepler-62\") or \"KIC N\", \"EPIC N\", \"TIC N\".\n"
                           "\n"
                           "  --json   machine-readable output\n";

std::string s(const QString& q) { return q.toStdString(); }

/// A QCoreApplication for the network when the caller has none (exoworld-cli's main).
std::unique_ptr<QCoreApplication> ensureApp()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "exoworld-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

std::string humanSize(qint64 b)
{
    char buf[32];
    if (b <= 0)
        return "-";
    if (b < 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.0f kB", b / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", b / (1024.0 * 1024.0));
    return buf;
}

void writeProduct(JsonWriter& j, const archive::Product& p)
{
    j.beginObject();
    j.field("mission", s(p.mission)).field("product", s(p.kind)).field("author", s(p.author));
    j.key("season");
    if (p.season >= 0)
        j.value(p.season);
    else
        j.null();
    j.field("season_label", s(p.seasonLabel())).field("cadence", s(p.cadence));
    j.field("size", static_cast<long long>(p.size)).field("obs_id", s(p.obsId)).field("filename", s(p.filename));
    j.field("data_uri", s(p.dataUri)).field("description", s(p.description));
}

}  // namespace

int cmdFetch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv,
                    {{"mission", "product", "author", "quarter", "campaign", "sector", "cadence", "cutout-size", "out"},
                     {"list", "json", "help"}})) {
        err << "exoworld-cli fetch: " << args.error() << "\n" << kFetchHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kFetchHelp;
        return kOk;
    }
    if (args.positional().size() != 1 || args.positional()[0].empty()) {
        err << "exoworld-cli fetch: give exactly one TARGET (quote names with spaces)\n" << kFetchHelp;
        return kUsage;
    }
    archive::ProductFilter f;
    auto lowerOpt = [&](const char* k) { return QString::fromStdString(args.value(k).value_or("")).toLower(); };
    f.mission = lowerOpt("mission");
    if (!f.mission.isEmpty() && f.mission != QLatin1String("kepler") && f.mission != QLatin1String("k2")
        && f.mission != QLatin1String("tess")) {
        err << "exoworld-cli fetch: --mission must be kepler, k2 or tess\n";
        return kUsage;
    }
    f.kind = lowerOpt("product");
    if (!f.kind.isEmpty() && f.kind != QLatin1String("lc") && f.kind != QLatin1String("tpf")
        && f.kind != QLatin1String("cutout")) {
        err << "exoworld-cli fetch: --product must be lc, tpf or cutout\n";
        return kUsage;
    }
    f.author = QString::fromStdString(args.value("author").value_or(""));
    f.cadence = lowerOpt("cadence");
    static const std::set<std::string> cadences{"long", "short", "120", "20", "ffi", "200", "600", "1800"};
    if (!f.cadence.isEmpty() && !cadences.count(s(f.cadence))) {
        err << "exoworld-cli fetch: --cadence must be long, short, 120, 20 or ffi\n";
        return kUsage;
    }
    bool ok = true;
    std::string why;
    int seasons = 0;
    const char* seasonMission = nullptr;
    for (const char* k : {"quarter", "campaign", "sector"}) {
        if (auto v = args.integer(k, ok, why)) {
            if (*v < 0 || *v > 200) {
                err << "exoworld-cli fetch: --" << k << " must be between 0 and 200\n";
                return kUsage;
            }
            f.season = int(*v);
            ++seasons;
            seasonMission = std::string(k) == "quarter" ? "kepler" : std::string(k) == "campaign" ? "k2" : "tess";
        }
    }
    int cutoutSize = 10;
    if (auto v = args.integer("cutout-size", ok, why)) {
        if (*v < 1 || *v > 100) {
            err << "exoworld-cli fetch: --cutout-size must be between 1 and 100 pixels\n";
            return kUsage;
        }
        cutoutSize = int(*v);
    }
    if (!ok) {
        err << "exoworld-cli fetch: " << why << "\n";
        return kUsage;
    }
    if (seasons > 1) {
        err << "exoworld-cli fetch: give only one of --quarter, --campaign, --sector\n";
        return kUsage;
    }
    if (seasonMission) {
        if (!f.mission.isEmpty() && f.mission != QLatin1String(seasonMission)) {
            err << "exoworld-cli fetch: that season option does not apply to --mission " << s(f.mission) << "\n";
            return kUsage;
        }
        f.mission = QLatin1String(seasonMission);
    }
    if (f.mission == QLatin1String("k2"))
        f.mission = QStringLiteral("K2");
    const bool json = args.has("json");
    const QString target = QString::fromStdString(args.positional()[0]);

    auto app = ensureApp();
    archive::ArchiveSession session;
    QEventLoop loop;
    archive::SearchAnswer answer;
    session.mast()->search(
        target, &loop,
        [&](const archive::SearchAnswer& a) {
            answer = a;
            loop.quit();
        },
        cutoutSize);
    loop.exec();
    for (const QString& w : answer.warnings)
        err << "exoworld-cli fetch: warning: " << s(w) << "\n";
    if (answer.error != archive::ErrorKind::None) {
        err << "exoworld-cli fetch: " << s(target) << ": " << s(archive::errorText(answer.error, answer.detail))
            << "\n";
        return kArchive;
    }
    archive::ProductList chosen;
    for (const archive::Product& p : answer.products) {
        if (!f.matches(p))
            continue;
        if (f.kind.isEmpty() && p.kind == QLatin1String("cutout") && !args.has("list"))
            continue;  // cut-outs on request only
        chosen << p;
    }
    const QString label = answer.target.canonicalName.isEmpty() ? target : answer.target.canonicalName;
    if (chosen.isEmpty()) {
        err << "exoworld-cli fetch: " << s(label) << ": none of the " << answer.products.size()
            << " products matches the filters\n";
        return kArchive;
    }
    if (args.has("list")) {
        if (json) {
            JsonWriter j;
            j.beginObject().field("target", s(label)).field("from_cache", answer.fromCache);
            j.key("products").beginArray();
            for (const auto& p : chosen) {
                writeProduct(j, p);
                j.endObject();
            }
            j.endArray().endObject();
            out << j.str() << "\n";
        } else {
            out << s(label) << ": " << chosen.size() << " product(s)" << (answer.fromCache ? " (cached listing)" : "")
                << "\n";
            char line[512];
            std::snprintf(line, sizeof line, "%-7s %-7s %-10s %-6s %-7s %9s  %s\n", "mission", "product", "author",
                          "season", "cadence", "size", "file");
            out << line;
            for (const auto& p : chosen) {
                std::snprintf(line, sizeof line, "%-7s %-7s %-10s %-6s %-7s %9s  %s\n", s(p.mission).c_str(),
                              s(p.kind).c_str(), s(p.author).c_str(), s(p.seasonLabel()).c_str(), s(p.cadence).c_str(),
                              humanSize(p.size).c_str(), s(p.filename).c_str());
                out << line;
            }
        }
        return kOk;
    }

    archive::Downloader* dl = session.downloader();
    QObject::connect(dl, &archive::Downloader::finished, &loop, &QEventLoop::quit);
    if (!json) {
        QObject::connect(dl, &archive::Downloader::fileFailed, &loop, [&](int i, const QString& msg) {
            err << "exoworld-cli fetch: " << s(dl->items()[i].product.filename) << ": " << s(msg) << "\n";
        });
    }
    dl->start(chosen);
    loop.exec();

    const QString outDir = QString::fromStdString(args.value("out").value_or(""));
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        err << "exoworld-cli fetch: cannot create " << s(outDir) << "\n";
        return kFailure;
    }
    int failed = 0;
    JsonWriter j;
    j.beginObject().field("target", s(label)).key("files").beginArray();
    for (const auto& it : dl->items()) {
        QString path = it.path;
        if (it.error == archive::ErrorKind::None && !outDir.isEmpty()) {
            const QString copy = QDir(outDir).filePath(QFileInfo(it.path).fileName());
            QFile::remove(copy);
            if (QFile::copy(it.path, copy))
                path = copy;
        }
        if (it.error != archive::ErrorKind::None)
            ++failed;
        if (json) {
            writeProduct(j, it.product);
            j.field("ok", it.error == archive::ErrorKind::None).field("from_cache", it.fromCache);
            j.field("path", it.error == archive::ErrorKind::None ? s(path) : std::string());
            if (it.error != archive::ErrorKind::None)
                j.field("error", s(it.message));
            j.endObject();
        } else if (it.error == archive::ErrorKind::None) {
            out << s(path) << (it.fromCache ? "  (cached)" : "") << "\n";
        }
    }
    j.endArray().endObject();
    if (json)
        out << j.str() << "\n";
    return failed ? kArchive : kOk;
}

int cmdPlanets(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv, {{}, {"json", "help"}})) {
        err << "exoworld-cli planets: " << args.error() << "\n" << kPlanetsHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kPlanetsHelp;
        return kOk;
    }
    if (args.positional().size() != 1 || args.positional()[0].empty()) {
        err << "exoworld-cli planets: give exactly one TARGET\n" << kPlanetsHelp;
        return kUsage;
    }
    const QString target = QString::fromStdString(args.positional()[0]);
    auto app = ensureApp();
    archive::ArchiveSession session;
    QEventLoop loop;
    archive::StarInfo info;
    session.exoplanets()->lookup(archive::StarKey::fromQuery(target), &loop, [&](const archive::StarInfo& i) {
        info = i;
        loop.quit();
    });
    loop.exec();
    if (info.error != archive::ErrorKind::None) {
        err << "exoworld-cli planets: " << s(target) << ": " << s(archive::errorText(info.error, info.detail)) << "\n";
        return kArchive;
    }
    if (args.has("json")) {
        JsonWriter j;
        j.beginObject().field("target", s(target)).field("common_name", s(info.commonName));
        j.field("display_name", s(info.displayName())).field("from_cache", info.fromCache);
        j.key("planets").beginArray();
        for (const auto& p : info.planets) {
            j.beginObject().field("name", p.name).field("disposition", p.disposition);
            j.field("period_days", p.periodDays).field("t0_bjd", p.t0Bjd);
            j.field("duration_hours", p.durationHours).field("depth_ppm", p.depthPpm).endObject();
        }
        j.endArray().endObject();
        out << j.str() << "\n";
        return kOk;
    }
    out << s(info.displayName().isEmpty() ? target : info.displayName()) << ": " << info.planets.size()
        << " known planet(s) or candidate(s)" << (info.fromCache ? " (cached)" : "") << "\n";
    char line[256];
    for (const auto& p : info.planets) {
        std::snprintf(line, sizeof line, "  %-16s %-10s P = %.6f d  T0 = %.5f BJD  %.2f h  %.0f ppm\n", p.name.c_str(),
                      p.disposition.c_str(), p.periodDays, p.t0Bjd, p.durationHours, p.depthPpm);
        out << line;
    }
    return kOk;
}

}  // namespace exo::cli
