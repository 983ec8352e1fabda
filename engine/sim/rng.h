// Deterministic random numbers: xoshiro256** with our own distributions, because the standard
// library's distributions are implementation-defined and would break cross-platform replays.
#pragma once
#include <cmath>
#include <cstdint>

namespace keystone {

class Rng {
public:
    Rng() { seed(0); }
    explicit Rng(uint64_t seed_value) { seed(seed_value); }

    void seed(uint64_t seed_value) {
        uint64_t x = seed_value;
        for (auto& word : state_) word = splitmix(x);
    }
    uint64_t next_u64() {
        const uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0]; state_[3] ^= state_[1];
        state_[1] ^= state_[2]; state_[0] ^= state_[3];
        state_[2] ^= t; state_[3] = rotl(state_[3], 45);
        return result;
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next_u64() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // Uniform integer in [0, n); n > 0. Lemire-free modulo is fine: bias is below 2^-40 for our n.
    uint32_t below(uint32_t n) { return uint32_t(next_u64() % n); }
    // Standard normal by Box-Muller (our own, so it is identical everywhere).
    double normal() {
        double u1 = uniform();
        if (u1 < 1e-300) u1 = 1e-300;
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Poisson by inversion for small means, normal approximation for large ones.
    uint32_t poisson(double mean) {
        if (mean <= 0.0) return 0;
        if (mean > 40.0) {
            const double v = mean + std::sqrt(mean) * normal() + 0.5;
            return v < 0.0 ? 0u : uint32_t(v);
        }
        const double limit = std::exp(-mean);
        double product = uniform();
        uint32_t count = 0;
        while (product > limit) { product *= uniform(); ++count; }
        return count;
    }
    const uint64_t* raw_state() const { return state_; }
    void set_raw_state(const uint64_t s[4]) { for (int i = 0; i < 4; ++i) state_[i] = s[i]; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix(uint64_t& x) {
        uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint64_t state_[4];
};

// Named streams, one per purpose, so adding draws in one mechanism does not shift another.
// Events no longer draw from a shared stream (each uses a counter-based draw keyed by seed, event
// and month); the stream stays so the state layout and saves keep their shape.
enum class Stream : uint8_t { Entry = 0, Exit, JointActions, Knowledge, Finance, Talent, Events, Scripts, Network, Count };
constexpr int kStreamCount = int(Stream::Count);

}  // namespace keystone
