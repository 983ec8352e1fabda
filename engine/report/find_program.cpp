// Looking programs up on PATH (see find_program.h).
#include "report/find_program.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace keystone::report {

std::string find_program(const std::vector<std::string>& names) {
    const char* path = std::getenv("PATH");
    const std::string dirs = path ? path : "";
    size_t start = 0;
    while (start <= dirs.size()) {
        const size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = dirs.substr(start, end - start);
        for (const std::string& name : names) {
            const std::filesystem::path candidate = std::filesystem::path(dir) / name;
            std::error_code ec;
            if (!dir.empty() && std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
        }
        start = end + 1;
    }
    return "";
}

}  // namespace keystone::report
