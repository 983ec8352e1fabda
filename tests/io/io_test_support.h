// Helpers shared by the save and replay tests.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../engine/test_support.h"

namespace keystone::test {

// Scripts only: what a loader needs to rebuild a session from a file.
inline SessionConfig content_only() {
    SessionConfig c;
    c.scripts_dir = scripts_dir();
    return c;
}

inline std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("keystone_test_" + name)).string();
}

// Where save_refusal writes: one file per process, since ctest runs test cases in parallel.
inline std::string bad_save_path() { return temp_path("bad_" + std::to_string(::getpid()) + ".save"); }

// The refusal of a save file with these bytes ("" if it loaded).
inline std::string save_refusal(const std::string& bytes) {
    const std::string path = bad_save_path();
    { std::ofstream(path, std::ios::binary) << bytes; }
    std::string error;
    auto loaded = Session::load(path, content_only(), &error);
    std::filesystem::remove(path);
    return loaded ? std::string() : error;
}

}  // namespace keystone::test
