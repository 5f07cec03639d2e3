#include "model/mission.h"

namespace exo {

const char* missionName(Mission m)
{
    switch (m) {
    case Mission::Kepler: return "Kepler";
    case Mission::K2: return "K2";
    case Mission::TESS: return "TESS";
    case Mission::Unknown: break;
    }
    return "unknown";
}

const char* productTypeName(ProductType p)
{
    switch (p) {
    case ProductType::TargetPixelFile: return "tpf";
    case ProductType::FfiCutout: return "ffi_cutout";
    case ProductType::LightCurve: return "lightcurve";
    case ProductType::DataAlertLightCurve: return "data_alert_lightcurve";
    case ProductType::K2sff: return "k2sff";
    case ProductType::K2sc: return "k2sc";
    case ProductType::K2varcat: return "k2varcat";
    case ProductType::Tglc: return "tglc";
    case ProductType::Eleanor: return "eleanor";
    case ProductType::Unknown: break;
    }
    return "unknown";
}

const char* timeSystemName(TimeSystem t)
{
    switch (t) {
    case TimeSystem::BKJD: return "BKJD";
    case TimeSystem::BTJD: return "BTJD";
    case TimeSystem::Unknown: break;
    }
    return "unknown";
}

std::string Metadata::targetLabel() const
{
    if (targetId < 0)
        return objectName.empty() ? std::string("unknown target") : objectName;
    return (idPrefix.empty() ? std::string("ID") : idPrefix) + " " + std::to_string(targetId);
}

int Metadata::season() const
{
    if (quarter >= 0)
        return quarter;
    if (campaign >= 0)
        return campaign;
    return sector;
}

}  // namespace exo
