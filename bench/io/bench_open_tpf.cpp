// Times "open the Kepler-62 pixel file and produce its pipeline-aperture light curve":
// read with CFITSIO (exo::io), resolve the APERTURE & 2 mask, sum it per cadence.
// Prints the median of N runs in milliseconds, and a checksum to compare with astropy.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "io/fits_reader.h"
#include "photometry/aperture.h"
#include "photometry/sap.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open_tpf FILE [runs]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 15;
    std::vector<double> ms;
    double checksum = 0;
    std::size_t n = 0;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        auto tpf = exo::io::readTargetPixelFile(argv[1]);
        if (!tpf.ok()) {
            std::fprintf(stderr, "cannot read %s: %s\n", argv[1], tpf.status.detail.c_str());
            return 3;
        }
        const auto mask = exo::phot::pipelineAperture(tpf.value);
        // The same products as lightkurve's to_lightcurve(aperture_mask='pipeline'): flux,
        // flux error in quadrature, summed background and moment centroids.
        exo::phot::SapParams sp;
        sp.centroids = true;
        auto lc = exo::phot::aperturePhotometry(tpf.value, mask, sp);
        const auto t1 = std::chrono::steady_clock::now();
        if (!lc.ok())
            return 3;
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        checksum = 0;
        n = lc.value.series.size();
        for (double f : lc.value.series.flux)
            if (std::isfinite(f))
                checksum += f;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("exoworld_ms %.3f\ncadences %zu\nchecksum %.6f\n", ms[ms.size() / 2], n, checksum);
    return 0;
}
