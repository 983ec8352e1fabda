// Atomic file writes (see atomic_file.h).
#include "io/atomic_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace keystone {

bool write_file_atomic(const std::string& path, const std::string& contents, std::string* error) {
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            if (error) *error = "cannot write " + temporary;
            return false;
        }
        out << contents;
        out.flush();
        if (!out) {
            if (error) *error = "write failed for " + temporary + " (disk full?)";
            std::remove(temporary.c_str());
            return false;
        }
    }
    std::error_code code;
    std::filesystem::rename(temporary, path, code);
    if (code) {
        if (error) *error = "cannot rename " + temporary + " to " + path + ": " + code.message();
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

}  // namespace keystone
