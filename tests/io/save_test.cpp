// Saves, replays and what-if forks: loading and continuing gives exactly the hash sequence of a
// game that never saved; damaged or foreign files are refused with a message.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "../engine/test_support.h"
#include "io_test_support.h"
#include "io/autosave.h"
#include "io/replay.h"
#include "io/snapshot.h"
#include "session/log_sentences.h"
#include "session/scenario_adjustments.h"
#include "sim/hash.h"

using namespace keystone;
using namespace keystone::test;

namespace {

std::vector<uint64_t> hashes_of(const Session& s) {
    std::vector<uint64_t> out;
    for (const auto& r : s.history()) out.push_back(r.hash);
    return out;
}


}  // namespace

TEST_CASE("a 20-year game saved and loaded at 50 random months never diverges", "[io][save]") {
    for (const std::string strategy : {"historical", "incentives_only"}) {
        auto reference = start(bio_island_config(21, strategy));
        play(*reference, 240);
        const auto expected = hashes_of(*reference);
        Rng pick(99);
        for (int k = 0; k < 25; ++k) {
            const int month = 1 + int(pick.below(238));
            auto s = start(bio_island_config(21, strategy));
            play(*s, month);
            std::string error;
            auto loaded = Session::load_json(s->save_json(), content_only(), &error);
            INFO(strategy << " month " << month << ": " << error);
            REQUIRE(loaded);
            CHECK(loaded->hash() == s->hash());
            play(*loaded, 240 - month);
            const auto got = hashes_of(*loaded);
            REQUIRE(got.size() == expected.size());
            int first_difference = -1;
            for (size_t i = 0; i < got.size() && first_difference < 0; ++i)
                if (got[i] != expected[i]) first_difference = int(i) + 1;
            INFO("first diverging month " << first_difference);
            CHECK(first_difference == -1);
        }
    }
}

TEST_CASE("saves are written atomically to a file and read back", "[io][save]") {
    auto s = start(bio_island_config(4));
    play(*s, 30);
    const std::string path = temp_path("atomic.save");
    REQUIRE(s->save(path) == "");
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    std::string error;
    auto loaded = Session::load(path, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    CHECK(loaded->world().tick == 30);
    CHECK(loaded->history().size() == 30);
    CHECK(loaded->command_log().size() == s->command_log().size());
    CHECK(s->save("/nonexistent-dir/x.save").find("cannot write") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("damaged, foreign and newer saves are refused with a message", "[io][save]") {
    auto s = start(bio_island_config(5));
    play(*s, 12);
    const nlohmann::json good = s->save_json();
    const std::string text = good.dump();
    auto refused = save_refusal;
    CHECK(refused(text.substr(0, text.size() / 2)).find("not a readable save") != std::string::npos);  // truncated
    std::string flipped = text;
    const size_t at = flipped.find("\"quality\":0.") + 12;
    flipped[at] = flipped[at] == '1' ? '2' : '1';  // one digit of one firm's quality
    CHECK(refused(flipped).find("checksum") != std::string::npos);
    CHECK(refused("{\"format\":\"keystone-save\",\"format_version\":999}").find("newer Keystone") != std::string::npos);
    CHECK(refused("{\"format\":\"something-else\"}").find("not a Keystone save") != std::string::npos);
    CHECK(refused(std::string("{\"format\":\"keystone-save\",\"x\":\"\xff\xfe\"}")).find("not a readable save") != std::string::npos);
    CHECK_FALSE(refused("").empty());
    // A hostile save with a valid checksum but a tie to an enterprise that does not exist.
    nlohmann::json hostile = good;
    hostile["state"]["world"]["ties"].push_back({{"a", {{"kind", 0}, {"index", 4000000000u}}}, {"b", {{"kind", 4}, {"index", 0}}},
                                                 {"type", 0}, {"formed_tick", 0}, {"expires_tick", 5},
                                                 {"trust", 0.3}, {"contacts", 1}});
    hostile["checksum"] = json_checksum(hostile["state"]);
    CHECK(refused(hostile.dump()).find("does not exist") != std::string::npos);
    // A missing field names its path.
    nlohmann::json missing = good;
    missing["state"]["world"].erase("culture");
    missing["checksum"] = json_checksum(missing["state"]);
    CHECK(refused(missing.dump()).find("missing field state.world.culture") != std::string::npos);
    // An enum out of range.
    nlohmann::json bad_enum = good;
    bad_enum["state"]["world"]["enterprises"][0]["segment"] = 77;
    bad_enum["checksum"] = json_checksum(bad_enum["state"]);
    CHECK(refused(bad_enum.dump()).find("segment is not a valid value") != std::string::npos);
}

TEST_CASE("a version-1 save is migrated by its named step and continues exactly", "[io][save]") {
    auto s = start(bio_island_config(6));
    play(*s, 40);
    nlohmann::json old = s->save_json();
    old.erase("script_storage");
    old["format_version"] = 1;
    std::string error;
    auto loaded = Session::load_json(old, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    play(*s, 20);
    play(*loaded, 20);
    CHECK(loaded->hash() == s->hash());
}

TEST_CASE("a save made with different scripts is refused", "[io][save]") {
    auto s = start(bio_island_config(6));
    play(*s, 3);
    nlohmann::json save = s->save_json();
    save["content_hash"] = "0000000000000000";
    std::string error;
    CHECK_FALSE(Session::load_json(save, content_only(), &error));
    CHECK(error.find("scripts changed") != std::string::npos);
}

TEST_CASE("script storage survives a save; functions in it are refused with their path", "[io][save]") {
    SessionConfig config = bio_island_config(8, "storage_user");
    config.extra_content_dirs = {fixtures_dir()};
    auto s = start(config);
    play(*s, 10);
    std::string error;
    auto loaded = Session::load_json(s->save_json(), [&] { SessionConfig c = content_only(); c.extra_content_dirs = {fixtures_dir()}; return c; }(), &error);
    INFO(error);
    REQUIRE(loaded);
    play(*s, 10);
    play(*loaded, 10);
    CHECK(loaded->hash() == s->hash());
    auto count_logged = [](const Session& x) {
        for (auto it = x.world().log.rbegin(); it != x.world().log.rend(); ++it)
            if (it->kind == "script" && it->text.find("months counted:") != std::string::npos) return it->text;
        return std::string();
    };
    CHECK(count_logged(*loaded) == count_logged(*s));
    CHECK(count_logged(*loaded).find("months counted: 20") != std::string::npos);

    SessionConfig bad = bio_island_config(8, "storage_function");
    bad.extra_content_dirs = {fixtures_dir()};
    auto b = start(bad);
    play(*b, 2);
    const std::string path = temp_path("storage.save");
    const std::string refusal = b->save(path);
    CHECK(refusal.find("holds a function") != std::string::npos);
    CHECK(refusal.find("callback") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("replay verify matches a recorded game and names the first diverging month", "[io][replay]") {
    SessionConfig config = bio_island_config(10);
    config.human[int(Role::Operator)] = true;   // a player's commands go into the replay
    auto s = start(config);
    Command c;
    c.type = CommandType::EnactPolicy;
    c.role = Role::Operator;
    c.policy_id = "forums_and_workshops";
    REQUIRE(s->submit(c) == "");
    play(*s, 30);
    c.policy_id = "international_bridge";
    REQUIRE(s->submit(c) == "");
    play(*s, 30);
    nlohmann::json replay = make_replay(*s);
    REQUIRE(replay["commands"].size() == 2);
    std::string error;
    CHECK(verify_replay(replay, content_only(), &error) == -1);
    CHECK(error.empty());
    // Move the second command from month 30 to month 40: the replayed game diverges in the
    // first month that misses it.
    replay["commands"][1]["tick"] = 40;
    CHECK(verify_replay(replay, content_only(), &error) == 31);
    replay["hashes"][5] = "0123456789abcdef";
    CHECK(verify_replay(replay, content_only(), &error) == 6);
}

TEST_CASE("a what-if fork shares every month before the fork and differs after it", "[io][whatif]") {
    auto a = start(bio_island_config(12));
    play(*a, 60);
    std::string error;
    auto b = Session::load_json(a->save_json(), content_only(), &error);
    REQUIRE(b);
    REQUIRE(english(b->set_strategy(Role::Operator, "rent_driven")) == "");
    CHECK(english(b->set_strategy(Role::Operator, "passive_government")).find("cannot play") != std::string::npos);
    play(*a, 60);
    play(*b, 60);
    for (int i = 0; i < 60; ++i) CHECK(a->history()[size_t(i)].hash == b->history()[size_t(i)].hash);
    CHECK(a->history().back().hash != b->history().back().hash);
}

TEST_CASE("autosaves rotate and the newest loads at the latest month", "[io][save]") {
    const std::string dir = temp_path("autosaves");
    std::filesystem::remove_all(dir);
    auto s = start(bio_island_config(2));
    for (int year = 0; year < 3; ++year) {
        play(*s, 12);
        REQUIRE(autosave(*s, dir, 2) == "");
    }
    CHECK(std::filesystem::exists(dir + "/autosave_1.save"));
    CHECK(std::filesystem::exists(dir + "/autosave_2.save"));
    CHECK_FALSE(std::filesystem::exists(dir + "/autosave_3.save"));
    std::string error;
    auto newest = Session::load(dir + "/autosave_1.save", content_only(), &error);
    auto older = Session::load(dir + "/autosave_2.save", content_only(), &error);
    REQUIRE(newest);
    REQUIRE(older);
    CHECK(newest->world().tick == 36);
    CHECK(older->world().tick == 24);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a replay of an adjusted sandbox start verifies because the adjustments travel with it", "[io][replay]") {
    ScenarioAdjustments adjustments;
    adjustments.region.openness = 0.9;
    adjustments.region.mindset = 0.2;
    adjustments.enterprises = 80;
    SessionConfig config = content_only();
    config.scenario_id = "sandbox";
    config.seed = 5;
    config.adjust_scenario = make_adjuster(adjustments);
    auto s = start(config);
    play(*s, 24);
    nlohmann::json replay = make_replay(*s);
    std::string error;
    CHECK(verify_replay(replay, content_only(), &error) == 1);   // without them the first month differs
    replay["client"] = {{"scenario_adjustments", adjustments_to_json(adjustments)}};
    CHECK(verify_replay(replay, content_only(), &error) == -1);
    CHECK(error.empty());
}

TEST_CASE("a version-3 save from the first model gains deal-flow memory, limit cuts and pipeline stages", "[io][save]") {
    auto s = start(bio_island_config(6));
    play(*s, 30);
    nlohmann::json old = s->save_json();
    old["format_version"] = 3;
    nlohmann::json& world = old["state"]["world"];
    world.erase("investment_deals_smoothed");
    world.erase("industrialized_window");
    for (auto& firm : world["enterprises"])
        for (const char* key : {"pipeline_university", "market_own", "market_university", "industrialized"}) firm.erase(key);
    for (auto& inst : world["institutes"]) {
        inst["unlicensed_outputs"] = inst["unlicensed_patents"].get<double>() / 0.4;
        inst.erase("unlicensed_patents");
    }
    auto strip = [](nlohmann::json& metrics) {
        for (const char* key : {"limit_cut", "industrialization_rate", "patents_total", "launched_total", "industrialized_total",
                                "products_launched_total", "products_industrialized_total"})
            metrics.erase(key);
    };
    strip(world["metrics"]);
    for (auto& record : old["state"]["history"]) strip(record["metrics"]);
    old["checksum"] = json_checksum(old["state"]);
    std::string error;
    auto loaded = Session::load_json(old, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    CHECK(loaded->world().investment_deals_smoothed == 0.0);
    play(*loaded, 24);  // investors re-learn the deal flow; the game goes on
    CHECK(loaded->world().investment_deals_smoothed > 0.0);
}

TEST_CASE("a version-4 save gains the talent shortage per kind and continues exactly", "[io][save]") {
    auto s = start(bio_island_config(6));
    play(*s, 30);
    nlohmann::json old = s->save_json();
    old["format_version"] = 4;
    old["state"]["world"]["metrics"].erase("talent_shortage_by_kind");
    old["state"]["world"]["metrics"].erase("star_scientists");
    for (auto& record : old["state"]["history"]) {
        record["metrics"].erase("talent_shortage_by_kind");
        record["metrics"].erase("star_scientists");
    }
    old["checksum"] = json_checksum(old["state"]);
    std::string error;
    auto loaded = Session::load_json(old, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    CHECK(loaded->world().metrics.talent_shortage_by_kind[int(TalentKind::Core)] == 0.0);
    // The shortage per kind is measured again before any rule reads it in the next month.
    play(*s, 12);
    play(*loaded, 12);
    CHECK(loaded->hash() == s->hash());
}

TEST_CASE("a loaded game keeps its timeline's messages; a save from before them loads with plain text", "[io][save]") {
    auto s = start(bio_island_config(5, "historical"));
    play(*s, 36);
    size_t with_message = 0;
    for (const LogEntry& entry : s->world().log)
        if (!entry.message.empty()) {
            ++with_message;
            CHECK(english(entry.message) == entry.text);
        }
    REQUIRE(with_message > 3);
    std::string error;
    nlohmann::json saved = s->save_json();
    auto loaded = Session::load_json(saved, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    REQUIRE(loaded->world().log.size() == s->world().log.size());
    for (size_t i = 0; i < s->world().log.size(); ++i) {
        const Message& before = s->world().log[i].message;
        const Message& after = loaded->world().log[i].message;
        CHECK(after.key == before.key);
        CHECK(after.args.size() == before.args.size());
        CHECK(english(after) == english(before));
    }
    // Version 7 had no messages, only the English text: the session's own sentences (start,
    // enact, repeal, expiry, events and answers, ...) are recognised back into the same key and
    // arguments; the rules' plain sentences stay without one, shown as written.
    for (auto& entry : saved["state"]["world"]["log"]) entry.erase("message");
    saved["format_version"] = 7;
    saved["checksum"] = json_checksum(saved["state"]);
    auto old = Session::load_json(saved, content_only(), &error);
    INFO(error);
    REQUIRE(old);
    CHECK(old->hash() == s->hash());
    std::function<bool(const Message&, const Message&)> same = [&](const Message& a, const Message& b) {
        if (a.kind != b.kind || a.key != b.key || a.text != b.text || a.args.size() != b.args.size()) return false;
        for (size_t i = 0; i < a.args.size(); ++i)
            if (!same(a.args[i], b.args[i])) return false;
        return true;
    };
    std::set<std::string> recognised;
    for (size_t i = 0; i < old->world().log.size(); ++i) {
        const LogEntry& entry = old->world().log[i];
        INFO(entry.text);
        CHECK(entry.text == s->world().log[i].text);
        CHECK(same(entry.message, s->world().log[i].message));
        if (!entry.message.empty()) recognised.insert(entry.message.key);
    }
    for (const char* key : {"log.text.scenario_started", "log.text.enacted", "log.text.event", "log.text.answered"}) CHECK(recognised.count(key));
}

TEST_CASE("an old timeline sentence is recognised only when it is the session's and names the loaded content", "[io][save]") {
    auto s = start(bio_island_config(5, "historical"));
    const PolicyDef& policy = s->policies().front();
    const EventDef& event = s->events().front();
    auto recognise = [&](const std::string& kind, const std::string& text) {
        return log_message_of_text(kind, text, s->scenario(), s->policies(), s->events());
    };
    const Message enacted = recognise("policy", "operator enacted: " + policy.name);
    REQUIRE(enacted.key == "log.text.enacted");
    CHECK(enacted.args.at(1).key == "policy." + policy.id + ".name");
    CHECK(recognise("event", event.title + ": " + event.choices.front().label + " (ai:historical)").key == "log.text.answered");
    CHECK(recognise("policy", "Command refused: not enough budget (needs 5 RMB million)").key == "log.text.refused");
    CHECK(recognise("script_error", "scripts/policies/x.lua:3: boom (policy:x disabled)").args.at(1).text == "policy:x");
    CHECK(recognise("policy", "operator enacted: A policy these scripts never had").args.at(1).kind == Message::Kind::Text);
    CHECK(recognise("policy", "Somebody enacted: " + policy.name).empty());   // not a role
    CHECK(recognise("event", "Event: no such event").empty());
    CHECK(recognise("script", "Expired: " + policy.name).empty());           // a script's own log line
    CHECK(recognise("stage", "Stage changed: Enterprises flocking together -> Industrial agglomeration").empty());
}

TEST_CASE("a version-9 save's funds are all still in the park and their patience starts at the save", "[io][save]") {
    auto s = start(bio_island_config(6));
    play(*s, 30);
    nlohmann::json old = s->save_json();
    old["format_version"] = 9;
    for (auto& fund : old["state"]["world"]["funds"]) {
        fund.erase("last_deal_tick");
        fund.erase("exit_tick");
    }
    old["checksum"] = json_checksum(old["state"]);
    std::string error;
    auto loaded = Session::load_json(old, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    const int saved_at = loaded->world().tick;
    REQUIRE(!loaded->world().funds.empty());
    for (const Fund& f : loaded->world().funds) {
        CHECK(f.exit_tick == -1);
        CHECK(f.last_deal_tick == saved_at);
    }
    // No fund can have waited out its patience before `fund_patience_months` have passed.
    const int patience = int(loaded->params().fund_patience_months);
    play(*loaded, patience - 1);
    for (const Fund& f : loaded->world().funds) CHECK(f.exit_tick == -1);
}
