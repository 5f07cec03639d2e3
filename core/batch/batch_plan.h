#pragma once
/// @file batch_plan.h
/// Planning a batch over many stars: which files, which star each belongs to,
/// and which slice of the stars a shard (a Slurm array task) runs.
/// Pure functions of their inputs; thread-safe.

#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/mission.h"
#include "model/light_curve.h"

namespace exo::batch {

/// Every file a batch input names: a folder (searched recursively for
/// .fits, .fits.gz, .fit, .fts and .gts files) or a manifest CSV (one path per
/// line in the first column, relative to the manifest's folder; a header line
/// whose first field is "path" or "file", blank lines and '#' lines are
/// skipped). Sorted, duplicates removed. Errors: FileNotFound, NoRows (nothing found).
Result<std::vector<std::string>> listInputs(const std::string& folderOrManifest);

/// What grouping needs to know of a file (from its headers).
struct FileInfo {
    std::string path;
    Status status;  ///< why the file cannot be read (then meta is empty)
    Metadata meta;  ///< from the headers
};

/// One star of a batch and its files.
struct BatchStar {
    std::string key;    ///< the window's star key (pipeline::starKey: "KIC 9002278"), or "file:<path>"
    std::string label;  ///< "KIC 9002278" (the path for an unreadable file)
    std::string objectName;
    Mission mission = Mission::Unknown;
    long long targetId = -1;
    std::vector<std::string> files;  ///< sorted
    Status status;                   ///< not ok: the file could not be read (a star row with the cause)
};

/// When `manifest` is a CSV whose header has a `star` column ("KIC 9002278",
/// "TIC 25155310", "EPIC 201367065"), its rows as FileInfo without reading any
/// file: planning a shard of millions of files then costs no header read. Empty
/// when the input is a folder or has no such column. A row with an unparsable star
/// gives InvalidParameter naming the line.
Result<std::vector<FileInfo>> manifestStars(const std::string& manifest);

/// Group files by star as the window does (pipeline::groupStars: one star per
/// target label, natural order of the labels), so every process that plans the
/// same inputs gets the same order. Unreadable files follow, one star each
/// (sorted by path), carrying their error.
std::vector<BatchStar> groupStars(const std::vector<FileInfo>& files);

/// FileInfo of a path from its headers (io::probe).
FileInfo describeFile(const std::string& path);

/// Shard `index` of `count` (0 <= index < count): stars index, index+count,
/// index+2*count... of the sorted list. Deterministic, disjoint, and together
/// the shards cover every star once; strided so each shard gets a similar mix.
std::vector<BatchStar> shardOf(const std::vector<BatchStar>& stars, int index, int count);

/// Parse "I/N" (0 <= I < N <= 100000). False on anything else.
bool parseShard(const std::string& text, int& index, int& count);

}  // namespace exo::batch
