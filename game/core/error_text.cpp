// Engine error text in the chosen language; see error_text.h.
#include "core/error_text.h"

#include <cctype>

#include "core/strings.h"
#include "sim/message.h"

namespace keystone::client {

namespace {

// Tries pattern[p..] against text[t..]; captures[i] is the text of placeholder {i}.
bool match_from(const std::string& pattern, size_t p, const std::string& text, size_t t, std::vector<std::string>* captures) {
    while (p < pattern.size()) {
        if (pattern[p] == '{' && p + 2 < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[p + 1])) &&
            pattern[p + 2] == '}') {
            const size_t index = size_t(pattern[p + 1] - '0');
            if (captures->size() <= index) captures->resize(index + 1);
            for (size_t end = t + 1; end <= text.size(); ++end) {
                (*captures)[index] = text.substr(t, end - t);
                if (match_from(pattern, p + 3, text, end, captures)) return true;
            }
            return false;
        }
        if (t >= text.size() || text[t] != pattern[p]) return false;
        ++p;
        ++t;
    }
    return t == text.size();
}

std::string translate_line(const std::string& line, int depth);

// The frame the whole text matches, translated with its captures (themselves translated when they
// are known frames: "the save is damaged: {0}" around a field error); "" when none matches.
std::string translate_frame(const std::string& text, int depth) {
    for (const char* key : error_frame_keys()) {
        const char* english = english_strings().find(key);
        std::vector<std::string> captures;
        if (!english || !match_pattern(english, text, &captures)) continue;
        for (std::string& capture : captures) capture = translate_line(capture, depth + 1);
        if (std::string(key) == "error.strategy_role" && captures.size() > 1) captures[1] = tr_or("role." + captures[1], captures[1]);
        return fill_placeholders(tr(key), captures);
    }
    return "";
}

std::string translate_line(const std::string& line, int depth) {
    if (line.empty() || depth > 3) return line;
    if (std::string whole = translate_frame(line, depth); !whole.empty()) return whole;
    // "path: frame", "file.lua:12: frame": the place stays as written.
    for (size_t colon = line.find(": "); colon != std::string::npos; colon = line.find(": ", colon + 1))
        if (std::string rest = translate_frame(line.substr(colon + 2), depth); !rest.empty())
            return line.substr(0, colon + 2) + rest;
    return line;
}

}  // namespace

bool match_pattern(const std::string& pattern, const std::string& text, std::vector<std::string>* captures) {
    captures->clear();
    return match_from(pattern, 0, text, 0, captures);
}

const std::vector<const char*>& error_frame_keys() {
    static const std::vector<const char*> keys = {
        // Reading a file (engine/io/json_file.cpp) and loading a save (save_file.cpp, migrations.cpp).
        // Order matters where one frame also matches another's text: the narrower one comes first.
        "error.no_such_file", "error.cannot_read_reason", "error.cannot_read", "error.not_regular_save",
        "error.save_too_large", "error.save_too_deep", "error.save_invalid_json", "error.save_number_too_large",
        "error.not_a_save", "error.not_a_save_format_type", "error.not_a_save_no_version", "error.unknown_save_format",
        "error.unknown_save_format_version", "error.newer_save_reads_up_to", "error.newer_save", "error.save_checksum",
        "error.save_damaged_json", "error.save_damaged", "error.scripts_changed", "error.save_unknown_policy",
        "error.cannot_upgrade", "error.cannot_save",
        // The sandbox (engine/script/lua_runtime.cpp).
        "error.instruction_budget_then", "error.instruction_budget", "error.memory_limit",
        // Starting a session (engine/session/session.cpp).
        "error.unknown_scenario", "error.unknown_strategy", "error.strategy_role", "error.unknown_parameter",
        "error.no_scenarios", "error.no_strategies",
        // Content validation (engine/script/script_host.cpp).
        "error.field_string", "error.field_number", "error.field_boolean", "error.field_string_list",
        "error.field_function", "error.field_levers", "error.field_role", "error.field_id_file", "error.field_range",
        "error.missing_string", "error.missing_number", "error.list_item_string", "error.choice_table",
        "error.must_return_table", "error.params_table", "error.params_unreadable",
    };
    return keys;
}

std::string error_text(const std::string& error) {
    std::string out;
    size_t start = 0;
    while (true) {
        const size_t end = error.find('\n', start);
        out += translate_line(error.substr(start, end == std::string::npos ? std::string::npos : end - start), 0);
        if (end == std::string::npos) break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace keystone::client
