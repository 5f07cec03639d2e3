#include "cli/save_search.h"

#include "cli/cli.h"
#include "cli/store_options.h"
#include "session/session_json.h"
#include "store/from_pipeline.h"

namespace exo::cli {

int saveSearch(const Args& args, const InputOptions& in, const Metadata& meta, const std::vector<std::string>& files,
               const pipeline::PrepareSettings& prepare, const pipeline::SearchSettings& search,
               const pipeline::SearchOutcome& outcome, std::ostream& info, std::ostream& err)
{
    store::CandidateStore st;
    if (int rc = openStore(args, st, err, "search"); rc != kOk) return rc;
    store::SearchProvenance p;
    p.meta = meta;
    for (const auto& f : files) p.files << QString::fromStdString(f);
    QJsonObject settings;
    settings[QStringLiteral("prepare")] = app::json::prepareToJson(prepare);
    settings[QStringLiteral("search")] = app::json::searchToJson(search);
    settings[QStringLiteral("aperture")] = app::json::apertureToJson(in.aperture);
    if (!in.maskPath.empty()) settings[QStringLiteral("aperture_mask_file")] = QString::fromStdString(in.maskPath);
    settings[QStringLiteral("source")] = QStringLiteral("exoworld-cli search");
    p.settings = settings;
    p.author = storeAuthor(args);
    auto entries = store::entriesFromSearch(outcome.candidates, p);
    if (const auto s = st.upsert(entries, store::AnnotationPolicy::Keep); !s.ok()) {
        err << "exoworld-cli search: " << s.message.toStdString() << "\n";
        return kFailure;
    }
    info << "saved " << entries.size() << " candidate(s) to " << st.path().toStdString() << "\n";
    return kOk;
}

}  // namespace exo::cli
