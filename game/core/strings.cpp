// String table loading and lookup; plain C++ (no SDL, no ImGui) so tests can use it.
#include "core/strings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/message_text.h"

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
    texts_.clear();
    return merge(path, error);
}

bool StringTable::merge(const std::string& path, std::string* error) {
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

StringTable& english_strings() {
    static StringTable table;
    return table;
}

StringTable& content_strings() {
    static StringTable table;
    return table;
}

namespace {
std::string& language_in_use() {
    static std::string language = "en";
    return language;
}
}  // namespace

namespace {
// The code point that ends just before byte `end` (0 at the start), and the one starting at `begin`.
uint32_t codepoint_before(const std::string& text, size_t end) {
    size_t begin = end;
    while (begin > 0 && (static_cast<unsigned char>(text[begin - 1]) & 0xC0) == 0x80) --begin;
    if (begin == 0) return 0;
    --begin;
    const unsigned char lead = static_cast<unsigned char>(text[begin]);
    if (lead < 0x80) return lead;
    uint32_t value = lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F);
    for (size_t i = begin + 1; i < end; ++i) value = (value << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    return value;
}

uint32_t codepoint_at(const std::string& text, size_t begin) {
    if (begin >= text.size()) return 0;
    size_t end = begin + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    return codepoint_before(text, end);
}

bool is_cjk(uint32_t codepoint) { return codepoint >= 0x2E80; }

void bind_table(StringTable& table) {
    std::vector<std::pair<std::string, std::string>> changed;
    for (const auto& [key, text] : table.texts())
        if (std::string bound = prepare_for_cjk_wrapping(text); bound != text) changed.emplace_back(key, std::move(bound));
    for (auto& [key, text] : changed) table.set(key, text);
}
}  // namespace

std::string prepare_for_cjk_wrapping(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 8);
    bool any_cjk = false;
    for (size_t i = 0; i < text.size() && !any_cjk; ++i) any_cjk = is_cjk(codepoint_at(text, i));
    if (!any_cjk) return text;
    auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && (is_cjk(codepoint_before(text, i)) || is_cjk(codepoint_at(text, i + 1)))) out += "\xC2\xA0";
        else if (text[i] == '.' && i > 0 && digit(i - 1) && digit(i + 1)) out += "\xE2\x80\xA4";
        else out += text[i];
    }
    return out;
}

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> languages = {"en", "zh-CN", "pseudo"};
    return languages;
}

bool is_supported_language(const std::string& language) {
    const auto& all = supported_languages();
    return std::find(all.begin(), all.end(), language) != all.end();
}

const char* language_name(const std::string& language) {
    if (language == "zh-CN") return "简体中文";
    if (language == "pseudo") return "[Pseudo-locale]";
    return "English";
}

std::string language_from_locale(const char* locale) {
    if (!locale) return "en";
    const std::string text(locale);
    return (text.rfind("zh", 0) == 0) ? "zh-CN" : "en";
}

const std::string& current_language() { return language_in_use(); }

namespace {
std::string& assets_in_use() {
    static std::string dir;
    return dir;
}
}  // namespace

const std::string& language_assets_dir() { return assets_in_use(); }

bool load_language(const std::string& assets_dir, const std::string& language, std::string* error) {
    const std::string folder = assets_dir + "/i18n/";
    assets_in_use() = assets_dir;
    if (!english_strings().load(folder + "en.json", error)) {
        strings().clear();
        language_in_use() = "en";
        return false;
    }
    add_engine_messages(english_strings());   // the engine's sentences: English from its catalogue
    language_in_use() = is_supported_language(language) ? language : "en";
    bool ok = is_supported_language(language);
    if (!ok && error) *error = "unknown language '" + language + "'; using English";
    if (language_in_use() == "pseudo") {
        strings().clear();
        for (const auto& [key, text] : english_strings().texts()) strings().set(key, pseudo_localize(text));
    } else if (language_in_use() != "en" && !strings().load(folder + language_in_use() + ".json", error)) {
        language_in_use() = "en";
        ok = false;
    }
    if (language_in_use() == "en") strings() = english_strings();
    else bind_table(strings());
    return ok;
}

void load_content_language(const std::vector<std::string>& content_roots) {
    content_strings().clear();
    const std::string& language = current_language();
    if (language == "en" || language == "pseudo") return;
    for (const std::string& root : content_roots) {
        const std::string path = root + "/locale/" + language + ".json";
        std::ifstream probe(path);
        if (probe) content_strings().merge(path, nullptr);
    }
    bind_table(content_strings());
}

std::string content_text(const std::string& key, const std::string& english) {
    if (current_language() == "pseudo") return pseudo_localize(english);
    const char* text = content_strings().find(key);
    return (text && *text) ? std::string(text) : english;
}

std::string pseudo_localize(const std::string& text) {
    // Accented look-alikes (all in DejaVu Sans) so untranslated strings stand out, then padding
    // to ~140% of the length so that layouts which only just fit English show their clipping.
    static const char* const kLower[26] = {"á", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "í", "ĵ", "ķ", "ĺ", "ɱ",
                                           "ñ", "ó", "þ", "ǫ", "ŕ", "š", "ţ", "ú", "ṽ", "ŵ", "ẋ", "ý", "ž"};
    static const char* const kUpper[26] = {"Å", "Ɓ", "Ç", "Ð", "É", "Ƒ", "Ĝ", "Ĥ", "Î", "Ĵ", "Ķ", "Ĺ", "Ṁ",
                                           "Ñ", "Ö", "Þ", "Ǫ", "Ŕ", "Š", "Ţ", "Û", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};
    std::string out = "[";
    size_t letters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' && i + 2 < text.size() && text[i + 2] == '}') {  // keep {0} placeholders intact
            out += text.substr(i, 3);
            i += 2;
            continue;
        }
        if (c >= 'a' && c <= 'z') out += kLower[c - 'a'];
        else if (c >= 'A' && c <= 'Z') out += kUpper[c - 'A'];
        else out += c;
        if (static_cast<unsigned char>(c) < 0x80 || (static_cast<unsigned char>(c) & 0xC0) == 0xC0) ++letters;
    }
    const size_t padding = (letters * 2 + 4) / 5;  // 40%
    if (padding > 0) out += ' ';
    for (size_t i = 1; i < padding; ++i) out += (i % 5 == 0) ? ' ' : '~';
    return out + "]";
}

const char* tr(const char* key) {
    if (const char* text = strings().find(key)) return text;
    const char* english = english_strings().find(key);
    return english ? english : key;
}

std::string tr_or(const std::string& key, const std::string& fallback) {
    if (const char* text = strings().find(key)) return text;
    const char* english = english_strings().find(key);
    return english ? std::string(english) : fallback;
}

std::string substitute(const std::string& pattern, std::initializer_list<std::string> arguments) {
    return fill_placeholders(pattern, std::vector<std::string>(arguments));
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
