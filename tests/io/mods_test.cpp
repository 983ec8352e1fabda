// User mods (issue: modding kit): load order, replacements reported, broken mods skipped, and
// hot reload of scripts keeping the game state.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../engine/test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {
std::string mods_dir() { return std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/mods"; }
bool mentions(const std::vector<std::string>& report, const std::string& text) {
    for (const auto& line : report) if (line.find(text) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("mods load in dependency order, replacements are reported and broken mods are skipped", "[mods]") {
    SessionConfig config = bio_island_config(1);
    config.mods_dir = mods_dir();
    auto s = start(config);
    const auto& report = s->mod_report();
    INFO(Catch::Detail::stringify(report));
    CHECK(mentions(report, "loaded mod 1: 'beta_mod' 0.1"));
    CHECK(mentions(report, "loaded mod 2: 'alpha_mod' 1.2.0"));
    CHECK(mentions(report, "mod 'alpha_mod' replaces policy 'forums_and_workshops'"));
    CHECK(mentions(report, "skipped mod 'broken_mod'"));
    CHECK(mentions(report, "skipped mod folder no_manifest: no mod.lua manifest"));
    const int forums = s->find_policy("forums_and_workshops");
    REQUIRE(forums >= 0);
    CHECK(s->policies()[size_t(forums)].name == "Forums (alpha mod)");  // the later mod wins
    CHECK(s->find_policy("alpha_grants") >= 0);
    CHECK(s->find_policy("orphan") < 0);
    play(*s, 3);
    CHECK(s->world().tick == 3);
}

TEST_CASE("hot reload picks up changed scripts and keeps the game state", "[mods]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "keystone_reload_test";
    fs::remove_all(dir);
    fs::create_directories(dir / "policies");
    auto write_policy = [&](double forums) {
        std::ofstream(dir / "policies" / "reload_policy.lua")
            << "return { id = 'reload_policy', name = 'Reload', role = 'operator', description = 'x', cost = 0, effects = { forums = "
            << forums << " } }\n";
    };
    write_policy(0.1);
    SessionConfig config = bio_island_config(2);
    config.human[int(Role::Operator)] = true;
    config.extra_content_dirs = {dir.string()};
    auto s = start(config);
    Command c;
    c.type = CommandType::EnactPolicy;
    c.role = Role::Operator;
    c.policy_id = "reload_policy";
    REQUIRE(s->submit(c) == "");
    play(*s, 12);
    const double before = s->world().levers[int(Lever::forums)];
    const auto firms = s->world().metrics.enterprises;
    write_policy(0.6);
    REQUIRE(english(s->reload_content()) == "");
    CHECK(s->policy_active("reload_policy"));
    CHECK(s->world().tick == 12);
    CHECK(s->world().metrics.enterprises == firms);
    CHECK(s->world().levers[int(Lever::forums)] == Approx(before + 0.5));
    play(*s, 2);
    CHECK(s->world().tick == 14);
    fs::remove_all(dir);
}
