// Saves, replays, what-if branches, goals and the sandbox set-up, through the functions the
// client's menu items and buttons call (core/game_io, core/replay_player, core/whatif).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include <nlohmann/json.hpp>

#include "core/autosave_writer.h"
#include "core/debrief.h"
#include "core/game_io.h"
#include "core/goals_view.h"
#include "core/options.h"
#include "core/replay_player.h"
#include "core/scenario_setup.h"
#include "core/scoring.h"
#include "core/strings.h"
#include "core/ui_actions.h"
#include "core/user_files.h"
#include "core/whatif.h"
#include "report/report_html.h"
#include "report/report_input.h"
#include "sim/hash.h"

using namespace keystone;
using namespace keystone::client;
namespace fs = std::filesystem;

namespace {
const std::string kScripts = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";

// A private folder per test case, removed at the end.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / ("keystone-game-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code code;
        fs::remove_all(path, code);
    }
    std::string str() const { return path.string(); }
};

std::unique_ptr<Session> make_session(const std::string& scenario, uint64_t seed, HumanRoles humans,
                                      const std::optional<ScenarioAdjustments>& adjustments = std::nullopt) {
    SessionConfig config = content_config(kScripts, "", adjustments);
    config.scenario_id = scenario;
    config.seed = seed;
    config.human = humans;
    std::string error;
    auto session = Session::create(config, &error);
    INFO("Session::create: " << error);
    REQUIRE(session);
    return session;
}

// Plays `months` months; the human operator enacts the first policy a click could enact at
// month 3 and month 20, so that replays and forks have player commands to reproduce.
void play(Session& session, int months) {
    for (int m = 0; m < months && !session.finished(); ++m) {
        if (session.world().tick == 3 || session.world().tick == 20) {
            for (const PolicyDef& policy : session.policies())
                if (policy.role == Role::Operator && !policy.disabled && !session.policy_active(policy.id) &&
                    enact_blocker(session, Role::Operator, policy.id).empty()) {
                    REQUIRE(request_enact(session, Role::Operator, policy.id).empty());
                    break;
                }
        }
        // Events for the human operator are answered with their first choice, as a player would.
        for (const PendingEvent& pending : session.pending_events())
            if (pending.role == Role::Operator && !is_event_answered(session, pending.instance))
                answer_event(session, pending, session.events()[size_t(pending.def_index)].choices.front().id);
        session.step();
    }
}

bool has_player_command(const Session& session) {
    for (const Command& c : session.command_log())
        if (c.source == "player") return true;
    return false;
}
}  // namespace

TEST_CASE("Save then Load through the menu actions gives the same game", "[game][saves]") {
    TempDir dir("saves");
    auto session = make_session("bio_island", 11, {true, false});
    play(*session, 30);
    REQUIRE(has_player_command(*session));

    const FileResult saved = save_game(*session, std::nullopt, dir.str(), std::time_t(1700000000));
    INFO(saved.message);
    REQUIRE(saved.ok);
    CHECK(fs::path(saved.path).parent_path() == dir.path);
    CHECK(fs::path(saved.path).filename().string().rfind("bio_island_", 0) == 0);
    CHECK(fs::path(saved.path).filename().string().find("_seed11.save") != std::string::npos);

    std::string error;
    std::optional<ScenarioAdjustments> adjustments;
    auto loaded = load_game(saved.path, kScripts, "", &adjustments, &error);
    INFO(error);
    REQUIRE(loaded);
    CHECK(loaded->hash() == session->hash());
    CHECK(loaded->world().tick == 30);
    CHECK(loaded->history().size() == session->history().size());
    CHECK(loaded->config().human == session->config().human);
    CHECK_FALSE(adjustments.has_value());

    SECTION("both games go on identically") {
        session->step();
        loaded->step();
        CHECK(loaded->hash() == session->hash());
    }
    SECTION("the Load list shows the save with its scenario, month and seed") {
        const auto files = list_saved_files(dir.str(), ".save");
        REQUIRE(files.size() == 1);
        CHECK(files[0].problem.empty());
        CHECK(files[0].scenario_id == "bio_island");
        CHECK(files[0].scenario_name == session->scenario().name);
        CHECK(files[0].game_date == session->date_string(30));
        CHECK(files[0].has_seed);
        CHECK(files[0].seed == 11);
    }
    SECTION("a second save in the same minute gets its own name") {
        const FileResult again = save_game(*session, std::nullopt, dir.str(), std::time_t(1700000000));
        REQUIRE(again.ok);
        CHECK(again.path != saved.path);
    }
}

TEST_CASE("a damaged save is refused with a message", "[game][saves]") {
    TempDir dir("damaged");
    const std::string path = (dir.path / "broken.save").string();
    std::ofstream(path) << "{\"format\": \"keystone-save\", \"format_version\": 2, \"scenario\": \"bio_island\"";
    std::string error;
    std::optional<ScenarioAdjustments> adjustments;
    CHECK_FALSE(load_game(path, kScripts, "", &adjustments, &error));
    CHECK_FALSE(error.empty());
    const auto files = list_saved_files(dir.str(), ".save");
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files[0].problem.empty());
}

TEST_CASE("the background autosave writer writes the save whole, rotates, and reports a failure", "[game][saves]") {
    TempDir dir("autosave_writer");
    auto session = make_session("bio_island", 3, {false, false});
    std::vector<uint64_t> hashes;
    AutosaveWriter writer;
    for (int year = 0; year < 2; ++year) {
        for (int m = 0; m < 12; ++m) session->step();
        nlohmann::json save = session->save_json();
        save["client"] = client_block(*session, std::nullopt, std::time_t(1700000000));
        writer.start(std::move(save), dir.str(), kAutosavesKept);
        hashes.push_back(session->hash());
    }
    writer.wait();
    const std::optional<std::string> outcome = writer.poll();
    REQUIRE(outcome);
    CHECK(outcome->empty());
    CHECK_FALSE(writer.poll());   // each outcome is reported once
    std::string error;
    auto newest = Session::load((dir.path / "autosave_1.save").string(), content_config(kScripts, ""), &error);
    REQUIRE(newest);
    CHECK(newest->hash() == hashes[1]);
    auto older = Session::load((dir.path / "autosave_2.save").string(), content_config(kScripts, ""), &error);
    REQUIRE(older);
    CHECK(older->hash() == hashes[0]);
    CHECK_FALSE(std::filesystem::exists(dir.path / "autosave_new.save"));
    // A folder that cannot be made (a file stands in its place): the reason, no crash.
    std::ofstream(dir.path / "blocked") << "x";
    writer.start(session->save_json(), (dir.path / "blocked" / "autosaves").string(), kAutosavesKept);
    writer.wait();
    const std::optional<std::string> failure = writer.poll();
    REQUIRE(failure);
    CHECK(failure->find("cannot create") != std::string::npos);
}

TEST_CASE("autosaves rotate and keep the newest three", "[game][saves]") {
    TempDir dir("autosave");
    CHECK(crosses_year(11, 12));
    CHECK(crosses_year(10, 13));
    CHECK_FALSE(crosses_year(12, 13));
    CHECK_FALSE(crosses_year(0, 11));
    CHECK_FALSE(crosses_year(12, 12));

    auto session = make_session("bio_island", 3, {false, false});
    std::vector<uint64_t> hashes;
    for (int year = 0; year < 5; ++year) {
        const int32_t before = session->world().tick;
        for (int m = 0; m < 12; ++m) session->step();
        REQUIRE(crosses_year(before, session->world().tick));
        REQUIRE(autosave_game(*session, std::nullopt, dir.str(), std::time_t(1700000000)).empty());
        hashes.push_back(session->hash());
    }
    const auto files = list_saved_files(dir.str(), ".save");
    CHECK(files.size() == size_t(kAutosavesKept));
    // The file list shows each autosave's game month, as it does for saves.
    for (const auto& file : files) CHECK_FALSE(file.game_date.empty());
    std::string error;
    auto newest = Session::load((dir.path / "autosave_1.save").string(), content_config(kScripts, ""), &error);
    REQUIRE(newest);
    CHECK(newest->hash() == hashes.back());
    auto oldest = Session::load((dir.path / "autosave_3.save").string(), content_config(kScripts, ""), &error);
    REQUIRE(oldest);
    CHECK(oldest->hash() == hashes[2]);
}

TEST_CASE("the replay viewer's seek lands on the same state as playing straight there", "[game][replay]") {
    TempDir dir("replay");
    auto game = make_session("bio_island", 5, {true, false});
    play(*game, 60);
    const FileResult written = save_replay(*game, std::nullopt, dir.str(), std::time_t(1700000000));
    INFO(written.message);
    REQUIRE(written.ok);

    std::string error;
    auto player = ReplayPlayer::open_file(written.path, content_config(kScripts, ""), &error);
    INFO(error);
    REQUIRE(player);
    CHECK(player->months() == 60);
    CHECK(player->month() == 0);
    CHECK(player->session().config().human == game->config().human);

    // Straight to month 45: every month checked against the recording on the way.
    REQUIRE(player->seek(45).empty());
    CHECK(player->month() == 45);
    CHECK(player->session().hash() == game->history()[44].hash);
    CHECK(player->first_divergence() == -1);
    CHECK(player->months_checked() == 45);
    CHECK(player->snapshot_count() >= 4);   // months 0, 12, 24, 36

    // Back to month 13: from the snapshot at month 12, one step, not from the start.
    REQUIRE(player->seek(13).empty());
    CHECK(player->month() == 13);
    CHECK(player->last_seek_from() == 12);
    CHECK(player->last_seek_steps() == 1);
    CHECK(player->session().hash() == game->history()[12].hash);

    // Forward again past the snapshots: from the snapshot at 36, not from 13.
    REQUIRE(player->seek(40).empty());
    CHECK(player->last_seek_from() == 36);
    CHECK(player->session().hash() == game->history()[39].hash);

    // A fresh session played straight to month 40 with the same commands agrees.
    auto straight = make_session("bio_island", 5, {true, false});
    play(*straight, 40);
    CHECK(straight->hash() == player->session().hash());

    REQUIRE(player->seek(60).empty());
    CHECK(player->at_end());
    CHECK(player->fully_verified());
    CHECK(player->session().hash() == game->hash());
    CHECK_FALSE(player->step());
}

TEST_CASE("the replay viewer names the first month that does not match the recording", "[game][replay]") {
    auto game = make_session("bio_island", 8, {true, false});
    play(*game, 24);
    nlohmann::json replay = replay_document(*game, std::nullopt, std::time_t(0));
    replay["hashes"][17] = "0000000000000000";
    std::string error;
    auto player = ReplayPlayer::open(replay, content_config(kScripts, ""), &error);
    REQUIRE(player);
    REQUIRE(player->seek(24).empty());
    CHECK(player->first_divergence() == 18);
    CHECK_FALSE(player->fully_verified());

    SECTION("a replay recorded with other scripts is refused") {
        replay["content_hash"] = "not-these-scripts";
        CHECK_FALSE(ReplayPlayer::open(replay, content_config(kScripts, ""), &error));
        CHECK(error.find("scripts differ") != std::string::npos);
    }
    SECTION("a damaged replay is refused by field, not by an exception") {
        for (const char* format : {"1", "null", "[]", "true"}) {
            nlohmann::json bad = replay;
            bad["format"] = nlohmann::json::parse(format);
            CHECK_FALSE(ReplayPlayer::open(bad, content_config(kScripts, ""), &error));
            CHECK(error.find("field 'format': expected a string") == 0);
        }
        nlohmann::json bad_seed = replay;
        bad_seed["seed"] = -1;
        CHECK_FALSE(ReplayPlayer::open(bad_seed, content_config(kScripts, ""), &error));
        CHECK(error.find("field 'seed'") == 0);
        nlohmann::json empty = replay;
        empty["hashes"] = nlohmann::json::array();
        CHECK(ReplayPlayer::open(empty, content_config(kScripts, ""), &error));
    }
}

TEST_CASE("a what-if branch shares every month before the fork and then goes its own way", "[game][whatif]") {
    auto main_game = make_session("bio_island", 21, {true, false});
    play(*main_game, 48);

    SECTION("forked at the current month") {
        BranchPlan plan;
        plan.fork_tick = 48;
        plan.role = Role::Government;
        plan.strategy = "incentives_only";
        std::string error;
        auto branch = create_branch(*main_game, plan, kScripts, "", std::nullopt, &error);
        INFO(error);
        REQUIRE(branch);
        CHECK(branch->hash() == main_game->hash());
        CHECK(branch->strategy_for(Role::Government) == "incentives_only");
        CHECK(first_different_month(*main_game, *branch) == -1);
        while (step_branch_towards(*branch, 120)) {}
        CHECK(branch->world().tick == 120);
        play(*main_game, 72);
        const int differs = first_different_month(*main_game, *branch);
        CHECK(differs > 48);   // months 1..48 identical; the strategies part ways after
    }
    SECTION("forked at an earlier month, by replaying the game") {
        BranchPlan plan;
        plan.fork_tick = 15;
        plan.role = Role::Operator;
        plan.strategy = "";   // by hand
        std::string error;
        auto branch = create_branch(*main_game, plan, kScripts, "", std::nullopt, &error);
        INFO(error);
        REQUIRE(branch);
        CHECK(branch->world().tick == 15);
        CHECK(branch->hash() == main_game->history()[14].hash);
        REQUIRE(branch->history().size() == 15);
        for (size_t i = 0; i < 15; ++i) CHECK(branch->history()[i].hash == main_game->history()[i].hash);
        CHECK(branch->config().human[0]);
        // Without the player's decision of month 20 the branch parts from the main game.
        while (step_branch_towards(*branch, 48)) {}
        CHECK(first_different_month(*main_game, *branch) > 15);
    }
    SECTION("a strategy that cannot play the role is refused") {
        BranchPlan plan;
        plan.fork_tick = 48;
        plan.role = Role::Government;
        plan.strategy = "no_such_strategy";
        std::string error;
        CHECK_FALSE(create_branch(*main_game, plan, kScripts, "", std::nullopt, &error));
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("sandbox sliders change the starting park and survive saves and replays", "[game][setup]") {
    TempDir dir("sandbox");
    auto defaults = make_session("sandbox", 4, {true, false});
    ScenarioAdjustments adjustments = adjustments_from(defaults->scenario());
    CHECK(adjustments.enterprises == defaults->scenario().enterprises.count);
    adjustments.region.openness = 0.9;
    adjustments.region.mindset = 0.15;
    adjustments.enterprises = 55;
    adjustments.institutes = 9;

    auto session = make_session("sandbox", 4, {true, false}, adjustments);
    CHECK(session->world().region.openness == 0.9);
    CHECK(session->world().region.mindset == 0.15);
    CHECK(session->scenario().enterprises.count == 55);
    CHECK(session->scenario().institutes == 9);
    CHECK(session->hash() != defaults->hash());
    play(*session, 26);

    const FileResult saved = save_game(*session, adjustments, dir.str(), std::time_t(1700000000));
    REQUIRE(saved.ok);
    std::optional<ScenarioAdjustments> loaded_adjustments;
    std::string error;
    auto loaded = load_game(saved.path, kScripts, "", &loaded_adjustments, &error);
    REQUIRE(loaded);
    REQUIRE(loaded_adjustments);
    CHECK(loaded_adjustments->enterprises == 55);
    CHECK(loaded_adjustments->region.openness == 0.9);
    CHECK(loaded->hash() == session->hash());

    // The replay carries the set-up, so the viewer re-creates the same first month.
    const FileResult replay = save_replay(*loaded, loaded_adjustments, dir.str(), std::time_t(1700000000));
    REQUIRE(replay.ok);
    auto player = ReplayPlayer::open_file(replay.path, content_config(kScripts, ""), &error);
    INFO(error);
    REQUIRE(player);
    REQUIRE(player->seek(26).empty());
    CHECK(player->fully_verified());
    CHECK(player->session().hash() == session->hash());

    // Values from a damaged file are kept in range.
    ScenarioAdjustments clamped;
    REQUIRE(adjustments_from_json(nlohmann::json::parse(R"({"region": {"openness": 7}, "counts": {"enterprises": -3}})"),
                                  &clamped));
    CHECK(clamped.region.openness == 1.0);
    CHECK(clamped.enterprises == 5);
}

TEST_CASE("goals show their state and go into the results export", "[game][goals]") {
    auto session = make_session("bio_island", 2, {false, false});
    REQUIRE_FALSE(session->scenario().goals.empty());
    auto rows = goal_rows(*session);
    REQUIRE(rows.size() == session->scenario().goals.size());
    for (const GoalRow& row : rows) {
        CHECK(row.state == GoalState::Pending);
        CHECK_FALSE(row.text.empty());
        CHECK_FALSE(row.target_text.empty());
        CHECK(row.due_date.size() == 7);
    }
    while (!session->finished()) session->step();
    rows = goal_rows(*session);
    for (const GoalRow& row : rows) CHECK(row.state != GoalState::Pending);

    const nlohmann::json document = results_document(*session, compute_score(default_scoring(), *session));
    REQUIRE(document.contains("goals"));
    REQUIRE(document["goals"].size() == rows.size());
    CHECK(document["goals"][0]["text"] == rows[0].text);
    CHECK(document["goals"][0]["met"].get<bool>() == (rows[0].state == GoalState::Met));
    CHECK(document["goals_scoring"] == session->scenario().scoring);
}

TEST_CASE("the save, load, replay and mods flags are read", "[game][options]") {
    const char* argv[] = {"keystone", "--load", "game.save", "--mods", "my_mods", "--autoplay", "5"};
    Options options;
    std::string error;
    REQUIRE(parse_options(7, argv, &options, &error));
    CHECK(options.load_path == "game.save");
    CHECK(options.mods_given);
    CHECK(options.mods_dir == "my_mods");
    CHECK(options.scenario.empty());   // the save names the scenario
    const char* replay[] = {"keystone", "--replay", "a.replay"};
    Options watching;
    REQUIRE(parse_options(3, replay, &watching, &error));
    CHECK(watching.replay_path == "a.replay");
    const char* both[] = {"keystone", "--replay", "a.replay", "--load", "b.save"};
    Options rejected;
    CHECK_FALSE(parse_options(5, both, &rejected, &error));
}

TEST_CASE("every text key the client uses is in the English string table", "[game][strings]") {
    StringTable table;
    std::string error;
    REQUIRE(table.load(std::string(KEYSTONE_SOURCE_DIR) + "/assets/i18n/en.json", &error));
    const std::regex key_pattern(R"re(\btrf?\("([a-z0-9_]+(\.[a-z0-9_]+)+)")re");
    int checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(KEYSTONE_SOURCE_DIR) / "game")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (auto it = std::sregex_iterator(source.begin(), source.end(), key_pattern); it != std::sregex_iterator(); ++it) {
            const std::string key = (*it)[1];
            INFO(entry.path().filename().string() << ": " << key);
            CHECK(table.find(key) != nullptr);
            ++checked;
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("the debrief and what-if reports land in the reports folder with the command line's bytes", "[game][debrief]") {
    TempDir data("debrief");
    const char* before = std::getenv("XDG_DATA_HOME");
    const std::string saved = before ? before : "";
    ::setenv("XDG_DATA_HOME", data.str().c_str(), 1);
    auto main_game = make_session("bio_island", 21, {true, false});
    std::string path, error;
    CHECK_FALSE(write_debrief_report(*main_game, nullptr, &path, &error));   // nothing played yet
    CHECK_FALSE(error.empty());
    play(*main_game, 48);

    const nlohmann::json score = {{"total", 42.5}, {"long_term", 30.0}, {"short_term", 12.5}, {"role", "operator"}};
    REQUIRE(write_debrief_report(*main_game, score, &path, &error));
    CHECK(fs::path(path).parent_path() == fs::path(reports_dir()));
    CHECK(fs::path(path).parent_path().parent_path().parent_path() == data.path);
    report::ReportInput input;
    REQUIRE(report::report_input_of(*main_game, score, &input).empty());
    std::ifstream in(path);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(written == report::report_html(input));
    for (const char* section : report::kReportSections) CHECK(written.find("<section id=\"" + std::string(section) + "\">") != std::string::npos);
    CHECK(written.find("42.5") != std::string::npos);   // the score block reached the summary
    std::string second;
    REQUIRE(write_debrief_report(*main_game, score, &second, &error));
    CHECK(second != path);   // a new file, never over an earlier report

    BranchPlan plan;
    plan.fork_tick = 24;
    plan.role = Role::Government;
    plan.strategy = "incentives_only";
    auto branch = create_branch(*main_game, plan, kScripts, "", std::nullopt, &error);
    REQUIRE(branch);
    while (step_branch_towards(*branch, 60)) {}
    std::string pair_path;
    REQUIRE(write_whatif_report(*main_game, *branch, "main game", "branch", &pair_path, &error));
    std::ifstream pair_in(pair_path);
    const std::string pair((std::istreambuf_iterator<char>(pair_in)), std::istreambuf_iterator<char>());
    for (const char* section : report::kPairSections) CHECK(pair.find("<section id=\"" + std::string(section) + "\">") != std::string::npos);
    size_t charts = 0;
    for (size_t at = pair.find("<svg"); at != std::string::npos; at = pair.find("<svg", at + 1)) ++charts;
    CHECK(charts == size_t(report::kReportChartsPair));
    // The branch ran to month 60, the main game stopped at 48: the differences compare month 48.
    CHECK(pair.find("the last month both games played") != std::string::npos);

    if (before) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_DATA_HOME");
}
