// Damaged and hostile saves and replays: each is refused with a message that names the file and
// the field, never a crash, a hang or the JSON library's own text. The values a file could smuggle
// in (enums past their range, NaN, absurd magnitudes, seeds that do not fit) are refused too.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "../engine/test_support.h"
#include "io_test_support.h"
#include "io/json_file.h"
#include "io/replay.h"
#include "io/snapshot.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// A save whose state has one value replaced, with the checksum made valid again.
std::string with_state_value(nlohmann::json save, const nlohmann::json::json_pointer& at, const std::string& raw_value) {
    save["state"][at] = "@@VALUE@@";
    std::string text = save.dump();
    text.replace(text.find("\"@@VALUE@@\""), 11, raw_value);
    nlohmann::json reparsed = nlohmann::json::parse(text);
    reparsed["checksum"] = json_checksum(reparsed["state"]);
    return reparsed.dump();
}

bool no_library_text(const std::string& message) { return message.find("[json.exception") == std::string::npos; }

}  // namespace

TEST_CASE("a save with enums past their range, bad numbers or a bad header is refused by field", "[io][save][damaged]") {
    auto s = start(bio_island_config(3));
    play(*s, 6);
    const nlohmann::json good = s->save_json();
    using ptr = nlohmann::json::json_pointer;
    struct Case { const char* pointer; const char* value; const char* names; };
    const Case cases[] = {
        {"/world/enterprises/0/segment", "4294967296", "segment"},
        {"/world/enterprises/0/segment", "9223372036854775808", "segment"},
        {"/world/stage/stage", "4294967296", "stage"},
        {"/queue", "[{\"type\":0,\"role\":4294967296,\"policy_id\":\"\",\"event_instance\":0,\"choice_id\":\"\",\"lever\":0,\"value\":0,\"tick\":0,\"source\":\"x\"}]", "queue"},
        {"/world/capacity_units", "-1", "capacity_units"},
        {"/world/enterprises/0/headcount", "-1e308", "headcount"},
        {"/world/enterprises/0/cash", "1e300", "cash"},
        {"/world/providers/0/capacity", "-5", "capacity"},
    };
    for (const Case& c : cases) {
        const std::string refusal = save_refusal(with_state_value(good, ptr(c.pointer), c.value));
        INFO(c.pointer << " = " << c.value << ": " << refusal);
        CHECK(refusal.find(bad_save_path() + ": ") == 0);  // names the file
        CHECK(refusal.find(c.names) != std::string::npos);       // and the field
        CHECK(no_library_text(refusal));
    }
    // 1.8e308 overflows a double: refused while reading, with the file's name.
    std::string huge = good.dump();
    huge.replace(huge.find("\"cash\":") + 7, 1, "1.8e308,\"x\":0");
    CHECK(save_refusal(huge) == bad_save_path() + ": not a readable save (a number too large for any field)");
    // NaN is not JSON: such a file is refused as unreadable, not loaded.
    std::string nan_text = good.dump();
    nan_text.replace(nan_text.find("\"reputation\":") + 13, 1, "NaN,\"x\":0");
    CHECK(save_refusal(nan_text).find("not a readable save") != std::string::npos);
    // Header fields of the wrong type or range.
    for (const char* format : {"1", "null", "[]", "true"}) {
        nlohmann::json bad = good;
        bad["format"] = nlohmann::json::parse(format);
        const std::string refusal = save_refusal(bad.dump());
        INFO(refusal);
        CHECK(refusal.find("not a Keystone save (field 'format'") != std::string::npos);
    }
    for (const char* seed : {"-1", "1.5", "18446744073709551616", "1e308", "\"7\""}) {
        nlohmann::json bad = good;
        bad["seed"] = nlohmann::json::parse(seed);
        const std::string refusal = save_refusal(bad.dump());
        INFO(seed << ": " << refusal);
        CHECK(refusal.find("field 'seed': expected a whole number from 0 to 18446744073709551615") != std::string::npos);
    }
    for (const char* version : {"9223372036854775808", "18446744073709551615", "-5"}) {
        nlohmann::json bad = good;
        bad["format_version"] = nlohmann::json::parse(version);
        const std::string refusal = save_refusal(bad.dump());
        INFO(version << ": " << refusal);
        CHECK((refusal.find("newer Keystone") != std::string::npos || refusal.find("unknown save format") != std::string::npos));
    }
    nlohmann::json bad_years = good;
    bad_years["years"] = 1000000;
    CHECK(save_refusal(bad_years.dump()).find("field 'years'") != std::string::npos);
}

TEST_CASE("deeply nested, special and oversized files are refused before they are read", "[io][damaged]") {
    // 100,000 nested arrays in the state: refused by depth, before the checksum walks it.
    std::string deep = "{\"format\":\"keystone-save\",\"format_version\":1,\"checksum\":\"x\",\"state\":";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}";
    const std::string refusal = save_refusal(deep);
    INFO(refusal);
    CHECK(refusal.find("nested more than") != std::string::npos);
    CHECK(json_nesting_depth("{\"a\":\"[[[[\",\"b\":[[1]]}") == 3);  // brackets in strings do not count

    std::string error;
    CHECK_FALSE(Session::load("/dev/zero", content_only(), &error));
    CHECK(error.find("/dev/zero: not a regular file") != std::string::npos);
    nlohmann::json replay;
    CHECK_FALSE(read_replay("/dev/zero", &replay, &error));
    CHECK(error.find("not a regular file") != std::string::npos);
    const std::string fifo = temp_path("fifo");
    std::filesystem::remove(fifo);
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_FALSE(read_replay(fifo, &replay, &error));  // would block forever if it were opened
    CHECK(error.find("not a regular file") != std::string::npos);
    CHECK_FALSE(Session::load(fifo, content_only(), &error));
    std::filesystem::remove(fifo);

    const std::string big = temp_path("big.replay");
    { std::ofstream(big) << std::string(2000, ' '); }
    CHECK(check_regular_file(big, 1000, "replay").find("2000 bytes is more than a Keystone replay can be") != std::string::npos);
    std::filesystem::remove(big);
}

TEST_CASE("a damaged replay is refused by field, and one with no months is not a crash", "[io][replay][damaged]") {
    auto s = start(bio_island_config(4));
    play(*s, 3);
    const nlohmann::json good = make_replay(*s);
    ReplayData data;
    REQUIRE(parse_replay(good, &data) == "");
    auto refusal = [&](const char* field, const char* raw) {
        nlohmann::json bad = good;
        bad[field] = nlohmann::json::parse(raw);
        ReplayData out;
        return parse_replay(bad, &out);
    };
    for (const char* seed : {"18446744073709551616", "1e308", "-1", "1.5", "null"}) {
        INFO(seed);
        CHECK(refusal("seed", seed).find("field 'seed': expected a whole number from 0 to 18446744073709551615") == 0);
    }
    CHECK(refusal("seed", "18446744073709551615") == "");  // the largest seed, as the CLI's --seed takes
    for (const char* years : {"-1", "1000000", "2.5"}) CHECK(refusal("years", years).find("field 'years'") == 0);
    CHECK(refusal("years", "0") == "");  // older replays: the scenario's own length
    for (const char* format : {"1", "null", "[]", "true"}) CHECK(refusal("format", format).find("field 'format': expected a string") == 0);
    CHECK(refusal("hashes", "[1]") == "field 'hashes[0]': expected a string, got 1");
    CHECK(refusal("hashes", "{}") == "field 'hashes': expected a list, got an object");
    CHECK(refusal("strategies", "[\"a\"]").find("field 'strategies': expected a list of 2") == 0);
    CHECK(refusal("commands", "[{\"tick\":0}]") == "field 'commands[0].type' is missing");
    CHECK(refusal("commands", "[{\"tick\":0,\"type\":4294967296}]").find("field 'commands[0].type'") == 0);

    // The same refusal through the file reader, naming the file.
    const std::string path = temp_path("format.replay");
    nlohmann::json bad_format = good;
    bad_format["format"] = 1;
    { std::ofstream(path) << bad_format.dump(); }
    nlohmann::json document;
    std::string error;
    CHECK_FALSE(read_replay(path, &document, &error));
    CHECK(error == path + ": not a Keystone replay (field 'format': expected a string, got 1)");
    std::filesystem::remove(path);

    nlohmann::json empty = good;
    empty["hashes"] = nlohmann::json::array();
    CHECK(verify_replay(empty, content_only(), &error) == -1);
    CHECK(error.empty());
}

TEST_CASE("NaN and infinity fail every range check of a scenario", "[script][damaged]") {
    SessionConfig config = bio_island_config(1);
    config.extra_content_dirs = {std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/hostile_values"};
    auto s = start(config);
    std::string all;
    for (const auto& e : s->script_errors()) all += e.message + "\n";
    INFO(all);
    CHECK(all.find("start: field 'year' = NaN is outside") != std::string::npos);
    CHECK(all.find("park: field 'area_km2' = inf is outside") != std::string::npos);
    CHECK(all.find("budgets: field 'operator' = NaN is outside") != std::string::npos);
    CHECK(all.find("budgets: field 'government' = -inf is outside") != std::string::npos);
    CHECK(all.find("levers.services must be a finite number") != std::string::npos);
    std::string error;
    config.scenario_id = "nan_values";
    CHECK_FALSE(Session::create(config, &error));
}
