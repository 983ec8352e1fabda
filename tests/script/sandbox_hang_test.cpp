// The three scripts that once hung the game, in every place a script runs: a looping __gc
// finalizer, a loop that swallows the budget error with pcall, and an xpcall whose message
// handler loops. Each must be stopped, named, disabled, and leave the world as a do-nothing
// script would. Tagged [hang]: ctest runs these under a timeout, so a regression fails.
#include <catch2/catch.hpp>

#include <sstream>

#include "../engine/test_support.h"
#include "script/lua_runtime.h"
#include "script/traceback.h"

using namespace keystone;
using namespace keystone::test;

namespace {

const char* const kHangs[] = {"hang_gc_finalizer", "hang_pcall_swallow", "hang_xpcall_handler"};

std::string fixture(const std::string& name) { return std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/" + name; }

// The operator plays `passive` (does nothing), so the only actor that could change the world
// besides the engine is the hostile script.
SessionConfig passive_config(std::vector<std::string> extra) {
    SessionConfig config = bio_island_config(1);
    config.extra_content_dirs = {fixture("content")};
    for (auto& dir : extra) config.extra_content_dirs.push_back(fixture(dir));
    config.strategies[int(Role::Operator)] = "passive";
    return config;
}

// What a script could change through its API: budgets, levers, policies in force, firms.
std::string core_state(const Session& s) {
    const World& w = s.world();
    std::ostringstream out;
    out.precision(17);
    out << w.tick << " budgets " << w.roles[0].budget << " " << w.roles[1].budget << " levers";
    for (double l : w.levers) out << " " << l;
    out << " policies";
    for (const auto& p : w.policies) out << " " << p.id;
    out << " temporary " << w.temporary_effects.size() << " firms " << w.metrics.enterprises << " trust " << w.culture.trust;
    return out.str();
}

std::string errors_of(const Session& s, const std::string& script_id) {
    std::string all;
    for (const auto& e : s.script_errors())
        if (e.script_id == script_id) all += e.message + "\n";
    return all;
}

int count_errors(const Session& s, const std::string& script_id) {
    int n = 0;
    for (const auto& e : s.script_errors()) n += e.script_id == script_id;
    return n;
}

}  // namespace

TEST_CASE("a hanging policy on_enact is stopped, the policy disabled, and the world untouched", "[script][sandbox][hang]") {
    for (const char* hang : kHangs) {
        SECTION(hang) {
            const std::string id = std::string(hang) + "_enact";
            auto baseline = start(passive_config({}));
            auto s = start(passive_config({"hostile_hooks"}));
            Command enact;
            enact.type = CommandType::EnactPolicy;
            enact.role = Role::Operator;
            enact.policy_id = id;
            CHECK(s->submit(enact).empty());
            play(*s, 4);
            play(*baseline, 4);
            const std::string errors = errors_of(*s, "policy:" + id);
            INFO(errors);
            CHECK(count_errors(*s, "policy:" + id) == 1);
            CHECK(errors.find(id + ".lua:") != std::string::npos);  // file and line
            CHECK_FALSE(s->policy_active(id));
            CHECK(s->policies()[size_t(s->find_policy(id))].disabled);
            CHECK(s->submit(enact) != "");  // cannot be enacted again
            CHECK(core_state(*s) == core_state(*baseline));
        }
    }
}

TEST_CASE("a hanging AI decide is stopped, the strategy disabled, and the world untouched", "[script][sandbox][hang]") {
    for (const char* hang : kHangs) {
        SECTION(hang) {
            auto baseline = start(passive_config({}));
            SessionConfig config = passive_config({"hostile"});
            config.strategies[int(Role::Operator)] = hang;
            auto s = start(config);
            play(*s, 4);
            play(*baseline, 4);
            const std::string errors = errors_of(*s, std::string("strategy:") + hang);
            INFO(errors);
            CHECK(count_errors(*s, std::string("strategy:") + hang) == 1);
            CHECK(errors.find(std::string(hang) + ".lua:") != std::string::npos);
            CHECK(core_state(*s) == core_state(*baseline));
        }
    }
}

TEST_CASE("a hanging event trigger or choice is stopped, the event disabled, and the world untouched", "[script][sandbox][hang]") {
    for (const char* hang : kHangs) {
        for (const char* place : {"_trigger", "_choice"}) {
            SECTION(std::string(hang) + place) {
                const std::string id = std::string(hang) + place;
                auto baseline = start(passive_config({}));
                auto s = start(passive_config({"hostile_hooks"}));
                play(*s, 4);
                play(*baseline, 4);
                const std::string errors = errors_of(*s, "event:" + id);
                INFO(errors);
                CHECK(count_errors(*s, "event:" + id) == 1);
                CHECK(errors.find(id + ".lua:") != std::string::npos);
                for (const auto& e : s->events())
                    if (e.id == id) CHECK(e.disabled);
                CHECK(core_state(*s) == core_state(*baseline));
            }
        }
    }
}

TEST_CASE("a policy file or a mod.lua that hangs while loading is skipped with its file and line", "[script][sandbox][hang]") {
    SessionConfig config = passive_config({"hostile_load"});
    config.mods_dir = fixture("hostile_mods");
    auto s = start(config);
    std::string loading;
    for (const auto& e : s->script_errors()) loading += e.message + "\n";
    std::string mods;
    for (const auto& line : s->mod_report()) mods += line + "\n";
    INFO(loading << mods);
    for (const char* hang : kHangs) {
        CHECK(loading.find(std::string(hang) + "_top.lua:") != std::string::npos);
        CHECK(s->find_policy(std::string(hang) + "_top") < 0);
        CHECK(mods.find(std::string("skipped mod folder ") + hang + "_mod: " + hang + "_mod/mod.lua:") != std::string::npos);
    }
    CHECK(loading.find("__gc finalizers are not allowed") != std::string::npos);
    CHECK(loading.find("instruction budget exceeded") != std::string::npos);
    play(*s, 2);
    CHECK(s->world().tick == 2);
}

TEST_CASE("sandbox xpcall still returns the handler's result, and setmetatable still works without __gc", "[script][sandbox]") {
    LuaRuntime runtime;
    ScriptFailure failure;
    const std::string source =
        "local ok, message = xpcall(function() error('boom', 0) end, function(m) return 'handled ' .. m end)\n"
        "assert(ok == false and message == 'handled boom', tostring(message))\n"
        "local ok2, a, b = xpcall(function(x, y) return x + y, 'two' end, function() end, 1, 2)\n"
        "assert(ok2 == true and a == 3 and b == 'two')\n"
        "local t = setmetatable({}, { __index = function() return 7 end })\n"
        "assert(t.anything == 7)\n"
        "return 'fine'\n";
    REQUIRE(runtime.run_file("xpcall.lua", source, &failure));
    // Errors of the wrapped setmetatable keep the script's line.
    CHECK_FALSE(runtime.run_file("protected.lua", "local t = setmetatable({}, { __metatable = false })\nsetmetatable(t, {})\n", &failure));
    CHECK(failure.message.find("protected.lua:2: cannot change a protected metatable") == 0);
    CHECK_FALSE(runtime.run_file("gc.lua", "\nsetmetatable({}, { __gc = true })\n", &failure));
    CHECK(failure.message.find("gc.lua:2: setmetatable: __gc finalizers are not allowed") == 0);
}

TEST_CASE("a runaway recursion's traceback is collapsed to well under a kilobyte", "[script][sandbox]") {
    std::string traceback = "f.lua:2: stack overflow\nstack traceback:";
    for (int i = 0; i < 200; ++i) traceback += "\n\tf.lua:2: in upvalue 'f'";
    traceback += "\n\tf.lua:3: in main chunk";
    const std::string collapsed = collapse_traceback(traceback);
    CHECK(collapsed.size() < 400);
    CHECK(collapsed.find("repeated 199 more times") != std::string::npos);
    CHECK(collapsed.find("in main chunk") != std::string::npos);
    CHECK(collapse_traceback(std::string(5000, 'x')).size() <= kMaxScriptMessageBytes);
}
