// SimClock: accumulator stepping within a frame budget; see sim_clock.h.
#include "core/sim_clock.h"

#include <algorithm>

namespace keystone::client {

void SimClock::set_paused(bool paused) {
    paused_ = paused;
    // Time spent paused is not owed: resuming must not burst through a backlog.
    if (paused_) accumulator_ = 0.0;
}

void SimClock::set_ticks_per_second(int ticks_per_second) {
    ticks_per_second_ = ticks_per_second;
    accumulator_ = std::min(accumulator_, 1.0);
}

int SimClock::advance(double frame_seconds, double budget_ms, const std::function<bool()>& step,
                      const std::function<double()>& elapsed_ms) {
    int ran = 0;
    const double start_ms = elapsed_ms();
    // Single steps run even while paused (the "step" button).
    while (single_steps_ > 0) {
        single_steps_ -= 1;
        if (!step()) { single_steps_ = 0; return ran; }
        ran += 1;
    }
    if (paused_) return ran;

    if (ticks_per_second_ == kMaxSpeed) {
        // Max speed: fill the frame budget, but always make progress.
        do {
            if (!step()) return ran;
            ran += 1;
        } while (elapsed_ms() - start_ms < budget_ms);
        return ran;
    }

    accumulator_ += frame_seconds * double(ticks_per_second_);
    // A long stall (window drag, slow frame) must not turn into a burst of months: owe at most
    // half a second of simulated time.
    accumulator_ = std::min(accumulator_, std::max(1.0, 0.5 * ticks_per_second_));
    while (accumulator_ >= 1.0) {
        if (ran > 0 && elapsed_ms() - start_ms >= budget_ms) break;  // the rest waits a frame
        if (!step()) { accumulator_ = 0.0; return ran; }
        accumulator_ -= 1.0;
        ran += 1;
    }
    return ran;
}

}  // namespace keystone::client
