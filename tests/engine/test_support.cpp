// Test helpers (see test_support.h).
#include "test_support.h"

#include <algorithm>
#include <cstdlib>

#include <catch2/catch.hpp>

#include "sim/rules.h"

namespace keystone::test {

// KEYSTONE_TEST_SEED_BASE=N runs the statistical tests on N, N+1, ... instead of 11, 12, ...
std::vector<uint64_t> test_seeds(size_t count) {
    uint64_t base = 11;
    if (const char* env = std::getenv("KEYSTONE_TEST_SEED_BASE")) base = std::strtoull(env, nullptr, 10);
    std::vector<uint64_t> seeds;
    for (uint64_t i = 0; i < count; ++i) seeds.push_back(base + i);
    return seeds;
}
const std::vector<uint64_t> kSeeds = test_seeds(8);

std::string scripts_dir() { return std::string(KEYSTONE_SOURCE_DIR) + "/scripts"; }
std::string fixtures_dir() { return std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/content"; }

SessionConfig bio_island_config(uint64_t seed, const std::string& strategy) {
    SessionConfig config;
    config.scripts_dir = scripts_dir();
    config.scenario_id = "bio_island";
    config.seed = seed;
    config.strategies = {strategy, strategy};
    return config;
}

SessionConfig scenario_config(const std::string& scenario, uint64_t seed, const std::string& strategy) {
    SessionConfig config;
    config.scripts_dir = scripts_dir();
    config.extra_content_dirs = {fixtures_dir()};
    config.scenario_id = scenario;
    config.seed = seed;
    if (!strategy.empty()) config.strategies = {strategy, strategy};
    return config;
}

std::unique_ptr<Session> start(const SessionConfig& config) {
    std::string error;
    auto session = Session::create(config, &error);
    INFO(error);
    REQUIRE(session);
    return session;
}

void play(Session& session, int months) {
    for (int i = 0; i < months && !session.finished(); ++i) session.step();
}

int first_tick_at_least(const Session& session, Stage stage) {
    const int wanted = stage_rank(stage);
    for (const auto& change : session.world().stage_history)
        if (change.to != Stage::Decline && change.to != Stage::Renewal && stage_rank(change.to) >= wanted) return change.tick;
    return -1;
}

int highest_rank(const Session& session) { return stage_rank(session.world().stage.best_stage); }

std::vector<double> over_seeds(const std::vector<uint64_t>& seeds, int months,
                               const std::function<SessionConfig(uint64_t)>& make,
                               const std::function<double(const Session&)>& measure) {
    std::vector<double> values;
    for (uint64_t seed : seeds) {
        auto session = start(make(seed));
        play(*session, months);
        values.push_back(measure(*session));
    }
    return values;
}

double mean(const std::vector<double>& values) {
    double sum = 0.0;
    for (double v : values) sum += v;
    return values.empty() ? 0.0 : sum / values.size();
}

double share_greater(const std::vector<double>& a, const std::vector<double>& b) {
    int count = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) count += a[i] > b[i] ? 1 : 0;
    return a.empty() ? 0.0 : double(count) / a.size();
}

const Metrics& metrics_at(const Session& s, int tick) {
    const auto& h = s.history();
    return h[std::min(h.size() - 1, size_t(std::max(1, tick) - 1))].metrics;
}

}  // namespace keystone::test
