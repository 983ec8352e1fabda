// Session::restart: a game played in a restarted Session (the Lua state of an earlier game, its
// content loaded again from compiled chunks) is month for month the game a new Session plays,
// even after a first game whose policy kept state in a file-level local, a global and
// keystone.storage() (tests/fixtures/restart). Batches, which restart a Session per worker,
// give the results of one new Session per game.
#include <catch2/catch.hpp>

#include "session/batch.h"
#include "test_support.h"

using namespace keystone;

namespace {

std::string restart_fixtures() { return std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/restart"; }

SessionConfig remembering_config(const std::string& scenario, uint64_t seed) {
    SessionConfig config;
    config.scripts_dir = test::scripts_dir();
    config.extra_content_dirs = {restart_fixtures()};
    config.scenario_id = scenario;
    config.seed = seed;
    config.years = 3;
    config.strategies[int(Role::Operator)] = "remembering";
    return config;
}

std::vector<uint64_t> monthly_hashes(const Session& session) {
    std::vector<uint64_t> hashes;
    for (const TickRecord& record : session.history()) hashes.push_back(record.hash);
    return hashes;
}

int enactments(const Session& session, const std::string& policy) {
    int count = 0;
    for (const Command& c : session.command_log()) count += c.type == CommandType::EnactPolicy && c.policy_id == policy;
    return count;
}

// The first month whose hash differs, or -1.
int first_divergence(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i]) return int(i) + 1;
    return a.size() == b.size() ? -1 : int(std::min(a.size(), b.size())) + 1;
}

}  // namespace

TEST_CASE("a game in a restarted Session has the monthly hashes of a game in a new Session", "[restart]") {
    // The first game enacts the remembering policy again and again, so its local, global and
    // storage hold counts when the Session is restarted.
    std::string error;
    std::unique_ptr<Session> session = Session::create(remembering_config("bio_island", 3), &error);
    INFO(error);
    REQUIRE(session);
    while (!session->finished()) session->step();
    REQUIRE(session->script_errors().empty());
    REQUIRE(enactments(*session, "remembering_policy") >= 3);

    // Then three more games in a row in the same Lua state, on two scenarios.
    const std::pair<std::string, uint64_t> games[] = {{"bio_island", 5}, {"science_city", 5}, {"bio_island", 7}};
    for (const auto& [scenario, seed] : games) {
        INFO("then " << scenario << " seed " << seed);
        const SessionConfig next = remembering_config(scenario, seed);
        auto fresh = test::start(next);
        while (!fresh->finished()) fresh->step();

        session = Session::restart(std::move(session), next, &error);
        INFO(error);
        REQUIRE(session);
        CHECK(session->content_hash() == fresh->content_hash());
        while (!session->finished()) session->step();
        REQUIRE(enactments(*session, "remembering_policy") >= 3);
        const auto expected = monthly_hashes(*fresh), got = monthly_hashes(*session);
        INFO("first diverging month: " << first_divergence(expected, got));
        REQUIRE(got.size() == 36);
        CHECK(got == expected);
    }
}

TEST_CASE("a restarted Session can play a game twice in a row with the same hashes", "[restart]") {
    const SessionConfig config = remembering_config("science_city", 9);
    std::string error;
    auto session = test::start(config);
    while (!session->finished()) session->step();
    const auto first = monthly_hashes(*session);
    for (int round = 0; round < 2; ++round) {
        session = Session::restart(std::move(session), config, &error);
        INFO(error);
        REQUIRE(session);
        while (!session->finished()) session->step();
        INFO("round " << round << ", first diverging month: " << first_divergence(first, monthly_hashes(*session)));
        CHECK(monthly_hashes(*session) == first);
    }
}

TEST_CASE("a restart that cannot start its game reports why, and the next restart starts afresh", "[restart]") {
    std::string error;
    auto session = test::start(remembering_config("bio_island", 1));
    SessionConfig unknown = remembering_config("no_such_scenario", 1);
    session = Session::restart(std::move(session), unknown, &error);
    CHECK_FALSE(session);
    CHECK(error.find("unknown scenario 'no_such_scenario'") != std::string::npos);
    session = Session::restart(std::move(session), remembering_config("bio_island", 1), &error);
    REQUIRE(session);
}

TEST_CASE("a batch that restarts a Session per worker gives the results of a new Session per game", "[restart][batch]") {
    BatchSpec spec;
    spec.base.scripts_dir = test::scripts_dir();
    spec.base.extra_content_dirs = {restart_fixtures()};
    BatchCombo remembering{"bio_island", "remembering", {}, {}, {}, {}};
    remembering.roles[int(Role::Operator)] = "remembering";
    BatchCombo city = remembering;
    city.scenario = "science_city";
    spec.combos = {remembering, city, {"bio_island", "", {}, {}, {}, {}}};
    spec.seeds = {1, 2, 3};
    spec.years = 3;
    spec.indicators = default_batch_indicators();
    // One thread: every game after the first runs in a restarted Session.
    const std::vector<GameResult> restarted = run_batch_jobs(spec, 0, 1, 1);
    REQUIRE(restarted.size() == batch_job_count(spec));
    for (size_t job = 0; job < restarted.size(); ++job) {
        const GameResult fresh = play_batch_game(spec, job);
        INFO("job " << job);
        REQUIRE(fresh.error.empty());
        CHECK(restarted[job].error == fresh.error);
        CHECK(restarted[job].first_month == fresh.first_month);
        CHECK(restarted[job].goals_met == fresh.goals_met);
        CHECK(restarted[job].yearly_stage == fresh.yearly_stage);
        CHECK(restarted[job].yearly == fresh.yearly);
    }
}
