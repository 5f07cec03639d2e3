#include "session/session_settings_check.h"

#include <QCoreApplication>

#include <functional>

namespace exo::app {

namespace {
template <typename Settings>
struct Field {
    const char* option;  ///< how validate() names it (the CLI option)
    const char* label;   ///< how the pipeline panel names it (translated at use)
    std::function<void(Settings&)> reset;
};

template <typename Settings>
int checkAll(Settings& settings, const std::vector<Field<Settings>>& fields, const char* group, QStringList& warnings)
{
    int resets = 0;
    for (std::size_t guard = 0; guard <= fields.size(); ++guard) {
        const Status v = pipeline::validate(settings);
        if (v.ok())
            break;
        const Field<Settings>* hit = nullptr;
        for (const auto& f : fields)
            if (v.detail.rfind(f.option, 0) == 0
                && (hit == nullptr || std::string(f.option).size() > std::string(hit->option).size()))
                hit = &f;
        // The reason without the option name: "must be between 1 and 10 (got 1000)".
        std::string why = v.detail;
        if (hit) {
            why = why.substr(std::string(hit->option).size());
            while (!why.empty() && why.front() == ' ')
                why.erase(why.begin());
        }
        const QString label = hit ? QCoreApplication::translate("PipelinePanel", hit->label)
                                  : QCoreApplication::translate("SessionIO", group);
        warnings << QCoreApplication::translate(
                        "SessionIO", "The session's setting \u201c%1\u201d is not valid (%2); the default is used.")
                        .arg(label, QString::fromStdString(why));
        ++resets;
        if (hit)
            hit->reset(settings);
        else {
            settings = Settings{};
            break;
        }
    }
    return resets;
}
}  // namespace

int checkSessionSettings(pipeline::PrepareSettings& p, pipeline::SearchSettings& s, QStringList& warnings)
{
    using P = pipeline::PrepareSettings;
    using S = pipeline::SearchSettings;
    static const P dp{};
    static const S ds{};
    static const std::vector<Field<P>> prepareFields{
        {"--quality", QT_TRANSLATE_NOOP("PipelinePanel", "Quality"), [](P& x) { x.quality = dp.quality; }},
        {"--window", QT_TRANSLATE_NOOP("PipelinePanel", "Window"), [](P& x) { x.windowDays = dp.windowDays; }},
        {"--window-points", QT_TRANSLATE_NOOP("PipelinePanel", "Window"),
         [](P& x) { x.windowPoints = dp.windowPoints; }},
        {"--bin", QT_TRANSLATE_NOOP("PipelinePanel", "Bin"), [](P& x) { x.binMinutes = dp.binMinutes; }},
        {"--dips", QT_TRANSLATE_NOOP("PipelinePanel", "Mark dips below"), [](P& x) { x.dipSigma = dp.dipSigma; }},
        {"--clip-sigma", QT_TRANSLATE_NOOP("PipelinePanel", "Outliers"), [](P& x) { x.clipSigma = dp.clipSigma; }},
        {"--gap", QT_TRANSLATE_NOOP("PipelinePanel", "Gap between segments"), [](P& x) { x.gapDays = dp.gapDays; }},
        {"--min-segment", QT_TRANSLATE_NOOP("PipelinePanel", "Shortest segment"),
         [](P& x) { x.minSegmentPoints = dp.minSegmentPoints; }},
        {"too many masked", QT_TRANSLATE_NOOP("PipelinePanel", "Masked time ranges"),
         [](P& x) { x.maskedRanges.clear(); }},
        {"a masked time range", QT_TRANSLATE_NOOP("PipelinePanel", "Masked time ranges"),
         [](P& x) { x.maskedRanges.clear(); }},
    };
    static const std::vector<Field<S>> searchFields{
        {"--min-period", QT_TRANSLATE_NOOP("PipelinePanel", "Min period"),
         [](S& x) {
             x.minPeriodDays = ds.minPeriodDays;
             x.maxPeriodDays = ds.maxPeriodDays;
         }},
        {"--max-period", QT_TRANSLATE_NOOP("PipelinePanel", "Max period"),
         [](S& x) { x.maxPeriodDays = ds.maxPeriodDays; }},
        {"--oversample", QT_TRANSLATE_NOOP("PipelinePanel", "Oversampling"),
         [](S& x) { x.oversample = ds.oversample; }},
        {"--durations", QT_TRANSLATE_NOOP("PipelinePanel", "Durations (h)"),
         [](S& x) { x.durationsHours = ds.durationsHours; }},
        {"--max-planets", QT_TRANSLATE_NOOP("PipelinePanel", "Max planets"),
         [](S& x) { x.maxPlanets = ds.maxPlanets; }},
        {"--min-snr", QT_TRANSLATE_NOOP("PipelinePanel", "Min SNR"), [](S& x) { x.minSnr = ds.minSnr; }},
        {"--min-sde", QT_TRANSLATE_NOOP("PipelinePanel", "Min SDE"), [](S& x) { x.minSde = ds.minSde; }},
        {"--min-transits", QT_TRANSLATE_NOOP("PipelinePanel", "Min transits"),
         [](S& x) { x.minTransits = ds.minTransits; }},
        {"--threads", QT_TRANSLATE_NOOP("PipelinePanel", "Threads"), [](S& x) { x.threads = ds.threads; }},
    };
    return checkAll(p, prepareFields, QT_TRANSLATE_NOOP("SessionIO", "Preparation settings"), warnings)
           + checkAll(s, searchFields, QT_TRANSLATE_NOOP("SessionIO", "Search settings"), warnings);
}

}  // namespace exo::app
