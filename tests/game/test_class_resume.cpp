// The host screen's "Resume a class": which class folders hold a session save worth resuming
// (core/class_resume), the way a crashed client leaves them.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/class_resume.h"

namespace fs = std::filesystem;
using namespace keystone::client;

namespace {
// A class folder with a session save as the facilitator writes it (only what the list reads),
// written `age_s` seconds ago.
void write_class(const fs::path& folder, const std::string& text, int age_s) {
    fs::create_directories(folder);
    std::ofstream(folder / kSessionSaveName) << text;
    fs::last_write_time(folder / kSessionSaveName, fs::file_time_type::clock::now() - std::chrono::seconds(age_s));
}

std::string session_text(const std::string& code, int month, int years) {
    return nlohmann::json{{"format", "keystone-class-session"},
                          {"session", {{"config", {{"scenario", "bio_island"}, {"join_code", code}, {"years", years}}},
                                       {"state", {{"month", month}}}}}}
        .dump();
}
}  // namespace

TEST_CASE("unfinished classes are listed newest first; finished and ended ones are not", "[game][classroom]") {
    const fs::path dir = fs::temp_directory_path() / ("keystone-game-classes-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_class(dir / "20261201_100000_ROOM-OLD1", session_text("ROOM-OLD1", 14, 3), 3600);
    write_class(dir / "20261202_090000_ROOM-NEW2", session_text("ROOM-NEW2", 5, 10), 60);
    write_class(dir / "20261202_080000_ROOM-DAMG", "{\"format\": \"keystone-class-se", 600);       // cut short
    write_class(dir / "20261202_070000_ROOM-ENDD", session_text("ROOM-ENDD", 20, 10), 30);         // End session wrote its bundle
    std::ofstream(dir / "20261202_070000_ROOM-ENDD" / "summary.json") << "{}";
    write_class(dir / "20261202_060000_ROOM-DONE", session_text("ROOM-DONE", 36, 3), 10);          // played to its end
    fs::create_directories(dir / "20261202_050000_ROOM-NONE");                                    // no session save

    const std::vector<UnfinishedClass> found = list_unfinished_classes(dir.string());
    REQUIRE(found.size() == 3);
    CHECK(found[0].join_code == "ROOM-NEW2");
    CHECK(found[0].month == 5);
    CHECK(found[0].end_month == 120);
    CHECK(found[0].scenario_id == "bio_island");
    CHECK(found[0].session_path == (dir / "20261202_090000_ROOM-NEW2" / kSessionSaveName).string());
    // The damaged save is still offered (resuming it shows the engine's reason), its fields unknown.
    CHECK(found[1].folder == (dir / "20261202_080000_ROOM-DAMG").string());
    CHECK(found[1].month == -1);
    CHECK(found[1].join_code.empty());
    CHECK(found[2].join_code == "ROOM-OLD1");
    CHECK(found[2].month == 14);
    CHECK_FALSE(found[0].saved_at.empty());

    CHECK(list_unfinished_classes((dir / "missing").string()).empty());
    fs::remove_all(dir);
}

TEST_CASE("a new class folder is named by the time it starts and its join code", "[game][classroom]") {
    const std::string folder = new_class_folder("/data/classes", "ROOM-7K2P", std::time_t(0));
    CHECK(fs::path(folder).parent_path() == "/data/classes");
    CHECK(fs::path(folder).filename().string().size() == std::string("19700101_000000_ROOM-7K2P").size());
    CHECK(folder.substr(folder.size() - 10) == "_ROOM-7K2P");
}
