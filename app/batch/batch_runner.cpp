#include "batch/batch_runner.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <mutex>
#include <ostream>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "batch/results_db.h"
#include "batch/star_record.h"

#include <QJsonDocument>
#include <QJsonObject>
#include "cli/cli.h"

namespace exo::batchrun {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string resultsDbPath(const std::string& outDir) { return (fs::path(outDir) / "results.sqlite").string(); }
std::string starsCsvPath(const std::string& outDir) { return (fs::path(outDir) / "stars.csv").string(); }
std::string candidatesCsvPath(const std::string& outDir) { return (fs::path(outDir) / "candidates.csv").string(); }
std::string resultsFile(const std::string& path)
{
    std::error_code ec;
    return fs::is_directory(path, ec) ? resultsDbPath(path) : path;
}

namespace {

/// A star whose analysis was started this many times without being recorded (the process
/// died each time: a crash, the out-of-memory killer) is recorded as an error instead.
constexpr int kMaxAttempts = 3;

std::string hms(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e8)
        return "--:--:--";
    const long s = long(seconds + 0.5);
    char b[32];
    std::snprintf(b, sizeof b, "%02ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    return b;
}

/// Progress: a refreshed bar with rate and ETA on a terminal, a plain line per star otherwise.
class Progress {
public:
    Progress(std::ostream& err, bool bar, std::size_t total) : m_err(err), m_bar(bar), m_total(total) {}
    void star(const batch::StarOutcome& o)
    {
        ++m_done;
        if (!o.status.ok())
            ++m_errors;
        const double el = std::chrono::duration<double>(Clock::now() - m_start).count();
        const double rate = el > 0 ? m_done / el * 60.0 : 0;  // stars per minute
        const double eta = m_done ? el / double(m_done) * double(m_total - m_done) : -1;
        char line[512];
        if (m_bar) {
            const int width = 30;
            const int filled = m_total ? int(double(width) * double(m_done) / double(m_total)) : width;
            std::string bar(std::size_t(filled), '#');
            bar.resize(std::size_t(width), '.');
            std::snprintf(line, sizeof line, "\r[%s] %zu/%zu stars  %.1f stars/min  ETA %s  errors %zu ", bar.c_str(),
                          m_done, m_total, rate, hms(eta).c_str(), m_errors);
            m_err << line << std::flush;
        } else {
            std::snprintf(line, sizeof line, "[%zu/%zu] %s %s %zu candidate(s) %.2f s  (%.1f stars/min, ETA %s)\n",
                          m_done, m_total, o.star.label.c_str(),
                          o.status.ok() ? "ok" : (std::string("error ") + errorCodeName(o.status.code)).c_str(),
                          o.candidates.size(), o.seconds, rate, hms(eta).c_str());
            m_err << line << std::flush;
        }
    }
    void finish()
    {
        if (m_bar)
            m_err << "\n";
    }
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }

private:
    std::ostream& m_err;
    bool m_bar;
    std::size_t m_total, m_done = 0, m_errors = 0;
    Clock::time_point m_start = Clock::now();
};

int writeCsv(ResultsDb& db, const std::string& outDir, std::ostream& err)
{
    std::string why;
    if (!writeSummaryCsv(db.stars(), db.candidates(), starsCsvPath(outDir), candidatesCsvPath(outDir), why)) {
        err << "exoworld-cli batch: " << why << "\n";
        return cli::kFailure;
    }
    return cli::kOk;
}

}  // namespace

namespace {
/// Allocation churn: every star allocates and frees arrays of 0.1 to a few MB (time, flux,
/// masks, trends, periodograms), above glibc's initial 128 kB mmap threshold, so each was a
/// fresh mmap whose pages the kernel zeroes on first touch and a munmap (~7 % of a TESS
/// batch's CPU time in the kernel). Serve them from the heap and keep freed memory for the
/// next star instead. Memory stays bounded: at most `jobs` stars are alive at once, and
/// allocations over 32 MB (pixel cubes) are still mapped and unmapped.
void keepFreedMemoryForTheNextStar()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}
}  // namespace

int runBatch(const RunOptions& opt, std::ostream& out, std::ostream& err)
{
    keepFreedMemoryForTheNextStar();
    auto inputs = batch::listInputs(opt.input);
    if (!inputs.ok()) {
        err << "exoworld-cli batch: " << opt.input << ": " << errorCodeDescription(inputs.status.code)
            << (inputs.status.detail.empty() ? "" : " (" + inputs.status.detail + ")") << "\n";
        return cli::kBadInput;
    }
    const int jobs = std::max(1, opt.jobs);
    // A manifest with a `star` column groups without reading; otherwise read every
    // file's headers (in parallel) and group the files into stars.
    auto listed = batch::manifestStars(opt.input);
    if (!listed.ok()) {
        err << "exoworld-cli batch: " << errorCodeDescription(listed.status.code) << " (" << listed.status.detail
            << ")\n";
        return listed.status.code == ErrorCode::InvalidParameter ? cli::kUsage : cli::kBadInput;
    }
    std::vector<batch::FileInfo> infos(listed.value.empty() ? inputs.value.size() : 0);
    if (!listed.value.empty())
        infos = std::move(listed.value);
    else {
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> pool;
        for (int w = 0; w < jobs; ++w)
            pool.emplace_back([&] {
                for (std::size_t i; (i = next++) < infos.size();)
                    infos[i] = batch::describeFile(inputs.value[i]);
            });
        for (auto& t : pool)
            t.join();
    }
    const auto all = batch::groupStars(infos);
    const auto mine = batch::shardOf(all, opt.shardIndex, opt.shardCount);

    std::error_code ec;
    fs::create_directories(opt.outDir, ec);
    if (ec) {
        err << "exoworld-cli batch: " << opt.outDir << ": " << ec.message() << "\n";
        return cli::kFailure;
    }
    ResultsDb db;
    std::string why;
    if (!db.open(resultsDbPath(opt.outDir), why)) {
        err << "exoworld-cli batch: " << why << "\n";
        return cli::kFailure;
    }
    const long long existing = db.starCount();
    if (existing > 0 && !opt.resume) {
        err << "exoworld-cli batch: " << opt.outDir << " already holds results of " << existing
            << " star(s); add --resume to continue that run, or choose another --out\n";
        return cli::kUsage;
    }
    if (existing > 0 && db.meta("settings") != opt.settingsJson) {
        err << "exoworld-cli batch: --resume with other settings than the recorded run (" << db.meta("settings")
            << "); use the same options or another --out\n";
        return cli::kUsage;
    }
    const std::string shardText = std::to_string(opt.shardIndex) + "/" + std::to_string(opt.shardCount);
    if (!db.setMeta("settings", opt.settingsJson, why) || !db.setMeta("input", opt.input, why)
        || !db.setMeta("shard", shardText, why)) {
        err << "exoworld-cli batch: " << why << "\n";
        return cli::kFailure;
    }
    const auto done = db.doneKeys();
    const auto tries = db.attempts();
    std::vector<const batch::BatchStar*> todo;
    std::vector<batch::StarOutcome> given;  // started kMaxAttempts times without finishing: recorded as errors
    for (const auto& s : mine) {
        if (done.count(s.key))
            continue;
        auto t = tries.find(s.key);
        if (t != tries.end() && t->second >= kMaxAttempts) {
            batch::StarOutcome o;
            o.star = s;
            o.status = Status::error(ErrorCode::InternalError,
                                     "the batch process died " + std::to_string(t->second)
                                         + " times while analysing this star (crash or out of memory); not retried");
            given.push_back(std::move(o));
            continue;
        }
        todo.push_back(&s);
    }
    const QJsonObject candidateSettings =
        QJsonDocument::fromJson(QByteArray::fromStdString(opt.candidateSettingsJson)).object();
    for (auto& o : given) {
        if (!db.writeStar(makeStarRecord(o, candidateSettings), why)) {
            err << "exoworld-cli batch: cannot record " << o.star.label << ": " << why << "\n";
            return cli::kFailure;
        }
        err << o.star.label << ": " << o.status.detail << "\n";
    }
    err << "batch: " << inputs.value.size() << " files, " << all.size() << " stars";
    if (opt.shardCount > 1)
        err << ", shard " << shardText << ": " << mine.size() << " stars";
    if (opt.resume)
        err << ", " << (mine.size() - todo.size()) << " already done";
    err << ", " << todo.size() << " to analyse on " << jobs << " worker(s)\n";

    // Workers analyse; this thread records. At most `jobs` finished stars wait in the queue.
    std::mutex mutex;
    std::condition_variable ready, space;
    std::deque<StarRecord> queue;
    std::deque<std::string> started;  // keys whose analysis begins (counted in the store)
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    int running = jobs;
    std::vector<std::thread> workers;
    for (int w = 0; w < jobs; ++w)
        workers.emplace_back([&] {
            for (std::size_t i; !stop && (i = next++) < todo.size();) {
                {
                    std::lock_guard lock(mutex);
                    started.push_back(todo[i]->key);
                    ready.notify_one();
                }
                // Analysed, vetted, hashed and turned into store records here, in parallel.
                StarRecord o = makeStarRecord(batch::analyseStar(*todo[i], opt.settings), candidateSettings);
                std::unique_lock lock(mutex);
                space.wait(lock, [&] { return queue.size() < std::size_t(jobs) || stop; });
                queue.push_back(std::move(o));
                ready.notify_one();
            }
            std::lock_guard lock(mutex);
            --running;
            ready.notify_one();
        });
    Progress progress(err, opt.progressBar, todo.size());
    int rc = cli::kOk;
    std::size_t ok = 0, failed = 0, candidates = 0;
    for (;;) {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return !queue.empty() || !started.empty() || running == 0; });
        if (!started.empty()) {
            const std::string key = std::move(started.front());
            started.pop_front();
            lock.unlock();
            if (!db.markAttempt(key, why))
                err << "\nexoworld-cli batch: " << why << "\n";
            continue;
        }
        if (queue.empty())
            break;
        StarRecord rec = std::move(queue.front());
        queue.pop_front();
        space.notify_one();
        lock.unlock();
        const auto& o = rec.outcome;
        if (!db.writeStar(rec, why)) {
            err << "\nexoworld-cli batch: cannot record " << o.star.label << ": " << why << "\n";
            rc = cli::kFailure;
            stop = true;
            space.notify_all();
            continue;
        }
        (o.status.ok() ? ok : failed)++;
        candidates += o.candidates.size();
        progress.star(o);
    }
    for (auto& t : workers)
        t.join();
    progress.finish();
    if (rc != cli::kOk)
        return rc;
    if (int c = writeCsv(db, opt.outDir, err); c != cli::kOk)
        return c;
    const double el = progress.elapsed();
    char line[256];
    std::snprintf(line, sizeof line, "%zu star(s) analysed (%zu ok, %zu with errors), %zu candidate(s), %.1f s",
                  ok + failed, ok, failed, candidates, el);
    out << line;
    if (el > 0 && ok + failed > 0)
        std::snprintf(line, sizeof line, ", %.1f stars/min on %d worker(s)", double(ok + failed) / el * 60.0, jobs),
            out << line;
    out << "\nresults: " << resultsDbPath(opt.outDir) << ", " << starsCsvPath(opt.outDir) << ", "
        << candidatesCsvPath(opt.outDir) << " (" << db.starCount() << " star rows)\n";
    return cli::kOk;
}

int mergeShards(const std::vector<std::string>& shardDirs, const std::string& outDir, std::ostream& out,
                std::ostream& err)
{
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec) {
        err << "exoworld-cli batch-merge: " << outDir << ": " << ec.message() << "\n";
        return cli::kFailure;
    }
    ResultsDb db;
    std::string why;
    if (!db.open(resultsDbPath(outDir), why)) {
        err << "exoworld-cli batch-merge: " << why << "\n";
        return cli::kFailure;
    }
    if (db.starCount() > 0) {
        err << "exoworld-cli batch-merge: " << outDir << " already holds results; choose an empty --out\n";
        return cli::kUsage;
    }
    std::string settings;
    int total = 0;
    for (const auto& dir : shardDirs) {
        const std::string path = resultsFile(dir);
        if (!fs::exists(path, ec)) {
            err << "exoworld-cli batch-merge: " << dir << ": no results.sqlite\n";
            return cli::kBadInput;
        }
        {
            ResultsDb shard;
            if (!shard.open(path, why, false)) {
                err << "exoworld-cli batch-merge: " << why << "\n";
                return cli::kBadInput;
            }
            const std::string s = shard.meta("settings");
            if (settings.empty())
                settings = s;
            else if (s != settings) {
                err << "exoworld-cli batch-merge: " << dir << " was run with other settings than " << shardDirs.front()
                    << "\n";
                return cli::kUsage;
            }
        }
        int added = 0, dup = 0;
        if (!db.mergeFrom(path, added, dup, why)) {
            err << "exoworld-cli batch-merge: " << why << "\n";
            return cli::kFailure;
        }
        total += added;
        err << dir << ": " << added << " star(s)" << (dup ? ", " + std::to_string(dup) + " already merged" : "")
            << "\n";
    }
    if (!db.setMeta("settings", settings, why)) {
        err << "exoworld-cli batch-merge: " << why << "\n";
        return cli::kFailure;
    }
    std::string csvWhy;
    if (!writeSummaryCsv(db.stars(), db.candidates(), starsCsvPath(outDir), candidatesCsvPath(outDir), csvWhy)) {
        err << "exoworld-cli batch-merge: " << csvWhy << "\n";
        return cli::kFailure;
    }
    out << "merged " << shardDirs.size() << " shard(s): " << total << " star(s), " << db.candidates().size()
        << " candidate(s) into " << outDir << "\n";
    return cli::kOk;
}

}  // namespace exo::batchrun
