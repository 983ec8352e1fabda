// Futures of one game from one month ("test this strategy over 200 futures"): the game as saved
// at the branch month, played on to its end many times, each time with the random streams
// restarted from another seed, under one or more ways of playing it (sides). The results are
// batch GameResults (session/batch.h), summarised by summarize_combo with the side as the combo,
// and are the same whatever the number of threads.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/batch.h"

namespace keystone {

// One way of playing the rest of the game.
struct FutureSide {
    // Who plays each role from the branch month: by hand (human), else its strategy ("": the
    // saved game's strategy for the role).
    std::array<bool, kRoleCount> human{};
    std::array<std::string, kRoleCount> strategies{};
    // The decisions the players made by hand after the branch month (a command log): each is
    // offered again at its month in every future, for the roles still played by hand; those the
    // future refuses (a policy already in force, no budget) are left out, and event answers are
    // left to the events' defaults (the events differ from future to future).
    std::vector<Command> commands;
};

struct FuturesSpec {
    nlohmann::json start;          // the game at the branch month (Session::save_json)
    SessionConfig content;         // scripts_dir, extra_content_dirs, mods_dir
    std::vector<FutureSide> sides;
    std::vector<uint64_t> seeds;   // one future per seed and side
    std::vector<std::string> indicators;  // metric names sampled at the end of each game year
};

size_t future_job_count(const FuturesSpec& spec);
// Plays one future (job = side * seeds + seed position): GameResult::combo is the side. The
// stage dates and yearly indicators cover the whole game, the months before the branch included
// (read from the game's history), so every future shares them up to the branch month. With
// `progress`, a cancelled future stops within a month and gets the error "cancelled".
GameResult play_future(const FuturesSpec& spec, size_t job, const BatchProgress* progress = nullptr);
// Every future of the spec on `threads` threads, in job order.
std::vector<GameResult> run_futures(const FuturesSpec& spec, int threads, BatchProgress* progress = nullptr);

}  // namespace keystone
