// libFuzzer target: what `exoworld-cli info` does with a file (headers, the
// APERTURE image, the time and quality columns). Input: the bytes of a file,
// plain FITS or gzip.
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
    auto p = exo::io::probe(path);
    if (p.ok()) {
        auto c = exo::io::summarizeCadences(path);
        if (!c.ok() && c.status.detail.empty())
            std::abort();  // every refusal names its cause
    } else if (p.status.detail.empty()) {
        std::abort();
    }
    return 0;
}
