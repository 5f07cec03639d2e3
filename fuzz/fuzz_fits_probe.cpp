// libFuzzer target: what `exoworld-cli info` does with a file (describeFile:
// headers, the APERTURE image, the time and quality columns, one open).
// Input: the bytes of a file, plain FITS or gzip.
#include <cstdint>
#include <cstdlib>

#include "fuzz_input_file.h"
#include "io/fits_reader.h"
#include "io/read_limits.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    exo::io::setMemoryBudget(512ull << 20);  // below libFuzzer's malloc limit
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& path = exo::fuzz::scratchPath(".fits");
    if (!exo::fuzz::writeScratch(path, data, size))
        std::abort();
    auto d = exo::io::describeFile(path);
    if (!d.ok() && d.status.detail.empty())
        std::abort();  // every refusal names its cause
    return 0;
}
