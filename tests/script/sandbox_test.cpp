// The sandbox against hostile scripts: each fixture in tests/fixtures/hostile/ai is played as
// the operator's AI; it must be stopped or refused with a message naming it, never crash or
// hang the game, and the game goes on without it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "../engine/test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {
std::string hostile_dir() { return std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/hostile"; }
}  // namespace

TEST_CASE("every hostile script is stopped with a message and the game goes on", "[script][sandbox][hang]") {
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(hostile_dir() + "/ai"))
        ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    REQUIRE(ids.size() >= 20);
    std::filesystem::remove("/tmp/keystone_pwned");
    for (const std::string& id : ids) {
        SECTION(id) {
            SessionConfig config = bio_island_config(1);
            config.extra_content_dirs = {hostile_dir()};
            config.strategies[int(Role::Operator)] = id;
            auto s = start(config);
            play(*s, 3);
            CHECK(s->world().tick == 3);
            int errors = 0;
            for (const auto& e : s->script_errors())
                if (e.script_id == "strategy:" + id) {
                    ++errors;
                    CHECK_FALSE(e.message.empty());
                    INFO(e.message);
                    CHECK(e.message.find(id + ".lua") != std::string::npos);  // names the file
                }
            CHECK(errors == 1);  // disabled after its first failure
            // The engine's table and the other role are untouched.
            CHECK(s->strategy_for(Role::Government) == "historical");
            CHECK(s->policy_active("basic_research_funding"));
        }
    }
    CHECK_FALSE(std::filesystem::exists("/tmp/keystone_pwned"));
}

TEST_CASE("the instruction budget and the memory cap name what stopped the script", "[script][sandbox]") {
    auto message_for = [](const std::string& id) {
        SessionConfig config = bio_island_config(1);
        config.extra_content_dirs = {hostile_dir()};
        config.strategies[int(Role::Operator)] = id;
        auto s = start(config);
        play(*s, 1);
        return s->script_errors().empty() ? std::string() : s->script_errors().front().message;
    };
    CHECK(message_for("infinite_loop").find("instruction budget exceeded") != std::string::npos);
    CHECK(message_for("coroutine_loop").find("instruction budget exceeded") != std::string::npos);
    CHECK(message_for("memory_bomb").find("memory") != std::string::npos);
    CHECK(message_for("engine_table_write").find("read-only") != std::string::npos);
    CHECK(message_for("error_table").find("table value") != std::string::npos);
    CHECK(message_for("os_escape").find("os") != std::string::npos);
    // File and line, also for errors Lua raises without a position of its own.
    const std::regex positioned(R"(^[^\n]*\.lua:\d+: )");
    for (const char* id : {"infinite_loop", "memory_bomb", "error_table", "error_nil", "hang_pcall_swallow"}) {
        INFO(id << ": " << message_for(id));
        CHECK(std::regex_search(message_for(id), positioned));
    }
    // A runaway recursion's traceback is collapsed, not one line per frame.
    CHECK(message_for("deep_recursion").size() < 1024);
}

TEST_CASE("broken files are skipped at load with file and reason; the game still starts", "[script][sandbox][hang]") {
    SessionConfig config = bio_island_config(1);
    config.extra_content_dirs = {std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/hostile_load"};
    auto s = start(config);
    std::string all;
    for (const auto& e : s->script_errors()) all += e.message + "\n";
    INFO(all);
    CHECK(all.find("load_loop.lua") != std::string::npos);
    CHECK(all.find("instruction budget exceeded") != std::string::npos);
    CHECK(all.find("syntax_error.lua:3") != std::string::npos);
    CHECK(all.find("bytecode.lua") != std::string::npos);
    CHECK(all.find("field 'title' must be a string") != std::string::npos);
    CHECK(all.find("unknown lever 'warp_drive'") != std::string::npos);
    CHECK(s->find_policy("syntax_error") < 0);
    play(*s, 2);
    CHECK(s->world().tick == 2);
}
