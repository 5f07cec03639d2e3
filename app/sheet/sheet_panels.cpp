#include "sheet/sheet_panels.h"

#include "sheet/mini_plot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace exo::sheet::panels {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("exo::sheet", s); }

const QColor kData(40, 40, 40);
const QColor kPoints(165, 165, 165);
constexpr double kBinDays = 1.0 / 48;  // 30-minute bins over the light curves
const QColor kOdd(31, 119, 180);
const QColor kEven(214, 39, 40);
const QColor kModel(230, 120, 0);
const QColor kBinned(20, 20, 20);
const QColor kMarker(214, 39, 40);
const QColor kTrend(230, 120, 0);

double durDays(const SheetData& d)
{
    return std::isfinite(d.entry.durationHours) && d.entry.durationHours > 0 ? d.entry.durationHours / 24.0 : 0.1;
}
double depthRel(const SheetData& d) { return std::isfinite(d.entry.depthPpm) ? d.entry.depthPpm * 1e-6 : 0.0; }
bool hasFlat(const SheetData& d) { return !d.curves.flatTime.empty(); }

QString missingText(const SheetData& d)
{
    return d.curvesMissing.isEmpty() ? tr("light curve not available") : d.curvesMissing;
}

// The transit window of the fold and the gallery: +-2.5 durations, at least +-3 h.
double windowHours(const SheetData& d) { return std::max(3.0, 2.5 * durDays(d) * 24.0); }

// Y range of a transit panel: robust range of the data, extended to show the model depth.
void transitY(MiniPlot& m, const std::vector<double>& y, const SheetData& d)
{
    m.autoY(y, 0.1);
    const double lo = std::min(m.yLo(), 1.0 - 1.25 * depthRel(d));
    m.setYRange(lo, std::max(m.yHi(), 1.0 + 0.25 * depthRel(d)));
}

// The trapezoid (or box) model in relative flux versus hours from mid-transit.
void modelCurve(const SheetData& d, double halfWindowH, std::vector<double>& x, std::vector<double>& y)
{
    const QJsonObject shape = d.entry.vetting.value(QStringLiteral("shape")).toObject();
    double depth = depthRel(d), dur = durDays(d) * 24.0, ingress = 0;
    if (shape.value(QStringLiteral("valid")).toBool()) {
        const double sd = shape.value(QStringLiteral("depth_ppm")).toDouble(std::nan(""));
        const double sdur = shape.value(QStringLiteral("duration_hours")).toDouble(0);
        const double sing = shape.value(QStringLiteral("ingress_hours")).toDouble(0);
        if (std::isfinite(sd) && sd > 0 && sdur > 0) {
            depth = sd * 1e-6;
            dur = sdur;
            ingress = std::clamp(sing, 0.0, dur / 2);
        }
    }
    x = {-halfWindowH, -dur / 2, -dur / 2 + ingress, dur / 2 - ingress, dur / 2, halfWindowH};
    y = {1.0, 1.0, 1.0 - depth, 1.0 - depth, 1.0, 1.0};
}
}  // namespace

std::vector<double> foldHours(const std::vector<double>& t, double t0, double periodDays, double shiftDays)
{
    std::vector<double> out(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        double ph = std::fmod(t[i] - t0 - shiftDays, periodDays);
        if (ph < -periodDays / 2)
            ph += periodDays;
        if (ph >= periodDays / 2)
            ph -= periodDays;
        out[i] = ph * 24.0;
    }
    return out;
}

void binnedMedian(const std::vector<double>& x, const std::vector<double>& y, double lo, double hi, double width,
                  std::vector<double>& xs, std::vector<double>& ys)
{
    xs.clear();
    ys.clear();
    if (!(width > 0) || !(hi > lo))
        return;
    width = std::max(width, (hi - lo) / 4000);  // at most 4000 bins (long baselines)
    const int n = int(std::ceil((hi - lo) / width));
    std::vector<std::vector<double>> bins(std::size_t(std::max(0, n)));
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        const int k = int(std::floor((x[i] - lo) / width));
        if (k >= 0 && k < n && std::isfinite(y[i]))
            bins[std::size_t(k)].push_back(y[i]);
    }
    for (int k = 0; k < n; ++k)
        if (bins[std::size_t(k)].size() >= 3) {
            xs.push_back(lo + (k + 0.5) * width);
            ys.push_back(medianOf(bins[std::size_t(k)]));
        }
}

void rawCurve(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("Light curve (normalised) and trend"),
               tr("time (%1)").arg(d.entry.timeSystem.isEmpty() ? tr("mission days") : d.entry.timeSystem), tr("flux"));
    if (d.curves.time.empty()) {
        m.drawAxes();
        m.drawMessage(missingText(d));
        return;
    }
    m.autoX(d.curves.time);
    m.autoY(d.curves.flux);
    m.drawPoints(d.curves.time, d.curves.flux, kPoints, 1.4);
    std::vector<double> bx, by;
    binnedMedian(d.curves.time, d.curves.flux, d.curves.time.front(), d.curves.time.back(), kBinDays, bx, by);
    m.drawPoints(bx, by, kData, 2.2);
    if (d.curves.trend.size() == d.curves.time.size())
        m.drawLine(d.curves.time, d.curves.trend, kTrend, 1.6);
    m.drawAxes();
    m.drawNote(tr("%1 points").arg(d.curves.time.size()), kData, 0, true);
}

void flatCurve(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("Flattened light curve, transits marked"),
               tr("time (%1)").arg(d.entry.timeSystem.isEmpty() ? tr("mission days") : d.entry.timeSystem), tr("flux"));
    if (!hasFlat(d)) {
        m.drawAxes();
        m.drawMessage(missingText(d));
        return;
    }
    m.autoX(d.curves.flatTime);
    m.autoY(d.curves.flatFlux);
    m.drawPoints(d.curves.flatTime, d.curves.flatFlux, kPoints, 1.4);
    std::vector<double> bx, by;
    binnedMedian(d.curves.flatTime, d.curves.flatFlux, d.curves.flatTime.front(), d.curves.flatTime.back(), kBinDays,
                 bx, by);
    m.drawPoints(bx, by, kData, 2.2);
    const double P = d.entry.periodDays, t0 = d.entry.t0;
    if (P > 0 && std::isfinite(t0)) {
        const double lo = d.curves.flatTime.front(), hi = d.curves.flatTime.back();
        for (double n = std::ceil((lo - t0) / P); t0 + n * P <= hi; n += 1)
            m.drawMarker(t0 + n * P, kMarker);
    }
    m.drawAxes();
}

void periodogram(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("BLS periodogram (first pass)"), tr("period (days)"),
               d.curves.powerLabel.isEmpty() ? tr("power") : d.curves.powerLabel);
    if (d.curves.period.empty()) {
        m.drawAxes();
        m.drawMessage(d.curvesMissing.isEmpty() ? tr("periodogram not available") : d.curvesMissing);
        return;
    }
    m.setLogX(true);
    m.autoX(d.curves.period);
    double hi = 0;
    for (double v : d.curves.power)
        if (std::isfinite(v))
            hi = std::max(hi, v);
    double lo = hi;
    for (double v : d.curves.power)
        if (std::isfinite(v))
            lo = std::min(lo, v);
    m.setYRange(lo, hi + 0.08 * (hi - lo + 1e-9));
    const double P = d.entry.periodDays;
    for (double k : {0.5, 2.0})
        m.drawVLine(P * k, QColor(150, 150, 150), Qt::DotLine);
    m.drawVLine(P, kMarker, Qt::DashLine, 1.2);
    m.drawLine(d.curves.period, d.curves.power, QColor(31, 119, 180), 1.0);
    m.drawAxes();
    m.drawNote(tr("P = %1 d").arg(P, 0, 'f', 5), kMarker, 0, true);
}

void fold(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("Folded transit and model"), tr("hours from mid-transit"), tr("flux"));
    const double w = windowHours(d);
    m.setXRange(-w, w);
    if (!hasFlat(d)) {
        m.drawAxes();
        m.drawMessage(missingText(d));
        return;
    }
    const auto ph = foldHours(d.curves.flatTime, d.entry.t0, d.entry.periodDays);
    std::vector<double> x, y;
    for (std::size_t i = 0; i < ph.size(); ++i)
        if (std::abs(ph[i]) <= w) {
            x.push_back(ph[i]);
            y.push_back(d.curves.flatFlux[i]);
        }
    transitY(m, y, d);
    m.drawPoints(x, y, QColor(130, 130, 130), 1.8);
    std::vector<double> bx, by, mx, my;
    binnedMedian(x, y, -w, w, std::max(durDays(d) * 24.0 / 8, 0.1), bx, by);
    m.drawPoints(bx, by, kBinned, 4.0);
    modelCurve(d, w, mx, my);
    m.drawLine(mx, my, kModel, 2.0);
    m.drawAxes();
    m.drawNote(tr("depth %1 ppm, duration %2 h").arg(d.entry.depthPpm, 0, 'f', 0).arg(d.entry.durationHours, 0, 'f', 2),
               kModel, 0, true);
}

void oddEven(QPainter& p, const QRectF& r, const SheetData& d, int which, double yLo, double yHi)
{
    MiniPlot m(p, r, which ? tr("Odd transits") : tr("Even transits"), tr("hours"), QString());
    const double w = windowHours(d);
    m.setXRange(-w, w);
    m.setYRange(yLo, yHi);
    if (!hasFlat(d)) {
        m.drawAxes();
        m.drawMessage(missingText(d));
        return;
    }
    std::vector<double> x, y;
    const auto ph = foldHours(d.curves.flatTime, d.entry.t0, d.entry.periodDays);
    for (std::size_t i = 0; i < ph.size(); ++i) {
        const long long n = std::llround((d.curves.flatTime[i] - d.entry.t0) / d.entry.periodDays);
        if (std::abs(ph[i]) <= w && int(std::abs(n) % 2) == which) {
            x.push_back(ph[i]);
            y.push_back(d.curves.flatFlux[i]);
        }
    }
    const QColor c = which ? kOdd : kEven;
    m.drawPoints(x, y, c.lighter(150), 1.8);
    std::vector<double> bx, by;
    binnedMedian(x, y, -w, w, std::max(durDays(d) * 24.0 / 6, 0.1), bx, by);
    m.drawPoints(bx, by, c.darker(130), 4.0);
    // The measured depth of this set (vetting), else the overall depth.
    const QJsonObject oe = d.entry.vetting.value(QStringLiteral("odd_even")).toObject();
    double depth = oe.value(which ? QStringLiteral("odd_depth_ppm") : QStringLiteral("even_depth_ppm")).toDouble(NAN);
    double err = oe.value(which ? QStringLiteral("odd_err_ppm") : QStringLiteral("even_err_ppm")).toDouble(NAN);
    if (!std::isfinite(depth))
        depth = d.entry.depthPpm;
    m.drawHLine(1.0 - depth * 1e-6, c, Qt::DashLine, 1.2);
    m.drawHLine(1.0, QColor(150, 150, 150), Qt::DotLine);
    m.drawAxes();
    m.drawNote(std::isfinite(err) ? tr("%1 ± %2 ppm").arg(depth, 0, 'f', 0).arg(err, 0, 'f', 0)
                                  : tr("%1 ppm").arg(depth, 0, 'f', 0),
               c.darker(130), 0, true);
}

void secondary(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("Secondary (phase 0.5)"), tr("hours from phase 0.5"), QString());
    const double w = windowHours(d);
    m.setXRange(-w, w);
    if (!hasFlat(d)) {
        m.drawAxes();
        m.drawMessage(missingText(d));
        return;
    }
    const auto ph = foldHours(d.curves.flatTime, d.entry.t0, d.entry.periodDays, d.entry.periodDays / 2);
    std::vector<double> x, y;
    for (std::size_t i = 0; i < ph.size(); ++i)
        if (std::abs(ph[i]) <= w) {
            x.push_back(ph[i]);
            y.push_back(d.curves.flatFlux[i]);
        }
    m.autoY(y, 0.1);
    // The same vertical scale as the primary when it is deep enough to compare.
    std::vector<double> bx, by;
    binnedMedian(x, y, -w, w, std::max(durDays(d) * 24.0 / 6, 0.1), bx, by);
    m.drawPoints(x, y, QColor(150, 150, 150), 1.8);
    m.drawPoints(bx, by, kBinned, 4.0);
    m.drawHLine(1.0, QColor(150, 150, 150), Qt::DotLine);
    const QJsonObject sec = d.entry.vetting.value(QStringLiteral("secondary")).toObject();
    const double sd = sec.value(QStringLiteral("depth_ppm")).toDouble(d.entry.secondaryDepthPpm);
    const double sigma = sec.value(QStringLiteral("sigma")).toDouble(NAN);
    if (std::isfinite(sd))
        m.drawHLine(1.0 - sd * 1e-6, kModel, Qt::DashLine, 1.2);
    m.drawAxes();
    if (std::isfinite(sd))
        m.drawNote(std::isfinite(sigma) ? tr("%1 ppm (%2 σ)").arg(sd, 0, 'f', 0).arg(sigma, 0, 'f', 1)
                                        : tr("%1 ppm").arg(sd, 0, 'f', 0),
                   kModel.darker(120), 0, true);
}

}  // namespace exo::sheet::panels
