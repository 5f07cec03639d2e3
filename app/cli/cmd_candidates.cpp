// exoworld-cli candidates list|export|merge: the candidate store from the command line.
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/store_options.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"
#include "store/from_pipeline.h"
#include "store/review_merge.h"

namespace exo::cli {

namespace {
const char* kCandidatesHelp =
    "usage: exoworld-cli candidates list   [--store PATH] [--flagged] [--json]\n"
    "       exoworld-cli candidates export [--store PATH] [--flagged] [--format csv|json|ctoi]\n"
    "                                      [--out PATH] [--author NAME] [--ctoi-template 43|46]\n"
    "       exoworld-cli candidates merge EXPORT.json... [--format csv|json] [--out PATH] [--json]\n"
    "\n"
    "The candidate store keeps every saved candidate with its provenance, the user's flag,\n"
    "disposition and note (default store: candidates.sqlite in the user's data folder;\n"
    "'search --save' and the window write it).\n"
    "\n"
    "  list            one line per candidate (--json: the JSON export format)\n"
    "  export          write the candidates: csv (KOI-like columns), json (full provenance),\n"
    "                  ctoi (ExoFOP-TESS bulk upload, TESS targets only; epochs in full BJD)\n"
    "  merge           combine several attendees' JSON exports into one review table; the same\n"
    "                  signal (same star, period equal within 0.1 % or at a ratio up to 5,\n"
    "                  consistent epochs) is one row, counted 'found by N attendees'\n"
    "\n"
    "  --store PATH    the store file (default: the user's store)\n"
    "  --flagged       only the candidates the user flagged\n"
    "  --format F      export format (default csv); for merge csv or json\n"
    "  --out PATH      output file (default: standard output)\n"
    "  --author NAME   exporter's name in JSON and the CTOI tag (default: the app setting, or $USER)\n"
    "  --ctoi-template 43 (default: the classic 43-column template, no header row) or 46 (the\n"
    "                  2025 template with discovery, candname and paper columns, one header row)\n"
    "  --json          machine-readable output\n";

std::string fmt(double v, int prec)
{
    if (!std::isfinite(v)) return "-";
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", prec, v);
    return b;
}

int writeOut(const QByteArray& bytes, const std::optional<std::string>& out, std::ostream& stdOut,
             std::ostream& err)
{
    if (!out) {
        stdOut << bytes.toStdString();
        return kOk;
    }
    QSaveFile f(QString::fromStdString(*out));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err << "exoworld-cli candidates: cannot write " << *out << ": " << f.errorString().toStdString() << "\n";
        return kFailure;
    }
    return kOk;
}

int listOrExport(const std::string& sub, const Args& args, std::ostream& out, std::ostream& err)
{
    store::CandidateStore st;
    if (int rc = openStore(args, st, err, "candidates"); rc != kOk) return rc;
    store::StoreFilter filter;
    filter.flaggedOnly = args.has("flagged");
    store::StoreStatus status;
    const auto entries = st.list(filter, &status);
    if (!status.ok()) {
        err << "exoworld-cli candidates: " << status.message.toStdString() << "\n";
        return kFailure;
    }
    const QString author = storeAuthor(args);
    if (sub == "list") {
        if (args.has("json"))
            return writeOut(store::toJsonExport(entries, {author, store::softwareVersion(), {}}), std::nullopt,
                            out, err);
        const QStringList names = store::candidateNames(entries);
        char line[512];
        std::snprintf(line, sizeof line, "%-6s %-20s %-16s %12s %16s %7s %9s %6s %4s %-16s %s\n", "id", "candidate",
                      "object", "period (d)", "t0 (BJD)", "dur (h)", "depth ppm", "SNR", "flag", "disposition",
                      "note");
        out << line;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            std::snprintf(line, sizeof line, "%-6lld %-20s %-16s %12s %16s %7s %9s %6s %4s %-16s %s\n",
                          static_cast<long long>(e.id), qPrintable(names[i]), qPrintable(e.objectName.left(16)),
                          fmt(e.periodDays, 6).c_str(), fmt(e.t0Bjd, 5).c_str(), fmt(e.durationHours, 2).c_str(),
                          fmt(e.depthPpm, 0).c_str(), fmt(e.snr, 1).c_str(), e.annotation.flagged ? "*" : "",
                          qPrintable(store::dispositionKey(e.annotation.disposition)),
                          qPrintable(e.annotation.note.simplified().left(60)));
            out << line;
        }
        out << entries.size() << " candidate(s) in " << st.path().toStdString() << "\n";
        return kOk;
    }
    const std::string format = args.value("format").value_or("csv");
    if (format == "csv") return writeOut(store::toCsv(entries), args.value("out"), out, err);
    if (format == "json")
        return writeOut(store::toJsonExport(entries, {author, store::softwareVersion(), {}}), args.value("out"),
                        out, err);
    if (format == "ctoi") {
        store::CtoiOptions o;
        o.username = author;
        const std::string layout = args.value("ctoi-template").value_or("43");
        if (layout == "46") o.layout = store::CtoiTemplate::Recent46;
        else if (layout != "43") {
            err << "exoworld-cli candidates: --ctoi-template must be 43 or 46\n";
            return kUsage;
        }
        const auto r = store::toCtoi(entries, o);
        for (const auto& s : r.skipped) err << "exoworld-cli candidates: skipped " << s.toStdString() << "\n";
        return writeOut(r.text, args.value("out"), out, err);
    }
    err << "exoworld-cli candidates: --format must be csv, json or ctoi\n";
    return kUsage;
}

int merge(const Args& args, std::ostream& out, std::ostream& err)
{
    const auto& files = args.positional();
    if (files.size() < 2) {  // "merge" itself is the first
        err << "exoworld-cli candidates merge: give the JSON exports to merge\n" << kCandidatesHelp;
        return kUsage;
    }
    QStringList paths;
    for (std::size_t i = 1; i < files.size(); ++i) paths << QString::fromStdString(files[i]);
    QStringList errors;
    const auto sources = store::readReviewSources(paths, errors);
    for (const auto& e : errors) err << e.toStdString() << "\n";
    if (!errors.isEmpty()) return kBadInput;
    const store::ReviewTable table = store::mergeReviews(sources);
    const std::string format = args.value("format").value_or(args.has("json") ? "json" : "");
    if (format == "json") return writeOut(store::reviewToJson(table), args.value("out"), out, err);
    if (format == "csv") return writeOut(store::reviewToCsv(table), args.value("out"), out, err);
    if (!format.empty()) {
        err << "exoworld-cli candidates merge: --format must be csv or json\n";
        return kUsage;
    }
    if (args.value("out")) return writeOut(store::reviewToCsv(table), args.value("out"), out, err);
    int n = 0;
    for (const auto& s : sources) n += int(s.entries.size());
    out << n << " candidate(s) from " << sources.size() << " export(s) in " << table.groups.size()
        << " group(s)\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-5s %-18s %-14s %12s %16s %8s %-18s %s\n", "group", "target", "object",
                  "period (d)", "t0 (BJD)", "found by", "consensus", "attendees");
    out << line;
    for (qsizetype i = 0; i < table.groups.size(); ++i) {
        const auto& g = table.groups[i];
        std::snprintf(line, sizeof line, "%-5lld %-18s %-14s %12s %16s %8d %-18s %s\n", static_cast<long long>(i + 1),
                      qPrintable(g.reference.starLabel()), qPrintable(g.reference.objectName.left(14)),
                      fmt(g.reference.periodDays, 6).c_str(), fmt(g.reference.t0Bjd, 5).c_str(), g.foundBy(),
                      qPrintable(store::dispositionKey(g.consensus)), qPrintable(g.attendees.join(QLatin1Char(','))));
        out << line;
    }
    return kOk;
}
}  // namespace

int cmdCandidates(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    Args args;
    ArgSpec spec{{"store", "format", "out", "author", "ctoi-template"}, {"flagged", "json", "help"}};
    if (!args.parse(argv, spec)) {
        err << "exoworld-cli candidates: " << args.error() << "\n" << kCandidatesHelp;
        return kUsage;
    }
    if (args.has("help")) {
        out << kCandidatesHelp;
        return kOk;
    }
    if (args.positional().empty()) {
        err << "exoworld-cli candidates: say list, export or merge\n" << kCandidatesHelp;
        return kUsage;
    }
    const std::string sub = args.positional().front();
    if (sub == "merge") return merge(args, out, err);
    if (sub != "list" && sub != "export") {
        err << "exoworld-cli candidates: unknown subcommand '" << sub << "'\n" << kCandidatesHelp;
        return kUsage;
    }
    if (args.positional().size() > 1) {
        err << "exoworld-cli candidates " << sub << ": unexpected argument '" << args.positional()[1] << "'\n";
        return kUsage;
    }
    return listOrExport(sub, args, out, err);
}

}  // namespace exo::cli
