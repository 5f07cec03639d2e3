#pragma once
// The FITS readers take a path: each fuzz input is written to one scratch file
// per process (in $TMPDIR, /dev/shm when available), overwritten every run.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

namespace exo::fuzz {

inline const std::string& scratchPath(const char* suffix)
{
    static const std::string path = [&] {
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::path dir = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path(ec);
        return (dir / ("exo_fuzz_" + std::to_string(getpid()) + suffix)).string();
    }();
    return path;
}

inline bool writeScratch(const std::string& path, const std::uint8_t* data, std::size_t size)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data, 1, size, f) == size;
    return std::fclose(f) == 0 && ok;
}

}  // namespace exo::fuzz
