// A facilitator's injected events (issue 12) are kept in the save and the replay, so that a class
// game plays again to its end; replays and saves written before they were recorded still load.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../engine/test_support.h"
#include "io/replay.h"
#include "io/snapshot.h"
#include "io/versions.h"
#include "io_test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// A game with a player operator, an event injected at month 6 and a policy at month 8.
std::unique_ptr<Session> injected_game() {
    SessionConfig config = bio_island_config(21);
    config.human[int(Role::Operator)] = true;
    auto s = start(config);
    play(*s, 6);
    REQUIRE(s->inject_event("pandemic_demand_surge") == "");
    CHECK_THAT(s->inject_event("pandemic_demand_surge"), Catch::Contains("already waiting"));   // refused: not recorded
    play(*s, 2);
    Command c;
    c.type = CommandType::EnactPolicy;
    c.role = Role::Operator;
    c.policy_id = "forums_and_workshops";
    REQUIRE(s->submit(c) == "");
    play(*s, 28);
    return s;
}

}  // namespace

TEST_CASE("a replay records injected events and verifies to its end, and an older replay loads without them", "[io][replay][net]") {
    auto s = injected_game();
    REQUIRE(s->injections().size() == 1);
    CHECK(s->injections()[0].tick == 6);
    nlohmann::json replay = make_replay(*s);
    CHECK(replay["format_version"] == int(kSaveVersionCurrent));
    REQUIRE(replay["injections"].size() == 1);
    CHECK(replay["injections"][0]["event"] == "pandemic_demand_surge");
    std::string error;
    CHECK(verify_replay(replay, content_only(), &error) == -1);
    CHECK(error.empty());

    // Without the injection the game differs after the month it was raised (month 7, 1-based; the
    // state hash shows it once the unanswered event resolves).
    nlohmann::json without = replay;
    without["injections"] = nlohmann::json::array();
    const int diverged = verify_replay(without, content_only(), &error);
    CHECK(diverged >= 7);

    // A replay of format 8 (before injections were recorded) loads: it has none.
    nlohmann::json old = replay;
    old.erase("injections");
    old["format_version"] = int(kSaveVersionLogMessages);
    ReplayData parsed;
    CHECK(parse_replay(old, &parsed) == "");
    CHECK(parsed.injections.empty());
    CHECK(verify_replay(old, content_only(), &error) == diverged);

    // Format 9 requires the field, and checks each entry by name.
    nlohmann::json missing = replay;
    missing.erase("injections");
    CHECK_THAT(parse_replay(missing, &parsed), Catch::Contains("injections"));
    nlohmann::json bad = replay;
    bad["injections"][0]["tick"] = 9999;
    CHECK_THAT(parse_replay(bad, &parsed), Catch::Contains("injections[0].tick"));
}

TEST_CASE("a save keeps the injected events, and a save of format 8 loads with none", "[io][save][net]") {
    auto s = injected_game();
    nlohmann::json saved = s->save_json();
    std::string error;
    auto loaded = Session::load_json(saved, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    REQUIRE(loaded->injections().size() == 1);
    CHECK(loaded->injections()[0].event_id == "pandemic_demand_surge");
    // The replay made from the loaded game still verifies to its end (report GAME.save uses it).
    CHECK(verify_replay(make_replay(*loaded), content_only(), &error) == -1);

    saved["state"].erase("injections");
    saved["format_version"] = int(kSaveVersionLogMessages);
    saved["checksum"] = json_checksum(saved["state"]);
    auto old = Session::load_json(saved, content_only(), &error);
    INFO(error);
    REQUIRE(old);
    CHECK(old->injections().empty());
    CHECK(old->hash() == s->hash());
}
