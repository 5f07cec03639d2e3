#include "model/light_curve.h"

namespace exo {

const FluxColumn* LightCurveFile::column(const std::string& name) const
{
    for (const auto& c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

const FluxColumn* LightCurveFile::defaultColumn() const
{
    for (const char* n : {"PDCSAP_FLUX", "FCOR", "flux", "PDC_FLUX", "CORR_FLUX", "cal_aper_flux", "SAP_FLUX"})
        if (auto* c = column(n))
            return c;
    return columns.empty() ? nullptr : &columns.front();
}

}  // namespace exo
