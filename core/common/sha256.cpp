#include "common/sha256.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define EXO_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace exo {

namespace {

constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

inline std::uint32_t loadBigEndian(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

/// FIPS 180-4 section 6.2.2, one 64-byte block at a time.
void compressPortable(std::uint32_t state[8], const std::uint8_t* data, std::size_t count)
{
    std::uint32_t w[64];
    for (; count > 0; --count, data += 64) {
        for (int t = 0; t < 16; ++t)
            w[t] = loadBigEndian(data + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 =
                h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef EXO_SHA256_X86
/// The same compression on the x86 SHA extensions: sha256rnds2 does two rounds on the state
/// held as (A,B,E,F) and (C,D,G,H); sha256msg1/msg2 extend the message schedule four words
/// at a time (W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16]).
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaExtensions(std::uint32_t state[8], const std::uint8_t* data,
                                                                       std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));     // D C B A
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));  // H G F E
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                                             // C D A B
    state1 = _mm_shuffle_epi32(state1, 0x1B);                                       // E F G H
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                               // A B E F
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                    // C D G H

    for (; count > 0; --count, data += 64) {
        const __m128i abefSaved = state0, cdghSaved = state1;
        __m128i w[4];  // the schedule's last 16 words, four per register, ring-indexed
        for (int g = 0; g < 16; ++g) {
            if (g < 4) {
                w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            } else {
                // Words 4g..4g+3 from groups g-4 (w[g&3] before overwrite), g-3, g-2, g-1.
                __m128i x = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
                w[g & 3] = _mm_sha256msg2_epu32(x, w[(g + 3) & 3]);
            }
            __m128i msg = _mm_add_epi32(w[g & 3], _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);        // F E B A
    state1 = _mm_shuffle_epi32(state1, 0xB1);     // D C H G
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // D C B A
    state1 = _mm_alignr_epi8(state1, tmp, 8);     // H G F E
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), state1);
}

bool detectShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}
#endif

}  // namespace

bool Sha256::cpuHasShaExtensions()
{
#ifdef EXO_SHA256_X86
    static const bool has = detectShaExtensions();
    return has;
#else
    return false;
#endif
}

Sha256::Sha256(Engine engine)
    : m_engine(engine != Engine::Portable && cpuHasShaExtensions() ? Engine::ShaExtensions : Engine::Portable)
{
    reset();
}

void Sha256::reset()
{
    std::memcpy(m_state, kInitial, sizeof m_state);
    m_buffered = 0;
    m_length = 0;
}

void Sha256::blocks(const std::uint8_t* data, std::size_t count)
{
#ifdef EXO_SHA256_X86
    if (m_engine == Engine::ShaExtensions) {
        compressShaExtensions(m_state, data, count);
        return;
    }
#endif
    compressPortable(m_state, data, count);
}

void Sha256::update(const void* data, std::size_t size)
{
    auto p = static_cast<const std::uint8_t*>(data);
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, sizeof m_buffer - m_buffered);
        std::memcpy(m_buffer + m_buffered, p, take);
        m_buffered += take;
        p += take;
        size -= take;
        if (m_buffered < sizeof m_buffer)
            return;
        blocks(m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        blocks(p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer, p, size);
        m_buffered = size;
    }
}

Sha256::Digest Sha256::finish()
{
    // Padding (FIPS 180-4 5.1.1): 0x80, zeros to 56 mod 64, the length in bits big-endian.
    const std::uint64_t bits = m_length * 8;
    std::uint8_t pad[72] = {0x80};
    const std::size_t padLen = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        pad[padLen + std::size_t(i)] = std::uint8_t(bits >> (56 - 8 * i));
    update(pad, padLen + 8);
    Digest out;
    for (int i = 0; i < 8; ++i)
        for (int k = 0; k < 4; ++k)
            out[std::size_t(4 * i + k)] = std::uint8_t(m_state[i] >> (24 - 8 * k));
    reset();
    return out;
}

std::string Sha256::finishHex() { return toHex(finish()); }

std::string toHex(const Sha256::Digest& digest)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(64, '0');
    for (std::size_t i = 0; i < digest.size(); ++i) {
        s[2 * i] = digits[digest[i] >> 4];
        s[2 * i + 1] = digits[digest[i] & 15];
    }
    return s;
}

std::string sha256Hex(const void* data, std::size_t size)
{
    Sha256 h;
    h.update(data, size);
    return h.finishHex();
}

std::string sha256FileHex(const std::string& path)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        return {};
    Sha256 h;
    std::vector<std::uint8_t> buffer(std::size_t(1) << 20);
    for (;;) {
        const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), f.get());
        h.update(buffer.data(), got);
        if (got < buffer.size())
            break;
    }
    if (std::ferror(f.get()))
        return {};
    return h.finishHex();
}

}  // namespace exo
