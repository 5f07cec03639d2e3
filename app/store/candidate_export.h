#pragma once
/// @file candidate_export.h
/// Writers for the review formats: KOI-like CSV, JSON with full provenance,
/// and the ExoFOP-TESS community-candidate (CTOI) bulk-upload file.
/// Column meanings are documented in app/store/README.md.

#include "store/candidate_entry.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace exo::store {

/// The KOI-like CSV columns, in order.
QStringList csvColumns();
/// One header row then one row per entry (RFC 4180 quoting, empty = unknown).
QByteArray toCsv(const QList<CandidateEntry>& entries);

/// Who exported and with what.
struct ExportInfo {
    QString author;
    QString softwareVersion;
    QDateTime exportedUtc;
};
inline constexpr const char* kJsonFormatName = "exoworld-candidates";
inline constexpr int kJsonFormatVersion = 1;
/// {"format": "exoworld-candidates", "format_version": 1, ..., "candidates": [...]}.
QByteArray toJsonExport(const QList<CandidateEntry>& entries, const ExportInfo& info);
/// Reads a JSON export. Returns false with a sentence in `why` when it is not
/// one (or a newer format version); candidates lacking a star or a period are
/// skipped and counted in `skipped`.
bool fromJsonExport(const QByteArray& bytes, QList<CandidateEntry>& entries, ExportInfo& info, QString* why,
                    int* skipped = nullptr);

/// Which ExoFOP template the CTOI file follows.
enum class CtoiTemplate {
    Classic43,  ///< the 43-column template (cdips copy, formats.md 3.1), no header row
    Recent46,   ///< the 46-column template (adds discovery, candname, paper), one header row
};
struct CtoiOptions {
    CtoiTemplate layout = CtoiTemplate::Classic43;
    QString username;  ///< for the tag: YYYYMMDD_username_exoworld_nnnnn
    QDate date;        ///< for the tag (today when null)
};
struct CtoiResult {
    QByteArray text;
    int rows = 0;
    QStringList skipped;  ///< "KIC 123 P=3.2 d: not a TESS target", ...
};
QStringList ctoiColumns(CtoiTemplate layout);
/// The pipe-delimited upload file for the TESS entries (others are skipped).
/// Epochs in full BJD (> 2000000); notes at most 120 characters.
CtoiResult toCtoi(const QList<CandidateEntry>& entries, const CtoiOptions& options);
/// ExoFOP's suggested file name, params_planet_YYYYMMDD_nnn.txt.
QString ctoiFileName(const QDate& date, int sequence = 1);

/// Candidate names per star in period order: "TIC 261136679.01", ... (index-aligned with entries).
QStringList candidateNames(const QList<CandidateEntry>& entries);

}  // namespace exo::store
