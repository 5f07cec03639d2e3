#pragma once
/// @file entry_json.h
/// CandidateEntry <-> JSON (the record of the JSON export; stable snake_case
/// field names, documented in README.md). Non-finite numbers are null.

#include "store/candidate_entry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exo::store {

QJsonObject entryToJson(const CandidateEntry& e);
/// Reads what entryToJson wrote; missing fields keep their defaults. Returns
/// false (with `why`) when the star or the period is missing.
bool entryFromJson(const QJsonObject& o, CandidateEntry& e, QString* why = nullptr);

QJsonArray filesToJson(const QList<FileRef>& files);
QList<FileRef> filesFromJson(const QJsonArray& a);

/// A double as JSON (null when not finite) and back (NaN for null/missing).
QJsonValue jsonNumber(double v);
double jsonDouble(const QJsonValue& v);

}  // namespace exo::store
