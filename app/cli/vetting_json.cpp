#include "cli/vetting_json.h"

namespace exo::cli {

namespace {

void depthFields(JsonWriter& j, const vetting::Depth& d, const char* prefix)
{
    const std::string p(prefix);
    j.field(p + "depth_ppm", d.ppm);
    j.field(p + "err_ppm", d.errPpm);
    j.field(p + "sigma", d.sigma());
    j.field(p + "n_events", d.nEvents);
}

void centroid(JsonWriter& j, const char* key, const vetting::Centroid& c)
{
    j.key(key).beginObject();
    j.field("col", c.col);
    j.field("row", c.row);
    j.endObject();
}

void image(JsonWriter& j, const char* key, const std::vector<double>& v, int rows, int cols)
{
    j.key(key).beginArray();
    for (int r = 0; r < rows; ++r) {
        j.beginArray();
        for (int c = 0; c < cols; ++c) {
            const std::size_t i = std::size_t(r) * std::size_t(cols) + std::size_t(c);
            j.value(i < v.size() ? v[i] : vetting::kNaN);
        }
        j.endArray();
    }
    j.endArray();
}

}  // namespace

void writeFlagsJson(JsonWriter& j, const vetting::Report& r)
{
    j.beginArray();
    for (auto f : r.flags)
        j.value(vetting::flagName(f));
    j.endArray();
}

void writeVettingJson(JsonWriter& j, const vetting::Report& r, const VettingJsonOptions& o)
{
    j.beginObject();
    j.key("flags");
    writeFlagsJson(j, r);
    j.key("noise").beginObject();
    j.field("white_ppm", r.noise.whitePpm);
    j.field("red_ppm", r.noise.redPpm);
    j.field("binned_ppm", r.noise.binnedPpm);
    j.field("beta", r.noise.beta);
    j.field("points_per_bin", r.noise.pointsPerBin);
    j.field("n_bins", r.noise.nBins);
    j.endObject();
    j.key("primary").beginObject();
    depthFields(j, r.primary, "");
    j.field("n_points", r.primary.nPoints);
    j.endObject();
    j.key("odd_even").beginObject();
    depthFields(j, r.odd, "odd_");
    depthFields(j, r.even, "even_");
    j.field("sigma", r.oddEvenSigma);
    j.field("scatter_factor", r.oddEvenScatter);
    j.endObject();
    j.key("secondary").beginObject();
    depthFields(j, r.secondary, "");
    j.field("events_clipped", r.secondaryEventsClipped);
    j.field("albedo", r.secondaryAlbedo);
    j.field("significant", r.secondarySignificant);
    j.field("planet_like", r.secondaryPlanetLike);
    j.field("strongest_phase", r.strongestSecondaryPhase);
    depthFields(j, r.strongestSecondary, "strongest_");
    j.endObject();
    j.key("transits").beginObject();
    j.field("n_events", int(r.events.size()));
    j.field("max_event_fraction", r.maxEventFraction);
    if (o.events) {
        j.key("events").beginArray();
        for (const auto& e : r.events) {
            j.beginObject();
            j.field("epoch", e.epoch);
            j.field("time", e.time);
            j.field("n_points", e.nPoints);
            j.field("depth_ppm", e.depthPpm);
            j.field("err_ppm", e.errPpm);
            j.field("snr", e.snr);
            j.endObject();
        }
        j.endArray();
    }
    j.endObject();
    j.key("shape").beginObject();
    j.field("valid", r.shape.valid);
    j.field("depth_ppm", r.shape.depthPpm);
    j.field("duration_hours", r.shape.durationHours);
    j.field("ingress_hours", r.shape.ingressHours);
    j.field("ingress_ratio", r.shape.ingressRatio);
    j.field("t0_shift_hours", r.shape.t0ShiftHours);
    j.field("v_shape_delta_chi2", r.shape.vShapeDeltaChi2);
    j.field("box_delta_chi2", r.shape.boxDeltaChi2);
    j.field("sine_delta_chi2", r.shape.sineDeltaChi2);
    j.field("sine_amplitude_ppm", r.shape.sineAmplitudePpm);
    j.endObject();
    j.key("host").beginObject();
    j.field("known", r.host.known);
    j.field("teff_k", r.host.teffK);
    j.field("logg", r.host.logg);
    j.field("radius_sun", r.host.radiusSun);
    j.field("mass_sun", r.host.massSun);
    j.field("density_solar", r.host.densitySolar);
    j.field("planet_radius_earth", r.host.planetRadiusEarth);
    j.field("a_over_rs", r.host.aOverRs);
    j.field("expected_duration_hours", r.host.expectedDurationHours);
    j.field("duration_ratio", r.host.durationRatio);
    j.field("equilibrium_k", r.host.equilibriumK);
    j.endObject();
    j.key("pixels").beginArray();
    for (const auto& p : r.pixels) {
        j.beginObject();
        j.field("file", p.file);
        j.field("valid", p.valid);
        j.field("rows", p.rows);
        j.field("cols", p.cols);
        j.field("n_transits", p.nTransits);
        centroid(j, "out_centroid", p.outCentroid);
        centroid(j, "diff_centroid", p.diffCentroid);
        centroid(j, "target", p.target);
        j.field("offset_px", p.offsetPx);
        j.field("offset_arcsec", p.offsetArcsec);
        j.field("offset_sigma", p.offsetSigma);
        j.field("target_offset_arcsec", p.targetOffsetArcsec);
        j.field("arcsec_per_pixel", p.arcsecPerPixel);
        j.field("aperture_depth_ppm", p.apertureDepthPpm);
        j.field("motion_corrected", p.motionCorrected);
        if (o.images) {
            image(j, "diff_image", p.diffImage, p.rows, p.cols);
            image(j, "depth_map_ppm", p.depthMapPpm, p.rows, p.cols);
        }
        j.endObject();
    }
    j.endArray();
    j.key("ephemeris_matches").beginArray();
    for (const auto& m : r.matches) {
        j.beginObject();
        j.field("label", m.label);
        j.field("period_ratio", m.periodRatio);
        j.field("numerator", m.numerator);
        j.field("denominator", m.denominator);
        j.field("epoch_offset_hours", m.epochOffsetHours);
        j.field("half_phase", m.halfPhase);
        j.endObject();
    }
    j.endArray();
    j.key("warnings").beginArray();
    for (const auto& w : r.warnings)
        j.value(w);
    j.endArray();
    j.endObject();
}

}  // namespace exo::cli
