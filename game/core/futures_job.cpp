// The What-if comparison's futures; see futures_job.h.
#include "core/futures_job.h"

#include <algorithm>

namespace keystone::client {

const std::vector<std::string>& futures_indicators() {
    static const std::vector<std::string> indicators = {"enterprises", "innovative_share", "transformation_rate", "output_value"};
    return indicators;
}

int futures_worker_count() { return std::max(1, int(std::thread::hardware_concurrency()) - 1); }

namespace {
// A session's way of playing: who plays each role, and the decisions made by hand from `from_tick`.
FutureSide side_of(const Session& session, int32_t from_tick) {
    FutureSide side;
    for (int r = 0; r < kRoleCount; ++r) {
        side.human[size_t(r)] = session.config().human[size_t(r)];
        side.strategies[size_t(r)] = session.strategy_for(Role(r));
    }
    for (const Command& command : session.command_log())
        if (command.tick >= from_tick && command.source == "player") side.commands.push_back(command);
    return side;
}
}  // namespace

FuturesSpec comparison_futures(const Session& main, const Session& branch, const BranchPlan& plan, nlohmann::json fork_save,
                               const SessionConfig& content, int futures_per_side) {
    FuturesSpec spec;
    spec.start = std::move(fork_save);
    spec.content = content;
    spec.sides = {side_of(main, plan.fork_tick), side_of(branch, plan.fork_tick)};
    for (int s = 1; s <= futures_per_side; ++s) spec.seeds.push_back(uint64_t(s));
    spec.indicators = futures_indicators();
    return spec;
}

FuturesJob::FuturesJob(FuturesSpec spec, int threads, int32_t fork_tick) : spec_(std::move(spec)) {
    total_ = future_job_count(spec_);
    outcome_.indicators = spec_.indicators;
    outcome_.fork_tick = fork_tick;
    thread_ = std::thread([this, threads]() {
        const std::vector<GameResult> results = run_futures(spec_, threads, &progress_);
        for (size_t side = 0; side < spec_.sides.size(); ++side)
            outcome_.sides.push_back(summarize_combo(results, int(side), spec_.indicators.size()));
        for (const GameResult& r : results)
            if (!r.error.empty()) {
                outcome_.error = r.error;
                break;
            }
        finished_ = true;
    });
}

FuturesJob::~FuturesJob() {
    progress_.cancel = true;
    if (thread_.joinable()) thread_.join();
}

}  // namespace keystone::client
