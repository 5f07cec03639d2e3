#include "pipeline/vet_star.h"

#include <string>

namespace exo::pipeline {

std::vector<vetting::PixelInput> pixelInputs(const std::vector<std::shared_ptr<const LoadedFile>>& files,
                                             const ApertureChoice& aperture)
{
    std::vector<vetting::PixelInput> out;
    for (const auto& f : files) {
        if (!f || !f->tpf)
            continue;
        vetting::PixelInput p;
        p.tpf = f->tpf.get();
        auto m = resolveAperture(*f->tpf, aperture);
        if (m.ok())
            p.aperture = std::move(m.value);
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<vetting::Report> vetCandidates(const std::vector<Candidate>& candidates, const Series& flat,
                                           const Metadata& meta, const std::vector<vetting::PixelInput>& pixels)
{
    std::vector<vetting::Report> out;
    vetting::Input in;
    in.flat = flat;
    in.meta = meta;
    in.pixels = pixels;
    for (const auto& c : candidates) {
        in.ephemeris = {c.periodDays, c.t0, c.durationHours, c.depthPpm};
        in.others.clear();
        in.masked.clear();
        for (const auto& o : candidates) {
            if (&o == &c)
                continue;
            in.others.push_back(
                {std::string(1, '#').append(std::to_string(o.rank)), o.periodDays, o.t0Bjd, o.durationHours});
            if (o.rank < c.rank)
                in.masked.push_back({o.periodDays, o.t0, o.durationHours, o.depthPpm});
        }
        auto r = vetting::vet(in);
        if (r.ok()) {
            out.push_back(std::move(r.value));
        } else {
            vetting::Report empty;
            empty.ephemeris = in.ephemeris;
            empty.warnings.push_back(errorCodeName(r.status.code));
            out.push_back(std::move(empty));
        }
    }
    return out;
}

}  // namespace exo::pipeline
