// String table loading and lookup; plain C++ (no SDL, no ImGui) so tests can use it.
#include "core/strings.h"

#include <cmath>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

namespace keystone::client {

namespace {
void flatten(const nlohmann::json& node, const std::string& prefix,
             std::unordered_map<std::string, std::string>* out) {
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_object()) flatten(*it, key, out);
        else if (it->is_string()) (*out)[key] = it->get<std::string>();
    }
}
}  // namespace

bool StringTable::load(const std::string& path, std::string* error) {
    std::ifstream in(path);
    if (!in) {
        if (error) *error = "cannot open string table " + path;
        return false;
    }
    nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        if (error) *error = "string table " + path + " is not a JSON object";
        return false;
    }
    texts_.clear();
    flatten(document, "", &texts_);
    return true;
}

const char* StringTable::find(const std::string& key) const {
    auto it = texts_.find(key);
    return it == texts_.end() ? nullptr : it->second.c_str();
}

StringTable& strings() {
    static StringTable table;
    return table;
}

const char* tr(const char* key) {
    const char* text = strings().find(key);
    return text ? text : key;
}

std::string tr_or(const std::string& key, const std::string& fallback) {
    const char* text = strings().find(key);
    return text ? std::string(text) : fallback;
}

std::string substitute(const std::string& pattern, std::initializer_list<std::string> arguments) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const size_t index = size_t(pattern[i + 1] - '0');
            if (index < arguments.size()) out += *(arguments.begin() + index);
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::string trf(const char* key, std::initializer_list<std::string> arguments) {
    return substitute(tr(key), arguments);
}

std::string humanize(const std::string& identifier) {
    // A colon separates a kind from a name ("stage:cluster"): it stays, followed by a space.
    std::string out;
    for (char c : identifier) {
        if (c == '_' || c == '.') out += ' ';
        else if (c == ':') out += ": ";
        else out += c;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

std::string format_number(double value) {
    char buffer[64];
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000.0 || (magnitude == std::floor(magnitude) && magnitude < 1e9))
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else if (magnitude >= 100.0)
        std::snprintf(buffer, sizeof buffer, "%.1f", value);
    else if (magnitude >= 0.01 || magnitude == 0.0)
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

std::string format_share(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", fraction * 100.0);
    return buffer;
}

std::string format_money(double rmb_million) {
    return substitute(tr("unit.money"), {format_number(rmb_million)});
}

}  // namespace keystone::client
