// A Lua-free view of the script API registry, for the docs generator and the linter.
#pragma once
#include <string>
#include <vector>

namespace keystone {

struct ApiDoc {
    std::string table;        // "keystone", "fx", "act"
    std::string name;
    std::string params;       // "name: string, delta: number, months?: integer"
    std::string returns;      // "" for none
    std::string description;
};

std::vector<ApiDoc> api_reference();
bool api_function_exists(const std::string& table, const std::string& name);

}  // namespace keystone
