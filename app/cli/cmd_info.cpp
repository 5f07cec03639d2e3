// exoworld-cli info: what each file holds.
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/report.h"
#include "common/safe_text.h"
#include "io/fits_reader.h"

namespace exo::cli {

namespace {

const char* kInfoHelp = "usage: exoworld-cli info FILE... [--json]\n"
                        "\n"
                        "Print, for each Kepler/K2/TESS file: mission, product type, target id and name,\n"
                        "quarter/campaign/sector, number of cadences (and how many pass the default quality\n"
                        "mask), time range with its time system, pixel shape and pipeline-aperture size for\n"
                        "pixel files, and the flux columns present.\n"
                        "\n"
                        "  --json   machine-readable output (one object per file, see README)\n";

struct FileFacts {
    io::ProbeInfo probe;
    long long goodCadences = 0;
    double tmin = NAN, tmax = NAN;
};

std::string seasonLabel(const Metadata& m)
{
    // Appending (not "Q" + std::to_string(...)) avoids GCC 12's false -Wrestrict in
    // operator+(const char*, std::string&&) (GCC bug 105329).
    auto label = [](char prefix, int n) {
        std::string s(1, prefix);
        s += std::to_string(n);
        return s;
    };
    if (m.quarter >= 0)
        return label('Q', m.quarter);
    if (m.campaign >= 0)
        return label('C', m.campaign);
    if (m.sector >= 0)
        return label('S', m.sector);
    return "-";
}

void printHuman(std::ostream& out, const std::string& path, const FileFacts& f)
{
    const auto& m = f.probe.meta;
    // Names and paths come from the file and the disk: printed through the sanitizer.
    out << safeText(path) << "\n";
    out << "  mission        " << missionName(m.mission) << "\n";
    out << "  product        " << productTypeName(m.product) << "\n";
    out << "  target         " << safeText(m.targetLabel());
    if (!m.objectName.empty() && m.objectName != m.targetLabel())
        out << " (" << safeText(m.objectName) << ")";
    out << "\n";
    out << "  season         " << seasonLabel(m) << "\n";
    out << "  cadences       " << f.probe.rows << " (" << f.goodCadences << " after the default quality mask)\n";
    out << "  time range     " << fixed(f.tmin, 4) << " to " << fixed(f.tmax, 4) << " " << timeSystemName(m.timeSystem)
        << " (BJD - " << fixed(m.bjdOffset(), 1) << ")\n";
    if (m.cadenceDays > 0)
        out << "  cadence        " << fixed(m.cadenceDays * 1440.0, 2) << " min\n";
    if (f.probe.pixelRows > 0) {
        out << "  pixels         " << f.probe.pixelRows << " x " << f.probe.pixelCols << " (rows x cols)";
        if (f.probe.pipelineAperturePixels >= 0)
            out << ", pipeline aperture " << f.probe.pipelineAperturePixels << " px";
        out << "\n";
    }
    out << "  flux columns   ";
    for (std::size_t i = 0; i < f.probe.fluxColumns.size(); ++i)
        out << (i ? ", " : "") << safeText(f.probe.fluxColumns[i]);
    out << "\n";
}

void writeJson(JsonWriter& j, const std::string& path, const FileFacts& f)
{
    const auto& m = f.probe.meta;
    j.beginObject();
    j.field("file", path);
    j.field("ok", true);
    j.field("mission", missionName(m.mission));
    j.field("product_type", productTypeName(m.product));
    j.field("target_id", m.targetId);
    j.field("target_id_prefix", m.idPrefix);
    j.field("target_label", m.targetLabel());
    j.field("object_name", m.objectName);
    j.key("quarter");
    m.quarter >= 0 ? j.value(m.quarter) : j.null();
    j.key("campaign");
    m.campaign >= 0 ? j.value(m.campaign) : j.null();
    j.key("sector");
    m.sector >= 0 ? j.value(m.sector) : j.null();
    j.field("n_cadences", f.probe.rows);
    j.field("n_cadences_default_quality", f.goodCadences);
    j.field("time_start", f.tmin);
    j.field("time_stop", f.tmax);
    j.field("time_system", timeSystemName(m.timeSystem));
    j.field("bjd_reference", m.bjdOffset());
    j.field("cadence_minutes", m.cadenceDays * 1440.0);
    j.field("ra_deg", m.ra);
    j.field("dec_deg", m.dec);
    j.field("magnitude", m.magnitude);
    j.key("pixel_rows");
    f.probe.pixelRows > 0 ? j.value(f.probe.pixelRows) : j.null();
    j.key("pixel_cols");
    f.probe.pixelCols > 0 ? j.value(f.probe.pixelCols) : j.null();
    j.key("pipeline_aperture_pixels");
    f.probe.pipelineAperturePixels >= 0 ? j.value(f.probe.pipelineAperturePixels) : j.null();
    j.key("flux_columns").beginArray();
    for (const auto& c : f.probe.fluxColumns)
        j.value(c);
    j.endArray();
    j.endObject();
}

}  // namespace

std::string fileError(const std::string& path, int code, const std::string& detail)
{
    return reportLine(path, Step::Read, Status::error(ErrorCode(code), detail));
}

int cmdInfo(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    if (!args.parse(argv, {{}, {"json", "help"}})) {
        err << "exoworld-cli info: " << args.error() << "\n" << kInfoHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kInfoHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli info: no file given\n" << kInfoHelp;
        return kUsage;
    }
    const bool json = args.has("json");
    JsonWriter j;
    if (json)
        j.beginArray();
    int status = kOk;
    for (const auto& path : args.positional()) {
        // Headers, plus the time and quality columns only (never the pixel cube); one open.
        auto pr = io::describeFile(path);
        if (!pr.ok()) {
            err << fileError(path, int(pr.status.code), pr.status.detail) << "\n";
            if (json) {
                j.beginObject()
                    .field("file", path)
                    .field("ok", false)
                    .field("error", errorCodeName(pr.status.code))
                    .field("detail", safeText(stripFilePrefix(pr.status.detail, path)))
                    .endObject();
            }
            status = kBadInput;
            continue;
        }
        FileFacts f;
        f.probe = pr.value.probe;
        const auto& cad = pr.value.cadences;
        f.goodCadences = cad.goodCadences;
        f.tmin = cad.timeStart;
        f.tmax = cad.timeStop;
        if (json)
            writeJson(j, path, f);
        else
            printHuman(out, path, f);
    }
    if (json) {
        j.endArray();
        out << j.str() << "\n";
    }
    return status;
}

}  // namespace exo::cli
