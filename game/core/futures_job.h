// "Test this strategy over 200 futures": the What-if comparison's background run. Both ways of
// playing the rest of the game (the main game's and the branch's) are played from the branch
// month over many futures (session/futures.h) on worker threads, one core left to the frame;
// the frame only polls the progress and, once finished, reads the summaries.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/whatif.h"
#include "session/futures.h"

namespace keystone::client {

constexpr int kFuturesPerSide = 200;
// The indicators the futures sample each year and the panel shows as fan charts.
const std::vector<std::string>& futures_indicators();
// Worker threads for the futures: one per core but one (the frame's), at least one.
int futures_worker_count();

// Both sides of a comparison from the branch month. fork_save: the game at the branch month as
// the main game played it (Session::save_json of fork_game's result, before the plan applies).
// Side 0 plays the rest as the main game does (its players' later decisions made again), side 1
// as the branch does (the plan's strategy for its role, or the branch's decisions by hand).
FuturesSpec comparison_futures(const Session& main, const Session& branch, const BranchPlan& plan, nlohmann::json fork_save,
                               const SessionConfig& content, int futures_per_side);

// The summaries the panel shows: one per side (ComboSummary, indexed like spec.sides).
struct FuturesOutcome {
    std::vector<ComboSummary> sides;
    std::vector<std::string> indicators;
    int32_t fork_tick = 0;
    std::string error;   // the first game that failed, if any (the summaries leave it out)
};

class FuturesJob {
public:
    // Starts the run at once on a background thread (which is one of the `threads` workers).
    FuturesJob(FuturesSpec spec, int threads, int32_t fork_tick);
    // Cancels and waits for the workers (each stops within a month of play).
    ~FuturesJob();
    FuturesJob(const FuturesJob&) = delete;
    FuturesJob& operator=(const FuturesJob&) = delete;

    size_t total() const { return total_; }
    size_t per_side() const { return spec_.seeds.size(); }
    size_t done() const { return progress_.done; }
    bool finished() const { return finished_; }
    bool cancelled() const { return progress_.cancel; }
    void cancel() { progress_.cancel = true; }
    // Once finished and not cancelled; nullptr before.
    const FuturesOutcome* outcome() const { return finished_ && !progress_.cancel ? &outcome_ : nullptr; }

private:
    FuturesSpec spec_;
    size_t total_ = 0;
    BatchProgress progress_;
    std::atomic<bool> finished_{false};
    FuturesOutcome outcome_;   // written by the worker before finished_ is set
    std::thread thread_;
};

}  // namespace keystone::client
