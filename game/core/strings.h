// The client's string table: every text the UI shows is looked up here by key (assets/i18n/en.json),
// so a translation is a new JSON file, not a code change. A missing key shows the key itself.
#pragma once
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

namespace keystone::client {

class StringTable {
public:
    // Loads a flat JSON object {"key": "text"}; nested objects are flattened with dots.
    bool load(const std::string& path, std::string* error);
    // The text for key, or nullptr when the table has none.
    const char* find(const std::string& key) const;
    // Adds the entries of another flat JSON file (later files win): a mod's locale file on top
    // of the shipped one.
    bool merge(const std::string& path, std::string* error);
    void clear() { texts_.clear(); }
    void set(const std::string& key, const std::string& text) { texts_[key] = text; }
    size_t size() const { return texts_.size(); }
    const std::unordered_map<std::string, std::string>& texts() const { return texts_; }

private:
    std::unordered_map<std::string, std::string> texts_;
};

// The table the UI uses (one per process, like ImGui's own context): the chosen language.
StringTable& strings();
// English, the source language: what tr() shows for a key the chosen language lacks.
StringTable& english_strings();
// Translations of Lua content (policies, events, scenarios, strategies) in the chosen language,
// keyed "policy.<id>.name", "event.<id>.choice.<choice>.label", ... (docs/modding.md,
// "Localization"). English content text lives in the Lua files themselves.
StringTable& content_strings();

// Languages the client offers: "en", "zh-CN", and "pseudo" (English made ~40% longer with
// accents, for finding clipped text; never a default).
const std::vector<std::string>& supported_languages();
bool is_supported_language(const std::string& language);
// The language's own name ("English", "简体中文"), the same in every language.
const char* language_name(const std::string& language);
// "zh_CN.UTF-8", "zh_SG", "zh" -> "zh-CN"; anything else (or null) -> "en".
std::string language_from_locale(const char* locale);
// The language in use (set by load_language).
const std::string& current_language();
// The assets folder load_language last read (the debrief report reads its string tables there).
const std::string& language_assets_dir();
// Loads assets_dir/i18n/en.json as the fallback and <language>.json as the table in use ("pseudo"
// is made from English). false (and English) when the language's table cannot be read.
bool load_language(const std::string& assets_dir, const std::string& language, std::string* error);
// Loads the content translations for the current language from each root's locale/<language>.json
// (the shipped scripts folder first, then mods in load order). Missing files are not errors: the
// English text from the Lua file is shown.
void load_content_language(const std::vector<std::string>& content_roots);
// Content text: the translation of "<kind>.<id>.<field>" in the current language, else english.
std::string content_text(const std::string& key, const std::string& english);
// Dear ImGui 1.86 wraps lines at spaces and after ASCII punctuation, and cuts a "word" anywhere only
// when it is longer than the line. Chinese has no spaces between words, but it has spaces around
// numbers and Latin words ("面积 1.83 平方公里") and decimal points: a break there leaves a short
// line and a long gap. In text with Chinese characters, spaces next to one become no-break spaces
// and a decimal point between digits becomes U+2024 (the same dot, not a break), so a paragraph is
// one run that ImGui cuts at the character where the line is full, as Chinese is set.
std::string prepare_for_cjk_wrapping(const std::string& text);
// The pseudo-locale's transform: accents on Latin letters, ~40% longer, {0} placeholders kept.
std::string pseudo_localize(const std::string& text);

// Text for key; the key itself when missing, so a gap is visible instead of blank.
const char* tr(const char* key);
// Text for key, or the given fallback when missing (for keys built from engine names).
std::string tr_or(const std::string& key, const std::string& fallback);
// Text for key with "{0}", "{1}" ... replaced by the arguments. Positional placeholders (not
// printf) so that a translated table cannot crash the client with a mismatched format.
std::string trf(const char* key, std::initializer_list<std::string> arguments);
// Replaces "{0}", "{1}" ... in pattern.
std::string substitute(const std::string& pattern, std::initializer_list<std::string> arguments);

// "firm_ties_per_firm" -> "Firm ties per firm", "stage:cluster" -> "Stage: cluster": a readable
// fallback for engine identifiers.
std::string humanize(const std::string& identifier);
// Number formatting shared by panels: few significant digits, readable from the back of a room.
std::string format_number(double value);
std::string format_share(double fraction);      // 0.253 -> "25.3%"
std::string format_money(double rmb_million);   // "123.4 M"

}  // namespace keystone::client
