// Registration helpers shared by the API areas: closures over the host, read-only tables.
#include "script/lua_util.h"

namespace keystone {

ScriptHost* host_from_upvalue(lua_State* L) { return static_cast<ScriptHost*>(lua_touserdata(L, lua_upvalueindex(1))); }

void push_api_table(lua_State* L, ScriptHost* host, const std::vector<ApiFunction>& functions) {
    lua_newtable(L);
    for (const ApiFunction& f : functions) {
        lua_pushlightuserdata(L, host);
        lua_pushcclosure(L, f.function, 1);
        lua_setfield(L, -2, f.name);
    }
    lock_table(L);
}

std::vector<ApiFunction> all_api_functions() {
    std::vector<ApiFunction> all = api_world_functions();
    for (const auto& f : api_effect_functions()) all.push_back(f);
    for (const auto& f : api_action_functions()) all.push_back(f);
    return all;
}

}  // namespace keystone

#include "script/api_reference.h"

namespace keystone {

std::vector<ApiDoc> api_reference() {
    std::vector<ApiDoc> docs;
    for (const ApiFunction& f : all_api_functions()) docs.push_back({f.table, f.name, f.params, f.returns, f.description});
    return docs;
}

bool api_function_exists(const std::string& table, const std::string& name) {
    for (const ApiFunction& f : all_api_functions())
        if (table == f.table && name == f.name) return true;
    return false;
}

}  // namespace keystone
