// Bounded, checked reads of JSON files (see json_file.h).
#include "io/json_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace keystone {

namespace fs = std::filesystem;

std::string check_regular_file(const std::string& path, std::uintmax_t max_bytes, const char* what) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return path + ": cannot read (no such file)";
    if (!fs::is_regular_file(status))
        return path + ": not a regular file (a folder, device or pipe cannot be a Keystone " + what + ")";
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return path + ": cannot read (" + ec.message() + ")";
    if (size > max_bytes)
        return path + ": " + std::to_string(size) + " bytes is more than a Keystone " + what + " can be (" +
               std::to_string(max_bytes >> 20) + " MiB)";
    return "";
}

int json_nesting_depth(const std::string& text) {
    int depth = 0, deepest = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

bool parse_json_text(const std::string& text, const std::string& path, const char* what, nlohmann::json* out,
                     std::string* error) {
    if (json_nesting_depth(text) > kMaxJsonDepth) {
        *error = path + ": nested more than " + std::to_string(kMaxJsonDepth) + " levels deep: not a Keystone " + what;
        return false;
    }
    try {
        *out = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        *error = path + ": not a readable " + what + " (invalid JSON at byte " + std::to_string(e.byte) + ")";
        return false;
    } catch (const nlohmann::json::exception&) {
        // The parser's only other refusal: a number such as 1.8e308 that no double holds.
        *error = path + ": not a readable " + what + " (a number too large for any field)";
        return false;
    }
    return true;
}

bool read_json_file(const std::string& path, const char* what, std::uintmax_t max_bytes, nlohmann::json* out,
                    std::string* error) {
    *error = check_regular_file(path, max_bytes, what);
    if (!error->empty()) return false;
    std::ifstream in(path, std::ios::binary);
    if (!in) { *error = path + ": cannot read"; return false; }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parse_json_text(buffer.str(), path, what, out, error);
}

}  // namespace keystone
