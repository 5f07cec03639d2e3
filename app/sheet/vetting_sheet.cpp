#include "sheet/vetting_sheet.h"

#include "sheet/sheet_panels.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <cmath>

namespace exo::sheet {

namespace {
/// The vetting's measured value (white + red noise) when the record has one, so the header
/// and the checklist below agree; else the search's value.
double vettedOr(const store::CandidateEntry& e, const char* test, const char* field, double fallback)
{
    const QJsonValue v = e.vetting.value(QLatin1String(test)).toObject().value(QLatin1String(field));
    return v.isDouble() ? v.toDouble() : fallback;
}

QString tr(const char* s) { return QCoreApplication::translate("exo::sheet", s); }

QString num(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}
QString withErr(double v, double err, int decimals)
{
    if (!std::isfinite(err))
        return num(v, decimals);
    return num(v, decimals) + QStringLiteral(" ± ") + num(err, decimals);
}

QColor dispositionColor(store::Disposition d)
{
    using D = store::Disposition;
    switch (d) {
    case D::PlanetCandidate: return QColor(30, 140, 60);
    case D::KnownPlanet: return QColor(31, 119, 180);
    case D::EclipsingBinary:
    case D::FalsePositive: return QColor(200, 30, 30);
    case D::Systematics: return QColor(200, 120, 0);
    case D::Unreviewed: break;
    }
    return QColor(120, 120, 120);
}

QString dispositionText(const store::CandidateEntry& e)
{
    using D = store::Disposition;
    switch (e.annotation.disposition) {
    case D::PlanetCandidate: return tr("planet candidate");
    case D::EclipsingBinary: return tr("eclipsing binary");
    case D::FalsePositive:
        return e.annotation.fpReason.isEmpty() ? tr("false positive")
                                               : tr("false positive: %1").arg(e.annotation.fpReason);
    case D::KnownPlanet: return tr("known planet");
    case D::Systematics: return tr("systematics");
    case D::Unreviewed: break;
    }
    return tr("unreviewed");
}

void header(QPainter& p, const QRectF& r, const SheetData& d)
{
    const auto& e = d.entry;
    p.save();
    QFont f = p.font();
    f.setPixelSize(26);
    f.setBold(true);
    p.setFont(f);
    QString title = d.name.isEmpty() ? e.starLabel() : d.name;
    if (!e.objectName.isEmpty() && e.objectName != e.starLabel())
        title += QStringLiteral("  ·  ") + e.objectName;
    p.setPen(QColor(20, 20, 20));
    p.drawText(QRectF(r.left(), r.top(), r.width() * 0.7, 34), Qt::AlignLeft | Qt::AlignVCenter, title);
    // The disposition badge and the flag.
    f.setPixelSize(17);
    p.setFont(f);
    const QString disp =
        dispositionText(e) + (e.annotation.flagged ? QStringLiteral("  ★ ") + tr("flagged") : QString());
    const QFontMetricsF fm(f);
    const double bw = fm.horizontalAdvance(disp) + 24;
    const QRectF badge(r.right() - bw, r.top() + 2, bw, 30);
    p.setPen(Qt::NoPen);
    p.setBrush(dispositionColor(e.annotation.disposition));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.drawRoundedRect(badge, 6, 6);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, disp);
    f.setPixelSize(14);
    f.setBold(false);
    p.setFont(f);
    p.setPen(QColor(40, 40, 40));
    const QString line1 =
        tr("%1  ·  P = %2 d  ·  T0 = %3 BJD_TDB (%4 %5)  ·  duration %6 h  ·  depth %7 ppm")
            .arg(e.mission, withErr(e.periodDays, e.periodErrDays, 6), withErr(e.t0Bjd, e.t0ErrDays, 5), num(e.t0, 5),
                 e.timeSystem, withErr(e.durationHours, e.durationErrHours, 2), withErr(e.depthPpm, e.depthErrPpm, 0));
    const QString line2 = tr("SNR %1  ·  SDE %2  ·  %3 transits with data  ·  odd/even %4 σ  ·  secondary %5 ppm")
                              .arg(num(e.snr, 1), num(e.sde, 1))
                              .arg(e.nTransits)
                              .arg(num(vettedOr(e, "odd_even", "sigma", e.oddEvenSigma), 1),
                                   num(vettedOr(e, "secondary", "depth_ppm", e.secondaryDepthPpm), 0));
    p.drawText(QRectF(r.left(), r.top() + 38, r.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, line1);
    p.drawText(QRectF(r.left(), r.top() + 58, r.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, line2);
    p.setPen(QPen(QColor(160, 160, 160), 1));
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    p.restore();
}

void footer(QPainter& p, const QRectF& r, const SheetData& d)
{
    const auto& e = d.entry;
    p.save();
    p.setPen(QPen(QColor(160, 160, 160), 1));
    p.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()));
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double half = r.width() * 0.42;
    p.setPen(QColor(20, 20, 20));
    p.drawText(QRectF(r.left(), r.top() + 4, half, fm.height()), Qt::AlignLeft, tr("Note"));
    p.drawText(QRectF(r.left() + half + 20, r.top() + 4, r.width() - half - 20, fm.height()), Qt::AlignLeft,
               tr("Provenance"));
    f.setBold(false);
    p.setFont(f);
    const QString note = e.annotation.note.isEmpty() ? tr("(no note)") : e.annotation.note;
    p.drawText(QRectF(r.left(), r.top() + 6 + fm.height(), half, r.height() - fm.height() - 8),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    QStringList prov;
    QStringList files;
    for (const auto& file : e.files)
        files << QFileInfo(file.path).fileName() + QStringLiteral(" (sha256 ")
                     + (file.sha256.isEmpty() ? tr("unknown") : file.sha256.left(12) + QStringLiteral("…"))
                     + QLatin1Char(')');
    if (files.size() > 3) {
        const int more = int(files.size()) - 3;
        files = files.mid(0, 3);
        files << tr("and %1 more").arg(more);
    }
    prov << tr("Files: %1").arg(files.isEmpty() ? tr("none recorded") : files.join(QStringLiteral(", ")));
    QString settings = QString::fromUtf8(QJsonDocument(e.settings).toJson(QJsonDocument::Compact));
    if (settings.size() > 260)
        settings = settings.left(257) + QStringLiteral("…");
    prov << tr("Settings: %1").arg(settings);
    prov << tr("ExoWorld Explorer %1  ·  author %2  ·  saved %3  ·  updated %4")
                .arg(e.softwareVersion.isEmpty() ? tr("(version unknown)") : e.softwareVersion,
                     e.author.isEmpty() ? tr("(not set)") : e.author,
                     e.createdUtc.isValid() ? e.createdUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                            : tr("–"),
                     e.updatedUtc.isValid() ? e.updatedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                            : tr("–"));
    QFont small = f;
    small.setPixelSize(std::max(9, f.pixelSize() - 1));
    p.setFont(small);
    p.drawText(
        QRectF(r.left() + half + 20, r.top() + 6 + fm.height(), r.width() - half - 20, r.height() - fm.height() - 8),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, prov.join(QLatin1Char('\n')));
    p.restore();
}
}  // namespace

void paintSheet(QPainter& p, const QRectF& page, const SheetData& d)
{
    p.save();
    p.translate(page.topLeft());
    p.scale(page.width() / kSheetWidth, page.height() / kSheetHeight);
    p.fillRect(QRectF(0, 0, kSheetWidth, kSheetHeight), Qt::white);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    p.setFont(f);
    const double m = 28, W = kSheetWidth - 2 * m;
    header(p, QRectF(m, m - 6, W, 84), d);
    const double left = W * 0.64, right = W - left - 14;
    double y = m + 88;
    const double h1 = 215;
    panels::rawCurve(p, QRectF(m, y, left, h1), d);
    panels::periodogram(p, QRectF(m + left + 14, y, right, h1), d);
    y += h1 + 6;
    panels::flatCurve(p, QRectF(m, y, left, h1), d);
    panels::fold(p, QRectF(m + left + 14, y, right, h1), d);
    y += h1 + 6;
    // Odd, even and secondary share the fold's vertical scale.
    const double h3 = 215, q = (W - 3 * 14) / 4;
    double ylo = 0.999, yhi = 1.001;
    {
        std::vector<double> yy;
        const auto ph = panels::foldHours(d.curves.flatTime, d.entry.t0, d.entry.periodDays);
        const double w = std::max(3.0, 2.5 * d.entry.durationHours);
        for (std::size_t i = 0; i < ph.size(); ++i)
            if (std::abs(ph[i]) <= w)
                yy.push_back(d.curves.flatFlux[i]);
        if (!yy.empty()) {
            std::sort(yy.begin(), yy.end());
            const double lo = yy[std::size_t(0.005 * double(yy.size() - 1))],
                         hi = yy[std::size_t(0.995 * double(yy.size() - 1))];
            const double depth = std::isfinite(d.entry.depthPpm) ? d.entry.depthPpm * 1e-6 : 0;
            ylo = std::min(lo, 1 - 1.25 * depth);
            yhi = std::max(hi, 1 + 0.25 * depth);
            const double pad = 0.08 * (yhi - ylo);
            ylo -= pad;
            yhi += pad;
        }
    }
    panels::oddEven(p, QRectF(m, y, q, h3), d, 1, ylo, yhi);
    panels::oddEven(p, QRectF(m + q + 14, y, q, h3), d, 0, ylo, yhi);
    panels::secondary(p, QRectF(m + 2 * (q + 14), y, q, h3), d);
    panels::differenceImage(p, QRectF(m + 3 * (q + 14), y, q, h3), d);
    y += h3 + 8;
    const double h4 = kSheetHeight - m - 118 - y;
    panels::gallery(p, QRectF(m, y, left, h4), d);
    panels::checklist(p, QRectF(m + left + 14, y, right, h4), d);
    footer(p, QRectF(m, kSheetHeight - m - 112, W, 112), d);
    p.restore();
}

namespace {
bool paintPdf(const QString& path, const QList<SheetData>& sheets, QString* error)
{
    QPdfWriter w(path);
    w.setResolution(150);
    w.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    w.setTitle(sheets.size() == 1 ? tr("Vetting sheet %1").arg(sheets.front().name) : tr("Candidate report"));
    w.setCreator(QStringLiteral("ExoWorld Explorer"));
    QPainter p;
    if (!p.begin(&w)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    const QRectF page(QPointF(0, 0), QSizeF(w.width(), w.height()));
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i > 0)
            w.newPage();
        paintSheet(p, page, sheets[i]);
    }
    p.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}
}  // namespace

bool writeSheet(const QString& path, const SheetData& d, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return paintPdf(path, {d}, error);
    if (suffix != QLatin1String("png")) {
        if (error)
            *error = tr("the sheet is written as .pdf or .png, not '.%1'").arg(suffix);
        return false;
    }
    QImage img(kSheetWidth, kSheetHeight, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        paintSheet(p, QRectF(0, 0, kSheetWidth, kSheetHeight), d);
    }
    if (!img.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writeReport(const QString& path, const QList<SheetData>& sheets, QString* error)
{
    if (sheets.isEmpty()) {
        if (error)
            *error = tr("no candidate to put in the report");
        return false;
    }
    return paintPdf(path, sheets, error);
}

}  // namespace exo::sheet
