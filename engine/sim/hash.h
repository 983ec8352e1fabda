// Canonical state hash: every field that influences the future, in a fixed order, mixed as
// 64-bit words. Equal hashes at every tick are what replays and team comparisons rely on.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>

#include "sim/state.h"

namespace keystone {

// Four independent lanes (in the manner of xxHash's stripes) so the CPU can mix several words
// at once; the lanes are merged in a fixed order at the end.
class Hasher {
public:
    void word(uint64_t v) {
        uint64_t& lane = lanes_[count_++ & 3];
        lane = rotl(lane + v * kPrime2, 31) * kPrime1;
    }
    void real(double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        word(bits);
    }
    void text(const std::string& s) {
        word(s.size());
        for (unsigned char ch : s) word(ch);
    }
    uint64_t value() const {
        uint64_t h = count_ * kPrime1;
        for (uint64_t lane : lanes_) {
            h ^= rotl(lane * kPrime2, 31) * kPrime1;
            h = rotl(h, 27) * kPrime1 + 0x9E3779B97F4A7C15ull;
        }
        h ^= h >> 33;
        h *= kPrime2;
        h ^= h >> 29;
        return h;
    }

private:
    static constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
    static constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
    static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
    uint64_t lanes_[4] = {0x60EA27EEADC0B5D6ull, 0xC2B2AE3D27D4EB4Full, 0x0ull, 0x61C8864E7A143579ull};
    uint64_t count_ = 0;
};

uint64_t hash_world(const World& world);
std::string hash_hex(uint64_t hash);

}  // namespace keystone
