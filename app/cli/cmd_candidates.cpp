// exoworld-cli candidates list|export|merge: the candidate store from the command line.
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/report.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/store_options.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"
#include "store/from_pipeline.h"
#include "store/review_merge.h"
#include "sheet/sheet_source.h"

#include <QGuiApplication>

namespace exo::cli {

namespace {
const char* kCandidatesHelp =
    "usage: exoworld-cli candidates list   [--store PATH] [--flagged] [--json]\n"
    "       exoworld-cli candidates export [--store PATH] [--flagged] [--format csv|json|ctoi|pdf]\n"
    "                                      [--out PATH] [--author NAME] [--ctoi-template 43|46]\n"
    "       exoworld-cli candidates merge EXPORT.json... [--format csv|json] [--out PATH] [--json]\n"
    "       exoworld-cli candidates sheet ID --out OUT.pdf|OUT.png [--store PATH]\n"
    "\n"
    "The candidate store keeps every saved candidate with its provenance, the user's flag,\n"
    "disposition and note (default store: candidates.sqlite in the user's data folder;\n"
    "'search --save' and the window write it).\n"
    "\n"
    "  list            one line per candidate (--json: the JSON export format)\n"
    "  export          write the candidates: csv (KOI-like columns), json (full provenance),\n"
    "                  ctoi (ExoFOP-TESS bulk upload, TESS targets only; epochs in full BJD),\n"
    "                  pdf (a report: one vetting sheet per candidate; needs --out and the input files)\n"
    "  merge           combine several attendees' JSON exports into one review table; the same\n"
    "                  signal (same star, period equal within 0.1 % or at a ratio up to 5,\n"
    "                  consistent epochs) is one row, counted 'found by N attendees'\n"
    "\n"
    "  --store PATH    the store file (default: the user's store)\n"
    "  --flagged       only the candidates the user flagged\n"
    "  --format F      export format (default csv); for merge csv or json\n"
    "  sheet ID        the one-page vetting sheet of candidate ID (see 'list') as PDF or PNG\n"
    "\n"
    "  --out PATH      output file (default: standard output; required for pdf and sheet)\n"
    "  --author NAME   exporter's name in JSON and the CTOI tag (default: the app setting, or $USER)\n"
    "  --ctoi-template 43 (default: the classic 43-column template, no header row) or 46 (the\n"
    "                  2025 template with discovery, candname and paper columns, one header row)\n"
    "  --json          machine-readable output\n";

int writeOut(const QByteArray& bytes, const std::optional<std::string>& out, std::ostream& stdOut, std::ostream& err)
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

bool guiAvailable(std::ostream& err)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return true;
    err << "exoworld-cli candidates: drawing sheets needs a QGuiApplication (internal error)\n";
    return false;
}

// The report: one sheet per entry, its curves recomputed from the recorded files.
int writeSheets(const QList<store::CandidateEntry>& entries, const std::optional<std::string>& out, std::ostream& err)
{
    if (!out) {
        err << "exoworld-cli candidates: --format pdf needs --out FILE.pdf\n";
        return kUsage;
    }
    if (entries.isEmpty()) {
        err << "exoworld-cli candidates: no candidate to export\n";
        return kFailure;
    }
    if (!guiAvailable(err))
        return kFailure;
    const QStringList names = store::candidateNames(entries);
    QList<sheet::SheetData> sheets;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        sheets.append(sheet::sheetFromEntry(entries[i], names[i]));
        if (!sheets.back().curvesMissing.isEmpty())
            err << "exoworld-cli candidates: " << names[i].toStdString() << ": "
                << sheets.back().curvesMissing.toStdString() << " (sheet without curves)\n";
    }
    QString why;
    if (!sheet::writeReport(QString::fromStdString(*out), sheets, &why)) {
        err << "exoworld-cli candidates: " << why.toStdString() << "\n";
        return kFailure;
    }
    return kOk;
}

int oneSheet(const Args& args, std::ostream& err)
{
    if (args.positional().size() != 2) {
        err << "exoworld-cli candidates sheet: give one candidate id (see 'candidates list')\n";
        return kUsage;
    }
    bool ok = false;
    const qint64 id = QString::fromStdString(args.positional()[1]).toLongLong(&ok);
    const auto out = args.value("out");
    if (!ok || id <= 0 || !out) {
        err << "exoworld-cli candidates sheet: usage: candidates sheet ID --out OUT.pdf|OUT.png\n";
        return kUsage;
    }
    const QString suffix = QString::fromStdString(*out).section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png")) {
        err << "exoworld-cli candidates sheet: --out must end in .pdf or .png\n";
        return kUsage;
    }
    store::CandidateStore st;
    if (int rc = openStore(args, st, err, "candidates"); rc != kOk)
        return rc;
    store::StoreStatus status;
    const auto entry = st.get(id, &status);
    if (!entry) {
        err << "exoworld-cli candidates sheet: " << status.message.toStdString() << "\n";
        return kBadInput;
    }
    if (!guiAvailable(err))
        return kFailure;
    // Its name among its star's candidates.
    store::StoreFilter f;
    f.mission = entry->mission;
    f.targetId = entry->targetId;
    const auto siblings = st.list(f);
    const QStringList names = store::candidateNames(siblings);
    QString name = entry->starLabel();
    for (qsizetype i = 0; i < siblings.size(); ++i)
        if (siblings[i].id == id)
            name = names[i];
    const auto data = sheet::sheetFromEntry(*entry, name);
    if (!data.curvesMissing.isEmpty())
        err << "exoworld-cli candidates sheet: " << data.curvesMissing.toStdString() << " (sheet without curves)\n";
    QString why;
    if (!sheet::writeSheet(QString::fromStdString(*out), data, &why)) {
        err << "exoworld-cli candidates sheet: " << why.toStdString() << "\n";
        return kFailure;
    }
    return kOk;
}

int listOrExport(const std::string& sub, const Args& args, std::ostream& out, std::ostream& err)
{
    store::CandidateStore st;
    if (int rc = openStore(args, st, err, "candidates"); rc != kOk)
        return rc;
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
            return writeOut(store::toJsonExport(entries, {author, store::softwareVersion(), {}}), std::nullopt, out,
                            err);
        const QStringList names = store::candidateNames(entries);
        char line[512];
        std::snprintf(line, sizeof line, "%-6s %-20s %-16s %12s %16s %7s %9s %6s %4s %-16s %s\n", "id", "candidate",
                      "object", "period (d)", "t0 (BJD)", "dur (h)", "depth ppm", "SNR", "flag", "disposition", "note");
        out << line;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            std::snprintf(line, sizeof line, "%-6lld %-20s %-16s %12s %16s %7s %9s %6s %4s %-16s %s\n",
                          static_cast<long long>(e.id), qPrintable(names[i]), qPrintable(e.objectName.left(16)),
                          fixed(e.periodDays, 6, "-").c_str(), fixed(e.t0Bjd, 5, "-").c_str(),
                          fixed(e.durationHours, 2, "-").c_str(), fixed(e.depthPpm, 0, "-").c_str(),
                          fixed(e.snr, 1, "-").c_str(), e.annotation.flagged ? "*" : "",
                          qPrintable(store::dispositionKey(e.annotation.disposition)),
                          qPrintable(e.annotation.note.simplified().left(60)));
            out << line;
        }
        out << entries.size() << " candidate(s) in " << st.path().toStdString() << "\n";
        return kOk;
    }
    const std::string format = args.value("format").value_or("csv");
    if (format == "csv")
        return writeOut(store::toCsv(entries), args.value("out"), out, err);
    if (format == "json")
        return writeOut(store::toJsonExport(entries, {author, store::softwareVersion(), {}}), args.value("out"), out,
                        err);
    if (format == "ctoi") {
        store::CtoiOptions o;
        o.username = author;
        const std::string layout = args.value("ctoi-template").value_or("43");
        if (layout == "46")
            o.layout = store::CtoiTemplate::Recent46;
        else if (layout != "43") {
            err << "exoworld-cli candidates: --ctoi-template must be 43 or 46\n";
            return kUsage;
        }
        const auto r = store::toCtoi(entries, o);
        for (const auto& s : r.skipped)
            err << "exoworld-cli candidates: skipped " << s.toStdString() << "\n";
        return writeOut(r.text, args.value("out"), out, err);
    }
    if (format == "pdf")
        return writeSheets(entries, args.value("out"), err);
    err << "exoworld-cli candidates: --format must be csv, json, ctoi or pdf\n";
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
    for (std::size_t i = 1; i < files.size(); ++i)
        paths << QString::fromStdString(files[i]);
    QStringList errors;
    const auto sources = store::readReviewSources(paths, errors);
    for (const auto& e : errors)
        err << e.toStdString() << "\n";
    if (!errors.isEmpty())
        return kBadInput;
    const store::ReviewTable table = store::mergeReviews(sources);
    const std::string format = args.value("format").value_or(args.has("json") ? "json" : "");
    if (format == "json")
        return writeOut(store::reviewToJson(table), args.value("out"), out, err);
    if (format == "csv")
        return writeOut(store::reviewToCsv(table), args.value("out"), out, err);
    if (!format.empty()) {
        err << "exoworld-cli candidates merge: --format must be csv or json\n";
        return kUsage;
    }
    if (args.value("out"))
        return writeOut(store::reviewToCsv(table), args.value("out"), out, err);
    int n = 0;
    for (const auto& s : sources)
        n += int(s.entries.size());
    out << n << " candidate(s) from " << sources.size() << " export(s) in " << table.groups.size() << " group(s)\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-5s %-18s %-14s %12s %16s %8s %-18s %s\n", "group", "target", "object",
                  "period (d)", "t0 (BJD)", "found by", "consensus", "attendees");
    out << line;
    for (qsizetype i = 0; i < table.groups.size(); ++i) {
        const auto& g = table.groups[i];
        std::snprintf(line, sizeof line, "%-5lld %-18s %-14s %12s %16s %8d %-18s %s\n", static_cast<long long>(i + 1),
                      qPrintable(g.reference.starLabel()), qPrintable(g.reference.objectName.left(14)),
                      fixed(g.reference.periodDays, 6, "-").c_str(), fixed(g.reference.t0Bjd, 5, "-").c_str(),
                      g.foundBy(), qPrintable(store::dispositionKey(g.consensus)),
                      qPrintable(g.attendees.join(QLatin1Char(','))));
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
    if (sub == "merge")
        return merge(args, out, err);
    if (sub == "sheet")
        return oneSheet(args, err);
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
