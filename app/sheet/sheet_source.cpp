#include "sheet/sheet_source.h"

#include "session/session_json.h"
#include "sheet/mini_plot.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace exo::sheet {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("exo::sheet", s); }
}  // namespace

SheetCurves curvesFrom(const pipeline::Prepared& prepared, const pipeline::SearchOutcome* outcome)
{
    SheetCurves c;
    const double med = medianOf(prepared.clean.flux);
    const double scale = std::isfinite(med) && med != 0 ? med : 1.0;
    c.time = prepared.clean.time;
    c.flux.reserve(prepared.clean.flux.size());
    for (double v : prepared.clean.flux)
        c.flux.push_back(v / scale);
    if (prepared.trend.size() == prepared.clean.size())
        for (double v : prepared.trend)
            c.trend.push_back(v / scale);
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
    pipeline::StarRequest req;
    req.prepare = app::json::prepareFromJson(s.value(QStringLiteral("prepare")).toObject(), warnings);
    auto search = app::json::searchFromJson(s.value(QStringLiteral("search")).toObject(), warnings);
    const auto common =
        app::json::apertureFromJson(s.value(QStringLiteral("aperture")).toObject(), QStringLiteral("sheet"), warnings);
    const QJsonObject perFile = s.value(QStringLiteral("apertures")).toObject();
    for (const auto& f : entry.files) {
        if (!QFileInfo::exists(f.path)) {
            d.curvesMissing = tr("input file not found: %1").arg(f.path);
            return d;
        }
        const std::string path = f.path.toStdString();
        req.files.push_back(path);
        req.apertures[path] = perFile.contains(f.path)
                                  ? app::json::apertureFromJson(perFile.value(f.path).toObject(), f.path, warnings)
                                  : common;
    }
    req.preferred = req.files.front();
    pipeline::Engine engine;
    if (withPeriodogram) {
        search.maxPlanets = 1;  // the first pass is the periodogram
        auto r = pipeline::analyseStar(engine, req, search);
        if (r.ok() && r.value.data.prepared) {
            d.curves = curvesFrom(*r.value.data.prepared, &r.value.search);
            return d;
        }
    }
    auto prepared = engine.prepareStar(req);
    if (!prepared.ok() || !prepared.value.prepared) {
        d.curvesMissing = tr("the light curve cannot be rebuilt from the saved files and settings");
        return d;
    }
    d.curves = curvesFrom(*prepared.value.prepared, nullptr);
    return d;
}

}  // namespace exo::sheet
