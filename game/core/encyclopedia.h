// The encyclopedia: concept entries read from assets/text/encyclopedia.json. Any panel can link a
// term (a stage condition, a metric, a policy's concept) to its entry by id.
#pragma once
#include <string>
#include <vector>

namespace keystone::client {

struct EncyclopediaEntry {
    std::string id, category, title, source, text;
};

class Encyclopedia {
public:
    // Accepts a JSON array of entries or an object {"entries": [...]}.
    bool load(const std::string& path, std::string* error);
    // Overlays a translation, assets/text/encyclopedia.<language>.json: {"entries": {"<id>":
    // {"title": ..., "text": ..., "source": ...}}}. Fields it lacks keep the English text.
    bool apply_translation(const std::string& path, std::string* error);
    // The pseudo-locale: every title and text made longer, with accents.
    void pseudo_localize_all();
    const std::vector<EncyclopediaEntry>& entries() const { return entries_; }
    std::vector<std::string> categories() const;   // in order of first appearance
    // Exact id first, then the same id with a common prefix removed or added ("metric:",
    // "concept:", "stage:"), then a case- and separator-insensitive match on id or title.
    const EncyclopediaEntry* find(const std::string& id) const;
    // Entries whose title or text contains every word of query (case-insensitive).
    bool matches(const EncyclopediaEntry& entry, const std::string& query) const;

private:
    std::vector<EncyclopediaEntry> entries_;
};

}  // namespace keystone::client
