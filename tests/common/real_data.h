#pragma once
// The real-data policy of the tests. EXO_REAL_DATA_DIR (CMake cache variable) names the
// folder of real Kepler/K2/TESS files (its MANIFEST.md says what each file is).
// - Configured empty (no folder found at configure time): real-data tests SKIP.
// - Configured: the folder and every file a test names must be there and readable;
//   otherwise the test FAILS, so a broken data set can never pass as a skipped test.
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtTest>

namespace exo::test {

inline QString realDataDir() { return QString::fromUtf8(EXO_REAL_DATA_DIR); }

inline bool realDataConfigured() { return !realDataDir().isEmpty(); }

inline QString realDataPath(const QString& relative) { return realDataDir() + QLatin1Char('/') + relative; }

/// Empty when the real file `relative` exists and can be read; otherwise what is wrong.
inline QString realDataProblem(const QString& relative)
{
    const QString path = realDataPath(relative);
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("real data file missing: %1 (EXO_REAL_DATA_DIR=%2)").arg(path, realDataDir());
    QFile f(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly) || (info.size() > 0 && f.read(1).isEmpty()))
        return QStringLiteral("real data file unreadable: %1").arg(path);
    return {};
}

}  // namespace exo::test

/// Skips when no real-data folder is configured; fails when it is configured but the
/// file `relative` (for example "MANIFEST.md") is missing or unreadable.
#define EXO_REQUIRE_REAL_FILE(relative)                                           \
    do {                                                                          \
        if (!exo::test::realDataConfigured())                                     \
            QSKIP("EXO_REAL_DATA_DIR is not configured: real-data test skipped"); \
        const QString exoRealDataProblem_ = exo::test::realDataProblem(relative); \
        if (!exoRealDataProblem_.isEmpty())                                       \
            QFAIL(qPrintable(exoRealDataProblem_));                               \
    } while (false)

/// The real-data folder itself (its MANIFEST.md) must be there when configured.
#define EXO_REQUIRE_REAL_DATA() EXO_REQUIRE_REAL_FILE(QStringLiteral("MANIFEST.md"))
