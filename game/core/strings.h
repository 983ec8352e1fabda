// The client's string table: every text the UI shows is looked up here by key (assets/i18n/en.json),
// so a translation is a new JSON file, not a code change. A missing key shows the key itself.
#pragma once
#include <initializer_list>
#include <string>
#include <unordered_map>

namespace keystone::client {

class StringTable {
public:
    // Loads a flat JSON object {"key": "text"}; nested objects are flattened with dots.
    bool load(const std::string& path, std::string* error);
    // The text for key, or nullptr when the table has none.
    const char* find(const std::string& key) const;
    size_t size() const { return texts_.size(); }

private:
    std::unordered_map<std::string, std::string> texts_;
};

// The table the UI uses (one per process, like ImGui's own context).
StringTable& strings();

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
