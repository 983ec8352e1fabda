// Helpers for engine tests: start sessions on the shipped content, play them, and summarize
// runs over several seeds. Statistical tests name their seeds through these helpers.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "session/session.h"

namespace keystone::test {

std::string scripts_dir();
std::string fixtures_dir();

SessionConfig bio_island_config(uint64_t seed, const std::string& strategy = "historical");
// Any shipped scenario or test fixture (tests/fixtures/content); strategy "" plays the
// scenario's own strategies.
SessionConfig scenario_config(const std::string& scenario, uint64_t seed, const std::string& strategy = "");
std::unique_ptr<Session> start(const SessionConfig& config);
// Plays `months` months (or to the end).
void play(Session& session, int months);
// First tick at which the stage reached at least `stage` (regular ladder), or -1.
int first_tick_at_least(const Session& session, Stage stage);
int highest_rank(const Session& session);
// The metrics recorded at the end of month `tick` (1 = the first month played).
const Metrics& metrics_at(const Session& session, int tick);

// Runs `make(seed)` for each seed for `months` and applies `measure` to the finished session.
std::vector<double> over_seeds(const std::vector<uint64_t>& seeds, int months,
                               const std::function<SessionConfig(uint64_t)>& make,
                               const std::function<double(const Session&)>& measure);
double mean(const std::vector<double>& values);
// Share of pairs (a[i], b[i]) with a[i] > b[i].
double share_greater(const std::vector<double>& a, const std::vector<double>& b);

// `count` consecutive seeds from 11 (or from KEYSTONE_TEST_SEED_BASE, to check that a result is
// not a lucky draw).
std::vector<uint64_t> test_seeds(size_t count);
extern const std::vector<uint64_t> kSeeds;   // eight seeds: test_seeds(8)

}  // namespace keystone::test
