#include "cli/completeness_plot.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <cmath>
#include <memory>

namespace exo::cli {

namespace {
/// Text needs a QGuiApplication (the font database); the CLI has none, so make an offscreen one.
void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 3;
    static char arg0[] = "exoworld-cli", arg1[] = "-platform", arg2[] = "offscreen";
    static char* argv[] = {arg0, arg1, arg2, nullptr};
    static std::unique_ptr<QGuiApplication> app(new QGuiApplication(argc, argv));
}
}  // namespace

bool writeCompletenessPlot(const std::vector<pipeline::Injection>& inj, const std::string& path, std::string& why)
{
    ensureGuiApp();
    const int W = 1200, H = 500, m = 60;
    QImage img(W, H, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect left(m, 40, W / 2 - 2 * m, H - 40 - m), right(W / 2 + m, 40, W / 2 - 2 * m, H - 40 - m);
    p.setPen(Qt::black);
    for (const QRect& r : {left, right})
        p.drawRect(r);
    p.drawText(QRect(left.left(), 5, left.width(), 30), Qt::AlignCenter,
               QStringLiteral("Recovered fraction vs expected SNR"));
    p.drawText(QRect(right.left(), 5, right.width(), 30), Qt::AlignCenter,
               QStringLiteral("Injections: period vs expected SNR (blue found, red missed)"));
    // Left: fraction in bins of 2.5 in SNR up to 30.
    const double smax = 30;
    auto lx = [&](double s) { return left.left() + s / smax * left.width(); };
    auto ly = [&](double f) { return left.bottom() - f * left.height(); };
    for (int k = 0; k <= 6; ++k) {
        const double s = k * 5;
        p.drawLine(QPointF(lx(s), left.bottom()), QPointF(lx(s), left.bottom() + 5));
        p.drawText(QRectF(lx(s) - 20, left.bottom() + 6, 40, 16), Qt::AlignCenter, QString::number(s));
    }
    for (int k = 0; k <= 4; ++k) {
        const double f = k * 0.25;
        p.drawText(QRectF(left.left() - 45, ly(f) - 8, 40, 16), Qt::AlignRight, QString::number(f));
    }
    p.setPen(QPen(Qt::gray, 1, Qt::DashLine));
    p.drawLine(QPointF(lx(10), left.top()), QPointF(lx(10), left.bottom()));
    p.drawLine(QPointF(left.left(), ly(0.9)), QPointF(left.right(), ly(0.9)));
    p.setPen(QPen(QColor(31, 119, 180), 2));
    QPointF prev;
    bool have = false;
    for (double s = 0; s < smax; s += 2.5) {
        int n = 0, r = 0;
        for (const auto& i : inj)
            if (i.expectedSnr >= s && i.expectedSnr < s + 2.5) {
                ++n;
                r += i.recovered;
            }
        if (n == 0)
            continue;
        const QPointF pt(lx(s + 1.25), ly(double(r) / n));
        p.drawEllipse(pt, 4, 4);
        if (have)
            p.drawLine(prev, pt);
        prev = pt;
        have = true;
    }
    p.setPen(Qt::black);
    p.drawText(QRect(left.left(), H - 25, left.width(), 20), Qt::AlignCenter, QStringLiteral("expected SNR"));
    // Right: log period vs SNR (clipped at 50).
    double pmin = 1e9, pmax = 0;
    for (const auto& i : inj) {
        pmin = std::min(pmin, i.periodDays);
        pmax = std::max(pmax, i.periodDays);
    }
    if (!(pmax > pmin))
        pmax = pmin * 2;
    auto rx = [&](double per) { return right.left() + std::log(per / pmin) / std::log(pmax / pmin) * right.width(); };
    auto ry = [&](double s) { return right.bottom() - std::min(s, 50.0) / 50.0 * right.height(); };
    for (const auto& i : inj) {
        p.setPen(Qt::NoPen);
        p.setBrush(i.recovered ? QColor(31, 119, 180) : QColor(214, 39, 40));
        p.drawEllipse(QPointF(rx(i.periodDays), ry(i.expectedSnr)), 3, 3);
    }
    p.setPen(Qt::black);
    p.setBrush(Qt::NoBrush);
    for (double per : {pmin, std::sqrt(pmin * pmax), pmax})
        p.drawText(QRectF(rx(per) - 30, right.bottom() + 6, 60, 16), Qt::AlignCenter, QString::number(per, 'g', 3));
    for (int s : {0, 10, 20, 30, 40, 50})
        p.drawText(QRectF(right.left() - 45, ry(s) - 8, 40, 16), Qt::AlignRight, QString::number(s));
    p.drawText(QRect(right.left(), H - 25, right.width(), 20), Qt::AlignCenter, QStringLiteral("period (days, log)"));
    p.end();
    if (!img.save(QString::fromStdString(path), "PNG")) {
        why = "the image could not be saved";
        return false;
    }
    return true;
}

}  // namespace exo::cli
