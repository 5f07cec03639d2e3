#include "io/read_limits.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>

namespace exo::io {

namespace {
std::atomic<std::uint64_t> g_budget{0};  // 0 = default
constexpr std::uint64_t kMB = 1024ull * 1024ull;
}  // namespace

std::uint64_t defaultMemoryBudget()
{
    if (const char* env = std::getenv("EXO_MEMORY_BUDGET_MB")) {
        char* end = nullptr;
        const unsigned long long mb = std::strtoull(env, &end, 10);
        if (end != env && *end == 0 && mb > 0 && mb < (1ull << 40))
            return mb * kMB;
    }
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page = sysconf(_SC_PAGE_SIZE);
    std::uint64_t phys = pages > 0 && page > 0 ? std::uint64_t(pages) * std::uint64_t(page) : 4096 * kMB;
    return std::max<std::uint64_t>(phys / 4, 256 * kMB);
}

std::uint64_t memoryBudget()
{
    const std::uint64_t b = g_budget.load(std::memory_order_relaxed);
    return b ? b : defaultMemoryBudget();
}

void setMemoryBudget(std::uint64_t bytes) { g_budget.store(bytes, std::memory_order_relaxed); }

std::uint64_t gzipInflateLimit(std::uint64_t compressedBytes)
{
    const std::uint64_t ratio = compressedBytes > (~0ull / 64) ? ~0ull : compressedBytes * 64;
    return std::min(std::max(ratio, 32 * kMB), memoryBudget());
}

}  // namespace exo::io
