#include "batch/star_record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "cli/vetting_json.h"
#include "store/entry_json.h"
#include "store/file_hash.h"
#include "store/from_pipeline.h"

namespace exo::batchrun {

namespace {
QStringList paths(const std::vector<std::string>& files)
{
    QStringList out;
    for (const auto& f : files)
        out << QString::fromStdString(f);
    return out;
}
}  // namespace

StarRecord makeStarRecord(batch::StarOutcome outcome, const QJsonObject& settings)
{
    StarRecord r;
    r.outcome = std::move(outcome);
    const auto& o = r.outcome;
    r.files = store::fileRefs(paths(o.star.files));  // hashed here, on the worker thread
    if (o.candidates.empty())
        return r;
    store::SearchProvenance p;
    p.meta = o.meta;
    p.files = paths(o.analysed);  // the analysed products (hash cache hits: just hashed above)
    p.settings = settings;
    r.candidates = store::entriesFromSearch(o.candidates, p);
    // The vetting as `search --save` stores it: the JSON of `search --json` without images
    // and per-event list, and the named flags.
    for (qsizetype i = 0; i < r.candidates.size() && std::size_t(i) < o.vetting.size(); ++i) {
        const auto& report = o.vetting[std::size_t(i)];
        cli::JsonWriter j;
        cli::writeVettingJson(j, report, cli::VettingJsonOptions{false, false});
        r.candidates[i].vetting = QJsonDocument::fromJson(QByteArray::fromStdString(j.str())).object();
        for (auto f : report.flags)
            r.candidates[i].vettingFlags << QString::fromLatin1(vetting::flagName(f));
    }
    return r;
}

QString filesJson(const QList<store::FileRef>& files)
{
    return QString::fromUtf8(QJsonDocument(store::filesToJson(files)).toJson(QJsonDocument::Compact));
}

}  // namespace exo::batchrun
