#pragma once
/// @file json_guard.h
/// A bounded pre-pass over session JSON before QJsonDocument builds it: one
/// linear walk, no recursion, memory proportional to the nesting depth plus the
/// keys of the open objects. It refuses what Qt would accept silently or build
/// at great cost: invalid UTF-8, nesting deeper than a session ever needs,
/// duplicate keys in one object (Qt keeps one of them without a word), and
/// more values than any real session holds. Syntax errors are left to Qt,
/// whose message names the offset.

#include <QByteArray>
#include <QString>

namespace exo::app {

struct JsonGuardLimits {
    int maxDepth = 32;               ///< sessions nest 4 levels deep
    long long maxValues = 16000000;  ///< numbers, strings, literals, arrays and objects
};

/// Empty when `bytes` passes; otherwise a short English technical cause with
/// the byte offset (the caller wraps it in a translated sentence).
QString checkJsonStructure(const QByteArray& bytes, const JsonGuardLimits& limits = {});

}  // namespace exo::app
