// Shared by the loader fuzzers: the shipped scripts as content, and the fuzzer's bytes parsed the
// way the file loaders parse a file's text (depth bounded first).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "io/json_file.h"
#include "session/session.h"

namespace keystone::fuzz {

inline SessionConfig content() {
    SessionConfig c;
    c.scripts_dir = KEYSTONE_SOURCE_DIR "/scripts";
    return c;
}

inline bool parse_input(const uint8_t* data, size_t size, const char* what, nlohmann::json* out) {
    std::string error;
    return parse_json_text(std::string(reinterpret_cast<const char*>(data), size), "input", what, out, &error);
}

}  // namespace keystone::fuzz
