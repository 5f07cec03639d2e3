#include "cli/save_search.h"

#include "cli/cli.h"
#include "cli/store_options.h"
#include "cli/vetting_json.h"
#include "session/session_json.h"
#include "store/from_pipeline.h"

#include <QJsonDocument>

namespace exo::cli {

int saveSearch(const Args& args, const InputOptions& in, const Metadata& meta, const std::vector<std::string>& files,
               const pipeline::PrepareSettings& prepare, const pipeline::SearchSettings& search,
               const pipeline::SearchOutcome& outcome, const std::vector<vetting::Report>& reports, std::ostream& info,
               std::ostream& err)
{
    store::CandidateStore st;
    if (int rc = openStore(args, st, err, "search"); rc != kOk)
        return rc;
    store::SearchProvenance p;
    p.meta = meta;
    for (const auto& f : files)
        p.files << QString::fromStdString(f);
    QJsonObject settings;
    settings[QStringLiteral("prepare")] = app::json::prepareToJson(prepare);
    settings[QStringLiteral("search")] = app::json::searchToJson(search);
    settings[QStringLiteral("aperture")] = app::json::apertureToJson(in.aperture);
    if (!in.maskPath.empty())
        settings[QStringLiteral("aperture_mask_file")] = QString::fromStdString(in.maskPath);
    settings[QStringLiteral("source")] = QStringLiteral("exoworld-cli search");
    p.settings = settings;
    p.author = storeAuthor(args);
    auto entries = store::entriesFromSearch(outcome.candidates, p);
    // The vetting, as `search --json` spells it, with the difference image (for the sheet).
    for (qsizetype i = 0; i < entries.size() && std::size_t(i) < reports.size(); ++i) {
        JsonWriter j;
        writeVettingJson(j, reports[std::size_t(i)],
                         VettingJsonOptions{true, false});  // with the difference image, for the sheet
        entries[i].vetting = QJsonDocument::fromJson(QByteArray::fromStdString(j.str())).object();
        entries[i].vettingFlags.clear();
        for (auto f : reports[std::size_t(i)].flags)
            entries[i].vettingFlags << QString::fromLatin1(vetting::flagName(f));
    }
    if (const auto s = st.upsert(entries, store::AnnotationPolicy::Keep); !s.ok()) {
        err << "exoworld-cli search: " << s.message.toStdString() << "\n";
        return kFailure;
    }
    info << "saved " << entries.size() << " candidate(s) to " << st.path().toStdString() << "\n";
    return kOk;
}

}  // namespace exo::cli
