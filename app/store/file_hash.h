#pragma once
/// @file file_hash.h
/// SHA-256 of input files, for the provenance of a candidate.

#include "store/candidate_entry.h"

#include <QStringList>

namespace exo::store {

/// Lower-case hex SHA-256 of a file's bytes (streamed); empty if it cannot be read.
QString sha256OfFile(const QString& path);
/// FileRefs (absolute paths, hashes) for a list of paths.
QList<FileRef> fileRefs(const QStringList& paths);

}  // namespace exo::store
