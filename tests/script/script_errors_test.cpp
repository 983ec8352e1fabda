// Script errors: a failing policy is disabled with a message naming file and line, and the run
// goes on. Broken files are skipped at load with file and reason.
#include <catch2/catch.hpp>

#include "../engine/test_support.h"

using namespace keystone;
using namespace keystone::test;

TEST_CASE("a policy with a Lua error is disabled with a message naming file and line; the run continues", "[script]") {
    SessionConfig config = bio_island_config(3);
    config.extra_content_dirs = {fixtures_dir()};
    config.human[int(Role::Operator)] = true;
    auto s = start(config);
    Command enact;
    enact.type = CommandType::EnactPolicy;
    enact.role = Role::Operator;
    enact.policy_id = "broken_policy";
    REQUIRE(s->submit(enact) == "");
    play(*s, 24);
    REQUIRE(s->script_errors().size() == 1);  // disabled after the first failure, not every month
    const ScriptError& e = s->script_errors().front();
    CHECK(e.script_id == "policy:broken_policy");
    CHECK(e.file.find("broken_policy.lua") != std::string::npos);
    CHECK(e.line == 12);
    CHECK(e.message.find("arithmetic") != std::string::npos);
    CHECK_FALSE(s->policy_active("broken_policy"));
    CHECK(s->world().tick == 24);
    CHECK(s->validate(enact).find("disabled") != std::string::npos);
}

TEST_CASE("deterministic iteration: pairs visits keys in sorted order in every fresh Lua state", "[script]") {
    // Two sessions are two fresh Lua states with differently seeded string hashes; the fixture
    // strategy logs the order in which pairs() visits a table of string keys.
    std::vector<std::string> orders;
    for (int run = 0; run < 2; ++run) {
        SessionConfig config = bio_island_config(5, "pairs_order");
        config.extra_content_dirs = {fixtures_dir()};
        auto s = start(config);
        play(*s, 1);
        std::string order;
        for (const auto& entry : s->world().log)
            if (entry.kind == "script") order += entry.text;
        orders.push_back(order);
    }
    CHECK(orders[0].find("alpha,beta,delta,epsilon,gamma,zeta") != std::string::npos);
    CHECK(orders[0] == orders[1]);
}

TEST_CASE("unknown scenario and strategy are refused with the valid names", "[script]") {
    SessionConfig config = bio_island_config(1);
    config.scenario_id = "atlantis";
    std::string error;
    CHECK_FALSE(Session::create(config, &error));
    CHECK(error.find("unknown scenario 'atlantis'") != std::string::npos);
    CHECK(error.find("bio_island") != std::string::npos);
    config = bio_island_config(1, "no_such_strategy");
    CHECK_FALSE(Session::create(config, &error));
    CHECK(error.find("unknown strategy 'no_such_strategy'") != std::string::npos);
}

TEST_CASE("commands are validated before they reach the world", "[script]") {
    SessionConfig config = bio_island_config(1);
    config.human = {true, true};
    auto s = start(config);
    Command c;
    c.type = CommandType::EnactPolicy;
    c.role = Role::Government;
    c.policy_id = "strict_screening";  // an operator policy
    CHECK(s->submit(c).find("belongs to the operator") != std::string::npos);
    c.role = Role::Operator;
    c.policy_id = "industry_convention";  // needs the agglomeration stage
    CHECK(s->submit(c).find("available from") != std::string::npos);
    c.policy_id = "strict_screening";
    CHECK(s->submit(c) == "");
    CHECK(s->submit(c) == "already queued");
    s->step();
    CHECK(s->policy_active("strict_screening"));
    REQUIRE(s->command_log().size() == 1);
    CHECK(s->command_log().front().tick == 0);
    Command lever;
    lever.type = CommandType::SetLever;
    lever.role = Role::Government;
    lever.lever = Lever::screening;
    lever.value = 0.5;
    CHECK(s->submit(lever).find("belongs to the operator") != std::string::npos);
}
