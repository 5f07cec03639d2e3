// The vetting half of the sheet: per-transit gallery, difference image, checklist.
#include "sheet/sheet_panels.h"

#include "sheet/mini_plot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <cmath>

namespace exo::sheet::panels {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("exo::sheet", s); }

double num(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QColor viridis(double t)
{
    // Five anchors of matplotlib's viridis, linearly interpolated.
    static const double c[5][3] = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    t = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(3, int(t));
    const double f = t - i;
    return QColor(int(c[i][0] + f * (c[i + 1][0] - c[i][0])), int(c[i][1] + f * (c[i + 1][1] - c[i][1])),
                  int(c[i][2] + f * (c[i + 1][2] - c[i][2])));
}
}  // namespace

void gallery(QPainter& p, const QRectF& r, const SheetData& d)
{
    p.save();
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF fm(p.font());
    p.drawText(QRectF(r.left(), r.top(), r.width(), fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Per-transit gallery"));
    bold.setBold(false);
    p.setFont(bold);
    const QRectF area(r.left(), r.top() + fm.height() + 6, r.width(), r.height() - fm.height() - 6);
    const double P = d.entry.periodDays, t0 = d.entry.t0;
    if (d.curves.flatTime.empty() || !(P > 0) || !std::isfinite(t0)) {
        p.setPen(QColor(110, 110, 110));
        p.drawText(area, Qt::AlignCenter,
                   d.curvesMissing.isEmpty() ? tr("light curve not available") : d.curvesMissing);
        p.restore();
        return;
    }
    const double durH = std::isfinite(d.entry.durationHours) && d.entry.durationHours > 0 ? d.entry.durationHours : 2.4;
    const double w = std::max(3.0, 2.0 * durH);
    const auto& t = d.curves.flatTime;
    const auto& f = d.curves.flatFlux;
    // Events with at least 3 points inside the transit.
    struct Event {
        long long n;
        std::vector<double> x, y;
    };
    std::vector<Event> events;
    const long long n0 = (long long)std::floor((t.front() - t0) / P), n1 = (long long)std::ceil((t.back() - t0) / P);
    for (long long n = n0; n <= n1 && events.size() < 400; ++n) {
        const double tc = t0 + double(n) * P;
        auto lo = std::lower_bound(t.begin(), t.end(), tc - w / 24.0);
        auto hi = std::upper_bound(t.begin(), t.end(), tc + w / 24.0);
        Event e{n, {}, {}};
        int inside = 0;
        for (auto it = lo; it != hi; ++it) {
            const std::size_t i = std::size_t(it - t.begin());
            const double h = (t[i] - tc) * 24.0;
            e.x.push_back(h);
            e.y.push_back(f[i]);
            if (std::abs(h) <= durH / 2)
                ++inside;
        }
        if (inside >= 3)
            events.push_back(std::move(e));
    }
    // Event SNRs from the vetting, by epoch number.
    std::map<long long, double> snr;
    for (const auto& v :
         d.entry.vetting.value(QStringLiteral("transits")).toObject().value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        snr[(long long)o.value(QStringLiteral("epoch")).toDouble()] = o.value(QStringLiteral("snr")).toDouble(NAN);
    }
    const int maxPanels = 24;
    const int shown = std::min<int>(maxPanels, int(events.size()));
    if (shown == 0) {
        p.setPen(QColor(110, 110, 110));
        p.drawText(area, Qt::AlignCenter, tr("no transit with data"));
        p.restore();
        return;
    }
    // Evenly spread over the baseline when there are more events than panels.
    std::vector<int> pick;
    for (int k = 0; k < shown; ++k)
        pick.push_back(shown == int(events.size())
                           ? k
                           : int(std::lround(double(k) * double(events.size() - 1) / double(shown - 1))));
    const int cols = std::min(shown, 12);
    const int rows = (shown + cols - 1) / cols;
    const double cw = area.width() / cols, ch = area.height() / rows;
    const double depth = std::isfinite(d.entry.depthPpm) ? d.entry.depthPpm * 1e-6 : 0;
    // One vertical scale for all panels.
    std::vector<double> ally;
    for (int k : pick)
        ally.insert(ally.end(), events[std::size_t(k)].y.begin(), events[std::size_t(k)].y.end());
    MiniPlot scale(p, area, {}, {}, {});
    scale.autoY(ally, 0.05);
    const double ylo = std::min(scale.yLo(), 1 - 1.5 * depth), yhi = std::max(scale.yHi(), 1 + 0.3 * depth);
    QFont small = p.font();
    small.setPixelSize(std::max(9, small.pixelSize() - 2));
    p.setFont(small);
    for (int k = 0; k < shown; ++k) {
        const auto& e = events[std::size_t(pick[std::size_t(k)])];
        const QRectF cell(area.left() + (k % cols) * cw, area.top() + (k / cols) * ch, cw - 3, ch - 3);
        p.setPen(QPen(QColor(120, 120, 120), 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        auto mx = [&](double h) { return cell.left() + (h + w) / (2 * w) * cell.width(); };
        auto my = [&](double y) { return cell.bottom() - (y - ylo) / (yhi - ylo) * cell.height(); };
        p.save();
        p.setClipRect(cell);
        p.setPen(QPen(QColor(230, 120, 0), 0.8, Qt::DotLine));
        p.drawLine(QPointF(mx(-durH / 2), cell.top()), QPointF(mx(-durH / 2), cell.bottom()));
        p.drawLine(QPointF(mx(durH / 2), cell.top()), QPointF(mx(durH / 2), cell.bottom()));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(50, 50, 50));
        for (std::size_t i = 0; i < e.x.size(); ++i)
            if (std::isfinite(e.y[i]))
                p.drawRect(QRectF(mx(e.x[i]) - 0.9, my(e.y[i]) - 0.9, 1.8, 1.8));
        p.restore();
        p.setPen(QColor(40, 40, 40));
        const auto it = snr.find(e.n);
        const QString label = it != snr.end() && std::isfinite(it->second)
                                  ? tr("#%1  SNR %2").arg(e.n).arg(it->second, 0, 'f', 1)
                                  : tr("#%1").arg(e.n);
        p.drawText(cell.adjusted(3, 1, -2, 0), Qt::AlignLeft | Qt::AlignTop, label);
    }
    if (int(events.size()) > shown) {
        p.setPen(QColor(90, 90, 90));
        p.drawText(QRectF(r.left(), r.top(), r.width(), fm.height() + 4), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 of %2 events, spread over the baseline").arg(shown).arg(events.size()));
    }
    p.restore();
}

void differenceImage(QPainter& p, const QRectF& r, const SheetData& d)
{
    MiniPlot m(p, r, tr("Difference image (out − in)"), tr("column"), tr("row"));
    const QJsonArray pixels = d.entry.vetting.value(QStringLiteral("pixels")).toArray();
    QJsonObject px;
    for (const auto& v : pixels)
        if (v.toObject().value(QStringLiteral("valid")).toBool()) {
            px = v.toObject();
            break;
        }
    const QJsonArray img = px.value(QStringLiteral("diff_image")).toArray();
    if (img.isEmpty()) {
        m.drawAxes();
        m.drawMessage(pixels.isEmpty() ? tr("no pixel data (light-curve file)")
                      : px.isEmpty()   ? tr("no valid difference image")
                                       : tr("difference image not stored; centroid offset below"));
        return;
    }
    const int rows = int(img.size()), cols = int(img.at(0).toArray().size());
    m.setXRange(-0.5, cols - 0.5);
    m.setYRange(-0.5, rows - 0.5);
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& row : img)
        for (const auto& v : row.toArray())
            if (v.isDouble()) {
                lo = std::min(lo, v.toDouble());
                hi = std::max(hi, v.toDouble());
            }
    // Keep pixels square inside the frame.
    const QRectF fr = m.frame();
    const double cell = std::min(fr.width() / cols, fr.height() / rows);
    const QRectF box(fr.left(), fr.top(), cell * cols, cell * rows);
    m.setXRange(-0.5, -0.5 + fr.width() / cell);
    m.setYRange(-0.5 - (fr.height() / cell - rows), rows - 0.5);
    p.save();
    for (int rr = 0; rr < rows; ++rr) {
        const QJsonArray row = img.at(rr).toArray();
        for (int c = 0; c < cols; ++c) {
            const QJsonValue v = row.at(c);
            const QColor col =
                v.isDouble() && hi > lo ? viridis((v.toDouble() - lo) / (hi - lo)) : QColor(220, 220, 220);
            // Row 0 (the lowest CCD row) at the bottom.
            p.fillRect(QRectF(box.left() + c * cell, box.top() + (rows - 1 - rr) * cell, cell + 0.5, cell + 0.5), col);
        }
    }
    auto cross = [&](const QJsonObject& o, const QColor& c, double size) {
        const double x = num(o, "col"), y = num(o, "row");
        if (!std::isfinite(x) || !std::isfinite(y))
            return;
        const QPointF pt(box.left() + (x + 0.5) * cell, box.top() + (rows - 0.5 - y) * cell);
        p.setPen(QPen(c, 2.0));
        p.drawLine(pt - QPointF(size, 0), pt + QPointF(size, 0));
        p.drawLine(pt - QPointF(0, size), pt + QPointF(0, size));
    };
    cross(px.value(QStringLiteral("out_centroid")).toObject(), Qt::white, 7);
    cross(px.value(QStringLiteral("diff_centroid")).toObject(), QColor(255, 60, 60), 7);
    cross(px.value(QStringLiteral("target")).toObject(), QColor(0, 200, 255), 4);
    p.restore();
    m.drawAxes();
    const double off = num(px, "offset_arcsec"), sig = num(px, "offset_sigma");
    m.drawNote(tr("white: out-of-transit centroid, red: difference centroid, blue: target"), Qt::black, 0);
    if (std::isfinite(off))
        m.drawNote(tr("offset %1\" (%2 σ)").arg(off, 0, 'f', 2).arg(sig, 0, 'f', 1), Qt::black, 1);
}

void checklist(QPainter& p, const QRectF& r, const SheetData& d)
{
    struct Item {
        QString name, value;
        int state;
    };  // state: 1 pass, 0 fail, -1 n/a
    const QJsonObject v = d.entry.vetting;
    const QStringList flags = d.entry.vettingFlags;
    auto state = [&](bool known, const char* flag) {
        return !known ? -1 : flags.contains(QLatin1String(flag)) ? 0 : 1;
    };
    QList<Item> items;
    const QJsonObject prim = v.value(QStringLiteral("primary")).toObject();
    const double snr = std::isfinite(num(prim, "sigma")) ? num(prim, "sigma") : d.entry.snr;
    items.append({v.isEmpty() ? tr("Transit SNR (search)") : tr("Transit SNR (measured noise)"),
                  QString::number(snr, 'f', 1), v.isEmpty() ? (snr >= 7.1 ? 1 : 0) : state(true, "low_snr")});
    const QJsonObject oe = v.value(QStringLiteral("odd_even")).toObject();
    const double oes = std::isfinite(num(oe, "sigma")) ? num(oe, "sigma") : d.entry.oddEvenSigma;
    items.append({tr("Odd/even depth difference"), std::isfinite(oes) ? tr("%1 σ").arg(oes, 0, 'f', 1) : tr("n/a"),
                  v.isEmpty() ? (std::isfinite(oes) ? (oes < 3 ? 1 : 0) : -1) : state(true, "odd_even")});
    const QJsonObject sec = v.value(QStringLiteral("secondary")).toObject();
    items.append({tr("Secondary eclipse"),
                  std::isfinite(num(sec, "sigma"))
                      ? tr("%1 ppm, %2 σ").arg(num(sec, "depth_ppm"), 0, 'f', 0).arg(num(sec, "sigma"), 0, 'f', 1)
                      : tr("n/a"),
                  state(!sec.isEmpty(), "secondary")});
    const QJsonObject tr_ = v.value(QStringLiteral("transits")).toObject();
    items.append({tr("Strongest single event share"),
                  std::isfinite(num(tr_, "max_event_fraction"))
                      ? tr("%1 % of %2 events")
                            .arg(100 * num(tr_, "max_event_fraction"), 0, 'f', 0)
                            .arg(tr_.value(QStringLiteral("n_events")).toInt())
                      : tr("n/a"),
                  state(!tr_.isEmpty(), "single_event_dominated")});
    const QJsonObject shape = v.value(QStringLiteral("shape")).toObject();
    items.append(
        {tr("Shape (ingress / duration)"),
         std::isfinite(num(shape, "ingress_ratio")) ? QString::number(num(shape, "ingress_ratio"), 'f', 2) : tr("n/a"),
         state(shape.value(QStringLiteral("valid")).toBool(), "v_shaped")});
    items.append({tr("Sine versus box"),
                  std::isfinite(num(shape, "sine_delta_chi2")) ? tr("Δχ² sine %1, box %2")
                                                                     .arg(num(shape, "sine_delta_chi2"), 0, 'f', 0)
                                                                     .arg(num(shape, "box_delta_chi2"), 0, 'f', 0)
                                                               : tr("n/a"),
                  state(!shape.isEmpty(), "sinusoidal")});
    const QJsonObject host = v.value(QStringLiteral("host")).toObject();
    const bool hostKnown = host.value(QStringLiteral("known")).toBool();
    items.append({tr("Planet radius (host header)"),
                  std::isfinite(num(host, "planet_radius_earth"))
                      ? tr("%1 R⊕").arg(num(host, "planet_radius_earth"), 0, 'f', 1)
                      : tr("n/a"),
                  state(hostKnown, "too_large")});
    items.append({tr("Duration for the host"),
                  std::isfinite(num(host, "duration_ratio"))
                      ? tr("%1 × central").arg(num(host, "duration_ratio"), 0, 'f', 2)
                      : tr("n/a"),
                  state(hostKnown && std::isfinite(num(host, "duration_ratio")), "duration_implausible")});
    QJsonObject px;
    for (const auto& e : v.value(QStringLiteral("pixels")).toArray())
        if (e.toObject().value(QStringLiteral("valid")).toBool())
            px = e.toObject();
    items.append(
        {tr("Centroid offset"),
         std::isfinite(num(px, "offset_arcsec"))
             ? tr("%1\", %2 σ").arg(num(px, "offset_arcsec"), 0, 'f', 2).arg(num(px, "offset_sigma"), 0, 'f', 1)
             : tr("no pixels"),
         state(!px.isEmpty(), "centroid_offset")});
    const int matches = int(v.value(QStringLiteral("ephemeris_matches")).toArray().size());
    items.append({tr("Ephemeris match"), v.isEmpty() ? tr("n/a") : tr("%1 match(es)").arg(matches),
                  state(!v.isEmpty(), "ephemeris_match")});

    p.save();
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF fm(p.font());
    const double lh = std::min(fm.height() + 4, (r.height() - fm.height() - 30) / (items.size() + 1));
    p.drawText(QRectF(r.left(), r.top(), r.width(), fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               v.isEmpty() ? tr("Checklist (search statistics only; not vetted)") : tr("Vetting checklist"));
    f.setBold(false);
    p.setFont(f);
    double y = r.top() + fm.height() + 6;
    for (const auto& it : items) {
        const QColor c = it.state == 1   ? QColor(30, 140, 60)
                         : it.state == 0 ? QColor(200, 30, 30)
                                         : QColor(140, 140, 140);
        const QString mark = it.state == 1 ? tr("pass") : it.state == 0 ? tr("FAIL") : tr("n/a");
        p.setPen(c);
        p.drawText(QRectF(r.left(), y, 44, lh), Qt::AlignLeft | Qt::AlignVCenter, mark);
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRectF(r.left() + 46, y, r.width() * 0.52, lh), Qt::AlignLeft | Qt::AlignVCenter, it.name);
        p.drawText(QRectF(r.left() + 46 + r.width() * 0.52, y, r.width() * 0.48 - 46, lh),
                   Qt::AlignLeft | Qt::AlignVCenter, it.value);
        y += lh;
    }
    p.setPen(flags.isEmpty() ? QColor(30, 140, 60) : QColor(200, 30, 30));
    p.drawText(QRectF(r.left(), y + 2, r.width(), r.bottom() - y - 2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               flags.isEmpty() ? tr("Flags: none") : tr("Flags: %1").arg(flags.join(QStringLiteral(", "))));
    p.restore();
}

}  // namespace exo::sheet::panels
