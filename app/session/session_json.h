#pragma once
/// @file session_json.h
/// JSON conversion of the session value types (internal to session_io; exposed
/// for tests). Readers append translated warnings for values they had to drop
/// and fall back to the defaults, so a partly damaged file still loads.

#include "session/session_types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace exo::app::json {

/// A double as JSON: non-finite values become null.
QJsonValue number(double v);
/// A JSON number as double: null/missing -> NaN when allowNull, else `fallback`.
double toDouble(const QJsonValue& v, double fallback, bool nanForNull = true);

QJsonObject apertureToJson(const exo::pipeline::ApertureChoice& a);
exo::pipeline::ApertureChoice apertureFromJson(const QJsonObject& o, const QString& where, QStringList& warnings);

QJsonObject prepareToJson(const exo::pipeline::PrepareSettings& p);
exo::pipeline::PrepareSettings prepareFromJson(const QJsonObject& o, QStringList& warnings);

QJsonObject searchToJson(const exo::pipeline::SearchSettings& s);
exo::pipeline::SearchSettings searchFromJson(const QJsonObject& o, QStringList& warnings);

QJsonObject candidateToJson(const CandidateRecord& c);
CandidateRecord candidateFromJson(const QJsonObject& o);

}  // namespace exo::app::json
