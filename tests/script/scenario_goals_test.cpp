// Each scenario's goals can be reached by a shipped strategy and are missed by a naive one,
// shown over the kSeeds seeds (a scenario whose goals nobody reaches, or everybody reaches,
// teaches nothing).
#include <catch2/catch.hpp>

#include "../engine/test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

struct Play {
    std::string scenario, operator_strategy, government_strategy;
};

// Share of goals met per seed, after the whole scenario.
std::vector<double> goals_met(const Play& play) {
    return over_seeds(kSeeds, 40 * 12,
                      [&](uint64_t seed) {
                          SessionConfig c;
                          c.scripts_dir = scripts_dir();
                          c.scenario_id = play.scenario;
                          c.seed = seed;
                          c.strategies = {play.operator_strategy, play.government_strategy};
                          return c;
                      },
                      [](const Session& s) {
                          const auto goals = s.goal_status();
                          double met = 0.0;
                          for (const auto& g : goals) met += g.met ? 1.0 : 0.0;
                          return goals.empty() ? 0.0 : met / goals.size();
                      });
}

double share_all_met(const std::vector<double>& v) {
    double n = 0;
    for (double x : v) n += x >= 0.999 ? 1.0 : 0.0;
    return n / v.size();
}

}  // namespace

TEST_CASE("each scenario's goals are reached by a shipped strategy and missed by a naive one", "[content][goals]") {
    const std::vector<std::pair<Play, Play>> cases = {
        {{"bio_island", "historical", "historical"}, {"bio_island", "incentives_only", "incentives_only"}},
        {{"second_tier_city", "quality_first", "quality_first"}, {"second_tier_city", "", ""}},
        {{"science_city", "science_first", "science_first"}, {"science_city", "big_science", "big_science"}},
        {{"locked_in_park", "renewal_operator", "historical"}, {"locked_in_park", "", ""}},
        {{"sandbox", "historical", "historical"}, {"sandbox", "incentives_only", "incentives_only"}},
    };
    for (const auto& [good, naive] : cases) {
        const auto good_met = goals_met(good), naive_met = goals_met(naive);
        INFO(good.scenario << ": " << good.operator_strategy << "/" << good.government_strategy << " meets "
                           << Catch::Detail::stringify(good_met) << "; naive " << naive.operator_strategy << "/"
                           << naive.government_strategy << " meets " << Catch::Detail::stringify(naive_met));
        CHECK(mean(good_met) >= 0.75);
        CHECK(share_all_met(good_met) >= 0.5);
        CHECK(mean(naive_met) <= 0.4);
        CHECK(share_all_met(naive_met) == 0.0);
    }
}
