// Encyclopedia loading and lookup; see encyclopedia.h.
#include "core/encyclopedia.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/files.h"
#include "core/strings.h"

namespace keystone::client {

namespace {
std::string fold(const std::string& text) {
    // Lower case, and treat '_', '-', ' ' and ':' alike so "firm_ties" finds "Firm ties".
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if (c == '_' || c == '-' || c == ':' || c == '.') c = ' ';
        out += char(std::tolower(c));
    }
    return out;
}

std::string string_field(const nlohmann::json& object, const char* name) {
    auto it = object.find(name);
    return (it != object.end() && it->is_string()) ? it->get<std::string>() : std::string();
}
// Reads path as JSON (discarded on a syntax error); false with a message when it cannot be read.
bool read_json(const std::string& path, nlohmann::json* document, std::string* error) {
    std::string text;
    if (!read_text_file(path, &text)) {
        if (error) *error = "cannot open " + path;
        return false;
    }
    *document = nlohmann::json::parse(text, nullptr, false);
    return true;
}
}  // namespace

bool Encyclopedia::load(const std::string& path, std::string* error) {
    nlohmann::json document;
    if (!read_json(path, &document, error)) return false;
    const nlohmann::json* list = nullptr;
    if (document.is_array()) list = &document;
    else if (document.is_object() && document.contains("entries") && document["entries"].is_array())
        list = &document["entries"];
    if (!list) {
        if (error) *error = path + " is not a list of entries";
        return false;
    }
    entries_.clear();
    for (const auto& item : *list) {
        if (!item.is_object()) continue;
        EncyclopediaEntry entry;
        entry.id = string_field(item, "id");
        entry.category = string_field(item, "category");
        entry.title = string_field(item, "title");
        entry.source = string_field(item, "source");
        entry.text = string_field(item, "text");
        if (entry.id.empty()) continue;
        if (entry.title.empty()) entry.title = entry.id;
        entries_.push_back(std::move(entry));
    }
    return true;
}

bool Encyclopedia::apply_translation(const std::string& path, std::string* error) {
    nlohmann::json document;
    if (!read_json(path, &document, error)) return false;
    if (!document.is_object() || !document.contains("entries") || !document["entries"].is_object()) {
        if (error) *error = path + ": \"entries\" must be an object of id -> {title, text}";
        return false;
    }
    const nlohmann::json& translated = document["entries"];
    for (EncyclopediaEntry& entry : entries_) {
        auto it = translated.find(entry.id);
        if (it == translated.end() || !it->is_object()) continue;
        for (auto [field, target] : {std::pair{"title", &entry.title}, {"text", &entry.text}, {"source", &entry.source}})
            if (std::string value = string_field(*it, field); !value.empty()) *target = prepare_for_cjk_wrapping(value);
    }
    return true;
}

void Encyclopedia::pseudo_localize_all() {
    for (EncyclopediaEntry& entry : entries_) {
        entry.title = pseudo_localize(entry.title);
        entry.text = pseudo_localize(entry.text);
    }
}

std::vector<std::string> Encyclopedia::categories() const {
    std::vector<std::string> names;
    for (const auto& entry : entries_)
        if (std::find(names.begin(), names.end(), entry.category) == names.end()) names.push_back(entry.category);
    return names;
}

const EncyclopediaEntry* Encyclopedia::find(const std::string& id) const {
    if (id.empty()) return nullptr;
    auto exact = [&](const std::string& wanted) -> const EncyclopediaEntry* {
        for (const auto& entry : entries_)
            if (entry.id == wanted) return &entry;
        return nullptr;
    };
    if (const auto* entry = exact(id)) return entry;
    static const char* const kPrefixes[] = {"metric:", "concept:", "stage:", "condition:", "policy:", "event:"};
    std::string bare = id;
    for (const char* prefix : kPrefixes) {
        const std::string p(prefix);
        if (bare.compare(0, p.size(), p) == 0) { bare = bare.substr(p.size()); break; }
    }
    if (const auto* entry = exact(bare)) return entry;
    for (const char* prefix : kPrefixes)
        if (const auto* entry = exact(std::string(prefix) + bare)) return entry;
    const std::string folded = fold(bare);
    for (const auto& entry : entries_) {
        std::string entry_id = fold(entry.id);
        const size_t colon = entry.id.find(':');
        const std::string entry_bare = colon == std::string::npos ? entry_id : fold(entry.id.substr(colon + 1));
        if (entry_id == folded || entry_bare == folded || fold(entry.title) == folded) return &entry;
    }
    return nullptr;
}

bool Encyclopedia::matches(const EncyclopediaEntry& entry, const std::string& query) const {
    const std::string haystack = fold(entry.title + " " + entry.category + " " + entry.text + " " + entry.id);
    std::istringstream words(fold(query));
    std::string word;
    while (words >> word)
        if (haystack.find(word) == std::string::npos) return false;
    return true;
}

}  // namespace keystone::client
