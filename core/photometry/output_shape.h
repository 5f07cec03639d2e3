#pragma once
/// @file output_shape.h
/// Internal helper of core/photometry: sizes the per-cadence outputs of
/// aperture photometry, shared by the direct and the prepared paths so both
/// fill exactly the same columns. Not part of the public API.

#include <cstddef>
#include <limits>

#include "photometry/sap.h"

namespace exo::phot::detail {

/// Flux for `ncad` cadences, errors only if the file has them, the background
/// column NaN-filled unless `mode` is None, centroids only if asked for, and
/// no segments. Time, quality and cadence numbers are the caller's.
inline void shapeOutputs(ApertureLightCurve& out, std::size_t ncad, bool haveErr, BackgroundMode mode, bool centroids)
{
    Series& s = out.series;
    s.segment.clear();
    s.flux.resize(ncad);
    if (haveErr)
        s.fluxErr.resize(ncad);
    else
        s.fluxErr.clear();
    if (mode == BackgroundMode::None)
        out.background.clear();
    else
        out.background.assign(ncad, std::numeric_limits<double>::quiet_NaN());
    if (centroids) {
        out.centroidCol.resize(ncad);
        out.centroidRow.resize(ncad);
    } else {
        out.centroidCol.clear();
        out.centroidRow.clear();
    }
}

}  // namespace exo::phot::detail
