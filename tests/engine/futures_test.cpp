// Futures of a game from one month: the summary of a small set matches a hand computation, the
// results do not depend on the number of threads, the futures share every month before the
// branch and differ after it, and the human player's later decisions are offered again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "session/futures.h"
#include "sim/metric_table.h"
#include "sim/world_setup.h"
#include "test_support.h"

using namespace keystone;

namespace {

// Bio Island (seed 7) of `years`, played `months` and saved there, with the tests' content.
FuturesSpec futures_from(int years, int months, bool government_by_hand) {
    SessionConfig config = test::scenario_config("bio_island", 7);
    config.years = years;
    config.human[size_t(Role::Government)] = government_by_hand;
    auto game = test::start(config);
    test::play(*game, months);
    FuturesSpec spec;
    spec.start = game->save_json();
    spec.content.scripts_dir = test::scripts_dir();
    spec.content.extra_content_dirs = {test::fixtures_dir()};
    return spec;
}

// Bio Island (5 years, seed 7) saved at month 30; two sides: as played, and the government
// played by incentives_only from there; three futures each.
FuturesSpec small_futures() {
    FuturesSpec spec = futures_from(5, 30, false);
    FutureSide alternative;
    alternative.strategies[size_t(Role::Government)] = "incentives_only";
    spec.sides = {FutureSide{}, alternative};
    spec.seeds = {101, 102, 103};
    spec.indicators = {"enterprises", "patents"};
    return spec;
}

}  // namespace

TEST_CASE("futures summary matches a hand computation over three futures of each side", "[futures]") {
    const FuturesSpec spec = small_futures();
    const std::vector<GameResult> results = run_futures(spec, 2);
    REQUIRE(results.size() == 6);
    for (int side = 0; side < 2; ++side) {
        INFO("side " << side);
        const ComboSummary summary = summarize_combo(results, side, 2);
        REQUIRE(summary.games == 3);
        // By hand: load the save, set the side up, restart the random streams, play to the end and
        // read the live world at the end of years 3 and 5.
        std::vector<double> patents_y3, enterprises_y5, agglomeration_months;
        int goal_met = 0, goal_decided = 0;
        for (uint64_t seed : spec.seeds) {
            std::string error;
            auto future = Session::load_json(spec.start, spec.content, &error);
            REQUIRE(future);
            if (side == 1) {
                REQUIRE(future->set_strategy(Role::Government, "incentives_only").empty());
                future->set_human(Role::Government, false);
            }
            seed_world(future->mutable_world(), seed);
            int first_agglomeration = 0;
            for (size_t i = 0; i < future->history().size(); ++i)
                if (first_agglomeration == 0 && future->history()[i].stage == Stage::Agglomeration) first_agglomeration = int(i) + 1;
            while (!future->finished()) {
                future->step();
                const int month = future->world().tick;
                if (first_agglomeration == 0 && future->world().stage.stage == Stage::Agglomeration) first_agglomeration = month;
                double value = 0.0;
                if (month == 36) {
                    read_metric(future->world(), "patents", &value);
                    patents_y3.push_back(value);
                }
                if (month == 60) {
                    read_metric(future->world(), "enterprises", &value);
                    enterprises_y5.push_back(value);
                }
            }
            if (first_agglomeration > 0) agglomeration_months.push_back(first_agglomeration);
            const Session::GoalStatus goal = future->goal_status()[0];
            goal_decided += goal.decided ? 1 : 0;
            goal_met += goal.decided && goal.met ? 1 : 0;
        }
        std::sort(patents_y3.begin(), patents_y3.end());
        std::sort(enterprises_y5.begin(), enterprises_y5.end());
        // Three values: 5% = a[0] + 0.1 (a[1] - a[0]), 25% = midway a[0]..a[1], median a[1] (type 7).
        CHECK(summary.indicators_by_year[1][2][2] == patents_y3[1]);
        CHECK(summary.indicators_by_year[1][2][1] == Approx((patents_y3[0] + patents_y3[1]) / 2.0));
        CHECK(summary.indicators_by_year[0][4][0] == Approx(enterprises_y5[0] + 0.1 * (enterprises_y5[1] - enterprises_y5[0])));
        CHECK(summary.indicators_by_year[0][4][4] == Approx(enterprises_y5[2] - 0.1 * (enterprises_y5[2] - enterprises_y5[1])));
        CHECK(summary.stages[size_t(Stage::Agglomeration)].reached_share == Approx(agglomeration_months.size() / 3.0));
        CHECK(summary.stages[size_t(Stage::Flocking)].reached_share == 1.0);
        REQUIRE(!summary.goals.empty());
        CHECK(summary.goals[0].decided == goal_decided);
        CHECK(summary.goals[0].met == goal_met);
        const auto [low, high] = wilson_interval(goal_met, goal_decided);
        CHECK(summary.goals[0].low == low);
        CHECK(summary.goals[0].high == high);
    }
}

TEST_CASE("futures are the same with one thread or two, share the months before the branch and differ after", "[futures]") {
    const FuturesSpec spec = small_futures();
    const std::vector<GameResult> one = run_futures(spec, 1);
    const std::vector<GameResult> two = run_futures(spec, 2);
    REQUIRE(one.size() == two.size());
    for (size_t i = 0; i < one.size(); ++i) {
        INFO("future " << i);
        CHECK(one[i].error.empty());
        CHECK(one[i].combo == two[i].combo);
        CHECK(one[i].seed == two[i].seed);
        CHECK(one[i].yearly == two[i].yearly);
        CHECK(one[i].first_month == two[i].first_month);
        CHECK(one[i].goals_met == two[i].goals_met);
    }
    // Years 1 and 2 (before month 30) are the saved game's in every future; year 5 differs.
    const size_t k = spec.indicators.size();
    for (const GameResult& r : one) {
        REQUIRE(r.yearly.size() == 5 * k);
        CHECK(std::equal(r.yearly.begin(), r.yearly.begin() + long(2 * k), one[0].yearly.begin()));
    }
    CHECK(std::vector<double>(one[0].yearly.end() - long(k), one[0].yearly.end()) !=
          std::vector<double>(one[1].yearly.end() - long(k), one[1].yearly.end()));
}

TEST_CASE("a cancelled set of futures stops and says so", "[futures]") {
    const FuturesSpec spec = small_futures();
    BatchProgress progress;
    progress.cancel = true;
    const std::vector<GameResult> results = run_futures(spec, 2, &progress);
    REQUIRE(results.size() == 6);
    for (const GameResult& r : results) CHECK(r.error == "cancelled");
    CHECK(progress.done == 0);
}

TEST_CASE("the decisions made by hand after the branch month are made again in every future", "[futures]") {
    FuturesSpec spec = futures_from(4, 12, true);
    spec.seeds = {5, 6};
    spec.indicators = {"enterprises"};
    // The government sets a lever at month 18 in the main game after the branch.
    Command command;
    command.type = CommandType::SetLever;
    command.role = Role::Government;
    command.lever = Lever::subsidies;
    command.value = lever_max(Lever::subsidies);
    command.tick = 18;
    FutureSide by_hand;
    by_hand.human[size_t(Role::Government)] = true;
    spec.sides = {by_hand, by_hand};
    spec.sides[1].commands = {command};
    const std::vector<GameResult> results = run_futures(spec, 2);
    REQUIRE(results.size() == 4);
    for (const GameResult& r : results) CHECK(r.error.empty());
    // Same seed, one side with the decision and one without: the futures part after month 18.
    CHECK(results[0].yearly != results[2].yearly);
    CHECK(std::equal(results[0].yearly.begin(), results[0].yearly.begin() + 1, results[2].yearly.begin()));
}
