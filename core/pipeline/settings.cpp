#include "pipeline/settings.h"

#include <cmath>
#include <cstdio>

#include "io/quality.h"

namespace exo::pipeline {

const char* apertureModeName(ApertureMode m)
{
    switch (m) {
    case ApertureMode::Pipeline: return "pipeline";
    case ApertureMode::Threshold: return "threshold";
    case ApertureMode::All: return "all";
    case ApertureMode::Custom: return "custom";
    }
    return "pipeline";
}

const char* fluxSourceName(FluxSource f) { return f == FluxSource::Sap ? "sap" : "pdcsap"; }

const char* detrendMethodName(DetrendMethod d)
{
    switch (d) {
    case DetrendMethod::Biweight: return "biweight";
    case DetrendMethod::SlidingMedian: return "median";
    case DetrendMethod::MovingMean: return "mean";
    case DetrendMethod::SavGol: return "savgol";
    case DetrendMethod::None: return "none";
    case DetrendMethod::MovingMeanPoints: return "mean-points";
    }
    return "biweight";
}

bool parseApertureMode(const std::string& s, ApertureMode& out)
{
    for (auto m : {ApertureMode::Pipeline, ApertureMode::Threshold, ApertureMode::All, ApertureMode::Custom})
        if (s == apertureModeName(m)) {
            out = m;
            return true;
        }
    return false;
}

bool parseFluxSource(const std::string& s, FluxSource& out)
{
    if (s == "pdcsap") {
        out = FluxSource::Pdcsap;
        return true;
    }
    if (s == "sap") {
        out = FluxSource::Sap;
        return true;
    }
    return false;
}

bool parseDetrendMethod(const std::string& s, DetrendMethod& out)
{
    for (auto d : {DetrendMethod::Biweight, DetrendMethod::SlidingMedian, DetrendMethod::MovingMean,
                   DetrendMethod::SavGol, DetrendMethod::None, DetrendMethod::MovingMeanPoints})
        if (s == detrendMethodName(d)) {
            out = d;
            return true;
        }
    return false;
}

namespace {
std::string num(double v)
{
    char b[64];
    std::snprintf(b, sizeof b, "%g", v);
    return b;
}
Status outOfRange(const char* name, Limit l, double v, const char* unit = "")
{
    return Status::error(ErrorCode::InvalidParameter, std::string(name) + " must be between " + num(l.min) + " and "
                                                          + num(l.max) + unit + " (got " + num(v) + ")");
}
}  // namespace

Status validate(const PrepareSettings& s)
{
    if (!io::parseQualitySpec(Mission::Kepler, s.quality))
        return Status::error(ErrorCode::InvalidParameter,
                             "--quality must be default, hard, hardest, none or a non-negative integer (got '"
                                 + s.quality + "')");
    if (s.detrend != DetrendMethod::None && s.detrend != DetrendMethod::MovingMeanPoints
        && !limits::windowDays.contains(s.windowDays))
        return outOfRange("--window", limits::windowDays, s.windowDays, " days");
    if (!limits::windowPoints.contains(s.windowPoints))
        return outOfRange("--window-points", limits::windowPoints, s.windowPoints, " points");
    if (!limits::binMinutes.contains(s.binMinutes))
        return outOfRange("--bin", limits::binMinutes, s.binMinutes, " minutes");
    if (!limits::dipSigma.contains(s.dipSigma))
        return outOfRange("--dips", limits::dipSigma, s.dipSigma, " sigma");
    if (s.sigmaClip && !limits::clipSigma.contains(s.clipSigma))
        return outOfRange("--clip-sigma", limits::clipSigma, s.clipSigma);
    if (!limits::gapDays.contains(s.gapDays))
        return outOfRange("--gap", limits::gapDays, s.gapDays, " days");
    if (!limits::minSegmentPoints.contains(s.minSegmentPoints))
        return outOfRange("--min-segment", limits::minSegmentPoints, s.minSegmentPoints, " points");
    if (s.maskedRanges.size() > limits::maxMaskedRanges)
        return Status::error(ErrorCode::InvalidParameter, "too many masked time ranges ("
                                                              + std::to_string(s.maskedRanges.size()) + ", at most "
                                                              + std::to_string(limits::maxMaskedRanges) + ")");
    for (const auto& [a, b] : s.maskedRanges)
        if (!std::isfinite(a) || !std::isfinite(b))
            return Status::error(ErrorCode::InvalidParameter, "a masked time range is not a finite number");
    return Status::success();
}

Status validate(const SearchSettings& s)
{
    if (!limits::periodDays.contains(s.minPeriodDays))
        return outOfRange("--min-period", limits::periodDays, s.minPeriodDays, " days");
    if (!limits::periodDays.contains(s.maxPeriodDays))
        return outOfRange("--max-period", limits::periodDays, s.maxPeriodDays, " days");
    if (s.minPeriodDays > 0 && s.maxPeriodDays > 0 && s.minPeriodDays >= s.maxPeriodDays)
        return Status::error(ErrorCode::InvalidParameter, "--min-period (" + num(s.minPeriodDays)
                                                              + " d) must be below --max-period ("
                                                              + num(s.maxPeriodDays) + " d)");
    if (!limits::oversample.contains(s.oversample))
        return outOfRange("--oversample", limits::oversample, s.oversample);
    if (s.durationsHours.size() > std::size_t(limits::maxDurations))
        return Status::error(ErrorCode::InvalidParameter,
                             "--durations takes at most " + std::to_string(limits::maxDurations) + " values");
    for (double h : s.durationsHours)
        if (!limits::durationHours.contains(h))
            return outOfRange("--durations", limits::durationHours, h, " hours");
    if (!limits::maxPlanets.contains(s.maxPlanets))
        return outOfRange("--max-planets", limits::maxPlanets, s.maxPlanets);
    if (!limits::minSnr.contains(s.minSnr))
        return outOfRange("--min-snr", limits::minSnr, s.minSnr);
    if (!limits::minSde.contains(s.minSde))
        return outOfRange("--min-sde", limits::minSde, s.minSde);
    if (!limits::threads.contains(s.threads))
        return outOfRange("--threads", limits::threads, s.threads);
    if (!limits::minTransits.contains(s.minTransits))
        return outOfRange("--min-transits", limits::minTransits, s.minTransits);
    return Status::success();
}

}  // namespace exo::pipeline
