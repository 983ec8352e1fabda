// SimClock: turns wall time into simulation ticks without stalling the frame. Speeds are fixed
// rates in ticks (months) per second; time accumulates, and each frame runs as many due ticks as
// fit in a per-frame time budget. The engine never sees the wall clock: only this client does.
#pragma once
#include <array>
#include <functional>

namespace keystone::client {

class SimClock {
public:
    // Ticks per second of each speed button: 1x = one month per second.
    static constexpr std::array<int, 4> kSpeeds{1, 2, 4, 8};
    static constexpr int kMaxSpeed = -1;  // as fast as the frame budget allows (autoplay)

    bool paused() const { return paused_; }
    void set_paused(bool paused);
    void toggle_pause() { set_paused(!paused_); }
    int ticks_per_second() const { return ticks_per_second_; }
    void set_ticks_per_second(int ticks_per_second);  // one of kSpeeds, or kMaxSpeed
    void request_single_step() { single_steps_ += 1; }

    // Advances by frame_seconds of wall time. step() runs one tick and returns false when the
    // simulation cannot go on (finished, or waiting for a player's answer); elapsed_ms() reads a
    // monotonic clock. Returns the number of ticks run this frame.
    int advance(double frame_seconds, double budget_ms, const std::function<bool()>& step,
                const std::function<double()>& elapsed_ms);

    double backlog_ticks() const { return accumulator_; }

private:
    bool paused_ = true;
    int ticks_per_second_ = 1;
    double accumulator_ = 0.0;   // due ticks not yet run (fractional)
    int single_steps_ = 0;
};

}  // namespace keystone::client
