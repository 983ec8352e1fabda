// Reading a JSON document from a file someone else may have damaged: refuse what is not a
// regular file (a device or FIFO would never end), what is too large, and what nests deeper
// than any Keystone file does (every recursive walk of the document, such as the checksum's
// dump, is bounded by that depth) before parsing it. Messages name the file, never quote the
// JSON library.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

constexpr int kMaxJsonDepth = 64;  // a save nests about 8 deep; room for newer fields

// "" if `path` names a regular file of at most `max_bytes`, else the reason (with the path).
std::string check_regular_file(const std::string& path, std::uintmax_t max_bytes, const char* what);
// Deepest nesting of arrays and objects in JSON text (strings are skipped).
int json_nesting_depth(const std::string& text);
// Parses JSON text after bounding its depth; the error names `source` (a path, or "input").
bool parse_json_text(const std::string& text, const std::string& source, const char* what, nlohmann::json* out,
                     std::string* error);
// Reads and parses `path`; `what` names the kind of file in messages ("save", "replay").
bool read_json_file(const std::string& path, const char* what, std::uintmax_t max_bytes, nlohmann::json* out,
                    std::string* error);

}  // namespace keystone
