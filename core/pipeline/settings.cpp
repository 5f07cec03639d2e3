#include "pipeline/settings.h"

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
    }
    return "biweight";
}

bool parseApertureMode(const std::string& s, ApertureMode& out)
{
    for (auto m : {ApertureMode::Pipeline, ApertureMode::Threshold, ApertureMode::All, ApertureMode::Custom})
        if (s == apertureModeName(m)) { out = m; return true; }
    return false;
}

bool parseFluxSource(const std::string& s, FluxSource& out)
{
    if (s == "pdcsap") { out = FluxSource::Pdcsap; return true; }
    if (s == "sap") { out = FluxSource::Sap; return true; }
    return false;
}

bool parseDetrendMethod(const std::string& s, DetrendMethod& out)
{
    for (auto d : {DetrendMethod::Biweight, DetrendMethod::SlidingMedian, DetrendMethod::MovingMean,
                   DetrendMethod::SavGol, DetrendMethod::None})
        if (s == detrendMethodName(d)) { out = d; return true; }
    return false;
}

}  // namespace exo::pipeline
