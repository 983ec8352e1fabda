// The fields of each kind of content file, with types and one-line descriptions: one table
// that the lint command checks against and the docs command writes out. The loader
// (script_host.cpp) reads the same fields; a test keeps the two in step.
#pragma once
#include <string>
#include <vector>

namespace keystone {

struct FieldDoc {
    const char* name;
    const char* type;         // "string", "number", "integer", "boolean", "table", "function", "list of strings", ...
    bool required;
    const char* description;
};

struct ContentKindDoc {
    const char* kind;         // "policy", "event", "scenario", "strategy"
    const char* folder;       // "policies", "events", "scenarios", "ai"
    const char* description;
    std::vector<FieldDoc> fields;
};

const std::vector<ContentKindDoc>& content_schema();
const ContentKindDoc* schema_for_kind(const std::string& kind);

}  // namespace keystone
