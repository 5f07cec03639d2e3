#pragma once
// Synthetic TargetPixelFile structs built in code for photometry unit tests.

#include <cmath>
#include <cstdint>
#include <functional>

#include "model/pixel_file.h"

namespace exo::test {

/// rows x cols x cadences cube; value(c, r, col) from `f`, FLUX_ERR = `err`,
/// FLUX_BKG = `bkg` per pixel; time = 100 + c * cadenceDays.
inline TargetPixelFile makeTpf(int rows, int cols, std::size_t cadences,
                               const std::function<float(std::size_t, int, int)>& f, float err = 1.0f, float bkg = 2.0f,
                               double cadenceDays = 0.0204)
{
    TargetPixelFile t;
    t.meta.mission = Mission::Kepler;
    t.meta.targetId = 42;
    t.meta.idPrefix = "KIC";
    auto cube = [&](PixelCube& c) {
        c.rows = rows;
        c.cols = cols;
        c.cadences = cadences;
        c.data.resize(std::size_t(rows) * cols * cadences);
    };
    cube(t.flux);
    cube(t.fluxErr);
    cube(t.fluxBkg);
    t.time.resize(cadences);
    t.cadenceNo.resize(cadences);
    t.quality.assign(cadences, 0);
    for (std::size_t c = 0; c < cadences; ++c) {
        t.time[c] = 100.0 + double(c) * cadenceDays;
        t.cadenceNo[c] = std::int32_t(1000 + c);
        for (int r = 0; r < rows; ++r)
            for (int k = 0; k < cols; ++k) {
                const std::size_t i = (c * rows + r) * cols + k;
                t.flux.data[i] = f(c, r, k);
                t.fluxErr.data[i] = err;
                t.fluxBkg.data[i] = bkg;
            }
    }
    t.aperture.assign(std::size_t(rows) * cols, 1);
    t.ccdColumn = 300;
    t.ccdRow = 200;
    return t;
}

}  // namespace exo::test
