#pragma once
/// @file review_merge.h
/// Reviewer mode: several attendees' JSON exports merged into one table in
/// which the same planet found by many is one row ("found by 7 attendees").

#include "store/candidate_entry.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace exo::store {

/// One attendee's export.
struct ReviewSource {
    QString attendee;  ///< the export's author, else its file name
    QString file;
    QList<CandidateEntry> entries;
};

/// One member of a group: which source and entry, and its period relative to the group's.
struct ReviewMember {
    int source = 0;
    int entry = 0;
    int ratioNum = 1, ratioDen = 1;  ///< member period / reference period = num / den
};

/// Candidates of one star that are one signal: periods equal within 0.1 % or at
/// a small-integer ratio (up to 5), epochs consistent.
struct ReviewGroup {
    CandidateEntry reference;  ///< the member with the highest SNR at the base period
    QList<ReviewMember> members;
    QStringList attendees;  ///< distinct, sorted
    int foundBy() const { return int(attendees.size()); }
    QMap<Disposition, int> votes;  ///< attendees' dispositions (unreviewed ones included)
    Disposition consensus = Disposition::Unreviewed;
    Disposition finalDisposition = Disposition::Unreviewed;  ///< the reviewer's call (starts at consensus)
    QString reviewNote;
    int flaggedCount = 0;
};

struct ReviewTable {
    QList<ReviewSource> sources;
    QList<ReviewGroup> groups;  ///< by found-by (descending), then star, then period
};

/// Majority of the reviewed dispositions (unreviewed ignored); a tie goes to
/// the more cautious verdict (false positive > eclipsing binary > systematics >
/// known planet > planet candidate).
Disposition consensusOf(const QMap<Disposition, int>& votes);

/// Groups every source's candidates. maxHarmonic: largest integer period ratio grouped.
ReviewTable mergeReviews(const QList<ReviewSource>& sources, int maxHarmonic = 5);

/// Reads JSON exports from files. Failures go to `errors` ("file: why"), one per file.
QList<ReviewSource> readReviewSources(const QStringList& paths, QStringList& errors);

/// The merged table as CSV (one row per group) and as JSON (groups with members).
QStringList reviewCsvColumns();
QByteArray reviewToCsv(const ReviewTable& table);
QByteArray reviewToJson(const ReviewTable& table);

}  // namespace exo::store
