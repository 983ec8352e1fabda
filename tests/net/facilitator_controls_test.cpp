// The facilitator's console controls (facilitator.h): play-to checkpoints and pauses hold every
// park at the same month, injections reach the chosen teams on both machines alike, speed is
// months per second of the caller's clock, and a player's team sends what its panels queued.
// Everything runs in one thread over 127.0.0.1, with a made-up clock for the facilitator.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>

#include "../engine/test_support.h"
#include "net/facilitator.h"
#include "net/team_client.h"

using namespace keystone;

namespace {

uint16_t free_port() {
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

struct Classroom {
    std::unique_ptr<net::Facilitator> host;
    std::vector<std::unique_ptr<net::TeamClient>> teams;
    double now = 0.0;   // the facilitator's clock: seconds, advanced by the test only

    // Services everyone until `done` holds (or a generous number of rounds has passed).
    bool run_until(const std::function<bool()>& done, int rounds = 40000) {
        for (int i = 0; i < rounds; ++i) {
            if (done()) return true;
            host->service(now, 0);
            for (auto& team : teams) team->service(1);
        }
        return done();
    }
};

Classroom open_class(const std::vector<std::string>& strategies, int years) {
    Classroom room;
    const uint16_t port = free_port();
    net::FacilitatorConfig config;
    config.content = test::bio_island_config(7, "");
    config.content.years = years;
    config.port = port;
    config.join_code = "ROOM-7";
    config.teams = int(strategies.size());
    config.token_seed = 42;
    std::string error;
    room.host = net::Facilitator::create(config, &error);
    REQUIRE(room.host);
    for (size_t i = 0; i < strategies.size(); ++i) {
        net::TeamConfig team;
        team.content.scripts_dir = config.content.scripts_dir;
        team.port = port;
        team.join_code = "ROOM-7";
        team.name = "team" + std::to_string(i + 1);
        team.strategy = strategies[i];
        if (strategies[i].empty()) team.roles = net::kRoleMaskBoth;
        room.teams.push_back(net::TeamClient::create(team, &error));
        REQUIRE(room.teams.back());
        // Seat the teams one by one so that seat i is team i.
        REQUIRE(room.run_until([&] { return int(room.host->teams().size()) == int(i + 1); }));
    }
    return room;
}

void require_lockstep(const Classroom& room) {
    for (size_t i = 0; i < room.teams.size(); ++i) {
        const net::TeamSeat& seat = room.host->teams()[i];
        CHECK(seat.mismatches.empty());
        CHECK(seat.months_verified == int(seat.host_hashes.size()));
        REQUIRE(room.teams[i]->park());
        CHECK(room.teams[i]->park()->hash() == seat.park->hash());
    }
}

}  // namespace

TEST_CASE("a play-to checkpoint holds every park at that month, and an injection reaches only the chosen team",
          "[net][facilitator]") {
    Classroom room = open_class({"historical", "historical"}, 2);
    room.host->play_to(6);
    REQUIRE(room.run_until([&] { return room.host->held(); }));
    CHECK(room.host->month() == 6);
    // Held: the teams are told, and no month passes however long the class waits.
    REQUIRE(room.run_until([&] { return room.teams[0]->class_held() && room.teams[1]->class_held(); }));
    room.run_until([] { return false; }, 200);
    CHECK(room.host->month() == 6);
    CHECK_FALSE(room.teams[0]->hold_reason().empty());

    const Session& park = *room.host->teams()[0].park;
    std::string event_id;
    for (const EventDef& event : park.events()) {
        const bool pending = std::any_of(park.pending_events().begin(), park.pending_events().end(),
                                         [&](const PendingEvent& p) { return park.events()[size_t(p.def_index)].id == event.id; });
        if (!event.disabled && !pending) { event_id = event.id; break; }
    }
    REQUIRE_FALSE(event_id.empty());
    CHECK_THAT(room.host->inject_now("no_such_event", {}), Catch::Contains("unknown event 'no_such_event'"));
    CHECK_THAT(room.host->inject_now(event_id, {5}), Catch::Contains("no team 6"));
    REQUIRE(room.host->inject_now(event_id, {0}) == "");
    room.host->broadcast_now("discuss the stage you are in");
    room.host->show_leaderboard("1. team1  50.0\n2. team2  40.0");
    REQUIRE(room.run_until([&] { return !room.teams[1]->leaderboard().empty(); }));
    CHECK(room.teams[1]->leaderboard() == "1. team1  50.0\n2. team2  40.0");
    room.host->show_leaderboard("");   // hidden again
    REQUIRE(room.run_until([&] { return room.teams[1]->leaderboard().empty(); }));
    room.host->resume();
    REQUIRE(room.run_until([&] { return room.host->finished(); }));
    CHECK(room.host->month() == 24);
    require_lockstep(room);
    // Both teams play the same strategy from the same seed: only the injection tells them apart.
    CHECK(room.host->teams()[0].park->hash() != room.host->teams()[1].park->hash());
    CHECK(room.teams[1]->broadcasts() == std::vector<std::string>{"discuss the stage you are in"});
    CHECK_FALSE(room.teams[0]->class_held());
}

TEST_CASE("at one month per second the class moves one month per second of the facilitator's clock", "[net][facilitator]") {
    Classroom room = open_class({"historical"}, 1);
    room.host->set_speed(1.0);
    CHECK(room.host->speed() == 1.0);
    REQUIRE(room.run_until([&] { return room.host->started() && room.host->month() == 1; }));
    room.run_until([] { return false; }, 300);
    CHECK(room.host->month() == 1);   // the clock did not move: no second month
    room.now += 1.0;
    REQUIRE(room.run_until([&] { return room.host->month() == 2; }));
    room.run_until([] { return false; }, 300);
    CHECK(room.host->month() == 2);
    room.host->set_speed(0.0);   // as fast as the team
    REQUIRE(room.run_until([&] { return room.host->finished(); }));
    require_lockstep(room);
}

TEST_CASE("a player's team sends the commands its panels queued, and every park applies them", "[net][facilitator]") {
    Classroom room = open_class({""}, 1);
    REQUIRE(room.run_until([&] { return room.host->month() >= 2; }));
    room.host->pause("a test");
    REQUIRE(room.run_until([&] { return room.teams[0]->class_held(); }));
    Session* park = room.teams[0]->player_park();
    REQUIRE(park);
    std::string policy_id;
    Role role = Role::Government;
    for (Role r : {Role::Government, Role::Operator}) {
        for (const PolicyDef& policy : park->policies()) {
            Command enact;
            enact.type = CommandType::EnactPolicy;
            enact.role = r;
            enact.policy_id = policy.id;
            enact.source = "player";
            if (park->queue_command(enact).empty()) { policy_id = policy.id; role = r; break; }
        }
        if (!policy_id.empty()) break;
    }
    REQUIRE_FALSE(policy_id.empty());
    CHECK_FALSE(room.host->teams()[0].park->policy_active(policy_id));
    room.host->resume();
    REQUIRE(room.run_until([&] { return room.host->teams()[0].park->policy_active(policy_id); }, 20000));
    REQUIRE(room.run_until([&] { return room.host->finished(); }));
    require_lockstep(room);
    const auto& log = room.host->teams()[0].park->command_log();
    CHECK(std::any_of(log.begin(), log.end(), [&](const Command& c) {
        return c.type == CommandType::EnactPolicy && c.policy_id == policy_id && c.role == role && c.source == "team:1";
    }));
}
