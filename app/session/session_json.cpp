#include "session/session_json.h"

#include "common/safe_text.h"
#include "pipeline/settings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace exo::app::json {

using namespace exo::pipeline;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qsizetype kMaxMaskedRanges = 1000;  ///< far beyond hand-made masking; prepare() costs points x ranges

/// A JSON value as a warning shows it: a string as itself (made safe, at most 64
/// characters), a number, true/false/null, or a bracket for an array or an object.
QString shown(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: return QString::fromStdString(exo::safeText(v.toString().left(64).toStdString()));
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return QStringLiteral("[…]");
    case QJsonValue::Object: return QStringLiteral("{…}");
    default: return QStringLiteral("null");
    }
}

}  // namespace

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

double toDouble(const QJsonValue& v, double fallback, bool nanForNull)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isNull() && nanForNull)
        return kNaN;
    return fallback;
}

// ---- Aperture --------------------------------------------------------------------------

QJsonObject apertureToJson(const ApertureChoice& a)
{
    QJsonObject o;
    o["mode"] = QString::fromLatin1(apertureModeName(a.mode));
    o["sigma"] = number(a.thresholdSigma);
    if (a.rows > 0 && a.cols > 0 && !a.custom.empty()) {
        o["rows"] = a.rows;
        o["cols"] = a.cols;
        QString mask(static_cast<qsizetype>(a.custom.size()), QLatin1Char('0'));
        for (size_t i = 0; i < a.custom.size(); ++i)
            if (a.custom[i])
                mask[static_cast<qsizetype>(i)] = QLatin1Char('1');
        o["mask"] = mask;
    }
    return o;
}

ApertureChoice apertureFromJson(const QJsonObject& o, const QString& where, QStringList& warnings)
{
    ApertureChoice a;
    const QString mode = o.value("mode").toString();
    if (!parseApertureMode(mode.toStdString(), a.mode)) {
        warnings << QCoreApplication::translate("SessionIO",
                                                "Unknown aperture mode \"%1\" for %2; using the pipeline aperture.")
                        .arg(mode, where);
        return ApertureChoice{};
    }
    a.thresholdSigma = toDouble(o.value("sigma"), a.thresholdSigma, false);
    if (o.contains("mask")) {
        const int rows = o.value("rows").toInt(0);
        const int cols = o.value("cols").toInt(0);
        const QString mask = o.value("mask").toString();
        // No pixel file is wider than a few hundred pixels; 4096 bounds the mask.
        bool valid = rows > 0 && cols > 0 && rows <= 4096 && cols <= 4096 && mask.size() == qsizetype(rows) * cols;
        std::vector<std::uint8_t> bits;
        if (valid) {
            bits.reserve(static_cast<size_t>(mask.size()));
            for (QChar ch : mask) {
                if (ch != QLatin1Char('0') && ch != QLatin1Char('1')) {
                    valid = false;
                    break;
                }
                bits.push_back(ch == QLatin1Char('1') ? 1 : 0);
            }
        }
        if (valid && a.mode == ApertureMode::Custom
            && std::none_of(bits.begin(), bits.end(), [](std::uint8_t b) { return b != 0; })) {
            warnings << QCoreApplication::translate(
                            "SessionIO", "The custom aperture of %1 selects no pixel; using the pipeline aperture.")
                            .arg(where);
            return ApertureChoice{};
        }
        if (valid) {
            a.rows = rows;
            a.cols = cols;
            a.custom = std::move(bits);
        } else {
            warnings << QCoreApplication::translate(
                            "SessionIO", "The custom aperture of %1 is damaged; using the pipeline aperture.")
                            .arg(where);
            if (a.mode == ApertureMode::Custom)
                return ApertureChoice{};
        }
    } else if (a.mode == ApertureMode::Custom) {
        warnings << QCoreApplication::translate("SessionIO",
                                                "The custom aperture of %1 has no mask; using the pipeline aperture.")
                        .arg(where);
        return ApertureChoice{};
    }
    return a;
}

// ---- Preparation settings ------------------------------------------------------------------

QJsonObject prepareToJson(const PrepareSettings& p)
{
    QJsonObject o;
    o["flux"] = QString::fromLatin1(fluxSourceName(p.flux));
    o["quality"] = QString::fromStdString(p.quality);
    o["sigma_clip"] = p.sigmaClip;
    o["clip_sigma"] = number(p.clipSigma);
    o["detrend"] = QString::fromLatin1(detrendMethodName(p.detrend));
    o["window_days"] = number(p.windowDays);
    o["window_points"] = p.windowPoints;
    o["bin_minutes"] = number(p.binMinutes);
    o["dip_sigma"] = number(p.dipSigma);
    o["auto_window"] = p.autoWindow;
    o["gap_days"] = number(p.gapDays);
    o["min_segment_points"] = p.minSegmentPoints;
    QJsonArray ranges;
    for (const auto& [t0, t1] : p.maskedRanges)
        ranges.append(QJsonArray{number(t0), number(t1)});
    o["masked_ranges"] = ranges;
    return o;
}

PrepareSettings prepareFromJson(const QJsonObject& o, QStringList& warnings)
{
    PrepareSettings p;
    if (o.contains("flux")) {
        const QString s = o.value("flux").toString();
        if (!parseFluxSource(s.toStdString(), p.flux))
            warnings
                << QCoreApplication::translate("SessionIO", "Unknown flux source \"%1\"; using the default.").arg(s);
    }
    if (o.contains("quality")) {
        const QJsonValue q = o.value("quality");
        p.quality = q.isDouble() ? QString::number(q.toInteger()).toStdString() : q.toString().toStdString();
        if (p.quality.empty())
            p.quality = PrepareSettings{}.quality;
    }
    p.sigmaClip = o.value("sigma_clip").toBool(p.sigmaClip);
    p.clipSigma = toDouble(o.value("clip_sigma"), p.clipSigma, false);
    if (o.contains("detrend")) {
        const QString s = o.value("detrend").toString();
        if (!parseDetrendMethod(s.toStdString(), p.detrend))
            warnings << QCoreApplication::translate("SessionIO", "Unknown detrending method \"%1\"; using the default.")
                            .arg(s);
    }
    p.windowDays = toDouble(o.value("window_days"), p.windowDays, false);
    p.windowPoints = o.value("window_points").toInt(p.windowPoints);
    p.binMinutes = toDouble(o.value("bin_minutes"), p.binMinutes, false);
    p.dipSigma = toDouble(o.value("dip_sigma"), p.dipSigma, false);
    // Sessions written before the automatic window stored a fixed window_days: keep it fixed.
    if (o.contains("auto_window"))
        p.autoWindow = o.value("auto_window").toBool(p.autoWindow);
    else if (o.contains("window_days"))
        p.autoWindow = false;
    p.gapDays = toDouble(o.value("gap_days"), p.gapDays, false);
    p.minSegmentPoints = o.value("min_segment_points").toInt(p.minSegmentPoints);
    const QJsonArray ranges = o.value("masked_ranges").toArray();
    if (ranges.size() > kMaxMaskedRanges)
        warnings << QCoreApplication::translate("SessionIO", "Only the first %1 of %2 masked time ranges were kept.")
                        .arg(kMaxMaskedRanges)
                        .arg(ranges.size());
    int damaged = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(ranges.size(), kMaxMaskedRanges); ++i) {
        const QJsonArray pair = ranges[i].toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble() || !std::isfinite(pair[0].toDouble())
            || !std::isfinite(pair[1].toDouble())) {
            if (damaged++ == 0)
                warnings << QCoreApplication::translate("SessionIO", "A damaged masked time range was dropped.");
            continue;
        }
        double t0 = pair[0].toDouble(), t1 = pair[1].toDouble();
        if (t1 < t0)
            std::swap(t0, t1);
        p.maskedRanges.emplace_back(t0, t1);
    }
    return p;
}

// ---- Search settings -----------------------------------------------------------------------

QJsonObject searchToJson(const SearchSettings& s)
{
    QJsonObject o;
    o["min_period_days"] = number(s.minPeriodDays);
    o["max_period_days"] = number(s.maxPeriodDays);
    o["oversample"] = number(s.oversample);
    QJsonArray d;
    for (double h : s.durationsHours)
        d.append(number(h));
    o["durations_hours"] = d;
    o["max_planets"] = s.maxPlanets;
    o["min_snr"] = number(s.minSnr);
    o["min_sde"] = number(s.minSde);
    o["objective"] = s.objective == BlsObjective::Snr ? QStringLiteral("snr") : QStringLiteral("likelihood");
    // The CLI's --redetrend words. The default ("masked": the trend refitted with the found
    // transits masked) is left out, as batch and search records do: settings written before
    // the choice existed compare equal, and a missing key reads as "masked".
    if (!s.redetrendMasked)
        o["redetrend"] = QStringLiteral("off");
    // The CLI's --noise and --min-transits, left out at their defaults in the same way
    // ("local" and 3): a missing key reads as the default.
    if (s.pipelineErrors)
        o["noise"] = QStringLiteral("pipeline");
    if (s.minTransits != SearchSettings{}.minTransits)
        o["min_transits"] = s.minTransits;
    o["threads"] = s.threads;
    return o;
}

SearchSettings searchFromJson(const QJsonObject& o, QStringList& warnings)
{
    SearchSettings s;
    s.minPeriodDays = toDouble(o.value("min_period_days"), s.minPeriodDays, false);
    s.maxPeriodDays = toDouble(o.value("max_period_days"), s.maxPeriodDays, false);
    s.oversample = toDouble(o.value("oversample"), s.oversample, false);
    const QJsonArray durations = o.value("durations_hours").toArray();
    // Read at most one value beyond the limit (the work stays bounded however long the list
    // is); a list that long is then refused by pipeline::validate() when the session loads,
    // with one warning naming "Durations (h)", and the default durations are used.
    const qsizetype readable = std::min<qsizetype>(durations.size(), qsizetype(pipeline::limits::maxDurations) + 1);
    for (qsizetype i = 0; i < readable; ++i)
        if (durations[i].isDouble() && std::isfinite(durations[i].toDouble()))
            s.durationsHours.push_back(durations[i].toDouble());
    s.maxPlanets = o.value("max_planets").toInt(s.maxPlanets);
    s.minSnr = toDouble(o.value("min_snr"), s.minSnr, false);
    s.minSde = toDouble(o.value("min_sde"), s.minSde, false);
    if (o.contains("objective")) {
        const QString obj = o.value("objective").toString();
        if (obj == QLatin1String("snr"))
            s.objective = BlsObjective::Snr;
        else if (obj == QLatin1String("likelihood"))
            s.objective = BlsObjective::Likelihood;
        else
            warnings << QCoreApplication::translate("SessionIO", "Unknown search objective \"%1\"; using the default.")
                            .arg(obj);
    }
    // Sessions written before the window had this choice have no key: "masked", the search's default.
    if (o.contains("redetrend")) {
        const QString rd = o.value("redetrend").toString();  // not a string: "" (unknown)
        if (rd == QLatin1String("masked"))
            s.redetrendMasked = true;
        else if (rd == QLatin1String("off"))
            s.redetrendMasked = false;
        else
            warnings << QCoreApplication::translate("SessionIO",
                                                    "Unknown re-detrending choice \"%1\"; using the default (masked).")
                            .arg(QString::fromStdString(exo::safeText(rd.left(64).toStdString())));
    }
    // Sessions written before the window had these choices have neither key: the defaults.
    if (o.contains("noise")) {
        const QJsonValue nm = o.value("noise");
        if (nm == QJsonValue(QStringLiteral("local")))
            s.pipelineErrors = false;
        else if (nm == QJsonValue(QStringLiteral("pipeline")))
            s.pipelineErrors = true;
        else
            warnings << QCoreApplication::translate("SessionIO",
                                                    "Unknown noise model \"%1\"; using the default (local scatter).")
                            .arg(shown(nm));
    }
    if (o.contains("min_transits")) {
        // A whole number is kept here and checked against its limits with the other settings
        // (session_settings_check.h); anything else is refused now, naming what was found.
        const QJsonValue mt = o.value("min_transits");
        const double d = mt.toDouble(kNaN);
        if (mt.isDouble() && std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 1e9)
            s.minTransits = int(d);
        else
            warnings << QCoreApplication::translate(
                            "SessionIO", "Unusable minimum number of transits \"%1\"; using the default (%2).")
                            .arg(shown(mt))
                            .arg(s.minTransits);
    }
    s.threads = o.value("threads").toInt(s.threads);
    return s;
}

// ---- Candidates --------------------------------------------------------------------------------

QJsonObject candidateToJson(const CandidateRecord& c)
{
    QJsonObject o;
    o["rank"] = c.rank;
    o["period_days"] = number(c.periodDays);
    o["t0"] = number(c.t0);
    o["t0_bjd"] = number(c.t0Bjd);
    o["duration_hours"] = number(c.durationHours);
    o["depth_ppm"] = number(c.depthPpm);
    o["depth_err_ppm"] = number(c.depthErrPpm);
    o["snr"] = number(c.snr);
    o["sde"] = number(c.sde);
    o["n_transits"] = c.nTransits;
    o["odd_depth_ppm"] = number(c.oddDepthPpm);
    o["even_depth_ppm"] = number(c.evenDepthPpm);
    o["odd_even_sigma"] = number(c.oddEvenSigma);
    o["secondary_depth_ppm"] = number(c.secondaryDepthPpm);
    o["flagged"] = c.flagged;
    o["disposition"] = c.disposition;
    o["note"] = c.note;
    return o;
}

CandidateRecord candidateFromJson(const QJsonObject& o)
{
    CandidateRecord c;
    c.rank = o.value("rank").toInt(0);
    c.periodDays = toDouble(o.value("period_days"), kNaN);
    c.t0 = toDouble(o.value("t0"), kNaN);
    c.t0Bjd = toDouble(o.value("t0_bjd"), kNaN);
    c.durationHours = toDouble(o.value("duration_hours"), kNaN);
    c.depthPpm = toDouble(o.value("depth_ppm"), kNaN);
    c.depthErrPpm = toDouble(o.value("depth_err_ppm"), kNaN);
    c.snr = toDouble(o.value("snr"), kNaN);
    c.sde = toDouble(o.value("sde"), kNaN);
    c.nTransits = o.value("n_transits").toInt(0);
    c.oddDepthPpm = toDouble(o.value("odd_depth_ppm"), kNaN);
    c.evenDepthPpm = toDouble(o.value("even_depth_ppm"), kNaN);
    c.oddEvenSigma = toDouble(o.value("odd_even_sigma"), kNaN);
    c.secondaryDepthPpm = toDouble(o.value("secondary_depth_ppm"), kNaN);
    c.flagged = o.value("flagged").toBool(false);
    c.disposition = o.value("disposition").toString();
    c.note = o.value("note").toString();
    return c;
}

}  // namespace exo::app::json
