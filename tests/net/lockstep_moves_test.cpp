// The two Session entries lockstep play uses (session.h): a strategy's proposal changes nothing
// in the park, and applying the proposal as a player's commands plays the same game on two copies.
#include <catch2/catch.hpp>

#include "../engine/test_support.h"

using namespace keystone;

namespace {
SessionConfig human_park(uint64_t seed) {
    SessionConfig config = test::bio_island_config(seed, "");
    config.human = {true, true};
    return config;
}
}  // namespace

TEST_CASE("a proposal leaves the park as it was, and two copies fed the same proposals stay equal", "[net][session]") {
    for (uint64_t seed : {3u, 11u}) {
        auto team = test::start(human_park(seed));
        auto host = test::start(human_park(seed));
        size_t proposed = 0;
        for (int month = 0; month < 48; ++month) {
            const uint64_t before = team->hash();
            std::vector<Command> commands;
            for (Role role : {Role::Operator, Role::Government})
                for (Command& c : team->propose(role, "historical")) commands.push_back(c);
            REQUIRE(team->hash() == before);
            REQUIRE(team->queued().empty());
            proposed += commands.size();
            for (const Command& c : commands) {
                CHECK(host->submit(c) == "");
                CHECK(team->submit(c) == "");
            }
            team->step();
            host->step();
            REQUIRE(team->hash() == host->hash());
        }
        CHECK(proposed > 0);   // the strategy did something to compare
    }
}

TEST_CASE("an injected event is raised at once, and unknown or pending ones are refused", "[net][session]") {
    auto park = test::start(human_park(5));
    const std::string id = park->events().front().id;
    const size_t pending_before = park->pending_events().size();
    REQUIRE(park->inject_event(id) == "");
    CHECK(park->pending_events().size() == pending_before + 1);
    CHECK_THAT(park->inject_event(id), Catch::Contains("already waiting"));
    CHECK_THAT(park->inject_event("no_such_event"), Catch::Contains("unknown event 'no_such_event'"));
}
