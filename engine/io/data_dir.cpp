// Finds the data folder (scripts/ and assets/); see data_dir.h for the order and why.
#include "io/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace keystone {

namespace fs = std::filesystem;

namespace {
// A data folder is recognised by its parameter file: every game needs it.
bool holds_content(const fs::path& dir) {
    std::error_code code;
    return !dir.empty() && fs::is_regular_file(dir / "scripts" / "params.lua", code);
}

std::string list(const std::vector<std::string>& places) {
    std::string out;
    for (const std::string& place : places) out += (out.empty() ? "" : ", ") + place;
    return out;
}
}  // namespace

std::string executable_dir() {
    std::error_code code;
    const fs::path self = fs::read_symlink("/proc/self/exe", code);
    return code ? std::string() : self.parent_path().string();
}

DataDirSearch locate_data_dir(const std::string& flag_value, const std::string& executable_folder,
                              const std::string& source_dir) {
    DataDirSearch search;
    // An explicit choice is never overridden by a later candidate: a wrong one is an error.
    auto explicit_choice = [&](const std::string& what, const std::string& dir) {
        search.looked.push_back(what + " (" + dir + ")");
        if (holds_content(dir)) {
            search.dir = dir;
            search.found_by = what;
        } else {
            search.error = what + " " + dir + " holds no scripts/params.lua (give the folder that holds scripts/ and assets/)";
        }
        return search;
    };
    if (!flag_value.empty()) return explicit_choice("--data-dir", flag_value);
    if (const char* variable = std::getenv(kDataDirVariable); variable && *variable) return explicit_choice(kDataDirVariable, variable);

    std::vector<std::pair<std::string, fs::path>> candidates;
    if (!executable_folder.empty()) {
        const fs::path exe(executable_folder);
        candidates.push_back({"beside the executable", (exe.parent_path() / "share" / "keystone").lexically_normal()});
        candidates.push_back({"beside the executable", exe});
    }
    if (!source_dir.empty()) candidates.push_back({"source tree", fs::path(source_dir)});
    for (const auto& [what, dir] : candidates) {
        search.looked.push_back(what + " (" + dir.string() + ")");
        if (holds_content(dir)) {
            search.dir = dir.string();
            search.found_by = what;
            return search;
        }
    }
    search.error = std::string("no data folder (scripts/ and assets/) found; looked in: ") + list(search.looked) +
                   "; pass --data-dir DIR or set " + kDataDirVariable;
    return search;
}

}  // namespace keystone
