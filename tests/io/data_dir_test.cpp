// The data folder (io/data_dir.h): the flag, then $KEYSTONE_DATA_DIR, then beside the executable
// (../share/keystone, then its own folder), then the source tree; explicit choices that are wrong
// are errors naming them, and a search that finds nothing names every place it looked.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "io/data_dir.h"

using namespace keystone;
namespace fs = std::filesystem;

namespace {

// A scratch tree: PREFIX/bin (the executable's folder) and data folders made on demand.
struct Scratch {
    fs::path root = fs::temp_directory_path() / ("keystone_data_dir_test_" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(root / "bin"); }
    ~Scratch() {
        std::error_code code;
        fs::remove_all(root, code);
    }
    std::string data(const fs::path& relative) const {
        fs::create_directories(root / relative / "scripts");
        std::ofstream(root / relative / "scripts" / "params.lua") << "return {}\n";
        return (root / relative).string();
    }
    std::string bin() const { return (root / "bin").string(); }
};

// Sets or clears KEYSTONE_DATA_DIR for one test and restores it afterwards.
struct Variable {
    std::string saved;
    bool had = false;
    explicit Variable(const char* value) {
        if (const char* old = std::getenv(kDataDirVariable)) { saved = old; had = true; }
        if (value) ::setenv(kDataDirVariable, value, 1);
        else ::unsetenv(kDataDirVariable);
    }
    ~Variable() {
        if (had) ::setenv(kDataDirVariable, saved.c_str(), 1);
        else ::unsetenv(kDataDirVariable);
    }
};

}  // namespace

TEST_CASE("the data folder is found in a fixed order: flag, variable, beside the executable, source tree", "[data_dir]") {
    Scratch scratch;
    const std::string source = scratch.data("source"), installed = scratch.data("share/keystone");
    const std::string flagged = scratch.data("flagged"), variable = scratch.data("variable");
    {
        Variable set(variable.c_str());
        const DataDirSearch search = locate_data_dir(flagged, scratch.bin(), source);
        CHECK(search.dir == flagged);
        CHECK(search.found_by == "--data-dir");
        const DataDirSearch by_variable = locate_data_dir("", scratch.bin(), source);
        CHECK(by_variable.dir == variable);
        CHECK(by_variable.found_by == "KEYSTONE_DATA_DIR");
    }
    Variable unset(nullptr);
    const DataDirSearch beside = locate_data_dir("", scratch.bin(), source);
    CHECK(fs::equivalent(beside.dir, installed));
    CHECK(beside.found_by == "beside the executable");
    fs::remove_all(scratch.root / "share");
    const DataDirSearch from_source = locate_data_dir("", scratch.bin(), source);
    CHECK(from_source.dir == source);
    CHECK(from_source.found_by == "source tree");
    CHECK(from_source.looked.size() == 3);
}

TEST_CASE("a wrong data folder given explicitly is an error naming it, not a fall-back", "[data_dir]") {
    Scratch scratch;
    const std::string source = scratch.data("source");
    Variable unset(nullptr);
    const DataDirSearch flag = locate_data_dir((scratch.root / "missing").string(), scratch.bin(), source);
    CHECK(flag.dir.empty());
    CHECK(flag.error.find("--data-dir " + (scratch.root / "missing").string() + " holds no scripts/params.lua") != std::string::npos);
    Variable wrong(source.c_str());
    fs::remove(fs::path(source) / "scripts" / "params.lua");
    const DataDirSearch variable = locate_data_dir("", scratch.bin(), "");
    CHECK(variable.dir.empty());
    CHECK(variable.error.find("KEYSTONE_DATA_DIR " + source) != std::string::npos);
}

TEST_CASE("when no data folder is found the message names every place looked", "[data_dir]") {
    Scratch scratch;
    Variable unset(nullptr);
    const std::string nowhere = (scratch.root / "no_source").string();
    const DataDirSearch search = locate_data_dir("", scratch.bin(), nowhere);
    CHECK(search.dir.empty());
    CHECK(search.error.find((scratch.root / "share" / "keystone").string()) != std::string::npos);
    CHECK(search.error.find(scratch.bin()) != std::string::npos);
    CHECK(search.error.find(nowhere) != std::string::npos);
    CHECK(search.error.find("KEYSTONE_DATA_DIR") != std::string::npos);
}

TEST_CASE("the executable's own folder is known", "[data_dir]") {
    const std::string dir = executable_dir();
    REQUIRE_FALSE(dir.empty());
    CHECK(fs::exists(fs::path(dir)));
}
