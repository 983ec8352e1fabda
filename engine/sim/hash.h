// Canonical state hash: every field that influences the future, in a fixed order, mixed as
// 64-bit words. Equal hashes at every tick are what replays and team comparisons rely on.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>

#include "sim/state.h"

namespace keystone {

class Hasher {
public:
    void word(uint64_t v) {
        state_ ^= v + 0x9E3779B97F4A7C15ull + (state_ << 6) + (state_ >> 2);
        state_ *= 0xFF51AFD7ED558CCDull;
        state_ ^= state_ >> 33;
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
    uint64_t value() const { return state_; }

private:
    uint64_t state_ = 0xCBF29CE484222325ull;
};

uint64_t hash_world(const World& world);
std::string hash_hex(uint64_t hash);

}  // namespace keystone
