// The score separates play (issue 10, item 2): over 12 seeds of every shipped scenario, doing
// nothing and the scenario's naive play score at most 40, its reference play at least 75, and
// the gap between reference and naive is at least three seed-to-seed standard deviations.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <future>

#include "session/score.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

ScoringRules shipped_scoring() {
    ScoringRules rules;
    std::string error;
    REQUIRE(load_scoring(std::string(KEYSTONE_SOURCE_DIR) + "/assets/scoring.json", &rules, &error));
    return rules;
}

double play_and_score(const ScoringRules& rules, SessionConfig config) {
    auto session = start(config);
    while (!session->finished()) session->step();
    return score_session(rules, *session).total;
}

struct Spread { double mean = 0.0, sd = 0.0; };
Spread spread(const std::vector<double>& values) {
    Spread s;
    s.mean = mean(values);
    double sum = 0.0;
    for (double v : values) sum += (v - s.mean) * (v - s.mean);
    s.sd = values.size() > 1 ? std::sqrt(sum / double(values.size() - 1)) : 0.0;
    return s;
}

// Scores of one play over the seeds, two games at a time (each game is independent).
std::vector<double> scores(const ScoringRules& rules, const std::vector<uint64_t>& seeds,
                           const std::function<SessionConfig(uint64_t)>& make) {
    std::vector<std::future<double>> pending;
    for (uint64_t seed : seeds) pending.push_back(std::async(std::launch::async, play_and_score, std::cref(rules), make(seed)));
    std::vector<double> out;
    for (auto& p : pending) out.push_back(p.get());
    return out;
}

}  // namespace

TEST_CASE("the score separates doing nothing, naive and reference play in every shipped scenario", "[score]") {
    const ScoringRules rules = shipped_scoring();
    const std::vector<uint64_t> seeds = test_seeds(12);
    for (const char* scenario : {"bio_island", "sandbox", "locked_in_park", "science_city", "second_tier_city"}) {
        const auto probe = start(scenario_config(scenario, seeds[0]));
        const auto reference = reference_strategies(rules, probe->scenario());
        const auto naive = naive_strategies(rules, probe->scenario());
        REQUIRE_FALSE(naive[0].empty());
        auto with = [&](const std::array<std::string, kRoleCount>& strategies) {
            return [&, strategies](uint64_t seed) {
                SessionConfig config = scenario_config(scenario, seed);
                config.strategies = strategies;
                return config;
            };
        };
        std::array<std::string, kRoleCount> idle = probe->scenario().default_ai;
        idle[int(Role::Operator)] = "hands_off";   // the operator does nothing; the government keeps its AI
        const Spread nothing = spread(scores(rules, seeds, with(idle)));
        const Spread good = spread(scores(rules, seeds, with(reference)));
        const Spread bad = spread(scores(rules, seeds, with(naive)));
        std::printf("%-18s do nothing %5.1f (sd %4.1f)  reference %5.1f (sd %4.1f)  naive %5.1f (sd %4.1f)\n", scenario,
                    nothing.mean, nothing.sd, good.mean, good.sd, bad.mean, bad.sd);
        INFO(scenario << ": do nothing " << nothing.mean << ", reference " << good.mean << " (sd " << good.sd << "), naive "
                      << bad.mean << " (sd " << bad.sd << ")");
        CHECK(nothing.mean <= 40.0);
        CHECK(good.mean >= 75.0);
        CHECK(bad.mean <= 40.0);
        CHECK(good.mean - bad.mean >= 3.0 * std::max(good.sd, bad.sd));
    }
}
