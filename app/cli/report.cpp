#include "cli/report.h"

#include "cli/cli.h"
#include "common/safe_text.h"

#include <cmath>
#include <cstdio>

namespace exo::cli {

namespace {
const char* stagePhrase(Step s)
{
    switch (s) {
    case Step::Read: return "";
    case Step::LightCurve: return "cannot make its light curve: ";
    case Step::Stitch: return "cannot stitch the files: ";
    case Step::Prepare: return "cannot prepare the light curve: ";
    case Step::Search: return "transit search failed: ";
    }
    return "";
}
}  // namespace

std::string reportLine(const std::string& file, Step stage, const Status& st)
{
    const std::string cause = errorCodeDescription(st.code);
    const std::string detail = stripFilePrefix(st.detail, file);
    std::string text;
    if (detail.empty())
        text = cause;
    else if (detail.rfind(cause, 0) == 0)
        text = detail;  // "file is empty (0 bytes)", not twice
    else
        text = cause + " (" + detail + ")";
    return safeText(file + ": " + stagePhrase(stage) + text);
}

int exitCodeFor(Step stage, const Status& st)
{
    if (st.ok())
        return kOk;
    // The period grid follows from --min-period/--oversample: too large is the options' fault.
    if (stage == Step::Search && st.code == ErrorCode::TooLarge)
        return kUsage;
    return kBadInput;
}

std::string inputName(const std::vector<std::string>& files)
{
    if (files.empty())
        return "input";
    if (files.size() == 1)
        return files.front();
    return files.front() + " (+" + std::to_string(files.size() - 1) + " more)";
}

std::string fixed(double v, int prec, const char* missing)
{
    if (!std::isfinite(v))
        return missing;
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", prec, v);
    return b;
}

}  // namespace exo::cli
