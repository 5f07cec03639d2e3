#include "cli/pipeline_options.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "common/safe_text.h"
#include "io/quality.h"
#include "photometry/aperture.h"

namespace exo::cli {

namespace {
/// A mask file (see phot::readMaskFile): a text grid of 0/1, one pixel row per line.
bool readMaskFile(const std::string& path, pipeline::ApertureChoice& a, std::string& why)
{
    auto m = phot::readMaskFile(path);
    if (!m.ok()) {
        why = "mask file '" + path + "': " + errorCodeDescription(m.status.code)
              + (m.status.detail.empty() ? "" : " (" + m.status.detail + ")");
        return false;
    }
    a.mode = pipeline::ApertureMode::Custom;
    a.rows = m.value.rows;
    a.cols = m.value.cols;
    a.custom = std::move(m.value.bits);
    return true;
}
}  // namespace

bool parseInputOptions(const Args& args, InputOptions& o, std::string& why)
{
    if (auto a = args.value("aperture")) {
        const std::string& s = *a;
        if (s == "pipeline")
            o.aperture.mode = pipeline::ApertureMode::Pipeline;
        else if (s == "all")
            o.aperture.mode = pipeline::ApertureMode::All;
        else if (s.rfind("threshold", 0) == 0) {
            o.aperture.mode = pipeline::ApertureMode::Threshold;
            if (s.size() > 9) {
                if (s[9] != ':') {
                    why = "--aperture: expected threshold[:SIGMA], got '" + s + "'";
                    return false;
                }
                char* end = nullptr;
                double sig = std::strtod(s.c_str() + 10, &end);
                if (!end || *end || !(sig > 0 && sig < 1000)) {
                    why = "--aperture threshold sigma must be a positive number";
                    return false;
                }
                o.aperture.thresholdSigma = sig;
            }
        } else if (s.rfind("mask:", 0) == 0) {
            o.maskPath = s.substr(5);
            if (!readMaskFile(o.maskPath, o.aperture, why))
                return false;
        } else {
            why = "--aperture must be pipeline, threshold[:SIGMA], all or mask:PATH, got '" + s + "'";
            return false;
        }
    }
    if (auto f = args.value("flux")) {
        if (!pipeline::parseFluxSource(*f, o.flux)) {
            why = "--flux must be sap or pdcsap, got '" + *f + "'";
            return false;
        }
    }
    if (auto q = args.value("quality")) {
        // Validate against any mission: presets and integers are mission-independent in form.
        if (!io::parseQualitySpec(Mission::Kepler, *q)) {
            why = "--quality must be default, hard, hardest, none or a non-negative integer, got '" + *q + "'";
            return false;
        }
        o.quality = *q;
    }
    return true;
}

bool parseAnalysisOptions(const Args& args, const InputOptions& in, pipeline::PrepareSettings& ps,
                          pipeline::SearchSettings& ss, std::string& why)
{
    ps.flux = in.flux;
    ps.quality = in.quality;
    bool ok = true;
    if (auto d = args.value("detrend"); d && !pipeline::parseDetrendMethod(*d, ps.detrend)) {
        why = "--detrend must be biweight, median, mean, mean-points, savgol or none";
        return false;
    }
    if (auto w = args.value("window"); w && *w == "auto") {
        ps.autoWindow = true;
    } else if (auto v = args.number("window", ok, why)) {
        ps.windowDays = *v;
        ps.autoWindow = false;
    }
    if (auto v = args.integer("window-points", ok, why)) {
        if (*v < 1 || *v > 1000) {
            why = "--window-points must be between 1 and 1000 points (got " + std::to_string(*v) + ")";
            return false;
        }
        ps.windowPoints = int(*v);
    }
    if (auto v = args.number("bin", ok, why))
        ps.binMinutes = *v;
    if (auto v = args.number("dips", ok, why))
        ps.dipSigma = *v;
    if (auto v = args.number("min-period", ok, why))
        ss.minPeriodDays = *v;
    if (auto v = args.number("max-period", ok, why))
        ss.maxPeriodDays = *v;
    if (auto v = args.number("oversample", ok, why))
        ss.oversample = *v;
    if (auto v = args.numberList("durations", ok, why))
        ss.durationsHours = *v;
    if (auto v = args.integer("max-planets", ok, why))
        ss.maxPlanets = int(*v);
    if (auto v = args.number("min-snr", ok, why))
        ss.minSnr = *v;
    if (auto v = args.number("min-sde", ok, why))
        ss.minSde = *v;
    if (auto v = args.integer("threads", ok, why))
        ss.threads = int(*v);
    if (auto v = args.integer("min-transits", ok, why))
        ss.minTransits = int(*v);
    if (!ok)
        return false;
    if (auto nm = args.value("noise")) {
        if (*nm == "local")
            ss.pipelineErrors = false;
        else if (*nm == "pipeline")
            ss.pipelineErrors = true;
        else {
            why = "--noise must be local or pipeline";
            return false;
        }
    }
    if (auto rd = args.value("redetrend")) {
        if (*rd == "masked")
            ss.redetrendMasked = true;
        else if (*rd == "off")
            ss.redetrendMasked = false;
        else {
            why = "--redetrend must be masked or off";
            return false;
        }
    }
    if (auto o = args.value("objective")) {
        if (*o == "likelihood")
            ss.objective = pipeline::BlsObjective::Likelihood;
        else if (*o == "snr")
            ss.objective = pipeline::BlsObjective::Snr;
        else {
            why = "--objective must be likelihood or snr";
            return false;
        }
    }
    for (const Status& v : {pipeline::validate(ps), pipeline::validate(ss)})
        if (!v.ok()) {
            why = v.detail;
            return false;
        }
    return true;
}

int loadFiles(pipeline::Engine& engine, const std::vector<std::string>& paths, std::ostream& err)
{
    bool failed = false;
    for (const auto& p : paths) {
        auto f = engine.load(p);  // allocation failures come back as this file's TooLarge
        if (!f.ok()) {
            err << reportLine(p, Step::Read, f.status) << "\n";
            failed = true;
        }
    }
    return failed ? kBadInput : kOk;
}

void reportSkipped(const std::vector<pipeline::SkippedFile>& skipped, std::ostream& err, const char* command)
{
    for (const auto& s : skipped) {
        err << "exoworld-cli " << command << ": " << safeText(s.path);
        if (s.coveredBy.empty())
            err << " skipped: no valid time stamps\n";
        else
            err << " skipped: it covers the same stretch of time as " << safeText(s.coveredBy)
                << ", which is analysed\n";
    }
}

void reportWarnings(const std::vector<Warning>& warnings, std::ostream& err, const char* command)
{
    for (const auto& w : warnings)
        if (w.code != WarningCode::ProductsSkipped)  // named one per line by reportSkipped
            err << "exoworld-cli " << command << ": warning: " << safeText(warningText(w)) << "\n";
}

int loadInputs(const std::vector<std::string>& paths, const InputOptions& o, LoadedInput& in, std::ostream& err,
               const char* command)
{
    pipeline::Engine engine;
    if (int rc = loadFiles(engine, paths, err); rc != kOk)
        return rc;
    std::vector<pipeline::ProductInfo> products;
    for (const auto& p : paths)
        products.push_back(pipeline::describeProduct(*engine.loaded(p)));
    const auto choice = pipeline::chooseProducts(products, 0);
    for (const auto& s : choice.skipped)
        in.skipped.push_back(
            {products[s.index].path, s.coveredBy == s.index ? std::string() : products[s.coveredBy].path});
    reportSkipped(in.skipped, err, command);
    if (choice.analysed.empty()) {
        err << fileError(paths.front(), int(ErrorCode::AllNaN), "no valid time stamps") << "\n";
        return kBadInput;
    }
    bool failed = false;
    for (std::size_t i : choice.analysed) {
        const std::string& p = products[i].path;
        // The one option that can only be checked against a file: a mask of another shape.
        const auto& tpf = engine.loaded(p)->tpf;
        if (o.aperture.mode == pipeline::ApertureMode::Custom && tpf
            && (o.aperture.rows != tpf->rows() || o.aperture.cols != tpf->cols())) {
            err << safeText(p + ": --aperture mask:" + o.maskPath + " is " + std::to_string(o.aperture.rows) + "x"
                            + std::to_string(o.aperture.cols) + " but the pixel file is " + std::to_string(tpf->rows())
                            + "x" + std::to_string(tpf->cols()))
                << "\n";
            return kUsage;
        }
        auto raw = engine.raw(p, o.aperture, o.flux);
        if (!raw.ok()) {
            // Options were validated before: what fails now is the file's data (exit 3).
            err << reportLine(p, Step::LightCurve, raw.status) << "\n";
            failed = true;
            continue;
        }
        reportWarnings(raw.warnings, err, command);
        in.files.push_back(*engine.loaded(p));
        in.raw.push_back(*raw.value);
    }
    if (failed)
        return kBadInput;
    in.meta = in.files.front().meta;
    if (in.files.size() == 1) {
        in.stitched = in.raw.front();
        return kOk;
    }
    std::vector<Metadata> metas;
    for (const auto& f : in.files)
        metas.push_back(f.meta);
    auto st = pipeline::stitch(in.raw, metas);
    if (!st.ok()) {
        err << reportLine(inputName(paths), Step::Stitch, st.status) << "\n";
        return kBadInput;
    }
    in.stitched = std::move(st.value);
    in.normalised = true;
    return kOk;
}

}  // namespace exo::cli
