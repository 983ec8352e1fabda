// Small helpers shared by the binding files (they include lua.h; the rest of the engine does not).
#pragma once
#include <string>
#include <vector>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

namespace keystone {

class ScriptHost;

// Makes a read-only proxy of the table on top of the stack (replaces it).
void lock_table(lua_State* L);

// One API function with the signature and description the docs are generated from.
struct ApiFunction {
    const char* table;        // "keystone", "fx" or "act"
    const char* name;
    const char* params;       // "name: string, delta: number, months: integer"
    const char* returns;      // "number" or "" for none
    const char* description;  // one line
    lua_CFunction function;
};

const std::vector<ApiFunction>& api_world_functions();    // api_world.cpp
const std::vector<ApiFunction>& api_effect_functions();   // api_effects.cpp
const std::vector<ApiFunction>& api_action_functions();   // api_actions.cpp
std::vector<ApiFunction> all_api_functions();

// Pushes a table with the given functions, each a closure over the host (+1).
void push_api_table(lua_State* L, ScriptHost* host, const std::vector<ApiFunction>& functions);
ScriptHost* host_from_upvalue(lua_State* L);

}  // namespace keystone
