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
