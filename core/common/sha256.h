#pragma once
/// @file sha256.h
/// SHA-256 (FIPS 180-4) of bytes and files, for the provenance of candidates (the SHA-256 of
/// every analysed file). On x86-64 CPUs with the SHA extensions (SHA-NI: Intel since Goldmont
/// and Ice Lake, AMD since Zen) the compression runs on them, detected at run time; elsewhere a
/// portable implementation. Both give the same digest (tested on the FIPS 180 vectors).
/// Threading: a Sha256 object belongs to one thread; the free functions are thread-safe.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace exo {

class Sha256 {
public:
    /// Which compression function: the fastest available, or one forced (for tests and benchmarks).
    enum class Engine { Best, Portable, ShaExtensions };
    using Digest = std::array<std::uint8_t, 32>;

    /// `engine` ShaExtensions on a CPU without them falls back to Portable (see engine()).
    explicit Sha256(Engine engine = Engine::Best);
    void update(const void* data, std::size_t size);
    /// The digest of everything given; the object is then reset for a new message.
    Digest finish();
    /// finish() as 64 lower-case hex digits.
    std::string finishHex();
    /// The compression function in use (Portable or ShaExtensions).
    Engine engine() const { return m_engine; }

    /// True when this CPU has the SHA extensions (and SSSE3/SSE4.1 they are used with).
    static bool cpuHasShaExtensions();

private:
    void reset();
    void blocks(const std::uint8_t* data, std::size_t count);

    Engine m_engine;
    std::uint32_t m_state[8];
    std::uint8_t m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;  ///< bytes given so far
};

/// Lower-case hex of a digest.
std::string toHex(const Sha256::Digest& digest);
/// SHA-256 of a buffer, in hex.
std::string sha256Hex(const void* data, std::size_t size);
/// SHA-256 of a file's bytes, in hex, read in large blocks; empty when the file cannot be read.
std::string sha256FileHex(const std::string& path);

}  // namespace exo
