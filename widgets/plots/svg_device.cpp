#include "plots/svg_device.h"

#include <QBuffer>
#include <QFile>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>
#include <QTextStream>

namespace exo::ui {

class SvgPaintEngine : public QPaintEngine {
public:
    SvgPaintEngine(QSize size, QString title)
        : QPaintEngine(QPaintEngine::AllFeatures), m_size(size), m_title(std::move(title))
    {}

    bool begin(QPaintDevice*) override
    {
        m_body.clear();
        m_clipId = 0;
        m_openClip = false;
        return true;
    }
    bool end() override
    {
        closeClip();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& s) override
    {
        const auto f = s.state();
        if (f & DirtyPen)
            m_pen = s.pen();
        if (f & DirtyBrush)
            m_brush = s.brush();
        if (f & DirtyTransform)
            m_transform = s.transform();
        if (f & DirtyOpacity)
            m_opacity = s.opacity();
        if (f & DirtyFont)
            m_font = s.font();
        if (f & (DirtyClipRegion | DirtyClipPath | DirtyClipEnabled)) {
            closeClip();
            QRectF clip;
            bool enabled = s.isClipEnabled() || (f & (DirtyClipRegion | DirtyClipPath));
            if (f & DirtyClipRegion)
                clip = s.clipRegion().boundingRect();
            else if (f & DirtyClipPath)
                clip = s.clipPath().boundingRect();
            if (enabled && s.clipOperation() != Qt::NoClip && clip.isValid()) {
                clip = s.transform().mapRect(clip);
                const int id = ++m_clipId;
                m_body += QStringLiteral(
                              "<clipPath id=\"c%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/></clipPath>\n")
                              .arg(id)
                              .arg(clip.x())
                              .arg(clip.y())
                              .arg(clip.width())
                              .arg(clip.height());
                m_body += QStringLiteral("<g clip-path=\"url(#c%1)\">\n").arg(id);
                m_openClip = true;
            }
        }
    }

    void drawPath(const QPainterPath& path) override { emitPath(m_transform.map(path), true); }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        if (count < 1)
            return;
        QPainterPath p;
        p.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            p.lineTo(points[i]);
        if (mode != PolylineMode)
            p.closeSubpath();
        p.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        emitPath(m_transform.map(p), mode != PolylineMode);
    }

    void drawPoints(const QPointF* points, int count) override
    {
        // Cosmetic points as tiny squares of the pen width.
        const double w = std::max(1.0, m_pen.widthF());
        QPainterPath p;
        for (int i = 0; i < count; ++i) {
            const QPointF q = m_transform.map(points[i]);
            p.addRect(q.x() - w / 2, q.y() - w / 2, w, w);
        }
        const QBrush saved = m_brush;
        const QPen savedPen = m_pen;
        m_brush = QBrush(m_pen.color());
        m_pen = Qt::NoPen;
        emitPath(p, true);
        m_brush = saved;
        m_pen = savedPen;
    }

    void drawTextItem(const QPointF& p, const QTextItem& item) override
    {
        const QPointF q = m_transform.map(p);
        const QFont f = item.font();
        QString rot;
        if (m_transform.isRotating()) {
            const double angle = std::atan2(m_transform.m12(), m_transform.m11()) * 180.0 / M_PI;
            rot = QStringLiteral(" transform=\"rotate(%1 %2 %3)\"").arg(angle).arg(q.x()).arg(q.y());
        }
        m_body += QStringLiteral(
                      "<text x=\"%1\" y=\"%2\" font-family=\"%3\" font-size=\"%4px\"%5 fill=\"%6\"%7%8>%9</text>\n")
                      .arg(q.x())
                      .arg(q.y())
                      .arg(f.family().toHtmlEscaped())
                      .arg(f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0)
                      .arg(f.bold() ? QStringLiteral(" font-weight=\"bold\"") : QString())
                      .arg(m_pen.color().name())
                      .arg(opacityAttr(m_pen.color().alphaF(), QStringLiteral("fill-opacity")))
                      .arg(rot)
                      .arg(item.text().toHtmlEscaped());
    }

    void drawPixmap(const QRectF& r, const QPixmap& pm, const QRectF& sr) override
    {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        pm.copy(sr.toRect()).save(&buf, "PNG");
        const QRectF t = m_transform.mapRect(r);
        m_body += QStringLiteral("<image x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" preserveAspectRatio=\"none\" "
                                 "href=\"data:image/png;base64,%5\"/>\n")
                      .arg(t.x())
                      .arg(t.y())
                      .arg(t.width())
                      .arg(t.height())
                      .arg(QString::fromLatin1(png.toBase64()));
    }

    QString document() const
    {
        QString s;
        QTextStream out(&s);
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << m_size.width() << "\" height=\""
            << m_size.height() << "\" viewBox=\"0 0 " << m_size.width() << ' ' << m_size.height() << "\">\n";
        if (!m_title.isEmpty())
            out << "<title>" << m_title.toHtmlEscaped() << "</title>\n";
        out << m_body;
        if (m_openClip)
            out << "</g>\n";
        out << "</svg>\n";
        return s;
    }

private:
    static QString opacityAttr(double a, const QString& name)
    {
        return a < 1.0 ? QStringLiteral(" %1=\"%2\"").arg(name).arg(a, 0, 'g', 3) : QString();
    }
    void closeClip()
    {
        if (m_openClip) {
            m_body += QStringLiteral("</g>\n");
            m_openClip = false;
        }
    }
    void emitPath(const QPainterPath& path, bool fill)
    {
        QString d;
        d.reserve(path.elementCount() * 16);
        for (int i = 0; i < path.elementCount(); ++i) {
            const auto e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                d += QStringLiteral("M%1 %2").arg(e.x, 0, 'f', 2).arg(e.y, 0, 'f', 2);
                break;
            case QPainterPath::LineToElement:
                d += QStringLiteral("L%1 %2").arg(e.x, 0, 'f', 2).arg(e.y, 0, 'f', 2);
                break;
            case QPainterPath::CurveToElement: {
                const auto c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
                d += QStringLiteral("C%1 %2 %3 %4 %5 %6")
                         .arg(e.x, 0, 'f', 2)
                         .arg(e.y, 0, 'f', 2)
                         .arg(c2.x, 0, 'f', 2)
                         .arg(c2.y, 0, 'f', 2)
                         .arg(end.x, 0, 'f', 2)
                         .arg(end.y, 0, 'f', 2);
                i += 2;
                break;
            }
            case QPainterPath::CurveToDataElement: break;
            }
        }
        QString fillAttr = QStringLiteral("none");
        QString extra;
        if (fill && m_brush.style() != Qt::NoBrush) {
            fillAttr = m_brush.color().name();
            extra += opacityAttr(m_brush.color().alphaF() * m_opacity, QStringLiteral("fill-opacity"));
            if (path.fillRule() == Qt::OddEvenFill)
                extra += QStringLiteral(" fill-rule=\"evenodd\"");
        }
        QString stroke = QStringLiteral(" stroke=\"none\"");
        if (m_pen.style() != Qt::NoPen) {
            const double w = m_pen.isCosmetic() ? std::max(1.0, m_pen.widthF()) : std::max(0.5, m_pen.widthF());
            stroke = QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(m_pen.color().name()).arg(w);
            stroke += opacityAttr(m_pen.color().alphaF() * m_opacity, QStringLiteral("stroke-opacity"));
            if (m_pen.style() == Qt::DashLine)
                stroke += QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(4 * w).arg(2 * w);
            else if (m_pen.style() == Qt::DotLine)
                stroke += QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(w).arg(2 * w);
        }
        m_body += QStringLiteral("<path d=\"%1\" fill=\"%2\"%3%4/>\n").arg(d, fillAttr, extra, stroke);
    }

    QSize m_size;
    QString m_title;
    QString m_body;
    QPen m_pen;
    QBrush m_brush;
    QFont m_font;
    QTransform m_transform;
    double m_opacity = 1.0;
    int m_clipId = 0;
    bool m_openClip = false;
};

SvgDevice::SvgDevice(const QSize& size, const QString& title)
    : m_size(size), m_engine(std::make_unique<SvgPaintEngine>(size, title))
{}

SvgDevice::~SvgDevice() = default;

QPaintEngine* SvgDevice::paintEngine() const { return m_engine.get(); }

QString SvgDevice::svg() const { return m_engine->document(); }

bool SvgDevice::save(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = svg().toUtf8();
    return f.write(bytes) == bytes.size() && f.flush();
}

int SvgDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_size.width();
    case PdmHeight: return m_size.height();
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / 96.0);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / 96.0);
    case PdmNumColors: return 0x7fffffff;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return 96;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

}  // namespace exo::ui
