#pragma once
/// @file metatypes.h
/// Qt meta-type declarations of the core settings values that the panels pass
/// through signals, so they also travel through queued connections and QVariant.

#include <QMetaType>

#include "pipeline/settings.h"

Q_DECLARE_METATYPE(exo::pipeline::PrepareSettings)
Q_DECLARE_METATYPE(exo::pipeline::SearchSettings)
