// Shipped content: every scenario plays its full length for several seeds without a script
// error, with each strategy that can play it; every scenario's goals are well formed.
#include <catch2/catch.hpp>

#include "../engine/test_support.h"

using namespace keystone;
using namespace keystone::test;

TEST_CASE("every shipped scenario runs its full length for several seeds without script errors", "[content]") {
    std::string error;
    const auto scenarios = list_scenarios(scripts_dir(), &error);
    REQUIRE(scenarios.size() >= 1);
    for (const ScenarioDef& scenario : scenarios) {
        for (uint64_t seed : {1, 2, 3}) {
            SessionConfig config;
            config.scripts_dir = scripts_dir();
            config.scenario_id = scenario.id;
            config.seed = seed;
            auto s = start(config);
            play(*s, 12 * scenario.years);
            std::string errors;
            for (const auto& e : s->script_errors()) errors += e.message + "\n";
            INFO(scenario.id << " seed " << seed << ":\n" << errors);
            CHECK(s->script_errors().empty());
            CHECK(s->finished());
            for (const auto& g : s->goal_status()) CHECK(g.decided);
        }
    }
}

TEST_CASE("every shipped strategy plays Bio Island in each role it supports without script errors", "[content]") {
    std::string error;
    for (const StrategyDef& strategy : list_strategies(scripts_dir(), &error)) {
        for (Role role : strategy.roles) {
            SessionConfig config = bio_island_config(4);
            config.strategies = {"", ""};
            config.strategies[int(role)] = strategy.id;
            auto s = start(config);
            play(*s, 120);
            INFO(strategy.id << " as " << role_name(role));
            CHECK(s->script_errors().empty());
        }
    }
}
