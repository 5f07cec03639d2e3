#include "sheet/sheet_source.h"

#include "session/session_json.h"
#include "sheet/mini_plot.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace exo::sheet {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("exo::sheet", s); }
}

SheetCurves curvesFrom(const pipeline::Prepared& prepared, const pipeline::SearchOutcome* outcome)
{
    SheetCurves c;
    const double med = medianOf(prepared.clean.flux);
    const double scale = std::isfinite(med) && med != 0 ? med : 1.0;
    c.time = prepared.clean.time;
    c.flux.reserve(prepared.clean.flux.size());
    for (double v : prepared.clean.flux) c.flux.push_back(v / scale);
    if (prepared.trend.size() == prepared.clean.size())
        for (double v : prepared.trend) c.trend.push_back(v / scale);
    c.flatTime = prepared.flat.time;
    c.flatFlux = prepared.flat.flux;
    if (outcome) {
        c.period = outcome->period;
        if (outcome->sdePower.size() == outcome->period.size()) {
            c.power = outcome->sdePower;
            c.powerLabel = QStringLiteral("SDE");
        } else {
            c.power = outcome->power;
            c.powerLabel = tr("BLS power");
        }
    }
    return c;
}

SheetData sheetFromEntry(const store::CandidateEntry& entry, const QString& name, bool withPeriodogram)
{
    SheetData d;
    d.entry = entry;
    d.name = name;
    if (entry.files.isEmpty()) {
        d.curvesMissing = tr("no input file recorded");
        return d;
    }
    QStringList warnings;
    const QJsonObject s = entry.settings;
    const auto prepare = app::json::prepareFromJson(s.value(QStringLiteral("prepare")).toObject(), warnings);
    auto search = app::json::searchFromJson(s.value(QStringLiteral("search")).toObject(), warnings);
    const auto aperture =
        app::json::apertureFromJson(s.value(QStringLiteral("aperture")).toObject(), QStringLiteral("sheet"), warnings);
    std::vector<Series> raw;
    std::vector<Metadata> metas;
    for (const auto& f : entry.files) {
        if (!QFileInfo::exists(f.path)) {
            d.curvesMissing = tr("input file not found: %1").arg(f.path);
            return d;
        }
        auto file = pipeline::loadFile(f.path.toStdString());
        if (!file.ok()) {
            d.curvesMissing = tr("cannot read %1").arg(QFileInfo(f.path).fileName());
            return d;
        }
        auto series = pipeline::rawLightCurve(file.value, aperture, prepare.flux);
        if (!series.ok()) {
            d.curvesMissing = tr("no light curve from %1").arg(QFileInfo(f.path).fileName());
            return d;
        }
        raw.push_back(std::move(series.value));
        metas.push_back(file.value.meta);
    }
    Series stitched;
    if (raw.size() == 1) {
        stitched = std::move(raw.front());
    } else {
        auto st = pipeline::stitch(raw, metas);
        if (!st.ok()) {
            d.curvesMissing = tr("the files cannot be stitched");
            return d;
        }
        stitched = std::move(st.value);
    }
    auto prepared = pipeline::prepare(stitched, metas.front().mission, prepare);
    if (!prepared.ok()) {
        d.curvesMissing = tr("the light curve cannot be prepared with the saved settings");
        return d;
    }
    pipeline::SearchOutcome outcome;
    bool haveOutcome = false;
    if (withPeriodogram) {
        search.maxPlanets = 1;  // the first pass is the periodogram
        auto r = pipeline::runSearch(prepared.value.flat, metas.front(), search);
        if (r.ok()) {
            outcome = std::move(r.value);
            haveOutcome = true;
        }
    }
    d.curves = curvesFrom(prepared.value, haveOutcome ? &outcome : nullptr);
    return d;
}

}  // namespace exo::sheet
