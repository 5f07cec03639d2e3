#include "cli/vet_sheet.h"

#include "cli/cli.h"
#include "cli/json_writer.h"
#include "cli/vetting_json.h"
#include "common/safe_text.h"
#include "session/session_json.h"
#include "sheet/sheet_source.h"
#include "store/from_pipeline.h"

#include <QJsonDocument>

#include <limits>

namespace exo::cli {

int writeVetSheet(const std::string& path, const Metadata& meta, const std::vector<std::string>& files,
                  const pipeline::PrepareSettings& prepare, const pipeline::Prepared& prepared,
                  const vetting::Ephemeris& ephemeris, const vetting::Report& report, std::ostream& err)
{
    // The ephemeris as a candidate, with what the vetting measured (white + red noise).
    Candidate c;
    c.rank = 1;
    c.periodDays = ephemeris.periodDays;
    c.t0 = ephemeris.t0;
    c.t0Bjd = ephemeris.t0 + meta.bjdOffset();
    c.durationHours = ephemeris.durationHours;
    c.depthPpm = report.primary.ppm;
    c.depthErrPpm = report.primary.errPpm;
    c.snr = report.primary.sigma();
    c.sde = std::numeric_limits<double>::quiet_NaN();  // no search ran
    c.nTransits = int(report.events.size());
    c.oddDepthPpm = report.odd.ppm;
    c.evenDepthPpm = report.even.ppm;
    c.oddEvenSigma = report.oddEvenSigma;
    c.secondaryDepthPpm = report.secondary.ppm;
    c.secondaryErrPpm = report.secondary.errPpm;

    store::SearchProvenance p;
    p.meta = meta;
    for (const auto& f : files)
        p.files << QString::fromStdString(f);
    QJsonObject settings;
    settings[QStringLiteral("prepare")] = app::json::prepareToJson(prepare);
    settings[QStringLiteral("source")] = QStringLiteral("exoworld-cli vet");
    p.settings = settings;
    auto entries = store::entriesFromSearch({c}, p);
    if (entries.isEmpty()) {
        err << "exoworld-cli vet: no sheet could be made\n";
        return kFailure;
    }
    JsonWriter j;
    writeVettingJson(j, report, VettingJsonOptions{true, true});  // with the difference image
    entries[0].vetting = QJsonDocument::fromJson(QByteArray::fromStdString(j.str())).object();
    for (auto f : report.flags)
        entries[0].vettingFlags << QString::fromLatin1(vetting::flagName(f));

    sheet::SheetData d;
    d.entry = entries[0];
    d.name = QString::fromStdString(meta.targetLabel());
    d.curves = sheet::curvesFrom(prepared, nullptr);
    QString error;
    if (!sheet::writeSheet(QString::fromStdString(path), d, &error)) {
        err << safeText(path + ": cannot write the vetting sheet (" + error.toStdString() + ")") << "\n";
        return kFailure;
    }
    return kOk;
}

}  // namespace exo::cli
