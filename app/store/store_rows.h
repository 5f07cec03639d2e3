#pragma once
// The candidates table's columns and their mapping to CandidateEntry: what
// CandidateStore binds on insert/update and reads back from a SELECT.
#include "store/candidate_entry.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace exo::store::rows {

// Columns written by insert/update, in binding order (id, created_utc excluded).
extern const QStringList kColumns;
// The annotation columns (written on insert and with AnnotationPolicy::Replace).
extern const QStringList kAnnotationColumns;
// SELECT of every column readRow() reads, without a WHERE clause.
extern const QString kSelect;

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString sqlText(const QString& s);
// The current UTC time as the store writes it (ISO 8601 with milliseconds).
QString isoNow();

QVariantList measuredValues(const CandidateEntry& e, const QString& now);
QVariantList annotationValues(const CandidateEntry& e);
CandidateEntry readRow(const QSqlQuery& q);

}  // namespace exo::store::rows
