#pragma once
/// @file demo_tpf_writer.h
/// Writes one simulated quarter as a Kepler long-cadence target pixel file with
/// the HDU layout, column definitions and keywords of the MAST products
/// (primary header, TARGETTABLES binary table with per-column WCS, APERTURE image).

#include <string>
#include <vector>

#include "common/status.h"
#include "demo/demo_simulation.h"
#include "demo/demo_star.h"

namespace exo::demo {

/// MAST-style file name: kplr<KIC 9 digits>-<timestamp>_lpd-targ.fits[.gz].
std::string demoTpfFileName(long long keplerId, int quarter, bool gzip);

/// Create (overwrite) `path` and write the quarter. The CFITSIO handle is
/// opened and closed within the call. WriteFailed with the CFITSIO message on error.
Status writeDemoTpf(const std::string& path, const QuarterData& q, const DemoParams& params,
                    const std::vector<DemoPlanet>& planets);

}  // namespace exo::demo
