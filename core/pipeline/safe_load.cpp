#include "pipeline/safe_load.h"

#include <cstdio>
#include <exception>
#include <new>
#include <stdexcept>

#include "io/fits_reader.h"

namespace exo::pipeline {

long long estimatedLoadBytes(const std::string& path)
{
    try {
        auto p = io::probe(path);
        if (!p.ok() || p.value.rows <= 0)
            return 0;
        const long long rows = p.value.rows;
        const long long pixels = (long long)p.value.pixelRows * p.value.pixelCols;
        // Pixel files: FLUX, FLUX_ERR and FLUX_BKG cubes as float, plus per-cadence columns;
        // light curves: about a dozen double columns per cadence.
        return pixels > 0 ? rows * (pixels * 3 * 4 + 64) : rows * 12 * 8;
    } catch (...) {
        return 0;
    }
}

std::string memoryNeedText(long long bytes)
{
    if (bytes <= 0)
        return "not enough memory to read it";
    char b[96];
    const double mb = double(bytes) / (1024.0 * 1024.0);
    if (mb >= 1024.0)
        std::snprintf(b, sizeof b, "not enough memory: reading it needs about %.1f GB", mb / 1024.0);
    else
        std::snprintf(b, sizeof b, "not enough memory: reading it needs about %.0f MB", mb < 1 ? 1.0 : mb);
    return b;
}

Result<LoadedFile> loadFileSafely(const std::string& path)
{
    using R = Result<LoadedFile>;
    try {
        return loadFile(path);
    } catch (const std::bad_alloc&) {
        return R::failure(ErrorCode::TooLarge, memoryNeedText(estimatedLoadBytes(path)));
    } catch (const std::length_error&) {
        return R::failure(ErrorCode::TooLarge, memoryNeedText(estimatedLoadBytes(path)));
    } catch (const std::exception& e) {
        return R::failure(ErrorCode::InternalError, e.what());
    } catch (...) {
        return R::failure(ErrorCode::InternalError, "unknown exception");
    }
}

}  // namespace exo::pipeline
