// File helpers for the client; see files.h.
#include "core/files.h"

#include "io/atomic_file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace keystone::client {

namespace fs = std::filesystem;

bool write_file_atomic(const std::string& path, const std::string& contents, std::string* error) {
    // The client's folders (saves, replays, exports) are created on first use.
    std::error_code code;
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), code);
    return keystone::write_file_atomic(path, contents, error);
}

bool read_text_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *out = buffer.str();
    return true;
}

DataDirSearch find_data_dir(const std::string& flag_value, const std::string& source_dir) {
    DataDirSearch search = locate_data_dir(flag_value, executable_dir(), source_dir);
    // Nothing found: keep going with the current folder so the start screen can show the error.
    if (search.dir.empty()) search.dir = ".";
    return search;
}

std::vector<std::string> list_scenarios(const std::string& scripts_dir) {
    std::vector<std::string> ids;
    std::error_code code;
    const fs::path dir = fs::path(scripts_dir) / "scenarios";
    if (!fs::is_directory(dir, code)) return ids;
    for (const auto& entry : fs::directory_iterator(dir, code)) {
        if (entry.is_regular_file(code) && entry.path().extension() == ".lua")
            ids.push_back(entry.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> list_scenarios_with_mods(const std::string& scripts_dir, const std::string& mods_dir) {
    std::vector<std::string> ids = list_scenarios(scripts_dir);
    std::error_code code;
    if (mods_dir.empty() || !fs::is_directory(mods_dir, code)) return ids;
    std::vector<fs::path> mods;
    for (const auto& entry : fs::directory_iterator(mods_dir, code))
        if (entry.is_directory(code)) mods.push_back(entry.path());
    std::sort(mods.begin(), mods.end());
    for (const fs::path& mod : mods)
        for (const std::string& id : list_scenarios(mod.string()))
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    return ids;
}

std::string config_dir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "keystone").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".config" / "keystone").string();
    return ".keystone";
}

}  // namespace keystone::client
