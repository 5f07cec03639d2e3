#pragma once
/// One-line error reports of exoworld-cli, and the exit code each failure means.
/// Exit codes mean one thing: 2 = the command line is wrong (options are checked before
/// any file is read; after that only an option that cannot apply is a usage error: a
/// mask of another shape than the pixels, a period grid too large to search);
/// 3 = an input file or its data is the problem. Every line names its file once.

#include <string>
#include <vector>

#include "common/status.h"

namespace exo::cli {

/// What the command was doing with the file when the status came back.
enum class Step { Read, LightCurve, Stitch, Prepare, Search };

/// "FILE: cause (detail)" as one printable line: the file named once (a detail that starts
/// with the file's name loses it, a detail that repeats the cause replaces it), the stage
/// said in words, the whole line through exo::safeText (file content cannot reach the
/// terminal raw).
std::string reportLine(const std::string& file, Step stage, const Status& st);

/// The exit code of a failure at a stage, once the options were validated.
int exitCodeFor(Step stage, const Status& st);

/// `v` with `prec` decimals ("%.*f", locale-independent), or `missing` when it is not finite.
std::string fixed(double v, int prec, const char* missing = "n/a");

/// How a message names the input of a command: the file, or "FIRST (+N more)".
std::string inputName(const std::vector<std::string>& files);

}  // namespace exo::cli
