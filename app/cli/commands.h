#pragma once
/// exoworld-cli subcommands. Each takes the arguments after its name.

#include <iosfwd>
#include <string>
#include <vector>

namespace exo::cli {

int cmdInfo(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdLightCurve(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
class Args;
struct InputOptions;
/// lightcurve --dips SIGMA (cmd_dips.cpp): the thresholded dips of the prepared light curve, as CSV.
int runLightCurveDips(const Args& args, const InputOptions& in, std::ostream& out, std::ostream& err);
/// demo --workshop DIR (cmd_workshop.cpp): the workshop folder and its answer key.
int runDemoWorkshop(const std::string& dir, unsigned seed, int stars, std::ostream& out, std::ostream& err);
int cmdSearch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdInjectRecover(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdGts(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdBatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdBatchMerge(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdVet(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdCandidates(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdDemo(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdFetch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmdPlanets(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// "file: cause (detail)" — the one-line error format for a file.
std::string fileError(const std::string& path, int code, const std::string& detail);

}  // namespace exo::cli
