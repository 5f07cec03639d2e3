#include "pixels/color_map.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace exo::ui {
namespace {

struct Rgbf {
    float r, g, b;
};

// Control points sampled every 8th entry (0, 8, ..., 248, 255) from matplotlib's 256-entry
// tables in lib/matplotlib/_cm_listed.py (viridis and inferno by Nathaniel J. Smith and Stefan
// van der Walt, released CC0). Linear interpolation between them reproduces the tables to within
// ~0.003 per channel, below one 8-bit step.
constexpr Rgbf kViridis[] = {
    {0.267004f, 0.004874f, 0.329415f}, {0.277018f, 0.050344f, 0.375715f}, {0.282327f, 0.094955f, 0.417331f},
    {0.282884f, 0.135920f, 0.453427f}, {0.278826f, 0.175490f, 0.483397f}, {0.270595f, 0.214069f, 0.507052f},
    {0.258965f, 0.251537f, 0.524736f}, {0.244972f, 0.287675f, 0.537260f}, {0.229739f, 0.322361f, 0.545706f},
    {0.214298f, 0.355619f, 0.551184f}, {0.199430f, 0.387607f, 0.554642f}, {0.185556f, 0.418570f, 0.556753f},
    {0.172719f, 0.448791f, 0.557885f}, {0.160665f, 0.478540f, 0.558115f}, {0.149039f, 0.508051f, 0.557250f},
    {0.137770f, 0.537492f, 0.554906f}, {0.127568f, 0.566949f, 0.550556f}, {0.120565f, 0.596422f, 0.543611f},
    {0.120638f, 0.625828f, 0.533488f}, {0.132268f, 0.655014f, 0.519661f}, {0.157851f, 0.683765f, 0.501686f},
    {0.196571f, 0.711827f, 0.479221f}, {0.246070f, 0.738910f, 0.452024f}, {0.304148f, 0.764704f, 0.419943f},
    {0.369214f, 0.788888f, 0.382914f}, {0.440137f, 0.811138f, 0.340967f}, {0.515992f, 0.831158f, 0.294279f},
    {0.595839f, 0.848717f, 0.243329f}, {0.678489f, 0.863742f, 0.189503f}, {0.762373f, 0.876424f, 0.137064f},
    {0.845561f, 0.887322f, 0.099702f}, {0.926106f, 0.897330f, 0.104071f}, {0.993248f, 0.906157f, 0.143936f}};

constexpr Rgbf kInferno[] = {
    {0.001462f, 0.000466f, 0.013866f}, {0.013995f, 0.011225f, 0.071862f}, {0.042253f, 0.028139f, 0.141141f},
    {0.081962f, 0.043328f, 0.215289f}, {0.129285f, 0.047293f, 0.290788f}, {0.183429f, 0.040329f, 0.354971f},
    {0.238273f, 0.036621f, 0.396353f}, {0.290763f, 0.045644f, 0.418637f}, {0.341500f, 0.062325f, 0.429425f},
    {0.391453f, 0.080927f, 0.433109f}, {0.441207f, 0.099338f, 0.431594f}, {0.491022f, 0.117179f, 0.425552f},
    {0.540920f, 0.134729f, 0.415123f}, {0.590734f, 0.152563f, 0.400290f}, {0.640135f, 0.171438f, 0.381065f},
    {0.688653f, 0.192239f, 0.357603f}, {0.735683f, 0.215906f, 0.330245f}, {0.780517f, 0.243327f, 0.299523f},
    {0.822386f, 0.275197f, 0.266085f}, {0.860533f, 0.311892f, 0.230606f}, {0.894305f, 0.353399f, 0.193584f},
    {0.923215f, 0.399359f, 0.155193f}, {0.946965f, 0.449191f, 0.115272f}, {0.965397f, 0.502249f, 0.073859f},
    {0.978422f, 0.557937f, 0.034931f}, {0.985952f, 0.615750f, 0.025592f}, {0.987874f, 0.675267f, 0.065257f},
    {0.984075f, 0.736087f, 0.129527f}, {0.974638f, 0.797692f, 0.206332f}, {0.960626f, 0.859069f, 0.298010f},
    {0.947594f, 0.917399f, 0.410665f}, {0.954529f, 0.965896f, 0.540361f}, {0.988362f, 0.998364f, 0.644924f}};

constexpr int kControlCount = int(sizeof(kViridis) / sizeof(kViridis[0]));
static_assert(kControlCount == 33 && sizeof(kInferno) == sizeof(kViridis));

// Control point k sits at table index 8k, except the last which is 255.
int controlIndex(int k) { return k == kControlCount - 1 ? 255 : 8 * k; }

std::array<QRgb, 256> buildLut(const Rgbf* pts)
{
    std::array<QRgb, 256> lut{};
    int k = 0;
    for (int i = 0; i < 256; ++i) {
        while (k + 1 < kControlCount - 1 && controlIndex(k + 1) <= i)
            ++k;
        const int i0 = controlIndex(k), i1 = controlIndex(k + 1);
        const float f = float(i - i0) / float(i1 - i0);
        auto mix = [&](float a, float b) { return int(std::lround((a + (b - a) * f) * 255.0f)); };
        lut[std::size_t(i)] =
            qRgb(mix(pts[k].r, pts[k + 1].r), mix(pts[k].g, pts[k + 1].g), mix(pts[k].b, pts[k + 1].b));
    }
    return lut;
}

std::array<QRgb, 256> buildGray()
{
    std::array<QRgb, 256> lut{};
    for (int i = 0; i < 256; ++i)
        lut[std::size_t(i)] = qRgb(i, i, i);
    return lut;
}

}  // namespace

const std::array<QRgb, 256>& colorMapLut(ColorMap map)
{
    static const std::array<QRgb, 256> viridis = buildLut(kViridis);
    static const std::array<QRgb, 256> inferno = buildLut(kInferno);
    static const std::array<QRgb, 256> gray = buildGray();
    switch (map) {
    case ColorMap::Viridis: return viridis;
    case ColorMap::Inferno: return inferno;
    case ColorMap::Gray: break;
    }
    return gray;
}

double applyStretch(Stretch stretch, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    switch (stretch) {
    case Stretch::Linear: return t;
    case Stretch::Sqrt: return std::sqrt(t);
    case Stretch::Log: {
        // astropy LogStretch(a=1000): log(a t + 1) / log(a + 1)
        constexpr double a = 1000.0;
        return std::log(a * t + 1.0) / std::log(a + 1.0);
    }
    case Stretch::Asinh: {
        // astropy AsinhStretch(a=0.1): asinh(t / a) / asinh(1 / a)
        constexpr double a = 0.1;
        return std::asinh(t / a) / std::asinh(1.0 / a);
    }
    }
    return t;
}

DisplayLimits percentileLimits(const float* data, std::size_t n, double loPercent, double hiPercent)
{
    std::vector<float> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(data[i]))
            v.push_back(data[i]);
    if (v.empty())
        return {0.0, 0.0};
    auto pct = [&](double p) {
        const double pos = std::clamp(p, 0.0, 100.0) / 100.0 * double(v.size() - 1);
        const auto i0 = std::size_t(std::floor(pos));
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(i0), v.end());
        const double a = v[i0];
        if (i0 + 1 >= v.size())
            return a;
        const double b = *std::min_element(v.begin() + std::ptrdiff_t(i0) + 1, v.end());
        return a + (b - a) * (pos - double(i0));
    };
    DisplayLimits lim{pct(loPercent), pct(hiPercent)};
    if (!(lim.hi > lim.lo)) {  // flat image: widen so it still renders mid-scale
        const double c = lim.lo;
        const double w = std::max(1e-6, std::abs(c) * 1e-3);
        lim = {c - w, c + w};
    }
    return lim;
}

QImage renderImage(const float* data, int rows, int cols, DisplayLimits limits, ColorMap map, Stretch stretch,
                   QRgb nanColor)
{
    QImage img(cols, rows, QImage::Format_RGB32);
    if (rows <= 0 || cols <= 0)
        return img;
    const auto& lut = colorMapLut(map);
    // Stretch once into a 1024-step table: the per-pixel cost is then one multiply and a lookup.
    constexpr int kSteps = 1024;
    std::array<std::uint8_t, kSteps + 1> stretched{};
    for (int i = 0; i <= kSteps; ++i)
        stretched[std::size_t(i)] = std::uint8_t(std::lround(applyStretch(stretch, double(i) / kSteps) * 255.0));
    const double span = limits.valid() ? limits.hi - limits.lo : 1.0;
    for (int r = 0; r < rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(rows - 1 - r));  // row 0 at the bottom
        const float* src = data + std::size_t(r) * std::size_t(cols);
        for (int c = 0; c < cols; ++c) {
            const float v = src[c];
            if (!std::isfinite(v)) {
                line[c] = nanColor;
                continue;
            }
            const double t = std::clamp((double(v) - limits.lo) / span, 0.0, 1.0);
            line[c] = lut[stretched[std::size_t(std::lround(t * kSteps))]];
        }
    }
    return img;
}

QStringList colorMapNames()
{
    return {QCoreApplication::translate("exo::ui::ColorMap", "Viridis"),
            QCoreApplication::translate("exo::ui::ColorMap", "Gray"),
            QCoreApplication::translate("exo::ui::ColorMap", "Inferno")};
}

QStringList stretchNames()
{
    return {QCoreApplication::translate("exo::ui::Stretch", "Linear"),
            QCoreApplication::translate("exo::ui::Stretch", "Square root"),
            QCoreApplication::translate("exo::ui::Stretch", "Logarithmic"),
            QCoreApplication::translate("exo::ui::Stretch", "Asinh")};
}

}  // namespace exo::ui
