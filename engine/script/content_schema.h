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

// One field of a scenario file (dotted path into its tables), for the scenario reference
// (docs/scenario-reference.md), the loader's range check and lint's plausibility warnings.
struct ScenarioFieldDoc {
    const char* path;          // "enterprises.count"
    const char* unit;          // "firms", "km2", "share (0-1)", "RMB million", ...
    double min, max;           // the loader refuses values outside (an error naming the field)
    double usual_min, usual_max;  // outside this, lint and load warn: legal, but no case we know
    const char* default_text;  // "required", a number, or where the default comes from
    const char* read_by;       // what in the engine reads it
    const char* example;       // a value from a shipped scenario or a case
    const char* description;
};

const std::vector<ContentKindDoc>& content_schema();
const std::vector<ScenarioFieldDoc>& scenario_fields();
const ScenarioFieldDoc* scenario_field(const std::string& path);
const ContentKindDoc* schema_for_kind(const std::string& kind);

}  // namespace keystone
